#pragma once
// Screen-reader names for controls that draw themselves (the countdown ring,
// the breathing pacer, the charts, the exercise picture). Buttons and labels
// get theirs from their text; these have none, so on GTK we give the
// accessibility object (what Orca reads through AT-SPI) a name and a
// description. wx's own help text is set too, for other ports.
#include <wx/string.h>

class wxWindow;

namespace unknot {

/// Gives `window` the accessible `name` and, when not empty, `description`.
void set_accessible(wxWindow* window, const wxString& name, const wxString& description = {});

/// The accessible name a screen reader would read for `window` (tests).
wxString accessible_name(wxWindow* window);

}  // namespace unknot
