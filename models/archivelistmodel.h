#pragma once

#include "models/archivesource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hpo {

// The digital archive as a flat table over an ArchiveSource: rowCount comes
// from count(), rows are read in pages of `pageSize` when a view first asks
// for them and kept in a small LRU of pages, so 100,000 items cost a few
// hundred in memory. No proxy model goes on top: filtering and search are the
// query's job (the source's SQL and FTS index).
class ArchiveListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveListModel)

public:
    enum Column { DateColumn, DirectionColumn, KindColumn, SubjectColumn, SenderColumn, ColumnCount };
    enum Roles {
        ItemIdRole = Qt::UserRole + 1, // the item's id (same number as ValueTableModel's ValueIdRole)
        SortKeyRole, // sentAt as a QDateTime for the date column
    };

    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 6;

    explicit ArchiveListModel(QObject *parent = nullptr);
    ~ArchiveListModel() override;

    // The source stays owned by the caller and must outlive the model or be unset first;
    // nullptr shows nothing.
    void setSource(ArchiveSource *source);
    ArchiveSource *source() const { return m_source; }

    void setQuery(const ArchiveQuery &query);
    const ArchiveQuery &query() const { return m_query; }

    // The cache changed underneath: count again and drop every loaded page. When the
    // number of rows is the same the views only repaint; otherwise the model resets.
    void refresh();

    // The row of item `id` under the current query, or -1 (see ArchiveSource::rowOf).
    int rowOf(const QString &id) const;

    // The item at `row` as the list has it (no body); nullptr when out of range.
    const ArchiveItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The last read of the source failed (and the rows it concerns show empty); cleared by
    // the next successful count.
    const std::optional<Error> &readError() const { return m_readError; }

Q_SIGNALS:
    // A read of the source failed: for the page to say so instead of looking empty.
    void readFailed(const hpo::Error &error);

private:
    void reload();
    int countRows();
    void reportLater(const Error &error) const;
    const QList<ArchiveItem> *page(int pageIndex) const;

    ArchiveSource *m_source = nullptr;
    ArchiveQuery m_query;
    int m_rowCount = 0;
    mutable std::optional<Error> m_readError;
    // Loaded on demand from const data(): a cache, not model state.
    mutable QHash<int, QList<ArchiveItem>> m_pages;
    mutable QList<int> m_lru; // page indices, most recently used last
};

} // namespace hpo
