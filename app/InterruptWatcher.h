#pragma once

#include <functional>
#include <QObject>
#include <QTimer>

// Turns Ctrl+C (SIGINT) and SIGTERM into a call of `onInterrupt` on the event loop, so a long
// headless command stops cleanly at a point it can resume from. A second Ctrl+C kills at once.
class InterruptWatcher : public QObject
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher() override;

private:
    std::function<void()> m_onInterrupt;
    QTimer m_poll;
    bool m_fired = false;
};
