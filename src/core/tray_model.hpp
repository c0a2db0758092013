#pragma once
// What the tray shows and offers, as plain values: the icon state, the
// tooltip, and the menu with the action behind each item. Both trays draw
// from here: the daemon's StatusNotifierItem (D-Bus) and the wx fallback in
// `unknot-ui --tray`, so the two can never disagree. Pure: time is passed in
// through the facts.
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"
#include "core/status.hpp"
#include "core/time.hpp"
#include "core/translator.hpp"

namespace unknot {

/// What a glance at the icon tells.
enum class TrayIconState {
  working,    ///< counting towards the next break (see TrayView::progress)
  due,        ///< a break is due or running
  paused,     ///< paused by the user
  meeting,    ///< in a meeting: prompts held back
  off_hours,  ///< outside working hours, or every break disabled
};

/// The wire-and-theme name of an icon state ("working", "due", ...).
std::string_view to_string(TrayIconState state);

/// Everything the tray needs to know. The daemon fills it from the engine's
/// Status and Settings; `unknot-ui --tray` from `status --json` and `settings`.
struct TrayFacts {
  Status status;
  Duration micro_every{};  ///< the interval of the next break's kind, for the progress ring
  Duration rest_every{};
  bool strict = false;                   ///< no skip, no snooze past the limit
  int snooze_max = 0;                    ///< 0 = unlimited
  bool manual_meeting = false;           ///< "I'm in a meeting" is on
  std::vector<std::string> focus_areas;  ///< the user's focus areas (body area ids)
  /// The zone's UTC offset at status.paused_until, which differs from now's
  /// when the pause ends after a DST change; now's offset when unset.
  std::optional<std::chrono::seconds> paused_until_offset;
};

/// The icon and texts.
struct TrayView {
  TrayIconState state = TrayIconState::working;
  /// 0..4: how far through the interval to the next break (working state only);
  /// picks the icon variant `...-working-<n>`.
  int progress = 0;
  std::string icon_name;    ///< themed name, e.g. "io.github.unknot.Unknot-working-2"
  std::string title;        ///< "Unknot"
  std::string tooltip;      ///< "Next: micro break in 12 min · sitting 38 min"
  std::string status_line;  ///< the menu's first (disabled) line; same facts, may differ in wording
  friend bool operator==(const TrayView&, const TrayView&) = default;
};

/// What choosing a menu item does. Every action but the last four is one
/// control command (protocol/tray_requests.hpp builds its request).
enum class TrayActionKind {
  take_break,     ///< break {kind}
  pause_for,      ///< pause {duration_s}
  pause_until,    ///< pause {until: "HH:MM"} (tomorrow: the day start)
  pause,          ///< pause (until resumed)
  meeting,        ///< meeting {on}
  resume,         ///< resume
  snooze,         ///< snooze
  skip,           ///< skip
  focus_area,     ///< settings {set: {exercises: {focus_areas: [...]}}} toggling `area`
  statistics,     ///< open the statistics window
  settings,       ///< open the settings dialog
  open_routines,  ///< open the user's routines folder
  about,          ///< show the about box
  quit,           ///< quit
  activate,       ///< left click: the break window if one is due, else the status popover
};

struct TrayAction {
  TrayActionKind kind = TrayActionKind::activate;
  std::optional<BreakKind> break_kind;   ///< take_break
  Duration duration{};                   ///< pause_for
  std::string until;                     ///< pause_until: "HH:MM"
  bool on = false;                       ///< meeting
  std::string area;                      ///< focus_area: the area toggled
  std::vector<std::string> focus_areas;  ///< focus_area: the whole new list
  friend bool operator==(const TrayAction&, const TrayAction&) = default;
};

/// One menu entry; a submenu has children; a separator has no label.
struct TrayMenuItem {
  enum class Type { normal, check, separator, submenu };
  Type type = Type::normal;
  std::string id;     ///< stable across updates, e.g. "pause.30m" (tests find items by it)
  std::string label;  ///< what the user reads; "_" marks no mnemonic
  bool enabled = true;
  bool checked = false;              ///< check items
  std::optional<TrayAction> action;  ///< none for the status line, separators and submenus
  std::vector<TrayMenuItem> children;
  friend bool operator==(const TrayMenuItem&, const TrayMenuItem&) = default;
};

/// The icon and texts for `facts` at `now`, in the language of `tr` (English by default).
TrayView tray_view(const TrayFacts& facts, const Now& now, const Translator& tr = {});

/// The whole menu for `facts`: status line; Start this break (while one is
/// due; snooze and skip then say "this break"); Take a break now ▸ micro / rest;
/// Pause ▸ 30 min / 1 h / 2 h / until tomorrow / until I resume; I'm in a
/// meeting (check); Resume; Snooze; Skip the next break; Focus areas ▸;
/// Statistics…; Settings…; Open routines folder; About; Quit.
std::vector<TrayMenuItem> tray_menu(const TrayFacts& facts, const Now& now,
                                    const std::string& day_starts_hh_mm, const Translator& tr = {});

}  // namespace unknot
