// toml++'s implementation, compiled once here with the project's flags rather
// than linked from the distribution's shared build: that build keeps its
// internal asserts on, which cost about a tenth of the routine-library load.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
