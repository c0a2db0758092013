// The break window's construction: layout, keys and placement. Its behaviour
// over time (countdown, status pushes, answers) is in break_window_flow.cpp.
#include "ui/break_window.hpp"

#include <wx/accel.h>
#include <wx/bmpbndl.h>
#include <wx/button.h>
#include <wx/display.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include "ui/accessible.hpp"
#include "ui/daemon_link.hpp"
#include "ui/figure_panel.hpp"
#include "ui/reduced_motion.hpp"

namespace unknot {

namespace {

enum : int { kIdPrimary = wxID_HIGHEST + 1, kIdSnooze, kIdSkip, kIdEscape };
constexpr int kFocusCheckMs = 2000;   // how often to ask whether typing has stopped
constexpr int kIdleBeforeFocusS = 3;  // no input this long: the hands are off the keys

long frame_style(bool micro) {
  // A micro break is a glance, not a task: no taskbar entry, a slim frame.
  const long common = wxCAPTION | wxCLOSE_BOX | wxSTAY_ON_TOP | wxCLIP_CHILDREN;
  return micro ? common | wxFRAME_NO_TASKBAR | wxFRAME_TOOL_WINDOW
               : common | wxSYSTEM_MENU | wxMINIMIZE_BOX | wxRESIZE_BORDER;
}

wxString frame_title(const PlanReply& view) {
  // Latin-1 only: tools that read the plain WM_NAME (xdotool, some docks)
  // cannot match a title with characters beyond it.
  return wxString::FromUTF8(kind_heading(view.kind) + " \u00b7 Unknot");
}

wxStaticText* make_text(wxWindow* parent, const char* name, const wxFont& font,
                        const wxColour& colour) {
  auto* text = new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, name);
  text->SetFont(font);
  text->SetForegroundColour(colour);
  return text;
}

wxButton* make_button(wxWindow* parent, int id, const wxString& label, const char* name,
                      const wxString& help) {
  auto* button = new wxButton(parent, id, label, wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, name);
  button->SetToolTip(help);
  button->SetHelpText(help);
  return button;
}

}  // namespace

BreakWindow::BreakWindow(DaemonLink& link, PlanReply view)
    : wxFrame(nullptr, wxID_ANY, frame_title(view), wxDefaultPosition, wxDefaultSize,
              frame_style(view.kind == BreakKind::micro), "break-window"),
      link_(link),
      view_(std::move(view)),
      palette_(BreakPalette::from_system()),
      micro_(view_.kind == BreakKind::micro),
      wrap_width_(FromDIP(micro_ ? 260 : 400)),
      reduced_motion_(desktop_wants_reduced_motion()),
      timer_(this),
      close_timer_(this),
      focus_timer_(this) {
  build();
  bind_keys();
  index_ = static_cast<std::size_t>(-1);
  const auto now = Clock::now();
  ends_at_ = now + std::chrono::seconds(view_.remaining_s);
  if (view_.exercises.empty()) show_without_exercises();
  tick(now);
  update_buttons();
  GetSizer()->SetSizeHints(this);
  Bind(wxEVT_TIMER, [this](wxTimerEvent& e) {
    if (e.GetTimer().GetId() == close_timer_.GetId())
      Close();
    else if (e.GetTimer().GetId() == focus_timer_.GetId())
      take_focus_when_idle();
    else
      tick(Clock::now());
  });
  focus_timer_.Start(kFocusCheckMs);
}

void BreakWindow::take_focus_when_idle() {
  if (IsActive() || finished_) return;
  wxWeakRef<BreakWindow> self(this);
  link_.request(this, "status", nlohmann::json::object(), [self](const nlohmann::json& reply) {
    if (!self || self->IsActive() || !reply.value("ok", false)) return;
    const auto& result = reply["result"];
    // The window opened without the keyboard so typing went on where it was;
    // once the hands are off the keys, it takes the focus (keys D/S/K work).
    if (result.value("idle_s", 0) >= kIdleBeforeFocusS) {
      self->Raise();
      self->done_->SetFocus();
    }
  });
}

