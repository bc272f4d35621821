#include "ui/dialogs/signoutquestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hpo {

std::optional<SignOutChoice> askSignOut(QWidget *parent)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("signOutQuestion"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QCoreApplication::translate("hpo::SignOutQuestion", "Sign out"));
    box.setText(
        QCoreApplication::translate("hpo::SignOutQuestion", "Keep the offline data on this computer?"));
    box.setInformativeText(QCoreApplication::translate(
        "hpo::SignOutQuestion",
        "Kept data stays readable offline and makes the next sign-in fast. Removed data is deleted from this "
        "computer, including saved attachments."));
    QPushButton *keep = box.addButton(
        QCoreApplication::translate("hpo::SignOutQuestion", "Sign out, keep data"), QMessageBox::AcceptRole);
    QPushButton *remove
        = box.addButton(QCoreApplication::translate("hpo::SignOutQuestion", "Sign out and remove data"),
                        QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return SignOutChoice::KeepData;
    if (box.clickedButton() == remove)
        return SignOutChoice::RemoveData;
    return std::nullopt;
}

} // namespace hpo
