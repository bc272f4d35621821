#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace hpo {

class ArchivePage;
class ChatAvailability;
class MyDetailsPage;
struct PageModels;
class ChatDock;
class EvaluationsPage;
class GtbOverviewPage;
class SupportPage;
class ProfileButton;
class SignInWidget;
class SyncStatusBar;

// One tab per portal page, the profile button top right, a status bar and the
// chat dock that shows only while chat is available.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ChatAvailability &chat, PageModels &models, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    MyDetailsPage *myDetailsPage() const { return m_myDetails; }
    SignInWidget *signInWidget() const { return m_signIn; }
    // Signed out: the sign-in screen instead of the pages.
    void showSignIn(bool signIn);
    bool isShowingSignIn() const;
    ProfileButton *profileButton() const { return m_profileButton; }
    SyncStatusBar *syncStatusBar() const { return m_syncStatus; }
    // For the composition root to hand the pages their data.
    ArchivePage *archivePage() const { return m_archivePage; }
    GtbOverviewPage *gtbOverviewPage() const { return m_gtbOverviewPage; }

private:
    void updateChatDock();

    ChatAvailability &m_chat;
    QStackedWidget *m_central;
    SignInWidget *m_signIn;
    QTabWidget *m_tabs;
    MyDetailsPage *m_myDetails;
    ArchivePage *m_archivePage;
    GtbOverviewPage *m_gtbOverviewPage;
    // Every page is made before the widgets around them, so Tab reaches the status bar after the page.
    SupportPage *m_supportPage;
    EvaluationsPage *m_evaluationsPage;
    ProfileButton *m_profileButton;
    SyncStatusBar *m_syncStatus;
    ChatDock *m_chatDock;
    QLabel *m_chatStatus;
};

} // namespace hpo
