#include "platform/tray_chooser.hpp"

#include <cstdlib>
#include <stdexcept>

#include <boost/asio/steady_timer.hpp>

#include "platform/log.hpp"
#include "platform/status_notifier_item.hpp"
#include "platform/xembed_tray.hpp"

namespace unknot {

namespace {

/// The tooltip's minutes and the ring's progress move on their own; the
/// StatusNotifierItem ticks itself, the XEmbed icon is ticked from here.
constexpr auto kTick = std::chrono::seconds{60};

const char* describe(TrayChoice choice) {
  switch (choice) {
    case TrayChoice::undecided:
      return "undecided";
    case TrayChoice::status_notifier:
      return "the StatusNotifierItem";
    case TrayChoice::xembed:
      return "our own icon in the X11 system tray";
    case TrayChoice::fallback:
      return "unknot-ui --tray";
    case TrayChoice::none:
      return "none (no StatusNotifierItem host, and no X11 tray or X11 session)";
  }
  return "?";
}

}  // namespace

struct TrayChooser::Impl {
  Impl(boost::asio::io_context& io, TrayItemCallbacks callbacks, std::chrono::milliseconds grace)
      : callbacks(std::move(callbacks)), grace(grace), grace_timer(io), tick_timer(io) {}

  TrayItemCallbacks callbacks;
  std::chrono::milliseconds grace;
  boost::asio::steady_timer grace_timer;
  boost::asio::steady_timer tick_timer;
  std::unique_ptr<StatusNotifierItem> sni;
  std::unique_ptr<XEmbedTray> xembed;
  TraySituation situation;
  TrayChoice choice = TrayChoice::undecided;
  std::optional<bool> reported;  ///< what on_host last said

  void wait_for_trays();
  void tick();
  void decide();
  void set_sni_host(bool present);
  void set_x_tray(bool present);
  void report(bool host_present);
};

void TrayChooser::Impl::wait_for_trays() {
  situation.waiting = true;
  grace_timer.expires_after(grace);
  grace_timer.async_wait([this](const boost::system::error_code& error) {
    if (error) return;
    situation.waiting = false;
    decide();
  });
}

void TrayChooser::Impl::tick() {
  tick_timer.expires_after(kTick);
  tick_timer.async_wait([this](const boost::system::error_code& error) {
    if (error || choice != TrayChoice::xembed) return;
    if (callbacks.on_tick) callbacks.on_tick();
    tick();
  });
}

void TrayChooser::Impl::report(bool host_present) {
  if (reported == host_present) return;
  reported = host_present;
  if (callbacks.on_host) callbacks.on_host(host_present);
}

void TrayChooser::Impl::decide() {
  const TrayChoice next = choose_tray(situation);
  if (next == TrayChoice::undecided || next == choice) return;
  log_info(std::string{"tray: "} + describe(next));
  const TrayChoice before = std::exchange(choice, next);
  if (xembed) xembed->set_wanted(next == TrayChoice::xembed);
  if (next == TrayChoice::xembed && before != TrayChoice::xembed) tick();
  if (next != TrayChoice::xembed) tick_timer.cancel();
  report(next != TrayChoice::fallback);
}

void TrayChooser::Impl::set_sni_host(bool present) {
  if (situation.sni_host.value_or(false) && !present) wait_for_trays();
  situation.sni_host = present;
  decide();
}

void TrayChooser::Impl::set_x_tray(bool present) {
  if (situation.x_tray && !present) wait_for_trays();  // a tray restarting
  situation.x_tray = present;
  if (!present && choice == TrayChoice::xembed) choice = TrayChoice::undecided;
  decide();
}

TrayChooser::TrayChooser(boost::asio::io_context& io, std::string icon_theme_path,
                         TrayItemCallbacks callbacks, std::chrono::milliseconds grace)
    : impl_(std::make_unique<Impl>(io, std::move(callbacks), grace)) {
  Impl& impl = *impl_;
  XEmbedTray::Events events;
  events.on_tray = [&impl](bool present) { impl.set_x_tray(present); };
  events.on_activate = [&impl] {
    if (impl.callbacks.on_action) impl.callbacks.on_action(TrayAction{});
  };
  events.on_menu = [&impl](const TrayRect& at) {
    if (impl.callbacks.on_menu) impl.callbacks.on_menu(at);
  };
  impl.xembed = XEmbedTray::open(io, std::move(events));
  impl.situation.x_display = impl.xembed != nullptr;
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  impl.situation.wayland = wayland != nullptr && *wayland != '\0';
  impl.situation.x_tray = impl.xembed && impl.xembed->tray_present();

  TrayItemCallbacks sni_callbacks;
  sni_callbacks.on_action = impl.callbacks.on_action;
  sni_callbacks.on_tick = impl.callbacks.on_tick;
  sni_callbacks.on_host = [&impl](bool present) { impl.set_sni_host(present); };
  try {
    impl.sni =
        std::make_unique<StatusNotifierItem>(std::move(icon_theme_path), std::move(sni_callbacks));
  } catch (const std::runtime_error& error) {
    log_warn(error.what());
    impl.situation.sni_host = false;
  }
  impl.wait_for_trays();
  impl.decide();
}

TrayChooser::~TrayChooser() = default;

void TrayChooser::update(const TrayView& view, const std::vector<TrayMenuItem>& menu) {
  if (impl_->sni) impl_->sni->update(view, menu);
  if (impl_->xembed) impl_->xembed->show(view);
}

TrayChoice TrayChooser::choice() const { return impl_->choice; }

}  // namespace unknot
