#include "BatchCall.h"

void runBatch(WechatClient &client, const QList<ApiRequest> &requests, QObject *context,
              std::function<void(const QList<ApiResult> &, const ApiError &)> done)
{
    struct State
    {
        QList<ApiResult> results;
        qsizetype remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->results.resize(requests.size());
    state->remaining = requests.size();
    if (requests.isEmpty()) {
        done({}, ApiError());
        return;
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        client.call(requests.at(i), context, [state, i, done](const ApiResult &result) {
            state->results[i] = result;
            if (--state->remaining > 0)
                return;
            ApiError first;
            for (const ApiResult &r : std::as_const(state->results)) {
                if (!r.ok()) {
                    first = r.error;
                    break;
                }
            }
            done(state->results, first);
        });
    }
}
