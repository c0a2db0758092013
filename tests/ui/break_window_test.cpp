// The break window built from a plan, on a private X server (Xvfb), talking
// to a fake daemon that records what the buttons send.
#include "ui/break_window.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/init.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"
#include "ui/accessible.hpp"
#include "ui/daemon_link.hpp"
#include "ui/figure_panel.hpp"
#include "ui/translations.hpp"
#include "ui/windows.hpp"
#include "wx_session.hpp"

using namespace std::chrono_literals;
using nlohmann::json;
using unknot::test::child;
using unknot::test::ensure_wx;
using unknot::test::settle;

namespace {

// Answers every request line with ok and remembers the commands, in order.
class FakeDaemon {
 public:
  explicit FakeDaemon(std::string path) : path_(std::move(path)) {
    listen_fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    path_.copy(addr.sun_path, sizeof addr.sun_path - 1);
    ::unlink(path_.c_str());
    REQUIRE(::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(listen_fd_, 8) == 0);
    acceptor_ = std::thread([this] { accept_loop(); });
  }
  ~FakeDaemon() {
    stopping_ = true;
    ::shutdown(listen_fd_, SHUT_RDWR);
    {
      std::lock_guard lock(mutex_);
      for (int fd : clients_) ::shutdown(fd, SHUT_RDWR);
    }
    acceptor_.join();
    for (auto& t : sessions_) t.join();
    for (int fd : clients_) ::close(fd);
    ::close(listen_fd_);
    ::unlink(path_.c_str());
  }
  /// Waits until `cmd` has arrived (or gives up after a while).
  bool received(const std::string& cmd) {
    std::unique_lock lock(mutex_);
    return seen_.wait_for(lock, 5s, [&] {
      return std::find(commands_.begin(), commands_.end(), cmd) != commands_.end();
    });
  }
  std::vector<std::string> commands() {
    std::lock_guard lock(mutex_);
    return commands_;
  }

 private:
  void accept_loop() {
    while (!stopping_) {
      const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) return;
      std::lock_guard lock(mutex_);
      clients_.push_back(fd);
      sessions_.emplace_back([this, fd] { serve(fd); });
    }
  }
  void serve(int fd) {
    std::string buffer;
    char chunk[4096];
    for (ssize_t n; (n = ::read(fd, chunk, sizeof chunk)) > 0;) {
      buffer.append(chunk, static_cast<std::size_t>(n));
      for (auto nl = buffer.find('\n'); nl != std::string::npos; nl = buffer.find('\n')) {
        const json request = json::parse(buffer.substr(0, nl), nullptr, false);
        buffer.erase(0, nl + 1);
        answer(fd, request);
      }
    }
  }
  void answer(int fd, const json& request) {
    {
      std::lock_guard lock(mutex_);
      commands_.push_back(request.value("cmd", ""));
    }
    seen_.notify_all();
    const std::string line =
        json{{"id", request.value("id", json())}, {"ok", true}, {"result", json::object()}}.dump() +
        "\n";
    (void)!::write(fd, line.data(), line.size());
  }

  std::string path_;
  int listen_fd_ = -1;
  std::atomic<bool> stopping_{false};
  std::thread acceptor_;
  std::mutex mutex_;
  std::condition_variable seen_;
  std::vector<int> clients_;
  std::vector<std::thread> sessions_;
  std::vector<std::string> commands_;
};

json micro_plan(bool strict) {
  return json{{"kind", "micro"},
              {"state", "running"},
              {"title", "Wrist circles"},
              {"duration_s", 30},
              {"remaining_s", 30},
              {"strict", strict},
              {"snooze_allowed", !strict},
              {"skip_allowed", !strict},
              {"today", {{"taken", 2}, {"prompted", 3}}},
              {"exercises",
               {{{"id", "w"},
                 {"title", "Wrist circles"},
                 {"duration_s", 30},
                 {"steps", {"Make loose fists.", "Circle your wrists."}},
                 {"caution", "Keep it easy."},
                 {"hold_s", 5},
                 {"breathing", nullptr}}}}};
}

