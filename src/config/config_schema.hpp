#pragma once
// Private to src/config: every config key, where it lives and how it maps
// onto Settings. The one list that the loader, "did you mean" and `locked`
// all read, so a new key is added in one place.
#include <span>
#include <string_view>

#include "config/toml_reader.hpp"
#include "core/settings.hpp"

namespace unknot {

struct ConfigKey {
  std::string_view table;  ///< "micro"
  std::string_view key;    ///< "every"
  /// Reads the node (reporting problems as `name`) into the settings.
  void (*apply)(ValueReader& reader, const toml::node& node, std::string_view name,
                Settings& settings);
};

/// Every key, in the order config/config.toml documents them.
std::span<const ConfigKey> config_schema();

/// The distinct table names, in schema order.
std::span<const std::string_view> config_tables();

}  // namespace unknot
