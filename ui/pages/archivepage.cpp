#include "ui/pages/archivepage.h"

#include "ui/pages/emptystate.h"

#include <QVBoxLayout>

namespace hpo {

ArchivePage::ArchivePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("archivePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        tr("Digital archive"),
        tr("Documents and e-mails exchanged with DUO appear here once you are signed in."), this));
}

} // namespace hpo
