// "Account toevoegen": the user types an instellingscode or bevoegd-gezagnummer,
// the dialog checks its form at once and shows the server's answer.
#pragma once

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

    // The owner calls one of these after submitted().
    void showRefusal(const QString &message);
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
