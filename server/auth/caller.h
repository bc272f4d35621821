// Who is calling: the signed-in person and what they may see.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace hpo::server {

struct Caller
{
    QString personId;
    QString kind; // "person" | "agent"
    QString displayName;
    QStringList linked; // linked accounts (institution codes)
    QStringList visible; // linked + every school of a linked board, sorted
    QSet<QString> visibleSet;

    bool sees(const QString &institution) const { return visibleSet.contains(institution); }
};

} // namespace hpo::server
