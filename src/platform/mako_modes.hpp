#pragma once
// mako's do-not-disturb: a mode (`makoctl mode -a do-not-disturb`) rather than
// a paused flag. mako 1.10 and later publish their modes as the `Modes`
// property of fr.emersion.Mako and signal its changes; older ones (Debian 12
// ships 1.7) only answer ListModes, so for them, and only while one of them
// is the notification server, the modes are asked for every `poll`.
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include <gio/gio.h>

namespace unknot {

/// True when `modes` holds a mode that means do-not-disturb:
/// "do-not-disturb" (mako's documented example) or "dnd", in any case.
bool is_dnd_mode_list(const std::vector<std::string>& modes);

class MakoModes {
 public:
  MakoModes(std::chrono::milliseconds poll, std::function<void(bool)> on_change);
  ~MakoModes();
  MakoModes(const MakoModes&) = delete;
  MakoModes& operator=(const MakoModes&) = delete;

  /// A notification server appeared as `owner` (its unique name) on `bus`:
  /// find out whether it is mako, and follow its modes if so.
  void follow(GDBusConnection* bus, const std::string& owner);
  /// The server went away (or the source stopped): no mode holds breaks.
  void forget();

 private:
  void fetch_property();
  void fetch_list();
  void set(bool dnd);
  void start_polling();
  static void on_property(GObject* bus, GAsyncResult* result, gpointer data);
  static void on_list(GObject* bus, GAsyncResult* result, gpointer data);
  static void on_changed(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                         GVariant* parameters, gpointer data);
  static gboolean on_poll(gpointer data);

  std::chrono::milliseconds poll_;
  std::function<void(bool)> on_change_;
  GDBusConnection* bus_ = nullptr;  ///< borrowed from the dnd signal
  std::string owner_;
  GCancellable* cancellable_ = nullptr;
  guint signal_id_ = 0;
  guint poll_id_ = 0;
  bool dnd_ = false;
};

}  // namespace unknot
