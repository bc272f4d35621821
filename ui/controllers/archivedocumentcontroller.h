// The archive reader's documents: opens items with their whole body (asking the
// ArchiveDocumentService for the rest of a cut one) and opens or saves
// attachments, kept in the profile for offline use. Failures come out as
// translated messages through problem().
#pragma once

#include "models/archiveitemloader.h"

#include <QObject>

#include <functional>

namespace hpo {

class ArchiveDocumentService;
class ArchivePage;

class ArchiveDocumentController final : public QObject, public ArchiveItemLoader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveDocumentController)

public:
    // The institution whose archive is on screen.
    using InstitutionProvider = std::function<QString()>;
    // Shows a file in the system's viewer; the default uses QDesktopServices. Tests replace it.
    using FileOpener = std::function<bool(const QString &path)>;

    // `documents` must outlive the controller; the page's attachment requests are handled from now on.
    ArchiveDocumentController(ArchiveDocumentService &documents, ArchivePage &page,
                              InstitutionProvider institution, QObject *parent = nullptr);
    ~ArchiveDocumentController() override;

    // The whole item when it can be had; a cut one (bodyTruncated) when the rest needs the network.
    void load(const QString &id, QObject *context, Callback done) override;

    void openAttachment(const QString &itemId, int index);
    void saveAttachment(const QString &itemId, int index, const QString &path);
    void setFileOpener(FileOpener opener) { m_open = std::move(opener); }

    // A translated message for an attachment error code.
    static QString messageFor(const QString &code, const QString &detail);

Q_SIGNALS:
    void problem(const QString &message);
    // For tests and the status bar: an attachment was opened or saved at `path`.
    void attachmentReady(const QString &path);

private:
    ArchiveDocumentService &m_documents;
    InstitutionProvider m_institution;
    FileOpener m_open;
};

} // namespace hpo
