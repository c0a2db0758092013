#include <utility>  // before Asio: Boost 1.74 + C++20 needs it first

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <fcntl.h>
#include <glib.h>

#include "platform/log.hpp"
#include "service/glib_loop.hpp"

namespace unknot {

namespace asio = boost::asio;

/// One GLib iteration is prepare + query (arm), an Asio wait, then check +
/// dispatch (wake). Waits from an earlier iteration carry its number and are
/// ignored once a later one has begun.
struct GlibLoop::Impl : std::enable_shared_from_this<Impl> {
  explicit Impl(asio::io_context& io) : io_(io), context_(g_main_context_default()), timer_(io) {}

  void start();
  void stop();
  void iterate();
  void arm(int timeout_ms);
  void watch_fd(int fd, gushort events);
  void wake(std::uint64_t iteration);
  void disarm();
  /// A completion handler that wakes this iteration, unless the loop is gone.
  auto waker() {
    return [weak = weak_from_this(), iteration = iteration_](const boost::system::error_code& ec) {
      if (ec == asio::error::operation_aborted) return;
      if (auto self = weak.lock()) self->wake(iteration);
    };
  }

  asio::io_context& io_;
  GMainContext* context_;
  asio::steady_timer timer_;
  std::vector<GPollFD> fds_;
  // Fresh each iteration: GLib may close an fd and reuse its number, which a
  // long-lived epoll registration would silently miss.
  std::vector<std::unique_ptr<asio::posix::stream_descriptor>> descriptors_;
  // Asio makes each fd non-blocking; GLib's owners get theirs back as they were.
  std::vector<std::pair<int, int>> blocking_fd_flags_;
  gint max_priority_ = 0;
  std::uint64_t iteration_ = 0;
  bool waiting_ = false;
  bool acquired_ = false;
  bool dispatching_ = false;
  bool stopped_ = false;
};

void GlibLoop::Impl::start() {
  if (!g_main_context_acquire(context_))
    throw std::runtime_error("the default GLib main context is owned by another thread");
  acquired_ = true;
  asio::post(io_, [weak = weak_from_this()] {
    if (auto self = weak.lock()) self->iterate();
  });
}

void GlibLoop::Impl::stop() {
  stopped_ = true;
  disarm();
  // Released after the current dispatch when stop() comes from a GLib callback.
  if (acquired_ && !dispatching_) {
    g_main_context_release(context_);
    acquired_ = false;
  }
}

void GlibLoop::Impl::iterate() {
  if (stopped_) return;
  const bool ready = g_main_context_prepare(context_, &max_priority_);
  gint timeout_ms = -1;
  fds_.resize(std::max<std::size_t>(fds_.size(), 8));
  gint count = 0;
  while ((count = g_main_context_query(context_, max_priority_, &timeout_ms, fds_.data(),
                                       static_cast<gint>(fds_.size()))) >
         static_cast<gint>(fds_.size()))
    fds_.resize(static_cast<std::size_t>(count));
  fds_.resize(static_cast<std::size_t>(count));
  arm(ready ? 0 : timeout_ms);
}

void GlibLoop::Impl::arm(int timeout_ms) {
  ++iteration_;
  waiting_ = true;
  if (timeout_ms == 0) {
    asio::post(io_, [handler = waker()] { handler({}); });
    return;
  }
  for (std::size_t i = 0; i < fds_.size(); ++i) {
    // Two sources may poll one fd; epoll takes each fd once.
    const auto same_fd = [&](const GPollFD& p) { return p.fd == fds_[i].fd; };
    if (std::any_of(fds_.begin(), fds_.begin() + static_cast<std::ptrdiff_t>(i), same_fd)) continue;
    gushort events = 0;
    for (const auto& p : fds_)
      if (same_fd(p)) events |= p.events;
    watch_fd(fds_[i].fd, events);
  }
  if (timeout_ms > 0) {
    timer_.expires_after(std::chrono::milliseconds{timeout_ms});
    timer_.async_wait(waker());
  }
}

void GlibLoop::Impl::watch_fd(int fd, gushort events) {
  auto descriptor = std::make_unique<asio::posix::stream_descriptor>(io_);
  boost::system::error_code ec;
  descriptor->assign(fd, ec);
  if (ec) {
    // Not pollable by epoll (say a regular file): its readiness is still read
    // by the g_poll in wake() whenever something else wakes the loop.
    log_debug("GLib fd " + std::to_string(fd) + " cannot be watched: " + ec.message());
    return;
  }
  if (const int flags = ::fcntl(fd, F_GETFL); flags >= 0 && !(flags & O_NONBLOCK))
    blocking_fd_flags_.emplace_back(fd, flags);
  using Wait = asio::posix::descriptor_base::wait_type;
  if (events & (G_IO_IN | G_IO_HUP | G_IO_ERR)) descriptor->async_wait(Wait::wait_read, waker());
  if (events & G_IO_OUT) descriptor->async_wait(Wait::wait_write, waker());
  if (events & G_IO_PRI) descriptor->async_wait(Wait::wait_error, waker());
  descriptors_.push_back(std::move(descriptor));
}

void GlibLoop::Impl::wake(std::uint64_t iteration) {
  if (iteration != iteration_ || !waiting_ || stopped_) return;
  waiting_ = false;
  disarm();
  // Asio said which wait fired first; GLib needs every fd's state at once.
  g_poll(fds_.data(), static_cast<guint>(fds_.size()), 0);
  dispatching_ = true;
  if (g_main_context_check(context_, max_priority_, fds_.data(), static_cast<gint>(fds_.size())))
    g_main_context_dispatch(context_);
  dispatching_ = false;
  if (stopped_) {
    stop();
    return;
  }
  iterate();
}

void GlibLoop::Impl::disarm() {
  timer_.cancel();
  // release(), not close(): the fds belong to GLib.
  for (auto& descriptor : descriptors_) descriptor->release();
  descriptors_.clear();
  for (const auto& [fd, flags] : blocking_fd_flags_) ::fcntl(fd, F_SETFL, flags);
  blocking_fd_flags_.clear();
}

GlibLoop::GlibLoop(asio::io_context& io) : impl_(std::make_shared<Impl>(io)) { impl_->start(); }

GlibLoop::~GlibLoop() { impl_->stop(); }

void GlibLoop::refresh() {
  // The wakeup fd is among the fds we wait on: the next turn re-prepares.
  if (!impl_->stopped_) g_main_context_wakeup(impl_->context_);
}

void GlibLoop::stop() { impl_->stop(); }

bool GlibLoop::running() const { return !impl_->stopped_; }

}  // namespace unknot
