// `unknotctl stats` output: the table people read and the CSV scripts read.
#include "ctl/stats_format.hpp"

#include <sstream>

#include <catch2/catch.hpp>

using namespace unknot;
using Json = nlohmann::json;

namespace {

Json two_days() {
  return Json::parse(R"({
    "days": [
      {"date": "2026-11-23", "taken": 0, "natural": 0, "snoozed": 0, "skipped": 0,
       "compliance": null, "active_s": 0, "sitting_s": 0, "longest_sitting_s": 0},
      {"date": "2026-11-24", "taken": 5, "natural": 3, "snoozed": 2, "skipped": 3,
       "compliance": 0.7272, "active_s": 21600, "sitting_s": 25000, "longest_sitting_s": 5400}
    ],
    "totals": {"from": "2026-11-23", "to": "2026-11-24", "taken": 5, "natural": 3,
               "snoozed": 2, "skipped": 3, "compliance": 0.7272, "active_s": 21600,
               "sitting_s": 25000, "longest_sitting_s": 5400}
  })");
}

std::vector<std::string> lines_of(const std::string& text, const std::string& end = "\n") {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (auto pos = text.find(end); pos != std::string::npos; pos = text.find(end, start)) {
    lines.push_back(text.substr(start, pos - start));
    start = pos + end.size();
  }
  CHECK(start == text.size());  // every line is terminated
  return lines;
}

// A line as the characters a terminal shows (UTF-8 sequences kept whole).
std::vector<std::string> glyphs(const std::string& line) {
  std::vector<std::string> out;
  for (char c : line) {
    if ((c & 0xC0) == 0x80 && !out.empty()) {
      out.back() += c;
    } else {
      out.emplace_back(1, c);
    }
  }
  return out;
}

// Where each heading ends, in displayed characters.
std::vector<std::size_t> heading_ends(const std::string& header) {
  std::vector<std::size_t> ends;
  const auto g = glyphs(header);
  for (std::size_t i = 0; i < g.size(); ++i) {
    const bool last_of_word = g[i] != " " && (i + 1 == g.size() || g[i + 1] == " ");
    const bool inside_heading = i + 2 < g.size() && g[i + 1] == " " && g[i + 2] != " ";
    if (last_of_word && !inside_heading) ends.push_back(i + 1);
  }
  return ends;
}

}  // namespace

TEST_CASE("the stats table shows each day and a totals line in readable units") {
  const auto lines = lines_of(format_stats_table(two_days()));
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].rfind("Date", 0) == 0);
  CHECK(lines[0].find("Compliance") != std::string::npos);
  CHECK(lines[1].rfind("2026-11-23", 0) == 0);
  CHECK(lines[2].find("73%") != std::string::npos);
  CHECK(lines[2].find("6h00m") != std::string::npos);   // active
  CHECK(lines[2].find("6h56m") != std::string::npos);   // sitting, 25000 s rounded down
  CHECK(lines[2].find("1h30m") != std::string::npos);   // longest streak
  CHECK(lines[1].find("\u2013") != std::string::npos);  // no breaks: no compliance
  CHECK(lines[1].find('%') == std::string::npos);
  CHECK(lines[3].rfind("Total", 0) == 0);
}

TEST_CASE("the stats table's figures line up under their headings") {
  const auto lines = lines_of(format_stats_table(two_days()));
  REQUIRE(lines.size() == 4);
  const auto ends = heading_ends(lines[0]);
  REQUIRE(ends.size() == 9);  // "Longest sitting" is one heading
  for (std::size_t row = 1; row < lines.size(); ++row) {
    const auto g = glyphs(lines[row]);
    INFO(lines[row]);
    // Every figure ends exactly where its heading ends (right-aligned).
    for (std::size_t column = 1; column < ends.size(); ++column) {
      REQUIRE(g.size() >= ends[column]);
      CHECK(g[ends[column] - 1] != " ");
      if (ends[column] < g.size()) CHECK(g[ends[column]] == " ");
    }
  }
}

TEST_CASE("a reply without totals still gets a totals line") {
  auto stats = two_days();
  stats.erase("totals");
  stats["days"][0]["longest_sitting_s"] = 7200;
  const auto lines = lines_of(format_stats_table(stats));
  REQUIRE(lines.size() == 4);
  CHECK(lines[3].rfind("Total", 0) == 0);
  CHECK(lines[3].find("2h00m") != std::string::npos);  // the longest day, not a sum
  CHECK(lines[3].find("73%") != std::string::npos);    // 8 of 11
}

TEST_CASE("missing or mistyped fields read as zero instead of failing") {
  const auto stats = Json::parse(R"({"days": [{"date": "2026-11-24", "taken": "five"}]})");
  const auto lines = lines_of(format_stats_table(stats));
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].find("0h00m") != std::string::npos);
  CHECK(lines_of(format_stats_table(Json::array())).size() == 2);  // header and totals
}

TEST_CASE("the stats CSV is RFC 4180 with a header and one row per day") {
  const auto lines = lines_of(format_stats_csv(two_days()), "\r\n");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] ==
        "date,taken,natural,snoozed,skipped,compliance,active_s,sitting_s,longest_sitting_s");
  CHECK(lines[1] == "2026-11-23,0,0,0,0,,0,0,0");
  CHECK(lines[2] == "2026-11-24,5,3,2,3,0.7272,21600,25000,5400");
}

TEST_CASE("CSV fields with separators or quotes are quoted") {
  CHECK(csv_field("2026-11-24") == "2026-11-24");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  auto stats = two_days();
  stats["days"][0]["date"] = "odd,date";
  CHECK(format_stats_csv(stats).find("\r\n\"odd,date\",0,") != std::string::npos);
}

TEST_CASE("durations read as hours and two-digit minutes") {
  CHECK(format_hours_minutes(0) == "0h00m");
  CHECK(format_hours_minutes(59) == "0h00m");
  CHECK(format_hours_minutes(45 * 60) == "0h45m");
  CHECK(format_hours_minutes(6 * 3600 + 5 * 60 + 59) == "6h05m");
  CHECK(format_hours_minutes(30 * 3600) == "30h00m");
  CHECK(format_hours_minutes(-10) == "0h00m");
}
