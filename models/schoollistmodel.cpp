#include "models/schoollistmodel.h"

namespace hpo {

namespace {
QString schoolCode(const SchoolSummary &s)
{
    return s.school.code;
}
} // namespace

SchoolListModel::SchoolListModel(QObject *parent)
    : ValueTableModel<SchoolSummary>(
        {
            textColumn([] { return tr("Instellingscode"); }, schoolCode, schoolCode),
            textColumn([] { return tr("Name"); }, [](const SchoolSummary &s) { return s.school.name; },
                       schoolCode),
            textColumn([] { return tr("Town"); },
                       [](const SchoolSummary &s) { return s.school.visitingAddress.town; }, schoolCode),
            textColumn([] { return tr("Gemachtigde"); }, [](const SchoolSummary &s) { return s.gemachtigde; },
                       schoolCode),
            {[] { return tr("Unread"); },
             [](const SchoolSummary &s, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return s.unreadNews > 0 ? QVariant(s.unreadNews) : QVariant(QString());
                 if (role == SortKeyRole)
                     return s.unreadNews;
                 if (role == Qt::TextAlignmentRole)
                     return int(Qt::AlignRight | Qt::AlignVCenter);
                 if (role == ValueIdRole)
                     return s.school.code;
                 return {};
             }},
        },
        parent)
{ }

} // namespace hpo
