// LeakSanitizer suppressions for GTK in the ui test binary.
#include "ui/lsan_suppressions.hpp"
