#include "FakeQrImage.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace {
const int kModules = 29; // a version-3 QR code
const int kModulePixels = 8;
const int kQuiet = 4; // modules of white border
const int kSide = (kModules + 2 * kQuiet) * kModulePixels;

quint32 crc32(const QByteArray &bytes)
{
    static quint32 table[256] = {};
    if (!table[1])
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

bool inFinder(int row, int col, int top, int left)
{
    const int r = row - top, c = col - left;
    if (r < 0 || r > 6 || c < 0 || c > 6)
        return false;
    const bool ring = r == 0 || r == 6 || c == 0 || c == 6;
    const bool core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
    return ring || core;
}

bool nearFinder(int row, int col)
{
    const auto near = [](int v, int start) { return v >= start - 1 && v <= start + 7; };
    const int far = kModules - 7;
    return (near(row, 0) && near(col, 0)) || (near(row, 0) && near(col, far)) ||
           (near(row, far) && near(col, 0));
}

bool dark(int row, int col, const QByteArray &bits)
{
    const int far = kModules - 7;
    if (nearFinder(row, col))
        return inFinder(row, col, 0, 0) || inFinder(row, col, 0, far) || inFinder(row, col, far, 0);
    const int index = row * kModules + col;
    return (quint8(bits.at((index / 8) % bits.size())) >> (index % 8)) & 1;
}
// A PNG of `raw` rows (each led by its filter byte): 8-bit greyscale or RGB.
QByteArray encodePng(int width, int height, bool rgb, const QByteArray &raw)
{
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += QByteArray(rgb ? "\x08\x02\x00\x00\x00" : "\x08\x00\x00\x00\x00", 5);
    const QByteArray zlib = qCompress(raw).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) +
           chunk("IEND", {});
}
} // namespace

QByteArray fakeQrPng(const QByteArray &seed)
{
    QByteArray bits;
    for (int round = 0; bits.size() < kModules * kModules / 8 + 1; ++round)
        bits +=
            QCryptographicHash::hash(seed + QByteArray::number(round), QCryptographicHash::Sha256);
    QByteArray raw;
    raw.reserve((kSide + 1) * kSide);
    for (int y = 0; y < kSide; ++y) {
        raw.append('\0'); // filter: none
        const int row = y / kModulePixels - kQuiet;
        for (int x = 0; x < kSide; ++x) {
            const int col = x / kModulePixels - kQuiet;
            const bool inside = row >= 0 && row < kModules && col >= 0 && col < kModules;
            raw.append(inside && dark(row, col, bits) ? '\0' : '\xff');
        }
    }
    return encodePng(kSide, kSide, false, raw);
}

QByteArray fakeCoverPng(const QByteArray &seed)
{
    // A 2.35:1 cover (WeChat's article cover shape), a gradient between two colours of the seed.
    const int width = 470, height = 200;
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0');
        for (int x = 0; x < width; ++x)
            for (int channel = 0; channel < 3; ++channel) {
                const int from = quint8(hash.at(channel)), to = quint8(hash.at(channel + 3));
                raw.append(char(from + (to - from) * (x + y) / (width + height)));
            }
    }
    return encodePng(width, height, true, raw);
}
