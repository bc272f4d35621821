#pragma once

#include <QString>

class QCoreApplication;

namespace hpo {

enum class UiLanguage { Dutch, English };

// Dutch when the system locale is Dutch, English otherwise; `override` ("nl" or
// "en", from --lang) wins. An unknown code sets `error` and falls back to the system choice.
UiLanguage chooseLanguage(const QString &override, QString *error = nullptr);

// Installs the application's and Qt's own translators for `language` on `app`
// (children of `app`). Returns false when our catalogue cannot be loaded.
bool installTranslators(QCoreApplication &app, UiLanguage language);

} // namespace hpo
