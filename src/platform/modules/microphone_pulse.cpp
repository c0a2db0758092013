// "microphone": a call app recording from a real microphone. PulseAudio (and
// PipeWire through pipewire-pulse) tell us about recording streams through a
// subscription, so this runs on GLib's main loop and wakes only when a stream
// appears, changes or goes. Monitors of outputs (screen recorders, visualisers)
// and peak meters (pavucontrol's level bars) are not calls.
// This is the module microphone-pulse.so: the daemon loads it (and libpulse
// with its codec libraries) only once a sound server is there to watch.
#include <set>
#include <string>

#include <pulse/context.h>
#include <pulse/error.h>
#include <pulse/glib-mainloop.h>
#include <pulse/introspect.h>
#include <pulse/subscribe.h>

#include "platform/desk_signal.hpp"
#include "platform/log.hpp"
#include "platform/modules/module_abi.hpp"

namespace unknot {
namespace {

/// Drops our reference to an operation; a null one (the context went away
/// under us) means the round was not started.
bool release(pa_operation* operation) {
  if (operation == nullptr) return false;
  pa_operation_unref(operation);
  return true;
}

class MicrophoneSignal final : public DeskSignal {
 public:
  MicrophoneSignal(DeskEvents events, MicrophoneOptions options)
      : events_(std::move(events)), options_(std::move(options)) {}
  ~MicrophoneSignal() override { teardown(); }

  [[nodiscard]] std::string_view name() const override { return "microphone"; }

  void start() override {
    if (started_) return;
    started_ = true;
    mainloop_ = pa_glib_mainloop_new(nullptr);
    connect();
  }

  void stop() override {
    started_ = false;
    teardown();
    report(false, {});
  }

