#pragma once

#include "util/Status.h"

#include <QTest>

// For helpers outside a test function's body, where QVERIFY cannot return: a failed status
// fails the running test with its message (and the helper goes on with what it has).
#define EXPECT_OK(expr)                                                                            \
    do {                                                                                           \
        const Status expectOkStatus = (expr);                                                      \
        if (!expectOkStatus.isOk())                                                                \
            QTest::qFail(qPrintable(QStringLiteral(#expr ": ") + expectOkStatus.message()),        \
                         __FILE__, __LINE__);                                                      \
    } while (false)
