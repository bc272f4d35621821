#pragma once

#include <QWidget>

class QStackedWidget;

namespace hpo {

class EvaluationModel;
class MasterDetail;

// Evaluaties: the evaluations of the institution and a reader; an empty state
// that explains there is none yet.
class EvaluationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationsPage(EvaluationModel &model, QWidget *parent = nullptr);

private:
    EvaluationModel &m_model;
    QStackedWidget *m_stack;
    MasterDetail *m_list;
};

} // namespace hpo
