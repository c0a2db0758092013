#pragma once
// Windows has no libintl, and Debian ships none for MinGW: this header gives
// platform/i18n.hpp the few gettext functions it uses, answered from the
// same .mo catalogs by platform/mo_catalog.cpp (gettext_windows.cpp). It is
// on the include path of the Windows build only.

/// The translation of `msgid` in `domain`, or `msgid` itself.
char* dgettext(const char* domain, const char* msgid);
/// The plural translation for `n`, or `singular`/`plural` by English rules.
char* dngettext(const char* domain, const char* singular, const char* plural, unsigned long n);
/// Where the catalogs of `domain` live (<dir>/<lang>/LC_MESSAGES/<domain>.mo).
char* bindtextdomain(const char* domain, const char* dir);
/// Catalogs are UTF-8 already: accepted and ignored.
char* bind_textdomain_codeset(const char* domain, const char* codeset);
/// The default domain: accepted (Unknot always names its domain).
char* textdomain(const char* domain);
