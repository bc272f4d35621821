// The figures for issue 4 in one run (a benchmark, not a test: not registered with CTest).
// Starts helpdeskpo-server (--seed demo --test-broker) on a free loopback port, signs in as
// board-41775 and prints:
//  - the full sync of the board through SyncEngine: wall time, peak RSS (VmHWM);
//  - the same rows (re-read from the synced cache) inserted into a fresh cache file by a
//    minimal loop of raw prepared statements in one transaction;
//  - the no-change sync: requests and bytes;
//  - archive full-text search over school 00DO: median and worst of 100 queries;
//  - UI-thread stalls (architecture.md: none above 50 ms during a full sync): a second full
//    sync into a fresh profile while the main thread shows board 41775 the way the GUI does
//    (PageFeeder on the board, its school and contact lists in views) and a 5 ms QTimer records
//    the gaps between its ticks: worst and 99th percentile.
// Usage: bench_sync [path/to/helpdeskpo-server]  (default: beside this executable, or $HPO_BIN_DIR)
#include "models/domain/systemclock.h"
#include "models/pagemodels.h"
#include "services/api/apiclient.h"
#include "services/auth/authservice.h"
#include "services/auth/memorytokenstore.h"
#include "services/auth/testbrokerbrowser.h"
#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/demo/serverprocess.h"
#include "services/sync/syncengine.h"
#include "ui/controllers/pagefeeder.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
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

// CPU time of the calling thread (not inflated by other processes on the machine), in ms.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000 + double(now.tv_nsec) / 1e6;
}

// The sync worker thread's schedstat: time on a CPU and time waiting for one, in ms.
std::pair<double, double> workerSched()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "hpo-sync")
            continue;
        QFile stat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!stat.open(QIODevice::ReadOnly))
            break;
        const QList<QByteArray> fields = stat.readAll().trimmed().split(' ');
        return {fields.value(0).toDouble() / 1e6, fields.value(1).toDouble() / 1e6};
    }
    return {-1, -1};
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

struct StallFigures
{
    qint64 syncMs = 0;
    double worstMs = 0;
    double p99Ms = 0;
    double ownWorstMs = 0; // less the time the thread waited for a CPU
    double ownP99Ms = 0;
    qsizetype ticks = 0;
    qsizetype over50 = 0;
    qint64 schoolRows = 0;
    QStringList where;
};

