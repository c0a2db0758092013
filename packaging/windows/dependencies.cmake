# The header-only libraries for the Windows cross build, included by the top
# CMakeLists.txt when WIN32. Debian ships them arch-independent under
# /usr/include, beside glibc's headers: putting /usr/include on a MinGW
# include path would shadow MinGW's own C headers. So build.sh stages links
# to just these folders (UNKNOT_WIN_HEADERS), and the project's ordinary
# find_package() calls are answered here through CMake's package redirects
# (CMAKE_FIND_PACKAGE_REDIRECTS_DIR, searched before anything else), with the
# versions Debian's packages declare.
if(NOT UNKNOT_WIN_HEADERS OR NOT EXISTS "${UNKNOT_WIN_HEADERS}/boost")
  message(FATAL_ERROR "UNKNOT_WIN_HEADERS must name the staged header folder "
                      "(packaging/windows/build.sh sets it)")
endif()

# find_path() and find_file() hints into the staged folder stay as they are
# (a path already under a root path is not re-rooted).
list(APPEND CMAKE_FIND_ROOT_PATH ${UNKNOT_WIN_HEADERS})

# unknot_win_redirect(PACKAGE VERSION TARGET [EXTRA cmake code])
function(unknot_win_redirect package version target)
  set(dir "${CMAKE_FIND_PACKAGE_REDIRECTS_DIR}")
  string(TOLOWER "${package}" lower)
  file(WRITE "${dir}/${lower}-config.cmake"
    "if(NOT TARGET ${target})\n"
    "  add_library(${target} INTERFACE IMPORTED)\n"
    "  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES \"${UNKNOT_WIN_HEADERS}\")\n"
    "endif()\n"
    "set(${package}_VERSION ${version})\n"
    "${ARGN}\n")
  file(WRITE "${dir}/${lower}-config-version.cmake"
    "set(PACKAGE_VERSION ${version})\n"
    "if(PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION)\n"
    "  set(PACKAGE_VERSION_COMPATIBLE FALSE)\n"
    "else()\n"
    "  set(PACKAGE_VERSION_COMPATIBLE TRUE)\n"
    "endif()\n")
endfunction()

unknot_win_redirect(Boost 1.74.0 Boost::headers)
unknot_win_redirect(tomlplusplus 3.3.0 tomlplusplus::tomlplusplus)
unknot_win_redirect(nlohmann_json 3.11.2 nlohmann_json::nlohmann_json)
# include(Catch) and catch_discover_tests come from Debian's catch2 (CMake
# scripts only; the test programs run under CMAKE_CROSSCOMPILING_EMULATOR).
unknot_win_redirect(Catch2 2.13.10 Catch2::Catch2
  "list(APPEND CMAKE_MODULE_PATH /usr/lib/cmake/Catch2)")

enable_language(RC)  # icon resources (packaging/windows/icons.cmake)

# Windows 10 is the oldest supported (GetTickCount64, Known Folders, the
# consent store); Unicode everywhere (the W functions), no min/max macros.
add_compile_definitions(_WIN32_WINNT=0x0A00 WINVER=0x0A00 UNICODE _UNICODE NOMINMAX
                        WIN32_LEAN_AND_MEAN)
