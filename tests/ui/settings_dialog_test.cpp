// The settings dialog as a user meets it, on a private X server: what is
// editable, what stays put while typing, what lines up, and what the
// Exercises and Behaviour pages offer.
#include "ui/settings_dialog.hpp"

#include <cstdlib>
#include <memory>

#include <catch2/catch.hpp>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "config/settings_json.hpp"
#include "core/exercise.hpp"
#include "core/settings.hpp"
#include "support/temp_home.hpp"
#include "ui/daemon_link.hpp"
#include "wx_session.hpp"

using nlohmann::json;
using unknot::test::child;
using unknot::test::settle;

namespace {

unknot::SettingsReply reply_with_rest_off() {
  unknot::SettingsReply reply;
  reply.values = unknot::settings_to_values(unknot::Settings{});
  reply.values["rest"]["enabled"] = false;
  reply.values["exercises"]["disabled"] = json::array({"wall-angels"});
  reply.areas = unknot::known_body_areas();
  reply.equipment = {"tennis-ball", "wall"};
  reply.exercises = {{"chin-tuck", "Chin tuck"}, {"wall-angels", "Wall angels"}};
  return reply;
}

/// A shown dialog; its link leads nowhere (nothing here is saved).
struct Fixture {
  unknot::test::TempHome home;
  std::unique_ptr<unknot::DaemonLink> link;
  unknot::SettingsDialog* dialog = nullptr;
  Fixture() {
    // GTK finds image types through the shared MIME database in the data
    // folders: without /usr/share a spin button's icons abort GTK.
    ::setenv("XDG_DATA_DIRS", (home.root().string() + "/xdg-data:/usr/share").c_str(), 1);
    unknot::test::ensure_wx();
    link = std::make_unique<unknot::DaemonLink>(home.runtime_dir() / "none.sock");
    dialog = new unknot::SettingsDialog(*link, reply_with_rest_off());
    dialog->Show();
    settle();
  }
  ~Fixture() {
    dialog->Destroy();
    settle();
  }
  template <typename T>
  T* find(const char* name) const {
    T* found = child<T>(dialog, name);
    REQUIRE(found != nullptr);
    return found;
  }
  /// Clicks a check box as the user would: its value, then its event.
  void click(wxCheckBox* box) const {
    box->SetValue(!box->GetValue());
    wxCommandEvent event(wxEVT_CHECKBOX, box->GetId());
    event.SetEventObject(box);
    event.SetInt(box->GetValue() ? 1 : 0);
    box->ProcessWindowEvent(event);
    settle();
  }
  [[nodiscard]] bool can_apply() const {
    return wxWindow::FindWindowById(wxID_APPLY, dialog)->IsEnabled();
  }
};

}  // namespace

TEST_CASE("[integration] a break that is off has its fields greyed out until switched on") {
  Fixture f;
  CHECK(f.find<wxTextCtrl>("micro.every")->IsEnabled());
  CHECK_FALSE(f.find<wxTextCtrl>("rest.every")->IsEnabled());
  CHECK_FALSE(f.find<wxTextCtrl>("rest.duration")->IsEnabled());
  f.click(f.find<wxCheckBox>("rest.enabled"));
  CHECK(f.find<wxTextCtrl>("rest.every")->IsEnabled());
  CHECK(f.find<wxTextCtrl>("rest.duration")->IsEnabled());
  CHECK(f.can_apply());  // the switch itself is a change to save
  f.click(f.find<wxCheckBox>("daily.enabled"));
  CHECK(f.find<wxTextCtrl>("daily.limit")->IsEnabled() ==
        f.find<wxCheckBox>("daily.enabled")->GetValue());
}

TEST_CASE("[integration] a message under a field leaves the dialog and its buttons in place") {
  Fixture f;
  const wxSize size = f.dialog->GetSize();
  wxWindow* ok = wxWindow::FindWindowById(wxID_OK, f.dialog);
  const wxPoint ok_at = ok->GetScreenPosition();
  f.find<wxTextCtrl>("micro.every")->SetValue("20 minutes");
  settle();
  bool hint_shown = false;
  for (wxWindow* c : f.find<wxTextCtrl>("micro.every")->GetParent()->GetChildren())
    if (dynamic_cast<wxStaticText*>(c) && c->IsShown() &&
        c->GetLabel().Find("20 minutes") != wxNOT_FOUND)
      hint_shown = true;
  CHECK(hint_shown);
  CHECK_FALSE(ok->IsEnabled());
  CHECK(f.dialog->GetSize() == size);
  CHECK(ok->GetScreenPosition() == ok_at);
}

TEST_CASE("[integration] fields start at one column on every page") {
  Fixture f;
  // "Snoozes per break (0 = no limit):" is the longest caption: every field
  // starts where its does, on its page and on the others.
  const int column = f.find<wxTextCtrl>("snooze.duration")->GetPosition().x;
  CHECK(f.find<wxTextCtrl>("breaks.warning")->GetPosition().x == column);
  CHECK(f.find<wxWindow>("snooze.max")->GetPosition().x == column);
  CHECK(f.find<wxTextCtrl>("micro.every")->GetPosition().x == column);
  CHECK(f.find<wxTextCtrl>("idle.threshold")->GetPosition().x == column);
  CHECK(f.find<wxTextCtrl>("meetings.grace")->GetPosition().x == column);
}

TEST_CASE("[integration] the Behaviour page holds the idle settings") {
  Fixture f;
  CHECK(f.find<wxTextCtrl>("idle.threshold")->GetValue() == "15s");
  CHECK(f.find<wxTextCtrl>("idle.sitting_reset")->GetValue() == "5m");
  f.find<wxTextCtrl>("idle.threshold")->SetValue("30s");
  settle();
  CHECK(f.can_apply());
}

TEST_CASE(
    "[integration] the Exercises page offers position, equipment and exercises to leave out") {
  Fixture f;
  auto* position = f.find<wxChoice>("exercises.position");
  REQUIRE(position->GetCount() == 3);
  CHECK(position->GetStringSelection() == "Seated or standing");
  auto* equipment = f.find<wxCheckListBox>("exercises.equipment");
  REQUIRE(equipment->GetCount() == 2);
  CHECK(equipment->GetString(0) == "Tennis ball");
  CHECK_FALSE(equipment->IsChecked(0));
  auto* disabled = f.find<wxCheckListBox>("exercises.disabled");
  REQUIRE(disabled->GetCount() == 2);
  CHECK(disabled->GetString(1) == "Wall angels");
  CHECK(disabled->IsChecked(1));  // as the settings hold it
  CHECK_FALSE(disabled->IsChecked(0));
  CHECK_FALSE(f.can_apply());
  equipment->Check(0);
  wxCommandEvent event(wxEVT_CHECKLISTBOX, equipment->GetId());
  event.SetEventObject(equipment);
  event.SetInt(0);
  equipment->ProcessWindowEvent(event);
  settle();
  CHECK(f.can_apply());
}
