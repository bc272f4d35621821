#pragma once

#include <QWidget>

namespace hpo {

class EvaluationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationsPage(QWidget *parent = nullptr);
};

} // namespace hpo
