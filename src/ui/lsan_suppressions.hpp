#pragma once
// LeakSanitizer suppressions for processes that run GTK (through wx): GTK,
// GLib's type system, fontconfig and friends keep allocations for the life of
// the process by design and never free them at exit. Only third-party
// libraries are listed, so a leak in Unknot's own code is still reported.
// Include from exactly one file per executable (unknot-ui's main, the ui tests).
extern "C" const char* __lsan_default_suppressions();   // NOLINT(bugprone-reserved-identifier)
extern "C" const char* __lsan_default_suppressions() {  // NOLINT(bugprone-reserved-identifier)
  return "leak:libgtk-3.so\n"
         "leak:libgdk-3.so\n"
         "leak:libglib-2.0.so\n"
         "leak:libgobject-2.0.so\n"
         "leak:libgio-2.0.so\n"
         "leak:libfontconfig.so\n"
         "leak:libpango\n"
         "leak:libcairo.so\n"
         "leak:libharfbuzz.so\n"
         "leak:libatk\n"
         "leak:libdbus-1.so\n"
         "leak:libX11.so\n"
         "leak:librsvg\n"
         "leak:libgdk_pixbuf\n"
         "leak:libwx_gtk3u_core\n"
         "leak:libwx_baseu\n";
}
