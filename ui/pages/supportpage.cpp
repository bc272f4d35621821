#include "ui/pages/supportpage.h"

#include "ui/pages/emptystate.h"

#include <QVBoxLayout>

namespace hpo {

SupportPage::SupportPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("supportPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        tr("Support and contact"),
        tr("Your contact moments with the helpdesk appear here once you are signed in."), this));
}

} // namespace hpo
