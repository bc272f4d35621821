// No untranslated text, in Dutch or in English. Every user-visible string of
// the populated window (board and school, every screen), Account toevoegen and
// the sign-out question is compared with the Dutch catalogue, read from
// translations/mijnhelpdeskpo_nl.ts at test time:
//  - in Dutch, no string may be an English source text that has a different
//    Dutch translation (its tr() is missing, or no translator served it);
//  - in English, no string may be such a Dutch translation (a Dutch literal
//    in code, or the Dutch catalogue loaded for English).
// Only strings of the catalogue count, so fixture data (names, subjects)
// never fails the test; sources with %1/%n are matched as patterns when they
// have enough words of their own to be recognised.
// A literal that never went through tr() is in no catalogue, so a second test
// serves every tr() through a marking translator and requires the mark on
// every text of a kind that never carries data (tabs, buttons, headers,
// placeholders, titles, accessible descriptions, menu actions).
#include "tests/ui/populatedwindow.h"
#include "ui/dialogs/addaccountdialog.h"
#include "ui/dialogs/signoutquestion.h"
#include "ui/language.h"
#include "ui/widgets/profilebutton.h"
#include "ui/widgets/syncstatusbar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hpo;
using hpo::test::PopulatedWindow;

namespace {

// A text that must not appear in one language, and what it should have been.
struct Forbidden
{
    QString text;
    QString instead;
};

struct Catalogue
{
    // Exact texts: English sources that must not show in Dutch, Dutch translations that must not show in
    // English.
    QHash<QString, QString> notInDutch;
    QHash<QString, QString> notInEnglish;
    // The same for texts with placeholders, as anchored patterns.
    QList<std::pair<QRegularExpression, QString>> notInDutchPatterns;
    QList<std::pair<QRegularExpression, QString>> notInEnglishPatterns;
    int messages = 0;
};

struct Message
{
    QString source;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"message") {
                current = {};
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                if (xml.attributes().value(QStringLiteral("type")) == u"vanished"
                    || xml.attributes().value(QStringLiteral("type")) == u"obsolete") {
                    xml.skipCurrentElement();
                    current.source.clear();
                    continue;
                }
                // Either text, or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        current.translations << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == u"translation")
                        break;
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == u"message" && !current.source.isEmpty()) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

bool hasPlaceholder(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    return text.contains(placeholder);
}

// "Last synced %1" → ^Last synced .+$, "%n branch(es)" → ^\d… branch(es)$; nullopt when too little
// is left to recognise it by.
std::optional<QRegularExpression> patternOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QString letters = text;
    letters.remove(placeholder);
    letters.remove(QRegularExpression(QStringLiteral("[^\\p{L}]")));
    if (letters.size() < 4)
        return std::nullopt;
    QString pattern = QStringLiteral("^");
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(text.mid(at, m.capturedStart() - at));
        pattern += m.captured(1) == u"n" ? QStringLiteral("\\d[\\d.,]*") : QStringLiteral(".+");
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(at)) + u'$';
    return QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
}

QStringList withoutMnemonic(const QString &text)
{
    QString stripped = text;
    stripped.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return stripped == text ? QStringList {text} : QStringList {text, stripped};
}

// `english`: the English catalogue, whose plural forms ("%n items") are English texts too.
Catalogue buildCatalogue(const QList<Message> &messages, const QList<Message> &english)
{
    Catalogue c;
    c.messages = int(messages.size());
    QSet<QString> sources, translations, sourcesTranslatedAsThemselves;
    for (const Message &m : english) {
        for (const QString &t : m.translations)
            sources.insert(t);
    }
    for (const Message &m : messages) {
        sources.insert(m.source);
        for (const QString &t : m.translations) {
            translations.insert(t);
            if (t == m.source)
                sourcesTranslatedAsThemselves.insert(m.source);
        }
    }
    for (const Message &m : messages) {
        for (const QString &t : m.translations) {
            if (t.isEmpty() || t == m.source)
                continue;
            // A text that is both an English source and a Dutch translation proves nothing either way.
            const bool sourceAmbiguous
                = translations.contains(m.source) || sourcesTranslatedAsThemselves.contains(m.source);
            const bool translationAmbiguous = sources.contains(t);
            if (hasPlaceholder(m.source)) {
                if (!sourceAmbiguous)
                    if (auto p = patternOf(m.source))
                        c.notInDutchPatterns.append({*p, t});
                if (!translationAmbiguous)
                    if (auto p = patternOf(t))
                        c.notInEnglishPatterns.append({*p, m.source});
                continue;
            }
            if (!sourceAmbiguous)
                for (const QString &s : withoutMnemonic(m.source))
                    c.notInDutch.insert(s, t);
            if (!translationAmbiguous)
                for (const QString &s : withoutMnemonic(t))
                    c.notInEnglish.insert(s, m.source);
        }
    }
    return c;
}

