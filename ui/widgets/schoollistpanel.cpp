#include "ui/widgets/schoollistpanel.h"

#include "models/schoollistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hpo {

namespace {
// Enter opens the current school (QTreeView uses Enter only to edit).
class EnterFilter final : public QObject
{
public:
    EnterFilter(std::function<void()> onEnter, QObject *parent)
        : QObject(parent),
          m_onEnter(std::move(onEnter))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};
} // namespace

SchoolListPanel::SchoolListPanel(SchoolListModel &model, QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this)),
      m_open(new QPushButton(tr("Open school"), this))
{
    setObjectName(QStringLiteral("schoolListPanel"));
    m_search->setObjectName(QStringLiteral("schoolSearch"));
    m_search->setPlaceholderText(tr("Search by name, code or town…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search schools"));
    m_search->setAccessibleDescription(tr("Filters the school list as you type (Ctrl+F)"));

    m_filter->setSourceModel(&model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // every column
    m_filter->setSortRole(SchoolListModel::SortKeyRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("schoolList"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(SchoolListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setAccessibleName(tr("Schools of this board"));
    m_view->setAccessibleDescription(tr("Press Enter or double-click to open the selected school"));
    m_view->installEventFilter(new EnterFilter([this] { openCurrent(); }, this));
    m_open->setObjectName(QStringLiteral("openSchool"));
    m_open->setAccessibleName(tr("Open school"));
    m_open->setAccessibleDescription(tr("Shows the selected school's details, archive and GTB overview"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_open, 0, Qt::AlignRight);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTreeView::doubleClicked, this, &SchoolListPanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &SchoolListPanel::openCurrent);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_open);
}

void SchoolListPanel::focusList()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
}

void SchoolListPanel::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT schoolOpened(current.data(SchoolListModel::ValueIdRole).toString());
}

} // namespace hpo
