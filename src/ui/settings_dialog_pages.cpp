// The settings dialog's pages, one per topic of issue 5's "Settings".
#include <array>

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/filepicker.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/settings_dialog.hpp"
#include "ui/settings_dialog_model.hpp"

namespace unknot {

namespace {

constexpr std::array<const char*, 7> kDayKeys{"monday", "tuesday",  "wednesday", "thursday",
                                              "friday", "saturday", "sunday"};
constexpr std::array<const char*, 7> kDayLabels{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday"};

wxPanel* make_page(wxWindow* book, const char* name) {
  auto* page = new wxPanel(book, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name);
  page->SetSizer(new wxBoxSizer(wxVERTICAL));
  return page;
}

/// A bold heading and a two-column grid (labels right-aligned) below it.
wxFlexGridSizer* section(wxWindow* page, const char* title) {
  auto* heading = new wxStaticText(page, wxID_ANY, wxString::FromUTF8(title));
  heading->SetFont(heading->GetFont().Bold());
  const int gap = page->FromDIP(12);
  page->GetSizer()->Add(heading, 0, wxLEFT | wxRIGHT | wxTOP, gap);
  auto* grid = new wxFlexGridSizer(2, page->FromDIP(6), page->FromDIP(12));
  page->GetSizer()->Add(grid, 0, wxLEFT | wxRIGHT | wxTOP, gap);
  return grid;
}

/// Checks go under a heading without a label column.
wxBoxSizer* check_column(wxWindow* page) {
  auto* column = new wxBoxSizer(wxVERTICAL);
  page->GetSizer()->Add(column, 0, wxLEFT | wxRIGHT | wxTOP, page->FromDIP(12));
  return column;
}

}  // namespace

wxWindow* SettingsDialog::breaks_page(wxWindow* book) {
  wxPanel* page = make_page(book, "breaks");
  for (const char* table : {"micro", "rest"}) {
    const bool micro = std::string(table) == "micro";
    wxFlexGridSizer* grid = section(page, micro ? "Micro breaks" : "Rest breaks");
    grid->AddSpacer(0);
    auto* checks = new wxBoxSizer(wxVERTICAL);
    add_check(page, checks,
              micro ? "Remind me to take micro breaks" : "Remind me to take rest breaks", table,
              "enabled");
    grid->Add(checks);
    wxTextCtrl* every = add_text(page, grid, "Every (active time):", table, "every");
    if (micro) first_field_ = every;
    add_text(page, grid, "Lasting:", table, "duration");
  }
  wxFlexGridSizer* daily = section(page, "Daily limit");
  daily->AddSpacer(0);
  auto* checks = new wxBoxSizer(wxVERTICAL);
  add_check(page, checks, "Warn me when the day's active time reaches the limit", "daily",
            "enabled");
  daily->Add(checks);
  add_text(page, daily, "Limit:", "daily", "limit");
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

wxWindow* SettingsDialog::behaviour_page(wxWindow* book) {
  wxPanel* page = make_page(book, "behaviour");
  wxFlexGridSizer* grid = section(page, "Breaks");
  add_choice(page, grid, "Show breaks as:", "breaks", "style", {"notification", "window", "both"});
  add_text(page, grid, "Warn before a break:", "breaks", "warning");
  add_check(page, check_column(page), "Strict mode: no skipping, no snoozing past the limit",
            "breaks", "strict");
  wxFlexGridSizer* snooze = section(page, "Snooze");
  add_text(page, snooze, "Snooze for:", "snooze", "duration");
  add_spin(page, snooze, "Snoozes per break (0 = no limit):", "snooze", "max", 0, 99);
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

void SettingsDialog::add_working_day(wxWindow* page, wxFlexGridSizer* grid, int day) {
  const std::string key = kDayKeys[static_cast<std::size_t>(day)];
  const auto& start = initial("working_hours", key);
  const std::string span = start.is_string() ? start.get<std::string>() : "";
  const auto [from, to] = split_working_day(span);
  auto* on =
      new wxCheckBox(page, wxID_ANY, kDayLabels[static_cast<std::size_t>(day)], wxDefaultPosition,
                     wxDefaultSize, 0, wxDefaultValidator, "working_hours." + key);
  on->SetValue(!span.empty());
  grid->Add(on, 0, wxALIGN_CENTER_VERTICAL);
  auto* column = new wxBoxSizer(wxVERTICAL);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  const wxSize size(FromDIP(70), -1);
  auto* begin = new wxTextCtrl(page, wxID_ANY, from, wxDefaultPosition, size, 0, wxDefaultValidator,
                               "working_hours." + key + ".start");
  auto* end = new wxTextCtrl(page, wxID_ANY, to, wxDefaultPosition, size, 0, wxDefaultValidator,
                             "working_hours." + key + ".end");
  row->Add(begin, 0, wxALIGN_CENTER_VERTICAL);
  row->Add(new wxStaticText(page, wxID_ANY, wxString::FromUTF8(" \u2013 ")), 0,
           wxALIGN_CENTER_VERTICAL);
  row->Add(end, 0, wxALIGN_CENTER_VERTICAL);
  column->Add(row);
  wxStaticText* hint = add_hint(page, column);
  grid->Add(column);
  for (wxWindow* control :
       {static_cast<wxWindow*>(on), static_cast<wxWindow*>(begin), static_cast<wxWindow*>(end)})
    lock_if_needed(control, "working_hours", key);
  auto sync = [this, on, begin, end](wxCommandEvent&) {
    begin->Enable(on->GetValue() && on->IsEnabled());
    end->Enable(on->GetValue() && on->IsEnabled());
    revalidate();
  };
  on->Bind(wxEVT_CHECKBOX, sync);
  begin->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { revalidate(); });
  end->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { revalidate(); });
  begin->Enable(on->GetValue() && on->IsEnabled());
  end->Enable(on->GetValue() && on->IsEnabled());
  fields_.push_back({"working_hours", key,
                     [on, begin, end] {
                       if (!on->GetValue()) return nlohmann::json("");
                       return nlohmann::json(begin->GetValue().utf8_string() + "-" +
                                             end->GetValue().utf8_string());
                     },
                     hint});
}

wxWindow* SettingsDialog::hours_page(wxWindow* book) {
  wxPanel* page = make_page(book, "working-hours");
  add_check(page, check_column(page), "Remind me only inside my working hours", "working_hours",
            "only_inside");
  wxFlexGridSizer* grid = section(page, "Working days");
  for (int day = 0; day < 7; ++day) add_working_day(page, grid, day);
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

wxWindow* SettingsDialog::meetings_page(wxWindow* book) {
  wxPanel* page = make_page(book, "meetings");
  page->GetSizer()->Add(new wxStaticText(page, wxID_ANY, "Hold breaks while:"), 0,
                        wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  wxBoxSizer* checks = check_column(page);
  add_check(page, checks, "The camera is in use", "meetings", "camera");
  add_check(page, checks, "The microphone is recording", "meetings", "microphone");
  add_check(page, checks, "A window is fullscreen", "meetings", "fullscreen");
  add_check(page, checks, "Do not disturb is on", "meetings", "dnd");
  wxFlexGridSizer* grid = section(page, "Calendar");
  add_caption(page, grid, "Calendar file (.ics):");
  const auto& start = initial("meetings", "calendar");
  auto* picker = new wxFilePickerCtrl(
      page, wxID_ANY, wxString::FromUTF8(start.is_string() ? start.get<std::string>() : ""),
      "Choose a calendar file", "Calendars (*.ics)|*.ics|All files|*", wxDefaultPosition,
      wxSize(FromDIP(280), -1), wxFLP_OPEN | wxFLP_USE_TEXTCTRL, wxDefaultValidator,
      "meetings.calendar");
  picker->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent&) { revalidate(); });
  lock_if_needed(picker, "meetings", "calendar");
  grid->Add(picker, 1, wxEXPAND);
  fields_.push_back({"meetings", "calendar",
                     [picker] { return nlohmann::json(picker->GetPath().utf8_string()); }});
  add_text(page, grid, "Offer a held break after:", "meetings", "grace");
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

wxWindow* SettingsDialog::exercises_page(wxWindow* book) {
  wxPanel* page = make_page(book, "exercises");
  page->GetSizer()->Add(new wxStaticText(page, wxID_ANY, "Body areas to work on more often:"), 0,
                        wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  wxArrayString names;
  for (const auto& area : areas_) names.Add(wxString::FromUTF8(area.get<std::string>()));
  auto* list =
      new wxCheckListBox(page, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(240), FromDIP(180)),
                         names, 0, wxDefaultValidator, "exercises.focus_areas");
  const auto& chosen = initial("exercises", "focus_areas");
  for (unsigned i = 0; i < names.size(); ++i)
    for (const auto& area : chosen)
      if (area == names[i].utf8_string()) list->Check(i);
  list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { revalidate(); });
  lock_if_needed(list, "exercises", "focus_areas");
  page->GetSizer()->Add(list, 1, wxEXPAND | wxALL, FromDIP(12));
  fields_.push_back({"exercises", "focus_areas", [list, chosen] {
                       nlohmann::json out = nlohmann::json::array();
                       for (unsigned i = 0; i < list->GetCount(); ++i)
                         if (list->IsChecked(i)) out.push_back(list->GetString(i).utf8_string());
                       // Areas the list does not show (typed into config.toml) stay chosen.
                       for (const auto& area : chosen)
                         if (list->FindString(wxString::FromUTF8(area.get<std::string>())) ==
                             wxNOT_FOUND)
                           out.push_back(area);
                       return out;
                     }});
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

}  // namespace unknot
