// Loads and validates a generated routine library: 10,000 exercises in 100
// files (target: under 100 ms). Prints the median and best of several runs,
// wall time and CPU time: on a shared, busy machine the CPU figure is the
// one that says what the code costs.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "config/routine_loader.hpp"

namespace {

constexpr int kFiles = 100;
constexpr int kPerFile = 100;
constexpr int kRuns = 15;

std::string exercise_text(int file, int n) {
  const std::string id = "ex-" + std::to_string(file) + "-" + std::to_string(n);
  std::string text = "[[exercise]]\nid = \"" + id + "\"\ntitle = \"Exercise " + id + "\"\n";
  text += n % 3 == 0 ? "kind = \"breathing\"\n" : "kind = \"stretch\"\n";
  text +=
      "areas = [\"neck\", \"trapezius\"]\nduration = \"" + std::to_string(20 + n % 40) + "s\"\n";
  text += "fits = [\"micro\", \"rest\"]\nrepeat = 3\nhold = \"10s\"\nposition = \"either\"\n";
  text +=
      "steps = [\"Sit tall, shoulders down.\", \"Tilt your right ear toward your right "
      "shoulder.\", \"Hold, then switch sides.\"]\n";
  text += "caution = \"Move slowly; stop if it hurts.\"\ntitle_de = \"Übung " + id + "\"\n";
  if (n % 3 == 0) text += "breathing = { inhale = 4, hold = 7, exhale = 8, cycles = 4 }\n";
  return text + "\n";
}

std::string routine_text(int file) {
  std::string text = "[[routine]]\nid = \"routine-" + std::to_string(file) +
                     "\"\ntitle = \"Routine\"\nfits = [\"rest\"]\nexercises = [";
  for (int n = 0; n < 5; ++n)
    text += "\"ex-" + std::to_string(file) + "-" + std::to_string(n) + "\", ";
  return text + "]\n";
}

std::filesystem::path generate() {
  std::string pattern = (std::filesystem::temp_directory_path() / "unknot-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  const std::filesystem::path root = pattern;
  for (int file = 0; file < kFiles; ++file) {
    std::ofstream out(root / ("file-" + std::to_string(1000 + file) + ".toml"));
    for (int n = 0; n < kPerFile; ++n) out << exercise_text(file, n);
    out << routine_text(file);
  }
  return root;
}

}  // namespace

int main() {
  const std::filesystem::path root = generate();
  std::vector<double> ms, cpu_ms;
  std::size_t exercises = 0, routines = 0, diagnostics = 0;
  for (int run = 0; run < kRuns; ++run) {
    const std::clock_t cpu_start = std::clock();
    const auto start = std::chrono::steady_clock::now();
    const unknot::LoadedLibrary loaded = unknot::load_library({root});
    const auto stop = std::chrono::steady_clock::now();
    cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    exercises = loaded.library.exercises.size();
    routines = loaded.library.routines.size();
    diagnostics = loaded.diagnostics.size();
  }
  std::filesystem::remove_all(root);
  std::sort(ms.begin(), ms.end());
  std::sort(cpu_ms.begin(), cpu_ms.end());
  std::cout << "library load: " << kFiles << " files, " << exercises << " exercises, " << routines
            << " routines, " << diagnostics << " diagnostics\n"
            << "wall: median " << ms[ms.size() / 2] << " ms, best " << ms.front() << " ms\n"
            << "cpu:  median " << cpu_ms[cpu_ms.size() / 2] << " ms, best " << cpu_ms.front()
            << " ms (target < 100 ms)\n";
  const bool ok = exercises == kFiles * kPerFile && diagnostics == 0;
  if (!ok) std::cerr << "unexpected result: the generated library should load cleanly\n";
  return ok ? 0 : 1;
}