BreakWindow::~BreakWindow() {
  timer_.Stop();
  close_timer_.Stop();
  focus_timer_.Stop();
}

void BreakWindow::build() {
  panel_ =
      new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "break-panel");
  panel_->SetBackgroundColour(palette_.background);
  const int pad = FromDIP(micro_ ? 16 : 28);
  auto* outer = new wxBoxSizer(wxVERTICAL);
  heading_ = make_text(panel_, "break-heading", GetFont().Smaller(), palette_.muted);
  outer->Add(heading_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
  body_ = build_body(panel_);
  outer->Add(body_, 1, wxEXPAND);
  summary_ = make_text(panel_, "break-summary", GetFont().Scaled(1.3f), palette_.text);
  summary_->SetWindowStyle(wxALIGN_CENTRE_HORIZONTAL);
  summary_->Hide();
  outer->Add(summary_, 0, wxALIGN_CENTRE_HORIZONTAL | wxTOP | wxBOTTOM, pad);
  next_ = make_text(panel_, "break-next", GetFont(), palette_.muted);
  outer->Add(next_, 0, wxEXPAND | wxTOP, FromDIP(12));
  separator_ = new wxStaticLine(panel_);
  outer->Add(separator_, 0, wxEXPAND | wxTOP | wxBOTTOM, FromDIP(14));
  buttons_ = build_buttons(panel_);
  outer->Add(buttons_, 0, wxEXPAND);
  auto* padded = new wxBoxSizer(wxVERTICAL);
  padded->Add(outer, 1, wxEXPAND | wxALL, pad);
  panel_->SetSizer(padded);
  auto* frame_sizer = new wxBoxSizer(wxVERTICAL);
  frame_sizer->Add(panel_, 1, wxEXPAND);
  SetSizer(frame_sizer);
}

wxSizer* BreakWindow::build_body(wxWindow* parent) {
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  auto* text = new wxBoxSizer(wxVERTICAL);
  title_ = make_text(parent, "break-title", GetFont().Scaled(micro_ ? 1.35f : 1.7f).Bold(),
                     palette_.text);
  text->Add(title_, 0, wxBOTTOM, FromDIP(4));
  detail_ = make_text(parent, "break-hold-repeat", GetFont(), palette_.muted);
  text->Add(detail_, 0, wxBOTTOM, FromDIP(10));
  steps_ = make_text(parent, "break-steps", GetFont().Scaled(micro_ ? 1.0f : 1.1f), palette_.text);
  text->Add(steps_, 0, wxBOTTOM, FromDIP(10));
  caution_ = make_text(parent, "break-caution", GetFont().Italic(), palette_.muted);
  text->Add(caution_, 0);
  row->Add(text, 1, wxEXPAND | wxRIGHT, FromDIP(micro_ ? 16 : 28));
  auto* side = new wxBoxSizer(wxVERTICAL);
  picture_ = new wxStaticBitmap(parent, wxID_ANY, wxBitmapBundle(), wxDefaultPosition,
                                wxDefaultSize, 0, "break-picture");
  side->Add(picture_, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, FromDIP(12));
  figure_ = new FigurePanel(parent, micro_ ? 150 : 220);
  side->Add(figure_, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, FromDIP(12));
  pacer_ = new BreathingPacer(parent, palette_, micro_ ? 120 : 190);
  side->Add(pacer_, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, FromDIP(12));
  ring_ = new ProgressRing(parent, palette_, micro_ ? 76 : 116);
  side->Add(ring_, 0, wxALIGN_CENTRE_HORIZONTAL);
  row->Add(side, 0, wxALIGN_TOP);
  return row;
}

