// One routine file: its top level, [[routine]] tables and `disable`.
#include "config/routine_parse.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "config/text_values.hpp"

namespace unknot {

namespace {

constexpr std::array<std::string_view, 4> kTopLevel{"exercise", "routine", "note", "disable"};
constexpr std::array<std::string_view, 4> kRoutineFields{"id", "title", "fits", "exercises"};

/// The tables of an array of tables, or nothing with an error when it is not one.
std::vector<const toml::table*> tables_of(ValueReader& r, std::string_view name,
                                          const toml::node& node) {
  std::vector<const toml::table*> tables;
  const auto* array = node.as_array();
  if (array == nullptr || !array->is_array_of_tables()) {
    r.error(node.source(), std::string(name) + ": expected [[" + std::string(name) +
                               "]] tables, got " + shown_value(node));
    return tables;
  }
  for (const toml::node& element : *array) tables.push_back(element.as_table());
  return tables;
}

/// Keeps the first of each id (entries are in file order) and reports the rest.
template <class Item>
void drop_duplicates(ValueReader& r, std::vector<Item>& items, std::string_view what,
                     const std::string& (*id_of)(const Item&)) {
  std::unordered_map<std::string_view, int> first_line;
  std::vector<bool> duplicate(items.size());
  bool any = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto [it, inserted] = first_line.emplace(id_of(items[i]), items[i].id_at.line);
    if (inserted) continue;
    duplicate[i] = any = true;
    toml::source_region at;
    at.begin = {static_cast<toml::source_index>(items[i].id_at.line),
                static_cast<toml::source_index>(items[i].id_at.column)};
    r.error(at, "duplicate " + std::string(what) + " id `" + id_of(items[i]) +
                    "` (first defined on line " + std::to_string(it->second) + ")");
  }
  if (!any) return;
  std::vector<Item> kept;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (!duplicate[i]) kept.push_back(std::move(items[i]));
  items = std::move(kept);
}

/// "title_de", "title_fr": a routine title in another language.
bool is_title_translation(std::string_view name) {
  return name.size() == 8 && name.starts_with("title_") &&
         std::all_of(name.begin() + 6, name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

/// A non-empty text field; false (with a diagnostic) when it is not one.
bool read_text(ValueReader& r, const toml::node& node, std::string_view name, std::string& out) {
  auto text = r.string(node, name);
  if (text && text->empty()) r.error(node.source(), std::string(name) + ": must not be empty");
  if (text) out = std::move(*text);
  return text && !out.empty();
}

const std::string& exercise_id(const ParsedExercise& e) { return e.exercise.id; }
const std::string& routine_id(const ParsedRoutine& r) { return r.routine.id; }

const std::string& note_id(const ParsedNote& n) { return n.id; }

/// `exercises`: ids, or lists of alternative ids ([["neck-side-tilt", "neck-rotation"], ...]).
bool read_slots(ValueReader& r, const toml::node& node, ParsedRoutine& parsed) {
  const auto* array = node.as_array();
  if (array == nullptr || array->empty()) {
    r.error(node.source(),
            array ? "exercises: expected at least one exercise id"
                  : "exercises: expected a list of exercise ids, got " + shown_value(node));
    return false;
  }
  bool ok = true;
  for (const toml::node& element : *array) {
    const auto* alternatives = element.as_array();
    if (element.is_string()) {
      parsed.routine.exercises.emplace_back(element.as_string()->get());
      parsed.slots_at.push_back({position_of(element.source())});
      continue;
    }
    if (alternatives == nullptr || alternatives->empty() ||
        !alternatives->is_homogeneous(toml::node_type::string)) {
      r.error(element.source(),
              "exercises: expected an exercise id or a list of alternatives such as "
              "[\"neck-side-tilt\", \"neck-rotation\"], got " +
                  shown_value(element));
      ok = false;
      continue;
    }
    RoutineSlot slot;
    std::vector<SourcePos> at;
    for (const toml::node& option : *alternatives) {
      const std::string& id = option.as_string()->get();
      if (std::find(slot.options.begin(), slot.options.end(), id) != slot.options.end())
        r.warning(option.source(), "exercises: `" + id + "` is twice in the same alternatives");
      slot.options.push_back(id);
      at.push_back(position_of(option.source()));
    }
    parsed.routine.exercises.push_back(std::move(slot));
    parsed.slots_at.push_back(std::move(at));
  }
  return ok;
}

void read_disable(ValueReader& r, const toml::node& node, ParsedRoutineFile& file) {
  if (!r.strings(node, "disable")) return;
  for (const toml::node& element : *node.as_array())
    file.disables.push_back({element.as_string()->get(), position_of(element.source())});
}

}  // namespace

std::optional<ParsedRoutine> parse_routine(ValueReader& r, const toml::table& table) {
  ParsedRoutine parsed;
  Routine& routine = parsed.routine;
  routine.fits = {BreakKind::rest};  // "an ordered list that fills a rest break"
  bool ok = true;
  for (auto&& [key, node] : table) {
    const std::string_view name = key.str();
    if (name == "id" || name == "title") {
      ok = read_text(r, node, name, name == "id" ? routine.id : routine.title) && ok;
      if (name == "id") parsed.id_at = position_of(node.source());
    } else if (is_title_translation(name)) {
      ok = read_text(r, node, name, routine.translations[std::string(name.substr(6))]["title"]) &&
           ok;
    } else if (name == "fits") {
      auto fits = read_fits(r, node);
      if (fits) routine.fits = std::move(*fits);
      ok = fits.has_value() && ok;
    } else if (name == "exercises") {
      ok = read_slots(r, node, parsed) && ok;
    } else {
      r.warning(key.source(), "unknown field `" + std::string(name) + "` in [[routine]]" +
                                  did_you_mean(name, kRoutineFields));
    }
  }
  std::vector<std::string> missing;
  for (std::string_view field : {"id", "title", "exercises"})
    if (!table.contains(field)) missing.push_back("`" + std::string(field) + "`");
  if (!missing.empty()) {
    const std::string who = routine.id.empty() ? "routine" : "routine `" + routine.id + "`";
    r.error(table.source(), who + " is missing " + join_words(missing, " and "));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return parsed;
}

ParsedRoutineFile parse_routine_file(const std::string& text, const std::string& path,
                                     Diagnostics& out) {
  ParsedRoutineFile file;
  const std::size_t first = out.size();
  toml::table root;
  try {
    root = toml::parse(std::string_view(text));
  } catch (const toml::parse_error& e) {
    const auto at = position_of(e.source());
    out.push_back({path, at.line, at.column, Diagnostic::Severity::error,
                   parse_error_text(e, text) + " (file skipped)"});
    return file;
  }
  ValueReader r(path, out);
  for (auto&& [key, node] : root) {
    const std::string_view name = key.str();
    if (name == "exercise") {
      for (const toml::table* table : tables_of(r, name, node))
        if (auto e = parse_exercise(r, *table)) file.exercises.push_back(std::move(*e));
    } else if (name == "routine") {
      for (const toml::table* table : tables_of(r, name, node))
        if (auto routine = parse_routine(r, *table)) file.routines.push_back(std::move(*routine));
    } else if (name == "note") {
      for (const toml::table* table : tables_of(r, name, node))
        if (auto note = parse_note(r, *table)) file.notes.push_back(std::move(*note));
    } else if (name == "disable") {
      read_disable(r, node, file);
    } else {
      r.warning(key.source(),
                "unknown key `" + std::string(name) + "`" + did_you_mean(name, kTopLevel));
    }
  }
  drop_duplicates(r, file.exercises, "exercise", exercise_id);
  drop_duplicates(r, file.routines, "routine", routine_id);
  drop_duplicates(r, file.notes, "note", note_id);
  for (auto& e : file.exercises) e.exercise.source_file = path;
  for (auto& routine : file.routines) routine.routine.source_file = path;
  sort_by_position(out, first);
  return file;
}

}  // namespace unknot
