#include "tests/ui/populatedwindow.h"

#include "models/archivelistmodel.h"
#include "tests/support/gtbfixture.h"
#include "tests/support/institutionfixture.h"
#include "ui/dialogs/signinwidget.h"
#include "ui/pages/archivepage.h"
#include "ui/pages/gtboverviewpage.h"
#include "ui/pages/mydetailspage.h"
#include "ui/widgets/newspanel.h"
#include "ui/widgets/profilebutton.h"
#include "ui/widgets/syncstatusbar.h"

#include <QApplication>
#include <QTabWidget>
#include <QTreeView>

#include <memory>

namespace hpo::test {

namespace {
QDateTime tuesdayTen()
{
    return QDateTime(QDate(2026, 12, 8), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}
} // namespace

PopulatedWindow::PopulatedWindow(View view)
    : m_clock(tuesdayTen()),
      m_chat(m_clock, HelpdeskSchedule(), m_presence),
      m_view(view)
{
    m_window = std::make_unique<MainWindow>(m_chat, m_models);
    MainWindow &w = *m_window;
    w.resize(1280, 800);

    const Institution eenspan
        = schoolFixture(QStringLiteral("16AH"), QStringLiteral("OBS 't Eenspan"), QStringLiteral("EMMEN"));
    m_models.schools.setValues(
        {{eenspan, QStringLiteral("J. de Vries"), 1},
         {schoolFixture(QStringLiteral("16BX"), QStringLiteral("OBS Mr Vegter"), QStringLiteral("EMMEN")),
          {},
          0},
         {schoolFixture(QStringLiteral("00AP"), QStringLiteral("De Schanskorf"),
                        QStringLiteral("ZOETERMEER")),
          {},
          0}});
    ContactPerson p;
    p.id = QStringLiteral("c1");
    p.firstName = QStringLiteral("Els");
    p.lastName = QStringLiteral("Jansen");
    p.function = QStringLiteral("directeur");
    p.email = QStringLiteral("els.jansen@example.nl");
    p.roles = {ContactPerson::Role::Gemachtigde};
    m_models.contacts.setValues({p});
    Branch b;
    b.code = QStringLiteral("16AH00");
    b.institutionCode = QStringLiteral("16AH");
    b.name = QStringLiteral("Het Eenspan");
    b.address = eenspan.visitingAddress;
    m_models.branches.setValues({b});
    NewsItem unread;
    unread.id = QStringLiteral("n1");
    unread.title = QStringLiteral("Nieuwe bekostigingsregels");
    unread.body = QStringLiteral("Vanaf 1 januari …");
    unread.publishedAt = tuesdayTen().addDays(-1);
    NewsItem read = unread;
    read.id = QStringLiteral("n2");
    read.title = QStringLiteral("Storing verholpen");
    read.read = true;
    read.publishedAt = tuesdayTen().addDays(-7);
    m_models.news.setValues({unread, read});
    ContactMoment moment;
    moment.id = QStringLiteral("m1");
    moment.channel = ContactMoment::Channel::Email;
    moment.date = tuesdayTen().addDays(-3);
    moment.subject = QStringLiteral("Vraag over de telling");
    moment.status = ContactMoment::Status::Closed;
    moment.summary = QStringLiteral("Beantwoord per e-mail.");
    m_models.contactMoments.setValues({moment});
    Evaluation evaluation;
    evaluation.id = QStringLiteral("e1");
    evaluation.title = QStringLiteral("Tevredenheidsonderzoek 2026");
    evaluation.date = QDate(2026, 11, 1);
    evaluation.score = 4;
    evaluation.summary = QStringLiteral("Goed");
    m_models.evaluations.setValues({evaluation});

    QList<ArchiveItem> items;
    for (int i = 0; i < 20; ++i)
        items.append(FakeArchiveSource::makeItem(i));
    ArchiveItem withAttachment = items.at(1);
    withAttachment.attachments
        = {{0, QStringLiteral("besluit.pdf"), QStringLiteral("application/pdf"), 120000}};
    m_loader.items.insert(withAttachment.id, withAttachment);
    m_source.setItems(items);
    w.archivePage()->setSource(&m_source, &m_loader);

    const ProfileButton::Account boardAccount {QStringLiteral("41775"), boardFixture().name, true};
    const ProfileButton::Account schoolAccount {eenspan.code, eenspan.name, false};
    w.profileButton()->setPasswordChangeOffered(true);
    w.syncStatusBar()->setOnline(true);
    w.syncStatusBar()->setLastSync(tuesdayTen().addSecs(-600));

    if (view == View::Board) {
        w.profileButton()->setSignedIn(QStringLiteral("Joost Bakker"), {schoolAccount, boardAccount},
                                       boardAccount.code);
        w.myDetailsPage()->setInstitution(boardFixture());
        w.gtbOverviewPage()->setOverview(std::nullopt);
    } else {
        w.profileButton()->setSignedIn(QStringLiteral("Joost Bakker"), {schoolAccount, boardAccount},
                                       boardAccount.code);
        w.myDetailsPage()->setInstitution(eenspan);
        w.myDetailsPage()->setOpenedFromBoard(boardFixture().name);
        w.gtbOverviewPage()->setInstitutionName(eenspan.name);
        w.gtbOverviewPage()->setOverview(gtbOverview());
    }
    w.myDetailsPage()
        ->newsPanel()
        ->findChild<QTreeView *>(QStringLiteral("newsList"))
        ->setCurrentIndex(m_models.news.index(0, 0));
    w.archivePage()->view()->setCurrentIndex(w.archivePage()->model()->index(1, 0));
    w.archivePage()->openItem(withAttachment.id);
    w.signInWidget()->setPasswordOffered(true);
    w.signInWidget()->setTestIdentities(
        {{QStringLiteral("school-admin"), QStringLiteral("Els"), QStringLiteral("one school")},
         {QStringLiteral("board-41775"), QStringLiteral("Joost"), QStringLiteral("60 schools")}});
    w.signInWidget()->setServerName(QStringLiteral("127.0.0.1"));
}

PopulatedWindow::~PopulatedWindow()
{
    m_window->archivePage()->setSource(nullptr, nullptr);
}

QList<PopulatedWindow::Screen> PopulatedWindow::screens()
{
    MainWindow &w = *m_window;
    QList<Screen> result;
    const QString prefix = m_view == View::Board ? QStringLiteral("board/") : QStringLiteral("school/");
    for (int i = 0; i < w.tabs()->count(); ++i) {
        result.append({prefix + w.tabs()->widget(i)->objectName(),
                       [&w, i] {
                           w.showSignIn(false);
                           w.myDetailsPage()->showView(MyDetailsPage::View::Overview);
                           w.tabs()->setCurrentIndex(i);
                       },
                       [&w, i] {
                           return w.tabs()->widget(i);
                       }});
    }
    if (m_view == View::School) {
        const std::pair<QString, MyDetailsPage::View> lists[]
            = {{QStringLiteral("contacts"), MyDetailsPage::View::Contacts},
               {QStringLiteral("branches"), MyDetailsPage::View::Branches}};
        for (const auto &list : lists)
            result.append({prefix + list.first,
                           [&w, view = list.second] {
                               w.showSignIn(false);
                               w.tabs()->setCurrentIndex(0);
                               w.myDetailsPage()->showView(view);
                           },
                           [&w] {
                               return static_cast<QWidget *>(w.myDetailsPage());
                           }});
    }
    result.append({prefix + QStringLiteral("signIn"), [&w] { w.showSignIn(true); },
                   [&w] {
                       return static_cast<QWidget *>(w.signInWidget());
                   }});
    return result;
}

} // namespace hpo::test
