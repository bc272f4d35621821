// Writes the PNG screenshots in docs/screenshots/ from the real widgets against
// the real reference server (offscreen, Dutch): the sign-in window, every tab
// of board 41775, one of its schools, and an open archive item.
// With --dark the same views in a dark palette (Fusion), named *-dark.png, to
// check that every colour comes from the palette. Run through scripts/screenshots.
#include "models/domain/chatavailability.h"
#include "models/pagemodels.h"
#include "services/auth/memorytokenstore.h"
#include "services/demo/serverprocess.h"
#include "tests/support/fakeclock.h"
#include "ui/controllers/sessioncontroller.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/archivepage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
QString suffix; // "-dark" for the dark palette run

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xaa));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x7d, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool save(QWidget &window, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(200);
    const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("wrote %s\n", qPrintable(path));
    return true;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QTest::qWait(50);
    return done();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = QApplication::arguments().mid(1);
    if (args.removeAll(QStringLiteral("--dark")) > 0) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        suffix = QStringLiteral("-dark");
    }
    const QString outDir = args.isEmpty() ? QStringLiteral("docs/screenshots") : args.constFirst();
    QDir().mkpath(outDir);
    hpo::installTranslators(app, hpo::UiLanguage::Dutch);

    QTemporaryDir data;
    QTemporaryDir profile;
    hpo::ServerProcess server(
        QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("helpdeskpo-server")));
    server.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--test-broker"),
                  QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0")},
                 180000);
    if (!server.waitUntilReady(180000)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorMessage()));
        return 1;
    }

    // A fixed Tuesday 10:00 so the chat dock and texts are the same every run.
    hpo::test::FakeClock clock(
        QDateTime(QDate(2026, 12, 8), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))));
    hpo::ManualPresenceSource presence(true);
    hpo::ChatAvailability chat(clock, hpo::HelpdeskSchedule(), presence);
    QNetworkAccessManager network;
    hpo::MemoryTokenStore tokens;
    hpo::PageModels models;
    hpo::MainWindow window(chat, models);
    window.resize(1280, 800);
    window.show();

    hpo::SessionController::Config config;
    config.server = server.url();
    config.profileDir = profile.path();
    bool ok = true;
    {
        // The sign-in window with the test broker's identities; this session then goes away.
        hpo::SessionController signInOnly(config, {network, tokens, clock, chat, {}}, window, models);
        signInOnly.start();
        QTest::qWait(1500);
        ok &= save(window, outDir, QStringLiteral("sign-in"));
    }
    bool ready = false;
    bool synced = false;

    config.testIdentity = QStringLiteral("board-41775");
    hpo::SessionController signedIn(config, {network, tokens, clock, chat, {}}, window, models);
    QObject::connect(&signedIn, &hpo::SessionController::ready, &app, [&] { ready = true; });
    QObject::connect(&signedIn, &hpo::SessionController::syncFinished, &app, [&] { synced = true; });
    signedIn.start();
    if (!waitFor([&] { return ready && synced; }, 300000)) {
        std::fprintf(stderr, "sign-in or sync did not finish\n");
        return 1;
    }
    // The board's own tabs; GTB counts are per school, so that one is taken of a school below.
    const char *const names[] = {"main-window", "archive", "support", "evaluations"};
    for (int tab = 0; tab < 4; ++tab) {
        window.tabs()->setCurrentIndex(tab);
        ok &= save(window, outDir, QString::fromLatin1(names[tab]));
    }
    window.tabs()->setCurrentIndex(0);
    // A school of the board, opened from the school list.
    if (models.schools.rowCount() > 0) {
        signedIn.openInstitution(models.schools.valueAt(0).school.code);
        ok &= save(window, outDir, QStringLiteral("school-of-board"));
        window.tabs()->setCurrentIndex(4);
        ok &= save(window, outDir, QStringLiteral("gtb"));
        window.tabs()->setCurrentIndex(1);
        if (auto *view
            = window.archivePage()->findChild<QAbstractItemView *>(QStringLiteral("archiveView"))) {
            if (view->model() && view->model()->rowCount() > 0) {
                view->setCurrentIndex(view->model()->index(0, 3));
                view->setFocus();
                QTest::keyClick(view, Qt::Key_Return);
            }
        }
        ok &= save(window, outDir, QStringLiteral("archive-item"));
    }
    return ok ? 0 : 1;
}
