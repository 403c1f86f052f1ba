#include "FlatJson.h"

#include <cstring>

namespace {
const int kMaxDepth = 64;
const int kMaxIntegerDigits = 15; // exact in a double, as QJsonDocument would read it

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A cursor over the line; every step returns false on anything it does not accept.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    QByteArrayView from(qsizetype start) const { return m_text.sliced(start, m_pos - start); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n'))
            ++m_pos;
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool takeWord(const char *word)
    {
        for (; *word; ++word)
            if (!take(*word))
                return false;
        return true;
    }

    // A string whose text needs no decoding; `raw` is between the quotes.
    bool plainString(QByteArrayView *raw)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                *raw = from(start);
                ++m_pos;
                return true;
            }
            if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
                return false;
            ++m_pos;
        }
        return false;
    }

    bool integer()
    {
        const bool negative = take('-');
        const qsizetype start = m_pos;
        while (isDigit(peek()))
            ++m_pos;
        const qsizetype count = m_pos - start;
        if (count == 0 || count > kMaxIntegerDigits)
            return false;
        if (m_text.at(start) == '0' && (count > 1 || negative))
            return false; // leading zeros are not JSON, and "-0" reads back as "0"
        return peek() != '.' && peek() != 'e' && peek() != 'E';
    }

    // Any compact JSON value (no whitespace between tokens), checked but not decoded.
    bool compactValue(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        switch (peek()) {
        case '"':
            return escapedString();
        case '{':
            ++m_pos;
            if (take('}'))
                return true;
            do {
                if (!escapedString() || !take(':') || !compactValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_pos;
            if (take(']'))
                return true;
            do {
                if (!compactValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case 't':
            return takeWord("true");
        case 'f':
            return takeWord("false");
        case 'n':
            return takeWord("null");
        default:
            return number();
        }
    }

private:
    bool escapedString()
    {
        if (!take('"'))
            return false;
        while (!atEnd()) {
            const char c = peek();
            ++m_pos;
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\')
                continue;
            const char e = peek();
            ++m_pos;
            if (e == 'u') {
                for (int i = 0; i < 4; ++i)
                    if (!isHexDigit(peek()) || !take(peek()))
                        return false;
            } else if (!e || !std::strchr("\"\\/bfnrt", e)) {
                return false;
            }
        }
        return false;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (isDigit(peek()))
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        take('-');
        if (take('0')) {
            if (isDigit(peek()))
                return false;
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits())
            return false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            return digits();
        }
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};
} // namespace

bool FlatJson::parse(QByteArrayView line)
{
    m_members.clear();
    Scanner s(line);
    s.skipSpace();
    if (!s.take('{'))
        return false;
    s.skipSpace();
    if (!s.take('}')) {
        do {
            Member member;
            s.skipSpace();
            if (!s.plainString(&member.key))
                return false;
            s.skipSpace();
            if (!s.take(':'))
                return false;
            s.skipSpace();
            const qsizetype start = s.pos();
            const char c = s.peek();
            if (c == '"') {
                member.value.type = Value::Type::String;
                if (!s.plainString(&member.value.raw))
                    return false;
            } else {
                if (c == '{' || c == '[') {
                    member.value.type = c == '{' ? Value::Type::Object : Value::Type::Array;
                    if (!s.compactValue(0))
                        return false;
                } else if (c == 'n') {
                    member.value.type = Value::Type::Null;
                    if (!s.takeWord("null"))
                        return false;
                } else if (c == 't' || c == 'f') {
                    member.value.type = Value::Type::Bool;
                    if (!s.takeWord(c == 't' ? "true" : "false"))
                        return false;
                } else {
                    member.value.type = Value::Type::Integer;
                    if (!s.integer())
                        return false;
                }
                member.value.raw = s.from(start);
            }
            if (find(member.key))
                return false; // which of two values counts is QJsonDocument's to say
            m_members.append(member);
            s.skipSpace();
        } while (s.take(','));
        if (!s.take('}'))
            return false;
    }
    s.skipSpace();
    return s.atEnd();
}

const FlatJson::Value *FlatJson::find(QStringView key) const
{
    for (const Member &member : m_members)
        if (QLatin1StringView(member.key) == key)
            return &member.value;
    return nullptr;
}

const FlatJson::Value *FlatJson::find(QByteArrayView key) const
{
    for (const Member &member : m_members)
        if (member.key == key)
            return &member.value;
    return nullptr;
}
