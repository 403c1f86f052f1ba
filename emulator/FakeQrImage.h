#pragma once

#include <QByteArray>

// Images wxemu serves. A PNG that looks like a QR code (finder squares and modules drawn from
// `seed`), so the console shows and saves a believable image. It encodes nothing: wxemu has no QR
// encoder.
QByteArray fakeQrPng(const QByteArray &seed);
// An article cover: a gradient drawn from `seed`.
QByteArray fakeCoverPng(const QByteArray &seed);
