// The sign-in screen shown while there is no session: eHerkenning (system
// browser, with a waiting state and cancel), password sign-in only when the
// server offers it, the test identities of a test broker, and clear messages
// (e.g. "keychain unavailable"). It shows and asks; the owner signs in.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QGroupBox;

namespace hpo {

class SignInWidget final : public QWidget
{
    Q_OBJECT

public:
    struct TestIdentity
    {
        QString id;
        QString displayName;
        QString description; // what this identity may see
    };

    explicit SignInWidget(QWidget *parent = nullptr);

    void setServerName(const QString &name);
    void setPasswordOffered(bool offered);
    void setTestIdentities(const QList<TestIdentity> &identities); // empty hides the section
    // Busy: the browser is open (or a request runs); only Cancel stays active.
    void setWaiting(bool waiting, const QString &text = {});
    void setMessage(const QString &text, bool isError);

Q_SIGNALS:
    void eherkenningRequested();
    void passwordSubmitted(const QString &user, const QString &password);
    void testIdentityChosen(const QString &id);
    void cancelRequested();

private:
    void submitPassword();
    void chooseIdentity();

    QLabel *m_server;
    QPushButton *m_eherkenning;
    QGroupBox *m_passwordBox;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_passwordButton;
    QGroupBox *m_testBox;
    QListWidget *m_identities;
    QPushButton *m_identityButton;
    QLabel *m_waitingText;
    QPushButton *m_cancel;
    QLabel *m_message;
    bool m_waiting = false;
};

} // namespace hpo