// A full sync into a fresh profile under a real event loop, the main thread showing the
// board as the GUI does, and a 5 ms timer measuring how late the main thread comes back.
StallFigures measureStalls(const QString &profileDir, const QString &scope, AuthService &auth, Clock &clock)
{
    auto cache = CacheDatabase::open(profileDir);
    if (!cache)
        die(cache.error().message);
    PageModels models;
    PageFeeder feeder(*cache.value(), models);
    feeder.setInstitution(QStringLiteral("41775"));
    QTableView schools, contacts;
    schools.setModel(&models.schools);
    contacts.setModel(&models.contacts);
    schools.resize(800, 600);
    contacts.resize(800, 300);
    schools.show();
    contacts.show();
    // The first paint loads fonts: not a sync stall, so before the clock starts.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    SyncEngine engine(*cache.value(), profileDir, scope, SyncEngine::feedFetcher(auth), clock);

    // Per gap: how long, and how much of it this thread spent on a CPU or waiting for one
    // (/proc/thread-self/schedstat: run time, run-queue wait), so a stall caused by our own
    // work can be told from one caused by other processes on a loaded machine.
    struct Sched
    {
        qint64 runNs = 0;
        qint64 waitNs = 0;
    };
    QFile schedFile(QStringLiteral("/proc/thread-self/schedstat"));
    auto sched = [&schedFile]() -> Sched {
        if (!schedFile.isOpen() && !schedFile.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return {};
        schedFile.seek(0);
        const QList<QByteArray> fields = schedFile.read(128).trimmed().split(' ');
        return {fields.value(0).toLongLong(), fields.value(1).toLongLong()};
    };
    QList<double> gaps;
    QList<double> ownGaps; // the gap less the run-queue wait: our own work and blocking
    QElapsedTimer tick;
    Sched lastSched;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    int pagesApplied = 0;
    QObject::connect(&engine, &SyncEngine::progress,
                     [&pagesApplied](int pages, qint64, qint64) { pagesApplied = pages; });
    QElapsedTimer wall;
    QStringList worstGaps; // where the gaps above 50 ms fell
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const double gap = double(tick.nsecsElapsed()) / 1e6;
        tick.restart();
        const Sched now = sched();
        const double runMs = double(now.runNs - lastSched.runNs) / 1e6;
        const double waitMs = double(now.waitNs - lastSched.waitNs) / 1e6;
        lastSched = now;
        gaps.append(gap);
        ownGaps.append(gap - waitMs);
        if (gap > 50)
            worstGaps.append(QStringLiteral("%1 ms at %2 s, page %3: %4 ms on CPU, %5 ms waiting for one")
                                 .arg(gap, 0, 'f', 1)
                                 .arg(wall.elapsed() / 1000.0, 0, 'f', 2)
                                 .arg(pagesApplied)
                                 .arg(runMs, 0, 'f', 1)
                                 .arg(waitMs, 0, 'f', 1));
    });
    QEventLoop loop;
    std::optional<Error> failure;
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::failed, &loop, [&](const Error &e) {
        failure = e;
        loop.quit();
    });
    wall.start();
    tick.start();
    lastSched = sched();
    timer.start();
    engine.syncNow();
    loop.exec();
    timer.stop();
    StallFigures f;
    f.syncMs = wall.elapsed();
    if (failure)
        die(QStringLiteral("stall sync failed: ") + failure->message);
    std::sort(gaps.begin(), gaps.end());
    f.ticks = gaps.size();
    if (!gaps.isEmpty()) {
        f.worstMs = gaps.last();
        f.p99Ms = gaps.at(std::min(gaps.size() - 1, qsizetype(double(gaps.size()) * 0.99)));
        f.over50 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50; });
    }
    std::sort(ownGaps.begin(), ownGaps.end());
    if (!ownGaps.isEmpty()) {
        f.ownWorstMs = ownGaps.last();
        f.ownP99Ms = ownGaps.at(std::min(ownGaps.size() - 1, qsizetype(double(ownGaps.size()) * 0.99)));
    }
    f.schoolRows = models.schools.rowCount();
    f.where = worstGaps;
    return f;
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString server = app.arguments().value(1);
    if (server.isEmpty()) {
        const QString dir = qEnvironmentVariable("HPO_BIN_DIR", QCoreApplication::applicationDirPath());
        server = QDir(dir).filePath(QStringLiteral("helpdeskpo-server"));
        if (!QFileInfo::exists(server))
            server = ServerProcess::besideApplication();
    }
    if (!QFileInfo::exists(server))
        die(QStringLiteral("helpdeskpo-server not found (pass its path)"));

    QTemporaryDir data, profile, rawProfile, stallProfile;
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
    const auto [workerRunMs, workerWaitMs] = workerSched();
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
    const double rawCpuStart = threadCpuMs();
    const qint64 rawMs = rawInsert(raw.value()->database(), rows, &rawRows);
    const double rawCpuMs = threadCpuMs() - rawCpuStart;

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

    // Last: the UI-thread stalls during a second full sync (a fresh profile, same identity).
    const StallFigures stalls
        = measureStalls(stallProfile.path(), auth.identity() + u'@' + base.toString(), auth, clock);

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
    row(QStringLiteral("full sync: worker thread CPU time"),
        QStringLiteral("%1 s").arg(f.workerCpuMs / 1000.0, 0, 'f', 2));
    row(QStringLiteral("  on a CPU / waiting for a CPU (schedstat)"),
        QStringLiteral("%1 / %2 s")
            .arg(workerRunMs / 1000.0, 0, 'f', 2)
            .arg(workerWaitMs / 1000.0, 0, 'f', 2));
    row(QStringLiteral("  parse / decode / write / commit (wall)"),
        QStringLiteral("%1 / %2 / %3 / %4 s")
            .arg(f.parseMs / 1000.0, 0, 'f', 2)
            .arg(f.decodeMs / 1000.0, 0, 'f', 2)
            .arg(f.writeMs / 1000.0, 0, 'f', 2)
            .arg(f.commitMs / 1000.0, 0, 'f', 2));
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
    row(QStringLiteral("raw prepared INSERTs: thread CPU time"),
        QStringLiteral("%1 s").arg(rawCpuMs / 1000.0, 0, 'f', 2));
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
    row(QStringLiteral("UI-thread full sync (board view): wall time"),
        QStringLiteral("%1 s (%2 schools listed)")
            .arg(stalls.syncMs / 1000.0, 0, 'f', 2)
            .arg(stalls.schoolRows));
    row(QStringLiteral("UI-thread gap (5 ms timer): worst"),
        QStringLiteral("%1 ms").arg(stalls.worstMs, 0, 'f', 1));
    row(QStringLiteral("UI-thread gap (5 ms timer): 99th percentile"),
        QStringLiteral("%1 ms").arg(stalls.p99Ms, 0, 'f', 1));
    row(QStringLiteral("UI-thread gaps above 50 ms / ticks"),
        QStringLiteral("%1 / %2").arg(stalls.over50).arg(stalls.ticks));
    row(QStringLiteral("  less run-queue wait: worst / 99th percentile"),
        QStringLiteral("%1 / %2 ms").arg(stalls.ownWorstMs, 0, 'f', 1).arg(stalls.ownP99Ms, 0, 'f', 1));
    for (const QString &gap : stalls.where)
        row(QStringLiteral("  a gap above 50 ms"), gap);
    out.flush();
    process.stop();
    return 0;
}
