#pragma once

#include <QWidget>

namespace hpo {

class ArchivePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ArchivePage(QWidget *parent = nullptr);
};

} // namespace hpo
