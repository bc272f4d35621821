// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the server shuts
// down from its event loop: connections closed, database closed.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace hpo::server {

class TerminationWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationWatcher)

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hpo::server
