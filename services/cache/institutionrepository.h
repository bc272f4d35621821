// Cached institutions: the schools and boards the identity may see.
#pragma once

#include "models/domain/institution.h"
#include "services/cache/entitytable.h"

namespace hpo {

// One school of a board as the board's school list shows it.
struct SchoolOverview
{
    Institution school;
    QString gemachtigde; // display name of the first Gemachtigde by sort name; empty when none
    qint64 unreadNews = 0; // unread news of the school, general news included
};

class InstitutionRepository final
{
public:
    explicit InstitutionRepository(QSqlDatabase db);

    Status upsert(const Institution &institution);
    Status remove(const QString &code);
    Result<std::optional<Institution>> find(const QString &code) const;
    Result<QList<Institution>> all() const; // by name
    Result<QList<Institution>> schoolsOfBoard(const QString &boardCode) const; // by name
    // The board's schools by name with their Gemachtigde and unread news count,
    // in ONE statement (the school list refreshes on the UI thread).
    Result<QList<SchoolOverview>> schoolOverviews(const QString &boardCode) const;

private:
    EntityTable m_table;
};

} // namespace hpo
