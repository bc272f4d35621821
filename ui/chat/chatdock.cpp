#include "ui/chat/chatdock.h"

#include "ui/pages/emptystate.h"

namespace hpo {

ChatDock::ChatDock(QWidget *parent) : QDockWidget(tr("Chat"), parent)
{
    setObjectName(QStringLiteral("chatDock"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setWidget(new EmptyState(tr("Chat with the helpdesk"),
                             tr("A helpdesk agent is available. Chat opens here."), this));
    setAccessibleName(tr("Chat with the helpdesk"));
    setAccessibleDescription(tr("Shown while a helpdesk agent is available"));
}

} // namespace hpo
