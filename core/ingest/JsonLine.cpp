#include "JsonLine.h"

#include <simdjson.h>

#include <deque>
#include <string>

struct JsonLine::Parser
{
    simdjson::dom::parser dom;
    std::deque<std::string> texts; // integers and nested values written out for this line
};

namespace {
QByteArrayView view(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

// The integers both readers read alike: QJsonDocument holds numbers as doubles.
bool exactInteger(int64_t value)
{
    return value > 0 && value < 1000000000000000LL;
}
} // namespace

JsonLine::JsonLine() : m_parser(std::make_unique<Parser>()) {}

JsonLine::~JsonLine() = default;

bool JsonLine::parse(QByteArrayView line)
{
    using namespace simdjson;
    m_members.clear();
    m_parser->texts.clear();
    dom::object object;
    if (m_parser->dom.parse(line.data(), size_t(line.size())).get(object))
        return false;
    for (const dom::key_value_pair field : object) {
        Value value;
        switch (field.value.type()) {
        case dom::element_type::STRING:
            value = {Value::Type::String, view(std::string_view(field.value))};
            break;
        case dom::element_type::INT64: {
            const int64_t number = int64_t(field.value);
            if (!exactInteger(number))
                return false;
            m_parser->texts.push_back(std::to_string(number));
            value = {Value::Type::Integer, view(m_parser->texts.back())};
            break;
        }
        case dom::element_type::OBJECT:
        case dom::element_type::ARRAY:
            m_parser->texts.push_back(minify(field.value));
            value = {field.value.is_object() ? Value::Type::Object : Value::Type::Array,
                     view(m_parser->texts.back())};
            break;
        case dom::element_type::BOOL:
            value = {Value::Type::Bool,
                     bool(field.value) ? QByteArrayView("true") : QByteArrayView("false")};
            break;
        case dom::element_type::NULL_VALUE:
            value = {Value::Type::Null, QByteArrayView()};
            break;
        default: // a double or an unsigned integer beyond int64
            return false;
        }
        const QByteArrayView key = view(field.key);
        if (find(key))
            return false; // QJsonDocument keeps the last one; refuse rather than guess
        m_members.append({key, value});
    }
    return true;
}

const JsonLine::Value *JsonLine::find(QByteArrayView key) const
{
    for (const Member &m : m_members)
        if (m.key == key)
            return &m.value;
    return nullptr;
}

const JsonLine::Value *JsonLine::find(QStringView key) const
{
    for (const Member &m : m_members)
        if (QLatin1StringView(m.key) == key)
            return &m.value;
    return nullptr;
}
