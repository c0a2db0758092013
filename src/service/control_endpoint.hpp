#pragma once
// The operating system's side of the control channel: where the endpoint
// lives, who may use it, and how a stale one is told from a live one. The
// server (control_server.cpp) and the protocol know nothing of it. One file
// per system: control_endpoint_unix.cpp (a socket file, 0600 in a 0700
// folder, peer uid checked).
#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "service/control_server.hpp"  // SocketProbe, probe_socket, raise_open_file_limit

namespace unknot {

/// Tells our endpoint from a successor's at the same path (an inode on Unix).
using EndpointId = std::uint64_t;

/// Creates the endpoint's folder, or checks it: a folder, ours, private
/// (made 0700 when it was not). Throws std::system_error otherwise.
void make_private_folder(const std::filesystem::path& dir);
/// After bind: only this user may connect. Returns the endpoint's identity.
EndpointId restrict_endpoint_to_user(const std::filesystem::path& path);
/// Removes a stale endpoint (a crashed daemon's); throws when it cannot.
void remove_stale_endpoint(const std::filesystem::path& path);
/// Removes the endpoint at `path` if it is still the one with `id`.
void remove_endpoint_if(const std::filesystem::path& path, EndpointId id);
/// True when the peer on the connected handle `fd` runs as this user.
bool peer_is_same_user(int fd);

}  // namespace unknot
