// The Catch2 main for every test binary. Before any test runs, HOME and the
// XDG variables point into a private temporary folder, so no test can touch
// the real user's files even if it forgets its own TempHome.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/temp_home.hpp"

int main(int argc, char* argv[]) {
  unknot::test::TempHome process_home;
  return Catch::Session().run(argc, argv);
}
