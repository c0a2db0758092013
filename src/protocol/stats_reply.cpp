#include "protocol/stats_reply.hpp"

namespace unknot {

namespace {

std::int64_t seconds(Duration d) {
  return std::chrono::duration_cast<std::chrono::seconds>(d).count();
}

nlohmann::json figures(const DayFigures& day) {
  nlohmann::json out = {{"taken", day.taken},
                        {"natural", day.natural},
                        {"snoozed", day.snoozed},
                        {"skipped", day.skipped},
                        {"compliance", nullptr},
                        {"active_s", seconds(day.active)},
                        {"sitting_s", seconds(day.sitting)},
                        {"longest_sitting_s", seconds(day.longest_sitting)}};
  if (const auto compliance = day.compliance()) out["compliance"] = *compliance;
  return out;
}

}  // namespace

nlohmann::json to_json(const std::vector<DayFigures>& days) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& day : days) {
    auto entry = figures(day);
    entry["date"] = day.date;
    list.push_back(std::move(entry));
  }
  auto totals = figures(sum_days(days));
  totals["from"] = days.empty() ? nlohmann::json(nullptr) : nlohmann::json(days.front().date);
  totals["to"] = days.empty() ? nlohmann::json(nullptr) : nlohmann::json(days.back().date);
  return {{"days", std::move(list)}, {"totals", std::move(totals)}};
}

nlohmann::json to_json(const std::vector<AreaCount>& areas) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& area : areas) list.push_back({{"area", area.area}, {"breaks", area.breaks}});
  return list;
}

}  // namespace unknot
