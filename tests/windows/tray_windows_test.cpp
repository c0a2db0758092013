// The tray on Windows: the pure tray model's menu as a real Win32 popup
// menu, the icons compiled in as resources, clicks and choices as actions.
#include "platform/tray_windows.hpp"

#include <catch2/catch.hpp>
#include <windows.h>

#include "core/tray_model.hpp"
#include "support/sim_clock.hpp"

using namespace std::chrono_literals;
using unknot::TrayAction;
using unknot::TrayActionKind;
using unknot::TrayMenuItem;

namespace {

unknot::TrayFacts working() {
  unknot::TrayFacts facts;
  facts.micro_every = 20min;
  facts.rest_every = 60min;
  facts.status.next_break = unknot::NextBreak{unknot::BreakKind::micro, 12min};
  facts.status.sitting = 38min;
  facts.focus_areas = {"neck"};
  return facts;
}

std::wstring label_of(HMENU menu, UINT position) {
  wchar_t text[256] = {};
  MENUITEMINFOW info{};
  info.cbSize = sizeof info;
  info.fMask = MIIM_STRING;
  info.dwTypeData = text;
  info.cch = 255;
  GetMenuItemInfoW(menu, position, TRUE, &info);
  return text;
}

UINT state_of(HMENU menu, UINT position) {
  MENUITEMINFOW info{};
  info.cbSize = sizeof info;
  info.fMask = MIIM_STATE;
  GetMenuItemInfoW(menu, position, TRUE, &info);
  return info.fState;
}

/// The position of the top-level entry labelled `label`.
int find_label(HMENU menu, const std::wstring& label) {
  for (int i = 0; i < GetMenuItemCount(menu); ++i)
    if (label_of(menu, static_cast<UINT>(i)) == label) return i;
  return -1;
}

}  // namespace

TEST_CASE("the popup menu has the tray model's entries, states and submenus", "[tray][windows]") {
  unknot::test::SimClock clock;
  const auto items = unknot::tray_menu(working(), clock.now(), "08:00");
  std::vector<TrayAction> actions;
  HMENU menu = unknot::build_tray_menu(items, actions);
  REQUIRE(GetMenuItemCount(menu) == static_cast<int>(items.size()));
  // The status line is shown but cannot be chosen.
  CHECK(label_of(menu, 0) == unknot::win32_menu_label(items[0].label));
  CHECK((state_of(menu, 0) & MFS_DISABLED) != 0);
  // "Pause" opens its submenu of durations.
  const int pause = find_label(menu, L"Pause");
  REQUIRE(pause >= 0);
  HMENU pause_menu = GetSubMenu(menu, pause);
  REQUIRE(pause_menu != nullptr);
  CHECK(GetMenuItemCount(pause_menu) >= 5);
  CHECK(label_of(pause_menu, 0) == L"30 min");
  // "I'm in a meeting" is a check item, unchecked while not in one.
  const int meeting = find_label(menu, L"I'm in a meeting");
  REQUIRE(meeting >= 0);
  CHECK((state_of(menu, static_cast<UINT>(meeting)) & MFS_CHECKED) == 0);
  DestroyMenu(menu);
}

TEST_CASE("choosing a menu entry gives its action, a left click the activation",
          "[tray][windows]") {
  unknot::MessageWindow window;
  unknot::WindowsTray tray(window);
  std::vector<TrayAction> chosen;
  tray.on_action([&](const TrayAction& action) { chosen.push_back(action); });
  unknot::test::SimClock clock;
  const auto facts = working();
  tray.update(unknot::tray_view(facts, clock.now()),
              unknot::tray_menu(facts, clock.now(), "08:00"));
  // What TrackPopupMenuEx returns for "Pause > 30 min" in the popup built
  // from the same model.
  std::vector<TrayAction> actions;
  HMENU menu = unknot::build_tray_menu(unknot::tray_menu(facts, clock.now(), "08:00"), actions);
  const UINT thirty = GetMenuItemID(GetSubMenu(menu, find_label(menu, L"Pause")), 0);
  DestroyMenu(menu);
  tray.choose(thirty);
  tray.choose(0);  // the popup dismissed: nothing
  // A left click on the icon (version 4: the event in LOWORD(lparam)).
  SendMessageW(window.handle(), tray.callback_message(), 0, MAKELPARAM(NIN_SELECT, 1));
  REQUIRE(chosen.size() == 2);
  CHECK(chosen[0].kind == TrayActionKind::pause_for);
  CHECK(chosen[0].duration == 30min);
  CHECK(chosen[1].kind == TrayActionKind::activate);
}

TEST_CASE("the tooltip is the model's, cut to what the shell holds", "[tray][windows]") {
  unknot::MessageWindow window;
  unknot::WindowsTray tray(window);
  unknot::TrayView view;
  view.icon_name = "io.github.unknot.Unknot-working-2";
  view.tooltip = "Next: micro break in 12 min · sitting 38 min";
  tray.update(view, {});
  CHECK(tray.tooltip() == L"Next: micro break in 12 min \u00b7 sitting 38 min");
  view.tooltip = std::string(300, 'x');
  tray.update(view, {});
  CHECK(tray.tooltip().size() == 127);
}

TEST_CASE("every icon state is compiled in as a resource", "[tray][windows]") {
  for (const char* state : {"working-0", "working-1", "working-2", "working-3", "working-4", "due",
                            "paused", "meeting", "off"}) {
    const std::wstring name =
        unknot::tray_icon_resource(std::string{"io.github.unknot.Unknot-"} + state);
    INFO(state);
    HANDLE icon = LoadImageW(GetModuleHandleW(nullptr), name.c_str(), IMAGE_ICON, 16, 16, 0);
    CHECK(icon != nullptr);
    if (icon != nullptr) DestroyIcon(static_cast<HICON>(icon));
  }
  CHECK(unknot::tray_icon_resource("io.github.unknot.Unknot-working-3") == L"TRAY_WORKING_3");
}

TEST_CASE("menu labels keep a literal ampersand and stay within the limit", "[tray][windows]") {
  CHECK(unknot::win32_menu_label("Neck & shoulders") == L"Neck && shoulders");
  CHECK(unknot::win32_menu_label(std::string(300, 'a')).size() == 255);
}
