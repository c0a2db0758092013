#pragma once
// The routine library: every *.toml in the routine folders, in order; a later
// folder overrides an exercise or routine with the same id. One broken file is
// reported and skipped; the others still load.
#include <filesystem>
#include <vector>

#include "config/diagnostic.hpp"
#include "core/exercise.hpp"

namespace unknot {

struct LoadedLibrary {
  Library library;
  Diagnostics diagnostics;
  std::vector<std::filesystem::path> files_read;
  [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
};

/// Loads every `*.toml` in each folder (sorted by name within a folder).
/// Missing folders are skipped silently; an unreadable file is an error.
LoadedLibrary load_library(const std::vector<std::filesystem::path>& folders);

/// Parses one routine file's text (as if read from `path`).
LoadedLibrary parse_routine_text(const std::string& text, const std::string& path);

}  // namespace unknot
