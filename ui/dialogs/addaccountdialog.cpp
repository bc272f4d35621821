#include "ui/dialogs/addaccountdialog.h"

#include "models/domain/institutioncode.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpo {

AddAccountDialog::AddAccountDialog(QWidget *parent)
    : QDialog(parent),
      m_code(new QLineEdit(this)),
      m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add account"));
    auto *intro
        = new QLabel(tr("Link another institution where you are a registered contact person. Enter its "
                        "instellingscode (e.g. 16AH) or bevoegd-gezagnummer (e.g. 41775)."),
                     this);
    intro->setWordWrap(true);
    intro->setBuddy(m_code);
    m_code->setObjectName(QStringLiteral("addAccountCode"));
    m_code->setAccessibleName(tr("Instellingscode or bevoegd-gezagnummer"));
    m_code->setAccessibleDescription(tr("Two digits and two letters, or five digits"));
    m_code->setPlaceholderText(tr("16AH or 41775"));
    m_code->setMaxLength(12);
    m_feedback->setObjectName(QStringLiteral("addAccountFeedback"));
    m_feedback->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addAccountSubmit"));
    m_add->setAccessibleName(tr("Add"));
    m_add->setAccessibleDescription(tr("Asks the server to link this institution to your account"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("addAccountClose"));
    // Our own text: Qt's translation of its standard buttons may not be installed.
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(tr("Closes this window"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);

    connect(m_code, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    // AcceptRole would close the dialog: adding waits for the server's answer.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_add, &QPushButton::clicked, this, &AddAccountDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    validate();
}

void AddAccountDialog::validate()
{
    const QString text = m_code->text();
    const bool valid = parseInstitutionCode(text).ok();
    m_add->setEnabled(valid);
    if (text.trimmed().isEmpty() || valid)
        m_feedback->clear();
    else
        m_feedback->setText(tr("This is not an instellingscode (two digits and two letters) or a "
                               "bevoegd-gezagnummer (five digits)."));
}

void AddAccountDialog::submit()
{
    const auto code = parseInstitutionCode(m_code->text());
    if (!code)
        return;
    m_add->setEnabled(false);
    m_feedback->setText(tr("Checking with the server…"));
    Q_EMIT submitted(code->value);
}

void AddAccountDialog::showRefusal(const Error &error)
{
    const QString &code = error.code;
    if (code == u"not-a-contact-person")
        m_feedback->setText(
            tr("You are not registered as a contact person of this institution, so it cannot be "
               "linked to your account."));
    else if (code == u"unknown-institution")
        m_feedback->setText(tr("There is no institution with this code."));
    else if (code == u"already-linked")
        m_feedback->setText(tr("This institution is already linked to your account."));
    else
        m_feedback->setText(tr("The account could not be added: %1").arg(error.message));
    m_add->setEnabled(true);
}

void AddAccountDialog::showSuccess(const QString &institutionName)
{
    m_feedback->setText(tr("%1 is now linked to your account.").arg(institutionName));
    m_add->setEnabled(false);
    m_close->setFocus();
}

} // namespace hpo
