#include "ctl/ctl_format.hpp"

#include <string_view>

#include "core/language.hpp"
#include "platform/i18n.hpp"

namespace unknot {

namespace {

using nlohmann::json;
constexpr std::string_view kSep = " · ";

std::string hours_minutes(long long minutes) {
  if (minutes < 60) return std::to_string(minutes) + "m";
  const long long h = minutes / 60, m = minutes % 60;
  return std::to_string(h) + "h" + (m ? std::to_string(m) + "m" : "");
}

std::string text_of(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

long long seconds_of(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_number() ? it->get<long long>() : 0;
}

bool flag_of(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

const json* object_of(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_object() ? &*it : nullptr;
}

/// A break kind of the protocol ("micro") in the user's language.
std::string kind_word(const std::string& kind) {
  if (kind == "micro") return _("micro");
  if (kind == "rest") return _("rest");
  if (kind == "daily") return _("daily");
  return kind;
}

std::string sitting(const json& status) {
  return std::string(kSep) +
         fill_in(_("sitting {0}"), {format_elapsed(seconds_of(status, "sitting_s"))});
}

std::string next_break(const json& status) {
  const json* next = object_of(status, "next_break");
  if (next == nullptr) return _("no breaks scheduled");
  const long long in_s = seconds_of(*next, "in_s");
  const std::string kind = text_of(*next, "kind");
  // A break held back by the grace after a meeting comes when the grace ends.
  if (const auto grace = status.find("meeting_grace_s");
      grace != status.end() && grace->is_number_integer() && in_s <= grace->get<long long>()) {
    const std::string wait = format_countdown(grace->get<long long>());
    if (kind == "rest") return fill_in(_("next: rest break after your meeting, in {0}"), {wait});
    return fill_in(_("next: micro break after your meeting, in {0}"), {wait});
  }
  const std::string in = format_countdown(in_s);
  // Whole phrases per kind: languages build "micro break" differently.
  if (kind == "micro") return fill_in(_("next: micro break in {0}"), {in});
  if (kind == "rest") return fill_in(_("next: rest break in {0}"), {in});
  return fill_in(_("next: {0} break in {1}"), {kind_word(kind), in});
}

std::string paused(const json& status) {
  // "2026-11-24T14:00:00+01:00": the daemon wrote it in local time already.
  const std::string until = text_of(status, "paused_until");
  if (until.size() >= 16 && until[10] == 'T')
    return fill_in(_("paused until {0}"), {until.substr(11, 5)});
  return _("paused");
}

std::string meeting(const json& status) {
  std::string sources;
  const auto it = status.find("meeting_sources");
  if (it != status.end() && it->is_array()) {
    for (const auto& source : *it) {
      if (!source.is_string()) continue;
      sources += (sources.empty() ? "" : ", ") + source.get<std::string>();
    }
  }
  return sources.empty() ? _("in a meeting") : fill_in(_("in a meeting ({0})"), {sources});
}

std::string main_part(const json& status) {
  const std::string state = text_of(status, "state");
  if (const json* on_break = object_of(status, "on_break");
      on_break != nullptr || state == "break") {
    const json empty = json::object();
    const json& b = on_break ? *on_break : empty;
    const std::string kind = text_of(b, "kind");
    const std::string left = format_countdown(seconds_of(b, "remaining_s"));
    if (kind == "micro") return fill_in(_("on a micro break: {0} left"), {left});
    if (kind == "rest") return fill_in(_("on a rest break: {0} left"), {left});
    if (kind.empty()) return fill_in(_("on a break: {0} left"), {left});
    return fill_in(_("on a {0} break: {1} left"), {kind_word(kind), left});
  }
  if (state == "paused" || flag_of(status, "paused")) return paused(status) + sitting(status);
  if (state == "meeting") return meeting(status) + sitting(status);
  const std::string due = text_of(status, "break_due");
  if (!due.empty()) return fill_in(_("break due: {0}"), {kind_word(due)}) + sitting(status);
  if (state == "idle") return _("idle") + std::string(kSep) + next_break(status);
  return next_break(status) + sitting(status);
}

}  // namespace

std::string format_elapsed(long long seconds) {
  return hours_minutes(seconds < 0 ? 0 : seconds / 60);
}

std::string format_countdown(long long seconds) {
  if (seconds < 0) seconds = 0;
  if (seconds < 60) return std::to_string(seconds) + "s";
  return hours_minutes((seconds + 30) / 60);
}

std::string format_status_line(const json& status) {
  if (!status.is_object()) return _("unknown status");
  std::string line = main_part(status);
  if (flag_of(status, "outside_working_hours"))
    line += std::string(kSep) + _("outside working hours");
  return line;
}

}  // namespace unknot
