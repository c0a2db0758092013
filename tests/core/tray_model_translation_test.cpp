// The tray model takes its words from a Translator (core cannot use gettext):
// every text a user reads must pass through it, none may stay English.
#include <catch2/catch.hpp>

#include "core/tray_model.hpp"
#include "support/sim_clock.hpp"

using namespace std::chrono_literals;

namespace {

/// Marks every looked-up text, "«Pause»", and counts plural look-ups.
struct MarkingTranslator {
  int plurals = 0;
  unknot::Translator get() {
    unknot::Translator tr;
    tr.text = [](const char* msgid) { return "\u00ab" + std::string(msgid) + "\u00bb"; };
    tr.plural_text = [this](const char* one, const char* many, unsigned long n) {
      ++plurals;
      return "\u00ab" + std::string(n == 1 ? one : many) + "\u00bb";
    };
    return tr;
  }
};

unknot::TrayFacts working() {
  unknot::TrayFacts facts;
  facts.status.state = unknot::State::active;
  facts.status.next_break = unknot::NextBreak{unknot::BreakKind::micro, 12min};
  facts.status.sitting = 38min;
  facts.micro_every = 20min;
  facts.rest_every = 50min;
  return facts;
}

void check_all_marked(const std::vector<unknot::TrayMenuItem>& items) {
  for (const auto& item : items) {
    if (item.type == unknot::TrayMenuItem::Type::separator) continue;
    INFO(item.id << ": " << item.label);
    CHECK(item.label.rfind("\u00ab", 0) == 0);
    check_all_marked(item.children);
  }
}

}  // namespace

TEST_CASE("every tray menu label goes through the translator") {
  unknot::test::SimClock clock;
  MarkingTranslator marking;
  check_all_marked(unknot::tray_menu(working(), clock.now(), "07:00", marking.get()));
  CHECK(marking.plurals == 0);  // "30 min", "1 h": abbreviations, no plural forms
}

TEST_CASE("the tooltip is built from translated pieces, numbers filled in") {
  unknot::test::SimClock clock;
  MarkingTranslator marking;
  const auto view = unknot::tray_view(working(), clock.now(), marking.get());
  CHECK(view.tooltip ==
        "\u00abNext: micro break in \u00ab12 min\u00bb\u00bb \u00b7 "
        "\u00absitting \u00ab38 min\u00bb\u00bb");
  CHECK(view.status_line == view.tooltip);
}

TEST_CASE("without a translator the tray stays English") {
  unknot::test::SimClock clock;
  CHECK(unknot::tray_view(working(), clock.now()).tooltip ==
        "Next: micro break in 12 min \u00b7 sitting 38 min");
}
