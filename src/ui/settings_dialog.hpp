#pragma once
// `unknot-ui settings`: the common settings in a native dialog. Changes go to
// the daemon as `settings {"set": ...}` (only the keys that changed); the
// daemon validates them with the config loader and writes its own file
// above config.toml.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <wx/dialog.h>

#include "protocol/settings_reply.hpp"

class wxButton;
class wxCheckBox;
class wxFlexGridSizer;
class wxStaticText;
class wxTextCtrl;

namespace unknot {

class DaemonLink;

class SettingsDialog : public wxDialog {
 public:
  /// `reply` is the `settings` command's result (values, locked, files, areas).
  SettingsDialog(DaemonLink& link, const SettingsReply& reply);

 private:
  /// One config key on screen: how to read it back and where its hint goes.
  struct Field {
    std::string table;
    std::string key;
    std::function<nlohmann::json()> value;
    wxStaticText* hint = nullptr;  ///< set for text fields the loader checks as you type
  };

  // Pages (settings_dialog_pages.cpp)
  wxWindow* breaks_page(wxWindow* book);
  wxWindow* behaviour_page(wxWindow* book);
  wxWindow* hours_page(wxWindow* book);
  wxWindow* meetings_page(wxWindow* book);
  wxWindow* exercises_page(wxWindow* book);
  void add_working_day(wxWindow* page, wxFlexGridSizer* grid, int day);

  // Field builders (settings_dialog_fields.cpp)
  const nlohmann::json& initial(const std::string& table, const std::string& key) const;
  void lock_if_needed(wxWindow* control, const std::string& table, const std::string& key);
  wxCheckBox* add_check(wxWindow* page, wxSizer* sizer, const wxString& label,
                        const std::string& table, const std::string& key);
  wxTextCtrl* add_text(wxWindow* page, wxFlexGridSizer* grid, const wxString& label,
                       const std::string& table, const std::string& key);
  void add_choice(wxWindow* page, wxFlexGridSizer* grid, const wxString& label,
                  const std::string& table, const std::string& key,
                  const std::vector<std::string>& choices,
                  const std::vector<wxString>& labels = {});
  /// A list of checks saved as the ids checked (`ids[i]` shown as `names[i]`).
  void add_check_list(wxWindow* page, wxSizer* sizer, const wxString& label,
                      const std::string& table, const std::string& key,
                      const std::vector<std::string>& ids, const wxArrayString& names,
                      const wxSize& size);
  /// `controls` are editable only while `on` is checked (and not locked).
  void enable_with(wxCheckBox* on, const std::vector<wxWindow*>& controls);
  void add_spin(wxWindow* page, wxFlexGridSizer* grid, const wxString& label,
                const std::string& table, const std::string& key, int min, int max);
  wxStaticText* add_hint(wxWindow* page, wxSizer* sizer);
  /// A right-aligned label of one width on every page, so fields line up.
  void add_caption(wxWindow* page, wxFlexGridSizer* grid, const wxString& label);
  /// Gives every caption the width of the widest, on every page.
  void align_captions();

  // Behaviour (settings_dialog.cpp)
  wxSizer* make_footer();
  [[nodiscard]] nlohmann::json edited() const;
  void revalidate();
  /// Lays out again after a hint or error changed, keeping the dialog's size.
  void relayout();
  void apply(bool close);
  void on_reply(const nlohmann::json& reply, bool close);
  void show_error(const std::string& message);

  DaemonLink& link_;
  nlohmann::json values_;
  nlohmann::json locked_;
  nlohmann::json areas_;
  std::vector<std::string> equipment_;
  std::vector<ExerciseChoice> exercises_;
  std::vector<wxWindow*> pages_;
  std::vector<wxWindow*> captions_;
  std::set<const wxWindow*> locked_controls_;
  std::string managed_file_;
  std::vector<Field> fields_;
  wxTextCtrl* first_field_ = nullptr;
  wxCheckBox* autostart_ = nullptr;
  bool autostart_saved_ = false;
  wxStaticText* error_ = nullptr;
  wxButton* ok_ = nullptr;
  wxButton* apply_ = nullptr;
  bool busy_ = false;
};

}  // namespace unknot
