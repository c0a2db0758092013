// The settings dialog's lists that come from the routine library.
#include "service/settings_choices.hpp"

#include <catch2/catch.hpp>

using unknot::ExerciseChoice;

namespace {
unknot::Exercise exercise(std::string id, std::string title, std::string equipment) {
  unknot::Exercise e;
  e.id = std::move(id);
  e.title = std::move(title);
  e.equipment = std::move(equipment);
  return e;
}
}  // namespace

TEST_CASE("the dialog offers the library's equipment and its exercises by shown title") {
  unknot::Library library;
  library.exercises = {exercise("wall-angels", "Wall angels", "wall"),
                       exercise("chin-tuck", "Chin tuck", "none"),
                       exercise("ball-press", "Tennis-ball press", "tennis-ball"),
                       exercise("wall-slide", "Wall slide", "wall")};
  library.exercises[1].translations["de"]["title"] = "Kinn einziehen";
  unknot::SettingsReply reply;
  add_library_choices(reply, library, {"de"});
  CHECK(reply.equipment == std::vector<std::string>{"tennis-ball", "wall"});  // no "none"
  REQUIRE(reply.exercises.size() == 4);
  CHECK(reply.exercises[0] == ExerciseChoice{"chin-tuck", "Kinn einziehen"});
  CHECK(reply.exercises[1] == ExerciseChoice{"ball-press", "Tennis-ball press"});
  CHECK(reply.exercises[3] == ExerciseChoice{"wall-slide", "Wall slide"});

  add_library_choices(reply, library, {});
  CHECK(reply.exercises[0] == ExerciseChoice{"chin-tuck", "Chin tuck"});
  CHECK(reply.exercises.size() == 4);  // filled afresh, not appended
}
