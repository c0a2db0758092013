#pragma once
// Starts unknot-ui processes on demand and reaps them: one per role, so a
// second "open the break window" while one is open does not stack windows.
#include <utility>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "service/ui_windows.hpp"

namespace unknot {

/// Starts and reaps one unknot-ui process per role.
class UiLauncher : public UiWindows {
 public:
  /// `program`: the unknot-ui executable (ui_program_path()). Each process gets
  /// `--socket <socket>` (empty: control_socket_path()) and this environment.
  UiLauncher(boost::asio::io_context& io, std::filesystem::path program,
             std::filesystem::path socket = {});
  ~UiLauncher() override;
  UiLauncher(const UiLauncher&) = delete;
  UiLauncher& operator=(const UiLauncher&) = delete;

  /// Starts `program args...` for `role`, unless one for that role still runs.
  /// A failure to start is logged, never thrown: the notification still works.
  void open(UiRole role, const std::vector<std::string>& args) override;
  /// Asks the process for `role` to go away (SIGTERM), if one runs.
  void close(UiRole role) override;
  /// close() for every role (daemon shutdown).
  void close_all() override;
  /// True while a process started for `role` has not exited.
  [[nodiscard]] bool running(UiRole role) const override;
  /// The process id for `role` while it runs, else 0 (tests, logs).
  [[nodiscard]] int pid(UiRole role) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The unknot-ui next to the running daemon (`<exe dir>/unknot-ui`), or
/// `$UNKNOT_UI` when set (tests).
std::filesystem::path ui_program_path();

}  // namespace unknot
