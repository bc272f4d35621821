// Writes PNG screenshots of the main window for the README and docs/screenshots/.
// Run through scripts/screenshots (offscreen, Dutch, a fixed clock at Tuesday 10:00).
#include "models/domain/chatavailability.h"
#include "models/pagemodels.h"
#include "tests/support/fakeclock.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString outDir = args.size() > 1 ? args.at(1) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    hpo::installTranslators(app, hpo::UiLanguage::Dutch);

    hpo::test::FakeClock clock(
        QDateTime(QDate(2026, 12, 8), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))));
    hpo::ManualPresenceSource presence(true);
    hpo::ChatAvailability chat(clock, hpo::HelpdeskSchedule(), presence);
    hpo::PageModels models;
    hpo::MainWindow window(chat, models);
    window.resize(1200, 760);
    window.show();
    QApplication::processEvents();

    const QString path = outDir + QStringLiteral("/main-window.png");
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(path));
    return 0;
}
