#include "client/ctl_format.hpp"

#include <string_view>

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

std::string sitting(const json& status) {
  return std::string(kSep) + "sitting " + format_elapsed(seconds_of(status, "sitting_s"));
}

std::string next_break(const json& status) {
  const json* next = object_of(status, "next_break");
  if (next == nullptr) return "no breaks scheduled";
  return "next: " + text_of(*next, "kind") + " break in " +
         format_countdown(seconds_of(*next, "in_s"));
}

std::string paused(const json& status) {
  // "2026-11-24T14:00:00+01:00": the daemon wrote it in local time already.
  const std::string until = text_of(status, "paused_until");
  if (until.size() >= 16 && until[10] == 'T') return "paused until " + until.substr(11, 5);
  return "paused";
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
  return sources.empty() ? "in a meeting" : "in a meeting (" + sources + ")";
}

std::string main_part(const json& status) {
  const std::string state = text_of(status, "state");
  if (const json* on_break = object_of(status, "on_break");
      on_break != nullptr || state == "break") {
    const json empty = json::object();
    const json& b = on_break ? *on_break : empty;
    const std::string kind = text_of(b, "kind");
    return "on a" + std::string(kind.empty() ? "" : " " + kind) +
           " break: " + format_countdown(seconds_of(b, "remaining_s")) + " left";
  }
  if (state == "paused" || flag_of(status, "paused")) return paused(status) + sitting(status);
  if (state == "meeting") return meeting(status) + sitting(status);
  const std::string due = text_of(status, "break_due");
  if (!due.empty()) return "break due: " + due + sitting(status);
  if (state == "idle") return "idle" + std::string(kSep) + next_break(status);
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
  if (!status.is_object()) return "unknown status";
  std::string line = main_part(status);
  if (flag_of(status, "outside_working_hours")) line += std::string(kSep) + "outside working hours";
  return line;
}

}  // namespace unknot
