#include "config/config_reminders.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "config/text_values.hpp"

namespace unknot {

namespace {
using namespace std::chrono_literals;

constexpr std::array<std::string_view, 6> kKeys{"id",    "title",  "body",
                                                "every", "counts", "meetings"};

/// One [[reminder]] table; false when it has an error and is left out.
bool read_one(ValueReader& r, const toml::table& table, ReminderSettings& out) {
  bool ok = true;
  for (auto&& [key, node] : table) {
    const std::string_view name = key.str();
    const std::string dotted = "reminder." + std::string(name);
    if (name == "id" || name == "title" || name == "body") {
      const auto text = r.string(node, dotted);
      ok = ok && text;
      if (!text) continue;
      (name == "id" ? out.id : name == "title" ? out.title : out.body) = *text;
    } else if (name == "every") {
      const auto every = r.duration(node, dotted);
      ok = ok && every;
      if (every) out.every = *every;
      if (every && *every < 1min)
        r.warning(node.source(), dotted + " is under a minute; the reminder would nag");
    } else if (name == "counts") {
      const auto i = r.choice(node, dotted, reminder_counts_names());
      ok = ok && i;
      if (i) out.counts = static_cast<ReminderCounts>(*i);
    } else if (name == "meetings") {
      const auto i = r.choice(node, dotted, reminder_meetings_names());
      ok = ok && i;
      if (i) out.meetings = static_cast<ReminderMeetings>(*i);
    } else {
      r.warning(key.source(), "unknown key `" + std::string(name) + "` in [[reminder]]" +
                                  did_you_mean(name, kKeys));
    }
  }
  if (ok && out.id.empty()) {
    r.error(table.source(), "[[reminder]] needs an `id` (a non-empty string)");
    ok = false;
  }
  return ok;
}

}  // namespace

void read_reminders(ValueReader& r, const toml::node& node,
                    std::vector<ReminderSettings>& reminders) {
  const auto* array = node.as_array();
  if (!array || !array->is_array_of_tables()) {
    r.error(node.source(),
            "reminder: expected an array of tables ([[reminder]]), got " + shown_value(node));
    return;
  }
  std::map<std::string, int, std::less<>> first_line;  // ids of this file
  for (const toml::node& element : *array) {
    ReminderSettings reminder;
    if (!read_one(r, *element.as_table(), reminder)) continue;
    const auto* id_node = element.as_table()->get("id");
    const int line = static_cast<int>(id_node->source().begin.line);
    if (auto seen = first_line.find(reminder.id); seen != first_line.end()) {
      r.error(id_node->source(), "duplicate reminder id \"" + reminder.id +
                                     "\" (first used on line " + std::to_string(seen->second) +
                                     ")");
      continue;
    }
    first_line.emplace(reminder.id, line);
    auto same = std::find_if(reminders.begin(), reminders.end(),
                             [&](const ReminderSettings& s) { return s.id == reminder.id; });
    if (same != reminders.end())
      *same = std::move(reminder);
    else
      reminders.push_back(std::move(reminder));
  }
}

}  // namespace unknot
