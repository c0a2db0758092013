#pragma once
// The running program's own file, from which installed binaries find their
// data (share/unknot, share/locale) relative to bin/. One backend per OS.
#include <filesystem>

namespace unknot {

/// The absolute path of the running executable; empty when the OS will not say.
std::filesystem::path executable_path();

}  // namespace unknot
