#include "ui/mainwindow.h"

#include "models/domain/chatavailability.h"
#include "models/pagemodels.h"
#include "ui/chat/chatdock.h"
#include "ui/dialogs/signinwidget.h"
#include "ui/pages/archivepage.h"
#include "ui/pages/evaluationspage.h"
#include "ui/pages/gtboverviewpage.h"
#include "ui/pages/mydetailspage.h"
#include "ui/pages/supportpage.h"
#include "ui/widgets/profilebutton.h"
#include "ui/widgets/syncstatusbar.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace hpo {

MainWindow::MainWindow(ChatAvailability &chat, PageModels &models, QWidget *parent)
    : QMainWindow(parent),
      m_chat(chat),
      m_central(new QStackedWidget(this)),
      m_signIn(new SignInWidget(m_central)),
      m_tabs(new QTabWidget(m_central)),
      m_myDetails(new MyDetailsPage({models.contacts, models.branches, models.news, models.schools}, m_tabs)),
      m_archivePage(new ArchivePage(m_tabs)),
      m_gtbOverviewPage(new GtbOverviewPage(m_tabs)),
      m_supportPage(new SupportPage(models.contactMoments, chat, m_tabs)),
      m_evaluationsPage(new EvaluationsPage(models.evaluations, m_tabs)),
      m_profileButton(new ProfileButton(m_tabs)),
      m_syncStatus(new SyncStatusBar(this)),
      m_chatDock(new ChatDock(this)),
      m_chatStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MijnHelpdeskPO"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    resize(1100, 720);

    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Portal pages"));
    m_tabs->setAccessibleDescription(tr("The pages of the portal; Ctrl+Tab moves to the next page"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("pageTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Portal pages"));
    m_tabs->tabBar()->setAccessibleDescription(
        tr("Left and right arrow keys choose a page, Tab moves into it"));
    m_tabs->addTab(m_myDetails, tr("My details"));
    m_tabs->addTab(m_archivePage, tr("Digital archive"));
    m_tabs->addTab(m_supportPage, tr("Support and contact"));
    m_tabs->addTab(m_evaluationsPage, tr("Evaluations"));
    m_tabs->addTab(m_gtbOverviewPage, tr("GTB overview"));
    m_central->addWidget(m_tabs);
    m_central->addWidget(m_signIn);
    setCentralWidget(m_central);
    m_tabs->setCornerWidget(m_profileButton, Qt::TopRightCorner);
    // The profile button sits on the tab row, so it comes right after the tab bar, not after the pages.
    setTabOrder(m_tabs->tabBar(), m_profileButton);

    addDockWidget(Qt::RightDockWidgetArea, m_chatDock);
    m_chatStatus->setObjectName(QStringLiteral("chatStatus"));
    m_chatStatus->setAccessibleName(tr("Chat availability"));
    statusBar()->addWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_chatStatus);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    // Ctrl+F searches where the page has a search: the archive, or a board's school list.
    auto *find = new QAction(tr("Search"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Go to the search field of the archive or of a board's school list"));
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_archivePage) {
            m_archivePage->focusSearch();
        } else if (auto *schools = m_myDetails->findChild<QLineEdit *>(QStringLiteral("schoolSearch"));
                   schools && schools->isVisible()) {
            schools->setFocus(Qt::ShortcutFocusReason);
            schools->selectAll();
        }
    });

    // A board's GTB page points to its schools; it follows which kind is on screen.
    connect(m_myDetails, &MyDetailsPage::institutionChanged, m_gtbOverviewPage,
            [this](const std::optional<Institution> &institution) {
                m_gtbOverviewPage->setShowsBoard(institution
                                                 && institution->kind == Institution::Kind::Board);
            });
    connect(m_gtbOverviewPage, &GtbOverviewPage::schoolListRequested, this, [this] {
        m_tabs->setCurrentWidget(m_myDetails);
        m_myDetails->showSchoolList();
    });

    connect(&m_chat, &ChatAvailability::availableChanged, this, &MainWindow::updateChatDock);
    updateChatDock();
}

MainWindow::~MainWindow() = default;

void MainWindow::showSignIn(bool signIn)
{
    m_central->setCurrentWidget(signIn ? static_cast<QWidget *>(m_signIn) : m_tabs);
    updateChatDock();
}

bool MainWindow::isShowingSignIn() const
{
    return m_central->currentWidget() == m_signIn;
}

void MainWindow::updateChatDock()
{
    // The dock follows availability, for a signed-in person (the helpdesk chats with an
    // institution); the status text also covers "open but no agent".
    m_chatDock->setVisible(m_chat.isAvailable() && !isShowingSignIn());
    m_chatStatus->setText(m_chat.statusText(QLocale()));
    m_chatStatus->setAccessibleDescription(m_chatStatus->text());
}

} // namespace hpo
