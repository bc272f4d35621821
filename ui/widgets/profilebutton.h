// The profile button at the top right: who is signed in for which institution,
// the account switcher, Account toevoegen, password change (only when the
// server offers it) and sign-out. It shows and asks; the owner acts.
#pragma once

#include <QToolButton>

class QMenu;
class QActionGroup;

namespace hpo {

class ProfileButton final : public QToolButton
{
    Q_OBJECT

public:
    struct Account
    {
        QString code; // instellingscode or bevoegd-gezag number
        QString name;
        bool isBoard = false;
        friend bool operator==(const Account &, const Account &) = default;
    };

    explicit ProfileButton(QWidget *parent = nullptr);

    // Empty person = signed out.
    void setSignedIn(const QString &person, const QList<Account> &accounts, const QString &activeCode);
    void setSignedOut();
    void setPasswordChangeOffered(bool offered);

    const QList<Account> &accounts() const { return m_accounts; }
    QString activeCode() const { return m_activeCode; }

Q_SIGNALS:
    void accountChosen(const QString &code);
    void addAccountRequested();
    void changePasswordRequested();
    void signOutRequested();

private:
    void rebuildMenu();

    QMenu *m_menu;
    QString m_person;
    QList<Account> m_accounts;
    QString m_activeCode;
    bool m_passwordChangeOffered = false;
};

} // namespace hpo
