#include "ui/pages/emptystate.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hpo {

EmptyState::EmptyState(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(title, this)),
      m_explanation(new QLabel(explanation, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addStretch();
    setAccessibleName(title);
    setAccessibleDescription(explanation);
}

} // namespace hpo
