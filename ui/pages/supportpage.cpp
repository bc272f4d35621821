#include "ui/pages/supportpage.h"

#include "models/displaytext.h"
#include "models/domain/chatavailability.h"
#include "models/supportmodels.h"
#include "ui/pages/emptystate.h"
#include "ui/widgets/masterdetail.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>

namespace hpo {

SupportPage::SupportPage(ContactMomentModel &moments, ChatAvailability &chat, QWidget *parent)
    : QWidget(parent),
      m_moments(moments),
      m_chat(chat),
      m_stack(new QStackedWidget(this)),
      m_phone(new QLabel(this)),
      m_email(new QLabel(this)),
      m_chatStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("supportPage"));
    m_list = new MasterDetail(
        m_moments,
        [this](int row) {
            const ContactMoment &m = m_moments.valueAt(row);
            return tr("%1 — %2\n%3, %4\n\n%5")
                .arg(DisplayText::dateTime(m.date), m.subject, DisplayText::channel(m.channel),
                     DisplayText::status(m.status), m.summary);
        },
        tr("Contact moments"), this);
    m_list->view()->setObjectName(QStringLiteral("contactMomentsView"));
    m_list->reader()->setObjectName(QStringLiteral("contactMomentReader"));
    m_stack->addWidget(
        new EmptyState(tr("No contact moments yet"),
                       tr("Calls, e-mails, chats, letters and web forms with the helpdesk appear "
                          "here."),
                       this));
    m_stack->addWidget(m_list);

    auto *options = new QGroupBox(tr("Contact the helpdesk"), this);
    options->setObjectName(QStringLiteral("contactOptions"));
    auto *form = new QFormLayout(options);
    m_phone->setObjectName(QStringLiteral("helpdeskPhone"));
    m_email->setObjectName(QStringLiteral("helpdeskEmail"));
    m_chatStatus->setObjectName(QStringLiteral("helpdeskChat"));
    // Selectable by keyboard, so they take focus: say what each one is.
    m_phone->setAccessibleName(tr("Helpdesk phone number and hours"));
    m_email->setAccessibleName(tr("Helpdesk e-mail address"));
    m_chatStatus->setAccessibleName(tr("Chat with the helpdesk"));
    for (QLabel *label : {m_phone, m_email, m_chatStatus}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        label->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, to copy the number or address
    }
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Chat"), m_chatStatus);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_stack, 3);
    layout->addWidget(options, 1, Qt::AlignTop);

    // The contact moments on the left first, then the contact options beside them.
    setTabOrder(m_list->view(), m_list->reader());
    setTabOrder(m_list->reader(), m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_chatStatus);

    const auto showListOrEmpty = [this] {
        m_stack->setCurrentIndex(m_moments.rowCount() > 0 ? 1 : 0);
    };
    connect(&m_moments, &QAbstractItemModel::modelReset, this, showListOrEmpty);
    connect(&m_chat, &ChatAvailability::availableChanged, this, &SupportPage::updateContactOptions);
    showListOrEmpty();
    setContactDetails({}, {});
}

void SupportPage::setContactDetails(const QString &phone, const QString &email)
{
    const QString hours = m_chat.schedule().weeklyHoursText(QLocale());
    m_phone->setText(phone.isEmpty() ? tr("Not known yet") : tr("%1 (%2)").arg(phone, hours));
    m_email->setText(email.isEmpty() ? tr("Not known yet") : email);
    m_phone->setAccessibleDescription(m_phone->text());
    m_email->setAccessibleDescription(m_email->text());
    updateContactOptions();
}

void SupportPage::updateContactOptions()
{
    m_chatStatus->setText(m_chat.statusText(QLocale()));
    m_chatStatus->setAccessibleDescription(m_chatStatus->text());
}

} // namespace hpo
