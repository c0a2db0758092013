// Names for screen readers through GTK's ATK objects (wxGTK).
#include <gtk/gtk.h>
#include <wx/window.h>

#include "ui/accessible.hpp"

namespace unknot {

namespace {
AtkObject* atk_of(wxWindow* window) {
  GtkWidget* widget = window != nullptr ? window->GetHandle() : nullptr;
  return widget != nullptr ? gtk_widget_get_accessible(widget) : nullptr;
}
}  // namespace

void set_accessible(wxWindow* window, const wxString& name, const wxString& description) {
  if (window == nullptr) return;
  window->SetHelpText(description.empty() ? name : description);
  if (AtkObject* atk = atk_of(window)) {
    // Only on change: each set is an event a screen reader may announce.
    const wxString now = wxString::FromUTF8(atk_object_get_name(atk));
    if (now != name) atk_object_set_name(atk, name.utf8_str());
    if (!description.empty()) atk_object_set_description(atk, description.utf8_str());
  }
}

wxString accessible_name(wxWindow* window) {
  if (AtkObject* atk = atk_of(window)) return wxString::FromUTF8(atk_object_get_name(atk));
  return {};
}

}  // namespace unknot
