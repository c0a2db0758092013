// One [[exercise]] table -> Exercise, every field checked where it is written.
#include <algorithm>
#include <array>
#include <cctype>

#include "config/routine_parse.hpp"
#include "config/text_values.hpp"
#include "core/duration_text.hpp"

namespace unknot {

namespace {
using namespace std::chrono_literals;

constexpr std::array<std::string_view, 7> kKinds{"stretch", "breathing", "posture",   "eyes",
                                                 "massage", "movement",  "relaxation"};
constexpr std::array<std::string_view, 4> kDayParts{"any", "morning", "afternoon", "end-of-day"};
constexpr std::array<std::string_view, 4> kTranslatable{"title", "prompt", "steps", "caution"};
// Longer than this does not fit between two tasks: the picker would rarely use it.
constexpr Duration kLongestMicro = 2min;
// A prompt is one line of a notification; longer ones get cut off.
constexpr std::size_t kLongestPrompt = 100;

using FieldReader = bool (*)(ValueReader&, const toml::node&, Exercise&);

struct Field {
  std::string_view name;
  FieldReader read;
  bool required;
};

bool non_empty(ValueReader& r, const toml::node& node, std::string_view name, std::string& out) {
  auto text = r.string(node, name);
  if (text && text->empty()) r.error(node.source(), std::string(name) + ": must not be empty");
  if (!text || text->empty()) return false;
  out = std::move(*text);
  return true;
}

bool non_empty_list(ValueReader& r, const toml::node& node, std::string_view name,
                    std::string_view what, std::vector<std::string>& out) {
  auto list = r.strings(node, name);
  if (list && list->empty())
    r.error(node.source(), std::string(name) + ": expected at least one " + std::string(what));
  if (!list || list->empty()) return false;
  out = std::move(*list);
  return true;
}

bool read_areas(ValueReader& r, const toml::node& node, Exercise& e) {
  if (!non_empty_list(r, node, "areas", "body area", e.areas)) return false;
  static const std::vector<std::string_view> names(known_body_areas().begin(),
                                                   known_body_areas().end());
  const toml::array& array = *node.as_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    if (std::find(names.begin(), names.end(), e.areas[i]) != names.end()) continue;
    r.warning(array[i].source(),
              "areas: unknown body area \"" + e.areas[i] + "\"" + did_you_mean(e.areas[i], names));
  }
  return true;
}

// One line, short enough for a notification (counted in characters, not bytes).
bool check_prompt(ValueReader& r, const toml::node& node, std::string_view name,
                  const std::string& text) {
  if (text.find('\n') != std::string::npos) {
    r.error(node.source(), std::string(name) + ": must be one line");
    return false;
  }
  const auto characters =
      static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      }));
  if (characters > kLongestPrompt)
    r.warning(node.source(), std::string(name) + ": " + std::to_string(characters) +
                                 " characters; a notification shows about " +
                                 std::to_string(kLongestPrompt));
  return true;
}

bool read_prompt(ValueReader& r, const toml::node& node, Exercise& e) {
  return non_empty(r, node, "prompt", e.prompt) && check_prompt(r, node, "prompt", e.prompt);
}

