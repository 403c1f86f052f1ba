#include "InterruptWatcher.h"

#include <atomic>
#include <csignal>

namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void onSignal(int signal)
{
    if (g_interrupted.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}
} // namespace

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupt)
    : m_onInterrupt(std::move(onInterrupt))
{
    g_interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // A signal handler may only set a flag; the event loop looks at it.
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (g_interrupted && !m_fired) {
            m_fired = true;
            m_onInterrupt();
        }
    });
    m_poll.start(100);
}

InterruptWatcher::~InterruptWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}
