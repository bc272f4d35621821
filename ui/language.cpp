#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hpo {

UiLanguage chooseLanguage(const QString &override, QString *error)
{
    const QString code = override.trimmed().toLower();
    if (code == u"nl")
        return UiLanguage::Dutch;
    if (code == u"en")
        return UiLanguage::English;
    if (!code.isEmpty() && error)
        *error = QStringLiteral("unknown language \"%1\" (use nl or en)").arg(override);
    return QLocale::system().language() == QLocale::Dutch ? UiLanguage::Dutch : UiLanguage::English;
}

bool installTranslators(QCoreApplication &app, UiLanguage language)
{
    if (language == UiLanguage::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Netherlands));
        // English source text needs only its plural forms ("1 page", "2 pages").
        auto *plurals = new QTranslator(&app);
        if (!plurals->load(QStringLiteral(":/i18n/mijnhelpdeskpo_en.qm")))
            return false;
        QCoreApplication::installTranslator(plurals);
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    // Qt's own strings (standard dialogs, context menus) when the package is installed.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/mijnhelpdeskpo_nl.qm")))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace hpo
