#include "protocol/stats_reply.hpp"

#include "protocol/json_fields.hpp"

namespace unknot {

namespace {

using nlohmann::json;

StatsLine line_of(const DayFigures& figures) { return {figures, figures.compliance()}; }

json figures_json(const StatsLine& line) {
  const DayFigures& day = line.figures;
  return {{"taken", day.taken},
          {"natural", day.natural},
          {"snoozed", day.snoozed},
          {"skipped", day.skipped},
          {"compliance", line.compliance ? json(*line.compliance) : json(nullptr)},
          {"active_s", wire::floor_seconds(day.active)},
          {"sitting_s", wire::floor_seconds(day.sitting)},
          {"longest_sitting_s", wire::floor_seconds(day.longest_sitting)}};
}

StatsLine read_line(const json& object, std::string date) {
  using wire::field;
  StatsLine line;
  DayFigures& day = line.figures;
  day.date = std::move(date);
  day.taken = static_cast<int>(wire::integer(field(object, "taken")));
  day.natural = static_cast<int>(wire::integer(field(object, "natural")));
  day.snoozed = static_cast<int>(wire::integer(field(object, "snoozed")));
  day.skipped = static_cast<int>(wire::integer(field(object, "skipped")));
  if (const json& compliance = field(object, "compliance"); compliance.is_number())
    line.compliance = compliance.get<double>();
  day.active = wire::seconds_of(field(object, "active_s"));
  day.sitting = wire::seconds_of(field(object, "sitting_s"));
  day.longest_sitting = wire::seconds_of(field(object, "longest_sitting_s"));
  return line;
}

}  // namespace

StatsReply make_stats_reply(const std::vector<DayFigures>& days, std::vector<AreaCount> areas) {
  StatsReply reply;
  for (const auto& day : days) reply.days.push_back(line_of(day));
  reply.totals = line_of(sum_days(days));
  reply.areas = std::move(areas);
  return reply;
}

void to_json(json& out, const StatsReply& reply) {
  json list = json::array();
  for (const auto& line : reply.days) {
    auto entry = figures_json(line);
    entry["date"] = line.figures.date;
    list.push_back(std::move(entry));
  }
  auto totals = figures_json(reply.totals);
  totals["from"] = reply.days.empty() ? json(nullptr) : json(reply.days.front().figures.date);
  totals["to"] = reply.days.empty() ? json(nullptr) : json(reply.days.back().figures.date);
  json areas = json::array();
  for (const auto& area : reply.areas)
    areas.push_back({{"area", area.area}, {"breaks", area.breaks}});
  out = {{"days", std::move(list)}, {"totals", std::move(totals)}, {"areas", std::move(areas)}};
}

void from_json(const json& in, StatsReply& reply) {
  using wire::field;
  reply = StatsReply{};
  std::vector<DayFigures> figures;
  if (const json& days = field(in, "days"); days.is_array()) {
    for (const json& day : days) {
      reply.days.push_back(read_line(day, wire::text(field(day, "date"))));
      figures.push_back(reply.days.back().figures);
    }
  }
  // A reply without totals: the same rule as the daemon's, from core.
  const json& totals = field(in, "totals");
  reply.totals = totals.is_object() ? read_line(totals, "") : line_of(sum_days(figures));
  if (const json& areas = field(in, "areas"); areas.is_array()) {
    for (const json& area : areas)
      reply.areas.push_back({wire::text(field(area, "area")),
                             static_cast<int>(wire::integer(field(area, "breaks")))});
  }
}

}  // namespace unknot
