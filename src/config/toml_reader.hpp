#pragma once
// Private to src/config (never include it elsewhere: toml++ stays out of the
// other folders). Reads typed values from toml++ nodes and reports every
// problem as a diagnostic at the node's own line and column.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "config/diagnostic.hpp"
#include "core/settings.hpp"
#include "core/time.hpp"

namespace unknot {

/// "a string", "an integer", ...: a node's type as a message names it.
std::string type_phrase(const toml::node& node);
/// The value as the user wrote it, for "got ..." ("\"20 min\"", "-5", "a table").
std::string shown_value(const toml::node& node);

/// toml++'s message for a file it cannot parse, in the user's terms where
/// its own is obscure: a string left open at the end of its line is
/// "unterminated string", not "unescaped control characters ... prohibited".
std::string parse_error_text(const toml::parse_error& error, std::string_view text);

/// What a duration key accepts beyond "at least 1 second".
struct DurationRule {
  std::string_view zero_means;  ///< when set, 0 is allowed and means this ("off")
  bool warn_if_short = true;    ///< under 5 s gets a "very short" warning
};

class ValueReader {
 public:
  /// Diagnostics go to `out`, each naming `path` as given.
  ValueReader(std::string path, Diagnostics& out) : path_(std::move(path)), out_(out) {}

  [[nodiscard]] const std::string& path() const { return path_; }
  /// Reports an error at a source position.
  void error(const toml::source_region& at, std::string message);
  /// Reports a warning at a source position.
  void warning(const toml::source_region& at, std::string message);

  /// true/false.
  std::optional<bool> boolean(const toml::node& node, std::string_view name);
  /// Any string (possibly empty).
  std::optional<std::string> string(const toml::node& node, std::string_view name);
  /// A whole number of at least `min`; `expectation` completes "expected ...".
  std::optional<std::int64_t> integer(const toml::node& node, std::string_view name,
                                      std::int64_t min, std::string_view expectation);
  /// Seconds as an integer or float, above `min` (or at `min` when inclusive).
  std::optional<double> seconds(const toml::node& node, std::string_view name, double min,
                                bool inclusive);
  /// "45s", "1h30m" or integer seconds; at least 1 s unless zero means off.
  std::optional<Duration> duration(const toml::node& node, std::string_view name,
                                   DurationRule rule = {});
  /// "HH:MM".
  std::optional<TimeOfDay> time_of_day(const toml::node& node, std::string_view name);
  /// "HH:MM-HH:MM", or "" for "not a working day" (an engaged but empty optional).
  std::optional<std::optional<WorkingDay>> working_day(const toml::node& node,
                                                       std::string_view name);
  /// An array whose elements are all strings.
  std::optional<std::vector<std::string>> strings(const toml::node& node, std::string_view name);
  /// One of `choices`; returns its index.
  std::optional<std::size_t> choice(const toml::node& node, std::string_view name,
                                    std::span<const std::string_view> choices);

 private:
  bool expect_string(const toml::node& node, std::string_view name, std::string_view expected);

  std::string path_;
  Diagnostics& out_;
};

/// Sorts one file's diagnostics by line and column (tables iterate by key).
void sort_by_position(Diagnostics& diagnostics, std::size_t from);

}  // namespace unknot
