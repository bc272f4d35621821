// The password flows of the window, shown only while the server's /meta lists
// the "password" sign-in method: the sign-in screen's password box and the
// profile menu's "Wachtwoord wijzigen" with its dialog. When the server answers
// that password sign-in has ended, both disappear.
#pragma once

#include "models/domain/result.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace hpo {

class AuthService;
class ChangePasswordDialog;
class MainWindow;

class PasswordController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordController)

public:
    explicit PasswordController(MainWindow &window, QObject *parent = nullptr);

    // The session's AuthService once /meta answered (nullptr: none). Offers the password
    // flows when its endpoints say the server does.
    void setAuth(AuthService *auth);
    bool isOffered() const { return m_offered; }
    // The open change dialog, if any (tests).
    ChangePasswordDialog *dialog() const;

    // What to tell the user when signing in failed: our own words for the password codes,
    // the error's message otherwise. `endedOn`: the day password sign-in ended, if /meta said.
    static QString signInFailureText(const Error &error, const QDate &endedOn = {});
    static QString changeFailureText(const Error &error, const QDate &endedOn = {});

private:
    void setOffered(bool offered);
    void signIn(const QString &user, const QString &password);
    void showChangeDialog();

    MainWindow &m_window;
    QPointer<AuthService> m_auth;
    QPointer<ChangePasswordDialog> m_dialog;
    bool m_offered = false;
    QDate m_endedOn; // the password method's availableUntil from /meta
};

} // namespace hpo
