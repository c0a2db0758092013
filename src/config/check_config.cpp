#include "config/check_config.hpp"

#include <algorithm>
#include <string>

#include "config/routine_loader.hpp"

namespace unknot {

namespace {

std::string count(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace

int check_config(const ConfigPaths& paths,
                 const std::vector<std::filesystem::path>& routine_folders, std::ostream& out) {
  const LoadedConfig config = load_config(paths);
  const LoadedLibrary library = load_library(routine_folders);
  Diagnostics all = config.diagnostics;
  all.insert(all.end(), library.diagnostics.begin(), library.diagnostics.end());
  for (const Diagnostic& d : all) out << d.to_string() << '\n';
  const auto errors =
      static_cast<std::size_t>(std::count_if(all.begin(), all.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::error;
      }));
  out << "config: " << count(config.files_read.size(), "file")
      << ", routines: " << count(library.files_read.size(), "file") << ", "
      << count(library.library.exercises.size(), "exercise") << ", "
      << count(library.library.routines.size(), "routine") << "; " << count(errors, "error") << ", "
      << count(all.size() - errors, "warning") << '\n';
  return errors == 0 ? 0 : 1;
}

}  // namespace unknot
