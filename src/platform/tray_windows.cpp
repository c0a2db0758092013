#include "platform/tray_windows.hpp"

#include <cwchar>

#include <windowsx.h>

#include "platform/log.hpp"
#include "platform/win32_text.hpp"

namespace unknot {

namespace {

constexpr UINT kIconId = 1;
constexpr std::string_view kIconPrefix = "io.github.unknot.Unknot-";

/// Cuts `text` to `limit` UTF-16 units without splitting a surrogate pair.
std::wstring cut(std::wstring text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  if (end > 0 && text[end - 1] >= 0xD800 && text[end - 1] <= 0xDBFF) --end;
  text.resize(end);
  return text;
}

HICON load_icon(const std::string& icon_name) {
  const std::wstring resource = tray_icon_resource(icon_name);
  // The small-icon size of this DPI; the .ico holds 16 to 48 px images.
  auto* icon = static_cast<HICON>(LoadImageW(GetModuleHandleW(nullptr), resource.c_str(),
                                             IMAGE_ICON, GetSystemMetrics(SM_CXSMICON),
                                             GetSystemMetrics(SM_CYSMICON), LR_DEFAULTCOLOR));
  return icon;
}

void append_items(HMENU menu, const std::vector<TrayMenuItem>& items,
                  std::vector<TrayAction>& actions) {
  for (const TrayMenuItem& item : items) {
    if (item.type == TrayMenuItem::Type::separator) {
      AppendMenuW(menu, MF_SEPARATOR, 0, nullptr);
      continue;
    }
    const std::wstring label = win32_menu_label(item.label);
    UINT flags = MF_STRING | (item.enabled ? MF_ENABLED : MF_GRAYED);
    if (item.type == TrayMenuItem::Type::submenu) {
      HMENU sub = CreatePopupMenu();
      append_items(sub, item.children, actions);
      AppendMenuW(menu, flags | MF_POPUP, reinterpret_cast<UINT_PTR>(sub), label.c_str());
      continue;
    }
    if (item.type == TrayMenuItem::Type::check && item.checked) flags |= MF_CHECKED;
    UINT_PTR id = 0;  // no action (the status line): never chosen
    if (item.action) {
      actions.push_back(*item.action);
      id = actions.size();
    }
    AppendMenuW(menu, flags, id, label.c_str());
  }
}

}  // namespace

std::wstring tray_icon_resource(const std::string& icon_name) {
  std::string state = icon_name.rfind(kIconPrefix, 0) == 0 ? icon_name.substr(kIconPrefix.size())
                                                           : std::string{"working-0"};
  std::wstring resource = L"TRAY_";
  for (char c : state) resource.push_back(c == '-' ? L'_' : static_cast<wchar_t>(std::toupper(c)));
  return resource;
}

std::wstring win32_menu_label(const std::string& label, std::size_t limit) {
  std::wstring escaped;
  for (wchar_t c : win32::widen(label)) {
    if (c == L'&') escaped.push_back(L'&');
    escaped.push_back(c);
  }
  return cut(std::move(escaped), limit);
}

HMENU build_tray_menu(const std::vector<TrayMenuItem>& items, std::vector<TrayAction>& actions) {
  HMENU menu = CreatePopupMenu();
  actions.clear();
  append_items(menu, items, actions);
  return menu;
}

WindowsTray::WindowsTray(MessageWindow& window)
    : window_(window),
      callback_message_(window.private_message()),
      taskbar_created_(RegisterWindowMessageW(L"TaskbarCreated")) {
  callback_handler_ =
      window_.add(callback_message_, [this](WPARAM wparam, LPARAM lparam, LRESULT&) {
        on_icon_message(lparam, wparam);
        return true;
      });
  // Explorer restarted (or started after us): the icon must be added again.
  taskbar_handler_ = window_.add(taskbar_created_, [this](WPARAM, LPARAM, LRESULT&) {
    if (icon_ != nullptr) shown_ = add_icon();
    return true;
  });
}

WindowsTray::~WindowsTray() {
  window_.remove(callback_handler_);
  window_.remove(taskbar_handler_);
  if (shown_) {
    NOTIFYICONDATAW data = icon_data(0);
    Shell_NotifyIconW(NIM_DELETE, &data);
  }
  if (icon_ != nullptr) DestroyIcon(icon_);
}

NOTIFYICONDATAW WindowsTray::icon_data(UINT flags) const {
  NOTIFYICONDATAW data{};
  data.cbSize = sizeof data;
  data.hWnd = window_.handle();
  data.uID = kIconId;
  data.uFlags = flags;
  data.uCallbackMessage = callback_message_;
  data.hIcon = icon_;
  std::wcsncpy(data.szTip, tooltip_.c_str(), sizeof data.szTip / sizeof data.szTip[0] - 1);
  data.uVersion = NOTIFYICON_VERSION_4;
  return data;
}

bool WindowsTray::add_icon() {
  NOTIFYICONDATAW data = icon_data(NIF_MESSAGE | NIF_ICON | NIF_TIP | NIF_SHOWTIP);
  if (!Shell_NotifyIconW(NIM_ADD, &data)) return false;
  Shell_NotifyIconW(NIM_SETVERSION, &data);
  return true;
}

void WindowsTray::update(const TrayView& view, std::vector<TrayMenuItem> menu) {
  menu_ = std::move(menu);
  // The command ids of this menu, as the popup will number them.
  DestroyMenu(build_tray_menu(menu_, actions_));
  // szTip holds 128 units with its terminator.
  tooltip_ = cut(win32::widen(view.tooltip), 127);
  if (HICON icon = load_icon(view.icon_name)) {
    if (icon_ != nullptr) DestroyIcon(icon_);
    icon_ = icon;
  }
  if (!shown_) {
    shown_ = add_icon();
    if (!shown_) log_debug("tray: the shell has no notification area yet");
    return;
  }
  NOTIFYICONDATAW data = icon_data(NIF_ICON | NIF_TIP | NIF_SHOWTIP);
  Shell_NotifyIconW(NIM_MODIFY, &data);
}

void WindowsTray::on_action(std::function<void(const TrayAction&)> callback) {
  on_action_ = std::move(callback);
}

void WindowsTray::choose(UINT id) {
  if (id == 0 || id > actions_.size() || !on_action_) return;
  on_action_(actions_[id - 1]);
}

void WindowsTray::on_icon_message(LPARAM lparam, WPARAM wparam) {
  // Version 4: the event in LOWORD(lparam), the anchor point in wparam.
  switch (LOWORD(lparam)) {
    case NIN_SELECT:
    case NIN_KEYSELECT:
    case WM_LBUTTONUP:
      if (on_action_) {
        TrayAction activate;
        activate.kind = TrayActionKind::activate;
        on_action_(activate);
      }
      break;
    case WM_CONTEXTMENU:
      show_menu(GET_X_LPARAM(wparam), GET_Y_LPARAM(wparam));
      break;
    case NIN_BALLOONUSERCLICK:
    case NIN_BALLOONTIMEOUT:
    case NIN_BALLOONHIDE:
      if (on_balloon_) on_balloon_(LOWORD(lparam));
      break;
    default:
      break;
  }
}

void WindowsTray::show_menu(int x, int y) {
  HMENU menu = build_tray_menu(menu_, actions_);
  // Without the foreground, the menu would not close on a click elsewhere.
  SetForegroundWindow(window_.handle());
  const UINT id = static_cast<UINT>(
      TrackPopupMenuEx(menu, TPM_RETURNCMD | TPM_NONOTIFY | TPM_RIGHTBUTTON | TPM_BOTTOMALIGN, x, y,
                       window_.handle(), nullptr));
  PostMessageW(window_.handle(), WM_NULL, 0, 0);
  DestroyMenu(menu);
  choose(id);
}

}  // namespace unknot
