// PNG through rsvg-convert (librsvg2-bin, already a dependency): the same
// renderer that draws the installed SVGs in file managers and docs.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

#include <spawn.h>
#include <sys/wait.h>

#include "ui/figure_command.hpp"

extern char** environ;

namespace unknot {

bool write_png_from_svg(const std::string& svg, const std::filesystem::path& png, int size,
                        std::string& why) {
  std::filesystem::path source = png;
  source += ".svg.tmp";
  {
    std::ofstream out(source, std::ios::binary);
    out << svg;
    if (!out.flush()) {
      why = "cannot write " + source.string();
      return false;
    }
  }
  const std::string px = std::to_string(size);
  const std::string out_path = png.string(), in_path = source.string();
  std::vector<std::string> args{"rsvg-convert", "-w",  px,   "-h",     px,
                                "-f",           "png", "-o", out_path, in_path};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "rsvg-convert", nullptr, nullptr, argv.data(), environ);
  int status = 0;
  if (spawned == 0) waitpid(pid, &status, 0);
  std::error_code ec;
  std::filesystem::remove(source, ec);
  if (spawned != 0) {
    why = std::string("cannot run rsvg-convert (librsvg2-bin): ") + std::strerror(spawned);
    return false;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    why = "rsvg-convert failed";
    return false;
  }
  return true;
}

}  // namespace unknot
