#pragma once

#include <QStringView>

// An identifier (an openid, unionid, appid, member ID) as it is stored, looked up and exported:
// 1 to 128 characters without a control character. WeChat's are 28 to 32 characters; anything
// else is a wrong column or a damaged reply, and a NUL or line break would store a person
// nobody can find.
namespace Identifier {

inline constexpr int kMaxLength = 128;

inline bool isPlain(QStringView value)
{
    if (value.isEmpty() || value.size() > kMaxLength)
        return false;
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

} // namespace Identifier
