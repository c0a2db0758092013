// Names for screen readers where wx has no native route of its own here
// (toolkits other than GTK): the help text, which wx's accessibility reads.
#include <wx/window.h>

#include "ui/accessible.hpp"

namespace unknot {

void set_accessible(wxWindow* window, const wxString& name, const wxString& description) {
  if (window == nullptr) return;
  window->SetHelpText(description.empty() ? name : description);
}

wxString accessible_name(wxWindow* window) {
  return window != nullptr ? window->GetHelpText() : wxString{};
}

}  // namespace unknot
