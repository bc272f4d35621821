#pragma once

#include <QWidget>

namespace hpo {

class SupportPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SupportPage(QWidget *parent = nullptr);
};

} // namespace hpo
