#pragma once
// LANGUAGE and LC_ALL for one test, then the process's own again; gettext is
// set up anew each time (it caches the catalog per locale). For test binaries
// that link unknot_i18n.
#include <utility>

#include <clocale>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "platform/i18n.hpp"

namespace unknot::test {

class LocaleScope {
 public:
  /// `lc_all` "C.UTF-8" lets LANGUAGE count; plain "C" makes gettext ignore it.
  explicit LocaleScope(const char* language, const char* lc_all = "C.UTF-8") {
    for (const char* name : {"LANGUAGE", "LC_ALL"}) {
      const char* value = std::getenv(name);
      saved_.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
    }
    ::setenv("LANGUAGE", language, 1);
    ::setenv("LC_ALL", lc_all, 1);
    setup_translations();
  }
  ~LocaleScope() {
    for (const auto& [name, value] : saved_) {
      if (value)
        ::setenv(name.c_str(), value->c_str(), 1);
      else
        ::unsetenv(name.c_str());
    }
    std::setlocale(LC_MESSAGES, "");
  }
  LocaleScope(const LocaleScope&) = delete;
  LocaleScope& operator=(const LocaleScope&) = delete;

 private:
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

}  // namespace unknot::test
