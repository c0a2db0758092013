#pragma once
// The tray item the daemon holds: it picks who shows the icon (tray_choice.hpp)
// and moves it as panels come and go -- the StatusNotifierItem while a host is
// on the bus, else the daemon's own XEmbed icon while an X11 system tray
// exists, else (after a short grace, and only with an X display) it reports
// "no host", so the daemon starts `unknot-ui --tray`.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <chrono>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>

#include "platform/tray_choice.hpp"
#include "platform/tray_item.hpp"

namespace unknot {

class TrayChooser : public TrayItem {
 public:
  /// Starts both the StatusNotifierItem (`icon_theme_path` as there) and the
  /// watch for an X11 tray. `callbacks.on_host(false)`: neither can show the
  /// icon (start the wx fallback); `true`: one does (close it). `grace`: how
  /// long a tray may take to appear, at start and after one left.
  TrayChooser(boost::asio::io_context& io, std::string icon_theme_path, TrayItemCallbacks callbacks,
              std::chrono::milliseconds grace = std::chrono::seconds{3});
  ~TrayChooser() override;
  TrayChooser(const TrayChooser&) = delete;
  TrayChooser& operator=(const TrayChooser&) = delete;

  void update(const TrayView& view, const std::vector<TrayMenuItem>& menu) override;
  /// Who shows the icon now.
  [[nodiscard]] TrayChoice choice() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace unknot
