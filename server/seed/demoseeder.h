// `--seed demo`: imports the real DUO open data (schools, boards, branches, GTB
// counts) and adds deterministic synthetic content from a fixed random seed
// (contact persons, archive, news, contact moments, evaluations) plus the test
// identities of the broker page.
#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QStringList>

namespace hpo::server {

class SeedWriter;

struct SeedReport
{
    int schools = 0;
    int boards = 0;
    int branches = 0;
    int gtbOverviews = 0;
    int contacts = 0;
    int archiveItems = 0;
    int news = 0;
    int contactMoments = 0;
    int evaluations = 0;
    QStringList problems; // "file:line: message" for every unreadable line
    qint64 elapsedMs = 0;

    QString summary() const;
};

class DemoSeeder final
{
public:
    // `sourceDir` holds the three DUO CSV files (":/seed" = the copies built into the binary).
    DemoSeeder(QString sourceDir, SeedWriter &writer);

    Result<SeedReport> run();

    // The school of board 41775 that gets 100,000 archive items.
    static QString bigArchiveSchool() { return QStringLiteral("00DO"); }

private:
    QString m_sourceDir;
    SeedWriter &m_writer;
};

} // namespace hpo::server
