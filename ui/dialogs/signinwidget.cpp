#include "ui/dialogs/signinwidget.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpo {

SignInWidget::SignInWidget(QWidget *parent)
    : QWidget(parent),
      m_server(new QLabel(this)),
      m_eherkenning(new QPushButton(tr("Sign in with eHerkenning"), this)),
      m_passwordBox(new QGroupBox(tr("Sign in with user name and password"), this)),
      m_user(new QLineEdit(m_passwordBox)),
      m_password(new QLineEdit(m_passwordBox)),
      m_passwordButton(new QPushButton(tr("Sign in"), m_passwordBox)),
      m_testBox(new QGroupBox(tr("Test identities (test broker)"), this)),
      m_identities(new QListWidget(m_testBox)),
      m_identityButton(new QPushButton(tr("Sign in as this identity"), m_testBox)),
      m_waitingText(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("signInWidget"));
    auto *title = new QLabel(tr("Sign in to MijnHelpdeskPO"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_server->setObjectName(QStringLiteral("signInServer"));
    m_server->setForegroundRole(QPalette::PlaceholderText);

    m_eherkenning->setObjectName(QStringLiteral("signInEherkenning"));
    m_eherkenning->setDefault(true);
    m_eherkenning->setAccessibleName(tr("Sign in with eHerkenning"));
    m_eherkenning->setAccessibleDescription(tr("Opens your web browser to sign in with eHerkenning"));

    m_passwordBox->setObjectName(QStringLiteral("passwordBox"));
    m_user->setObjectName(QStringLiteral("passwordUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setAccessibleDescription(tr("The user name this server gave you"));
    m_password->setObjectName(QStringLiteral("passwordPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Enter signs in"));
    m_passwordButton->setObjectName(QStringLiteral("passwordSignIn"));
    m_passwordButton->setAccessibleName(tr("Sign in"));
    m_passwordButton->setAccessibleDescription(tr("Signs in with the user name and password above"));
    auto *passwordForm = new QFormLayout(m_passwordBox);
    passwordForm->addRow(tr("User name"), m_user);
    passwordForm->addRow(tr("Password"), m_password);
    passwordForm->addRow(QString(), m_passwordButton);
    m_passwordBox->setVisible(false);

    m_testBox->setObjectName(QStringLiteral("testIdentitiesBox"));
    m_identities->setObjectName(QStringLiteral("testIdentities"));
    m_identities->setAccessibleName(tr("Test identities"));
    m_identities->setAccessibleDescription(
        tr("The test broker's identities; Enter signs in as the selected one"));
    m_identityButton->setObjectName(QStringLiteral("testIdentitySignIn"));
    m_identityButton->setAccessibleName(tr("Sign in as this identity"));
    m_identityButton->setAccessibleDescription(tr("Signs in as the identity selected in the list"));
    auto *testLayout = new QVBoxLayout(m_testBox);
    testLayout->addWidget(m_identities);
    testLayout->addWidget(m_identityButton, 0, Qt::AlignRight);
    m_testBox->setVisible(false);

    m_waitingText->setObjectName(QStringLiteral("signInWaiting"));
    m_waitingText->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("signInCancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Stops waiting for the browser sign-in"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setAccessibleDescription(tr("What went wrong or what to do next while signing in"));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(m_server);
    column->addSpacing(12);
    column->addWidget(m_eherkenning);
    column->addWidget(m_waitingText);
    column->addWidget(m_cancel, 0, Qt::AlignLeft);
    column->addWidget(m_message);
    column->addWidget(m_passwordBox);
    column->addWidget(m_testBox, 1);
    column->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);

    connect(m_eherkenning, &QPushButton::clicked, this, &SignInWidget::eherkenningRequested);
    connect(m_passwordButton, &QPushButton::clicked, this, &SignInWidget::submitPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInWidget::submitPassword);
    connect(m_identityButton, &QPushButton::clicked, this, &SignInWidget::chooseIdentity);
    connect(m_identities, &QListWidget::itemActivated, this, &SignInWidget::chooseIdentity);
    connect(m_cancel, &QPushButton::clicked, this, &SignInWidget::cancelRequested);
    setWaiting(false);
}

void SignInWidget::setServerName(const QString &name)
{
    m_server->setText(tr("Server: %1").arg(name));
}

void SignInWidget::setPasswordOffered(bool offered)
{
    m_passwordBox->setVisible(offered);
}

void SignInWidget::setTestIdentities(const QList<TestIdentity> &identities)
{
    m_identities->clear();
    for (const TestIdentity &identity : identities) {
        auto *item = new QListWidgetItem(identity.displayName + QStringLiteral(" — ") + identity.description,
                                         m_identities);
        item->setData(Qt::UserRole, identity.id);
        item->setToolTip(identity.id);
    }
    if (m_identities->count() > 0)
        m_identities->setCurrentRow(0);
    m_testBox->setVisible(!identities.isEmpty());
}

void SignInWidget::setWaiting(bool waiting, const QString &text)
{
    m_waiting = waiting;
    m_waitingText->setText(text);
    m_waitingText->setVisible(waiting && !text.isEmpty());
    m_cancel->setVisible(waiting);
    for (QWidget *w : {static_cast<QWidget *>(m_eherkenning), static_cast<QWidget *>(m_passwordBox),
                       static_cast<QWidget *>(m_testBox)})
        w->setEnabled(!waiting);
    if (waiting)
        m_cancel->setFocus();
}

void SignInWidget::setMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setForegroundRole(isError ? QPalette::Highlight : QPalette::WindowText);
    QFont font = m_message->font();
    font.setBold(isError);
    m_message->setFont(font);
    m_message->setAccessibleDescription(
        text.isEmpty() ? tr("What went wrong or what to do next while signing in") : text);
}

void SignInWidget::submitPassword()
{
    if (m_waiting)
        return;
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        setMessage(tr("Enter your user name and password."), true);
        return;
    }
    Q_EMIT passwordSubmitted(m_user->text().trimmed(), m_password->text());
    m_password->clear(); // never keep a password around longer than needed
}

void SignInWidget::chooseIdentity()
{
    if (m_waiting)
        return;
    if (const QListWidgetItem *item = m_identities->currentItem())
        Q_EMIT testIdentityChosen(item->data(Qt::UserRole).toString());
}

} // namespace hpo
