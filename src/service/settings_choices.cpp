#include "service/settings_choices.hpp"

#include <algorithm>
#include <set>

#include "core/language.hpp"

namespace unknot {

void add_library_choices(SettingsReply& reply, const Library& library,
                         const std::vector<std::string>& languages) {
  std::set<std::string> equipment;
  reply.exercises.clear();
  for (const Exercise& e : library.exercises) {
    if (!e.equipment.empty() && e.equipment != "none") equipment.insert(e.equipment);
    reply.exercises.push_back({e.id, translated_field(e, "title", languages)});
  }
  reply.equipment.assign(equipment.begin(), equipment.end());
  // By title, as the list shows them; ids break ties so the order is stable.
  std::sort(reply.exercises.begin(), reply.exercises.end(),
            [](const ExerciseChoice& a, const ExerciseChoice& b) {
              return a.title != b.title ? a.title < b.title : a.id < b.id;
            });
}

}  // namespace unknot
