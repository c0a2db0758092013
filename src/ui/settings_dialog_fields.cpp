// The settings dialog's field builders: each control is bound to one config
// key, starts from the effective value and reads back as JSON.
#include <algorithm>

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/settings_dialog.hpp"
#include "ui/settings_dialog_model.hpp"

namespace unknot {

namespace {
const wxColour kHintRed(0xc0, 0x1c, 0x28);
}

const nlohmann::json& SettingsDialog::initial(const std::string& table,
                                              const std::string& key) const {
  static const nlohmann::json none;
  if (!values_.contains(table) || !values_[table].contains(key)) return none;
  return values_[table][key];
}

void SettingsDialog::lock_if_needed(wxWindow* control, const std::string& table,
                                    const std::string& key) {
  if (!is_locked_key(locked_, table, key)) return;
  locked_controls_.insert(control);
  control->Disable();
  control->SetToolTip(_("Set by your administrator"));
}

wxCheckBox* SettingsDialog::add_check(wxWindow* page, wxSizer* sizer, const wxString& label,
                                      const std::string& table, const std::string& key) {
  auto* check = new wxCheckBox(page, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, table + "." + key);
  check->SetValue(initial(table, key).is_boolean() && initial(table, key).get<bool>());
  check->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { revalidate(); });
  lock_if_needed(check, table, key);
  sizer->Add(check, 0, wxBOTTOM, FromDIP(6));
  fields_.push_back({table, key, [check] { return nlohmann::json(check->GetValue()); }});
  return check;
}

void SettingsDialog::enable_with(wxCheckBox* on, const std::vector<wxWindow*>& controls) {
  auto sync = [this, on, controls] {
    for (wxWindow* control : controls)
      control->Enable(on->GetValue() && !locked_controls_.count(control));
  };
  on->Bind(wxEVT_CHECKBOX, [sync](wxCommandEvent& event) {
    sync();
    event.Skip();  // add_check's own handler revalidates
  });
  sync();
}

void SettingsDialog::add_caption(wxWindow* page, wxFlexGridSizer* grid, const wxString& label) {
  auto* caption =
      new wxStaticText(page, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxALIGN_RIGHT);
  caption->SetMinSize(wxSize(std::max(caption->GetBestSize().x, FromDIP(210)), -1));
  grid->Add(caption, 0, wxALIGN_TOP | wxTOP, FromDIP(6));
  captions_.push_back(caption);
}

void SettingsDialog::align_captions() {
  int widest = 0;
  for (const wxWindow* caption : captions_) widest = std::max(widest, caption->GetMinSize().x);
  for (wxWindow* caption : captions_) caption->SetMinSize(wxSize(widest, -1));
}

wxStaticText* SettingsDialog::add_hint(wxWindow* page, wxSizer* sizer) {
  auto* hint = new wxStaticText(page, wxID_ANY, "");
  hint->SetForegroundColour(kHintRed);
  hint->Hide();
  sizer->Add(hint, 0, wxTOP, FromDIP(2));
  return hint;
}

wxTextCtrl* SettingsDialog::add_text(wxWindow* page, wxFlexGridSizer* grid, const wxString& label,
                                     const std::string& table, const std::string& key) {
  add_caption(page, grid, label);
  auto* column = new wxBoxSizer(wxVERTICAL);
  const auto& start = initial(table, key);
  auto* text = new wxTextCtrl(
      page, wxID_ANY, wxString::FromUTF8(start.is_string() ? start.get<std::string>() : ""),
      wxDefaultPosition, wxSize(FromDIP(120), -1), 0, wxDefaultValidator, table + "." + key);
  text->SetHelpText(label);
  text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { revalidate(); });
  lock_if_needed(text, table, key);
  column->Add(text, 0);
  wxStaticText* hint = add_hint(page, column);
  grid->Add(column, 0, wxEXPAND);
  fields_.push_back(
      {table, key, [text] { return nlohmann::json(text->GetValue().utf8_string()); }, hint});
  return text;
}

void SettingsDialog::add_choice(wxWindow* page, wxFlexGridSizer* grid, const wxString& label,
                                const std::string& table, const std::string& key,
                                const std::vector<std::string>& choices,
                                const std::vector<wxString>& labels) {
  add_caption(page, grid, label);
  wxArrayString items;
  // Shown in the user's language; the value saved stays the config word.
  for (std::size_t i = 0; i < choices.size(); ++i)
    items.Add(i < labels.size() ? labels[i] : wxGetTranslation(wxString::FromUTF8(choices[i])));
  auto* choice = new wxChoice(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, items, 0,
                              wxDefaultValidator, table + "." + key);
  const auto& start = initial(table, key);
  const auto chosen = std::find(choices.begin(), choices.end(),
                                start.is_string() ? start.get<std::string>() : std::string());
  if (chosen != choices.end()) choice->SetSelection(static_cast<int>(chosen - choices.begin()));
  choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { revalidate(); });
  lock_if_needed(choice, table, key);
  grid->Add(choice, 0);
  fields_.push_back({table, key, [choice, start, choices] {
                       const int at = choice->GetSelection();
                       return at == wxNOT_FOUND ? start
                                                : nlohmann::json(choices[static_cast<size_t>(at)]);
                     }});
}

void SettingsDialog::add_spin(wxWindow* page, wxFlexGridSizer* grid, const wxString& label,
                              const std::string& table, const std::string& key, int min, int max) {
  add_caption(page, grid, label);
  const auto& start = initial(table, key);
  auto* spin = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(120), -1),
                              wxSP_ARROW_KEYS, min, max, start.is_number() ? start.get<int>() : min,
                              table + "." + key);
  spin->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { revalidate(); });
  spin->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { revalidate(); });
  lock_if_needed(spin, table, key);
  grid->Add(spin, 0);
  fields_.push_back({table, key, [spin] { return nlohmann::json(spin->GetValue()); }});
}

void SettingsDialog::add_check_list(wxWindow* page, wxSizer* sizer, const wxString& label,
                                    const std::string& table, const std::string& key,
                                    const std::vector<std::string>& ids, const wxArrayString& names,
                                    const wxSize& size) {
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(new wxStaticText(page, wxID_ANY, label), 0, wxBOTTOM, FromDIP(4));
  auto* list = new wxCheckListBox(page, wxID_ANY, wxDefaultPosition, size, names, 0,
                                  wxDefaultValidator, table + "." + key);
  list->SetHelpText(label);
  const auto& chosen = initial(table, key);
  for (unsigned i = 0; i < ids.size(); ++i)
    for (const auto& id : chosen)
      if (id == ids[i]) list->Check(i);
  list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { revalidate(); });
  lock_if_needed(list, table, key);
  column->Add(list, 1, wxEXPAND);
  sizer->Add(column, 1, wxEXPAND | wxALL, FromDIP(12));
  fields_.push_back({table, key, [list, chosen, ids] {
                       std::vector<bool> checked;
                       for (unsigned i = 0; i < list->GetCount(); ++i)
                         checked.push_back(list->IsChecked(i));
                       return checked_ids(ids, checked, chosen);
                     }});
}

}  // namespace unknot
