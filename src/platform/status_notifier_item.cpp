#include "platform/status_notifier_item.hpp"
#include <utility>

#include <stdexcept>

#include <gio/gio.h>
#include <unistd.h>

#include "platform/log.hpp"
#include "platform/tray_dbusmenu.hpp"
#include "platform/tray_pixmap.hpp"

namespace unknot {
namespace {

constexpr const char* kItemPath = "/StatusNotifierItem";
constexpr const char* kMenuPath = "/MenuBar";
constexpr const char* kItemInterface = "org.kde.StatusNotifierItem";
constexpr const char* kWatcherName = "org.kde.StatusNotifierWatcher";
constexpr const char* kWatcherPath = "/StatusNotifierWatcher";
constexpr guint kTickSeconds = 60;
constexpr int kRetries = 20;
constexpr guint kRetryMs = 100;

constexpr const char* kIntrospection = R"xml(<node>
 <interface name="org.kde.StatusNotifierItem">
  <property name="Category" type="s" access="read"/>
  <property name="Id" type="s" access="read"/>
  <property name="Title" type="s" access="read"/>
  <property name="Status" type="s" access="read"/>
  <property name="WindowId" type="i" access="read"/>
  <property name="IconName" type="s" access="read"/>
  <property name="IconThemePath" type="s" access="read"/>
  <property name="IconPixmap" type="a(iiay)" access="read"/>
  <property name="AttentionIconName" type="s" access="read"/>
  <property name="ToolTip" type="(sa(iiay)ss)" access="read"/>
  <property name="Menu" type="o" access="read"/>
  <property name="ItemIsMenu" type="b" access="read"/>
  <method name="Activate"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
  <method name="SecondaryActivate"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
  <method name="ContextMenu"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
  <method name="Scroll"><arg name="delta" type="i" direction="in"/><arg name="orientation" type="s" direction="in"/></method>
  <signal name="NewTitle"/>
  <signal name="NewIcon"/>
  <signal name="NewAttentionIcon"/>
  <signal name="NewToolTip"/>
  <signal name="NewStatus"><arg name="status" type="s"/></signal>
 </interface>
</node>)xml";

const char* status_of(TrayIconState state) {
  return state == TrayIconState::due ? "NeedsAttention" : "Active";
}

GVariant* pixmaps_variant(const std::vector<TrayPixmap>& pixmaps) {
  GVariantBuilder builder;
  g_variant_builder_init(&builder, G_VARIANT_TYPE("a(iiay)"));
  for (const auto& pixmap : pixmaps) {
    GVariant* bytes =
        g_variant_new_fixed_array(G_VARIANT_TYPE_BYTE, pixmap.argb.data(), pixmap.argb.size(), 1);
    g_variant_builder_add(&builder, "(ii@ay)", pixmap.size, pixmap.size, bytes);
  }
  return g_variant_builder_end(&builder);
}

}  // namespace

struct StatusNotifierItem::Impl {
  std::string theme_path;
  TrayItemCallbacks callbacks;
  std::string bus_name;
  GDBusConnection* bus = nullptr;
  GDBusNodeInfo* node = nullptr;
  guint object_id = 0;
  guint name_id = 0;
  guint watch_id = 0;
  guint tick_id = 0;
  guint retry_id = 0;
  int attempts = 0;
  GCancellable* cancellable = nullptr;
  bool registered = false;
  bool reported = false;  ///< on_host has been told once (a fallback may be needed at once)
  TrayView view;
  std::vector<TrayPixmap> pixmaps;
  std::unique_ptr<TrayDbusMenu> menu;

  GVariant* property(const char* name) const;
  void emit(const char* signal, GVariant* args = nullptr) const;
  void register_with_watcher();
  void registration_failed(const std::string& message);
  void set_registered(bool now_registered);
  void on_method(const char* method, GVariant* params, GDBusMethodInvocation* invocation);
  static void handle_method(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                            const gchar* method, GVariant* params,
                            GDBusMethodInvocation* invocation, gpointer self);
  static GVariant* handle_get(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                              const gchar* name, GError** error, gpointer self);
};

