// The figures for issue 4 in one run (a benchmark, not a test: not registered with CTest).
// Starts helpdeskpo-server (--seed demo --test-broker) on a free loopback port, signs in as
// board-41775 and prints:
//  - the full sync of the board through SyncEngine: wall time, peak RSS (VmHWM);
//  - the same rows (re-read from the synced cache) inserted into a fresh cache file by a
//    minimal loop of raw prepared statements in one transaction;
//  - the no-change sync: requests and bytes;
//  - archive full-text search over school 00DO: median and worst of 100 queries.
// Usage: bench_sync [path/to/helpdeskpo-server]  (default: beside this executable, or $HPO_BIN_DIR)
#include "models/domain/systemclock.h"
#include "services/api/apiclient.h"
#include "services/auth/authservice.h"
#include "services/auth/memorytokenstore.h"
#include "services/auth/testbrokerbrowser.h"
#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/demo/serverprocess.h"
#include "services/sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace hpo;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "bench_sync: " << message << '\n';
    std::exit(1);
}

// Peak resident set size of this process so far, in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

template<typename Predicate> bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

Result<SyncEngine::Summary> runSync(SyncEngine &engine)
{
    std::optional<Result<SyncEngine::Summary>> outcome;
    QObject scope;
    QObject::connect(&engine, &SyncEngine::finished, &scope,
                     [&outcome](const SyncEngine::Summary &s) { outcome = s; });
    QObject::connect(&engine, &SyncEngine::failed, &scope, [&outcome](const Error &e) { outcome = e; });
    engine.syncNow();
    if (!waitFor([&outcome] { return outcome.has_value(); }, 30 * 60 * 1000))
        return Error {QStringLiteral("bench-hang"), QStringLiteral("sync did not finish"), {}};
    return *outcome;
}

struct TableRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// The entity tables the feed fills (not bodies/attachments fetched on demand, not bookkeeping).
const QStringList entityTables = {QStringLiteral("institutions"),  QStringLiteral("branches"),
                                  QStringLiteral("contacts"),      QStringLiteral("news"),
                                  QStringLiteral("archive_items"), QStringLiteral("contact_moments"),
                                  QStringLiteral("evaluations"),   QStringLiteral("gtb")};

QList<TableRows> readRows(QSqlDatabase db)
{
    QList<TableRows> all;
    for (const QString &table : entityTables) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            die(table + u": " + query.lastError().text());
        TableRows rows {table, {}, {}};
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns.append(record.fieldName(i));
        while (query.next()) {
            QVariantList values;
            values.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                values.append(query.value(i));
            rows.rows.append(values);
        }
        all.append(rows);
    }
    return all;
}

