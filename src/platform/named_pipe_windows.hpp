#pragma once
// The control channel's transport on Windows: the named pipe
// \\.\pipe\unknot-<user> (platform/paths.hpp: control_socket_path()). Only
// the user who runs the daemon can open it: the pipe's security descriptor
// grants that user alone, remote clients are rejected, and the server checks
// each client's user as the Linux socket checks the peer's uid. Handles are
// overlapped, for boost::asio::windows::stream_handle.
#include <filesystem>
#include <string>

namespace unknot::win32 {

/// An owned Win32 HANDLE, closed on destruction.
class Handle {
 public:
  Handle() = default;
  /// Takes ownership of `handle` (INVALID_HANDLE_VALUE or nullptr: none).
  explicit Handle(void* handle);
  ~Handle();
  Handle(Handle&& other) noexcept;
  Handle& operator=(Handle&& other) noexcept;
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  /// The handle, still owned.
  [[nodiscard]] void* get() const { return handle_; }
  /// Gives the handle up (to an asio stream_handle).
  void* release();
  /// Whether a handle is held.
  explicit operator bool() const { return handle_ != nullptr; }

 private:
  void* handle_ = nullptr;
};

/// The SDDL of the pipe's security descriptor: owner and sole grantee the
/// current user ("O:<sid>D:P(A;;GA;;;<sid>)"); empty when the user's SID
/// cannot be read.
std::wstring owner_only_sddl();

/// The current user's SID as text ("S-1-5-21-...").
std::wstring current_user_sid_text();

/// A new server instance of `name`, waiting for a client. `first` asks for
/// the first instance: it fails (with `error` ERROR_ACCESS_DENIED) when
/// another process already serves the name, which is how a second daemon
/// learns that one runs. Empty with `error` set on failure.
Handle create_pipe_server(const std::filesystem::path& name, bool first, unsigned long& error);

/// Whether another process already serves `name` (a client could open it,
/// or all its instances are busy): the check a second daemon makes, on top
/// of FILE_FLAG_FIRST_PIPE_INSTANCE, which Wine does not enforce.
bool pipe_is_served(const std::filesystem::path& name);

/// Opens `name` as a client (overlapped), waiting up to `timeout_ms` while
/// every instance is busy. Empty with `error` set (ERROR_FILE_NOT_FOUND: no
/// daemon) on failure.
Handle open_pipe_client(const std::filesystem::path& name, unsigned timeout_ms,
                        unsigned long& error);

/// Whether the client connected to server instance `pipe` runs as the same
/// user as this process.
bool client_is_same_user(void* pipe);

}  // namespace unknot::win32
