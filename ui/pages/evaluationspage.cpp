#include "ui/pages/evaluationspage.h"

#include "models/displaytext.h"
#include "models/supportmodels.h"
#include "ui/pages/emptystate.h"
#include "ui/widgets/masterdetail.h"

#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace hpo {

EvaluationsPage::EvaluationsPage(EvaluationModel &model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("evaluationsPage"));
    m_list = new MasterDetail(
        m_model,
        [this](int row) {
            const Evaluation &e = m_model.valueAt(row);
            QString text = e.title + u'\n' + DisplayText::date(e.date);
            if (e.score)
                text += u'\n' + tr("Score: %1 out of %2").arg(*e.score).arg(Evaluation::maxScore);
            if (!e.summary.isEmpty())
                text += QStringLiteral("\n\n") + e.summary;
            if (!e.body.isEmpty())
                text += QStringLiteral("\n\n") + e.body;
            return text;
        },
        tr("Evaluations"), this);
    m_list->view()->setObjectName(QStringLiteral("evaluationsView"));
    m_list->reader()->setObjectName(QStringLiteral("evaluationReader"));
    auto *empty = new EmptyState(tr("No evaluations yet"),
                                 tr("When DUO asks your institution to evaluate its service, or shares an "
                                    "evaluation with you, you can read it here."),
                                 this);
    empty->setObjectName(QStringLiteral("evaluationsEmpty"));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    const auto showListOrEmpty = [this] {
        m_stack->setCurrentIndex(m_model.rowCount() > 0 ? 1 : 0);
    };
    connect(&m_model, &QAbstractItemModel::modelReset, this, showListOrEmpty);
    showListOrEmpty();
}

} // namespace hpo
