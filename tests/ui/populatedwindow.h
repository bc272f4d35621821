// A MainWindow with every page filled from fixtures, as board 41775's staff
// see it or as one of its schools opened from the board, without a server:
// the screens the accessibility and translation tests walk.
#pragma once

#include "models/domain/chatavailability.h"
#include "models/pagemodels.h"
#include "tests/support/fakearchivesource.h"
#include "tests/support/fakeclock.h"
#include "ui/mainwindow.h"

#include <functional>
#include <memory>

class QWidget;

namespace hpo::test {

class PopulatedWindow final
{
    Q_DISABLE_COPY_MOVE(PopulatedWindow)

public:
    enum class View { Board, School };
    explicit PopulatedWindow(View view);
    ~PopulatedWindow();

    MainWindow &window() { return *m_window; }

    // One screen the user can reach: its name and how to get there from any other.
    struct Screen
    {
        QString name;
        std::function<void()> show;
        // The widget whose controls belong to this screen (the page, the sign-in widget).
        std::function<QWidget *()> root;
    };
    // Every tab, the contact-person and branch lists (school), the sign-in screen.
    QList<Screen> screens();

private:
    FakeClock m_clock;
    ManualPresenceSource m_presence {true};
    ChatAvailability m_chat;
    PageModels m_models;
    FakeArchiveSource m_source;
    FakeArchiveItemLoader m_loader;
    std::unique_ptr<MainWindow> m_window;
    View m_view;
};

} // namespace hpo::test
