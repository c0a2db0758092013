#include "config/toml_reader.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <tuple>

#include "config/text_values.hpp"
#include "core/duration_text.hpp"

namespace unknot {

namespace {
constexpr std::string_view kDurationExample = R"(e.g. "45s", "20m", "1h30m" or whole seconds)";
constexpr Duration kVeryShort = std::chrono::seconds{5};

std::string got(std::string_view name, std::string_view expected, const toml::node& node) {
  return std::string(name) + ": expected " + std::string(expected) + ", got " + shown_value(node);
}

std::string format_number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}
}  // namespace

std::string type_phrase(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    default:
      return "nothing";
  }
}

std::string shown_value(const toml::node& node) {
  if (const auto* s = node.as_string()) return '"' + s->get() + '"';
  if (const auto* i = node.as_integer()) return std::to_string(i->get());
  if (const auto* f = node.as_floating_point()) return format_number(f->get());
  if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
  return type_phrase(node);
}

void ValueReader::error(const toml::source_region& at, std::string message) {
  out_.push_back({path_, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column),
                  Diagnostic::Severity::error, std::move(message)});
}

void ValueReader::warning(const toml::source_region& at, std::string message) {
  out_.push_back({path_, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column),
                  Diagnostic::Severity::warning, std::move(message)});
}

std::optional<bool> ValueReader::boolean(const toml::node& node, std::string_view name) {
  if (const auto* b = node.as_boolean()) return b->get();
  error(node.source(), got(name, "true or false", node));
  return std::nullopt;
}

std::optional<std::string> ValueReader::string(const toml::node& node, std::string_view name) {
  if (const auto* s = node.as_string()) return s->get();
  error(node.source(), got(name, "a string", node));
  return std::nullopt;
}

bool ValueReader::expect_string(const toml::node& node, std::string_view name,
                                std::string_view expected) {
  if (node.is_string()) return true;
  error(node.source(), got(name, expected, node));
  return false;
}

std::optional<std::int64_t> ValueReader::integer(const toml::node& node, std::string_view name,
                                                 std::int64_t min, std::string_view expectation) {
  const auto* i = node.as_integer();
  if (i == nullptr || i->get() < min) {
    error(node.source(), got(name, expectation, node));
    return std::nullopt;
  }
  return i->get();
}

std::optional<double> ValueReader::seconds(const toml::node& node, std::string_view name,
                                           double min, bool inclusive) {
  std::optional<double> value;
  if (const auto* i = node.as_integer()) value = static_cast<double>(i->get());
  if (const auto* f = node.as_floating_point()) value = f->get();
  const bool in_range =
      value && std::isfinite(*value) && (inclusive ? *value >= min : *value > min);
  if (!in_range) {
    const std::string bound = format_number(min);
    error(node.source(), got(name,
                             inclusive ? "a number of seconds of " + bound + " or more"
                                       : "a number of seconds greater than " + bound,
                             node));
    return std::nullopt;
  }
  return value;
}

namespace {

/// The text of 1-based line `line`, without its line break.
std::string_view line_of(std::string_view text, std::size_t line) {
  std::size_t start = 0;
  for (std::size_t n = 1; n < line; ++n) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  const std::size_t end = text.find('\n', start);
  std::string_view found = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
  if (!found.empty() && found.back() == '\r') found.remove_suffix(1);
  return found;
}

}  // namespace

std::string parse_error_text(const toml::parse_error& error, std::string_view text) {
  const std::string_view description = error.description();
  if (description.starts_with("Error while parsing string")) {
    const auto& at = error.source().begin;
    const bool at_line_end = at.column > line_of(text, at.line).size();
    if (at_line_end || description.find("end-of-file") != std::string_view::npos)
      return "unterminated string: the closing quote is missing (a \"...\" string ends on its "
             "own line; use \"\"\"...\"\"\" for text over several lines)";
  }
  return std::string(description);
}

std::optional<Duration> ValueReader::duration(const toml::node& node, std::string_view name,
                                              DurationRule rule) {
  std::optional<Duration> value;
  if (const auto* s = node.as_string()) value = parse_duration(s->get());
  if (const auto* i = node.as_integer(); i != nullptr && i->get() >= 0)
    value = parse_duration(std::to_string(i->get()));
  const Duration floor = !rule.zero_means.empty() ? Duration{0} : Duration{std::chrono::seconds{1}};
  if (!value || *value < floor) {
    const std::string expected =
        !rule.zero_means.empty()
            ? "a duration (" + std::string(kDurationExample) + ", or 0 for " +
                  std::string(rule.zero_means) + ")"
            : "a duration of at least 1 second (" + std::string(kDurationExample) + ")";
    std::string hint;
    if (const auto* text = node.as_string())
      if (const auto meant = suggest_duration(text->get()))
        hint = "; did you mean \"" + *meant + "\"?";
    error(node.source(), got(name, expected, node) + hint);
    return std::nullopt;
  }
  if (rule.warn_if_short && *value > Duration{0} && *value < kVeryShort)
    warning(node.source(), std::string(name) + ": " + format_duration(*value) +
                               " is very short (under 5 seconds)");
  return value;
}

std::optional<TimeOfDay> ValueReader::time_of_day(const toml::node& node, std::string_view name) {
  constexpr std::string_view kExpected = R"(a time "HH:MM" (00:00 to 23:59))";
  if (!expect_string(node, name, kExpected)) return std::nullopt;
  auto time = parse_time_of_day(node.as_string()->get());
  if (!time) error(node.source(), got(name, kExpected, node));
  return time;
}

std::optional<std::optional<WorkingDay>> ValueReader::working_day(const toml::node& node,
                                                                  std::string_view name) {
  constexpr std::string_view kExpected = R"("HH:MM-HH:MM" or "" (not a working day))";
  if (!expect_string(node, name, kExpected)) return std::nullopt;
  const std::string& text = node.as_string()->get();
  if (text.empty()) return std::optional<WorkingDay>{};
  if (auto day = parse_working_span(text)) return std::optional<WorkingDay>{*day};
  const auto dash = text.find('-');
  if (dash != std::string::npos && parse_time_of_day(text.substr(0, dash)) &&
      parse_time_of_day(text.substr(dash + 1))) {
    error(node.source(), std::string(name) + ": \"" + text +
                             "\" ends before it starts (spans past midnight are not supported)");
  } else {
    error(node.source(), got(name, kExpected, node));
  }
  return std::nullopt;
}

std::optional<std::vector<std::string>> ValueReader::strings(const toml::node& node,
                                                             std::string_view name) {
  const auto* array = node.as_array();
  if (array == nullptr) {
    error(node.source(), got(name, "an array of strings", node));
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (const toml::node& element : *array) {
    if (const auto* s = element.as_string())
      out.push_back(s->get());
    else
      ok = expect_string(element, name, "a string") && ok;
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::size_t> ValueReader::choice(const toml::node& node, std::string_view name,
                                               std::span<const std::string_view> choices) {
  if (const auto* s = node.as_string()) {
    const auto it = std::find(choices.begin(), choices.end(), s->get());
    if (it != choices.end()) return static_cast<std::size_t>(it - choices.begin());
  }
  std::string message = got(name, join_choices(choices), node);
  if (const auto* s = node.as_string()) message += did_you_mean(s->get(), choices);
  error(node.source(), std::move(message));
  return std::nullopt;
}

void sort_by_position(Diagnostics& diagnostics, std::size_t from) {
  std::stable_sort(diagnostics.begin() + static_cast<std::ptrdiff_t>(from), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
}

}  // namespace unknot
