#include "ui/pages/gtboverviewpage.h"

#include "ui/pages/emptystate.h"

#include <QVBoxLayout>

namespace hpo {

GtbOverviewPage::GtbOverviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("gtbOverviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        tr("GTB overview"), tr("Pupil counts per peildatum appear here once you are signed in."), this));
}

} // namespace hpo
