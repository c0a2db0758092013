#pragma once
// `unknot --check-config`: every diagnostic for the config and routine files
// a daemon with the same arguments would load, then a one-line summary.
#include <filesystem>
#include <ostream>
#include <vector>

#include "config/config_loader.hpp"

namespace unknot {

/// Prints each diagnostic (config first, then routines) on its own line and
/// a summary such as "config: 1 file, routines: 9 files, 64 exercises,
/// 8 routines; 0 errors, 1 warning". Returns 0 when usable (warnings
/// allowed), 1 on any error.
int check_config(const ConfigPaths& paths,
                 const std::vector<std::filesystem::path>& routine_folders, std::ostream& out);

}  // namespace unknot
