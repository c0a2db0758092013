// unknotctl: the command-line client of the unknot daemon. Everything but the
// process boundary lives in unknot_client (ctl/ctl_*.cpp) where tests reach it.
#include <iostream>
#include <string>
#include <vector>

#include "ctl/ctl_run.hpp"
#include "platform/i18n.hpp"

#ifndef UNKNOT_VERSION
#define UNKNOT_VERSION "unknown"
#endif

int main(int argc, char* argv[]) {
  unknot::setup_translations();
  const std::vector<std::string> args(argv + 1, argv + argc);
  return unknot::ctl_main(args, UNKNOT_VERSION, std::cout, std::cerr);
}
