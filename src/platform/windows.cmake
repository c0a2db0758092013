# unknot_platform on Windows (included by CMakeLists.txt when WIN32): the
# Win32 backends, each in its own *_windows.cpp, and the portable files.
# No GLib, D-Bus, X11 or Wayland here.
set(dir ${CMAKE_CURRENT_SOURCE_DIR})

# unknot_i18n: translations (our own .mo reader: no libintl for MinGW) and
# the executable's path, for unknotctl as for the daemon.
add_library(unknot_i18n STATIC ${dir}/i18n.cpp ${dir}/i18n_windows.cpp
  ${dir}/gettext_windows.cpp ${dir}/mo_catalog.cpp ${dir}/executable_path_windows.cpp
  ${dir}/win32_text_windows.cpp ${dir}/atomic_file.cpp ${dir}/durable_file_windows.cpp)
target_include_directories(unknot_i18n PUBLIC ${dir}/gettext_windows)  # <libintl.h>
target_link_libraries(unknot_i18n PUBLIC unknot_core)
target_compile_definitions(unknot_i18n PRIVATE
  UNKNOT_RELATIVE_LOCALE_DIR="${CMAKE_INSTALL_DATADIR}/locale"
  UNKNOT_INSTALL_LOCALE_DIR="${CMAKE_INSTALL_DATADIR}/locale")
# What the portable rooms (protocol, ctl) link as the platform without the
# desktop; on Linux a library of its own (CMakeLists.txt).
add_library(unknot_platform_base ALIAS unknot_i18n)

set(UNKNOT_PLATFORM_SOURCES
  ${dir}/clock.cpp ${dir}/clock_windows.cpp
  ${dir}/log.cpp
  ${dir}/paths.cpp ${dir}/paths_windows.cpp
  ${dir}/idle_source_none.cpp ${dir}/idle_source_windows.cpp
  ${dir}/registry_windows.cpp ${dir}/autostart_windows.cpp ${dir}/consent_store_windows.cpp
  ${dir}/named_pipe_windows.cpp ${dir}/config_watcher_windows.cpp
  ${dir}/message_window_windows.cpp ${dir}/session_windows.cpp ${dir}/tray_windows.cpp
  ${dir}/notifier_windows.cpp ${dir}/notifier_balloon_windows.cpp
  ${dir}/attention_windows.cpp ${dir}/consent_store_signal_windows.cpp
  ${dir}/pipe_channel_windows.cpp ${dir}/desk_thread_windows.cpp)
include(${PROJECT_SOURCE_DIR}/packaging/windows/icons.cmake)
add_library(unknot_platform STATIC ${UNKNOT_PLATFORM_SOURCES})
find_package(Boost 1.74 REQUIRED)  # the config watcher completes on the Asio loop
target_link_libraries(unknot_platform PUBLIC unknot_core unknot_i18n Boost::headers
  ws2_32 mswsock shell32 ole32 advapi32 user32 wtsapi32)
target_compile_definitions(unknot_platform PRIVATE
  UNKNOT_SOURCE_DATA_DIR="${UNKNOT_SOURCE_DATA_DIR}"
  UNKNOT_SOURCE_ICONS_DIR="${PROJECT_SOURCE_DIR}/icons"
  UNKNOT_RELATIVE_DATA_DIR="${CMAKE_INSTALL_DATADIR}/unknot"
  UNKNOT_VERSION="${PROJECT_VERSION}")
