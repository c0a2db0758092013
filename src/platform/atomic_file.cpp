// Temp file + flush + rename: readers (the daemon's watcher) see the old file
// or the new one, never a torn one. The temporary name is random and created
// exclusively, so no one can make the writer open a file of their choosing
// by planting a symlink at a name they guessed. The OS-specific steps are in
// durable_file_*.cpp.
#include "platform/atomic_file.hpp"

#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <system_error>

#include "platform/durable_file.hpp"

namespace unknot {

namespace {

constexpr int kNameAttempts = 100;

std::mutex& name_mutex() {
  static std::mutex mutex;
  return mutex;
}

TempNameSource& test_name_source() {
  static TempNameSource source;
  return source;
}

std::string random_name_part() {
  std::lock_guard lock(name_mutex());
  if (test_name_source()) return test_name_source()();
  static std::mt19937_64 generator{std::random_device{}()};
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kChars - 2);
  std::string part(12, 'x');
  for (char& c : part) c = kChars[pick(generator)];
  return part;
}

std::string failure(const std::filesystem::path& file, const std::string& why) {
  return "cannot write " + file.string() + ": " + why;
}

/// `file` + ".tmp-" + random characters, a new file holding `text`.
bool write_temp_beside(const std::filesystem::path& file, const std::string& text,
                       std::filesystem::path& temp, std::string& why) {
  const unsigned mode = regular_file_mode(file).value_or(0600);
  for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
    temp = file.string() + ".tmp-" + random_name_part();
    switch (write_exclusive(temp, text, mode, why)) {
      case CreateOutcome::written:
        return true;
      case CreateOutcome::failed:
        return false;
      case CreateOutcome::exists:
        break;  // planted or left over: try another name
    }
  }
  why = "no free temporary name beside it";
  return false;
}

bool rename_into_place(const std::filesystem::path& temp, const std::filesystem::path& file,
                       std::string& error) {
  std::error_code ec;
  // Replaces `file` in one step (rename(2); MoveFileExW with REPLACE_EXISTING).
  std::filesystem::rename(temp, file, ec);
  if (ec) {
    error = failure(file, ec.message());
    std::filesystem::remove(temp, ec);
    return false;
  }
  sync_folder(file.parent_path());
  return true;
}

bool replace(const std::filesystem::path& file, const std::string& text, bool with_backup,
             std::string& error);

/// A hard link to `file` under a fresh temporary name (link(2) never follows
/// or replaces what has that name), renamed over the backup.
bool link_backup(const std::filesystem::path& file, const std::filesystem::path& backup) {
  for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
    const std::filesystem::path temp = backup.string() + ".tmp-" + random_name_part();
    std::error_code ec;
    std::filesystem::create_hard_link(file, temp, ec);
    if (ec == std::errc::file_exists) continue;
    if (ec) return false;
    std::string ignored;
    return rename_into_place(temp, backup, ignored);
  }
  return false;
}

/// Keeps the current file as the backup: a hard link, so `file` never
/// vanishes; a copy where the file system has no hard links.
void keep_backup(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(file, ec))) return;
  const auto backup = backup_path(file);
  if (link_backup(file, backup)) return;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::string ignored;
  if (in) replace(backup, text.str(), false, ignored);
}

bool replace(const std::filesystem::path& file, const std::string& text, bool with_backup,
             std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) {
    error = failure(file, ec.message());
    return false;
  }
  std::filesystem::path temp;
  std::string why;
  if (!write_temp_beside(file, text, temp, why)) {
    error = failure(file, why);
    return false;
  }
  if (with_backup) keep_backup(file);
  return rename_into_place(temp, file, error);
}

}  // namespace

std::filesystem::path backup_path(const std::filesystem::path& file) {
  return file.string() + ".bak";
}

void set_temp_name_source_for_tests(TempNameSource source) {
  std::lock_guard lock(name_mutex());
  test_name_source() = std::move(source);
}

bool replace_file_atomically(const std::filesystem::path& file, const std::string& text,
                             std::string& error) {
  return replace(file, text, false, error);
}

bool write_file_atomically(const std::filesystem::path& file, const std::string& text,
                           std::string& error) {
  return replace(file, text, true, error);
}

}  // namespace unknot
