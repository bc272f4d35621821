// "Account toevoegen": the user types an instellingscode or bevoegd-gezagnummer,
// the dialog checks its form at once and shows the server's answer.
#pragma once

#include "models/domain/result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpo {

class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(QWidget *parent = nullptr);

    // The owner calls one of these after submitted(). The refusal is told by the server's code
    // in the user's language; an unknown code shows the server's own message.
    void showRefusal(const Error &error);
    void showSuccess(const QString &institutionName);

Q_SIGNALS:
    void submitted(const QString &normalisedCode);

private:
    void validate();
    void submit();

    QLineEdit *m_code;
    QLabel *m_feedback;
    QPushButton *m_add;
    QPushButton *m_close;
};

} // namespace hpo
