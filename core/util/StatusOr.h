#pragma once

#include "Status.h"

#include <utility>

// A value, or the failure that kept it from being read. A database error is a failure, never
// a value that looks like "none" (a zero count, an empty list).
template <typename T> class [[nodiscard]] StatusOr
{
public:
    StatusOr(T value) : m_value(std::move(value)), m_status(Status::ok()) {}
    StatusOr(Status failure) : m_value(), m_status(std::move(failure)) {}

    bool isOk() const { return m_status.isOk(); }
    const Status &status() const { return m_status; }
    const QString &message() const { return m_status.message(); }
    // The value; on failure a default-constructed one (check isOk() first).
    const T &value() const { return m_value; }
    T valueOr(T fallback) const { return isOk() ? m_value : std::move(fallback); }

private:
    T m_value;
    Status m_status;
};
