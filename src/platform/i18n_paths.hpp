#pragma once
// Where the "unknot" catalogs are and which languages the user wants: shared
// by gettext (i18n.hpp, daemon and unknotctl) and wxTranslations (unknot-ui,
// which cannot include i18n.hpp: wx defines its own `_`).
#include <filesystem>
#include <string>
#include <vector>

namespace unknot {

/// The folder holding <lang>/LC_MESSAGES/unknot.mo for a binary at `exe`:
/// exe/../share/locale when it exists (build tree and any install prefix),
/// else the configured install folder.
std::filesystem::path locale_dir_for(const std::filesystem::path& exe);

/// locale_dir_for() of the running program.
std::filesystem::path locale_dir();

/// The user's languages from LANGUAGE, LC_ALL, LC_MESSAGES and LANG as they
/// are now (see core/language.hpp).
std::vector<std::string> environment_languages();

}  // namespace unknot
