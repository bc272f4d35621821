#pragma once

#include <QString>

class QCoreApplication;

namespace hpo {

enum class UiLanguage { Dutch, English };

// Dutch when the system locale is Dutch, English otherwise; `override` ("nl" or
// "en", from --lang) wins. Returns std::nullopt-like English on unknown codes
// after setting `error`.
UiLanguage chooseLanguage(const QString &override, QString *error = nullptr);

// Installs the application's and Qt's own translators for `language` on `app`
// (children of `app`). Returns false when the Dutch catalogue cannot be loaded.
bool installTranslators(QCoreApplication &app, UiLanguage language);

} // namespace hpo
