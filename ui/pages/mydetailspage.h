#pragma once

#include "models/domain/institution.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QGroupBox;

namespace hpo {

class BranchModel;
class ContactPersonModel;
class InstitutionDetailsForm;
class NewsModel;
class NewsPanel;
class SchoolListModel;
class SchoolListPanel;
class Tile;

// Mijn gegevens: the institution's details, tiles for contact persons and
// branches (each opens its list), news; for a board also its school list.
// A school opened from the board shows a breadcrumb and "back to board".
class MyDetailsPage final : public QWidget
{
    Q_OBJECT

public:
    struct Models
    {
        ContactPersonModel &contacts;
        BranchModel &branches;
        NewsModel &news;
        SchoolListModel &schools;
    };

    explicit MyDetailsPage(Models models, QWidget *parent = nullptr);

    void setInstitution(const std::optional<Institution> &institution);
    // The board a school was opened from; empty when the page shows the signed-in
    // institution itself.
    void setOpenedFromBoard(const QString &boardName);
    NewsPanel *newsPanel() const { return m_news; }

    enum class View { Overview, Contacts, Branches };
    void showView(View view);
    View currentView() const;
    // A board's overview with the focus in its school list (from the GTB page's pointer to it).
    void showSchoolList();

Q_SIGNALS:
    void schoolOpened(const QString &code);
    void backToBoardRequested();
    // Whatever setInstitution() was given: pages that differ for boards follow it.
    void institutionChanged(const std::optional<hpo::Institution> &institution);

private:
    QWidget *createOverview();
    QWidget *createListView(const QString &objectName, const QString &title, QAbstractItemModel &model);
    void updateTiles();

    Models m_models;
    QLabel *m_breadcrumb;
    QLabel *m_title;
    QPushButton *m_back;
    QStackedWidget *m_stack;
    InstitutionDetailsForm *m_details = nullptr;
    Tile *m_contactsTile = nullptr;
    Tile *m_branchesTile = nullptr;
    NewsPanel *m_news = nullptr;
    QGroupBox *m_schoolsBox = nullptr;
    SchoolListPanel *m_schools = nullptr;
    QWidget *m_empty = nullptr;
    QString m_boardName;
    std::optional<Institution> m_institution;
};

} // namespace hpo
