#pragma once

#include <QString>

// The outcome of an operation that either works or fails with a message a person can act on.
class [[nodiscard]] Status
{
public:
    static Status ok() { return Status(true, QString()); }
    static Status failure(const QString &message) { return Status(false, message); }

    bool isOk() const { return m_ok; }
    const QString &message() const { return m_message; }

private:
    Status(bool ok, const QString &message) : m_ok(ok), m_message(message) {}

    bool m_ok;
    QString m_message;
};

// Returns the failure of `expr` from the calling function; goes on when it is ok.
#define WX_TRY(expr)                                                                               \
    do {                                                                                           \
        const Status wxTryStatus = (expr);                                                         \
        if (!wxTryStatus.isOk())                                                                   \
            return wxTryStatus;                                                                    \
    } while (false)
