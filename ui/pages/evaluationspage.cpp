#include "ui/pages/evaluationspage.h"

#include "ui/pages/emptystate.h"

#include <QVBoxLayout>

namespace hpo {

EvaluationsPage::EvaluationsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new EmptyState(tr("Evaluations"), tr("Evaluations appear here once you are signed in."), this));
}

} // namespace hpo
