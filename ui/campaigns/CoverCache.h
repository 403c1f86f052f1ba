#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>

// Article covers loaded while picking from the library, by their URL, so previews show them
// without asking WeChat again. Kept for the life of the console, in memory only.
class CoverCache
{
public:
    static void put(const QString &url, const QPixmap &cover) { covers().insert(url, cover); }
    // A null pixmap when the cover was not loaded in this session.
    static QPixmap get(const QString &url) { return covers().value(url); }

private:
    static QHash<QString, QPixmap> &covers()
    {
        static QHash<QString, QPixmap> loaded;
        return loaded;
    }
};