// Every user-visible string below `top`, with where it was found.
class Collector
{
public:
    void add(const QString &text, const QString &where)
    {
        if (text.trimmed().isEmpty())
            return;
        m_strings[text].insert(where);
        if (text.contains(u'\n')) {
            for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
                m_strings[line].insert(where);
        }
    }

    void addAction(const QAction *a, const QString &where)
    {
        add(a->text(), where + QStringLiteral(" action text"));
        add(a->toolTip(), where + QStringLiteral(" action tooltip"));
        add(a->statusTip(), where + QStringLiteral(" action status tip"));
        add(a->whatsThis(), where + QStringLiteral(" action what's this"));
    }

    void addModel(const QAbstractItemModel *model, const QString &where)
    {
        if (!model)
            return;
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
            for (int c = 0; c < model->columnCount(); ++c) {
                add(model->headerData(c, Qt::Horizontal, role).toString(), where + QStringLiteral(" header"));
                for (int r = 0; r < std::min(model->rowCount(), 25); ++r)
                    add(model->index(r, c).data(role).toString(), where + QStringLiteral(" cell"));
            }
        }
    }

    void addWidgets(QWidget *top)
    {
        QList<QWidget *> all = top->findChildren<QWidget *>();
        all.prepend(top);
        for (QWidget *w : std::as_const(all)) {
            const QString where
                = QStringLiteral("%1 \"%2\"")
                      .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (w->isWindow() || qobject_cast<QDockWidget *>(w))
                add(w->windowTitle(), where + QStringLiteral(" title"));
            add(w->toolTip(), where + QStringLiteral(" tooltip"));
            add(w->statusTip(), where + QStringLiteral(" status tip"));
            add(w->whatsThis(), where + QStringLiteral(" what's this"));
            add(w->accessibleName(), where + QStringLiteral(" accessible name"));
            add(w->accessibleDescription(), where + QStringLiteral(" accessible description"));
            for (const QAction *a : w->actions())
                addAction(a, where);
            if (auto *label = qobject_cast<QLabel *>(w))
                add(label->text(), where + QStringLiteral(" text"));
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text(), where + QStringLiteral(" text"));
            if (auto *group = qobject_cast<QGroupBox *>(w))
                add(group->title(), where + QStringLiteral(" title"));
            if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                add(edit->placeholderText(), where + QStringLiteral(" placeholder"));
                add(edit->text(), where + QStringLiteral(" text"));
            }
            if (auto *text = qobject_cast<QTextEdit *>(w)) {
                add(text->placeholderText(), where + QStringLiteral(" placeholder"));
                add(text->toPlainText(), where + QStringLiteral(" text"));
            }
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(combo->itemText(i), where + QStringLiteral(" item"));
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i), where + QStringLiteral(" tab"));
                    add(tabs->tabToolTip(i), where + QStringLiteral(" tab tooltip"));
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w))
                addModel(view->model(), where);
            if (auto *window = qobject_cast<QMainWindow *>(w))
                add(window->statusBar()->currentMessage(), where + QStringLiteral(" status message"));
            if (auto *box = qobject_cast<QMessageBox *>(w)) {
                add(box->text(), where + QStringLiteral(" text"));
                add(box->informativeText(), where + QStringLiteral(" informative text"));
            }
        }
    }

    // Each text with the places it was seen.
    const QHash<QString, QSet<QString>> &strings() const { return m_strings; }

private:
    QHash<QString, QSet<QString>> m_strings;
};

// Wraps every translation of our own contexts in marks, so a text without them did not come from tr().
class MarkingTranslator final : public QTranslator
{
public:
    static constexpr QChar open = QChar(0x27EA);
    static constexpr QChar close = QChar(0x27EB);

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("hpo::"))
            return {};
        return open + QString::fromUtf8(source) + close;
    }
};

// Kinds of text (the end of a Collector place) that only ever hold our own words.
bool neverData(const QString &where)
{
    static const QStringList kinds = {
        QStringLiteral(" tab"),   QStringLiteral(" header"),      QStringLiteral(" placeholder"),
        QStringLiteral(" title"), QStringLiteral(" action text"), QStringLiteral(" accessible description")};
    for (const QString &kind : kinds) {
        if (where.endsWith(kind))
            return true;
    }
    // Push buttons say what they do; tool buttons may show data (the profile button shows the person).
    return where.startsWith(QStringLiteral("QPushButton ")) && where.endsWith(QStringLiteral(" text"));
}

void useLanguage(UiLanguage language)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QVERIFY(installTranslators(*qApp, language));
}

