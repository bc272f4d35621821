#include "ui/widgets/tile.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpo {

Tile::Tile(const QString &title, const QString &buttonText, QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(title, this)),
      m_value(new QLabel(this)),
      m_detail(new QLabel(this)),
      m_button(new QPushButton(buttonText, this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_value->setFont(big);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_button->setAccessibleName(tr("%1: %2").arg(buttonText, title));
    m_button->setAccessibleDescription(tr("Opens the list of %1").arg(title.toLower()));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    connect(m_button, &QPushButton::clicked, this, &Tile::opened);
    setAccessibleName(title);
}

void Tile::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value + QStringLiteral(" ") + m_detail->text());
}

void Tile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    setAccessibleDescription(m_value->text() + QStringLiteral(" ") + detail);
}

} // namespace hpo
