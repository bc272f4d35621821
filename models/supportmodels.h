// The list models of the Ondersteuning en contact and Evaluaties pages, and the
// news on Mijn gegevens: small value tables, newest first as the service gives them.
#pragma once

#include "models/domain/contactmoment.h"
#include "models/domain/evaluation.h"
#include "models/domain/newsitem.h"
#include "models/valuetablemodel.h"

namespace hpo {

class ContactMomentModel final : public ValueTableModel<ContactMoment>
{
    Q_OBJECT

public:
    enum Column { DateColumn, ChannelColumn, SubjectColumn, StatusColumn };
    explicit ContactMomentModel(QObject *parent = nullptr);
};

class EvaluationModel final : public ValueTableModel<Evaluation>
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, ScoreColumn };
    explicit EvaluationModel(QObject *parent = nullptr);
};

// Unread items are bold (FontRole) and carry ReadRole = false.
class NewsModel final : public ValueTableModel<NewsItem>
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn };
    enum { ReadRole = SortKeyRole + 1 };
    explicit NewsModel(QObject *parent = nullptr);
    int unreadCount() const;
};

} // namespace hpo
