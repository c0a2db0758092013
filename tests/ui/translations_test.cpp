// How unknot-ui finds its catalogs and reads the user's languages: the same
// rules as the daemon (platform/i18n.cpp), so both speak the same language.
#include "ui/translations.hpp"

#include <cstdlib>
#include <fstream>
#include <optional>

#include <catch2/catch.hpp>

#include "platform/i18n_paths.hpp"
#include "support/temp_home.hpp"

namespace fs = std::filesystem;

namespace {

/// Sets the locale variables for one test and puts them back afterwards.
class EnvScope {
 public:
  explicit EnvScope(std::vector<std::pair<const char*, const char*>> vars) {
    for (const auto& [name, value] : vars) {
      const char* old = std::getenv(name);
      saved_.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
      if (value)
        ::setenv(name, value, 1);
      else
        ::unsetenv(name);
    }
  }
  ~EnvScope() {
    for (const auto& [name, value] : saved_) {
      if (value)
        ::setenv(name.c_str(), value->c_str(), 1);
      else
        ::unsetenv(name.c_str());
    }
  }
  EnvScope(const EnvScope&) = delete;
  EnvScope& operator=(const EnvScope&) = delete;

 private:
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

}  // namespace

TEST_CASE("unknot-ui finds the catalogs next to its own folder, else the installed ones") {
  unknot::test::TempHome home;
  const fs::path prefix = home.root() / "prefix";
  fs::create_directories(prefix / "bin");
  fs::create_directories(prefix / "share/locale/de/LC_MESSAGES");
  CHECK(unknot::locale_dir_for(prefix / "bin/unknot-ui") == prefix / "share/locale");
  const fs::path bare = home.root() / "bare";
  fs::create_directories(bare / "bin");
  CHECK(unknot::locale_dir_for(bare / "bin/unknot-ui") == fs::path(UNKNOT_TEST_INSTALL_LOCALE_DIR));
}

TEST_CASE("unknot-ui takes its languages from LANGUAGE, then LC_ALL, LC_MESSAGES, LANG") {
  {
    const EnvScope env({{"LANGUAGE", "fr:de"},
                        {"LC_ALL", nullptr},
                        {"LC_MESSAGES", nullptr},
                        {"LANG", "de_DE.UTF-8"}});
    CHECK(unknot::environment_languages() == std::vector<std::string>{"fr", "de"});
  }
  {
    // No de_DE locale needs to exist: the words come from LANG alone.
    const EnvScope env({{"LANGUAGE", nullptr},
                        {"LC_ALL", nullptr},
                        {"LC_MESSAGES", nullptr},
                        {"LANG", "de_DE.UTF-8"}});
    CHECK(unknot::environment_languages() == std::vector<std::string>{"de"});
  }
  {
    // As with gettext, LANGUAGE means nothing in the plain C locale.
    const EnvScope env(
        {{"LANGUAGE", "de"}, {"LC_ALL", "C"}, {"LC_MESSAGES", nullptr}, {"LANG", nullptr}});
    CHECK(unknot::environment_languages().empty());
  }
}