template <typename T>
T* find_child(wxWindow* window) {
  for (wxWindow* c : window->GetChildren()) {
    if (auto* found = dynamic_cast<T*>(c)) return found;
    if (auto* found = find_child<T>(c)) return found;
  }
  return nullptr;
}

// Buttons, labels with text and the self-drawn ring and pacer, when shown.
template <typename F>
void for_each_shown_control(wxWindow* window, const F& visit) {
  for (wxWindow* c : window->GetChildren()) {
    if (!c->IsShown()) continue;
    const bool labelled = dynamic_cast<wxControl*>(c) != nullptr && !c->GetLabel().empty();
    if (labelled || dynamic_cast<unknot::ProgressRing*>(c) != nullptr ||
        dynamic_cast<unknot::BreathingPacer*>(c) != nullptr)
      visit(c);
    for_each_shown_control(c, visit);
  }
}

// Whether open_break_window showed a window, once its continuation ran
// (nullopt if it never did within five seconds).
std::optional<bool> opened(unknot::DaemonLink& link) {
  auto shown = std::make_shared<std::optional<bool>>();
  unknot::open_break_window(link, std::nullopt, [shown](bool result) { *shown = result; });
  for (int i = 0; i < 1000 && !*shown; ++i) {
    wxTheApp->ProcessPendingEvents();
    std::this_thread::sleep_for(5ms);
  }
  return *shown;
}

// A window with its link and fake daemon, torn down in a safe order.
struct Fixture {
  unknot::test::TempHome home;
  std::unique_ptr<FakeDaemon> daemon;
  std::unique_ptr<unknot::DaemonLink> link;
  unknot::BreakWindow* window = nullptr;
  explicit Fixture(const json& plan) {
    ensure_wx();
    const auto socket = home.runtime_dir() / "fake.sock";
    std::filesystem::create_directories(socket.parent_path());
    daemon = std::make_unique<FakeDaemon>(socket.string());
    link = std::make_unique<unknot::DaemonLink>(socket);
    window = new unknot::BreakWindow(*link, *unknot::read_plan_reply(plan));
  }
  ~Fixture() {
    if (window != nullptr) window->Destroy();
    settle();
    link.reset();  // joins its threads; no reply is in flight any more
    settle();
    daemon.reset();
  }
};

}  // namespace

TEST_CASE("[integration] the micro break panel shows the exercise and every answer") {
  Fixture f(micro_plan(false));
  auto* w = f.window;
  CHECK(w->GetTitle() == wxString::FromUTF8("Micro break \u00b7 Unknot"));
  CHECK(child<wxStaticText>(w, "break-title")->GetLabel() == "Wrist circles");
  CHECK(child<wxStaticText>(w, "break-steps")->GetLabel() ==
        "1. Make loose fists.\n2. Circle your wrists.");
  CHECK(child<wxStaticText>(w, "break-hold-repeat")->GetLabel() == "Hold 5 s");
  CHECK(child<wxStaticText>(w, "break-caution")->GetLabel() == "Keep it easy.");
  for (const char* name : {"break-done", "break-snooze", "break-skip"}) {
    INFO(name);
    auto* button = child<wxButton>(w, name);
    REQUIRE(button != nullptr);
    CHECK(button->IsShown());
    CHECK_FALSE(button->GetToolTipText().empty());  // names its key; read out by screen readers
  }
  CHECK(child<wxButton>(w, "break-done")->GetLabel() == "&Done");
  CHECK_FALSE(w->pacer().IsShown());  // no breathing exercise, no pacer
}

TEST_CASE("[integration] strict mode hides Skip and, once used up, Snooze") {
  Fixture f(micro_plan(true));
  CHECK_FALSE(child<wxButton>(f.window, "break-skip")->IsShown());
  CHECK_FALSE(child<wxButton>(f.window, "break-snooze")->IsShown());
  CHECK(child<wxButton>(f.window, "break-done")->IsShown());
}

