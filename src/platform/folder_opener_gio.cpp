#include <system_error>

#include <gio/gio.h>

#include "platform/folder_opener.hpp"

namespace unknot {

bool open_folder(const std::filesystem::path& dir, std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  GError* failure = nullptr;
  gchar* uri = g_filename_to_uri(dir.c_str(), nullptr, &failure);
  const bool opened = uri != nullptr && g_app_info_launch_default_for_uri(uri, nullptr, &failure);
  g_free(uri);
  if (!opened) error = failure != nullptr ? failure->message : "no handler";
  if (failure != nullptr) g_error_free(failure);
  return opened;
}

}  // namespace unknot
