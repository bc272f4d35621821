#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace hpo {

class SchoolListModel;

// A board's schools with a search field; a school opens by double-click, Enter or the button.
class SchoolListPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SchoolListPanel(SchoolListModel &model, QWidget *parent = nullptr);
    QLineEdit *searchField() const { return m_search; }
    // Keyboard focus to the list, on its first school when none is current.
    void focusList();

Q_SIGNALS:
    void schoolOpened(const QString &code);

private:
    void openCurrent();

    QLineEdit *m_search;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
    QPushButton *m_open;
};

} // namespace hpo
