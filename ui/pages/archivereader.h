#pragma once

#include "models/domain/archiveitem.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace hpo {

class SafeTextBrowser;

// The reader pane of the digital archive: subject, who sent it to whom and
// when, the body as plain text, and the attachments with Open and Save.
class ArchiveReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveReader)

public:
    explicit ArchiveReader(QWidget *parent = nullptr);

    void showPlaceholder();
    void showLoading();
    void showError(const QString &message);
    void showItem(const ArchiveItem &item);

    // The shown item's id; empty while none is shown.
    QString itemId() const { return m_item.id; }
    int selectedAttachment() const; // its ArchiveAttachment::index, or -1

Q_SIGNALS:
    void attachmentOpenRequested(int index);
    void attachmentSaveRequested(int index, const QString &suggestedFileName);

private:
    void updateButtons();

    ArchiveItem m_item;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_subject;
    QLabel *m_meta;
    SafeTextBrowser *m_body;
    QLabel *m_truncated;
    QLabel *m_attachmentsLabel;
    QListWidget *m_attachments;
    QPushButton *m_open;
    QPushButton *m_save;
};

} // namespace hpo
