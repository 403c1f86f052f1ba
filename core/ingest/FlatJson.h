#pragma once

#include <QByteArrayView>
#include <QStringView>
#include <QVarLengthArray>

// A fast reader for the common shape of an export line: one JSON object whose values are
// strings without escapes, integers, null, booleans, or nested objects and arrays kept as their
// raw (compact) text. Building a QJsonObject for each of ten million lines costs more than
// writing the row, so this reads views into the line instead. It refuses anything else (escapes
// in a top-level string, fractions, whitespace inside a nested value, a repeated key, any syntax
// error): the caller then reads the line with QJsonDocument, which also explains what is wrong.
class FlatJson
{
public:
    struct Value
    {
        enum class Type
        {
            String, // raw holds the text between the quotes
            Integer,
            Null,
            Bool,
            Object, // raw holds the object's compact JSON text
            Array
        };
        Type type = Type::Null;
        QByteArrayView raw;
    };

    // The line must outlive the values. The line's UTF-8 is checked by the caller.
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
    QVarLengthArray<Member, 16> m_members;
};
