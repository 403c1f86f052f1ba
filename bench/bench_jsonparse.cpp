// The JSON layer of an import alone, on an export file's lines: each reader turns every line
// into the fields ImportRow reads (strings as QString, numbers as their digits, props as its
// compact text), so the figures compare what the import would spend on JSON.
//   build/bench/bench_jsonparse FILE.jsonl
// Readers: JsonLine (the import's: simdjson's DOM parser, QJsonDocument for the lines it
// refuses), simdjson's On-Demand API by hand, and QJsonDocument for every line. (Until
// 2026-12-04 the import read with FlatJson, a reader of our own: bench/README.md has the figures
// that replaced it.)
#include "ingest/JsonLine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
const char *const kKeys[] = {"kind",    "appid",    "openid", "unionid", "member_id",
                             "seen_at", "event_id", "name",   "at",      "props"};

// What every reader produces per line; the checksum keeps the work from being optimised away.
struct Fields
{
    QString values[std::size(kKeys)];
    qint64 checksum() const
    {
        qint64 sum = 0;
        for (const QString &v : values)
            sum += v.size();
        return sum;
    }
};

bool viaQJson(QByteArrayView line, Fields *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    for (size_t i = 0; i < std::size(kKeys); ++i) {
        const QJsonValue v = o.value(QLatin1String(kKeys[i]));
        out->values[i] =
            v.isObject()
                ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
            : v.isDouble() ? QString::number(v.toInteger())
                           : v.toString();
    }
    return true;
}

bool viaJsonLine(JsonLine &json, QByteArrayView line, Fields *out)
{
    if (!json.parse(line))
        return viaQJson(line, out); // as the import does
    for (size_t i = 0; i < std::size(kKeys); ++i) {
        const JsonLine::Value *v = json.find(QByteArrayView(kKeys[i]));
        out->values[i] =
            v && v->type != JsonLine::Value::Type::Null ? QString::fromUtf8(v->raw) : QString();
    }
    return true;
}

bool viaSimdjson(simdjson::ondemand::parser &parser, const char *data, size_t length,
                 size_t capacity, Fields *out)
{
    using namespace simdjson;
    ondemand::document doc;
    if (parser.iterate(padded_string_view(data, length, capacity)).get(doc))
        return false;
    ondemand::object object;
    if (doc.get_object().get(object))
        return false;
    for (QString &v : out->values)
        v.clear();
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        size_t i = 0;
        while (i < std::size(kKeys) && key != kKeys[i])
            ++i;
        ondemand::value value = field.value();
        ondemand::json_type type;
        if (value.type().get(type))
            return false;
        std::string_view text;
        switch (type) {
        case ondemand::json_type::string:
            if (value.get_string().get(text))
                return false;
            break;
        case ondemand::json_type::number:
            text = value.raw_json_token();
            break;
        case ondemand::json_type::object: {
            ondemand::object nested;
            if (value.get_object().get(nested) || nested.raw_json().get(text))
                return false;
            break;
        }
        case ondemand::json_type::array: {
            ondemand::array nested;
            if (value.get_array().get(nested) || nested.raw_json().get(text))
                return false;
            break;
        }
        default:
            if (value.is_null())
                continue;
            text = value.raw_json_token();
        }
        if (i < std::size(kKeys))
            out->values[i] = QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_jsonparse FILE.jsonl\n");
        return 64;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 66;
    }
    // The whole file in memory, with simdjson's padding after it: every reader reads the same
    // bytes and none waits for the disk.
    QByteArray text = file.readAll();
    const qsizetype size = text.size();
    text.append(QByteArray(simdjson::SIMDJSON_PADDING, '\0'));
    std::vector<std::pair<qsizetype, qsizetype>> lines; // offset, length
    for (qsizetype at = 0; at < size;) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0 || end > size)
            end = size;
        if (end > at)
            lines.emplace_back(at, end - at);
        at = end + 1;
    }
    std::printf("%zu lines, %.1f MB\n", lines.size(), size / 1e6);

    JsonLine json;
    simdjson::ondemand::parser parser;
    const char *base = text.constData();
    const size_t total = size_t(text.size());
    auto time = [&](const char *name, auto &&read) {
        QElapsedTimer timer;
        timer.start();
        Fields fields;
        qint64 checksum = 0, failed = 0;
        for (const auto &[offset, length] : lines) {
            if (read(offset, length, &fields))
                checksum += fields.checksum();
            else
                ++failed;
        }
        const double s = timer.nsecsElapsed() / 1e9;
        std::printf("%-22s %8.2f s  %6.0f MB/s  %9.0f lines/s  checksum %lld  failed %lld\n", name,
                    s, size / 1e6 / s, lines.size() / s, (long long)checksum, (long long)failed);
        return s;
    };
    // Two rounds, best of each: the first reader of a round would otherwise pay for the first
    // touch of the file's memory and the allocator's warm-up.
    double flatS = 1e9, simdS = 1e9, qjsonS = 1e9;
    for (int round = 0; round < 2; ++round) {
        flatS =
            std::min(flatS, time("JsonLine (+fallback)", [&](qsizetype o, qsizetype n, Fields *f) {
                         return viaJsonLine(json, QByteArrayView(base + o, n), f);
                     }));
        simdS =
            std::min(simdS, time("simdjson On-Demand", [&](qsizetype o, qsizetype n, Fields *f) {
                         return viaSimdjson(parser, base + o, size_t(n), total - size_t(o), f);
                     }));
        qjsonS = std::min(qjsonS, time("QJsonDocument", [&](qsizetype o, qsizetype n, Fields *f) {
                              return viaQJson(QByteArrayView(base + o, n), f);
                          }));
    }
    std::printf("ratios against JsonLine: simdjson %.2f, QJsonDocument %.2f (time, lower is "
                "faster)\n",
                simdS / flatS, qjsonS / flatS);
    return 0;
}
