// What a German or French user reads in the daemon's tray (StatusNotifierItem
// tooltip and menu): the tray model's words through gettext and the compiled
// catalogs in <build>/share/locale.
#include <clocale>
#include <cstdlib>
#include <optional>

#include <catch2/catch.hpp>

#include "core/tray_model.hpp"
#include "platform/i18n.hpp"
#include "support/locale_scope.hpp"
#include "support/sim_clock.hpp"

using namespace std::chrono_literals;

using unknot::test::LocaleScope;

namespace {

unknot::TrayFacts working() {
  unknot::TrayFacts facts;
  facts.status.next_break = unknot::NextBreak{unknot::BreakKind::micro, 12min};
  facts.status.sitting = 38min;
  facts.micro_every = 20min;
  return facts;
}

const unknot::TrayMenuItem* find(const std::vector<unknot::TrayMenuItem>& items,
                                 const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
    if (const auto* inner = find(item.children, id)) return inner;
  }
  return nullptr;
}

std::string label_of(const std::vector<unknot::TrayMenuItem>& menu, const std::string& id) {
  const auto* item = find(menu, id);
  REQUIRE(item != nullptr);
  return item->label;
}

}  // namespace

TEST_CASE("with LANGUAGE=de the tray's tooltip and menu are German") {
  const LocaleScope german("de");
  unknot::test::SimClock clock;
  const auto tr = unknot::gettext_translator();
  CHECK(unknot::tray_view(working(), clock.now(), tr).tooltip ==
        "Nächste: Kurzpause in 12 Min. · sitzend seit 38 Min.");
  const auto menu = unknot::tray_menu(working(), clock.now(), "07:00", tr);
  CHECK(label_of(menu, "break") == "Jetzt eine Pause machen");
  CHECK(label_of(menu, "break.rest") == "Erholungspause");
  CHECK(label_of(menu, "pause") == "Pausieren");
  CHECK(label_of(menu, "pause.30m") == "30 Min.");
  CHECK(label_of(menu, "pause.2h") == "2 Std.");
  CHECK(label_of(menu, "focus.lower-back") == "Unterer Rücken");
  CHECK(label_of(menu, "quit") == "Beenden");
}

TEST_CASE("with LANGUAGE=fr the tray speaks French, and a paused tray says until when") {
  const LocaleScope french("fr");
  unknot::test::SimClock clock;
  const auto tr = unknot::gettext_translator();
  auto facts = working();
  facts.status.paused = true;
  facts.status.state = unknot::State::paused;
  facts.status.paused_until = clock.now().wall + 90min;
  const auto view = unknot::tray_view(facts, clock.now(), tr);
  CHECK(view.tooltip.rfind("En pause jusqu’à ", 0) == 0);
  CHECK(label_of(unknot::tray_menu(facts, clock.now(), "07:00", tr), "skip") ==
        "Passer la prochaine pause");
}

TEST_CASE("in the plain C locale the tray stays English whatever LANGUAGE says") {
  unknot::test::SimClock clock;
  const char* saved = std::getenv("LC_ALL");
  const std::optional<std::string> lc_all =
      saved ? std::optional<std::string>(saved) : std::nullopt;
  ::setenv("LC_ALL", "C", 1);
  ::setenv("LANGUAGE", "de", 1);
  unknot::setup_translations();
  const auto tooltip =
      unknot::tray_view(working(), clock.now(), unknot::gettext_translator()).tooltip;
  ::unsetenv("LANGUAGE");
  if (lc_all)
    ::setenv("LC_ALL", lc_all->c_str(), 1);
  else
    ::unsetenv("LC_ALL");
  std::setlocale(LC_MESSAGES, "");
  CHECK(tooltip == "Next: micro break in 12 min · sitting 38 min");
}