// The baseline: one transaction, one prepared INSERT per table, bind and exec per row.
qint64 rawInsert(QSqlDatabase db, const QList<TableRows> &tables, qint64 *count)
{
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        die(QStringLiteral("begin: ") + db.lastError().text());
    *count = 0;
    for (const TableRows &t : tables) {
        QSqlQuery insert(db);
        const QString marks = QStringList(t.columns.size(), QStringLiteral("?")).join(u',');
        if (!insert.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t.table, t.columns.join(u','), marks)))
            die(t.table + u": " + insert.lastError().text());
        for (const QVariantList &row : t.rows) {
            for (int i = 0; i < row.size(); ++i)
                insert.bindValue(i, row.at(i));
            if (!insert.exec())
                die(t.table + u": " + insert.lastError().text());
            ++*count;
        }
    }
    if (!db.commit())
        die(QStringLiteral("commit: ") + db.lastError().text());
    return timer.elapsed();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString server = app.arguments().value(1);
    if (server.isEmpty()) {
        const QString dir = qEnvironmentVariable("HPO_BIN_DIR", QCoreApplication::applicationDirPath());
        server = QDir(dir).filePath(QStringLiteral("helpdeskpo-server"));
        if (!QFileInfo::exists(server))
            server = ServerProcess::besideApplication();
    }
    if (!QFileInfo::exists(server))
        die(QStringLiteral("helpdeskpo-server not found (pass its path)"));

    QTemporaryDir data, profile, rawProfile;
    ServerProcess process(server);
    process.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--test-broker"),
                   QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0")},
                  300000);
    if (!process.waitUntilReady(300000))
        die(QStringLiteral("server did not start: ") + process.errorMessage());
    const QUrl base = process.url();

    QNetworkAccessManager nam;
    SystemClock clock;
    MemoryTokenStore tokens;
    AuthService *authPointer = nullptr;
    ApiClient api(
        nam, base, [&authPointer] { return authPointer ? authPointer->accessToken() : QString(); }, nullptr);
    std::optional<ApiResult> meta;
    api.send(ApiRequest::get(QStringLiteral("/api/v1/meta")), &app,
             [&meta](const ApiResult &r) { meta = r; });
    waitFor([&meta] { return meta.has_value(); }, 30000);
    if (!meta || !meta->ok())
        die(QStringLiteral("no /api/v1/meta"));
    const auto endpoints = AuthEndpoints::fromMeta(meta->response().object().value());
    if (!endpoints)
        die(endpoints.error().message);

    TestBrokerBrowser broker(nam, QStringLiteral("board-41775"));
    AuthService auth(
        api, tokens, clock, [&broker](const QUrl &url) { return broker.open(url); }, endpoints.value());
    authPointer = &auth;
    std::optional<Error> signInError;
    QObject::connect(&auth, &AuthService::failed, &app, [&signInError](const Error &e) { signInError = e; });
    QObject::connect(&broker, &TestBrokerBrowser::failed, &app,
                     [&signInError](const Error &e) { signInError = e; });
    auth.signIn();
    waitFor([&] { return auth.state() == AuthService::State::SignedIn || signInError.has_value(); }, 60000);
    if (auth.state() != AuthService::State::SignedIn)
        die(QStringLiteral("sign-in failed: ") + (signInError ? signInError->message : QString()));

    auto cache = CacheDatabase::open(profile.path());
    if (!cache)
        die(cache.error().message);
    SyncEngine engine(*cache.value(), profile.path(), auth.identity() + u'@' + base.toString(),
                      SyncEngine::feedFetcher(auth), clock);

    const double rssBefore = peakRssMiB();
    QElapsedTimer timer;
    timer.start();
    const auto full = runSync(engine);
    const qint64 fullMs = timer.elapsed();
    const double rssAfter = peakRssMiB();
    if (!full)
        die(QStringLiteral("full sync failed: ") + full.error().code + u' ' + full.error().message);

    const auto noChange = runSync(engine);
    if (!noChange)
        die(QStringLiteral("no-change sync failed: ") + noChange.error().message);

    // The baseline, into a fresh cache file with the same schema (indexes, FTS triggers).
    const QList<TableRows> rows = readRows(cache.value()->database());
    auto raw = CacheDatabase::open(rawProfile.path());
    if (!raw)
        die(raw.error().message);
    qint64 rawRows = 0;
    const qint64 rawMs = rawInsert(raw.value()->database(), rows, &rawRows);

    // Full-text search over school 00DO: one query = count + the first 50 hits.
    const ArchiveRepository archive(cache.value()->database());
    const auto items = archive.count(QStringLiteral("00DO"));
    const QStringList words = {QStringLiteral("bekostiging"),
                               QStringLiteral("leerlingtelling"),
                               QStringLiteral("ontvangstbevestiging"),
                               QStringLiteral("melding"),
                               QStringLiteral("uitwisseling"),
                               QStringLiteral("gegevens"),
                               QStringLiteral("jaarverslag"),
                               QStringLiteral("gewichtenregeling"),
                               QStringLiteral("herinnering"),
                               QStringLiteral("controle leerlinggegevens"),
                               QStringLiteral("helpdesk"),
                               QStringLiteral("accountantsverklaring"),
                               QStringLiteral("aanvraag"),
                               QStringLiteral("groeiregeling"),
                               QStringLiteral("correctie inschrijving"),
                               QStringLiteral("beschikking"),
                               QStringLiteral("oktober"),
                               QStringLiteral("bevoegd gezag"),
                               QStringLiteral("vraag"),
                               QStringLiteral("wijziging")};
    QList<double> times;
    qint64 hitsTotal = 0;
    for (int i = 0; i < 100; ++i) {
        ArchiveFilter filter;
        filter.institutionCode = QStringLiteral("00DO");
        filter.text = words.at(i % words.size());
        QElapsedTimer q;
        q.start();
        const auto count = archive.count(filter);
        const auto hits = archive.search(filter.institutionCode, filter.text, 50);
        times.append(double(q.nsecsElapsed()) / 1e6);
        if (!count || !hits)
            die(QStringLiteral("search failed: ") + (count ? hits.error().message : count.error().message));
        hitsTotal += count.value();
    }

    const auto &f = full.value();
    const auto &n = noChange.value();
    out << "bench_sync against " << base.toString() << " as " << auth.identity() << "\n\n";
    out << QStringLiteral("%1 | %2\n").arg(QStringLiteral("measure"), -44).arg(QStringLiteral("value"));
    out << QString(70, u'-') << '\n';
    auto row = [](const QString &name, const QString &value) {
        out << QStringLiteral("%1 | %2\n").arg(name, -44).arg(value);
    };
    row(QStringLiteral("full sync: wall time"), QStringLiteral("%1 s").arg(fullMs / 1000.0, 0, 'f', 2));
    row(QStringLiteral("full sync: worker (parse + write) time"),
        QStringLiteral("%1 s").arg(f.workerMs / 1000.0, 0, 'f', 2));
    row(QStringLiteral("full sync: pages / requests"),
        QStringLiteral("%1 / %2").arg(f.pages).arg(f.requests));
    row(QStringLiteral("full sync: entities upserted (refused)"),
        QStringLiteral("%1 (%2)").arg(f.upserts).arg(f.rejected));
    row(QStringLiteral("full sync: bytes received"),
        QStringLiteral("%1 MiB").arg(f.bytes / 1048576.0, 0, 'f', 1));
    row(QStringLiteral("peak RSS (VmHWM) before / after full sync"),
        QStringLiteral("%1 / %2 MiB").arg(rssBefore, 0, 'f', 1).arg(rssAfter, 0, 'f', 1));
    row(QStringLiteral("raw prepared INSERTs, one transaction"),
        QStringLiteral("%1 s for %2 rows").arg(rawMs / 1000.0, 0, 'f', 2).arg(rawRows));
    row(QStringLiteral("no-change sync: requests / bytes"),
        QStringLiteral("%1 / %2").arg(n.requests).arg(n.bytes));
    row(QStringLiteral("no-change sync: upserts + deletes"), QString::number(n.upserts + n.deletes));
    row(QStringLiteral("archive items of 00DO"),
        items ? QString::number(items.value()) : QStringLiteral("?"));
    row(QStringLiteral("FTS query (count + first 50): median"),
        QStringLiteral("%1 ms").arg(median(times), 0, 'f', 2));
    row(QStringLiteral("FTS query (count + first 50): worst of 100"),
        QStringLiteral("%1 ms").arg(*std::max_element(times.begin(), times.end()), 0, 'f', 2));
    row(QStringLiteral("FTS: average hits per query"), QString::number(hitsTotal / 100));
    out.flush();
    process.stop();
    return 0;
}