GVariant* StatusNotifierItem::Impl::property(const char* name) const {
  const std::string_view key{name};
  if (key == "Category") return g_variant_new_string("ApplicationStatus");
  if (key == "Id") return g_variant_new_string("io.github.unknot.Unknot");
  if (key == "Title") return g_variant_new_string(view.title.c_str());
  if (key == "Status") return g_variant_new_string(status_of(view.state));
  if (key == "WindowId") return g_variant_new_int32(0);
  if (key == "IconName") return g_variant_new_string(view.icon_name.c_str());
  if (key == "IconThemePath") return g_variant_new_string(theme_path.c_str());
  if (key == "IconPixmap") return pixmaps_variant(pixmaps);
  if (key == "AttentionIconName") return g_variant_new_string("io.github.unknot.Unknot-due");
  if (key == "ToolTip")
    return g_variant_new("(s@a(iiay)ss)", view.icon_name.c_str(), pixmaps_variant({}),
                         view.title.c_str(), view.tooltip.c_str());
  if (key == "Menu") return g_variant_new_object_path(kMenuPath);
  if (key == "ItemIsMenu") return g_variant_new_boolean(FALSE);
  return nullptr;
}

void StatusNotifierItem::Impl::emit(const char* signal, GVariant* args) const {
  g_dbus_connection_emit_signal(bus, nullptr, kItemPath, kItemInterface, signal, args, nullptr);
}

void StatusNotifierItem::Impl::on_method(const char* method, GVariant*,
                                         GDBusMethodInvocation* invocation) {
  const std::string_view name{method};
  g_dbus_method_invocation_return_value(invocation, nullptr);
  // A left click: the break window or the status popover; the host shows
  // the menu itself on a right click, and scrolling means nothing here.
  if ((name == "Activate" || name == "SecondaryActivate") && callbacks.on_action)
    callbacks.on_action(TrayAction{});
}

void StatusNotifierItem::Impl::set_registered(bool now_registered) {
  if (now_registered && !tick_id) {
    tick_id = g_timeout_add_seconds(
        kTickSeconds,
        +[](gpointer self) -> gboolean {
          auto* impl = static_cast<Impl*>(self);
          if (impl->callbacks.on_tick) impl->callbacks.on_tick();
          return G_SOURCE_CONTINUE;
        },
        this);
  } else if (!now_registered && tick_id) {
    g_source_remove(tick_id);
    tick_id = 0;
  }
  if (now_registered == registered && reported) return;
  registered = now_registered;
  reported = true;
  if (callbacks.on_host) callbacks.on_host(registered);
}

void StatusNotifierItem::Impl::registration_failed(const std::string& message) {
  // A watcher takes its name a moment before it exports its object: try
  // again a few times before falling back.
  if (++attempts <= kRetries) {
    retry_id = g_timeout_add(
        kRetryMs,
        +[](gpointer self) -> gboolean {
          auto* impl = static_cast<Impl*>(self);
          impl->retry_id = 0;
          impl->register_with_watcher();
          return G_SOURCE_REMOVE;
        },
        this);
    return;
  }
  attempts = 0;
  log_warn("tray: could not register: " + message);
  set_registered(false);
}

void StatusNotifierItem::Impl::register_with_watcher() {
  if (retry_id) g_source_remove(std::exchange(retry_id, 0));
  g_dbus_connection_call(
      bus, kWatcherName, kWatcherPath, kWatcherName, "RegisterStatusNotifierItem",
      g_variant_new("(s)", bus_name.c_str()), nullptr, G_DBUS_CALL_FLAGS_NONE, 5000, cancellable,
      +[](GObject* source, GAsyncResult* result, gpointer self) {
        GError* error = nullptr;
        GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), result, &error);
        auto* impl = static_cast<Impl*>(self);
        if (!reply) {
          const bool cancelled = g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
          if (!cancelled) impl->registration_failed(error->message);
          g_error_free(error);
          return;
        }
        g_variant_unref(reply);
        impl->attempts = 0;
        impl->set_registered(true);
      },
      this);
}

void StatusNotifierItem::Impl::handle_method(GDBusConnection*, const gchar*, const gchar*,
                                             const gchar*, const gchar* method, GVariant* params,
                                             GDBusMethodInvocation* invocation, gpointer self) {
  static_cast<Impl*>(self)->on_method(method, params, invocation);
}

