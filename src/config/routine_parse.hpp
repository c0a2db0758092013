#pragma once
// Private to src/config: one routine file's TOML -> exercises, routines and
// `disable` entries, each with where it was written, before the library
// merges files.
#include <map>
#include <string>
#include <vector>

#include "config/toml_reader.hpp"
#include "core/exercise.hpp"

namespace unknot {

/// A line and column in a routine file.
struct SourcePos {
  int line = 0;
  int column = 0;
};

struct ParsedExercise {
  Exercise exercise;
  SourcePos id_at;                  ///< the `id` value, where overrides and duplicates are reported
  std::vector<SourcePos> notes_at;  ///< each `notes` entry, where unknown notes are reported
};

struct ParsedRoutine {
  Routine routine;
  SourcePos id_at;  ///< the `id` value
  /// Each option of each slot of `exercises`, where unknown ids are reported.
  std::vector<std::vector<SourcePos>> slots_at;
};

/// A [[note]]: a safety text shared by several exercises (`notes = ["id"]`),
/// appended to their caution.
struct ParsedNote {
  std::string id;
  std::string text;
  std::map<std::string, std::string> translations;  ///< language -> text
  SourcePos id_at;
};

struct ParsedDisable {
  std::string id;
  SourcePos at;
};

struct ParsedRoutineFile {
  std::vector<ParsedExercise> exercises;
  std::vector<ParsedRoutine> routines;
  std::vector<ParsedDisable> disables;
  std::vector<ParsedNote> notes;
};

/// Parses one file; problems go to `out`. A syntax error yields an empty file.
ParsedRoutineFile parse_routine_file(const std::string& text, const std::string& path,
                                     Diagnostics& out);

/// One [[exercise]] table; nullopt (with errors reported) when it is unusable.
std::optional<ParsedExercise> parse_exercise(ValueReader& reader, const toml::table& table);

/// One [[routine]] table; nullopt (with errors reported) when it is unusable.
std::optional<ParsedRoutine> parse_routine(ValueReader& reader, const toml::table& table);

/// One [[note]] table; nullopt (with errors reported) when it is unusable.
std::optional<ParsedNote> parse_note(ValueReader& reader, const toml::table& table);

/// An [exercise.breathing] table: the guided pace, phase by phase.
bool read_breathing(ValueReader& reader, const toml::node& node, Exercise& e);

/// An [exercise.figure] table with its [[exercise.figure.key]] poses. Errors
/// leave the exercise without a figure (always true: the exercise stays).
bool read_figure(ValueReader& reader, const toml::node& node, Exercise& e);

/// Warns when `e`'s counts (hold, repeat, sides, move, or its breathing
/// cycles) take more than a tenth longer than its duration, or its repeat
/// and breathing cycles disagree. `who` names it ("exercise `x`").
void check_counts(ValueReader& reader, const toml::table& table, const Exercise& e,
                  const std::string& who);

/// A `fits` array: micro and/or rest, at least one.
std::optional<std::vector<BreakKind>> read_fits(ValueReader& reader, const toml::node& node);

/// The position of a node, as stored for later diagnostics.
inline SourcePos position_of(const toml::source_region& region) {
  return {static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

}  // namespace unknot
