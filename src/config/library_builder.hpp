#pragma once
// Private to src/config: merges parsed routine files in load order. A later
// file replaces an exercise or routine with the same id; `disable` removes
// ids loaded before; routines are checked against the final exercises.
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "config/routine_parse.hpp"

namespace unknot {

class LibraryBuilder {
 public:
  /// Diagnostics about overrides, disables and routine references go to `out`.
  explicit LibraryBuilder(Diagnostics& out) : out_(out) {}

  /// Adds one file's entries; `folder` is the index of its folder in the
  /// search path (overrides within one folder are warned about).
  void add(ParsedRoutineFile file, const std::string& path, std::size_t folder);

  /// The merged library; routines naming a missing exercise are dropped.
  Library finish();

 private:
  struct Origin {
    std::string path;
    SourcePos at;
    std::size_t folder = 0;
    std::vector<SourcePos> notes_at;               ///< an exercise's `notes` entries
    std::vector<std::vector<SourcePos>> slots_at;  ///< a routine's `exercises` entries
  };
  template <class T>
  struct IdTable {
    std::vector<T> items;
    std::vector<Origin> origins;
    std::unordered_map<std::string, std::size_t> index;
  };

  template <class T>
  void put(IdTable<T>& table, T item, Origin origin, std::string_view what);
  template <class T>
  bool erase(IdTable<T>& table, const std::string& id);
  void disable(const ParsedDisable& entry, const std::string& path);
  /// Appends each exercise's notes to its caution; drops (with an error)
  /// the exercises that name an unknown note and returns their ids.
  std::vector<std::string> apply_notes();
  /// Checks a routine's ids against the exercises; false when one is missing.
  bool check_routine(const Routine& routine, const Origin& origin,
                     const std::vector<std::string>& broken);
  void report(Diagnostic::Severity severity, const std::string& path, SourcePos at,
              std::string message);

  Diagnostics& out_;
  IdTable<Exercise> exercises_;
  IdTable<Routine> routines_;
  IdTable<ParsedNote> notes_;
  std::unordered_map<std::string, Origin> disabled_;
};

}  // namespace unknot