TEST_CASE("[integration] Done tells the daemon and ends with today's tally") {
  Fixture f(micro_plan(false));
  wxCommandEvent click(wxEVT_BUTTON, child<wxButton>(f.window, "break-done")->GetId());
  f.window->ProcessWindowEvent(click);
  CHECK(f.daemon->received("done"));
  CHECK(f.window->finished());
  // The plan counted 2 of 3; this break makes it 3 of 4.
  CHECK(child<wxStaticText>(f.window, "break-summary")->GetLabel() ==
        "Well done.\n3 of 4 breaks taken today");
  CHECK_FALSE(child<wxButton>(f.window, "break-done")->IsShown());
}

TEST_CASE("[integration] a break answered elsewhere closes the window's guide") {
  Fixture f(micro_plan(false));
  f.window->apply_status(
      json{{"on_break", {{"kind", "micro"}, {"remaining_s", 12}}}, {"break_due", nullptr}});
  CHECK_FALSE(f.window->finished());
  f.window->apply_status(json{{"on_break", nullptr}, {"break_due", nullptr}});
  CHECK(f.window->finished());
  // It only listened: no answer went to the daemon (reading the day's tally
  // or the status is not an answer).
  for (const std::string& cmd : f.daemon->commands()) {
    INFO(cmd);
    CHECK((cmd != "done" && cmd != "snooze" && cmd != "skip" && cmd != "break"));
  }
}

TEST_CASE("[integration] a due break waits for Start, then runs") {
  json plan = micro_plan(false);
  plan["state"] = "due";
  Fixture f(plan);
  CHECK(child<wxButton>(f.window, "break-done")->GetLabel() == "&Start");
  wxCommandEvent click(wxEVT_BUTTON, child<wxButton>(f.window, "break-done")->GetId());
  f.window->ProcessWindowEvent(click);
  CHECK(f.daemon->received("break"));
  CHECK_FALSE(f.window->finished());
  f.window->apply_status(json{{"on_break", {{"kind", "micro"}, {"remaining_s", 30}}}});
  CHECK(f.window->running());
  CHECK(child<wxButton>(f.window, "break-done")->GetLabel() == "&Done");
}

TEST_CASE("[integration] a rest break walks from exercise to exercise with the pacer") {
  json plan = micro_plan(false);
  plan["kind"] = "rest";
  plan["duration_s"] = 60;
  plan["remaining_s"] = 60;
  plan["exercises"].push_back(
      {{"id", "b"},
       {"title", "Box breathing"},
       {"duration_s", 30},
       {"steps", {"Breathe."}},
       {"breathing",
        {{"inhale", 4}, {"hold", 4}, {"exhale", 4}, {"hold_after", 4}, {"cycles", 2}}}});
  Fixture f(plan);
  auto* w = f.window;
  const auto start = unknot::BreakWindow::Clock::now();
  CHECK(w->GetTitle() == wxString::FromUTF8("Rest break \u00b7 Unknot"));
  CHECK(child<wxStaticText>(w, "break-next")->GetLabel() == "Next: Box breathing");
  w->tick(start + 32s);  // 2 s into the breathing exercise: breathing in
  CHECK(w->current_exercise() == 1);
  CHECK(child<wxStaticText>(w, "break-title")->GetLabel() == "Box breathing");
  CHECK(w->pacer().IsShown());
  CHECK(w->pacer().state().phase == unknot::BreathPhase::inhale);
  CHECK(w->pacer().state().size == Approx(0.5).margin(0.05));
  w->tick(start + 35s);
  CHECK(w->pacer().state().phase == unknot::BreathPhase::hold);

  // What a screen reader reads for the controls that draw themselves.
  auto* pacer = const_cast<unknot::BreathingPacer*>(&w->pacer());
  CHECK(unknot::accessible_name(pacer) == "Breathing guide");
  auto* ring = find_child<unknot::ProgressRing>(w);
  REQUIRE(ring != nullptr);
  CHECK(unknot::accessible_name(ring) == "Time left: 0:25");
  // And every control a user can reach or read has a name.
  for_each_shown_control(w, [](wxWindow* control) {
    INFO(control->GetName().ToStdString());
    CHECK_FALSE(unknot::accessible_name(control).empty());
  });
}

