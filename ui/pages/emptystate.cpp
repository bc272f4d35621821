#include "ui/pages/emptystate.h"

#include <QLabel>
#include <QPushButton>
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

QPushButton *EmptyState::addActionButton(const QString &text, const QString &description)
{
    if (m_action)
        return m_action;
    m_action = new QPushButton(text, this);
    m_action->setAccessibleName(QString(text).remove(u'&'));
    m_action->setAccessibleDescription(description);
    m_action->setToolTip(description);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    // Below the explanation, above the trailing stretch.
    layout->insertWidget(layout->count() - 1, m_action, 0, Qt::AlignHCenter);
    return m_action;
}

} // namespace hpo
