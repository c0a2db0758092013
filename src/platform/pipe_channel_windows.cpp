#include "platform/pipe_channel_windows.hpp"

#include <boost/asio/windows/overlapped_ptr.hpp>
#include <windows.h>

#include "platform/log.hpp"
#include "platform/named_pipe_windows.hpp"
#include "platform/win32_text.hpp"

namespace unknot {

namespace {

boost::system::error_code system_error(DWORD code) {
  return {static_cast<int>(code), boost::asio::error::get_system_category()};
}

}  // namespace

PipeAcceptor::PipeAcceptor(boost::asio::io_context& io, std::filesystem::path name)
    : io_(io), name_(std::move(name)) {}

PipeAcceptor::~PipeAcceptor() { close(); }

PipeAcceptor::OpenResult PipeAcceptor::open(std::string& error) {
  // Wine does not enforce FILE_FLAG_FIRST_PIPE_INSTANCE: ask first.
  if (win32::pipe_is_served(name_)) return OpenResult::already_running;
  unsigned long code = 0;
  win32::Handle first = win32::create_pipe_server(name_, true, code);
  if (!first) {
    if (code == ERROR_ACCESS_DENIED) return OpenResult::already_running;
    error = "cannot create " + name_.string() + ": " + win32::error_text(code);
    return OpenResult::failed;
  }
  pending_ = std::make_unique<PipeStream>(io_, first.release());
  *open_ = true;
  return OpenResult::ok;
}

void PipeAcceptor::accept(std::function<void(PipeStream)> on_client) {
  on_client_ = std::move(on_client);
  if (*open_) listen();
}

void PipeAcceptor::close() {
  if (!*open_) return;
  *open_ = false;
  open_ = std::make_shared<bool>(false);  // handlers of the old instance see "closed"
  if (pending_) {
    boost::system::error_code ignored;
    pending_->close(ignored);  // aborts the pending ConnectNamedPipe
    pending_.reset();
  }
}

bool PipeAcceptor::next_instance(std::string& error) {
  unsigned long code = 0;
  win32::Handle next = win32::create_pipe_server(name_, false, code);
  if (!next) {
    error = win32::error_text(code);
    return false;
  }
  pending_ = std::make_unique<PipeStream>(io_, next.release());
  return true;
}

void PipeAcceptor::listen() {
  auto open = open_;
  boost::asio::windows::overlapped_ptr overlapped(
      io_, [this, open](boost::system::error_code ec, std::size_t) {
        if (!*open) return;
        PipeStream client = std::move(*pending_);
        std::string error;
        if (!next_instance(error)) {
          log_error("control pipe: no further instance (" + error + "); accepting stops");
          *open = false;
        }
        if (!ec && win32::client_is_same_user(client.native_handle())) {
          if (on_client_) on_client_(std::move(client));
        } else if (!ec) {
          log_warn("control pipe: a client of another user was refused");
        }
        if (*open) listen();
      });
  const BOOL done = ConnectNamedPipe(pending_->native_handle(), overlapped.get());
  const DWORD code = done ? ERROR_SUCCESS : GetLastError();
  if (code == ERROR_IO_PENDING) {
    overlapped.release();
  } else if (code == ERROR_PIPE_CONNECTED || code == ERROR_SUCCESS) {
    // A client came between CreateNamedPipe and ConnectNamedPipe.
    overlapped.complete(boost::system::error_code{}, 0);
  } else {
    overlapped.complete(system_error(code), 0);
  }
}

PipeStream connect_pipe(boost::asio::io_context& io, const std::filesystem::path& name,
                        std::chrono::milliseconds timeout, boost::system::error_code& ec) {
  unsigned long code = 0;
  win32::Handle handle =
      win32::open_pipe_client(name, static_cast<unsigned>(timeout.count()), code);
  PipeStream stream(io);
  if (!handle) {
    ec = system_error(code);
    return stream;
  }
  stream.assign(handle.release(), ec);
  return stream;
}

}  // namespace unknot