TEST_CASE("[integration] an exercise with a picture shows it, named for screen readers") {
  unknot::test::TempHome pictures;
  const auto svg = pictures.root() / "palm-press.svg";
  std::ofstream{svg} << R"(<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">)"
                     << R"(<circle cx="12" cy="12" r="10" fill="#3465a4"/></svg>)";
  json plan = micro_plan(false);
  plan["exercises"][0]["image"] = svg.string();
  Fixture f(plan);
  f.window->tick(unknot::BreakWindow::Clock::now());
  auto* picture = child<wxStaticBitmap>(f.window, "break-picture");
  REQUIRE(picture != nullptr);
  CHECK(picture->IsShown());
  CHECK(picture->GetBitmap().IsOk());
  CHECK(unknot::accessible_name(picture) == "Wrist circles");

  json without = micro_plan(false);  // no picture: no empty frame either
  Fixture g(without);
  g.window->tick(unknot::BreakWindow::Clock::now());
  CHECK_FALSE(child<wxStaticBitmap>(g.window, "break-picture")->IsShown());
}

TEST_CASE("[integration] an exercise with a figure shows it moving, key by key, for screen readers") {
  json plan = micro_plan(false);
  plan["exercises"][0]["figure"] = {
      {"view", "front"},
      {"base", "sit-tall"},
      {"props", {"chair"}},
      {"keys",
       {{{"name", "Tilt to the right"}, {"dur", 1.0}, {"joints", {{"neck", {{"abd", -20}}}}}},
        {{"name", "Back to the middle"}, {"dur", 1.0}, {"joints", {{"neck", {{"abd", 0}}}}}}}}};
  // An image too: the figure shows the move itself and takes its place.
  plan["exercises"][0]["image"] = "/nonexistent/wrist.svg";
  Fixture f(plan);
  const auto start = unknot::BreakWindow::Clock::now();
  f.window->tick(start);
  const unknot::FigurePanel& figure = f.window->figure();
  CHECK(figure.IsShown());
  CHECK(figure.animating());
  CHECK_FALSE(child<wxStaticBitmap>(f.window, "break-picture")->IsShown());
  CHECK(figure.key_name() == "Tilt to the right");
  CHECK(unknot::accessible_name(const_cast<unknot::FigurePanel*>(&figure)) == "Wrist circles");
  f.window->tick(start + 1500ms);
  CHECK(figure.key_name() == "Back to the middle");

  Fixture g(micro_plan(false));  // no figure: no empty card
  g.window->tick(unknot::BreakWindow::Clock::now());
  CHECK_FALSE(g.window->figure().IsShown());
  CHECK_FALSE(g.window->figure().animating());
}

TEST_CASE("a still figure shows each held pose of the first round, or every pose when few are held") {
  unknot::Figure figure;
  figure.mirror = true;
  for (const char* name : {"Reach", "Hold the reach", "Let go", "Rest"}) {
    unknot::FigureKey key;
    key.name = name;
    key.dur = 1;
    key.hold = std::string(name).rfind("Hold", 0) == 0 || std::string(name) == "Rest";
    figure.keys.push_back(key);
  }
  const unknot::FigureTimeline timeline(figure, unknot::FigureTiming{5, 3});
  const std::vector<double> held = unknot::still_moments(timeline, 4);
  REQUIRE(held.size() == 2);  // the two held keys, once: not the repeats or the other side
  CHECK(timeline.key_name_at(held[0]) == "Hold the reach");
  CHECK(timeline.key_name_at(held[1]) == "Rest");
  CHECK(unknot::still_moments(timeline, 1).size() == 1);

  for (auto& key : figure.keys) key.hold = false;
  const unknot::FigureTimeline moving(figure, unknot::FigureTiming{5, 3});
  CHECK(unknot::still_moments(moving, 4).size() == 4);  // nothing held: every key
}

