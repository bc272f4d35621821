#pragma once

#include "models/domain/institution.h"
#include "models/valuetablemodel.h"

namespace hpo {

// One row of a board's school list: the school and what the list shows about it.
struct SchoolSummary
{
    Institution school;
    QString gemachtigde; // display name, empty when none
    int unreadNews = 0;
    friend bool operator==(const SchoolSummary &, const SchoolSummary &) = default;
};

// A board's schools: code, name, town, Gemachtigde, unread items. The page
// filters it with a QSortFilterProxyModel: a board has at most some sixty schools.
class SchoolListModel final : public ValueTableModel<SchoolSummary>
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, TownColumn, GemachtigdeColumn, UnreadColumn };
    explicit SchoolListModel(QObject *parent = nullptr);
};

} // namespace hpo