const Field kFields[] = {
    {"id",
     [](ValueReader& r, const toml::node& n, Exercise& e) { return non_empty(r, n, "id", e.id); },
     true},
    {"title",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       return non_empty(r, n, "title", e.title);
     },
     true},
    {"prompt", read_prompt, false},
    {"kind",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto i = r.choice(n, "kind", kKinds);
       if (i) e.kind = static_cast<ExerciseKind>(*i);
       return i.has_value();
     },
     true},
    {"areas", read_areas, true},
    {"duration",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto d = r.duration(n, "duration");
       if (d) e.duration = *d;
       return d.has_value();
     },
     true},
    {"fits",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto fits = read_fits(r, n);
       if (fits) e.fits = std::move(*fits);
       return fits.has_value();
     },
     true},
    {"steps",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       return non_empty_list(r, n, "steps", "step", e.steps);
     },
     true},
    {"caution",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       return non_empty(r, n, "caution", e.caution);
     },
     false},
    {"repeat",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto times = r.integer(n, "repeat", 1, "a whole number of 1 or more");
       if (times) e.repeat = static_cast<int>(std::min<std::int64_t>(*times, 1000));
       return times.has_value();
     },
     false},
    {"hold",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto d = r.duration(n, "hold", {.zero_means = {}, .warn_if_short = false});
       if (d) e.hold = *d;
       return d.has_value();
     },
     false},
    {"sides",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto sides = r.integer(n, "sides", 1, "1 or 2 (left and right in turn)");
       if (sides && *sides > 2)
         r.error(n.source(),
                 "sides: expected 1 or 2 (left and right in turn), got " + shown_value(n));
       if (!sides || *sides > 2) return false;
       e.sides = static_cast<int>(*sides);
       return true;
     },
     false},
    {"move",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto d = r.duration(n, "move", {.zero_means = "no time moving", .warn_if_short = false});
       if (d) e.move = *d;
       return d.has_value();
     },
     false},
    {"discreet",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto flag = r.boolean(n, "discreet");
       if (flag) e.discreet = *flag;
       return flag.has_value();
     },
     false},
    {"once_a_day",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto i = r.choice(n, "once_a_day", kDayParts);
       if (i) e.once_a_day = static_cast<DayPart>(*i);
       return i.has_value();
     },
     false},
    {"notes",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto ids = r.strings(n, "notes");
       if (ids) e.notes = std::move(*ids);
       return ids.has_value();
     },
     false},
    {"equipment",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       return non_empty(r, n, "equipment", e.equipment);
     },
     false},
    {"position",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       auto i = r.choice(n, "position", position_names());
       if (i) e.position = static_cast<Position>(*i);
       return i.has_value();
     },
     false},
    {"breathing", read_breathing, false},
    {"figure", read_figure, false},
    {"image",
     [](ValueReader& r, const toml::node& n, Exercise& e) {
       if (!non_empty(r, n, "image", e.image)) return false;
       if (e.image.ends_with(".svg") && e.image.front() != '/' &&
           e.image.find("..") == std::string::npos)
         return true;
       r.error(n.source(),
               "image: expected an SVG file under icons/exercises/ (e.g. \"neck-tilt.svg\"), got " +
                   shown_value(n));
       return false;
     },
     false},
};

const std::vector<std::string_view>& field_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const Field& f : kFields) out.push_back(f.name);
    return out;
  }();
  return names;
}

/// "title_de" -> {"title", "de"}; empty field when the key is not a translation.
std::pair<std::string_view, std::string_view> translation_key(std::string_view key) {
  const auto underscore = key.rfind('_');
  if (underscore == std::string_view::npos || key.size() - underscore != 3) return {};
  const std::string_view field = key.substr(0, underscore);
  const std::string_view lang = key.substr(underscore + 1);
  const bool lower =
      std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!lower || std::find(kTranslatable.begin(), kTranslatable.end(), field) == kTranslatable.end())
    return {};
  return {field, lang};
}

/// "did you mean" over the fields, and over "title_de"-style keys when the
/// unknown key ends in a language suffix.
std::string unknown_field_hint(std::string_view name) {
  const auto underscore = name.rfind('_');
  if (underscore != std::string_view::npos && name.size() - underscore == 3) {
    const std::string field = closest_match(name.substr(0, underscore), kTranslatable);
    if (!field.empty())
      return "; did you mean `" + field + std::string(name.substr(underscore)) + "`?";
  }
  return did_you_mean(name, field_names());
}