 private:
  void connect() {
    context_ = pa_context_new(pa_glib_mainloop_get_api(mainloop_), "unknot");
    pa_context_set_state_callback(context_, &MicrophoneSignal::on_state, this);
    const char* server = options_.server.empty() ? nullptr : options_.server.c_str();
    // No autospawn: starting a sound server is the session's business, not ours.
    if (pa_context_connect(context_, server, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0) lost();
  }

  static void on_state(pa_context* context, void* data) {
    auto* self = static_cast<MicrophoneSignal*>(data);
    switch (pa_context_get_state(context)) {
      case PA_CONTEXT_READY:
        self->ready();
        break;
      case PA_CONTEXT_FAILED:
      case PA_CONTEXT_TERMINATED:
        self->lost();
        break;
      default:
        break;
    }
  }

  void ready() {
    if (failures_ > 0) log_info("microphone: sound server found");
    failures_ = 0;
    was_ready_ = true;
    pa_context_set_subscribe_callback(context_, &MicrophoneSignal::on_event, this);
    release(pa_context_subscribe(context_, PA_SUBSCRIPTION_MASK_SOURCE_OUTPUT, nullptr, nullptr));
    query();
  }

  /// No server (yet or any more): nothing is recording that we can see, so
  /// release any hold, and look again later, rarely.
  void lost() {
    // A connect() that fails at once may report it twice: state and result.
    if (context_ == nullptr) return;
    const std::string why = pa_strerror(pa_context_errno(context_));
    drop_context();
    report(false, {});
    const auto delay = failures_ == 0 ? options_.first_retry : options_.later_retry;
    // Once per loss: a desktop without sound is told once, not every 5 minutes.
    if (failures_ == 0)
      log_warn(
          std::string{was_ready_ ? "microphone: sound server gone" : "microphone not followed"} +
          " (" + why + "); trying again in " + std::to_string(delay.count()) + " s");
    was_ready_ = false;
    ++failures_;
    retry_ = g_timeout_add_seconds(static_cast<guint>(std::max<long>(1, delay.count())),
                                   &MicrophoneSignal::on_retry, this);
  }

  static gboolean on_retry(gpointer data) {
    auto* self = static_cast<MicrophoneSignal*>(data);
    self->retry_ = 0;
    self->connect();
    return G_SOURCE_REMOVE;
  }

  static void on_event(pa_context*, pa_subscription_event_type_t, uint32_t, void* data) {
    static_cast<MicrophoneSignal*>(data)->query();
  }

  /// Lists sources (to know the monitors), then recording streams. Events
  /// arriving meanwhile ask for one more round, not one each.
  void query() {
    if (querying_) {
      again_ = true;
      return;
    }
    querying_ = true;
    monitors_.clear();
    querying_ =
        release(pa_context_get_source_info_list(context_, &MicrophoneSignal::on_source, this));
  }

  static void on_source(pa_context* context, const pa_source_info* info, int eol, void* data) {
    auto* self = static_cast<MicrophoneSignal*>(data);
    if (eol == 0 && info != nullptr) {
      if (info->monitor_of_sink != PA_INVALID_INDEX) self->monitors_.insert(info->index);
      return;
    }
    self->recorder_.clear();
    self->querying_ = release(
        pa_context_get_source_output_info_list(context, &MicrophoneSignal::on_output, self));
  }

  static void on_output(pa_context*, const pa_source_output_info* info, int eol, void* data) {
    auto* self = static_cast<MicrophoneSignal*>(data);
    if (eol == 0 && info != nullptr) {
      if (self->recorder_.empty() && self->is_call(*info)) self->recorder_ = app_name(*info);
      return;
    }
    self->querying_ = false;
    self->report(!self->recorder_.empty(), self->recorder_);
    if (self->again_) {
      self->again_ = false;
      self->query();
    }
  }

  [[nodiscard]] bool is_call(const pa_source_output_info& info) const {
    const bool peak_meter =
        info.resample_method != nullptr && std::string_view{info.resample_method} == "peaks";
    return !info.corked && !peak_meter && !monitors_.contains(info.source);
  }

  static std::string app_name(const pa_source_output_info& info) {
    const char* app = pa_proplist_gets(info.proplist, PA_PROP_APPLICATION_NAME);
    if (app == nullptr || *app == '\0') app = info.name;
    return app != nullptr && *app != '\0' ? app : "an application";
  }

  void report(bool active, const std::string& app) {
    if (active == active_) return;
    active_ = active;
    log_info(active ? "microphone in use by " + app + ": meeting" : "microphone released");
    if (events_.meeting) events_.meeting("microphone", active);
  }

  void drop_context() {
    querying_ = again_ = false;
    if (context_ == nullptr) return;
    // Callbacks first: disconnecting would otherwise call on_state again.
    pa_context_set_state_callback(context_, nullptr, nullptr);
    pa_context_set_subscribe_callback(context_, nullptr, nullptr);
    pa_context_disconnect(context_);
    pa_context_unref(context_);
    context_ = nullptr;
  }

  void teardown() {
    if (retry_ != 0) g_source_remove(retry_);
    retry_ = 0;
    drop_context();
    if (mainloop_ != nullptr) pa_glib_mainloop_free(mainloop_);
    mainloop_ = nullptr;
    failures_ = 0;
    was_ready_ = false;
  }

  DeskEvents events_;
  MicrophoneOptions options_;
  pa_glib_mainloop* mainloop_ = nullptr;
  pa_context* context_ = nullptr;
  std::set<uint32_t> monitors_;
  std::string recorder_;  ///< the first call app found in this round
  guint retry_ = 0;
  int failures_ = 0;
  bool started_ = false;
  bool was_ready_ = false;
  bool querying_ = false;
  bool again_ = false;
  bool active_ = false;
};

}  // namespace
}  // namespace unknot

/// The module's factory: a new, not yet started signal owned by the caller.
UNKNOT_MODULE_EXPORT unknot::DeskSignal* unknot_microphone_signal_new(
    unknot::DeskEvents events, unknot::MicrophoneOptions options) {
  return new unknot::MicrophoneSignal(std::move(events), std::move(options));
}
