#include "ui/widgets/newspanel.h"

#include "models/supportmodels.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace hpo {

NewsPanel::NewsPanel(NewsModel &model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_list(new QTreeView(this)),
      m_reader(new QTextBrowser(this)),
      m_markRead(new QPushButton(tr("Mark as read"), this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("newsPanel"));
    m_list->setObjectName(QStringLiteral("newsList"));
    m_list->setModel(&m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    // A few dozen items: the date column may measure them, so no date is cut off.
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("News and announcements"));
    m_list->setAccessibleDescription(tr("Newest first, unread items in bold; the selected item shows below"));
    m_reader->setObjectName(QStringLiteral("newsReader"));
    m_reader->setOpenLinks(false);
    m_reader->setAccessibleName(tr("Selected news item"));
    m_reader->setAccessibleDescription(tr("The title and text of the news item selected above"));
    m_reader->setTabChangesFocus(true);
    m_markRead->setObjectName(QStringLiteral("markNewsRead"));
    m_markRead->setEnabled(false);
    m_markRead->setAccessibleName(tr("Mark as read"));
    m_markRead->setAccessibleDescription(tr("Marks the selected news item as read"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_reader, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_markRead);
    row->addWidget(m_hint, 1);
    layout->addLayout(row);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NewsPanel::showCurrent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &NewsPanel::showCurrent);
    connect(m_markRead, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            Q_EMIT markReadRequested(current.data(NewsModel::ValueIdRole).toString());
    });
}

void NewsPanel::setCanMarkRead(bool can, const QString &reason)
{
    m_canMarkRead = can;
    m_hint->setText(can ? QString() : reason);
    m_markRead->setAccessibleDescription(can ? tr("Marks the selected news item as read") : reason);
    showCurrent();
}

void NewsPanel::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_reader->clear();
        m_markRead->setEnabled(false);
        m_markRead->setAccessibleName(tr("Mark as read"));
        m_markRead->setAccessibleDescription(tr("Marks the selected news item as read"));
        return;
    }
    const NewsItem &item = m_model.valueAt(current.row());
    m_reader->setPlainText(item.title + QStringLiteral("\n\n") + item.body);
    m_markRead->setEnabled(m_canMarkRead && !item.read);
}

} // namespace hpo
