# The Debian package: `cpack -G DEB` in a build configured with
# -DCMAKE_INSTALL_PREFIX=/usr -DUNKNOT_HARDEN=ON (tests/packaging/deb_test.sh
# (RelWithDebInfo) does exactly that and runs lintian on the result).
set(CPACK_PACKAGE_NAME unknot)
set(CPACK_PACKAGE_VENDOR "The Unknot authors")
set(CPACK_PACKAGE_CONTACT "The Unknot authors <unknot@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "stretch-break reminder that lives in the system tray")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/unknot/unknot")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# A tray host for GNOME; any other StatusNotifierItem host (KDE, XFCE,
# waybar) or a bare X11 tray works too.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-shell-extension-appindicator")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dbus-user-session")
# The description's long part. CPack puts the summary above it, starts each
# line with a space and turns the empty line into " ." (Debian policy 5.6.13).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Unknot measures how long you have been sitting at the keyboard and, when a
break is due, prompts you with a short stretch, a breathing exercise, an eye
break or a posture check from a library of office-friendly routines.

Time away from the keyboard counts as a natural break; meetings (camera,
microphone, full-screen windows, do-not-disturb, a calendar) hold prompts
back. The daemon links no GUI toolkit and sleeps until something can change;
the break, settings and statistics windows open on demand. unknotctl and a
JSON status stream make it scriptable.")
# CPack's strip keeps the compiler's .comment section; dh_strip removes it.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_SOURCE_DIR}/cpack_strip_comment.cmake)
# The autostart entry under /etc is a configuration file the admin may edit.
set(UNKNOT_CONFFILES ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles)
file(WRITE ${UNKNOT_CONFFILES} "/etc/xdg/autostart/io.github.unknot.Unknot.desktop\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${UNKNOT_CONFFILES})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
