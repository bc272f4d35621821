#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hpo {

// A dashboard tile: a title, a big number, a line of detail and a button that opens more.
class Tile final : public QFrame
{
    Q_OBJECT

public:
    Tile(const QString &title, const QString &buttonText, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void opened();

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    QPushButton *m_button;
};

} // namespace hpo
