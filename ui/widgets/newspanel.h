#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace hpo {

class NewsModel;

// News and announcements, newest first, unread in bold; the selected item is
// shown below with "mark as read".
class NewsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NewsPanel(NewsModel &model, QWidget *parent = nullptr);

    // Marking as read needs the network until the outbox exists; say so when offline.
    void setCanMarkRead(bool can, const QString &reason = {});

Q_SIGNALS:
    void markReadRequested(const QString &newsId);

private:
    void showCurrent();

    NewsModel &m_model;
    QTreeView *m_list;
    QTextBrowser *m_reader;
    QPushButton *m_markRead;
    QLabel *m_hint;
    bool m_canMarkRead = true;
};

} // namespace hpo
