#pragma once

#include <QWidget>

class QAbstractItemModel;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace hpo {

// A list above a plain-text reader: selecting a row (or Enter) shows that row's
// text, which the owner supplies. Used by the contact-moment and evaluation pages.
class MasterDetail final : public QWidget
{
    Q_OBJECT

public:
    using TextForRow = std::function<QString(int row)>;

    MasterDetail(QAbstractItemModel &model, TextForRow textForRow, const QString &listName,
                 QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QTextBrowser *reader() const { return m_reader; }

private:
    void showCurrent();

    QAbstractItemModel &m_model;
    TextForRow m_textForRow;
    QTreeView *m_view;
    QTextBrowser *m_reader;
};

} // namespace hpo
