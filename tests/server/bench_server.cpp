// A benchmark, not a test: seed time, the board-41775 snapshot (time, size,
// slowest page, and how long a small request waits meanwhile), and the rate of
// no-change GET /api/v1/changes polls. Run: build/default/bin/bench_server
#include "tests/server/serverlauncher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using hpo::testing::HttpReply;
using hpo::testing::ServerLauncher;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    // 1. Seed time (the server prints its own measurement too).
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        QProcess seed;
        seed.start(ServerLauncher::serverBinary(),
                   {QStringLiteral("--data"), dir.path(), QStringLiteral("--seed"), QStringLiteral("demo"),
                    QStringLiteral("--seed-only")});
        seed.waitForFinished(600'000);
        const QByteArray log = seed.readAllStandardError();
        std::printf("seed: %.1f s wall (process)\n  %s\n", timer.elapsed() / 1000.0,
                    log.trimmed().split('\n').last().constData());
    }

    ServerLauncher server;
    if (!server.start()) {
        std::fprintf(stderr, "server did not start\n");
        return 1;
    }
    const QString token = server.signIn(QStringLiteral("board-41775")).accessToken;

    // A probe: a small request every 25 ms while the snapshot runs.
    QNetworkAccessManager probeNetwork;
    qint64 worstProbe = 0;
    int probes = 0;
    QTimer probe;
    probe.setInterval(25);
    QObject::connect(&probe, &QTimer::timeout, &probeNetwork, [&] {
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = probeNetwork.get(QNetworkRequest(server.url(QStringLiteral("/api/v1/meta"))));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, timer] {
            worstProbe = qMax(worstProbe, timer->elapsed());
            ++probes;
            delete timer;
            reply->deleteLater();
        });
    });

    // 2. Snapshot of board 41775.
    QElapsedTimer timer;
    timer.start();
    probe.start();
    qint64 bytes = 0, entries = 0, worstPage = 0;
    int pages = 0;
    QString cursor;
    for (;;) {
        QElapsedTimer page;
        page.start();
        const HttpReply reply
            = server.get(QStringLiteral("/api/v1/changes?limit=1000")
                             + (cursor.isEmpty() ? QString() : QStringLiteral("&since=") + cursor),
                         token);
        worstPage = qMax(worstPage, page.elapsed());
        if (reply.status != 200) {
            std::fprintf(stderr, "feed answered %d\n", reply.status);
            return 1;
        }
        ++pages;
        bytes += reply.body.size();
        const QJsonObject json = reply.json();
        entries += json.value(QStringLiteral("entries")).toArray().size();
        cursor = json.value(QStringLiteral("cursor")).toString();
        if (!json.value(QStringLiteral("hasMore")).toBool()) {
            break;
        }
    }
    probe.stop();
    std::printf(
        "snapshot board 41775: %lld entries in %d pages of 1000, %.1f MB, %.1f s, slowest page %lld ms;\n"
        "  a concurrent small request waited at most %lld ms (%d probes)\n",
        entries, pages, bytes / 1e6, timer.elapsed() / 1000.0, worstPage, worstProbe, probes);

    // 3. No-change polls, one connection, sequential.
    timer.restart();
    int polls = 0;
    while (timer.elapsed() < 3000) {
        server.get(QStringLiteral("/api/v1/changes?since=") + cursor, token);
        ++polls;
    }
    std::printf("no-change GET /api/v1/changes: %.0f requests/s (sequential, one client)\n",
                polls * 1000.0 / timer.elapsed());
    return 0;
}
