#pragma once
// UTF-8 (what Unknot uses everywhere) to and from the UTF-16 the W functions
// of the Windows API take. Internal to platform/ on Windows.
#include <string>
#include <string_view>

namespace unknot::win32 {

/// `text` (UTF-8) as UTF-16; invalid sequences become U+FFFD.
std::wstring widen(std::string_view text);
/// `text` (UTF-16) as UTF-8.
std::string narrow(std::wstring_view text);
/// The system's message for error code `code` (GetLastError()), one line.
std::string error_text(unsigned long code);

}  // namespace unknot::win32
