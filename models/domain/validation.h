// Input rules for addresses and contact details, as pure functions shared by
// the client (form validation) and the server (request checks). Each returns
// the normalised form or an Error with a stable code; Error.field is left
// empty for the caller (e.g. JsonReader::check) to fill in.
#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QStringView>

namespace hpo {

// Dutch postcode: four digits (the first not 0), then two letters; SA, SD and
// SS are never issued. Case, surrounding whitespace and any whitespace between
// the digits and the letters are normalised: " 1234ab " -> "1234 AB".
// Code "invalid-postcode".
Result<QString> parsePostcode(QStringView text);

// Dutch phone number, national ("0591-659840", "(020) 123 4567") or
// international ("+31 20 1234567", "+31 (0)20 1234567", "0031201234567").
// Separators allowed: spaces, '-', '.', '/', '(' and ')'. A national number has
// 10 digits, except 0800/0900/0906/0909 service numbers, which have 8 or 11.
// Display scheme by prefix:
//   06 mobile                    "06 12345678"
//   0800/0900/0906/0909          "0800 1234", "0900 123 4567"
//   2-digit area (010, 020, …)   "020 123 4567"
//   084/085/087/088/091          "088 123 4567"
//   any other (3-digit area)     "0591 659 840"
// Codes "invalid-phone-number" (letters, wrong length, stray characters) and
// "foreign-phone-number" (+32…, 0049…).
Result<QString> parsePhoneNumber(QStringView text);

// Practical e-mail check: exactly one '@'; a local part of 1–64 characters
// without spaces, quotes or brackets, no leading, trailing or doubled dot; a
// domain of at least two dot-separated labels of letters (Unicode allowed),
// digits and hyphens, no label starting or ending with a hyphen, not an IP
// address; 254 characters at most. Surrounding whitespace is trimmed and the
// domain lower-cased; the local part keeps its case. Code "invalid-email".
Result<QString> parseEmail(QStringView text);

// School website: "www.obs-eenspan.nl", "http://…" or "https://…". Without a
// scheme "https://" is prepended; a given http or https scheme is kept (lower
// case). Refused: other schemes (javascript:, ftp:, mailto:), whitespace,
// user names or passwords, a missing host, a host without a dot or an IP
// address. Parsed with QUrl::StrictMode; the host is lower-cased and shown in
// Unicode. Codes "invalid-website" and "unsupported-scheme".
Result<QString> parseWebsite(QStringView text);

// A new password for the (pre-2022) password sign-in: 12 to 128 characters
// (UTF-16 code units, as the server counts them); nothing else is imposed.
// Codes "password-too-short" and "password-too-long".
inline constexpr qsizetype minimumPasswordLength = 12;
inline constexpr qsizetype maximumPasswordLength = 128;
Status checkNewPassword(QStringView password);

} // namespace hpo
