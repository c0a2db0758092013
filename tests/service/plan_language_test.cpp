// The plan the break window shows carries the exercise in the user's
// language: the window has no routine files, only what the daemon sends.
#include <catch2/catch.hpp>

#include "service/plan_builder.hpp"

using namespace std::chrono_literals;

namespace {

/// The plan reply as it goes over the wire (null when no break is due or running).
nlohmann::json plan_to_json(
    const unknot::BreakPlan* plan, const unknot::Status& status, const unknot::Settings& settings,
    unknot::PlanToday today, const unknot::ImageResolver& resolve_image,
    const std::vector<std::string>& languages = unknot::process_languages()) {
  const auto reply =
      unknot::make_plan_reply(plan, status, settings, today, resolve_image, languages);
  return reply ? nlohmann::json(*reply) : nlohmann::json(nullptr);
}

unknot::Exercise wrist_circles() {
  unknot::Exercise e;
  e.id = "wrist-circles";
  e.title = "Wrist circles";
  e.duration = 20s;
  e.steps = {"Make loose fists.", "Circle both wrists."};
  e.caution = "Keep it easy.";
  e.translations["de"] = {{"title", "Handgelenke kreisen"},
                          {"steps", "Mach lockere Fäuste.\nKreise beide Handgelenke."},
                          {"caution", "Bleib locker."}};
  return e;
}

unknot::Status running_micro() {
  unknot::Status status;
  status.on_break = unknot::BreakKind::micro;
  status.break_remaining = 20s;
  return status;
}

std::string no_images(std::string_view) { return {}; }

}  // namespace

TEST_CASE("for a German user the plan's exercise and title are German") {
  const auto e = wrist_circles();
  const unknot::BreakPlan plan{unknot::BreakKind::micro, "", e.title, {&e}, ""};
  const auto json = plan_to_json(&plan, running_micro(), unknot::Settings{}, {}, no_images, {"de"});
  CHECK(json["title"] == "Handgelenke kreisen");
  const auto& shown = json["exercises"][0];
  CHECK(shown["title"] == "Handgelenke kreisen");
  CHECK(shown["steps"] == nlohmann::json({"Mach lockere Fäuste.", "Kreise beide Handgelenke."}));
  CHECK(shown["caution"] == "Bleib locker.");
}

TEST_CASE("a language the exercise lacks falls back to its English texts") {
  const auto e = wrist_circles();
  const unknot::BreakPlan plan{unknot::BreakKind::micro, "", e.title, {&e}, ""};
  const auto json = plan_to_json(&plan, running_micro(), unknot::Settings{}, {}, no_images, {"fr"});
  CHECK(json["title"] == "Wrist circles");
  CHECK(json["exercises"][0]["steps"][1] == "Circle both wrists.");
  CHECK(json["exercises"][0]["caution"] == "Keep it easy.");
}

TEST_CASE("a rest break's routine title comes in the user's language") {
  const auto e = wrist_circles();
  unknot::Library library;
  unknot::Routine routine;
  routine.id = "desk-reset";
  routine.title = "Desk reset";
  routine.translations["de"]["title"] = "Neustart am Schreibtisch";
  library.routines.push_back(routine);
  const unknot::BreakPlan picked{unknot::BreakKind::rest, "desk-reset", "Desk reset", {&e}, ""};

  CHECK(unknot::with_routine_title(picked, library, {"de"}).title == "Neustart am Schreibtisch");
  CHECK(unknot::with_routine_title(picked, library, {"fr"}).title == "Desk reset");
  CHECK(unknot::with_routine_title(picked, unknot::Library{}, {"de"}).title == "Desk reset");
}
