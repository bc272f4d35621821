#include "models/archivelistmodel.h"

#include "models/displaytext.h"

namespace hpo {

ArchiveListModel::ArchiveListModel(QObject *parent) : QAbstractTableModel(parent)
{ }

ArchiveListModel::~ArchiveListModel() = default;

void ArchiveListModel::setSource(ArchiveSource *source)
{
    beginResetModel();
    m_source = source;
    reload();
    endResetModel();
}

void ArchiveListModel::setQuery(const ArchiveQuery &query)
{
    if (query == m_query)
        return;
    beginResetModel();
    m_query = query;
    reload();
    endResetModel();
}

void ArchiveListModel::reportLater(const Error &error) const
{
    m_readError = error;
    // Reads happen inside a model reset or inside painting (const data()): the page hears of it
    // once those are over.
    auto *self = const_cast<ArchiveListModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, error] { Q_EMIT self->readFailed(error); }, Qt::QueuedConnection);
}

int ArchiveListModel::countRows()
{
    if (!m_source)
        return 0;
    const Result<int> count = m_source->count(m_query);
    if (!count) {
        reportLater(count.error());
        return 0;
    }
    m_readError.reset();
    return std::max(0, count.value());
}

void ArchiveListModel::refresh()
{
    const int newCount = countRows();
    if (newCount != m_rowCount) {
        beginResetModel();
        m_pages.clear();
        m_lru.clear();
        m_rowCount = newCount;
        endResetModel();
        return;
    }
    m_pages.clear();
    m_lru.clear();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

void ArchiveListModel::reload()
{
    m_pages.clear();
    m_lru.clear();
    m_rowCount = countRows();
}

const QList<ArchiveItem> *ArchiveListModel::page(int pageIndex) const
{
    if (!m_source)
        return nullptr;
    const auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.cend()) {
        if (m_lru.last() != pageIndex) {
            m_lru.removeOne(pageIndex);
            m_lru.append(pageIndex);
        }
        return &it.value();
    }
    while (m_lru.size() >= maxCachedPages)
        m_pages.remove(m_lru.takeFirst());
    m_lru.append(pageIndex);
    Result<QList<ArchiveItem>> rows = m_source->fetch(m_query, pageIndex * pageSize, pageSize);
    if (!rows) {
        // Kept as an empty page so painting does not retry on every row; refresh() tries again.
        reportLater(rows.error());
        return &m_pages.insert(pageIndex, {}).value();
    }
    return &m_pages.insert(pageIndex, std::move(rows).value()).value();
}

int ArchiveListModel::rowOf(const QString &id) const
{
    if (!m_source || id.isEmpty())
        return -1;
    const int row = m_source->rowOf(m_query, id);
    return row >= 0 && row < m_rowCount ? row : -1;
}

const ArchiveItem *ArchiveListModel::itemAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<ArchiveItem> *items = page(row / pageSize);
    const int offset = row % pageSize;
    // The source may hold fewer rows than it counted if the cache changed before refresh().
    if (!items || offset >= items->size())
        return nullptr;
    return &items->at(offset);
}

int ArchiveListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ArchiveListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArchiveListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ItemIdRole && role != SortKeyRole
        && role != Qt::AccessibleTextRole)
        return {};
    const ArchiveItem *item = itemAt(index.row());
    if (!item)
        return {};
    if (role == ItemIdRole)
        return item->id;
    switch (Column(index.column())) {
    case DateColumn:
        if (role == SortKeyRole)
            return item->sentAt;
        return DisplayText::dateTime(item->sentAt);
    case DirectionColumn:
        return DisplayText::archiveDirection(item->direction);
    case KindColumn:
        return DisplayText::archiveKind(item->kind);
    case SubjectColumn:
        return DisplayText::archiveSubject(item->subject);
    case SenderColumn:
        return item->sender;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ArchiveListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case DirectionColumn:
        return tr("Direction");
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Subject");
    case SenderColumn:
        return tr("Sender");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace hpo
