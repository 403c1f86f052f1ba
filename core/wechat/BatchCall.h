#pragma once

#include "WechatClient.h"

#include <functional>
#include <memory>
#include <QList>

// Runs several requests through one client (its in-flight limit applies) and reports once,
// with the results in request order and the first error, if any. Used where a wrapper splits
// a request that would exceed a documented limit.
void runBatch(
    WechatClient &client, const QList<ApiRequest> &requests, QObject *context,
    std::function<void(const QList<ApiResult> &results, const ApiError &firstError)> done);

// Calls `client` and turns the JSON reply into a T with `parse` (which may fail with BadReply).
template <typename T>
void callTyped(WechatClient &client, const ApiRequest &request, QObject *context,
               std::function<bool(const ApiResult &, T *)> parse,
               std::function<void(const Result<T> &)> done)
{
    client.call(request, context, [parse, done](const ApiResult &result) {
        Result<T> typed;
        typed.error = result.error;
        if (typed.ok() && !parse(result, &typed.value)) {
            typed.error.kind = ApiError::Kind::BadReply;
            typed.error.errmsg = QStringLiteral("unexpected reply shape");
        }
        done(typed);
    });
}

// Splits `items` into chunks of at most `size`.
template <typename T> QList<QList<T>> chunked(const QList<T> &items, int size)
{
    QList<QList<T>> chunks;
    for (qsizetype i = 0; i < items.size(); i += size)
        chunks.append(items.mid(i, size));
    return chunks;
}
