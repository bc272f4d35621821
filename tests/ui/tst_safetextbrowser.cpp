// The mail reader's text view loads nothing from outside.
#include "ui/widgets/safetextbrowser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using hpo::SafeTextBrowser;

class TestSafeTextBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesRemoteAndLocalResources()
    {
        QTemporaryDir dir;
        const QString css = dir.filePath(QStringLiteral("x.css"));
        {
            QFile f(css);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("body { color: red }");
        }
        SafeTextBrowser browser;
        browser.setHtml(QStringLiteral("<html><head><link rel=stylesheet href=\"%1\"></head><body>"
                                       "<img src=\"https://tracker.example/pixel.png\">"
                                       "<img src=\"%2\"></body></html>")
                            .arg(QUrl::fromLocalFile(css).toString(), QUrl::fromLocalFile(css).toString()));
        browser.resize(300, 200);
        browser.grab(); // lays out, which asks for the images
        QVERIFY2(browser.refusedResources() >= 2, qPrintable(QString::number(browser.refusedResources())));
        QVERIFY(browser.document()
                    ->resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(css))
                    .toByteArray()
                    .isEmpty());
        QVERIFY(!browser.openLinks());
        QVERIFY(!browser.openExternalLinks());
    }

    void inlineDataStillWorks()
    {
        SafeTextBrowser browser;
        // A 1x1 PNG.
        browser.setHtml(QStringLiteral(
            "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
            "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\">"));
        browser.resize(100, 100);
        browser.grab();
        QCOMPARE(browser.refusedResources(), 0);
    }
};

QTEST_MAIN(TestSafeTextBrowser)
#include "tst_safetextbrowser.moc"
