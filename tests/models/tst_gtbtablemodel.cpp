// The GTB table: one row per vestiging plus totals, switchable between funded,
// unfunded and both.
#include "models/gtbtablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace hpo;

namespace {
GtbCounts counts(int under8, int eightAndOver, int w000, int w030, int w120, int newcomers)
{
    GtbCounts c;
    c.under8 = under8;
    c.eightAndOver = eightAndOver;
    c.weight000 = w000;
    c.weight030 = w030;
    c.weight120 = w120;
    c.newcomers = newcomers;
    c.total = under8 + eightAndOver;
    return c;
}

GtbPeildatum peildatum()
{
    GtbPeildatum p;
    p.peildatum = QDate(2021, 10, 1);
    p.updatedUntil = QDate(2021, 12, 8);
    p.branches = {
        {QStringLiteral("16AH00"), QStringLiteral("Het Eenspan"), counts(40, 60, 90, 8, 2, 3),
         counts(1, 1, 2, 0, 0, 0)},
        {QStringLiteral("16AH01"), QStringLiteral("De Dependance"), counts(10, 20, 25, 5, 0, 1),
         counts(0, 2, 2, 0, 0, 0)},
    };
    return p;
}

int number(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(GtbTableModel::SortKeyRole).toInt();
}
} // namespace

class TestGtbTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void rowsPerBranchAndTotal()
    {
        GtbTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const GtbPeildatum p = peildatum();
        model.setPeildatum(&p);

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), GtbTableModel::FirstCountColumn + 7);
        QCOMPARE(model.index(0, GtbTableModel::CodeColumn).data().toString(), QStringLiteral("16AH00"));
        QCOMPARE(model.index(1, GtbTableModel::NameColumn).data().toString(),
                 QStringLiteral("De Dependance"));
        QCOMPARE(model.index(2, GtbTableModel::NameColumn).data().toString(), QStringLiteral("Total"));
        QVERIFY(model.index(2, GtbTableModel::CodeColumn).data().toString().isEmpty());
        QVERIFY(model.index(2, GtbTableModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, GtbTableModel::NameColumn).data(Qt::FontRole).isValid());

        const int total = GtbTableModel::columnFor(GtbField::Total);
        QCOMPARE(number(model, 0, total), 102); // 100 funded + 2 unfunded
        QCOMPARE(number(model, 2, total), 134);
        QCOMPARE(number(model, 2, GtbTableModel::columnFor(GtbField::Newcomers)), 4);
        QCOMPARE(model.index(2, total).data().toString(), QStringLiteral("134"));
        QCOMPARE(model.headerData(GtbTableModel::columnFor(GtbField::Weight030), Qt::Horizontal).toString(),
                 QStringLiteral("Weight 0.30"));
        QVERIFY(model.index(0, total).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    }

    void fundingSwitch()
    {
        GtbTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const GtbPeildatum p = peildatum();
        model.setPeildatum(&p);
        const int total = GtbTableModel::columnFor(GtbField::Total);
        const int under8 = GtbTableModel::columnFor(GtbField::Under8);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFunding(GtbFunding::Funded);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(number(model, 2, total), 130);
        QCOMPARE(number(model, 0, under8), 40);
        model.setFunding(GtbFunding::Unfunded);
        QCOMPARE(number(model, 2, total), 4);
        QCOMPARE(number(model, 1, under8), 0);
        model.setFunding(GtbFunding::Unfunded);
        QCOMPARE(changed.size(), 2); // no change, no signal
    }

    void cleared()
    {
        GtbTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const GtbPeildatum p = peildatum();
        model.setPeildatum(&p);
        model.setPeildatum(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setFunding(GtbFunding::Funded); // nothing to repaint, nothing to break
    }
};

QTEST_GUILESS_MAIN(TestGtbTableModel)
#include "tst_gtbtablemodel.moc"
