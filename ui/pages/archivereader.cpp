#include "ui/pages/archivereader.h"

#include "models/displaytext.h"
#include "ui/widgets/safetextbrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hpo {

namespace {
enum StackPage { MessagePage, ItemPage };
constexpr int attachmentIndexRole = Qt::UserRole + 1;
} // namespace

ArchiveReader::ArchiveReader(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_message(new QLabel(this)),
      m_subject(new QLabel(this)),
      m_meta(new QLabel(this)),
      m_body(new SafeTextBrowser(this)),
      m_truncated(new QLabel(this)),
      m_attachmentsLabel(new QLabel(tr("&Attachments:"), this)),
      m_attachments(new QListWidget(this)),
      m_open(new QPushButton(tr("&Open"), this)),
      m_save(new QPushButton(tr("&Save…"), this))
{
    setObjectName(QStringLiteral("archiveReader"));
    setAccessibleName(tr("Reader"));

    m_message->setObjectName(QStringLiteral("archiveReaderMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_subject->setObjectName(QStringLiteral("archiveReaderSubject"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.2);
    m_subject->setFont(subjectFont);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setAccessibleDescription(tr("The subject of the opened item"));
    m_meta->setObjectName(QStringLiteral("archiveReaderMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setAccessibleName(tr("Sender, recipient and date"));
    m_meta->setAccessibleDescription(tr("Who sent the opened item to whom and when, and its kind"));

    m_body->setObjectName(QStringLiteral("archiveReaderBody"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setAccessibleDescription(tr("The text of the opened item"));
    m_body->setTabChangesFocus(true);
    m_truncated->setObjectName(QStringLiteral("archiveReaderTruncated"));
    m_truncated->setText(
        tr("Only the first part of this message is available here; the rest needs the network."));
    m_truncated->setForegroundRole(QPalette::PlaceholderText);

    m_attachmentsLabel->setBuddy(m_attachments);
    m_attachments->setObjectName(QStringLiteral("archiveAttachments"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setAccessibleDescription(tr("Files attached to this item; Enter opens the selected one"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 5);
    m_open->setObjectName(QStringLiteral("archiveAttachmentOpen"));
    m_open->setAccessibleName(tr("Open attachment"));
    m_open->setToolTip(tr("Open the selected attachment (downloaded once, then kept for offline use)"));
    m_open->setAccessibleDescription(m_open->toolTip());
    m_save->setObjectName(QStringLiteral("archiveAttachmentSave"));
    m_save->setAccessibleName(tr("Save attachment"));
    m_save->setToolTip(tr("Save a copy of the selected attachment"));
    m_save->setAccessibleDescription(m_save->toolTip());

    auto *item = new QWidget(this);
    auto *itemLayout = new QVBoxLayout(item);
    itemLayout->setContentsMargins(0, 0, 0, 0);
    itemLayout->addWidget(m_subject);
    itemLayout->addWidget(m_meta);
    itemLayout->addWidget(m_body, 1);
    itemLayout->addWidget(m_truncated);
    auto *attachmentRow = new QHBoxLayout;
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch();
    attachmentRow->addWidget(m_attachments, 1);
    attachmentRow->addLayout(buttons);
    itemLayout->addWidget(m_attachmentsLabel);
    itemLayout->addLayout(attachmentRow);

    m_stack->addWidget(m_message);
    m_stack->addWidget(item);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_body, m_attachments);
    setTabOrder(m_attachments, m_open);
    setTabOrder(m_open, m_save);

    connect(m_attachments, &QListWidget::currentRowChanged, this, &ArchiveReader::updateButtons);
    connect(m_attachments, &QListWidget::itemActivated, this, [this] {
        if (selectedAttachment() >= 0)
            Q_EMIT attachmentOpenRequested(selectedAttachment());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (selectedAttachment() >= 0)
            Q_EMIT attachmentOpenRequested(selectedAttachment());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const int index = selectedAttachment();
        for (const ArchiveAttachment &a : std::as_const(m_item.attachments)) {
            if (a.index == index)
                Q_EMIT attachmentSaveRequested(index, a.fileName);
        }
    });
    showPlaceholder();
}

void ArchiveReader::showPlaceholder()
{
    m_item = {};
    m_message->setText(tr("Click a subject or press Enter on an item to read it here."));
    m_stack->setCurrentIndex(MessagePage);
}

void ArchiveReader::showLoading()
{
    m_item = {};
    m_message->setText(tr("Loading…"));
    m_stack->setCurrentIndex(MessagePage);
}

void ArchiveReader::showError(const QString &message)
{
    m_item = {};
    m_message->setText(message);
    m_stack->setCurrentIndex(MessagePage);
}

void ArchiveReader::showItem(const ArchiveItem &item)
{
    m_item = item;
    const QLocale locale;
    m_subject->setText(DisplayText::archiveSubject(item.subject));
    m_meta->setText(tr("From: %1 · To: %2 · %3 · %4, %5")
                        .arg(item.sender, item.recipient, DisplayText::longDateTime(item.sentAt),
                             DisplayText::archiveKind(item.kind),
                             DisplayText::archiveDirection(item.direction)));
    m_body->setPlainText(item.body);
    m_body->setAccessibleDescription(tr("The text of %1").arg(m_subject->text()));
    m_truncated->setVisible(item.bodyTruncated);

    m_attachments->clear();
    for (const ArchiveAttachment &a : item.attachments) {
        auto *row = new QListWidgetItem(
            tr("%1 (%2)").arg(a.fileName,
                              locale.formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat)),
            m_attachments);
        row->setData(attachmentIndexRole, a.index);
        row->setToolTip(a.mediaType);
    }
    const bool hasAttachments = !item.attachments.isEmpty();
    m_attachmentsLabel->setVisible(hasAttachments);
    m_attachments->setVisible(hasAttachments);
    m_open->setVisible(hasAttachments);
    m_save->setVisible(hasAttachments);
    if (hasAttachments)
        m_attachments->setCurrentRow(0);
    updateButtons();
    m_stack->setCurrentIndex(ItemPage);
}

int ArchiveReader::selectedAttachment() const
{
    const QListWidgetItem *current = m_attachments->currentItem();
    return current ? current->data(attachmentIndexRole).toInt() : -1;
}

void ArchiveReader::updateButtons()
{
    const bool selected = selectedAttachment() >= 0;
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
}

} // namespace hpo
