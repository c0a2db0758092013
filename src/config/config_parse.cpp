// One config layer: TOML text -> Settings on top of a base, with diagnostics.
#include <algorithm>
#include <map>

#include "config/config_loader.hpp"
#include "config/config_reminders.hpp"
#include "config/config_schema.hpp"
#include "config/text_values.hpp"
#include "config/toml_reader.hpp"
#include "core/duration_text.hpp"

namespace unknot {

namespace {

/// Where each key applied in this file sits, for cross-key checks.
using AppliedKeys = std::map<std::string, const toml::node*, std::less<>>;

class LayerParser {
 public:
  LayerParser(const std::string& path, const ConfigLayer& layer, LoadedConfig& out)
      : reader_(path, out.diagnostics), layer_(layer), out_(out) {}

  void parse_root(const toml::table& root);
  /// A break longer than its interval: reported, and this file's `every` and
  /// `duration` of `table` give way to `below`'s (the layers under it).
  void check_break(std::string_view table, BreakSettings& settings, const BreakSettings& below);

 private:
  void parse_table(std::string_view table, const toml::table& values);
  void parse_locked(const toml::node& node);
  void unknown_root_key(const toml::key& key, const toml::node& node);
  [[nodiscard]] bool is_locked(std::string_view table, std::string_view dotted) const;

  ValueReader reader_;
  const ConfigLayer& layer_;
  LoadedConfig& out_;
  AppliedKeys applied_;
};

std::vector<std::string_view> keys_of(std::string_view table) {
  std::vector<std::string_view> keys;
  for (const ConfigKey& k : config_schema())
    if (k.table == table) keys.push_back(k.key);
  return keys;
}

void LayerParser::parse_root(const toml::table& root) {
  for (auto&& [key, node] : root) {
    const std::string_view name = key.str();
    const auto& tables = config_tables();
    if (name == "locked") {
      if (layer_.system)
        parse_locked(node);
      else
        reader_.warning(key.source(),
                        "`locked` only has an effect in the system config file; ignored");
    } else if (name == "reminder") {
      read_reminders(reader_, node, out_.settings.reminders);
    } else if (std::find(tables.begin(), tables.end(), name) == tables.end()) {
      unknown_root_key(key, node);
    } else if (const auto* table = node.as_table()) {
      parse_table(name, *table);
    } else {
      reader_.error(node.source(), std::string(name) + ": expected a table ([" + std::string(name) +
                                       "]), got " + shown_value(node));
    }
  }
}

void LayerParser::unknown_root_key(const toml::key& key, const toml::node& node) {
  const std::string_view name = key.str();
  if (node.is_table()) {
    reader_.warning(key.source(), "unknown table [" + std::string(name) + "]" +
                                      did_you_mean(name, config_tables()));
    return;
  }
  std::vector<std::string_view> candidates(config_tables().begin(), config_tables().end());
  if (layer_.system) candidates.push_back("locked");
  std::string hint = did_you_mean(name, candidates);
  if (hint.empty()) {
    // `every = "20m"` above any [table]: point at the table it belongs in.
    std::vector<std::string_view> keys;
    for (const ConfigKey& k : config_schema()) keys.push_back(k.key);
    const std::string key = closest_match(name, keys);
    for (const ConfigKey& k : config_schema())
      if (hint.empty() && k.key == key)
        hint = "; did you mean `" + std::string(k.table) + "." + key + "`?";
  }
  reader_.warning(key.source(), "unknown key `" + std::string(name) + "`" + hint);
}

bool LayerParser::is_locked(std::string_view table, std::string_view dotted) const {
  return std::any_of(layer_.locked.begin(), layer_.locked.end(),
                     [&](const std::string& l) { return l == table || l == dotted; });
}

void LayerParser::parse_table(std::string_view table, const toml::table& values) {
  const auto schema = config_schema();
  for (auto&& [key, node] : values) {
    // A structured binding is named through a plain variable: clang 14
    // cannot capture one in a lambda.
    const std::string_view name = key.str();
    const auto spec = std::find_if(schema.begin(), schema.end(), [&](const ConfigKey& k) {
      return k.table == table && k.key == name;
    });
    if (spec == schema.end()) {
      reader_.warning(key.source(), "unknown key `" + std::string(key.str()) + "` in [" +
                                        std::string(table) + "]" +
                                        did_you_mean(key.str(), keys_of(table)));
      continue;
    }
    const std::string dotted = std::string(table) + "." + std::string(key.str());
    if (is_locked(table, dotted)) {
      reader_.warning(key.source(), dotted + " is locked by the administrator in " +
                                        layer_.locked_by + "; ignored");
      continue;
    }
    spec->apply(reader_, node, dotted, out_.settings);
    applied_[dotted] = &node;
  }
}

void LayerParser::parse_locked(const toml::node& node) {
  if (!reader_.strings(node, "locked")) return;
  const auto& names = config_key_names();
  std::vector<std::string_view> candidates(names.begin(), names.end());
  candidates.insert(candidates.end(), config_tables().begin(), config_tables().end());
  for (const toml::node& element : *node.as_array()) {
    const std::string& name = element.as_string()->get();
    if (std::find(candidates.begin(), candidates.end(), name) == candidates.end()) {
      reader_.warning(element.source(),
                      "locked: unknown key `" + name + "`" + did_you_mean(name, candidates));
    } else {
      out_.locked.push_back(name);
    }
  }
}

// A break longer than its interval would start again the moment it ends.
// Reported on `every` when this file set it, else on `duration`.
void LayerParser::check_break(std::string_view table, BreakSettings& settings,
                              const BreakSettings& below) {
  if (settings.every >= settings.duration) return;
  const std::string every = std::string(table) + ".every";
  const std::string duration = std::string(table) + ".duration";
  const std::string every_text = format_duration(settings.every);
  const std::string duration_text = format_duration(settings.duration);
  const std::string kept = "; " + every + " and " + duration + " stay " +
                           format_duration(below.every) + " and " + format_duration(below.duration);
  if (auto it = applied_.find(every); it != applied_.end()) {
    reader_.error(it->second->source(), every + " (" + every_text + ") is shorter than " +
                                            duration + " (" + duration_text + ")" + kept);
  } else if (auto d = applied_.find(duration); d != applied_.end()) {
    reader_.error(d->second->source(), duration + " (" + duration_text + ") is longer than " +
                                           every + " (" + every_text + ")" + kept);
  }
  settings.every = below.every;  // the layers below are sound: the breaks stay usable
  settings.duration = below.duration;
}

}  // namespace

LoadedConfig parse_config_text(const std::string& text, const std::string& path,
                               const Settings& base, const ConfigLayer& layer) {
  LoadedConfig out;
  out.settings = base;
  if (layer.system) out.locked_by = path;
  toml::table root;
  try {
    root = toml::parse(std::string_view(text));
  } catch (const toml::parse_error& e) {
    out.diagnostics.push_back({path, static_cast<int>(e.source().begin.line),
                               static_cast<int>(e.source().begin.column),
                               Diagnostic::Severity::error, parse_error_text(e, text)});
    out.unusable_files.push_back(path);
    return out;
  }
  LayerParser parser(path, layer, out);
  parser.parse_root(root);
  parser.check_break("micro", out.settings.micro, base.micro);
  parser.check_break("rest", out.settings.rest, base.rest);
  sort_by_position(out.diagnostics, 0);
  if (out.locked.empty()) out.locked_by.clear();
  return out;
}

LoadedConfig parse_config_text(const std::string& text, const std::string& path,
                               const Settings& base) {
  return parse_config_text(text, path, base, ConfigLayer{});
}

}  // namespace unknot