wxSizer* BreakWindow::build_buttons(wxWindow* parent) {
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  skip_ = make_button(parent, kIdSkip, _("S&kip"), "break-skip", _("Skip this break (K)"));
  row->Add(skip_, 0);
  row->AddStretchSpacer(1);
  snooze_ = make_button(parent, kIdSnooze, _("&Snooze"), "break-snooze",
                        _("Remind me again later (S or Esc)"));
  row->Add(snooze_, 0, wxRIGHT, FromDIP(8));
  done_ = make_button(parent, kIdPrimary, _("&Done"), "break-done", _("I did it (D or Enter)"));
  done_->SetDefault();
  row->Add(done_, 0);
  // Tab order: the answer most people want first.
  snooze_->MoveAfterInTabOrder(done_);
  skip_->MoveAfterInTabOrder(snooze_);
  return row;
}

void BreakWindow::bind_keys() {
  // Plain letters, as the buttons say: the window only gets keys once the
  // user has clicked or focused it, so they never fire by accident.
  wxAcceleratorEntry keys[] = {
      {wxACCEL_NORMAL, 'D', kIdPrimary},
      {wxACCEL_NORMAL, 'S', kIdSnooze},
      {wxACCEL_NORMAL, 'K', kIdSkip},
      {wxACCEL_NORMAL, WXK_ESCAPE, kIdEscape},
  };
  SetAcceleratorTable(wxAcceleratorTable(std::size(keys), keys));
  Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { on_primary(); }, kIdPrimary);
  Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { on_snooze(); }, kIdSnooze);
  Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { on_skip(); }, kIdSkip);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_primary(); }, kIdPrimary);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_snooze(); }, kIdSnooze);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_skip(); }, kIdSkip);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_escape(); }, kIdEscape);
  Bind(wxEVT_SHOW, [this](wxShowEvent&) { adjust_timer(); });
  Bind(wxEVT_ICONIZE, [this](wxIconizeEvent&) { adjust_timer(); });
}

void BreakWindow::place_on_screen() {
  const int found = wxDisplay::GetFromPoint(wxGetMousePosition());
  const wxRect area =
      wxDisplay(found == wxNOT_FOUND ? 0u : static_cast<unsigned>(found)).GetClientArea();
  const wxSize size = GetSize();
  const int margin = FromDIP(16);
  if (micro_) {
    // Near the tray corner, where the reminder came from.
    Move(area.GetRight() - size.x - margin, area.GetTop() + margin);
  } else {
    Move(area.GetLeft() + (area.width - size.x) / 2, area.GetTop() + (area.height - size.y) / 2);
  }
}

void BreakWindow::show_without_exercises() {
  // An empty library or a plan lost to a reload: still a break worth taking.
  title_->SetLabel(
      wxString::FromUTF8(view_.title.empty() ? kind_heading(view_.kind) : view_.title));
  steps_->SetLabel(view_.fallback_reason.empty()
                       ? _("Stand up, roll your shoulders and look out of the window.")
                       : wxString::FromUTF8(view_.fallback_reason));
  steps_->Wrap(wrap_width_);
  for (wxWindow* unused : {static_cast<wxWindow*>(detail_), static_cast<wxWindow*>(caution_),
                           static_cast<wxWindow*>(next_), static_cast<wxWindow*>(picture_),
                           static_cast<wxWindow*>(pacer_), static_cast<wxWindow*>(figure_)})
    unused->Hide();
  update_heading();
}

void BreakWindow::update_picture(const PlanExercise& step) {
  // A figure shows the move itself; it takes the place of a still image.
  figure_->show_figure(step, reduced_motion_);
  wxBitmapBundle bundle;
  if (!step.image.empty() && !step.breathing && !step.figure) {
    const int side = micro_ ? 96 : 160;
    bundle = wxBitmapBundle::FromSVGFile(step.image, wxSize(side, side));
  }
  picture_->SetBitmap(bundle);
  picture_->Show(bundle.IsOk());
  if (bundle.IsOk()) set_accessible(picture_, wxString::FromUTF8(step.title));
}

}  // namespace unknot
