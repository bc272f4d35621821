#pragma once

#include "models/domain/gtboverview.h"
#include "models/domain/result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hpo {

class BarChart;
class GtbTableModel;

// GTB-overzicht: per peildatum (newest first) the counts of every vestiging and
// their totals, funded, unfunded or both; the chart of totals per peildatum;
// export to CSV and PDF. It shows what it is given and reads nothing itself.
class GtbOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GtbOverviewPage)

public:
    explicit GtbOverviewPage(QWidget *parent = nullptr);
    ~GtbOverviewPage() override;

    // nullopt: not synced yet, the page explains that instead of an empty table.
    void setOverview(const std::optional<GtbOverview> &overview);
    // Printed in the exports ("Openbare Basisschool 't Eenspan").
    void setInstitutionName(const QString &name);
    // A board has no counts of its own: without an overview the page then says
    // they are kept per school and offers the way to the school list.
    void setShowsBoard(bool board);

    QDate selectedPeildatum() const;
    void selectPeildatum(const QDate &peildatum);

    // The file dialogs' work, for callers that already have a path.
    Status exportCsvTo(const QString &path) const;
    Status exportPdfTo(const QString &path) const;

Q_SIGNALS:
    // "Go to the school list" on a board's page.
    void schoolListRequested();

private:
    void showSelectedPeildatum();
    void updateStack();
    void exportCsv();
    void exportPdf();
    QString suggestedFileName(const QString &suffix) const;

    std::optional<GtbOverview> m_overview;
    QString m_institutionName;
    bool m_board = false;
    GtbTableModel *m_model;
    QStackedWidget *m_stack;
    QComboBox *m_peildatum;
    QLabel *m_updatedUntil;
    QComboBox *m_funding;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QTableView *m_table;
    BarChart *m_chart;
};

} // namespace hpo
