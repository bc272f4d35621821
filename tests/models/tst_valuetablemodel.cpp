#include "models/valuetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
struct Pupil
{
    QString name;
    int age = 0;
};

using PupilModel = hpo::ValueTableModel<Pupil>;

QList<PupilModel::Column> pupilColumns()
{
    return {
        {[] { return QStringLiteral("Name"); },
         [](const Pupil &p, int role) {
             return role == Qt::DisplayRole ? QVariant(p.name) : QVariant();
         }},
        {[] { return QStringLiteral("Age"); },
         [](const Pupil &p, int role) {
             return role == Qt::DisplayRole || role == PupilModel::SortKeyRole ? QVariant(p.age) : QVariant();
         }},
    };
}
} // namespace

class TestValueTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presentsValuesByColumn()
    {
        PupilModel model(pupilColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setValues({{QStringLiteral("Anouk"), 7}, {QStringLiteral("Daan"), 9}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Age"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Daan"));
        QCOMPARE(model.index(0, 1).data(PupilModel::SortKeyRole).toInt(), 7);
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        QVERIFY(!model.headerData(5, Qt::Horizontal).isValid());
        model.setValues({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestValueTableModel)
#include "tst_valuetablemodel.moc"
