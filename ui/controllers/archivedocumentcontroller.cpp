#include "ui/controllers/archivedocumentcontroller.h"

#include "services/archive/archivedocumentservice.h"
#include "ui/pages/archivepage.h"

#include <QDesktopServices>
#include <QUrl>

namespace hpo {

ArchiveDocumentController::ArchiveDocumentController(ArchiveDocumentService &documents, ArchivePage &page,
                                                     InstitutionProvider institution, QObject *parent)
    : QObject(parent),
      m_documents(documents),
      m_institution(std::move(institution)),
      m_open([](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    connect(&page, &ArchivePage::attachmentOpenRequested, this, &ArchiveDocumentController::openAttachment);
    connect(&page, &ArchivePage::attachmentSaveRequested, this, &ArchiveDocumentController::saveAttachment);
}

ArchiveDocumentController::~ArchiveDocumentController() = default;

void ArchiveDocumentController::load(const QString &id, QObject *context, Callback done)
{
    m_documents.wholeItem(m_institution(), id, context,
                          [done](const ArchiveDocumentService::ItemAnswer &answer) {
                              // A cut body is still worth reading: the reader says that the rest is missing.
                              if (answer.item)
                                  done(*answer.item);
                              else
                                  done(answer.error.value_or(Error {}));
                          });
}

QString ArchiveDocumentController::messageFor(const QString &code, const QString &detail)
{
    if (code == u"needs-network")
        return tr("This attachment is not kept on this computer; fetching it needs the network.");
    if (code == u"file-write-failed")
        return tr("The attachment could not be saved: %1").arg(detail);
    return tr("The attachment could not be fetched: %1").arg(detail);
}

void ArchiveDocumentController::openAttachment(const QString &itemId, int index)
{
    m_documents.attachment(m_institution(), itemId, index, this, [this](const Result<QString> &path) {
        if (!path) {
            Q_EMIT problem(messageFor(path.error().code, path.error().message));
            return;
        }
        if (!m_open(path.value()))
            Q_EMIT problem(tr("No application could open %1.").arg(path.value()));
        Q_EMIT attachmentReady(path.value());
    });
}

void ArchiveDocumentController::saveAttachment(const QString &itemId, int index, const QString &path)
{
    m_documents.saveAttachmentAs(
        m_institution(), itemId, index, path, this, [this](const Result<QString> &saved) {
            if (!saved) {
                Q_EMIT problem(messageFor(saved.error().code, saved.error().message));
                return;
            }
            Q_EMIT attachmentReady(saved.value());
        });
}

} // namespace hpo
