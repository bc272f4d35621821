#pragma once

#include <QDockWidget>

namespace hpo {

// The helpdesk chat, docked on the right. Its visibility follows ChatAvailability
// (MainWindow wires that); the conversation itself arrives in the chat issue.
class ChatDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChatDock(QWidget *parent = nullptr);
};

} // namespace hpo
