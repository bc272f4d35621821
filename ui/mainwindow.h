#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QToolButton;

namespace hpo {

class ChatAvailability;
class ChatDock;

// One tab per portal page, the profile button top right, a status bar and the
// chat dock that shows only while chat is available.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ChatAvailability &chat, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }

private:
    void createProfileButton();
    void updateChatDock();

    ChatAvailability &m_chat;
    QTabWidget *m_tabs;
    QToolButton *m_profileButton = nullptr;
    ChatDock *m_chatDock;
    QLabel *m_chatStatus;
};

} // namespace hpo
