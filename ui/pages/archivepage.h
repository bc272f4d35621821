#pragma once

#include "models/archivesource.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace hpo {

class ArchiveItemLoader;
class ArchiveListModel;
class ArchiveReader;

// Digitaal archief: every document and e-mail of the institution, newest
// first, filtered by kind, direction and dates and searched as you type; an
// item opened by its subject (click or Enter) shows in the reader below.
// Rows come through an ArchiveSource and full items through an
// ArchiveItemLoader, both set by the caller; the page does no I/O of its own.
class ArchivePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchivePage)

public:
    // Picks where to save an attachment; the default asks with a QFileDialog.
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedFileName)>;

    static constexpr int searchDelayMs = 250;

    explicit ArchivePage(QWidget *parent = nullptr);
    ~ArchivePage() override;

    // Both stay owned by the caller, who unsets them (nullptr) before destroying them;
    // without a source the page explains that the archive appears after signing in.
    void setSource(ArchiveSource *source, ArchiveItemLoader *loader);
    void setInstitutionCode(const QString &code);
    // The cache announced changes to the archive.
    void refresh();

    void setSavePathChooser(SavePathChooser chooser);

    ArchiveListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    const ArchiveQuery &query() const;
    // The id of the item the reader shows or is loading; empty when none.
    QString openItemId() const { return m_openId; }

public Q_SLOTS:
    // Ctrl+F within the page; the main window may route its own Ctrl+F here.
    void focusSearch();
    void openItem(const QString &id);

Q_SIGNALS:
    void attachmentOpenRequested(const QString &itemId, int index);
    void attachmentSaveRequested(const QString &itemId, int index, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void openRow(const QModelIndex &index);
    void updateStatus();
    bool hasFilters() const;
    void clearFilters();

    ArchiveItemLoader *m_loader = nullptr;
    QString m_openId;
    QString m_currentBeforeReset;
    SavePathChooser m_chooseSavePath;
    ArchiveListModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_kind;
    QComboBox *m_direction;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    ArchiveReader *m_reader;
};

} // namespace hpo
