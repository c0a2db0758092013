// Temp file + flush + rename: readers (the daemon's watcher) see the old file
// or the new one, never a torn one. The OS-specific steps are in
// durable_file_*.cpp.
#include "platform/atomic_file.hpp"

#include <system_error>

#include "platform/durable_file.hpp"

namespace unknot {

namespace {

std::string failure(const std::filesystem::path& file, const std::string& why) {
  return "cannot write " + file.string() + ": " + why;
}

/// Keeps the current file as the backup (a hard link, so `file` never vanishes).
void keep_backup(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return;
  const auto backup = backup_path(file);
  std::filesystem::remove(backup, ec);
  std::filesystem::create_hard_link(file, backup, ec);
  if (ec)
    std::filesystem::copy_file(file, backup, std::filesystem::copy_options::overwrite_existing, ec);
}

}  // namespace

std::filesystem::path backup_path(const std::filesystem::path& file) {
  return file.string() + ".bak";
}

bool write_file_atomically(const std::filesystem::path& file, const std::string& text,
                           std::string& error) {
  std::error_code ec;
  const auto folder = file.parent_path();
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    error = failure(file, ec.message());
    return false;
  }
  const std::filesystem::path temp = file.string() + ".tmp-" + std::to_string(current_process_id());
  std::string why;
  if (!write_durably(temp, text, why)) {
    std::filesystem::remove(temp, ec);
    error = failure(file, why);
    return false;
  }
  keep_backup(file);
  // Replaces `file` in one step (rename(2); MoveFileExW with REPLACE_EXISTING).
  std::filesystem::rename(temp, file, ec);
  if (ec) {
    error = failure(file, ec.message());
    std::filesystem::remove(temp, ec);
    return false;
  }
  sync_folder(folder);
  return true;
}

}  // namespace unknot
