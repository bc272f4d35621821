// Reads DUO's open-data CSV files with their real quirks: ISO-8859-1 or ASCII,
// ';' separators, quoted fields with doubled quotes, leading spaces, and title
// lines above the header. An unreadable line is reported with its number and skipped.
#pragma once

#include "models/domain/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpo::server {

struct CsvRecord
{
    int line = 0; // 1-based line number in the file
    QStringList fields;
};

struct CsvProblem
{
    int line = 0;
    QString message;
};

class DuoCsvReader final
{
public:
    // Reads `path`; the header is line `headerLine` (1-based), data follows it.
    Status read(const QString &path, int headerLine = 1);
    // Parses in-memory ISO-8859-1 bytes (for tests).
    void parse(const QByteArray &latin1, int headerLine = 1);

    const QStringList &titleLines() const { return m_titles; } // lines above the header
    const QStringList &header() const { return m_header; }
    const QList<CsvRecord> &records() const { return m_records; }
    const QList<CsvProblem> &problems() const { return m_problems; }

    // Index of a header column, or -1.
    int column(const QString &name) const { return m_columns.value(name, -1); }
    // A trimmed field of `record` by column name ("" when absent).
    QString field(const CsvRecord &record, const QString &name) const;

    // Splits one line; returns false (and sets `error`) for an unterminated quote.
    static bool splitLine(const QString &line, QStringList *fields, QString *error);

private:
    QStringList m_titles;
    QStringList m_header;
    QHash<QString, int> m_columns;
    QList<CsvRecord> m_records;
    QList<CsvProblem> m_problems;
};

} // namespace hpo::server
