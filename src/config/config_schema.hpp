#pragma once
// Private to src/config: every config key, where it lives and how it maps
// onto Settings. The one list that the loader, "did you mean" and `locked`
// all read, and the settings writer too, so a new key is added in one place.
#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

#include "config/toml_reader.hpp"
#include "core/settings.hpp"

namespace unknot {

/// One key: where it lives, how it is read into Settings and how its value
/// is written back (the settings dialog's values, its managed file).
struct ConfigKey {
  using Apply = void (*)(ValueReader& reader, const toml::node& node, std::string_view name,
                         Settings& settings);
  using Write = nlohmann::json (*)(const Settings& settings);
  std::string_view table;  ///< "micro"
  std::string_view key;    ///< "every"
  /// Reads the node (reporting problems as `name`) into the settings.
  Apply apply;
  /// The key's value in `settings`, as config.toml would spell it ("20m").
  Write write;
};

/// Every key, in the order config/config.toml documents them.
std::span<const ConfigKey> config_schema();

/// The distinct table names, in schema order.
std::span<const std::string_view> config_tables();

}  // namespace unknot
