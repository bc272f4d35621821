// Contact persons and branches as the Mijn gegevens page shows them.
#include "models/branchmodel.h"
#include "models/contactpersonmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace hpo;

class TestInstitutionModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactPersons()
    {
        ContactPersonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContactPerson a;
        a.id = QStringLiteral("c1");
        a.initials = QStringLiteral("J.");
        a.firstName = QStringLiteral("Jan");
        a.prefix = QStringLiteral("de");
        a.lastName = QStringLiteral("Vries");
        a.function = QStringLiteral("directeur");
        a.email = QStringLiteral("j.devries@example.nl");
        a.roles = {ContactPerson::Role::Gemachtigde};
        ContactPerson b = a;
        b.id = QStringLiteral("c2");
        b.firstName = QStringLiteral("Fatima");
        b.prefix.clear();
        b.lastName = QStringLiteral("El Amrani");
        b.roles = {ContactPerson::Role::OverigeContactpersoon};
        model.setValues({a, b});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(0, ContactPersonModel::NameColumn).data().toString(), a.displayName());
        QCOMPARE(model.index(0, ContactPersonModel::RolesColumn).data().toString(),
                 QStringLiteral("Gemachtigde"));
        QCOMPARE(model.index(1, ContactPersonModel::RolesColumn).data().toString(),
                 QStringLiteral("Overige contactpersoon"));
        QCOMPARE(
            model.index(1, ContactPersonModel::EmailColumn).data(ContactPersonModel::ValueIdRole).toString(),
            QStringLiteral("c2"));
        QCOMPARE(model.gemachtigdeName(), a.displayName());
        model.setValues({b});
        QVERIFY(model.gemachtigdeName().isEmpty());
    }

    void branches()
    {
        BranchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Branch main;
        main.code = QStringLiteral("16AH00");
        main.institutionCode = QStringLiteral("16AH");
        main.name = QStringLiteral("Openbare Basisschool 't Eenspan");
        main.address = {QStringLiteral("Oosterstraat"), QStringLiteral("58"), QStringLiteral("7822 HG"),
                        QStringLiteral("EMMEN")};
        model.setValues({main});
        QCOMPARE(model.index(0, BranchModel::CodeColumn).data().toString(), QStringLiteral("16AH00"));
        QCOMPARE(model.index(0, BranchModel::AddressColumn).data().toString(),
                 QStringLiteral("Oosterstraat 58, 7822 HG EMMEN"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Vestigingscode"));
    }
};

QTEST_GUILESS_MAIN(TestInstitutionModels)
#include "tst_institutionmodels.moc"
