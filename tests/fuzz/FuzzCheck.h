#pragma once

#include <cstdio>
#include <cstdlib>
#include <QByteArray>
#include <QString>

// A property every input must keep. Breaking it aborts, which libFuzzer reports as a crash
// (and saves the input); the replay build (ReplayMain) fails the test the same way.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property broken: %s\n  %s\n", __FILE__, __LINE__,         \
                         #condition, QString(what).toUtf8().constData());                          \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// The fuzz input as Qt sees bytes (no copy).
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}
