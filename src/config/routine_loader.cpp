// The routine search path: folders in order, *.toml files sorted by name.
#include "config/routine_loader.hpp"

#include <algorithm>

#include "config/library_builder.hpp"
#include "config/read_file.hpp"

namespace unknot {

namespace {

/// The most routine text read in all, across every folder: a folder of
/// thousands of large files must not stall each reload or balloon the daemon.
/// The shipped library is about 0.2 MB.
constexpr std::uintmax_t kMaxLibraryBytes = std::uintmax_t{16} << 20;

std::vector<std::filesystem::path> routine_files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() == ".toml" && !entry.is_directory(ec))
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.filename() < b.filename(); });
  return files;
}

}  // namespace

LoadedLibrary load_library(const std::vector<std::filesystem::path>& folders) {
  LoadedLibrary out;
  LibraryBuilder builder(out.diagnostics);
  std::uintmax_t total = 0;
  std::size_t skipped = 0;
  std::string first_skipped;
  for (std::size_t folder = 0; folder < folders.size(); ++folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folders[folder], ec)) continue;
    for (const auto& file : routine_files(folders[folder])) {
      const std::string path = file.string();
      if (total >= kMaxLibraryBytes) {
        if (skipped++ == 0) first_skipped = path;
        continue;
      }
      std::string why;
      const auto text = read_text_file(file, why);
      out.files_read.push_back(file);
      if (!text) {
        out.diagnostics.push_back(
            {path, 0, 0, Diagnostic::Severity::error, "cannot read routine file: " + why});
        continue;
      }
      total += text->size();
      const std::size_t first = out.diagnostics.size();
      builder.add(parse_routine_file(*text, path, out.diagnostics), path, folder);
      sort_by_position(out.diagnostics, first);
    }
  }
  if (skipped > 0)
    out.diagnostics.push_back({first_skipped, 0, 0, Diagnostic::Severity::error,
                               "not read, nor the " + std::to_string(skipped - 1) +
                                   " routine files after it: those before already hold " +
                                   size_in_words(total) + ", the most read in all"});
  out.library = builder.finish();
  return out;
}

LoadedLibrary parse_routine_text(const std::string& text, const std::string& path) {
  LoadedLibrary out;
  LibraryBuilder builder(out.diagnostics);
  builder.add(parse_routine_file(text, path, out.diagnostics), path, 0);
  sort_by_position(out.diagnostics, 0);
  out.library = builder.finish();
  return out;
}

}  // namespace unknot
