#pragma once
// Optional parts of the daemon that pull in large libraries (libpulse and its
// codecs, libical and ICU) live in shared objects loaded only when a user's
// settings and session need them, so an idle daemon maps none of it.
#include <string>
#include <string_view>

namespace unknot {

/// The entry point `symbol` of module `name` (file `<name>.so`), or nullptr
/// with `why` set. Looked up in $UNKNOT_MODULE_DIR, then beside the program
/// (bin/../lib/<arch>/unknot, the same for the build tree and an install), then
/// the build tree's and the install prefix's module folders. A module built
/// for another version is refused. Loaded once and never unloaded.
void* module_entry(std::string_view name, const char* symbol, std::string& why);

}  // namespace unknot
