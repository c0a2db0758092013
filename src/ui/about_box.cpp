// The about box. The generic wx dialog rather than GTK's native one: GTK's is
// not a wx window, so `unknot-ui about` could not tell when it was closed
// and exit with it.
#include <filesystem>

#include <wx/aboutdlg.h>
#include <wx/bmpbndl.h>
#include <wx/generic/aboutdlgg.h>
#include <wx/icon.h>
#include <wx/weakref.h>

#include "ui/translations.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {

namespace fs = std::filesystem;

wxIcon app_icon() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path rel = "hicolor/scalable/apps/io.github.unknot.Unknot.svg";
  fs::path file = exe.parent_path().parent_path() / "share/icons" / rel;
  if (ec || !fs::exists(file)) file = fs::path(UNKNOT_SOURCE_ICONS_DIR) / rel;
  return wxBitmapBundle::FromSVGFile(file.string(), wxSize(64, 64)).GetIcon(wxSize(64, 64));
}

wxAboutDialogInfo about_info() {
  wxAboutDialogInfo info;
  info.SetName("Unknot");
  info.SetVersion(UNKNOT_VERSION);
  info.SetDescription(
      _("Reminds you to stand up, stretch and rest your eyes,\n"
        "with short exercises for the body parts a desk day strains."));
  info.SetWebSite("https://github.com/unknot/unknot");
  info.SetCopyright(wxString::FromUTF8(ui_text("© The Unknot authors")));
  info.SetLicence(
      _("Unknot is free software: you can redistribute it and/or modify it under the\n"
        "terms of the GNU General Public License as published by the Free Software\n"
        "Foundation, either version 3 of the License, or (at your option) any later\n"
        "version. It comes with ABSOLUTELY NO WARRANTY."));
  info.SetIcon(app_icon());
  return info;
}

wxWeakRef<wxGenericAboutDialog> g_about;  // one at a time

}  // namespace

bool open_about_box(DaemonLink&) {
  if (g_about) {
    g_about->Raise();
    return true;
  }
  auto* dialog = new wxGenericAboutDialog(about_info());
  // Modeless, destroyed when closed: the process exits with its last window.
  dialog->Bind(wxEVT_CLOSE_WINDOW, [dialog](wxCloseEvent&) { dialog->Destroy(); });
  dialog->Bind(wxEVT_BUTTON, [dialog](wxCommandEvent& e) {
    if (e.GetId() == wxID_OK || e.GetId() == wxID_CANCEL)
      dialog->Destroy();
    else
      e.Skip();
  });
  g_about = dialog;
  dialog->Show();
  return true;
}

}  // namespace unknot
