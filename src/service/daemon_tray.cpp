// The daemon's tray item: the StatusNotifierItem while a host is on the bus,
// its own XEmbed icon while an X11 tray exists (its menu in a short-lived
// `unknot-ui menu`), `unknot-ui --tray` while neither does. Menu items that are control commands go
// through the same command table as the socket, so the tray can do nothing
// unknotctl cannot.
#include <utility>

#include <stdexcept>

#include "core/time_text.hpp"
#include "platform/clock.hpp"
#include "platform/folder_opener.hpp"
#include "platform/i18n.hpp"
#include "platform/log.hpp"
#include "platform/paths.hpp"
#include "protocol/tray_requests.hpp"
#include "service/daemon.hpp"
#include "service/manual_meeting.hpp"

namespace unknot {

namespace {

/// `unknot-ui menu --at`'s argument: "X,Y,W,H".
std::string tray_rect_text(const TrayRect& at) {
  return std::to_string(at.x) + "," + std::to_string(at.y) + "," + std::to_string(at.width) + "," +
         std::to_string(at.height);
}

}  // namespace

void Daemon::run_local_action(const TrayAction& action) {
  switch (action.kind) {
    case TrayActionKind::statistics:
      return ui_->open(UiRole::stats, {"stats"});
    case TrayActionKind::settings:
      return ui_->open(UiRole::settings, {"settings"});
    case TrayActionKind::about:
      return ui_->open(UiRole::status, {"about"});
    case TrayActionKind::open_routines: {
      std::string error;
      if (!open_folder(user_routines_dir(), error))
        log_warn("tray: could not open " + user_routines_dir().string() + ": " + error);
      return;
    }
    default:
      break;
  }
  const Status status = engine_.status(parts_.clock());
  if (status.break_due || status.on_break)
    open_break_window();
  else
    ui_->open(UiRole::status, {"status"});
}

void Daemon::start_tray() {
  if (!parts_.make_tray) return;
  TrayItemCallbacks callbacks;
  callbacks.on_action = [this](const TrayAction& action) {
    if (const auto request = tray_request(action)) {
      handle(*request, [](const control::Reply& reply) {
        if (!reply.ok) log_warn("tray: " + reply.message);
      });
      return;
    }
    run_local_action(action);
  };
  callbacks.on_host = [this](bool present) {
    // A host draws our item: the wx fallback would be a second icon.
    if (present)
      ui_->close(UiRole::tray);
    else
      ui_->open(UiRole::tray, {"--tray"});
  };
  callbacks.on_menu = [this](const TrayRect& at) {
    // A process only for the menu: it exits once the menu closes.
    ui_->open(UiRole::menu, {"menu", "--at", tray_rect_text(at)});
  };
  callbacks.on_tick = [this] { refresh(); };
  try {
    tray_ = parts_.make_tray(io_, std::move(callbacks));
  } catch (const std::runtime_error& error) {
    log_warn(error.what());
    ui_->open(UiRole::tray, {"--tray"});
  }
}

void Daemon::update_tray(const Now& now, const Status& status) {
  if (!tray_) return;
  const Settings& settings = config_.settings();
  TrayFacts facts;
  facts.status = status;
  facts.micro_every = settings.micro.every;
  facts.rest_every = settings.rest.every;
  facts.strict = settings.breaks.strict;
  facts.snooze_max = settings.snooze.max;
  facts.manual_meeting = manual_meeting_->active();
  facts.focus_areas = settings.exercises.focus_areas;
  if (status.paused_until) facts.paused_until_offset = utc_offset_at(*status.paused_until);
  const Translator tr = gettext_translator();
  tray_->update(tray_view(facts, now, tr),
                tray_menu(facts, now, format_time_of_day(settings.daily.day_starts), tr));
}

}  // namespace unknot
