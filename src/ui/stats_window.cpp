#include "ui/stats_window.hpp"

#include <cstdio>

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/language.hpp"
#include "ui/chart_panel.hpp"
#include "ui/daemon_link.hpp"
#include "ui/translations.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {

constexpr int kFortnight = 14;
constexpr int kWeek = 7;

wxStaticText* heading(wxWindow* parent, const wxString& text) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  label->SetFont(label->GetFont().Bold());
  return label;
}

std::string error_text(const nlohmann::json& reply) {
  const auto error = reply.value("error", nlohmann::json::object());
  return error.is_object() ? error.value("message", ui_text("no answer")) : ui_text("no answer");
}

}  // namespace

StatsWindow::StatsWindow(DaemonLink& link, StatsModel model)
    : wxFrame(nullptr, wxID_ANY, _("Unknot Statistics"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, "unknot-stats"),
      link_(link),
      model_(std::move(model)) {
  root_ = new wxPanel(this);
  // One surface for text and charts: GTK's window background and wx's idea
  // of a panel's colour differ slightly, which would leave grey boxes.
  root_->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
  root_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
  auto* column = new wxBoxSizer(wxVERTICAL);
  totals_ = new wxStaticText(root_, wxID_ANY, wxEmptyString);
  totals_->SetFont(totals_->GetFont().Scaled(1.1f));
  column->Add(totals_, 0, wxEXPAND | wxALL, FromDIP(16));
  charts_ = build_charts(root_);
  empty_ = build_empty_state(root_);
  column->Add(charts_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(16));
  column->Add(empty_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(16));
  auto* close = new wxButton(root_, wxID_CLOSE);
  close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
  column->Add(close, 0, wxALIGN_RIGHT | wxALL, FromDIP(12));
  root_->SetSizer(column);
  bind_keys();
  show_model();
  SetMinSize(FromDIP(wxSize(720, 560)));
  SetSize(FromDIP(wxSize(900, 720)));
  Centre();
  // Focus coming back means the user looks again: the figures may have moved.
  Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& e) {
    if (e.GetActive()) reload();
    e.Skip();
  });
  link_.watch(this, [this](const nlohmann::json& status) { on_status(status); });
}

wxPanel* StatsWindow::build_charts(wxWindow* parent) {
  auto* panel = new wxPanel(parent);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(panel, _("Breaks, last 14 days")), 0, wxBOTTOM, FromDIP(6));
  breaks_ = new BreaksChart(panel);
  column->Add(breaks_, 5, wxEXPAND | wxBOTTOM, FromDIP(18));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  auto* left = new wxBoxSizer(wxVERTICAL);
  left->Add(heading(panel, _("Sitting time per day")), 0, wxBOTTOM, FromDIP(6));
  sitting_ = new SittingChart(panel);
  left->Add(sitting_, 1, wxEXPAND);
  auto* right = new wxBoxSizer(wxVERTICAL);
  right->Add(heading(panel, _("Body areas worked this week")), 0, wxBOTTOM, FromDIP(6));
  areas_ = new AreasChart(panel);
  right->Add(areas_, 1, wxEXPAND);
  row->Add(left, 3, wxEXPAND | wxRIGHT, FromDIP(24));
  row->Add(right, 2, wxEXPAND);
  column->Add(row, 4, wxEXPAND);
  panel->SetSizer(column);
  return panel;
}

wxPanel* StatsWindow::build_empty_state(wxWindow* parent) {
  auto* panel = new wxPanel(parent);
  auto* column = new wxBoxSizer(wxVERTICAL);
  auto* title = new wxStaticText(panel, wxID_ANY, _("No breaks recorded yet"));
  title->SetFont(title->GetFont().Bold().Scaled(1.3f));
  auto* body = new wxStaticText(
      panel, wxID_ANY,
      _("Your breaks, sitting time and the body areas you stretch will show up here\n"
        "once Unknot has watched a day or two of work."),
      wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
  body->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  column->AddStretchSpacer(2);
  column->Add(title, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, FromDIP(8));
  column->Add(body, 0, wxALIGN_CENTRE_HORIZONTAL);
  column->AddStretchSpacer(3);
  panel->SetSizer(column);
  return panel;
}

void StatsWindow::bind_keys() {
  wxAcceleratorEntry keys[] = {{wxACCEL_NORMAL, WXK_ESCAPE, wxID_CLOSE},
                               {wxACCEL_CTRL, 'W', wxID_CLOSE}};
  SetAcceleratorTable(wxAcceleratorTable(2, keys));
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
}

void StatsWindow::show_model() {
  const bool empty = model_.empty();
  totals_->SetLabel(empty ? _("This fortnight: nothing recorded yet")
                          : wxString::FromUTF8(totals_line(model_)));
  charts_->Show(!empty);
  empty_->Show(empty);
  breaks_->set_model(model_);
  sitting_->set_model(model_);
  areas_->set_model(model_);
  root_->Layout();
}

void StatsWindow::show_error(const nlohmann::json& reply) {
  totals_->SetLabel(wxString::FromUTF8(
      fill_in(ui_text("Could not read the statistics: {0}"), {error_text(reply)})));
  root_->Layout();
}

void StatsWindow::reload() {
  // One refresh at a time: focus flickers must not queue a request each.
  if (loading_) return;
  loading_ = true;
  fetch_stats(link_, this, [this](const nlohmann::json& failure, StatsModel model) {
    loading_ = false;
    if (!failure.empty()) return show_error(failure);
    model_ = std::move(model);
    show_model();
  });
}

void StatsWindow::on_status(const nlohmann::json& status) {
  const std::string state = status.value("state", "");
  // A break that just ended is the one change the charts show.
  if (last_state_ == "break" && state != "break") reload();
  last_state_ = state;
}

void fetch_stats(DaemonLink& link, wxEvtHandler* owner, StatsReady ready) {
  link.request(owner, "stats", {{"days", kFortnight}},
               [&link, owner, ready = std::move(ready)](const nlohmann::json& fortnight) {
                 if (!fortnight.value("ok", false)) return ready(fortnight, StatsModel{});
                 link.request(owner, "stats", {{"days", kWeek}},
                              [ready, fortnight](const nlohmann::json& week) {
                                if (!week.value("ok", false)) return ready(week, StatsModel{});
                                ready(nlohmann::json::object(),
                                      stats_model(fortnight["result"].get<StatsReply>(),
                                                  week["result"].get<StatsReply>(), kFortnight));
                              });
               });
}

void open_stats_window(DaemonLink& link, Opened opened) {
  fetch_stats(link, nullptr,
              [&link, opened = std::move(opened)](const nlohmann::json& failure, StatsModel model) {
                if (!failure.empty()) {
                  std::fprintf(stderr, "unknot-ui: could not read the statistics: %s\n",
                               error_text(failure).c_str());
                  if (opened) opened(false);
                  return;
                }
                auto* window = new StatsWindow(link, std::move(model));
                window->Show();
                if (opened) opened(true);
              });
}

}  // namespace unknot
