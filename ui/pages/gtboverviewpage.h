#pragma once

#include <QWidget>

namespace hpo {

class GtbOverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit GtbOverviewPage(QWidget *parent = nullptr);
};

} // namespace hpo
