#include "ui/widgets/profilebutton.h"

#include <QActionGroup>
#include <QMenu>

#include <algorithm>

namespace hpo {

ProfileButton::ProfileButton(QWidget *parent) : QToolButton(parent), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("profileButton"));
    setIcon(QIcon(QStringLiteral(":/icons/profile.svg")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    setAccessibleName(tr("Profile"));
    setAccessibleDescription(tr("Who is signed in, switch institution, add an account or sign out"));
    m_menu->setObjectName(QStringLiteral("profileMenu"));
    setMenu(m_menu);
    rebuildMenu();
}

void ProfileButton::setSignedIn(const QString &person, const QList<Account> &accounts,
                                const QString &activeCode)
{
    m_person = person;
    m_accounts = accounts;
    // Board staff see their board first, then the schools by name.
    std::stable_sort(m_accounts.begin(), m_accounts.end(), [](const Account &a, const Account &b) {
        if (a.isBoard != b.isBoard)
            return a.isBoard;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_activeCode = activeCode;
    rebuildMenu();
}

void ProfileButton::setSignedOut()
{
    m_person.clear();
    m_accounts.clear();
    m_activeCode.clear();
    rebuildMenu();
}

void ProfileButton::setPasswordChangeOffered(bool offered)
{
    m_passwordChangeOffered = offered;
    rebuildMenu();
}

void ProfileButton::rebuildMenu()
{
    m_menu->clear();
    if (m_person.isEmpty()) {
        setText(tr("Not signed in"));
        QAction *none = m_menu->addAction(tr("Not signed in"));
        none->setEnabled(false);
        none->setStatusTip(tr("Sign in on the sign-in screen to see your institutions"));
        return;
    }
    const auto active = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                     [this](const Account &a) { return a.code == m_activeCode; });
    const QString activeName = active != m_accounts.cend() ? active->name : QString();
    setText(activeName.isEmpty() ? m_person : tr("%1 · %2").arg(m_person, activeName));

    QAction *who = m_menu->addAction(tr("Signed in as %1").arg(m_person));
    who->setEnabled(false);
    who->setStatusTip(tr("The person this session belongs to"));
    m_menu->addSection(tr("Institutions"));
    auto *group = new QActionGroup(m_menu);
    for (const Account &account : std::as_const(m_accounts)) {
        QAction *action = m_menu->addAction(tr("%1 (%2)").arg(account.name, account.code));
        action->setObjectName(QStringLiteral("account_") + account.code);
        action->setCheckable(true);
        action->setStatusTip(account.code == m_activeCode ? tr("The institution shown now")
                                                          : tr("Switch to this institution"));
        action->setChecked(account.code == m_activeCode);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = account.code] {
            if (code != m_activeCode)
                Q_EMIT accountChosen(code);
        });
    }
    m_menu->addSeparator();
    QAction *add = m_menu->addAction(tr("Add account…"));
    add->setObjectName(QStringLiteral("addAccountAction"));
    add->setStatusTip(tr("Link another institution by its instellingscode or bevoegd-gezagnummer"));
    connect(add, &QAction::triggered, this, &ProfileButton::addAccountRequested);
    if (m_passwordChangeOffered) {
        QAction *password = m_menu->addAction(tr("Change password…"));
        password->setObjectName(QStringLiteral("changePasswordAction"));
        password->setStatusTip(tr("Change the password you sign in with"));
        connect(password, &QAction::triggered, this, &ProfileButton::changePasswordRequested);
    }
    m_menu->addSeparator();
    QAction *signOut = m_menu->addAction(tr("Sign out…"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setStatusTip(tr("Sign out, keeping or removing the offline data"));
    connect(signOut, &QAction::triggered, this, &ProfileButton::signOutRequested);
}

} // namespace hpo
