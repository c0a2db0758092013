// The settings dialog: layout, as-you-type checks and saving through the daemon.
#include "ui/settings_dialog.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/notebook.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/stockitem.h>
#include <wx/textctrl.h>

#include "platform/autostart.hpp"
#include "ui/daemon_link.hpp"
#include "ui/settings_dialog_model.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {
const wxColour kErrorRed(0xc0, 0x1c, 0x28);
const wxColour kWarningAmber(0x86, 0x5e, 0x00);  // a caution, not a stop
}  // namespace

SettingsDialog::SettingsDialog(DaemonLink& link, const SettingsReply& reply)
    : wxDialog(nullptr, wxID_ANY, _("Unknot Settings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "settings-dialog"),
      link_(link),
      values_(reply.values),
      locked_(reply.locked),
      areas_(reply.areas),
      equipment_(reply.equipment),
      exercises_(reply.exercises),
      managed_file_(reply.managed_file) {
  auto* book = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "sections");
  const std::pair<wxWindow*, wxString> pages[] = {{breaks_page(book), _("Breaks")},
                                                  {behaviour_page(book), _("Behaviour")},
                                                  {hours_page(book), _("Working Hours")},
                                                  {meetings_page(book), _("Meetings")},
                                                  {exercises_page(book), _("Exercises")}};
  align_captions();
  for (const auto& [page, title] : pages) {
    // A scrolled page asks for no room of its own: it gets its content's, and
    // a scroll bar's width so one can appear without hiding a field.
    const int scroll_bar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, page);
    page->SetMinSize(page->GetSizer()->CalcMin() + wxSize(std::max(scroll_bar, 0), 0));
    book->AddPage(page, title);
    pages_.push_back(page);
  }
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(book, 1, wxEXPAND | wxALL, FromDIP(12));
  top->Add(make_footer(), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
  SetSizer(top);
  Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { apply(true); }, wxID_OK);
  Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { apply(false); }, wxID_APPLY);
  Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { Destroy(); }, wxID_CANCEL);
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
  revalidate();
  // Sized once, with room for a line of hint or error: from here on the pages
  // scroll and the dialog keeps its size, so no button moves while typing.
  top->SetSizeHints(this);
  SetSize(GetSize() + wxSize(0, FromDIP(24)));
  CentreOnScreen();
  if (first_field_) first_field_->SetFocus();
}

wxSizer* SettingsDialog::make_footer() {
  auto* footer = new wxBoxSizer(wxVERTICAL);
  autostart_saved_ = autostart_enabled();
  autostart_ = new wxCheckBox(this, wxID_ANY, _("Start Unknot when I log in"), wxDefaultPosition,
                              wxDefaultSize, 0, wxDefaultValidator, "autostart");
  autostart_->SetValue(autostart_saved_);
  autostart_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { revalidate(); });
  footer->Add(autostart_, 0, wxBOTTOM, FromDIP(8));
  error_ = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "errors");
  error_->SetForegroundColour(kErrorRed);
  error_->Hide();
  footer->Add(error_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
  const char* home = std::getenv("HOME");
  auto* note = new wxStaticText(
      this, wxID_ANY, wxString::FromUTF8(managed_file_note(managed_file_, home ? home : "")));
  note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  footer->Add(note, 0, wxBOTTOM, FromDIP(8));
  footer->Add(new wxStaticLine(this), 0, wxEXPAND | wxBOTTOM, FromDIP(8));
  auto* buttons = new wxStdDialogButtonSizer();
  // Labels from wx's own catalog: GTK's stock labels follow only the C
  // library's locale, which may not exist for the user's language.
  ok_ = new wxButton(this, wxID_OK, wxGetStockLabel(wxID_OK));
  apply_ = new wxButton(this, wxID_APPLY, wxGetStockLabel(wxID_APPLY));
  buttons->AddButton(ok_);
  buttons->AddButton(apply_);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, wxGetStockLabel(wxID_CANCEL)));
  buttons->Realize();
  ok_->SetDefault();
  footer->Add(buttons, 0, wxEXPAND);
  return footer;
}

nlohmann::json SettingsDialog::edited() const {
  nlohmann::json out = nlohmann::json::object();
  for (const Field& field : fields_) out[field.table][field.key] = field.value();
  return out;
}

void SettingsDialog::revalidate() {
  bool valid = true;
  const nlohmann::json values = edited();
  const auto problems = field_problems(values);
  for (const Field& field : fields_) {
    if (!field.hint) continue;
    const auto it = problems.find(field.table + "." + field.key);
    const FieldProblem problem = it == problems.end() ? FieldProblem{} : it->second;
    if (field.hint->GetLabel().utf8_string() != problem.message) {
      field.hint->SetLabel(wxString::FromUTF8(problem.message));
      field.hint->Wrap(FromDIP(400));
      field.hint->Show(!problem.message.empty());
    }
    field.hint->SetForegroundColour(problem.blocking ? kErrorRed : kWarningAmber);
    valid = valid && !problem.blocking;
  }
  const bool changed =
      !changed_values(values_, values).empty() || autostart_->GetValue() != autostart_saved_;
  ok_->Enable(valid && !busy_);
  apply_->Enable(valid && changed && !busy_);
  relayout();
}

void SettingsDialog::relayout() {
  Layout();
  for (wxWindow* page : pages_) {
    page->Layout();
    page->FitInside();
  }
}

void SettingsDialog::show_error(const std::string& message) {
  error_->SetLabel(wxString::FromUTF8(message));
  error_->Wrap(FromDIP(520));
  error_->Show(!message.empty());
  relayout();
}

void SettingsDialog::apply(bool close) {
  if (busy_) return;
  if (autostart_->GetValue() != autostart_saved_) {
    std::string error;
    const auto daemon = daemon_beside(wxStandardPaths::Get().GetExecutablePath().utf8_string());
    if (!set_autostart(autostart_->GetValue(), daemon, error)) return show_error(error);
    autostart_saved_ = autostart_->GetValue();
  }
  const nlohmann::json changes = changed_values(values_, edited());
  if (changes.empty()) {
    if (close) return static_cast<void>(Destroy());
    return revalidate();
  }
  busy_ = true;
  revalidate();
  link_.request(this, "settings", {{"set", changes}},
                [this, close](const nlohmann::json& reply) { on_reply(reply, close); });
}

void SettingsDialog::on_reply(const nlohmann::json& reply, bool close) {
  busy_ = false;
  if (!reply.value("ok", false)) {
    const auto error = reply.value("error", nlohmann::json::object());
    show_error(error.value("message", std::string("The settings could not be saved.")));
    revalidate();
    return;
  }
  const auto result = reply.value("result", nlohmann::json::object()).get<SettingsReply>();
  values_ = result.values;
  locked_ = result.locked;
  show_error("");
  if (close) return static_cast<void>(Destroy());
  revalidate();
}

void open_settings_dialog(DaemonLink& link, Opened opened) {
  link.request(nullptr, "settings", nlohmann::json::object(),
               [&link, opened = std::move(opened)](const nlohmann::json& reply) {
                 if (!reply.value("ok", false)) {
                   const auto error = reply.value("error", nlohmann::json::object());
                   std::fprintf(stderr, "unknot-ui: settings: %s\n",
                                error.value("message", std::string("no answer")).c_str());
                   if (opened) opened(false);
                   return;
                 }
                 auto* dialog = new SettingsDialog(link, reply["result"].get<SettingsReply>());
                 dialog->Show();
                 dialog->Raise();
                 if (opened) opened(true);
               });
}

}  // namespace unknot
