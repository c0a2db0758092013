// The `settings` command: the settings dialog reads the effective settings and
// writes changes to its own file above config.toml (never config.toml itself,
// whose comments toml++ could not keep).
#include "config/settings_json.hpp"
#include "config/settings_update.hpp"
#include "core/exercise.hpp"
#include "platform/atomic_file.hpp"
#include "platform/i18n.hpp"
#include "platform/log.hpp"
#include "platform/paths.hpp"
#include "protocol/settings_reply.hpp"
#include "service/daemon.hpp"
#include "service/settings_choices.hpp"

namespace unknot {

namespace {

SettingsReply settings_result(const LiveConfig& config) {
  const ConfigPaths& paths = config.sources().config;
  // Locks are the system file's, whatever the user's files hold.
  ConfigPaths system_only = paths;
  system_only.user_file.clear();
  system_only.user_file_explicit = false;
  system_only.managed_file.clear();
  const LoadedConfig system = load_config(system_only);
  SettingsReply reply;
  reply.values = settings_to_values(config.settings());
  reply.locked = system.locked;
  reply.config_file = paths.user_file.string();
  reply.managed_file = paths.managed_file.string();
  reply.routines_dir = user_routines_dir().string();
  reply.areas = known_body_areas();
  add_library_choices(reply, config.library(), process_languages());
  return reply;
}

}  // namespace

void Daemon::answer_settings(const control::Request& request, const Now&, Responder& respond) {
  using control::Reply;
  if (!request.values.is_null()) {
    const SettingsUpdate update =
        update_managed_settings(config_.sources().config, request.values, write_file_atomically);
    if (update.outcome == SettingsUpdate::Outcome::refused)
      return respond(Reply::failure(control::ErrorCode::refused, update.message));
    if (update.outcome == SettingsUpdate::Outcome::failed)
      return respond(Reply::failure(control::ErrorCode::internal, update.message));
    log_info("settings changed: " + request.values.dump());
    reload_config(false);
  }
  respond(Reply::success(settings_result(config_)));
}

}  // namespace unknot
