#pragma once
// Opening a folder in the user's file manager (the tray's "Open routines
// folder"), for the daemon's tray and unknot-ui's alike. One backend per OS:
// GIO's default handler on Linux (folder_opener_gio.cpp).
#include <filesystem>
#include <string>

namespace unknot {

/// Creates `dir` when missing, then opens it with the desktop's default
/// handler. False with `error` set when that failed (no handler, no display).
bool open_folder(const std::filesystem::path& dir, std::string& error);

}  // namespace unknot
