#pragma once

#include <cstdint>
#include <QByteArray>
#include <QString>

// Takes typed values off the front of a fuzz input, so one input can drive several parameters
// (libFuzzer's FuzzedDataProvider is clang's only; this also builds with g++ for the replays).
// Past the end every value is zero or empty: any input is valid.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    bool flag() { return byte() & 1; }
    int number(int from, int to) // inclusive
    {
        const uint32_t raw = uint32_t(byte()) << 8 | byte();
        return from + int(raw % uint32_t(to - from + 1));
    }
    template <typename T, size_t N> const T &pick(const T (&options)[N])
    {
        return options[number(0, int(N) - 1)];
    }
    // Bytes up to the next 0x00 (or `max`), as libFuzzer's mutations can grow and cut them.
    QByteArray bytes(int max = 256)
    {
        QByteArray out;
        while (m_pos < m_size && out.size() < max) {
            const char c = char(m_data[m_pos++]);
            if (c == '\0')
                break;
            out += c;
        }
        return out;
    }
    QString text(int max = 256) { return QString::fromUtf8(bytes(max)); }
    QByteArray rest()
    {
        const QByteArray out(reinterpret_cast<const char *>(m_data + m_pos),
                             qsizetype(m_size - m_pos));
        m_pos = m_size;
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};