// Every screen and dialog, in the language installed now.
void collectEverything(Collector &collector)
{
    for (const auto view : {PopulatedWindow::View::Board, PopulatedWindow::View::School}) {
        PopulatedWindow populated(view);
        MainWindow &window = populated.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const PopulatedWindow::Screen &s : populated.screens()) {
            s.show();
            QApplication::processEvents();
            collector.addWidgets(&window);
        }
        // The status bar's other states.
        SyncStatusBar *status = window.syncStatusBar();
        status->setSyncing(true);
        status->setProgress(3, 120);
        collector.addWidgets(status);
        status->setSyncing(false);
        status->setError(QStringLiteral("timeout"));
        collector.addWidgets(status);
        status->findChild<QAction *>(QStringLiteral("workOfflineAction"))->trigger();
        collector.addWidgets(status);
        window.profileButton()->setSignedOut();
        collector.addWidgets(window.profileButton());
    }
    AddAccountDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addAccountCode")), QStringLiteral("1x"));
    collector.addWidgets(&dialog);
    dialog.findChild<QLineEdit *>(QStringLiteral("addAccountCode"))->setText(QStringLiteral("16AH"));
    dialog.findChild<QAbstractButton *>(QStringLiteral("addAccountSubmit"))->click();
    collector.addWidgets(&dialog);
    dialog.showSuccess(QStringLiteral("OBS 't Eenspan"));
    collector.addWidgets(&dialog);
    std::unique_ptr<QMessageBox> box(createSignOutQuestion(nullptr));
    collector.addWidgets(box.get());
}
} // namespace

class TestUntranslated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(HPO_NL_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> english = readTs(QStringLiteral(HPO_EN_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_catalogue = buildCatalogue(messages, english);
        // A catalogue this small would mean the parser lost its way.
        QVERIFY(m_catalogue.messages > 100);
        QVERIFY(m_catalogue.notInDutch.size() > 100);
    }

    void noUntranslatedText_data()
    {
        QTest::addColumn<bool>("dutch");
        QTest::newRow("nl") << true;
        QTest::newRow("en") << false;
    }

    void noUntranslatedText()
    {
        QFETCH(bool, dutch);
        useLanguage(dutch ? UiLanguage::Dutch : UiLanguage::English);
        Collector collector;
        collectEverything(collector);
        QVERIFY(collector.strings().size() > 200);

        const auto &exact = dutch ? m_catalogue.notInDutch : m_catalogue.notInEnglish;
        const auto &patterns = dutch ? m_catalogue.notInDutchPatterns : m_catalogue.notInEnglishPatterns;
        QStringList problems;
        for (auto entry = collector.strings().cbegin(); entry != collector.strings().cend(); ++entry) {
            const QString &text = entry.key();
            QString instead;
            if (const auto it = exact.constFind(text); it != exact.cend()) {
                instead = *it;
            } else {
                for (const auto &[pattern, other] : patterns) {
                    if (pattern.match(text).hasMatch()) {
                        instead = other;
                        break;
                    }
                }
            }
            if (!instead.isNull()) {
                QStringList where = entry.value().values();
                where.sort();
                problems << QStringLiteral("\"%1\" (%2) is the catalogue's \"%3\"")
                                .arg(text, where.join(QStringLiteral("; ")), instead);
            }
        }
        problems.sort();
        // One line each: QTest cuts long failure messages short.
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 untranslated texts (listed above) in %2")
                                 .arg(problems.size())
                                 .arg(dutch ? QStringLiteral("Dutch") : QStringLiteral("English"))));
    }

    void everyFixedTextWentThroughTr()
    {
        useLanguage(UiLanguage::English);
        auto *marking = new MarkingTranslator;
        marking->setParent(qApp);
        QCoreApplication::installTranslator(marking); // last installed, asked first
        Collector collector;
        collectEverything(collector);
        QCoreApplication::removeTranslator(marking);
        delete marking;

        QStringList problems;
        int checked = 0;
        for (auto entry = collector.strings().cbegin(); entry != collector.strings().cend(); ++entry) {
            const QString &text = entry.key();
            // A list view's hidden header numbers its columns.
            static const QRegularExpression number(QStringLiteral("^\\d+$"));
            if (number.match(text).hasMatch())
                continue;
            for (const QString &where : entry.value()) {
                // Qt's own parts (qt_*) are translated by Qt's catalogue, not ours.
                if (!neverData(where) || where.contains(QStringLiteral("\"qt_")))
                    continue;
                ++checked;
                if (!text.contains(MarkingTranslator::open))
                    problems << QStringLiteral("\"%1\" (%2) did not come from tr()").arg(text, where);
            }
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        problems.sort();
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        if (!problems.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 fixed texts without tr() (listed above)").arg(problems.size())));
    }

private:
    Catalogue m_catalogue;
};

QTEST_MAIN(TestUntranslated)
#include "tst_untranslated.moc"
