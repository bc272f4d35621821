#include "ui/pages/mydetailspage.h"

#include "ui/pages/emptystate.h"

#include <QVBoxLayout>

namespace hpo {

MyDetailsPage::MyDetailsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("myDetailsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        tr("My details"),
        tr("Your institution's details, contact persons and branches appear here once you are signed in."),
        this));
}

} // namespace hpo
