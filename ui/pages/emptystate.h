#pragma once

#include <QWidget>

class QLabel;

namespace hpo {

// A centred title and explanation, shown where a page has nothing to show yet.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &title, const QString &explanation, QWidget *parent = nullptr);

private:
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace hpo
