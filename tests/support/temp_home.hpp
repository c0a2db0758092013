#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace unknot::test {

/// A private HOME with its own XDG_* folders, for the lifetime of the object.
/// The previous environment is restored and the folder removed afterwards.
class TempHome {
 public:
  TempHome();
  ~TempHome();
  TempHome(const TempHome&) = delete;
  TempHome& operator=(const TempHome&) = delete;

  [[nodiscard]] const std::filesystem::path& root() const { return root_; }
  [[nodiscard]] std::filesystem::path config_home() const { return root_ / "config"; }
  [[nodiscard]] std::filesystem::path state_home() const { return root_ / "state"; }
  [[nodiscard]] std::filesystem::path runtime_dir() const { return root_ / "runtime"; }
  [[nodiscard]] std::filesystem::path config_dirs() const { return root_ / "xdg"; }

  /// Write `text` to `relative` below root(), creating folders; returns the path.
  std::filesystem::path write(const std::filesystem::path& relative, const std::string& text) const;

 private:
  std::filesystem::path root_;
  std::map<std::string, std::optional<std::string>> saved_;
};

}  // namespace unknot::test
