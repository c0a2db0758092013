#include "config/library_builder.hpp"

#include <algorithm>

#include "config/text_values.hpp"

namespace unknot {

void LibraryBuilder::report(Diagnostic::Severity severity, const std::string& path, SourcePos at,
                            std::string message) {
  out_.push_back({path, at.line, at.column, severity, std::move(message)});
}

template <class T>
void LibraryBuilder::put(IdTable<T>& table, T item, Origin origin, std::string_view what) {
  const auto [it, inserted] = table.index.emplace(item.id, table.items.size());
  if (inserted) {
    table.items.push_back(std::move(item));
    table.origins.push_back(std::move(origin));
    return;
  }
  // Same folder: two shipped (or two user) files disagree, which is a mistake;
  // a later folder overriding an earlier one is the feature.
  const Origin& previous = table.origins[it->second];
  if (previous.folder == origin.folder)
    report(Diagnostic::Severity::warning, origin.path, origin.at,
           std::string(what) + " `" + item.id + "` replaces the one in " + previous.path + ":" +
               std::to_string(previous.at.line));
  table.items[it->second] = std::move(item);
  table.origins[it->second] = std::move(origin);
}

template <class T>
bool LibraryBuilder::erase(IdTable<T>& table, const std::string& id) {
  const auto it = table.index.find(id);
  if (it == table.index.end()) return false;
  const std::size_t at = it->second;
  table.items.erase(table.items.begin() + static_cast<std::ptrdiff_t>(at));
  table.origins.erase(table.origins.begin() + static_cast<std::ptrdiff_t>(at));
  table.index.erase(it);
  for (auto& [key, position] : table.index)
    if (position > at) --position;
  return true;
}

void LibraryBuilder::disable(const ParsedDisable& entry, const std::string& path) {
  const bool removed_exercise = erase(exercises_, entry.id);
  const bool removed_routine = erase(routines_, entry.id);
  if (removed_exercise || removed_routine) {
    disabled_[entry.id] = Origin{path, entry.at, 0};
    return;
  }
  std::vector<std::string_view> known;
  for (const auto& e : exercises_.items) known.push_back(e.id);
  for (const auto& r : routines_.items) known.push_back(r.id);
  report(Diagnostic::Severity::warning, path, entry.at,
         "disable: no exercise or routine `" + entry.id + "` was loaded before this file" +
             did_you_mean(entry.id, known));
}

void LibraryBuilder::add(ParsedRoutineFile file, const std::string& path, std::size_t folder) {
  for (auto& parsed : file.exercises)
    put(exercises_, std::move(parsed.exercise), Origin{path, parsed.id_at, folder}, "exercise");
  for (auto& parsed : file.routines)
    put(routines_, std::move(parsed.routine), Origin{path, parsed.id_at, folder}, "routine");
  for (const auto& entry : file.disables) disable(entry, path);
}

Library LibraryBuilder::finish() {
  Library library;
  std::vector<std::string_view> exercise_ids;
  for (const auto& e : exercises_.items) exercise_ids.push_back(e.id);
  for (std::size_t i = 0; i < routines_.items.size(); ++i) {
    Routine& routine = routines_.items[i];
    const Origin& origin = routines_.origins[i];
    bool complete = true;
    for (const std::string& id : routine.exercises) {
      if (exercises_.index.contains(id)) continue;
      complete = false;
      if (auto d = disabled_.find(id); d != disabled_.end()) {
        report(Diagnostic::Severity::warning, d->second.path, d->second.at,
               "disabling `" + id + "` also drops routine `" + routine.id + "` (" + origin.path +
                   "), which uses it");
      } else {
        report(Diagnostic::Severity::error, origin.path, origin.at,
               "routine `" + routine.id + "` names unknown exercise `" + id + "`" +
                   did_you_mean(id, exercise_ids));
      }
    }
    if (complete) library.routines.push_back(std::move(routine));
  }
  library.exercises = std::move(exercises_.items);
  return library;
}

}  // namespace unknot
