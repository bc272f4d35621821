#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hpo {

// A centred title and explanation, shown where a page has nothing to show yet;
// optionally a button that takes the user where the content is.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    // Adds (once) the button below the explanation; `clicked` is the caller's to connect.
    QPushButton *addActionButton(const QString &text, const QString &description);

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QPushButton *m_action = nullptr;
};

} // namespace hpo
