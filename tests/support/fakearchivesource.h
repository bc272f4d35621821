// An ArchiveSource over an in-memory list, filtering the way the cache does,
// that counts its calls so tests can see how much the model asked for.
#pragma once

#include "models/archiveitemloader.h"
#include "models/archivesource.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

namespace hpo::test {

class FakeArchiveSource final : public ArchiveSource
{
public:
    // `items` in any order; they are kept newest first by (sentAt, id).
    explicit FakeArchiveSource(QList<ArchiveItem> items = {});

    void setItems(QList<ArchiveItem> items);
    const QList<ArchiveItem> &items() const { return m_items; }

    Result<int> count(const ArchiveQuery &query) override;
    Result<QList<ArchiveItem>> fetch(const ArchiveQuery &query, int offset, int limit) override;
    int rowOf(const ArchiveQuery &query, const QString &id) override;

    // When set, count() and fetch() answer this error (a cache that cannot be read).
    std::optional<Error> failWith;
    int countCalls = 0;
    int fetchCalls = 0;
    ArchiveQuery lastQuery;

    static bool matches(const ArchiveItem &item, const ArchiveQuery &query);
    // A deterministic item number `n`: alternating kinds and directions, one per hour back from 2026-12-01.
    static ArchiveItem makeItem(int n, const QString &institutionCode = QStringLiteral("16AH"));

private:
    QList<ArchiveItem> m_items;
};

// Answers load() from a map of full items: at once, or held until release().
class FakeArchiveItemLoader final : public ArchiveItemLoader
{
public:
    void load(const QString &id, QObject *context, Callback done) override;
    // Calls back every held request.
    void release();

    QHash<QString, ArchiveItem> items;
    bool holdRequests = false;
    QStringList requestedIds;

private:
    struct Pending
    {
        QString id;
        QPointer<QObject> context;
        Callback done;
    };
    QList<Pending> m_pending;
};

} // namespace hpo::test
