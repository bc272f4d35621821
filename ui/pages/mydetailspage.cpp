#include "ui/pages/mydetailspage.h"

#include "models/branchmodel.h"
#include "models/contactpersonmodel.h"
#include "models/schoollistmodel.h"
#include "models/supportmodels.h"
#include "ui/pages/emptystate.h"
#include "ui/widgets/institutiondetailsform.h"
#include "ui/widgets/newspanel.h"
#include "ui/widgets/schoollistpanel.h"
#include "ui/widgets/tile.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hpo {

namespace {
enum StackIndex { EmptyIndex, OverviewIndex, ContactsIndex, BranchesIndex };
}

MyDetailsPage::MyDetailsPage(Models models, QWidget *parent)
    : QWidget(parent),
      m_models(models),
      m_breadcrumb(new QLabel(this)),
      m_title(new QLabel(this)),
      m_back(new QPushButton(tr("Back to board"), this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("myDetailsPage"));
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(QStringLiteral("institutionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Institution name"));
    m_title->setAccessibleDescription(tr("The institution whose details this page shows"));
    m_back->setObjectName(QStringLiteral("backToBoard"));
    m_back->setIcon(QIcon(QStringLiteral(":/icons/back.svg")));
    m_back->setAccessibleName(tr("Back to board"));
    m_back->setAccessibleDescription(tr("Leaves this school and shows the board's own details again"));
    m_back->setVisible(false);

    m_empty = new EmptyState(tr("My details"),
                             tr("Your institution's details, contact persons and branches appear here once "
                                "you are signed in."),
                             this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createOverview());
    m_stack->addWidget(
        createListView(QStringLiteral("contactsView"), tr("Contact persons"), m_models.contacts));
    m_stack->addWidget(createListView(QStringLiteral("branchesView"), tr("Branches"), m_models.branches));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_breadcrumb);
    titles->addWidget(m_title);
    header->addLayout(titles, 1);
    header->addWidget(m_back, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_back, &QPushButton::clicked, this, &MyDetailsPage::backToBoardRequested);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(&m_models.contacts),
                                      static_cast<QAbstractItemModel *>(&m_models.branches)})
        connect(model, &QAbstractItemModel::modelReset, this, &MyDetailsPage::updateTiles);
    setInstitution(std::nullopt);
}

QWidget *MyDetailsPage::createOverview()
{
    auto *overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("overview"));

    auto *detailsBox = new QGroupBox(tr("Institution details"), overview);
    m_details = new InstitutionDetailsForm(detailsBox);
    (new QVBoxLayout(detailsBox))->addWidget(m_details);

    m_contactsTile = new Tile(tr("Contact persons"), tr("View"), overview);
    m_contactsTile->setObjectName(QStringLiteral("contactsTile"));
    m_branchesTile = new Tile(tr("Branches"), tr("View"), overview);
    m_branchesTile->setObjectName(QStringLiteral("branchesTile"));
    m_contactsTile->button()->setObjectName(QStringLiteral("contactsTileButton"));
    m_branchesTile->button()->setObjectName(QStringLiteral("branchesTileButton"));
    connect(m_contactsTile, &Tile::opened, this, [this] { showView(View::Contacts); });
    connect(m_branchesTile, &Tile::opened, this, [this] { showView(View::Branches); });

    // Made before the news so that Tab goes down the left column first, as it reads.
    m_schoolsBox = new QGroupBox(tr("Schools"), overview);
    m_schoolsBox->setObjectName(QStringLiteral("schoolsBox"));
    m_schools = new SchoolListPanel(m_models.schools, m_schoolsBox);
    (new QVBoxLayout(m_schoolsBox))->addWidget(m_schools);
    connect(m_schools, &SchoolListPanel::schoolOpened, this, &MyDetailsPage::schoolOpened);

    auto *newsBox = new QGroupBox(tr("News and announcements"), overview);
    m_news = new NewsPanel(m_models.news, newsBox);
    (new QVBoxLayout(newsBox))->addWidget(m_news);

    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_contactsTile);
    tiles->addWidget(m_branchesTile);
    auto *left = new QVBoxLayout;
    left->addWidget(detailsBox);
    left->addLayout(tiles);
    left->addWidget(m_schoolsBox, 1);
    auto *layout = new QHBoxLayout(overview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addWidget(newsBox, 2);
    return overview;
}

QWidget *MyDetailsPage::createListView(const QString &objectName, const QString &title,
                                       QAbstractItemModel &model)
{
    auto *page = new QWidget(this);
    page->setObjectName(objectName);
    auto *back = new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("Back to overview"), page);
    back->setObjectName(objectName + QStringLiteral("Back"));
    back->setAccessibleName(tr("Back to overview"));
    back->setAccessibleDescription(tr("Returns to the details, tiles and news of My details"));
    auto *heading = new QLabel(title, page);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *view = new QTreeView(page);
    view->setObjectName(objectName + QStringLiteral("Table"));
    view->setModel(&model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setAccessibleName(title);
    view->setAccessibleDescription(tr("One row per entry; arrow keys move between rows"));
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setDefaultSectionSize(180);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(heading, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    connect(back, &QPushButton::clicked, this, [this] { showView(View::Overview); });
    return page;
}

void MyDetailsPage::showSchoolList()
{
    if (!m_institution || m_institution->kind != Institution::Kind::Board)
        return;
    showView(View::Overview);
    m_schools->focusList();
}

void MyDetailsPage::setInstitution(const std::optional<Institution> &institution)
{
    m_institution = institution;
    Q_EMIT institutionChanged(institution);
    if (!institution) {
        m_title->clear();
        m_breadcrumb->clear();
        m_back->setVisible(false);
        m_stack->setCurrentIndex(EmptyIndex);
        return;
    }
    m_details->setInstitution(*institution);
    m_title->setText(institution->name);
    m_schoolsBox->setVisible(institution->kind == Institution::Kind::Board);
    m_branchesTile->setVisible(institution->isSchool());
    setOpenedFromBoard(m_boardName);
    if (m_stack->currentIndex() == EmptyIndex)
        m_stack->setCurrentIndex(OverviewIndex);
    updateTiles();
}

void MyDetailsPage::setOpenedFromBoard(const QString &boardName)
{
    m_boardName = boardName;
    const bool fromBoard = !boardName.isEmpty() && m_institution && m_institution->isSchool();
    m_back->setVisible(fromBoard);
    m_breadcrumb->setText(fromBoard ? tr("%1 › %2").arg(boardName, m_institution->name) : QString());
}

void MyDetailsPage::showView(View view)
{
    if (!m_institution)
        return;
    m_stack->setCurrentIndex(view == View::Contacts       ? ContactsIndex
                                 : view == View::Branches ? BranchesIndex
                                                          : OverviewIndex);
}

MyDetailsPage::View MyDetailsPage::currentView() const
{
    switch (m_stack->currentIndex()) {
    case ContactsIndex:
        return View::Contacts;
    case BranchesIndex:
        return View::Branches;
    default:
        return View::Overview;
    }
}

void MyDetailsPage::updateTiles()
{
    const int contacts = m_models.contacts.rowCount();
    m_contactsTile->setValue(QString::number(contacts));
    const QString gemachtigde = m_models.contacts.gemachtigdeName();
    m_contactsTile->setDetail(gemachtigde.isEmpty() ? tr("No Gemachtigde")
                                                    : tr("Gemachtigde: %1").arg(gemachtigde));
    const int branches = m_models.branches.rowCount();
    m_branchesTile->setValue(QString::number(branches));
    m_branchesTile->setDetail(tr("%n branch(es)", nullptr, branches));
}

} // namespace hpo