TEST_CASE("[integration] a break without exercises still shows what to do") {
  json plan = micro_plan(false);
  plan["exercises"] = json::array();
  plan["title"] = "Micro break";
  Fixture f(plan);
  CHECK(child<wxStaticText>(f.window, "break-title")->GetLabel() == "Micro break");
  CHECK_FALSE(child<wxStaticText>(f.window, "break-steps")->GetLabel().empty());
  CHECK_FALSE(f.window->pacer().IsShown());
}

namespace {

/// unknot-ui's translations for one test (the catalogs compiled into
/// <build>/share/locale), English again afterwards.
struct UiLanguage {
  explicit UiLanguage(std::vector<std::string> languages) {
    ensure_wx();
    unknot::setup_ui_translations(languages);
  }
  ~UiLanguage() { unknot::setup_ui_translations({}); }
  UiLanguage(const UiLanguage&) = delete;
  UiLanguage& operator=(const UiLanguage&) = delete;
};

}  // namespace

TEST_CASE("[integration] under German the break window's words are German") {
  const UiLanguage german({"de"});
  Fixture f(micro_plan(false));
  auto* w = f.window;
  CHECK(w->GetTitle() == wxString::FromUTF8("Kurzpause \u00b7 Unknot"));
  CHECK(child<wxButton>(w, "break-done")->GetLabelText() == "Fertig");
  CHECK(child<wxButton>(w, "break-snooze")->GetLabelText() == wxString::FromUTF8("Später"));
  CHECK(child<wxButton>(w, "break-skip")->GetLabelText() == wxString::FromUTF8("Überspringen"));
  CHECK(child<wxButton>(w, "break-skip")->GetToolTipText() ==
        wxString::FromUTF8("Diese Pause überspringen (K)"));
  CHECK(child<wxStaticText>(w, "break-hold-repeat")->GetLabel() == "5 s halten");
  wxCommandEvent click(wxEVT_BUTTON, child<wxButton>(w, "break-done")->GetId());
  w->ProcessWindowEvent(click);
  CHECK(f.daemon->received("done"));
  // The plural follows the total: "3 von 4 Pausen", as in English.
  CHECK(child<wxStaticText>(w, "break-summary")->GetLabel() ==
        "Gut gemacht.\n3 von 4 Pausen heute gemacht");
}

TEST_CASE("[integration] a language without a catalog leaves the break window in English") {
  const UiLanguage klingon({"tlh", "xx"});
  Fixture f(micro_plan(false));
  CHECK(f.window->GetTitle() == wxString::FromUTF8("Micro break \u00b7 Unknot"));
  CHECK(child<wxButton>(f.window, "break-done")->GetLabelText() == "Done");
}

TEST_CASE("[integration] no second break window while another process shows one") {
  ensure_wx();
  unknot::test::TempHome home;
  const auto socket = home.runtime_dir() / "fake.sock";
  std::filesystem::create_directories(socket.parent_path());
  auto daemon = std::make_unique<FakeDaemon>(socket.string());
  auto link = std::make_unique<unknot::DaemonLink>(socket);
  // What another live unknot-ui leaves in the runtime folder: wx's lock file
  // naming its pid (here our parent's, a process that surely runs).
  const auto lock_file =
      home.runtime_dir() / (".unknot-break-window-" + wxGetUserId().ToStdString());
  { std::ofstream{lock_file} << ::getppid(); }
  std::filesystem::permissions(
      lock_file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  CHECK(opened(*link) == false);
  settle();
  CHECK(daemon->commands().empty());  // not even asked: nothing started, nothing shown
  std::filesystem::remove(lock_file);
  // Once it is gone, the next request goes ahead (this fake has no plan to show).
  CHECK(opened(*link) == false);
  CHECK(daemon->received("plan"));
  link.reset();
  settle();
  daemon.reset();
}
