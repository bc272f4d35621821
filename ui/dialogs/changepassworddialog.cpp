#include "ui/dialogs/changepassworddialog.h"

#include "models/domain/validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpo {

ChangePasswordDialog::ChangePasswordDialog(QWidget *parent)
    : QDialog(parent),
      m_current(new QLineEdit(this)),
      m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)),
      m_show(new QCheckBox(tr("Show passwords"), this)),
      m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *intro = new QLabel(
        tr("A new password has %1 to %2 characters.").arg(minimumPasswordLength).arg(maximumPasswordLength),
        this);
    intro->setWordWrap(true);

    const struct
    {
        QLineEdit *edit;
        const char *name;
        QString accessible;
    } fields[] = {{m_current, "currentPassword", tr("Current password")},
                  {m_new, "newPassword", tr("New password")},
                  {m_repeat, "repeatPassword", tr("Repeat the new password")}};
    auto *form = new QFormLayout;
    for (const auto &field : fields) {
        field.edit->setObjectName(QLatin1String(field.name));
        field.edit->setEchoMode(QLineEdit::Password);
        field.edit->setAccessibleName(field.accessible);
        field.edit->setMaxLength(int(maximumPasswordLength) + 1); // one over, so "too long" can be said
        form->addRow(field.accessible, field.edit);
    }
    m_show->setObjectName(QStringLiteral("showPasswords"));
    m_show->setAccessibleDescription(tr("Shows the passwords as plain text"));
    form->addRow(QString(), m_show);
    m_feedback->setObjectName(QStringLiteral("changePasswordFeedback"));
    m_feedback->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordSubmit"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("changePasswordClose"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);

    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit *edit : {m_current, m_new, m_repeat})
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    // AcceptRole would close the dialog: changing waits for the server's answer.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::returnPressed, this, &ChangePasswordDialog::submit);
    connect(this, &QDialog::finished, this, &ChangePasswordDialog::clearPasswords);
}

QString ChangePasswordDialog::problem() const
{
    if (m_current->text().isEmpty())
        return tr("Enter your current password.");
    if (const Status ok = checkNewPassword(m_new->text()); !ok) {
        return ok.error().code == u"password-too-long"
            ? tr("The new password is too long: at most %1 characters.").arg(maximumPasswordLength)
            : tr("The new password is too short: at least %1 characters.").arg(minimumPasswordLength);
    }
    if (m_repeat->text() != m_new->text())
        return tr("The repeated password differs from the new password.");
    if (m_new->text() == m_current->text())
        return tr("The new password is the same as the current one.");
    return {};
}

void ChangePasswordDialog::submit()
{
    if (!m_change->isEnabled())
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        setFeedback(why, true);
        return;
    }
    m_change->setEnabled(false);
    setFeedback(tr("Changing your password…"), false);
    Q_EMIT submitted(m_current->text(), m_new->text());
}

void ChangePasswordDialog::showRefusal(const QString &message)
{
    setFeedback(message, true);
    m_change->setEnabled(true);
}

void ChangePasswordDialog::showSuccess()
{
    clearPasswords();
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        edit->setEnabled(false);
    m_change->setVisible(false);
    m_close->setText(tr("Close"));
    setFeedback(tr("Your password has been changed. Use the new password the next time you sign in."), false);
    m_close->setFocus();
}

void ChangePasswordDialog::setFeedback(const QString &text, bool isError)
{
    m_feedback->setText(text);
    m_feedback->setAccessibleName(text);
    QFont font = m_feedback->font();
    font.setBold(isError);
    m_feedback->setFont(font);
}

void ChangePasswordDialog::clearPasswords()
{
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        edit->clear();
}

} // namespace hpo
