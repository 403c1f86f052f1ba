#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>

// The end of one API call: its error (or none) and what came back.
struct ApiResult
{
    ApiError error;
    QJsonObject json; // the parsed JSON reply (also for errors)
    QByteArray body;  // raw bytes, for binary replies
    QByteArray contentType;
    int attempts = 0;

    bool ok() const { return error.ok(); }
};

// A typed result from an endpoint wrapper.
template <typename T> struct Result
{
    ApiError error;
    T value{};

    bool ok() const { return error.ok(); }
};
