#include "ui/pages/gtboverviewpage.h"

#include "models/displaytext.h"
#include "models/gtbtablemodel.h"
#include "ui/export/gtbexport.h"
#include "ui/pages/emptystate.h"
#include "ui/widgets/barchart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hpo {

namespace {
enum StackPage { EmptyPage, ContentPage, BoardPage };
}

GtbOverviewPage::GtbOverviewPage(QWidget *parent)
    : QWidget(parent),
      m_model(new GtbTableModel(this)),
      m_stack(new QStackedWidget(this)),
      m_peildatum(new QComboBox(this)),
      m_updatedUntil(new QLabel(this)),
      m_funding(new QComboBox(this)),
      m_exportCsv(new QPushButton(tr("Export CSV…"), this)),
      m_exportPdf(new QPushButton(tr("Export PDF…"), this)),
      m_table(new QTableView(this)),
      m_chart(new BarChart(this))
{
    setObjectName(QStringLiteral("gtbOverviewPage"));

    // The banner: the portal itself says this overview stopped being updated.
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("gtbNoLongerUpdatedBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerText = new QLabel(GtbExport::noLongerUpdatedText(), banner);
    bannerText->setObjectName(QStringLiteral("gtbNoLongerUpdatedText"));
    bannerText->setWordWrap(true);
    bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerText->setAccessibleName(tr("Notice"));
    bannerText->setAccessibleDescription(bannerText->text());
    auto *bannerIcon = new QLabel(banner);
    const int iconSize = bannerText->fontMetrics().height() * 3 / 2;
    // QIcon renders the SVG at the screen's device pixel ratio, so it stays crisp at 200%.
    bannerIcon->setPixmap(QIcon(QStringLiteral(":/icons/info.svg")).pixmap(iconSize, iconSize));
    bannerIcon->setAccessibleName(tr("Information"));
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(bannerText, 1);
    banner->setAccessibleName(tr("Notice"));
    banner->setAccessibleDescription(bannerText->text());

    auto *peildatumLabel = new QLabel(tr("&Peildatum:"), this);
    peildatumLabel->setBuddy(m_peildatum);
    m_peildatum->setObjectName(QStringLiteral("gtbPeildatumCombo"));
    m_peildatum->setAccessibleName(DisplayText::peildatumTitle());
    m_peildatum->setToolTip(tr("The count date whose figures the table shows"));
    m_peildatum->setAccessibleDescription(m_peildatum->toolTip());
    m_peildatum->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_updatedUntil->setObjectName(QStringLiteral("gtbUpdatedUntil"));

    auto *fundingLabel = new QLabel(tr("&Show:"), this);
    fundingLabel->setBuddy(m_funding);
    m_funding->setObjectName(QStringLiteral("gtbFundingCombo"));
    m_funding->setAccessibleName(tr("Funding"));
    m_funding->setToolTip(tr("Show the funded (bekostigd) pupils, the unfunded ones, or both added up"));
    m_funding->setAccessibleDescription(m_funding->toolTip());
    for (const GtbFunding funding : {GtbFunding::Combined, GtbFunding::Funded, GtbFunding::Unfunded})
        m_funding->addItem(DisplayText::gtbFunding(funding), int(funding));

    m_exportCsv->setObjectName(QStringLiteral("gtbExportCsv"));
    m_exportCsv->setAccessibleName(tr("Export CSV"));
    m_exportCsv->setToolTip(tr("Save every peildatum as a CSV file for a spreadsheet"));
    m_exportCsv->setAccessibleDescription(m_exportCsv->toolTip());
    m_exportPdf->setObjectName(QStringLiteral("gtbExportPdf"));
    m_exportPdf->setAccessibleName(tr("Export PDF"));
    m_exportPdf->setToolTip(tr("Save the overview with its chart as a PDF file"));
    m_exportPdf->setAccessibleDescription(m_exportPdf->toolTip());

    auto *controls = new QHBoxLayout;
    controls->addWidget(peildatumLabel);
    controls->addWidget(m_peildatum);
    controls->addWidget(m_updatedUntil);
    controls->addSpacing(16);
    controls->addWidget(fundingLabel);
    controls->addWidget(m_funding);
    controls->addStretch();
    controls->addWidget(m_exportCsv);
    controls->addWidget(m_exportPdf);

    m_table->setObjectName(QStringLiteral("gtbTable"));
    m_table->setAccessibleName(tr("Pupil counts per vestiging"));
    m_table->setAccessibleDescription(
        tr("One row per vestiging and a row of totals, for the chosen peildatum; arrow keys move between "
           "cells"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(GtbTableModel::NameColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);

    m_chart->setObjectName(QStringLiteral("gtbChart"));
    m_chart->setAccessibleName(tr("Pupils per peildatum"));
    m_chart->setToolTip(tr("All pupils, funded and unfunded, per peildatum"));
    m_chart->setEmptyText(tr("No counts"));

    auto *chartTitle = new QLabel(tr("Pupils per peildatum"), this);
    QFont titleFont = chartTitle->font();
    titleFont.setBold(true);
    chartTitle->setFont(titleFont);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(chartTitle);
    chartLayout->addWidget(m_chart, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("gtbSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(controls);
    contentLayout->addWidget(splitter, 1);

    auto *empty
        = new EmptyState(tr("No GTB overview yet"),
                         tr("The pupil counts per peildatum appear here after the first sync."), this);
    empty->setObjectName(QStringLiteral("gtbEmptyState"));
    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto *board = new EmptyState(
        tr("GTB counts are kept per school"),
        tr("A board has no GTB overview of its own. Open a school from the school list on My details to "
           "see its pupil counts per peildatum."),
        this);
    board->setObjectName(QStringLiteral("gtbBoardState"));
    QPushButton *toSchools = board->addActionButton(
        tr("Go to the school &list"), tr("Opens My details at the list of this board's schools"));
    toSchools->setObjectName(QStringLiteral("gtbGoToSchoolList"));
    connect(toSchools, &QPushButton::clicked, this, &GtbOverviewPage::schoolListRequested);
    m_stack->addWidget(board);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_peildatum, m_funding);
    setTabOrder(m_funding, m_exportCsv);
    setTabOrder(m_exportCsv, m_exportPdf);
    setTabOrder(m_exportPdf, m_table);

    connect(m_peildatum, &QComboBox::currentIndexChanged, this, &GtbOverviewPage::showSelectedPeildatum);
    connect(m_funding, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFunding(GtbFunding(m_funding->currentData().toInt())); });
    connect(m_exportCsv, &QPushButton::clicked, this, &GtbOverviewPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &GtbOverviewPage::exportPdf);

    setOverview(std::nullopt);
}

GtbOverviewPage::~GtbOverviewPage() = default;

void GtbOverviewPage::setOverview(const std::optional<GtbOverview> &overview)
{
    const QDate previous = selectedPeildatum();
    // The model points into m_overview: detach it before the overview changes.
    m_model->setPeildatum(nullptr);
    m_overview = overview;

    const QSignalBlocker blocker(m_peildatum);
    m_peildatum->clear();
    if (m_overview) {
        for (const GtbPeildatum *p : GtbExport::newestFirst(*m_overview))
            m_peildatum->addItem(DisplayText::longDate(p->peildatum), p->peildatum);
        const int keep = m_peildatum->findData(previous);
        m_peildatum->setCurrentIndex(keep >= 0 ? keep : 0);
        m_chart->setBars(GtbExport::totalsBars(*m_overview));
    } else {
        m_chart->setBars({});
    }
    updateStack();
    m_exportCsv->setEnabled(m_overview.has_value());
    m_exportPdf->setEnabled(m_overview.has_value());
    showSelectedPeildatum();
}

void GtbOverviewPage::setInstitutionName(const QString &name)
{
    m_institutionName = name;
}

void GtbOverviewPage::setShowsBoard(bool board)
{
    m_board = board;
    updateStack();
}

void GtbOverviewPage::updateStack()
{
    m_stack->setCurrentIndex(m_overview ? ContentPage : m_board ? BoardPage : EmptyPage);
}

QDate GtbOverviewPage::selectedPeildatum() const
{
    return m_peildatum->currentData().toDate();
}

void GtbOverviewPage::selectPeildatum(const QDate &peildatum)
{
    const int i = m_peildatum->findData(peildatum);
    if (i >= 0)
        m_peildatum->setCurrentIndex(i);
}

void GtbOverviewPage::showSelectedPeildatum()
{
    const GtbPeildatum *p = m_overview ? m_overview->find(selectedPeildatum()) : nullptr;
    m_model->setPeildatum(p);
    if (p && p->updatedUntil.isValid()) {
        m_updatedUntil->setText(DisplayText::updatedUntil(p->updatedUntil));
    } else {
        m_updatedUntil->clear();
    }
    m_updatedUntil->setAccessibleName(m_updatedUntil->text());
}

Status GtbOverviewPage::exportCsvTo(const QString &path) const
{
    if (!m_overview)
        return Error {
            QStringLiteral("no-overview"), QStringLiteral("There is no GTB overview to export"), {}};
    return GtbExport::writeCsv(path, *m_overview, m_institutionName);
}

Status GtbOverviewPage::exportPdfTo(const QString &path) const
{
    if (!m_overview)
        return Error {
            QStringLiteral("no-overview"), QStringLiteral("There is no GTB overview to export"), {}};
    return GtbExport::writePdf(path, *m_overview, m_institutionName);
}

QString GtbOverviewPage::suggestedFileName(const QString &suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString code = m_overview ? m_overview->institutionCode : QString();
    return dir + u'/' + tr("GTB overview %1").arg(code).trimmed() + suffix;
}

void GtbOverviewPage::exportCsv()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export GTB overview as CSV"),
                                       suggestedFileName(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = exportCsvTo(path);
    if (!status)
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The file could not be written.") + u'\n' + status.error().message);
}

void GtbOverviewPage::exportPdf()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export GTB overview as PDF"),
                                       suggestedFileName(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status status = exportPdfTo(path);
    if (!status)
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The file could not be written.") + u'\n' + status.error().message);
}

} // namespace hpo
