#include "server/seed/duocsvreader.h"

#include <QFile>

namespace hpo::server {

Status DuoCsvReader::read(const QString &path, int headerLine)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("seed-file-missing"), QStringLiteral("cannot read ") + path, {}};
    }
    parse(file.readAll(), headerLine);
    if (m_header.isEmpty()) {
        return Error {QStringLiteral("seed-file-empty"), path + QStringLiteral(": no header line"), {}};
    }
    return success();
}

bool DuoCsvReader::splitLine(const QString &line, QStringList *fields, QString *error)
{
    fields->clear();
    QString current;
    bool quoted = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    current.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                current.append(c);
            }
        } else if (c == u';') {
            fields->append(quoted ? current : current.trimmed());
            current.clear();
            quoted = false;
        } else if (c == u'"' && current.trimmed().isEmpty()) {
            current.clear();
            quoted = true;
            inQuotes = true;
        } else {
            current.append(c);
        }
    }
    if (inQuotes) {
        *error = QStringLiteral("unterminated quoted field");
        return false;
    }
    fields->append(quoted ? current : current.trimmed());
    return true;
}

void DuoCsvReader::parse(const QByteArray &latin1, int headerLine)
{
    m_titles.clear();
    m_header.clear();
    m_columns.clear();
    m_records.clear();
    m_problems.clear();
    // ASCII is a subset of ISO-8859-1, so one decoder serves both files.
    const QString text = QString::fromLatin1(latin1);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    int number = 0;
    for (QStringView raw : lines) {
        ++number;
        if (raw.endsWith(u'\r')) {
            raw.chop(1);
        }
        if (number < headerLine) {
            m_titles.append(raw.toString());
            continue;
        }
        if (raw.trimmed().isEmpty()) {
            continue;
        }
        QStringList fields;
        QString error;
        if (!splitLine(raw.toString(), &fields, &error)) {
            m_problems.append(CsvProblem {number, error});
            continue;
        }
        if (number == headerLine) {
            m_header = fields;
            for (int i = 0; i < fields.size(); ++i) {
                m_columns.insert(fields.at(i), i);
            }
            continue;
        }
        if (fields.size() != m_header.size()) {
            m_problems.append(CsvProblem {
                number,
                QStringLiteral("expected %1 fields, found %2").arg(m_header.size()).arg(fields.size())});
            continue;
        }
        m_records.append(CsvRecord {number, fields});
    }
}

QString DuoCsvReader::field(const CsvRecord &record, const QString &name) const
{
    const int index = column(name);
    return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
}

} // namespace hpo::server
