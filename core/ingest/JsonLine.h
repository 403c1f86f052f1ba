#pragma once

#include <memory>
#include <QByteArrayView>
#include <QStringView>
#include <QVarLengthArray>

// One line of an export read by simdjson (its DOM parser, which picks the CPU's fastest kernel
// at run time): the top-level object's values as views, strings unescaped, nested objects and
// arrays as compact JSON text. It refuses what the full reader (QJsonDocument) might read
// differently: a repeated key, a number that is not a positive integer of at most 15 digits
// (fractions, exponents, -0 and large values are doubles there), and anything that is not one
// JSON object. The caller then reads the line with QJsonDocument, which also explains an error.
class JsonLine
{
public:
    struct Value
    {
        enum class Type
        {
            String, // raw holds the unescaped text
            Integer,
            Null,
            Bool,
            Object, // raw holds the object's compact JSON text
            Array
        };
        Type type = Type::Null;
        QByteArrayView raw;
    };

    JsonLine();
    ~JsonLine();
    JsonLine(const JsonLine &) = delete;
    JsonLine &operator=(const JsonLine &) = delete;

    // The values are valid until the next parse. The line's UTF-8 is checked by the caller.
    bool parse(QByteArrayView line);
    // The value of `key`, or nullptr when the object has no such key.
    const Value *find(QByteArrayView key) const;
    // The same for a field name given as text (ASCII), without converting it per lookup.
    const Value *find(QStringView key) const;

private:
    struct Member
    {
        QByteArrayView key;
        Value value;
    };
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    QVarLengthArray<Member, 16> m_members;
};
