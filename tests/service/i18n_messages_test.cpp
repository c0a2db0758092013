// What a German or French user reads: break notifications with the exercise
// in their language, and unknotctl's output from the compiled catalogs
// (<build>/share/locale, built by the unknot_translations target).
#include <clocale>
#include <cstdlib>
#include <optional>
#include <sstream>

#include <catch2/catch.hpp>

#include "config/routine_loader.hpp"
#include "ctl/ctl_format.hpp"
#include "ctl/ctl_run.hpp"
#include "platform/i18n.hpp"
#include "service/break_message.hpp"
#include "support/control_harness.hpp"
#include "support/locale_scope.hpp"

using namespace std::chrono_literals;
using nlohmann::json;

using unknot::test::LocaleScope;

namespace {

const unknot::Library& shipped() {
  static const unknot::Library library =
      unknot::load_library({UNKNOT_SOURCE_DIR "/config/routines"}).library;
  return library;
}

unknot::BreakPlan plan_of(const char* id) {
  const unknot::Exercise* e = shipped().find_exercise(id);
  REQUIRE(e != nullptr);
  unknot::BreakPlan plan;
  plan.title = e->title;
  plan.exercises = {e};
  return plan;
}

const unknot::BreakDue kDue{unknot::BreakKind::micro, 50min, false, 0s, 0, true, true};

const json kStatus = {{"state", "active"},
                      {"next_break", {{"kind", "micro"}, {"in_s", 720}}},
                      {"sitting_s", 38 * 60},
                      {"paused", false}};

}  // namespace

TEST_CASE("a break notification shows the exercise and its prompt in the user's language") {
  const auto plan = plan_of("neck-side-tilt");
  const auto german = unknot::due_message(kDue, plan, {"de"});
  CHECK(german.summary == "Nacken seitlich neigen");
  CHECK(german.body.starts_with("Neig das Ohr zur Schulter, 15 Sekunden pro Seite\n"));
  const auto french = unknot::due_message(kDue, plan, {"fr"});
  CHECK(french.summary == "Inclinaison latérale de la tête");
  CHECK(french.body.starts_with("Inclinez l’oreille vers l’épaule, 15 secondes de chaque côté\n"));
  // A language without texts, or none at all, reads English; the prompt states
  // the action, where the first step only set it up ("Sit tall...").
  CHECK(unknot::due_message(kDue, plan, {"es"}).summary == "Neck side tilt");
  const auto english = unknot::due_message(kDue, plan, {});
  CHECK(english.body.starts_with("Tilt your ear toward your shoulder, 15 seconds each side\n"));
  CHECK(english.body.find("Sit tall") == std::string::npos);
}

TEST_CASE("the running break and the warning use the translated steps and caution") {
  const auto plan = plan_of("chin-tucks");
  const auto running =
      unknot::running_message({unknot::BreakKind::micro, 30s}, plan, false, {"fr"});
  CHECK(running.body.find("1. Asseyez-vous bien droit") != std::string::npos);
  CHECK(running.body.find("4. Revenez doucement en position neutre") != std::string::npos);
  CHECK(running.body.find("Gardez un mouvement petit et fluide") != std::string::npos);
  CHECK(running.body.find("Sit tall") == std::string::npos);
  const auto warning = unknot::warning_message({unknot::BreakKind::micro, 30s}, plan, {"de"});
  CHECK(warning.body.find("Kinn zurückziehen") != std::string::npos);
}

TEST_CASE("with LANGUAGE=de the notification's words come from the German catalog") {
  LocaleScope german("de", "C.UTF-8");
  const auto msg = unknot::due_message(kDue, plan_of("neck-side-tilt"), {"de"});
  CHECK(msg.body.find("Kurzpause · sitzend seit 50 Min.") != std::string::npos);
  REQUIRE(msg.actions.size() == 4);
  CHECK(msg.actions[1] == std::pair<std::string, std::string>{"start", "Starten"});
  CHECK(msg.actions[3] == std::pair<std::string, std::string>{"skip", "Überspringen"});
}

TEST_CASE("with LANGUAGE=fr unknotctl status and stats speak French") {
  LocaleScope french("fr", "C.UTF-8");
  CHECK(unknot::format_status_line(kStatus) == "prochaine micro-pause dans 12m · assis depuis 38m");
  unknot::test::ServerHarness server([](const unknot::control::Request& request) {
    if (request.command == unknot::control::Command::stats)
      return unknot::control::Reply::success({{"days", json::array()}});
    return unknot::control::Reply::success(kStatus);
  });
  std::ostringstream out, err;
  CHECK(unknot::ctl_main({"status"}, "9.9.9", out, err) == 0);
  CHECK(out.str() == "prochaine micro-pause dans 12m · assis depuis 38m\n");
  out.str("");
  CHECK(unknot::ctl_main({"stats"}, "9.9.9", out, err) == 0);
  const std::string header = out.str().substr(0, out.str().find('\n'));
  CHECK(header.starts_with("Date "));
  for (const char* column :
       {"Prises", "Naturelles", "Reportées", "Passées", "Plus longue station assise"})
    CHECK(header.find(column) != std::string::npos);
}

TEST_CASE("with LANGUAGE=de unknotctl says in German that the daemon is not running") {
  unknot::test::TempHome home;
  LocaleScope german("de", "C.UTF-8");
  std::ostringstream out, err;
  CHECK(unknot::ctl_main({"status"}, "9.9.9", out, err) == 3);
  CHECK(err.str() == "unknotctl: unknot läuft nicht\n");
}

TEST_CASE("in the plain C locale the output stays English whatever LANGUAGE says") {
  LocaleScope plain_c("de", "C");
  CHECK(unknot::format_status_line(kStatus) == "next: micro break in 12m · sitting 38m");
}
