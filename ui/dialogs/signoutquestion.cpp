#include "ui/dialogs/signoutquestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hpo {

QMessageBox *createSignOutQuestion(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("signOutQuestion"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(QCoreApplication::translate("hpo::SignOutQuestion", "Sign out"));
    box->setText(
        QCoreApplication::translate("hpo::SignOutQuestion", "Keep the offline data on this computer?"));
    box->setInformativeText(QCoreApplication::translate(
        "hpo::SignOutQuestion",
        "Kept data stays readable offline and makes the next sign-in fast. Removed data is deleted from this "
        "computer, including saved attachments."));
    QPushButton *keep = box->addButton(
        QCoreApplication::translate("hpo::SignOutQuestion", "Sign out, keep data"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("signOutKeep"));
    keep->setAccessibleName(keep->text());
    keep->setAccessibleDescription(QCoreApplication::translate(
        "hpo::SignOutQuestion", "Signs out and keeps the offline data readable on this computer"));
    QPushButton *remove
        = box->addButton(QCoreApplication::translate("hpo::SignOutQuestion", "Sign out and remove data"),
                         QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("signOutRemove"));
    remove->setAccessibleName(remove->text());
    remove->setAccessibleDescription(QCoreApplication::translate(
        "hpo::SignOutQuestion", "Signs out and deletes the offline data and saved attachments"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("signOutCancel"));
    // Our own text: Qt's translation of its standard buttons may not be installed.
    cancel->setText(QCoreApplication::translate("hpo::SignOutQuestion", "Cancel"));
    cancel->setAccessibleName(cancel->text());
    cancel->setAccessibleDescription(QCoreApplication::translate("hpo::SignOutQuestion", "Stays signed in"));
    box->setDefaultButton(keep);
    return box;
}

std::optional<SignOutChoice> askSignOut(QWidget *parent)
{
    QMessageBox *box = createSignOutQuestion(parent);
    box->exec();
    const QAbstractButton *clicked = box->clickedButton();
    const QString name = clicked ? clicked->objectName() : QString();
    delete box;
    if (name == u"signOutKeep")
        return SignOutChoice::KeepData;
    if (name == u"signOutRemove")
        return SignOutChoice::RemoveData;
    return std::nullopt;
}

} // namespace hpo
