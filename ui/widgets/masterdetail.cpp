#include "ui/widgets/masterdetail.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace hpo {

MasterDetail::MasterDetail(QAbstractItemModel &model, TextForRow textForRow, const QString &listName,
                           QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_textForRow(std::move(textForRow)),
      m_view(new QTreeView(this)),
      m_reader(new QTextBrowser(this))
{
    m_view->setModel(&m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setDefaultSectionSize(160);
    m_view->setAccessibleName(listName);
    m_view->setAccessibleDescription(tr("Select a row to read its details below"));
    m_reader->setOpenLinks(false);
    m_reader->setTabChangesFocus(true);
    m_reader->setAccessibleName(tr("Details"));
    m_reader->setAccessibleDescription(tr("The details of the row selected above"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MasterDetail::showCurrent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &MasterDetail::showCurrent);
}

void MasterDetail::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_reader->setPlainText(current.isValid() ? m_textForRow(current.row()) : QString());
}

} // namespace hpo