bool read_translation(ValueReader& r, std::string_view key, const toml::node& node,
                      std::string_view field, std::string_view lang, Exercise& e) {
  std::string text;
  if (field == "steps") {
    std::vector<std::string> steps;
    if (!non_empty_list(r, node, key, "step", steps)) return false;
    for (const auto& step : steps) text += (text.empty() ? "" : "\n") + step;
  } else if (!non_empty(r, node, key, text)) {
    return false;
  } else if (field == "prompt" && !check_prompt(r, node, key, text)) {
    return false;
  }
  e.translations[std::string(lang)][std::string(field)] = std::move(text);
  return true;
}

/// Reads one key of the table; false when its value is unusable.
bool read_key(ValueReader& r, const toml::key& key, const toml::node& node, Exercise& e,
              std::vector<std::string_view>& seen) {
  const std::string_view name = key.str();
  const auto field = std::find_if(std::begin(kFields), std::end(kFields),
                                  [&](const Field& f) { return f.name == name; });
  if (field != std::end(kFields)) {
    seen.push_back(field->name);
    return field->read(r, node, e);
  }
  if (auto [what, lang] = translation_key(name); !what.empty())
    return read_translation(r, name, node, what, lang, e);
  r.warning(key.source(),
            "unknown field `" + std::string(name) + "` in [[exercise]]" + unknown_field_hint(name));
  return true;
}

/// Required fields, caution and the micro-length warning: checks across fields.
bool check_complete(ValueReader& r, const toml::table& table, const Exercise& e,
                    const std::vector<std::string_view>& seen) {
  const std::string who = e.id.empty() ? "exercise" : "exercise `" + e.id + "`";
  std::vector<std::string> missing;
  for (const Field& f : kFields)
    if (f.required && std::find(seen.begin(), seen.end(), f.name) == seen.end())
      missing.push_back("`" + std::string(f.name) + "`");
  if (!missing.empty()) {
    r.error(table.source(), who + " is missing " + join_words(missing, " and "));
    return false;
  }
  if (std::find(seen.begin(), seen.end(), "caution") == seen.end())
    r.warning(table.source(), who + " has no `caution`; say when to stop or whom it may not suit");
  if (e.fits_break(BreakKind::micro) && e.duration > kLongestMicro)
    r.warning(table["duration"].node()->source(),
              who + " fits micro breaks but lasts " + format_duration(e.duration) +
                  "; micro breaks are usually " + format_duration(kLongestMicro) + " or less");
  check_counts(r, table, e, who);
  return true;
}

}  // namespace

std::optional<std::vector<BreakKind>> read_fits(ValueReader& r, const toml::node& node) {
  constexpr std::array<std::string_view, 2> kFits{"micro", "rest"};
  auto names = r.strings(node, "fits");
  if (!names) return std::nullopt;
  if (names->empty()) {
    r.error(node.source(), "fits: expected at least one of micro or rest");
    return std::nullopt;
  }
  std::vector<BreakKind> fits;
  bool ok = true;
  for (const toml::node& element : *node.as_array()) {
    const auto i = r.choice(element, "fits", kFits);
    ok = i.has_value() && ok;
    const BreakKind kind = i == 0 ? BreakKind::micro : BreakKind::rest;
    if (i && std::find(fits.begin(), fits.end(), kind) == fits.end()) fits.push_back(kind);
  }
  if (!ok) return std::nullopt;
  return fits;
}

std::optional<ParsedExercise> parse_exercise(ValueReader& r, const toml::table& table) {
  ParsedExercise parsed;
  std::vector<std::string_view> seen;
  bool ok = true;
  for (auto&& [key, node] : table) ok = read_key(r, key, node, parsed.exercise, seen) && ok;
  ok = check_complete(r, table, parsed.exercise, seen) && ok;
  if (!ok) return std::nullopt;
  parsed.id_at = position_of(table["id"].node()->source());
  if (const auto* notes = table["notes"].as_array())
    for (const toml::node& note : *notes) parsed.notes_at.push_back(position_of(note.source()));
  return parsed;
}

}  // namespace unknot
