# CMake toolchain file: cross-building Unknot for 64-bit Windows with Debian's
# MinGW-w64 (g++-mingw-w64-x86-64-posix: the POSIX thread model, which
# std::thread and std::mutex need). packaging/windows/build.sh passes it
# along with the prefixes of the libraries it built (UNKNOT_WIN_PREFIXES).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(UNKNOT_WIN_TRIPLE x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${UNKNOT_WIN_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${UNKNOT_WIN_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${UNKNOT_WIN_TRIPLE}-windres)
set(PKG_CONFIG_EXECUTABLE ${UNKNOT_WIN_TRIPLE}-pkg-config CACHE FILEPATH "pkg-config for MinGW")

# Libraries and headers come only from MinGW's own root and the prefixes of
# the cached builds (SQLite, wxWidgets): never from the host's /usr, whose
# headers are glibc's. The header-only libraries Debian ships arch-independent
# (Asio, toml++, nlohmann-json, Catch2) are brought in by
# packaging/windows/dependencies.cmake through a staged folder of links.
set(CMAKE_TRY_COMPILE_PLATFORM_VARIABLES UNKNOT_WIN_PREFIXES)
set(CMAKE_FIND_ROOT_PATH /usr/${UNKNOT_WIN_TRIPLE} ${UNKNOT_WIN_PREFIXES})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Test programs (Catch2's test discovery, ctest) run under Wine.
get_filename_component(_unknot_source_dir "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(CMAKE_CROSSCOMPILING_EMULATOR ${_unknot_source_dir}/tests/windows/wine-run.sh)

# Static C and C++ runtimes: the .exe files need no MinGW DLL beside them.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
