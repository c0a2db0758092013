#pragma once
// The `status` reply and every `watch` push: the engine's Status as the
// object `unknotctl status --json`, status bars, the tray and unknot-ui read.
// Pure: no clock, no I/O.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.hpp"
#include "core/time.hpp"

namespace unknot {

/// What a status object carries.
struct StatusReply {
  Status status;
  std::string idle_source;  ///< "x11", "mutter", ... ("" when unknown)
  /// The local UTC offset `paused_until` is written in (read back from it).
  std::chrono::seconds utc_offset{0};
  /// Time since the last input: in `status` replies only (it changes every
  /// second, so watch pushes leave it out).
  std::optional<Duration> idle;
  friend bool operator==(const StatusReply&, const StatusReply&) = default;
};

/// {"state", "next_break" ({"kind", "in_s"} or null), "sitting_s", "paused",
/// "paused_until" (ISO 8601 or null), "idle_source", "break_due", "on_break"
/// ({"kind", "remaining_s"} or null), "active_today_s", "sitting_today_s",
/// "longest_sitting_today_s", "meeting_sources", "snoozes_used",
/// "outside_working_hours", "reminders" ([{"id", "in_s", "due"}])} and, when
/// known, "idle_s". Durations in whole
/// seconds: elapsed times round down, countdowns (in_s, remaining_s) round up
/// so "0" only shows once the moment has come.
void to_json(nlohmann::json& out, const StatusReply& reply);
/// The reverse, defensively: a field missing or of another type (an older or
/// newer daemon) keeps its default.
void from_json(const nlohmann::json& in, StatusReply& reply);

/// The status object for `status` at `now` (its UTC offset), without idle_s.
nlohmann::json status_to_json(const Status& status, std::string_view idle_source, const Now& now);

}  // namespace unknot
