#include "models/supportmodels.h"

#include "models/displaytext.h"

#include <QFont>

namespace hpo {

namespace {
template<typename T> QString idOf(const T &value)
{
    return value.id;
}
} // namespace

ContactMomentModel::ContactMomentModel(QObject *parent)
    : ValueTableModel<ContactMoment>(
        {
            {[] { return tr("Date"); },
             [](const ContactMoment &m, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return DisplayText::dateTime(m.date);
                 if (role == SortKeyRole)
                     return m.date;
                 if (role == ValueIdRole)
                     return m.id;
                 return {};
             }},
            textColumn([] { return tr("Channel"); },
                       [](const ContactMoment &m) { return DisplayText::channel(m.channel); },
                       idOf<ContactMoment>),
            textColumn([] { return tr("Subject"); }, [](const ContactMoment &m) { return m.subject; },
                       idOf<ContactMoment>),
            textColumn([] { return tr("Status"); },
                       [](const ContactMoment &m) { return DisplayText::status(m.status); },
                       idOf<ContactMoment>),
        },
        parent)
{ }

EvaluationModel::EvaluationModel(QObject *parent)
    : ValueTableModel<Evaluation>(
        {
            textColumn([] { return tr("Date"); },
                       [](const Evaluation &e) { return DisplayText::date(e.date); }, idOf<Evaluation>),
            textColumn([] { return tr("Title"); }, [](const Evaluation &e) { return e.title; },
                       idOf<Evaluation>),
            textColumn([] { return tr("Score"); },
                       [](const Evaluation &e) {
                           return e.score ? tr("%1 out of %2").arg(*e.score).arg(Evaluation::maxScore)
                                          : QString();
                       },
                       idOf<Evaluation>),
        },
        parent)
{ }

namespace {
QVariant newsData(const NewsItem &n, int role, const QString &text)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::FontRole:
        if (!n.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case NewsModel::ReadRole:
        return n.read;
    case NewsModel::ValueIdRole:
        return n.id;
    default:
        return {};
    }
}
} // namespace

NewsModel::NewsModel(QObject *parent)
    : ValueTableModel<NewsItem>(
        {
            {[] { return tr("Date"); },
             [](const NewsItem &n, int role) {
                 return newsData(n, role, DisplayText::dateTime(n.publishedAt));
             }},
            {[] { return tr("Title"); },
             [](const NewsItem &n, int role) {
                 return newsData(n, role, n.title);
             }},
        },
        parent)
{ }

int NewsModel::unreadCount() const
{
    return int(std::count_if(values().cbegin(), values().cend(), [](const NewsItem &n) { return !n.read; }));
}

} // namespace hpo
