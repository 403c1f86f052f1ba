// WeChat's reply as any bytes with any HTTP status, network error and content type, read into
// an ApiResult and then by the typed parsers that read follower pages, profiles and the media
// library. Properties: success only for a 2xx JSON object without an errcode; every failure
// has a kind and a message; a binary reply keeps its bytes, a JSON one does not keep a copy.
#include "FuzzCheck.h"
#include "FuzzInput.h"
#include "wechat/MaterialApi.h"
#include "wechat/ReplyReader.h"
#include "wechat/UserApi.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    static const int statuses[] = {200, 200, 200, 204, 0, 301, 400, 404, 500, 502, 503};
    static const QNetworkReply::NetworkError errors[] = {
        QNetworkReply::NoError,
        QNetworkReply::NoError,
        QNetworkReply::NoError,
        QNetworkReply::RemoteHostClosedError,
        QNetworkReply::TimeoutError,
        QNetworkReply::OperationCanceledError,
        QNetworkReply::ConnectionRefusedError,
        QNetworkReply::InternalServerError,
        QNetworkReply::ProxyConnectionRefusedError};
    static const char *const types[] = {"application/json; encoding=utf-8", "text/plain",
                                        "image/png", "text/html", ""};
    RawReply raw;
    raw.httpStatus = in.flag() ? in.pick(statuses) : in.number(0, 999);
    raw.networkError = in.pick(errors);
    raw.contentType = in.pick(types);
    raw.requestSent = in.flag();
    raw.tooLarge = in.number(0, 63) == 0;
    raw.errorString = in.text(64);
    const bool binary = in.flag();
    raw.body = in.rest();

    const ApiResult result = ReplyReader::read(raw, binary, 5000);
    const bool success = raw.httpStatus >= 200 && raw.httpStatus < 300;
    if (result.ok()) {
        FUZZ_CHECK(success && raw.networkError == QNetworkReply::NoError && !raw.tooLarge,
                   QStringLiteral("success from HTTP %1").arg(raw.httpStatus));
        FUZZ_CHECK(result.json.value(QStringLiteral("errcode")).toInt(0) == 0, "an errcode passed");
        if (binary && !raw.contentType.contains("json"))
            FUZZ_CHECK(result.body == raw.body, "a binary reply lost bytes");
    } else {
        FUZZ_CHECK(!result.error.errmsg.isEmpty() || result.error.kind == ApiError::Kind::Wechat,
                   "a failure without words");
        FUZZ_CHECK(!result.error.summary().isEmpty(), "a failure without a summary");
    }
    FUZZ_CHECK(result.error.requestSent == raw.requestSent, "requestSent lost");
    if (raw.tooLarge)
        FUZZ_CHECK(result.body.isEmpty(), "a reply that was too large was kept");

    // What the typed parsers make of any JSON object.
    FollowerPage page;
    if (UserApi::parseFollowerPage(result.json, &page)) {
        FUZZ_CHECK(page.total >= 0, QString::number(page.total));
        for (const QString &openid : page.openids)
            FUZZ_CHECK(!openid.isEmpty() && openid.size() <= 128 &&
                           !openid.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f]"))),
                       "an openid the sync would store: " + openid);
    }
    UserApi::parseFollowerInfo(result.json);
    LibraryPage library;
    if (MaterialApi::parsePage(result.json, &library))
        FUZZ_CHECK(library.total >= 0, QString::number(library.total));
    return 0;
}
