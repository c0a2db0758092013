#pragma once
// The control channel on the Asio loop over the named pipe (the Windows
// counterpart of the Unix socket's acceptor and connect): a server that
// accepts one client at a time per instance, each as an
// asio::windows::stream_handle for the same do_read/do_write chains the
// socket sessions use, and a client connect. See named_pipe_windows.hpp for
// the pipe's security.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/windows/stream_handle.hpp>

namespace unknot {

/// A connected pipe end on the Asio loop.
using PipeStream = boost::asio::windows::stream_handle;

/// The daemon's end: serves `name` to clients of the same user.
class PipeAcceptor {
 public:
  /// How open() went.
  enum class OpenResult { ok, already_running, failed };

  PipeAcceptor(boost::asio::io_context& io, std::filesystem::path name);
  ~PipeAcceptor();
  PipeAcceptor(const PipeAcceptor&) = delete;
  PipeAcceptor& operator=(const PipeAcceptor&) = delete;

  /// Creates the first instance; `already_running` when another process
  /// serves the name (a second daemon then exits). `error` says why on failure.
  OpenResult open(std::string& error);
  /// Calls `on_client` with each connected client of the same user (others
  /// are disconnected unheard, and logged), until close().
  void accept(std::function<void(PipeStream)> on_client);
  /// Stops accepting; connected clients are theirs to close.
  void close();

 private:
  void listen();
  bool next_instance(std::string& error);

  boost::asio::io_context& io_;
  std::filesystem::path name_;
  std::unique_ptr<PipeStream> pending_;  ///< the instance waiting for a client
  std::function<void(PipeStream)> on_client_;
  std::shared_ptr<bool> open_ = std::make_shared<bool>(false);
};

/// The client's end: connects to `name`, waiting up to `timeout` while all
/// instances are busy. On failure `ec` is set (file_not_found: no daemon).
PipeStream connect_pipe(boost::asio::io_context& io, const std::filesystem::path& name,
                        std::chrono::milliseconds timeout, boost::system::error_code& ec);

}  // namespace unknot
