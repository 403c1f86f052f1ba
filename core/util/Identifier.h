#pragma once

#include <QStringView>

// An identifier (an openid, unionid, appid, member ID) as it is stored, looked up and exported:
// 1 to 128 characters without a control character. WeChat's are 28 to 32 characters; anything
// else is a wrong column or a damaged reply, and a NUL or line break would store a person
// nobody can find.
namespace Identifier {

inline constexpr int kMaxLength = 128;

// Where the first control character is, or -1.
inline qsizetype controlCharacterAt(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i)
        if (value.at(i).category() == QChar::Other_Control)
            return i;
    return -1;
}

inline bool isPlain(QStringView value)
{
    return !value.isEmpty() && value.size() <= kMaxLength && controlCharacterAt(value) < 0;
}

} // namespace Identifier