GVariant* StatusNotifierItem::Impl::handle_get(GDBusConnection*, const gchar*, const gchar*,
                                               const gchar*, const gchar* name, GError** error,
                                               gpointer self) {
  GVariant* value = static_cast<Impl*>(self)->property(name);
  if (!value)
    g_set_error(error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_PROPERTY, "no property %s", name);
  return value;
}

StatusNotifierItem::StatusNotifierItem(std::string icon_theme_path, TrayItemCallbacks callbacks)
    : impl_(std::make_unique<Impl>()) {
  Impl& impl = *impl_;
  impl.theme_path = std::move(icon_theme_path);
  impl.callbacks = std::move(callbacks);
  impl.bus_name = "org.kde.StatusNotifierItem-" + std::to_string(getpid()) + "-1";
  GError* error = nullptr;
  impl.bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
  if (!impl.bus) {
    const std::string message = error->message;
    g_error_free(error);
    throw std::runtime_error("tray: no session bus: " + message);
  }
  impl.cancellable = g_cancellable_new();
  impl.node = g_dbus_node_info_new_for_xml(kIntrospection, nullptr);
  static const GDBusInterfaceVTable vtable{&Impl::handle_method, &Impl::handle_get, nullptr, {}};
  impl.object_id = g_dbus_connection_register_object(impl.bus, kItemPath, impl.node->interfaces[0],
                                                     &vtable, &impl, nullptr, nullptr);
  impl.menu = std::make_unique<TrayDbusMenu>(kMenuPath, [&impl](const TrayAction& action) {
    if (impl.callbacks.on_action) impl.callbacks.on_action(action);
  });
  impl.name_id =
      g_bus_own_name_on_connection(impl.bus, impl.bus_name.c_str(), G_BUS_NAME_OWNER_FLAGS_NONE,
                                   nullptr, nullptr, nullptr, nullptr);
  // Appears at start when a watcher runs, and again each time one
  // (re)starts: the new watcher knows nothing of us until we register.
  impl.watch_id = g_bus_watch_name_on_connection(
      impl.bus, kWatcherName, G_BUS_NAME_WATCHER_FLAGS_NONE,
      +[](GDBusConnection*, const gchar*, const gchar*, gpointer self) {
        static_cast<Impl*>(self)->register_with_watcher();
      },
      +[](GDBusConnection*, const gchar*, gpointer self) {
        auto* impl = static_cast<Impl*>(self);
        if (impl->retry_id) g_source_remove(std::exchange(impl->retry_id, 0));
        impl->attempts = 0;
        impl->set_registered(false);
      },
      &impl, nullptr);
}

StatusNotifierItem::~StatusNotifierItem() {
  Impl& impl = *impl_;
  g_cancellable_cancel(impl.cancellable);
  if (impl.tick_id) g_source_remove(impl.tick_id);
  if (impl.retry_id) g_source_remove(impl.retry_id);
  g_bus_unwatch_name(impl.watch_id);
  g_bus_unown_name(impl.name_id);
  g_dbus_connection_unregister_object(impl.bus, impl.object_id);
  impl.menu.reset();
  g_dbus_node_info_unref(impl.node);
  g_object_unref(impl.cancellable);
  g_dbus_connection_flush_sync(impl.bus, nullptr, nullptr);
  g_object_unref(impl.bus);
}

void StatusNotifierItem::update(const TrayView& view, const std::vector<TrayMenuItem>& menu) {
  Impl& impl = *impl_;
  impl.menu->update(menu);
  if (view == impl.view) return;
  const TrayView old = std::exchange(impl.view, view);
  if (old.icon_name != view.icon_name || impl.pixmaps.empty()) {
    impl.pixmaps = draw_tray_pixmaps(view.state, view.progress);
    impl.emit("NewIcon");
  }
  if (old.title != view.title) impl.emit("NewTitle");
  if (old.tooltip != view.tooltip || old.icon_name != view.icon_name) impl.emit("NewToolTip");
  if (old.state != view.state && std::string_view{status_of(old.state)} != status_of(view.state))
    impl.emit("NewStatus", g_variant_new("(s)", status_of(view.state)));
}

bool StatusNotifierItem::registered() const { return impl_->registered; }

const std::string& StatusNotifierItem::bus_name() const { return impl_->bus_name; }

}  // namespace unknot
