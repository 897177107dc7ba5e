#pragma once

// For tests that link the core layer: QVERIFY2 builds its message even when the check passes,
// so the message must not call error() on a successful Result.

#include "core/error.h"

#include <QByteArray>

namespace posbridge::testing {

/** @brief The error of a failed result for a test message, or an empty string when it succeeded. */
template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toLogString().toUtf8();
}

} // namespace posbridge::testing
