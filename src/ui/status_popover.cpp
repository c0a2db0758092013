// `unknot-ui status`: a small borderless panel near the tray corner saying
// where the user stands, with the two things they most often want next.
// It goes away by itself: Esc, a click elsewhere, or ten seconds without the
// pointer over it.
#include <chrono>

#include <wx/button.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/timer.h>
#include <wx/weakref.h>

#include "protocol/stats_reply.hpp"
#include "ui/daemon_link.hpp"
#include "ui/status_popover_text.hpp"
#include "ui/tray_icon_facts.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr auto kIdleClose = std::chrono::seconds{10};
constexpr int kTickMs = 500;
constexpr int kRefreshMs = 15'000;
constexpr int kMargin = 8;

class StatusPopover : public wxFrame {
 public:
  explicit StatusPopover(DaemonLink& link)
      : wxFrame(nullptr, wxID_ANY, _("Unknot status"), wxDefaultPosition, wxDefaultSize,
                wxFRAME_NO_TASKBAR | wxSTAY_ON_TOP | wxBORDER_NONE | wxFRAME_TOOL_WINDOW),
        link_(link),
        tick_(this) {
    build();
    Bind(wxEVT_CHAR_HOOK, &StatusPopover::on_key, this);
    Bind(wxEVT_ACTIVATE, &StatusPopover::on_activate, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { on_tick(); });
    last_pointer_ = Clock::now();
    tick_.Start(kTickMs);
  }

  void start() {
    link_.watch(
        this, [this](const json& status) { show(status); }, [this] { Close(); });
    refresh();
  }

 private:
  void build() {
    auto* panel = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_SIMPLE);
    auto* box = new wxBoxSizer(wxVERTICAL);
    headline_ = new wxStaticText(panel, wxID_ANY, "Unknot");
    headline_->SetFont(headline_->GetFont().Bold().Larger());
    box->Add(headline_, 0, wxLEFT | wxRIGHT | wxTOP, 14);
    // The facts sit close together, a little apart from the headline.
    for (wxStaticText** line : {&next_, &sitting_, &today_}) {
      *line = new wxStaticText(panel, wxID_ANY, " ");
      box->Add(*line, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(line == &next_ ? 10 : 4));
    }
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    take_ = new wxButton(panel, wxID_ANY, _("Take a break now"));
    pause_ = new wxButton(panel, wxID_ANY, _("Pause 30 min"));
    buttons->Add(take_, 0, wxRIGHT, 8);
    buttons->Add(pause_);
    box->Add(buttons, 0, wxALL, 14);
    take_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { take_break(); });
    pause_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggle_pause(); });
    panel->SetSizer(box);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(panel, 1, wxEXPAND);
    SetSizer(outer);
    set_lines(popover_lines(StatusReply{}, std::nullopt));
  }

  void refresh() {
    link_.request(this, "status", json::object(), [this](const json& reply) {
      if (reply.value("ok", false)) show(reply["result"]);
    });
    link_.request(this, "stats", json{{"days", 1}}, [this](const json& reply) {
      if (!reply.value("ok", false)) return;
      const auto stats = reply["result"].get<StatsReply>();
      if (!stats.days.empty()) taken_today_ = stats.days.back().figures.taken;
      show(status_);
    });
  }

  void show(const json& status) { show(status.get<StatusReply>()); }

  void show(const StatusReply& status) {
    status_ = status;
    set_lines(popover_lines(status_, taken_today_));
  }

  void set_lines(const PopoverLines& lines) {
    headline_->SetLabel(wxString::FromUTF8(lines.headline));
    next_->SetLabel(wxString::FromUTF8(lines.next));
    sitting_->SetLabel(wxString::FromUTF8(lines.sitting));
    today_->SetLabel(wxString::FromUTF8(lines.today));
    paused_ = lines.paused;
    pause_->SetLabel(paused_ ? _("Resume") : _("Pause 30 min"));
    take_->Enable(!lines.on_break);
    Fit();
    place();
  }

  /// Top-right of the monitor the pointer is on: where panels keep the tray.
  void place() {
    int index = wxDisplay::GetFromPoint(wxGetMousePosition());
    if (index == wxNOT_FOUND) index = 0;
    const wxRect area = wxDisplay(static_cast<unsigned>(index)).GetClientArea();
    const wxSize size = GetSize();
    SetPosition(wxPoint(area.GetRight() - size.x - kMargin, area.GetTop() + kMargin));
  }

  void take_break() {
    const Status& status = status_.status;
    std::optional<BreakKind> kind;
    if (status.next_break) kind = status.next_break->kind;
    open_break_window(link_, status.break_due ? std::nullopt : kind);
    Close();
  }

  void toggle_pause() {
    if (paused_)
      link_.send("resume");
    else
      link_.send("pause", json{{"duration_s", 30 * 60}});
  }

  void on_key(wxKeyEvent& event) {
    if (event.GetKeyCode() == WXK_ESCAPE)
      Close();
    else
      event.Skip();
  }

  void on_activate(wxActivateEvent& event) {
    if (event.GetActive())
      was_active_ = true;
    else if (was_active_)
      CallAfter([this] { Close(); });
    event.Skip();
  }

  void on_tick() {
    const auto now = Clock::now();
    if (GetScreenRect().Contains(wxGetMousePosition())) last_pointer_ = now;
    if (now - last_pointer_ > kIdleClose) {
      tick_.Stop();
      Close();
      return;
    }
    if (++ticks_ % (kRefreshMs / kTickMs) == 0) refresh();
  }

  DaemonLink& link_;
  wxTimer tick_;
  wxStaticText* headline_ = nullptr;
  wxStaticText* next_ = nullptr;
  wxStaticText* sitting_ = nullptr;
  wxStaticText* today_ = nullptr;
  wxButton* take_ = nullptr;
  wxButton* pause_ = nullptr;
  StatusReply status_;
  std::optional<int> taken_today_;
  Clock::time_point last_pointer_;
  int ticks_ = 0;
  bool paused_ = false;
  bool was_active_ = false;
};

wxWeakRef<StatusPopover> g_open;  // one popover at a time

}  // namespace

bool open_status_popover(DaemonLink& link) {
  if (g_open) {
    g_open->Close();  // a second click on the tray closes it, as with a menu
    return true;
  }
  auto* popover = new StatusPopover(link);
  g_open = popover;
  popover->Show();
  popover->Raise();
  popover->start();
  return true;
}

}  // namespace unknot
