#include "tests/support/fakearchivesource.h"

#include <QPointer>
#include <QTimeZone>

#include <algorithm>

namespace hpo::test {

namespace {
bool newerFirst(const ArchiveItem &a, const ArchiveItem &b)
{
    if (a.sentAt != b.sentAt)
        return a.sentAt > b.sentAt;
    return a.id > b.id;
}
} // namespace

FakeArchiveSource::FakeArchiveSource(QList<ArchiveItem> items)
{
    setItems(std::move(items));
}

void FakeArchiveSource::setItems(QList<ArchiveItem> items)
{
    m_items = std::move(items);
    std::sort(m_items.begin(), m_items.end(), newerFirst);
}

bool FakeArchiveSource::matches(const ArchiveItem &item, const ArchiveQuery &query)
{
    if (!query.institutionCode.isEmpty() && item.institutionCode != query.institutionCode)
        return false;
    if (query.kind && item.kind != *query.kind)
        return false;
    if (query.direction && item.direction != *query.direction)
        return false;
    const QDate day = item.sentAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).date();
    if (query.from.isValid() && day < query.from)
        return false;
    if (query.to.isValid() && day > query.to)
        return false;
    const QString text = query.text.trimmed();
    if (!text.isEmpty() && !item.subject.contains(text, Qt::CaseInsensitive)
        && !item.sender.contains(text, Qt::CaseInsensitive) && !item.body.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

Result<int> FakeArchiveSource::count(const ArchiveQuery &query)
{
    ++countCalls;
    lastQuery = query;
    if (failWith)
        return *failWith;
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [&](const ArchiveItem &item) { return matches(item, query); }));
}

Result<QList<ArchiveItem>> FakeArchiveSource::fetch(const ArchiveQuery &query, int offset, int limit)
{
    ++fetchCalls;
    lastQuery = query;
    if (failWith)
        return *failWith;
    QList<ArchiveItem> out;
    int seen = 0;
    for (const ArchiveItem &item : std::as_const(m_items)) {
        if (!matches(item, query))
            continue;
        if (seen++ < offset)
            continue;
        ArchiveItem listed = item;
        listed.body.clear(); // the list never carries bodies
        out.append(listed);
        if (out.size() >= limit)
            break;
    }
    return out;
}

int FakeArchiveSource::rowOf(const ArchiveQuery &query, const QString &id)
{
    int row = 0;
    for (const ArchiveItem &item : std::as_const(m_items)) {
        if (!matches(item, query))
            continue;
        if (item.id == id)
            return row;
        ++row;
    }
    return -1;
}

ArchiveItem FakeArchiveSource::makeItem(int n, const QString &institutionCode)
{
    ArchiveItem item;
    item.id = QStringLiteral("a%1").arg(n, 6, 10, QLatin1Char('0'));
    item.institutionCode = institutionCode;
    item.kind = n % 2 == 0 ? ArchiveItem::Kind::Email : ArchiveItem::Kind::Document;
    item.direction = n % 3 == 0 ? ArchiveItem::Direction::ToDuo : ArchiveItem::Direction::FromDuo;
    item.subject = QStringLiteral("Bericht %1").arg(n);
    item.sentAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()).addSecs(-3600LL * n);
    item.sender = item.direction == ArchiveItem::Direction::ToDuo ? QStringLiteral("j.devries@example.nl")
                                                                  : QStringLiteral("DUO");
    item.recipient = item.direction == ArchiveItem::Direction::ToDuo ? QStringLiteral("DUO")
                                                                     : QStringLiteral("j.devries@example.nl");
    item.body = QStringLiteral("Inhoud van bericht %1.").arg(n);
    return item;
}

void FakeArchiveItemLoader::load(const QString &id, QObject *context, Callback done)
{
    requestedIds.append(id);
    m_pending.append({id, context, std::move(done)});
    if (!holdRequests)
        release();
}

void FakeArchiveItemLoader::release()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (!p.context)
            continue;
        const auto it = items.constFind(p.id);
        if (it == items.cend())
            p.done(Error {QStringLiteral("not-found"), QStringLiteral("No such archive item"), {}});
        else
            p.done(*it);
    }
}

} // namespace hpo::test
