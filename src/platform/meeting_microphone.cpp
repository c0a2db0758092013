// "microphone", as the daemon holds it: the libpulse watch lives in the
// module microphone-pulse.so (src/platform/modules), because libpulse and the
// codec libraries it links cost an idle daemon about 2 MB of private memory.
// The module is loaded when a sound server can be reached: at once for an
// explicit server, else when $XDG_RUNTIME_DIR/pulse/native exists (PulseAudio
// and pipewire-pulse both listen there, usually socket-activated at login).
#include <filesystem>
#include <string>

#include <glib.h>

#include "platform/desk_signal.hpp"
#include "platform/log.hpp"
#include "platform/module_loader.hpp"
#include "platform/paths.hpp"

namespace unknot {
namespace {

using MicrophoneFactory = DeskSignal* (*)(DeskEvents, MicrophoneOptions);

/// Whether a sound server may be listening: an explicit server is always
/// tried (the module retries on its own); the default one has a socket file.
bool server_may_listen(const MicrophoneOptions& options) {
  if (!options.server.empty()) return true;
  if (const char* server = g_getenv("PULSE_SERVER"); server != nullptr && *server != '\0')
    return true;
  std::error_code ec;
  return std::filesystem::exists(runtime_dir() / "pulse" / "native", ec);
}

class LazyMicrophoneSignal final : public DeskSignal {
 public:
  LazyMicrophoneSignal(DeskEvents events, MicrophoneOptions options)
      : events_(std::move(events)), options_(std::move(options)) {}
  ~LazyMicrophoneSignal() override { cancel_wait(); }

  [[nodiscard]] std::string_view name() const override { return "microphone"; }

  void start() override {
    if (started_) return;
    started_ = true;
    if (inner_) return inner_->start();
    try_load();
  }

  void stop() override {
    started_ = false;
    cancel_wait();
    looked_ = 0;
    if (inner_) inner_->stop();
  }

 private:
  void try_load() {
    if (!server_may_listen(options_))
      return wait((looked_++ == 0) ? options_.first_retry : options_.later_retry);
    std::string why;
    auto factory = reinterpret_cast<MicrophoneFactory>(
        module_entry("microphone-pulse", "unknot_microphone_signal_new", why));
    if (factory == nullptr) {
      // A broken install: say so once; the other meeting sources go on.
      log_warn("microphone not followed: " + why);
      return;
    }
    inner_.reset(factory(events_, options_));
    inner_->start();
  }

  /// No sound server yet: look again later, rarely, as the module would.
  void wait(std::chrono::seconds delay) {
    if (looked_ == 1)
      log_info("microphone: no sound server yet; looking again in " +
               std::to_string(delay.count()) + " s");
    wait_ = g_timeout_add_seconds(static_cast<guint>(std::max<long>(1, delay.count())),
                                  &LazyMicrophoneSignal::on_wait, this);
  }

  static gboolean on_wait(gpointer data) {
    auto* self = static_cast<LazyMicrophoneSignal*>(data);
    self->wait_ = 0;
    self->try_load();
    return G_SOURCE_REMOVE;
  }

  void cancel_wait() {
    if (wait_ != 0) g_source_remove(wait_);
    wait_ = 0;
  }

  DeskEvents events_;
  MicrophoneOptions options_;
  std::unique_ptr<DeskSignal> inner_;  ///< the module's signal, once loaded
  guint wait_ = 0;
  int looked_ = 0;
  bool started_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_microphone_signal(DeskEvents events, MicrophoneOptions options) {
  return std::make_unique<LazyMicrophoneSignal>(std::move(events), std::move(options));
}

}  // namespace unknot
