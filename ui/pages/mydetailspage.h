#pragma once

#include <QWidget>

namespace hpo {

class MyDetailsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MyDetailsPage(QWidget *parent = nullptr);
};

} // namespace hpo
