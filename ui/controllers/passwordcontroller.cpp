#include "ui/controllers/passwordcontroller.h"

#include "models/domain/validation.h"
#include "services/auth/authservice.h"
#include "ui/dialogs/changepassworddialog.h"
#include "ui/dialogs/signinwidget.h"
#include "ui/mainwindow.h"
#include "ui/widgets/profilebutton.h"

#include <QLocale>

namespace hpo {

namespace {
const QString ended = QStringLiteral("password-sign-in-ended");
const QString unavailable = QStringLiteral("password-sign-in-unavailable");

// "1 April 2022" / "1 april 2022": the server's date in the user's language.
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}
} // namespace

PasswordController::PasswordController(MainWindow &window, QObject *parent)
    : QObject(parent),
      m_window(window)
{
    connect(m_window.signInWidget(), &SignInWidget::passwordSubmitted, this, &PasswordController::signIn);
    connect(m_window.profileButton(), &ProfileButton::changePasswordRequested, this,
            &PasswordController::showChangeDialog);
    setOffered(false);
}

void PasswordController::setAuth(AuthService *auth)
{
    if (m_auth)
        m_auth->disconnect(this);
    m_auth = auth;
    if (auth && auth->endpoints().passwordAvailableUntil.isValid())
        m_endedOn = auth->endpoints().passwordAvailableUntil; // kept: a later /meta no longer lists it
    setOffered(auth && auth->endpoints().passwordOffered());
    if (!auth)
        return;
    connect(auth, &AuthService::failed, this, [this](const Error &error) {
        if (error.code == ended || error.code == unavailable)
            setOffered(false); // the server says it is over: stop offering it
    });
}

ChangePasswordDialog *PasswordController::dialog() const
{
    return m_dialog;
}

void PasswordController::setOffered(bool offered)
{
    m_offered = offered;
    m_window.signInWidget()->setPasswordOffered(offered);
    m_window.profileButton()->setPasswordChangeOffered(offered);
    if (!offered && m_dialog && m_dialog->isVisible())
        m_dialog->showRefusal(changeFailureText({ended, {}, {}}, m_endedOn));
}

void PasswordController::signIn(const QString &user, const QString &password)
{
    if (!m_auth || !m_offered)
        return;
    m_window.signInWidget()->setMessage({}, false);
    m_window.signInWidget()->setWaiting(true, tr("Signing in…"));
    // signedIn or failed follow; the session handles both as for eHerkenning.
    m_auth->signInWithPassword(user, password);
}

void PasswordController::showChangeDialog()
{
    if (!m_offered)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ChangePasswordDialog(&m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ChangePasswordDialog::submitted, this,
            [this](const QString &current, const QString &next) {
                if (!m_auth)
                    return;
                m_auth->changePassword(current, next, m_dialog, [this](const Status &status) {
                    if (!m_dialog)
                        return;
                    if (status)
                        m_dialog->showSuccess();
                    else
                        m_dialog->showRefusal(changeFailureText(status.error(), m_endedOn));
                    if (!status && (status.error().code == ended || status.error().code == unavailable))
                        setOffered(false);
                });
            });
    m_dialog->show();
}

QString PasswordController::signInFailureText(const Error &error, const QDate &endedOn)
{
    if (error.code == u"invalid-credentials")
        return tr("The user name or password is wrong.");
    if (error.code == ended && endedOn.isValid())
        return tr("Signing in with a password ended on %1. Sign in with eHerkenning.").arg(longDate(endedOn));
    if (error.code == ended)
        return tr("Signing in with a password has ended. Sign in with eHerkenning.");
    if (error.code == unavailable)
        return tr("This server does not offer password sign-in. Sign in with eHerkenning.");
    return error.message;
}

QString PasswordController::changeFailureText(const Error &error, const QDate &endedOn)
{
    if (error.code == u"invalid-credentials")
        return tr("The current password is wrong.");
    if ((error.code == ended || error.code == unavailable) && endedOn.isValid())
        return tr("Changing your password ended on %1, together with password sign-in. Sign in with "
                  "eHerkenning.")
            .arg(longDate(endedOn));
    if (error.code == ended || error.code == unavailable)
        return tr("Changing your password has ended, together with password sign-in. Sign in with "
                  "eHerkenning.");
    if (error.code == u"offline") // ApiClient sends nothing while working offline
        return tr("Changing your password needs the network: switch off Offline werken.");
    if (error.code == u"validation-failed")
        return tr("The server did not accept the new password: it needs %1 to %2 characters.")
            .arg(minimumPasswordLength)
            .arg(maximumPasswordLength);
    return tr("Your password could not be changed: %1").arg(error.message);
}

} // namespace hpo
