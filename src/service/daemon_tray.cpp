// The daemon's tray item: the StatusNotifierItem while a host is on the bus,
// `unknot-ui --tray` while none is. Menu items that are control commands go
// through the same handler as the socket, so the tray can do nothing
// unknotctl cannot.
#include <utility>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include <gio/gio.h>

#include "core/time_text.hpp"
#include "platform/clock.hpp"
#include "platform/i18n.hpp"
#include "platform/log.hpp"
#include "platform/paths.hpp"
#include "platform/status_notifier_item.hpp"
#include "protocol/control_protocol.hpp"
#include "protocol/tray_requests.hpp"
#include "service/daemon.hpp"
#include "service/ui_launcher.hpp"

namespace unknot {
namespace {

/// Opens the user's routines folder in the file manager, creating it first.
void open_routines_folder() {
  const std::filesystem::path dir = user_routines_dir();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  GError* error = nullptr;
  gchar* uri = g_filename_to_uri(dir.c_str(), nullptr, &error);
  if (uri && g_app_info_launch_default_for_uri(uri, nullptr, &error)) {
    g_free(uri);
    return;
  }
  g_free(uri);
  log_warn(std::string{"tray: could not open "} + dir.string() + ": " +
           (error ? error->message : "no handler"));
  if (error) g_error_free(error);
}

/// The items that open a window or a folder; false for any other action.
bool open_local(UiLauncher& ui, const TrayAction& action) {
  switch (action.kind) {
    case TrayActionKind::statistics:
      ui.open(UiRole::stats, {"stats"});
      return true;
    case TrayActionKind::settings:
      ui.open(UiRole::settings, {"settings"});
      return true;
    case TrayActionKind::about:
      ui.open(UiRole::status, {"about"});
      return true;
    case TrayActionKind::open_routines:
      open_routines_folder();
      return true;
    default:
      return false;
  }
}

}  // namespace

void Daemon::start_tray() {
  if (options_.no_tray) return;
  TrayItemCallbacks callbacks;
  // A lambda, not a member: it needs the daemon's private handlers.
  callbacks.on_action = [this](const TrayAction& action) {
    if (const auto request = tray_request(action)) {
      const control::Reply reply = handle(*request);
      if (!reply.ok) log_warn("tray: " + reply.message);
      return;
    }
    if (open_local(*ui_, action)) return;
    const Status status = engine_.status(read_clock());
    if (status.break_due || status.on_break)
      open_break_window();
    else
      ui_->open(UiRole::status, {"status"});
  };
  callbacks.on_host = [this](bool present) {
    // A host draws our item: the wx fallback would be a second icon.
    if (present)
      ui_->close(UiRole::tray);
    else
      ui_->open(UiRole::tray, {"--tray"});
  };
  callbacks.on_tick = [this] { refresh(); };
  try {
    tray_ = std::make_unique<StatusNotifierItem>(icons_dir().string(), std::move(callbacks));
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
  facts.manual_meeting = manual_meeting_;
  facts.focus_areas = settings.exercises.focus_areas;
  const Translator tr = gettext_translator();
  tray_->update(tray_view(facts, now, tr),
                tray_menu(facts, now, format_time_of_day(settings.daily.day_starts), tr));
}

}  // namespace unknot
