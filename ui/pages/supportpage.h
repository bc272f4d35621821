#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace hpo {

class ChatAvailability;
class ContactMomentModel;
class MasterDetail;

// Ondersteuning en contact: every contact moment with the helpdesk, newest
// first, with details; and how to reach the helpdesk now.
class SupportPage final : public QWidget
{
    Q_OBJECT

public:
    SupportPage(ContactMomentModel &moments, ChatAvailability &chat, QWidget *parent = nullptr);

    // The helpdesk's phone number and e-mail address, as the server publishes them.
    void setContactDetails(const QString &phone, const QString &email);

private:
    void updateContactOptions();

    ContactMomentModel &m_moments;
    ChatAvailability &m_chat;
    QStackedWidget *m_stack;
    MasterDetail *m_list;
    QLabel *m_phone;
    QLabel *m_email;
    QLabel *m_chatStatus;
};

} // namespace hpo
