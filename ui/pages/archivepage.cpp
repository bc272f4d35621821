#include "ui/pages/archivepage.h"

#include "models/archiveitemloader.h"
#include "models/archivelistmodel.h"
#include "models/displaytext.h"
#include "ui/pages/archivereader.h"
#include "ui/pages/emptystate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace hpo {

namespace {
enum StackPage { EmptyPage, ListPage };
constexpr int anyValue = -1;

QString defaultSavePath(QWidget *parent, const QString &suggestedFileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return QFileDialog::getSaveFileName(parent, ArchivePage::tr("Save attachment"),
                                        dir + u'/' + suggestedFileName);
}
} // namespace

ArchivePage::ArchivePage(QWidget *parent)
    : QWidget(parent),
      m_chooseSavePath(defaultSavePath),
      m_model(new ArchiveListModel(this)),
      m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)),
      m_kind(new QComboBox(this)),
      m_direction(new QComboBox(this)),
      m_fromEnabled(new QCheckBox(tr("&From"), this)),
      m_from(new QDateEdit(this)),
      m_toEnabled(new QCheckBox(tr("&To"), this)),
      m_to(new QDateEdit(this)),
      m_clear(new QPushButton(tr("&Clear filters"), this)),
      m_status(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_view(new QTreeView(this)),
      m_reader(new ArchiveReader(this))
{
    setObjectName(QStringLiteral("archivePage"));

    m_search->setObjectName(QStringLiteral("archiveSearch"));
    m_search->setPlaceholderText(tr("Search subject, sender and text (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the archive"));
    m_search->setAccessibleDescription(
        tr("Type to search subject, sender and text; Down arrow moves to the results"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);

    m_kind->setObjectName(QStringLiteral("archiveKindFilter"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->setToolTip(tr("Show documents, e-mails, or both"));
    m_kind->setAccessibleDescription(m_kind->toolTip());
    m_kind->addItem(tr("All kinds"), anyValue);
    for (const ArchiveItem::Kind kind : {ArchiveItem::Kind::Document, ArchiveItem::Kind::Email})
        m_kind->addItem(DisplayText::archiveKind(kind), int(kind));

    m_direction->setObjectName(QStringLiteral("archiveDirectionFilter"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->setToolTip(tr("Show what the institution sent to DUO, what DUO sent, or both"));
    m_direction->setAccessibleDescription(m_direction->toolTip());
    m_direction->addItem(tr("Both directions"), anyValue);
    for (const ArchiveItem::Direction d : {ArchiveItem::Direction::ToDuo, ArchiveItem::Direction::FromDuo})
        m_direction->addItem(DisplayText::archiveDirection(d), int(d));

    // The date editors only count while their box is ticked: a QDateEdit cannot be empty.
    const QDate today = QDate::currentDate();
    m_fromEnabled->setObjectName(QStringLiteral("archiveFromEnabled"));
    m_fromEnabled->setAccessibleName(tr("Filter from date"));
    m_fromEnabled->setToolTip(tr("Only show items sent on or after this date"));
    m_fromEnabled->setAccessibleDescription(m_fromEnabled->toolTip());
    m_from->setObjectName(QStringLiteral("archiveFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setAccessibleDescription(tr("The first day to show; used while \"From\" is ticked"));
    m_from->setCalendarPopup(true);
    m_from->setDate(today.addYears(-1));
    m_from->setEnabled(false);
    m_toEnabled->setObjectName(QStringLiteral("archiveToEnabled"));
    m_toEnabled->setAccessibleName(tr("Filter to date"));
    m_toEnabled->setToolTip(tr("Only show items sent on or before this date"));
    m_toEnabled->setAccessibleDescription(m_toEnabled->toolTip());
    m_to->setObjectName(QStringLiteral("archiveTo"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setAccessibleDescription(tr("The last day to show; used while \"To\" is ticked"));
    m_to->setCalendarPopup(true);
    m_to->setDate(today);
    m_to->setEnabled(false);

    m_clear->setObjectName(QStringLiteral("archiveClearFilters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every item again"));
    m_clear->setAccessibleDescription(m_clear->toolTip());
    m_status->setObjectName(QStringLiteral("archiveStatus"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kind);
    filters->addWidget(m_direction);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addWidget(m_clear);

    // 100,000 rows: uniform heights, no resize-to-contents, no proxy; the model pages itself.
    m_view->setObjectName(QStringLiteral("archiveView"));
    m_view->setAccessibleName(tr("Archive items"));
    m_view->setAccessibleDescription(tr("Click a subject or press Enter to read the item"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArchiveListModel::SubjectColumn, QHeaderView::Stretch);
    // Widths from the longest text a column can hold, measured once, never from the rows.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.horizontalAdvance(u'M') * 2;
    const auto widest = [&](int column, const QStringList &texts) {
        int w = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        header->resizeSection(column, w + pad);
    };
    widest(ArchiveListModel::DateColumn,
           {DisplayText::dateTime(QDateTime(QDate(2026, 12, 30), QTime(23, 59)))});
    widest(ArchiveListModel::DirectionColumn,
           {DisplayText::archiveDirection(ArchiveItem::Direction::ToDuo),
            DisplayText::archiveDirection(ArchiveItem::Direction::FromDuo)});
    widest(ArchiveListModel::KindColumn,
           {DisplayText::archiveKind(ArchiveItem::Kind::Document),
            DisplayText::archiveKind(ArchiveItem::Kind::Email)});
    header->resizeSection(ArchiveListModel::SenderColumn, fm.horizontalAdvance(u'M') * 16);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("archiveSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listBox);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(splitter, 1);

    auto *empty = new EmptyState(
        tr("Digital archive"),
        tr("Documents and e-mails exchanged with DUO appear here once you are signed in."), this);
    empty->setObjectName(QStringLiteral("archiveEmptyState"));
    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    setTabOrder(m_search, m_kind);
    setTabOrder(m_kind, m_direction);
    setTabOrder(m_direction, m_fromEnabled);
    setTabOrder(m_fromEnabled, m_from);
    setTabOrder(m_from, m_toEnabled);
    setTabOrder(m_toEnabled, m_to);
    setTabOrder(m_to, m_clear);
    setTabOrder(m_clear, m_view);
    setTabOrder(m_view, m_reader);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &ArchivePage::focusSearch);

    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: no reason to wait
            applyFilters();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &ArchivePage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &ArchivePage::applyFilters); // no need to wait
    m_search->installEventFilter(this);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilters);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilters);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &ArchivePage::applyFilters);
    connect(m_toEnabled, &QCheckBox::toggled, this, &ArchivePage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &ArchivePage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ArchivePage::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &ArchivePage::clearFilters);

    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ArchiveListModel::SubjectColumn)
            openRow(index);
    });
    connect(m_view, &QTreeView::activated, this, &ArchivePage::openRow);
    // The subject is what opens an item: say so with the pointer.
    m_view->setMouseTracking(true);
    connect(m_view, &QTreeView::entered, this, [this](const QModelIndex &index) {
        m_view->viewport()->setCursor(
            index.column() == ArchiveListModel::SubjectColumn ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentBeforeReset
            = m_view->currentIndex().siblingAtColumn(0).data(ArchiveListModel::ItemIdRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A new filter or a changed cache keeps the row the user was on, if it still matches.
        const int row = m_model->rowOf(std::exchange(m_currentBeforeReset, {}));
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
        updateStatus();
    });
    connect(m_model, &ArchiveListModel::readFailed, this, &ArchivePage::updateStatus);

    connect(m_reader, &ArchiveReader::attachmentOpenRequested, this,
            [this](int index) { Q_EMIT attachmentOpenRequested(m_reader->itemId(), index); });
    connect(m_reader, &ArchiveReader::attachmentSaveRequested, this,
            [this](int index, const QString &suggestedFileName) {
                const QString id = m_reader->itemId();
                const QString path = m_chooseSavePath(this, suggestedFileName);
                if (!path.isEmpty())
                    Q_EMIT attachmentSaveRequested(id, index, path);
            });

    setSource(nullptr, nullptr);
}

ArchivePage::~ArchivePage() = default;

void ArchivePage::setSource(ArchiveSource *source, ArchiveItemLoader *loader)
{
    m_loader = loader;
    m_openId.clear();
    m_reader->showPlaceholder();
    m_model->setSource(source);
    m_stack->setCurrentIndex(source ? ListPage : EmptyPage);
    updateStatus();
}

void ArchivePage::setInstitutionCode(const QString &code)
{
    ArchiveQuery query = m_model->query();
    query.institutionCode = code;
    m_model->setQuery(query);
}

void ArchivePage::refresh()
{
    m_model->refresh();
    updateStatus();
}

void ArchivePage::setSavePathChooser(SavePathChooser chooser)
{
    m_chooseSavePath = chooser ? std::move(chooser) : SavePathChooser(defaultSavePath);
}

const ArchiveQuery &ArchivePage::query() const
{
    return m_model->query();
}

bool ArchivePage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes on to the results, as in a mail client.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        applyFilters();
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ArchivePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ArchivePage::applyFilters()
{
    m_searchDelay->stop();
    ArchiveQuery query = m_model->query();
    const int kind = m_kind->currentData().toInt();
    query.kind = kind == anyValue ? std::nullopt : std::optional(ArchiveItem::Kind(kind));
    const int direction = m_direction->currentData().toInt();
    query.direction = direction == anyValue ? std::nullopt : std::optional(ArchiveItem::Direction(direction));
    query.from = m_fromEnabled->isChecked() ? m_from->date() : QDate();
    query.to = m_toEnabled->isChecked() ? m_to->date() : QDate();
    query.text = m_search->text();
    m_model->setQuery(query);
}

bool ArchivePage::hasFilters() const
{
    const ArchiveQuery &q = m_model->query();
    return q.kind || q.direction || q.from.isValid() || q.to.isValid() || !q.text.trimmed().isEmpty();
}

void ArchivePage::clearFilters()
{
    {
        const QSignalBlocker b1(m_search), b2(m_kind), b3(m_direction), b4(m_fromEnabled), b5(m_toEnabled);
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_direction->setCurrentIndex(0);
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
    }
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    applyFilters();
}

void ArchivePage::updateStatus()
{
    const int rows = m_model->rowCount();
    // The cache's own words are technical and English: a tooltip for whoever helps, not the text.
    m_status->setToolTip(m_model->readError() ? m_model->readError()->message : QString());
    if (m_model->readError())
        m_status->setText(tr("The offline archive could not be read. If this keeps happening, sign out, "
                             "remove the offline data and sign in again."));
    else if (rows > 0)
        m_status->setText(tr("%n item(s)", nullptr, rows));
    else if (hasFilters())
        m_status->setText(tr("No items match the search and filters."));
    else
        m_status->setText(tr("The archive is empty."));
}

void ArchivePage::openRow(const QModelIndex &index)
{
    const QString id = index.siblingAtColumn(0).data(ArchiveListModel::ItemIdRole).toString();
    if (!id.isEmpty())
        openItem(id);
}

void ArchivePage::openItem(const QString &id)
{
    if (!m_loader || id.isEmpty())
        return;
    m_openId = id;
    m_reader->showLoading();
    // Answers for an item the user has since left are dropped; the loader may answer at once.
    m_loader->load(id, this, [this, id](const Result<ArchiveItem> &result) {
        if (id != m_openId)
            return;
        if (result.ok())
            m_reader->showItem(result.value());
        else
            m_reader->showError(tr("This item could not be loaded: %1").arg(result.error().message));
    });
}

} // namespace hpo
