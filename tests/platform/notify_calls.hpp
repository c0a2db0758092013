#pragma once
// Reads back the Notify calls that `dbus-monitor` saw on the test bus, so a
// test can check what actually went over the wire to the server.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <exception>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace unknot::test {

/// One org.freedesktop.Notifications.Notify call as dbus-monitor printed it.
struct NotifyCall {
  std::string sender;  // unique name of the caller
  std::string app_name;
  std::uint32_t replaces_id = 0;
  std::string icon;
  std::string summary;
  std::string body;
  std::vector<std::string> actions;  // key, label, key, label, ...
  /// hint name -> "TYPE VALUE", e.g. "byte 1", "string x-unknot.break"
  std::map<std::string, std::string> hints;
  std::int32_t expire_timeout = 0;
};

namespace detail {

/// dbus-monitor's value syntax, token by token ("string" values may span lines).
class MonitorTokens {
 public:
  explicit MonitorTokens(const std::string& text) : text_(text) {}
  bool done() {
    skip_space();
    return pos_ >= text_.size();
  }
  /// The next word, or "[" "]" "(" ")" (dict entry( is read as "dict" "entry(").
  std::string word() {
    skip_space();
    const auto start = pos_;
    while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  /// A quoted string: up to the closing quote that ends a line.
  std::string quoted() {
    skip_space();
    const auto start = pos_ + 1;
    auto end = text_.find("\"\n", start);
    if (end == std::string::npos && !text_.empty() && text_.back() == '"') end = text_.size() - 1;
    if (pos_ >= text_.size() || text_[pos_] != '"' || end == std::string::npos || end < start)
      throw std::runtime_error("truncated string");
    pos_ = end + 1;
    return text_.substr(start, end - start);
  }
  /// "TYPE VALUE" of a basic value whose type word was just read.
  std::string value_of(const std::string& type) {
    return type + " " + (type == "string" ? quoted() : word());
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  const std::string& text_;
  std::size_t pos_ = 0;
};

inline NotifyCall parse_notify_args(const std::string& args) {
  MonitorTokens t{args};
  NotifyCall call;
  t.word(), call.app_name = t.quoted();
  t.word(), call.replaces_id = static_cast<std::uint32_t>(std::stoul(t.word()));
  t.word(), call.icon = t.quoted();
  t.word(), call.summary = t.quoted();
  t.word(), call.body = t.quoted();
  t.word(), t.word();  // array [
  for (std::string w = t.word(); w == "string"; w = t.word()) call.actions.push_back(t.quoted());
  t.word(), t.word();  // array [
  for (std::string w = t.word(); w == "dict"; w = t.word()) {
    t.word(), t.word();  // entry( string
    const std::string key = t.quoted();
    t.word();  // variant
    call.hints[key] = t.value_of(t.word());
    t.word();  // )
  }
  t.word(), call.expire_timeout = std::stoi(t.word());
  return call;
}

}  // namespace detail

/// Every complete Notify call in a dbus-monitor log, oldest first.
inline std::vector<NotifyCall> notify_calls(const std::string& log) {
  std::vector<NotifyCall> calls;
  const std::string marker = "member=Notify\n";
  for (auto at = log.find(marker); at != std::string::npos; at = log.find(marker, at + 1)) {
    const auto header = log.rfind('\n', at) + 1;
    const auto sender_at = log.find("sender=", header) + 7;
    const auto args_start = at + marker.size();
    // The arguments run to the next message header (or the end of the log).
    auto args_end = log.size();
    for (const char* next : {"\nmethod ", "\nsignal ", "\nerror "})
      args_end = std::min(args_end, log.find(next, args_start));
    try {
      NotifyCall call = detail::parse_notify_args(log.substr(args_start, args_end - args_start));
      call.sender = log.substr(sender_at, log.find(' ', sender_at) - sender_at);
      calls.push_back(std::move(call));
    } catch (const std::exception&) {
      break;  // the last message is still being written
    }
  }
  return calls;
}

}  // namespace unknot::test
