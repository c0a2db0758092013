#include "config/library_builder.hpp"

#include <algorithm>
#include <set>

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
    disabled_[entry.id] = Origin{path, entry.at, 0, {}, {}};
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
    put(exercises_, std::move(parsed.exercise),
        Origin{path, parsed.id_at, folder, std::move(parsed.notes_at), {}}, "exercise");
  for (auto& parsed : file.routines)
    put(routines_, std::move(parsed.routine),
        Origin{path, parsed.id_at, folder, {}, std::move(parsed.slots_at)}, "routine");
  for (auto& note : file.notes) {
    const SourcePos at = note.id_at;
    put(notes_, std::move(note), Origin{path, at, folder, {}, {}}, "note");
  }
  for (const auto& entry : file.disables) disable(entry, path);
}

namespace {

/// `caution` + " " + `note`, or whichever of them is not empty.
std::string joined(const std::string& caution, const std::string& note) {
  return caution.empty() ? note : caution + " " + note;
}

/// The note's text appended to the exercise's caution, language by language
/// (a language one of them lacks falls back to the English of that one).
void append_note(Exercise& e, const ParsedNote& note) {
  std::set<std::string> languages;
  for (const auto& [lang, texts] : e.translations)
    if (texts.contains("caution")) languages.insert(lang);
  for (const auto& [lang, text] : note.translations) languages.insert(lang);
  for (const std::string& lang : languages) {
    auto& texts = e.translations[lang];
    const auto own = texts.find("caution");
    const auto in_note = note.translations.find(lang);
    texts["caution"] = joined(own != texts.end() ? own->second : e.caution,
                              in_note != note.translations.end() ? in_note->second : note.text);
  }
  e.caution = joined(e.caution, note.text);
}

}  // namespace

std::vector<std::string> LibraryBuilder::apply_notes() {
  std::vector<std::string_view> note_ids;
  for (const auto& n : notes_.items) note_ids.push_back(n.id);
  std::vector<std::string> broken;
  for (std::size_t i = 0; i < exercises_.items.size(); ++i) {
    Exercise& e = exercises_.items[i];
    const Origin& origin = exercises_.origins[i];
    for (std::size_t j = 0; j < e.notes.size(); ++j) {
      const auto it = notes_.index.find(e.notes[j]);
      if (it != notes_.index.end()) {
        append_note(e, notes_.items[it->second]);
        continue;
      }
      const SourcePos at = j < origin.notes_at.size() ? origin.notes_at[j] : origin.at;
      report(Diagnostic::Severity::error, origin.path, at,
             "exercise `" + e.id + "` names unknown note `" + e.notes[j] + "`" +
                 did_you_mean(e.notes[j], note_ids) + " (exercise left out)");
      broken.push_back(e.id);
    }
  }
  for (const std::string& id : broken) erase(exercises_, id);
  return broken;
}

bool LibraryBuilder::check_routine(const Routine& routine, const Origin& origin,
                                   const std::vector<std::string>& broken) {
  std::vector<std::string_view> exercise_ids;
  for (const auto& e : exercises_.items) exercise_ids.push_back(e.id);
  bool complete = true;
  for (std::size_t slot = 0; slot < routine.exercises.size(); ++slot) {
    const auto& options = routine.exercises[slot].options;
    for (std::size_t k = 0; k < options.size(); ++k) {
      const std::string& id = options[k];
      if (exercises_.index.contains(id)) continue;
      complete = false;
      const SourcePos at = slot < origin.slots_at.size() && k < origin.slots_at[slot].size()
                               ? origin.slots_at[slot][k]
                               : origin.at;
      if (auto d = disabled_.find(id); d != disabled_.end()) {
        report(Diagnostic::Severity::warning, d->second.path, d->second.at,
               "disabling `" + id + "` also drops routine `" + routine.id + "` (" + origin.path +
                   "), which uses it");
      } else if (std::find(broken.begin(), broken.end(), id) != broken.end()) {
        report(Diagnostic::Severity::warning, origin.path, at,
               "routine `" + routine.id + "` is left out with exercise `" + id + "`");
      } else {
        report(Diagnostic::Severity::error, origin.path, at,
               "routine `" + routine.id + "` names unknown exercise `" + id + "`" +
                   did_you_mean(id, exercise_ids));
      }
    }
  }
  return complete;
}

Library LibraryBuilder::finish() {
  Library library;
  const std::vector<std::string> broken = apply_notes();
  for (std::size_t i = 0; i < routines_.items.size(); ++i)
    if (check_routine(routines_.items[i], routines_.origins[i], broken))
      library.routines.push_back(std::move(routines_.items[i]));
  library.exercises = std::move(exercises_.items);
  return library;
}

}  // namespace unknot
