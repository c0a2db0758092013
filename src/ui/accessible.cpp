#include "ui/accessible.hpp"

#include <wx/window.h>

#ifdef __WXGTK__
#include <gtk/gtk.h>
#endif

namespace unknot {

#ifdef __WXGTK__
namespace {
AtkObject* atk_of(wxWindow* window) {
  GtkWidget* widget = window != nullptr ? window->GetHandle() : nullptr;
  return widget != nullptr ? gtk_widget_get_accessible(widget) : nullptr;
}
}  // namespace
#endif

void set_accessible(wxWindow* window, const wxString& name, const wxString& description) {
  if (window == nullptr) return;
  window->SetHelpText(description.empty() ? name : description);
#ifdef __WXGTK__
  if (AtkObject* atk = atk_of(window)) {
    // Only on change: each set is an event a screen reader may announce.
    const wxString now = wxString::FromUTF8(atk_object_get_name(atk));
    if (now != name) atk_object_set_name(atk, name.utf8_str());
    if (!description.empty()) atk_object_set_description(atk, description.utf8_str());
  }
#endif
}

wxString accessible_name(wxWindow* window) {
#ifdef __WXGTK__
  if (AtkObject* atk = atk_of(window)) return wxString::FromUTF8(atk_object_get_name(atk));
  return {};
#else
  return window != nullptr ? window->GetHelpText() : wxString{};
#endif
}

}  // namespace unknot
