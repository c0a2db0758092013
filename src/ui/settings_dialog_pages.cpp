// The settings dialog's pages, one per topic of issue 5's "Settings".
#include <algorithm>
#include <array>

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/filepicker.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/settings.hpp"
#include "ui/settings_dialog.hpp"
#include "ui/settings_dialog_model.hpp"
#include "ui/stats_window_model.hpp"

namespace unknot {

namespace {

constexpr std::array<const char*, 7> kDayLabels{wxTRANSLATE("Monday"),    wxTRANSLATE("Tuesday"),
                                                wxTRANSLATE("Wednesday"), wxTRANSLATE("Thursday"),
                                                wxTRANSLATE("Friday"),    wxTRANSLATE("Saturday"),
                                                wxTRANSLATE("Sunday")};

/// A page scrolls rather than grows: a hint appearing under a field must not
/// resize the dialog and move its buttons from under the pointer.
wxScrolledWindow* make_page(wxWindow* book, const char* name) {
  auto* page = new wxScrolledWindow(book, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxTAB_TRAVERSAL | wxVSCROLL, name);
  page->SetScrollRate(0, page->FromDIP(10));
  page->SetSizer(new wxBoxSizer(wxVERTICAL));
  return page;
}

/// A bold heading and a two-column grid (labels right-aligned) below it.
wxFlexGridSizer* section(wxWindow* page, const wxString& title) {
  auto* heading = new wxStaticText(page, wxID_ANY, wxString());
  heading->SetFont(heading->GetFont().Bold());
  heading->SetLabel(title);
  // On a page not yet shown GTK measures with the regular font: size it in bold.
  heading->SetMinSize(heading->GetTextExtent(title) + wxSize(page->FromDIP(4), 0));
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
  wxScrolledWindow* page = make_page(book, "breaks");
  for (const char* table : {"micro", "rest"}) {
    const bool micro = std::string(table) == "micro";
    wxFlexGridSizer* grid = section(page, micro ? _("Micro breaks") : _("Rest breaks"));
    grid->AddSpacer(0);
    auto* checks = new wxBoxSizer(wxVERTICAL);
    wxCheckBox* on =
        add_check(page, checks,
                  micro ? _("Remind me to take micro breaks") : _("Remind me to take rest breaks"),
                  table, "enabled");
    grid->Add(checks);
    wxTextCtrl* every = add_text(page, grid, _("Every (active time):"), table, "every");
    if (micro) first_field_ = every;
    wxTextCtrl* lasting = add_text(page, grid, _("Lasting:"), table, "duration");
    enable_with(on, {every, lasting});  // a break that is off has nothing to tune
  }
  wxFlexGridSizer* daily = section(page, _("Daily limit"));
  daily->AddSpacer(0);
  auto* checks = new wxBoxSizer(wxVERTICAL);
  wxCheckBox* warn = add_check(
      page, checks, _("Warn me when the day's active time reaches the limit"), "daily", "enabled");
  daily->Add(checks);
  enable_with(warn, {add_text(page, daily, _("Limit:"), "daily", "limit")});
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

wxWindow* SettingsDialog::behaviour_page(wxWindow* book) {
  wxScrolledWindow* page = make_page(book, "behaviour");
  wxFlexGridSizer* grid = section(page, _("Breaks"));
  add_choice(page, grid, _("Show breaks as:"), "breaks", "style",
             {break_style_names().begin(), break_style_names().end()});
  add_text(page, grid, _("Warn before a break:"), "breaks", "warning");
  add_check(page, check_column(page), _("Strict mode: no skipping, no snoozing past the limit"),
            "breaks", "strict");
  wxFlexGridSizer* snooze = section(page, wxGETTEXT_IN_CONTEXT("settings section", "Snooze"));
  add_text(page, snooze, _("Snooze for:"), "snooze", "duration");
  add_spin(page, snooze, _("Snoozes per break (0 = no limit):"), "snooze", "max", 0, 99);
  wxFlexGridSizer* idle = section(page, _("Away from the desk"));
  add_text(page, idle, _("Away after no input for:"), "idle", "threshold");
  add_text(page, idle, _("Sitting starts afresh after away for:"), "idle", "sitting_reset");
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

void SettingsDialog::add_working_day(wxWindow* page, wxFlexGridSizer* grid, int day) {
  const std::string key(weekday_keys()[static_cast<std::size_t>(day)]);
  const auto& start = initial("working_hours", key);
  const std::string span = start.is_string() ? start.get<std::string>() : "";
  const auto [from, to] = split_working_day(span);
  auto* on = new wxCheckBox(
      page, wxID_ANY, wxGetTranslation(kDayLabels[static_cast<std::size_t>(day)]),
      wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "working_hours." + key);
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
  wxScrolledWindow* page = make_page(book, "working-hours");
  add_check(page, check_column(page), _("Remind me only inside my working hours"), "working_hours",
            "only_inside");
  wxFlexGridSizer* grid = section(page, _("Working days"));
  for (int day = 0; day < 7; ++day) add_working_day(page, grid, day);
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

wxWindow* SettingsDialog::meetings_page(wxWindow* book) {
  wxScrolledWindow* page = make_page(book, "meetings");
  page->GetSizer()->Add(new wxStaticText(page, wxID_ANY, _("Hold breaks while:")), 0,
                        wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  wxBoxSizer* checks = check_column(page);
  add_check(page, checks, _("The camera is in use"), "meetings", "camera");
  add_check(page, checks, _("The microphone is recording"), "meetings", "microphone");
  add_check(page, checks, _("A window is fullscreen"), "meetings", "fullscreen");
  add_check(page, checks, _("Do not disturb is on"), "meetings", "dnd");
  wxFlexGridSizer* grid = section(page, _("Calendar"));
  add_caption(page, grid, _("Calendar file (.ics):"));
  const auto& start = initial("meetings", "calendar");
  auto* picker = new wxFilePickerCtrl(
      page, wxID_ANY, wxString::FromUTF8(start.is_string() ? start.get<std::string>() : ""),
      _("Choose a calendar file"), _("Calendars (*.ics)|*.ics|All files|*"), wxDefaultPosition,
      wxSize(FromDIP(280), -1), wxFLP_OPEN | wxFLP_USE_TEXTCTRL, wxDefaultValidator,
      "meetings.calendar");
  picker->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent&) { revalidate(); });
  lock_if_needed(picker, "meetings", "calendar");
  grid->Add(picker, 1, wxEXPAND);
  fields_.push_back({"meetings", "calendar",
                     [picker] { return nlohmann::json(picker->GetPath().utf8_string()); }});
  add_text(page, grid, _("Offer a held break after:"), "meetings", "grace");
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

wxWindow* SettingsDialog::exercises_page(wxWindow* book) {
  wxScrolledWindow* page = make_page(book, "exercises");
  // Shown by name in the user's language; saved as the library's ids.
  std::vector<std::string> area_ids;
  wxArrayString area_names;
  for (const auto& area : areas_) {
    area_ids.push_back(area.get<std::string>());
    area_names.Add(wxString::FromUTF8(area_name(area_ids.back())));
  }
  wxArrayString equipment_names;
  for (const auto& id : equipment_) equipment_names.Add(wxString::FromUTF8(equipment_name(id)));
  std::vector<std::string> exercise_ids;
  wxArrayString exercise_titles;
  for (const auto& e : exercises_) {
    exercise_ids.push_back(e.id);
    exercise_titles.Add(wxString::FromUTF8(e.title));
  }
  auto* lists = new wxBoxSizer(wxHORIZONTAL);
  auto* left = new wxBoxSizer(wxVERTICAL);
  add_check_list(page, left, _("Body areas to work on more often:"), "exercises", "focus_areas",
                 area_ids, area_names, wxSize(FromDIP(220), FromDIP(170)));
  if (!equipment_.empty())  // a library without equipment has nothing to ask
    add_check_list(page, left, _("Equipment I have at hand:"), "exercises", "equipment", equipment_,
                   equipment_names, wxSize(FromDIP(220), FromDIP(110)));
  lists->Add(left, 1, wxEXPAND);
  add_check_list(page, lists, _("Never show these exercises:"), "exercises", "disabled",
                 exercise_ids, exercise_titles, wxSize(FromDIP(260), FromDIP(320)));
  page->GetSizer()->Add(lists, 1, wxEXPAND);
  auto* grid = new wxFlexGridSizer(2, page->FromDIP(6), page->FromDIP(12));
  page->GetSizer()->Add(grid, 0, wxLEFT | wxRIGHT, FromDIP(12));
  const std::vector<std::string> positions(preferred_position_names().begin(),
                                           preferred_position_names().end());
  std::vector<wxString> labels;
  for (const auto& position : positions)
    labels.push_back(position == "sitting"    ? _("Seated only")
                     : position == "standing" ? _("Standing only")
                                              : _("Seated or standing"));
  add_choice(page, grid, _("Exercises done:"), "exercises", "position", positions, labels);
  add_check(page, check_column(page),
            _("Prefer exercises nobody around me would notice (open office)"), "exercises",
            "prefer_discreet");
  page->GetSizer()->AddSpacer(page->FromDIP(12));
  return page;
}

}  // namespace unknot
