// An [exercise.figure] table and its [[exercise.figure.key]] poses. A bad
// value is an error where it is written, and the exercise is kept without
// its figure (a typo in a picture must not cost the user the exercise); a
// pose past a joint's safe display range is a warning.
#include <array>
#include <cmath>
#include <cstdlib>

#include "config/routine_parse.hpp"
#include "config/text_values.hpp"

namespace unknot {

namespace {

constexpr std::array<std::string_view, 2> kSides{"one", "mirror"};
constexpr std::array<std::string_view, 6> kFigureFields{"view",  "base",  "sides",
                                                        "props", "focus", "key"};
constexpr std::array<std::string_view, 3> kAngles{"flex", "abd", "rot"};
// Longer moves than this read as a still picture, not a movement to follow.
constexpr double kLongestMove = 60;

std::vector<std::string_view> joint_names() {
  std::vector<std::string_view> names;
  for (std::size_t j = 0; j < kJointCount; ++j) names.push_back(to_string(static_cast<Joint>(j)));
  return names;
}

bool read_angle(ValueReader& r, const toml::node& node, const std::string& name, double& out) {
  std::optional<double> value;
  if (const auto* i = node.as_integer()) value = static_cast<double>(i->get());
  if (const auto* f = node.as_floating_point()) value = f->get();
  if (!value || !std::isfinite(*value) || std::abs(*value) > 180) {
    r.error(node.source(), name + ": expected degrees from -180 to 180, got " + shown_value(node));
    return false;
  }
  out = *value;
  return true;
}

bool read_joint(ValueReader& r, const toml::node& node, std::string_view joint, JointSetting& out) {
  const std::string who = "figure.key." + std::string(joint);
  const auto* table = node.as_table();
  if (table == nullptr) {
    r.error(node.source(),
            who + ": expected a table such as { flex = 10 }, got " + shown_value(node));
    return false;
  }
  bool ok = true;
  for (auto&& [key, value] : *table) {
    const std::string_view angle = key.str();
    double degrees = 0;
    if (angle != "flex" && angle != "abd" && angle != "rot") {
      r.error(key.source(), who + ": unknown angle `" + std::string(angle) +
                                "`; expected flex, abd or rot" + did_you_mean(angle, kAngles));
      ok = false;
      continue;
    }
    if (!read_angle(r, value, who + "." + std::string(angle), degrees)) {
      ok = false;
      continue;
    }
    (angle == "flex" ? out.flex : angle == "abd" ? out.abd : out.rot) = degrees;
  }
  return ok;
}

// "1.5s": moves are often shorter than a second or between whole seconds.
std::optional<double> fractional_seconds(const toml::node& node) {
  const auto* text = node.as_string();
  if (text == nullptr) return std::nullopt;
  const std::string& t = text->get();
  if (t.size() < 2 || t.back() != 's' || t.find('.') == std::string::npos) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() - 1 || !std::isfinite(v) || v < 0) return std::nullopt;
  return v;
}

bool read_dur(ValueReader& r, const toml::node& node, double& out) {
  if (const auto fraction = fractional_seconds(node)) {
    out = *fraction;
  } else if (node.is_string()) {
    const auto d =
        r.duration(node, "figure.key.dur", {.zero_means = "no time", .warn_if_short = false});
    if (!d) return false;
    out = std::chrono::duration<double>(*d).count();
  } else {
    const auto s = r.seconds(node, "figure.key.dur", 0, true);
    if (!s) return false;
    out = *s;
  }
  if (out > kLongestMove) {
    r.error(node.source(), "figure.key.dur: expected at most 60s, got " + shown_value(node));
    return false;
  }
  return true;
}

bool read_key_field(ValueReader& r, const toml::key& key, const toml::node& node, FigureKey& k) {
  static const std::vector<std::string_view> joints = joint_names();
  const std::string_view name = key.str();
  if (name == "name") {
    auto text = r.string(node, "figure.key.name");
    if (text) k.name = std::move(*text);
    return text.has_value();
  }
  if (name == "dur") return read_dur(r, node, k.dur);
  if (name == "hold") {
    auto flag = r.boolean(node, "figure.key.hold");
    if (flag) k.hold = *flag;
    return flag.has_value();
  }
  if (const auto joint = joint_from_string(name)) {
    JointSetting setting;
    if (!read_joint(r, node, name, setting)) return false;
    k.joints[static_cast<std::size_t>(*joint)] = setting;
    return true;
  }
  std::vector<std::string_view> known = joints;
  known.insert(known.end(), {"name", "dur", "hold"});
  r.error(key.source(),
          "figure.key: unknown joint `" + std::string(name) + "`" + did_you_mean(name, known));
  return false;
}

bool read_keys(ValueReader& r, const toml::node& node, Figure& f) {
  const auto* keys = node.as_array();
  if (keys == nullptr || keys->empty() || !keys->is_array_of_tables()) {
    r.error(node.source(), "figure.key: expected one or more [[exercise.figure.key]] tables");
    return false;
  }
  bool ok = true;
  for (const toml::node& element : *keys) {
    FigureKey k;
    for (auto&& [key, value] : *element.as_table()) ok = read_key_field(r, key, value, k) && ok;
    if (k.name.empty()) {
      r.error(element.source(), "figure.key: needs a `name` (read out to screen readers)");
      ok = false;
    }
    f.keys.push_back(std::move(k));
  }
  return ok;
}

bool read_props(ValueReader& r, const toml::node& node, Figure& f) {
  if (!r.strings(node, "figure.props")) return false;
  bool ok = true;
  for (const toml::node& element : *node.as_array()) {
    const auto i = r.choice(element, "figure.props", figure_prop_names());
    if (i) f.props.push_back(static_cast<FigureProp>(*i));
    ok = i.has_value() && ok;
  }
  return ok;
}

bool read_figure_field(ValueReader& r, const toml::key& key, const toml::node& node, Figure& f) {
  const std::string_view name = key.str();
  if (name == "view" || name == "base" || name == "sides" || name == "focus") {
    static const std::vector<std::string_view> sides(kSides.begin(), kSides.end());
    const std::vector<std::string_view>& choices = name == "view"    ? figure_view_names()
                                                   : name == "base"  ? figure_base_names()
                                                   : name == "focus" ? figure_focus_names()
                                                                     : sides;
    const auto i = r.choice(node, "figure." + std::string(name), choices);
    if (!i) return false;
    if (name == "view") f.view = static_cast<FigureView>(*i);
    if (name == "base") f.base = static_cast<FigureBase>(*i);
    if (name == "sides") f.mirror = *i == 1;
    if (name == "focus") f.focus = static_cast<FigureFocus>(*i);
    return true;
  }
  if (name == "props") return read_props(r, node, f);
  if (name == "key") return read_keys(r, node, f);
  r.warning(key.source(), "unknown field `" + std::string(name) + "` in [exercise.figure]" +
                              did_you_mean(name, kFigureFields));
  return true;
}

// Warns at the angle as written: the joint's inline table, else its key.
void check_ranges(ValueReader& r, const toml::table& table, const Figure& f) {
  const auto* keys = table["key"].as_array();
  for (const RangeProblem& p : out_of_range(f)) {
    const toml::node* at = &table;
    if (keys && p.key < keys->size()) {
      const auto* key = (*keys)[p.key].as_table();
      const toml::node* joint = key ? key->get(to_string(p.joint)) : nullptr;
      const toml::node* angle =
          joint && joint->is_table() ? joint->as_table()->get(p.angle) : nullptr;
      at = angle ? angle : joint ? joint : at;
    }
    r.warning(at->source(), "figure key `" + f.keys[p.key].name + "`: " + describe(p) +
                                "; a picture should never show an end-of-range position");
  }
}

}  // namespace

bool read_figure(ValueReader& r, const toml::node& node, Exercise& e) {
  const auto* table = node.as_table();
  if (table == nullptr) {
    r.error(node.source(), "figure: expected an [exercise.figure] table, got " + shown_value(node));
    return true;  // the exercise stays, without a figure
  }
  Figure f;
  bool ok = true;
  for (auto&& [key, value] : *table) ok = read_figure_field(r, key, value, f) && ok;
  if (!table->contains("key")) {
    r.error(table->source(), "figure: needs at least one [[exercise.figure.key]]");
    ok = false;
  }
  if (!ok) return true;
  check_ranges(r, *table, f);
  e.figure = std::move(f);
  return true;
}

}  // namespace unknot
