// "Wachtwoord wijzigen": the current password, the new one twice, a show/hide
// toggle; the form is checked here (12–128 characters, both new ones equal)
// before submitted() asks the owner to send it, and the server's answer is shown.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hpo {

class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    explicit ChangePasswordDialog(QWidget *parent = nullptr);

    // The owner calls one of these after submitted().
    void showRefusal(const QString &message);
    void showSuccess();

    // Empty when the form may be sent; otherwise what to fix (also shown in the dialog by submit).
    QString problem() const;

Q_SIGNALS:
    void submitted(const QString &currentPassword, const QString &newPassword);

private:
    void submit();
    void setFeedback(const QString &text, bool isError);
    void clearPasswords();

    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QCheckBox *m_show;
    QLabel *m_feedback;
    QPushButton *m_change;
    QPushButton *m_close;
};

} // namespace hpo
