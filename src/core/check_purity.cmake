# Fails when a file in src/core includes anything outside the standard library
# and src/core itself.
file(GLOB files ${DIR}/*.hpp ${DIR}/*.cpp)
foreach(f IN LISTS files)
  file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include")
  foreach(l IN LISTS lines)
    if(l MATCHES "[<\"](wx/|boost/|toml\\+\\+|sqlite3|gio/|glib|X11/|nlohmann/|sys/|unistd|dbus)")
      message(FATAL_ERROR "${f}: src/core must stay pure (std only): ${l}")
    endif()
  endforeach()
endforeach()
