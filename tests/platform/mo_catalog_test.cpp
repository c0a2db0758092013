// The .mo reader that gives Windows (no libintl there) the same catalogs.
#include "platform/mo_catalog.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using unknot::MoCatalog;
using unknot::PluralRule;

namespace {

/// A little-endian .mo file holding `entries` (id, translation), ids sorted.
std::string make_mo(const std::vector<std::pair<std::string, std::string>>& entries) {
  auto word = [](std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  };
  const auto n = static_cast<std::uint32_t>(entries.size());
  const std::uint32_t originals = 28, translations = originals + 8 * n;
  std::uint32_t data = translations + 8 * n;
  std::string header, tables, strings;
  word(header, 0x950412de);
  for (std::uint32_t v : {0u, n, originals, translations, 0u, 0u}) word(header, v);
  std::string ids, texts;
  for (const auto& [id, text] : entries) {
    word(ids, static_cast<std::uint32_t>(id.size()));
    word(ids, data);
    strings += id + '\0';
    data += static_cast<std::uint32_t>(id.size() + 1);
  }
  for (const auto& [id, text] : entries) {
    word(texts, static_cast<std::uint32_t>(text.size()));
    word(texts, data);
    strings += text + '\0';
    data += static_cast<std::uint32_t>(text.size() + 1);
  }
  return header + ids + texts + strings;
}

}  // namespace

TEST_CASE("plural rules of the catalogs' languages pick the right form", "[i18n][mo]") {
  const auto germanic = PluralRule::parse("(n != 1)");
  REQUIRE(germanic);
  CHECK(germanic->form(1) == 0);
  CHECK(germanic->form(0) == 1);
  CHECK(germanic->form(5) == 1);
  const auto french = PluralRule::parse("(n > 1)");
  REQUIRE(french);
  CHECK(french->form(0) == 0);
  CHECK(french->form(1) == 0);
  CHECK(french->form(2) == 1);
  // Polish: three forms, nested conditionals, && and ||.
  const auto polish =
      PluralRule::parse("(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)");
  REQUIRE(polish);
  CHECK(polish->form(1) == 0);
  CHECK(polish->form(3) == 1);
  CHECK(polish->form(13) == 2);
  CHECK(polish->form(22) == 1);
  CHECK(polish->form(25) == 2);
  CHECK_FALSE(PluralRule::parse("n +"));
  CHECK_FALSE(PluralRule::parse("(n != 1"));
}

TEST_CASE("a catalog gives translations and plural forms, else nothing", "[i18n][mo]") {
  std::string why;
  const auto catalog = MoCatalog::parse(
      make_mo(
          {{"",
            "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n"},
           {"%d exercise", std::string{"%d exercice"} + '\0' + "%d exercices"},
           {"Take a break", "Faites une pause"}}),
      why);
  REQUIRE(catalog);
  CHECK(catalog->size() == 2);
  CHECK(std::string{catalog->find("Take a break")} == "Faites une pause");
  CHECK(catalog->find("Not translated") == nullptr);
  CHECK(std::string{catalog->find_plural("%d exercise", 0)} ==
        "%d exercice");  // French: 0 is singular
  CHECK(std::string{catalog->find_plural("%d exercise", 1)} == "%d exercice");
  CHECK(std::string{catalog->find_plural("%d exercise", 3)} == "%d exercices");
}

TEST_CASE("a file that is not a catalog is refused with a reason", "[i18n][mo]") {
  std::string why;
  CHECK_FALSE(MoCatalog::parse("hello, this is not a catalog", why));
  CHECK(why == "not a gettext catalog");
  std::string truncated = make_mo({{"a", "b"}});
  truncated.resize(20);
  CHECK_FALSE(MoCatalog::parse(truncated, why));
}
