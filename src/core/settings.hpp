#pragma once
// Settings: the value type the config loader produces and the engine consumes.
// Defaults here are the built-in defaults of INTERFACE.md; config/config.toml
// must reproduce them exactly.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/reminder_settings.hpp"
#include "core/time.hpp"

namespace unknot {

using namespace std::chrono_literals;

/// One kind of recurring break (micro or rest).
struct BreakSettings {
  bool enabled = true;
  Duration every{};     ///< active time between breaks
  Duration duration{};  ///< how long the break lasts
  friend bool operator==(const BreakSettings&, const BreakSettings&) = default;
};

/// The daily limit of active time.
struct DailySettings {
  bool enabled = false;
  Duration limit = 8h;
  TimeOfDay day_starts{4 * 60};
  friend bool operator==(const DailySettings&, const DailySettings&) = default;
};

struct SnoozeSettings {
  Duration duration = 5min;
  int max = 3;  ///< snoozes allowed per break; 0 = unlimited
  friend bool operator==(const SnoozeSettings&, const SnoozeSettings&) = default;
};

enum class BreakStyle { notification, window, both };
/// "notification", "window", "both": the config's and the wire's names, in enum order.
std::span<const std::string_view> break_style_names();
std::string_view to_string(BreakStyle style);

struct BreakBehaviour {
  bool strict = false;  ///< no skip, no snooze past snooze.max
  BreakStyle style = BreakStyle::notification;
  Duration warning = 30s;  ///< pre-break warning lead time; 0 = off
  friend bool operator==(const BreakBehaviour&, const BreakBehaviour&) = default;
};

/// How input gaps are read.
struct IdleSettings {
  /// A gap in input at least this long is "away from the keyboard": the
  /// break timers stop counting at the last input.
  Duration threshold = 15s;
  /// Away at least this long (idle, locked, suspended or paused) resets
  /// sitting time: the user stood up.
  Duration sitting_reset = 5min;
  friend bool operator==(const IdleSettings&, const IdleSettings&) = default;
};

struct MeetingSettings {
  bool camera = true;
  bool microphone = true;
  bool fullscreen = true;
  bool dnd = true;
  std::string calendar;   ///< path to a local .ics file; empty = none
  Duration grace = 2min;  ///< a break that fell due in a meeting is offered this soon after
  /// WM_CLASS names (instance or class, any case) whose fullscreen windows
  /// count; empty = every window but the ignored ones.
  std::vector<std::string> fullscreen_classes;
  /// WM_CLASS names whose fullscreen windows never count: video players,
  /// where a film watched alone is no call and a break is welcome.
  std::vector<std::string> fullscreen_ignore{"mpv",       "vlc",      "totem",
                                             "celluloid", "smplayer", "kodi"};
  friend bool operator==(const MeetingSettings&, const MeetingSettings&) = default;
};

/// Working hours for one weekday; no value = not a working day.
struct WorkingDay {
  TimeOfDay start{9 * 60};
  TimeOfDay end{17 * 60};
  friend bool operator==(const WorkingDay&, const WorkingDay&) = default;
};

struct WorkingHours {
  /// Remind only inside working hours (timers still count outside them).
  bool only_inside = false;
  /// Indexed by weekday, 0 = Monday ... 6 = Sunday.
  std::array<std::optional<WorkingDay>, 7> days{WorkingDay{}, WorkingDay{}, WorkingDay{},
                                                WorkingDay{}, WorkingDay{}, std::nullopt,
                                                std::nullopt};
  friend bool operator==(const WorkingHours&, const WorkingHours&) = default;
};

/// Where an exercise is done. `floor` is for exercises only (lying or
/// sitting on the floor); the user's preference is sitting, standing or either.
enum class Position { sitting, standing, either, floor };
/// "sitting", "standing", "either", "floor": the routines' and the wire's names.
std::span<const std::string_view> position_names();
/// "sitting", "standing", "either": what the user may prefer ([exercises] position).
std::span<const std::string_view> preferred_position_names();
std::string_view to_string(Position position);
std::optional<Position> position_from_string(std::string_view text);

/// "monday" ... "sunday": the keys of [working_hours], indexed like WorkingHours::days.
std::span<const std::string_view> weekday_keys();

/// What the routine picker may choose from.
struct ExercisePreferences {
  std::vector<std::string> focus_areas;  ///< body area ids the user wants worked more
  Position position = Position::either;  ///< `sitting`: only exercises doable seated
  std::vector<std::string> equipment;    ///< equipment the user has ("none" is implied)
  std::vector<std::string> disabled;     ///< exercise ids never to show
  /// Choose exercises marked `discreet` (nobody in an open office notices
  /// them) whenever the break can be filled with them.
  bool prefer_discreet = false;
  friend bool operator==(const ExercisePreferences&, const ExercisePreferences&) = default;
};

/// What the history keeps.
struct HistorySettings {
  int retention_days = 365;  ///< older records are deleted, checked daily
  friend bool operator==(const HistorySettings&, const HistorySettings&) = default;
};

/// Shell commands run at moments of the day ([hooks]); empty = none.
struct HookSettings {
  std::string break_start;    ///< a break began (Start, `unknotctl break`)
  std::string break_end;      ///< the break that began ended (taken, skipped, snoozed)
  std::string meeting_start;  ///< prompts became held by a meeting
  std::string meeting_end;    ///< the last meeting source went away
  friend bool operator==(const HookSettings&, const HookSettings&) = default;
};

struct Settings {
  BreakSettings micro{true, 20min, 30s};
  BreakSettings rest{true, 50min, 5min};
  DailySettings daily{};
  SnoozeSettings snooze{};
  BreakBehaviour breaks{};
  IdleSettings idle{};
  MeetingSettings meetings{};
  WorkingHours working_hours{};
  ExercisePreferences exercises{};
  HistorySettings history{};
  HookSettings hooks{};
  std::vector<ReminderSettings> reminders;  ///< [[reminder]], in file order
  friend bool operator==(const Settings&, const Settings&) = default;
};

}  // namespace unknot
