#pragma once

// Shared by the sync benchmarks: where the sandbox is, and how results are printed.

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace benchsupport {

/** @brief Points SandboxProcess at the sandbox built with the benchmarks, unless POSBRIDGE_SANDBOX is set. */
inline void useBuiltSandbox()
{
    if (qEnvironmentVariableIsEmpty("POSBRIDGE_SANDBOX"))
        qputenv("POSBRIDGE_SANDBOX", QByteArray(POSBRIDGE_SANDBOX_PATH));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "posbridge.*.info=false;posbridge.sandbox.*=false");
}

/** @brief Prints "label  value unit = ratio × target (rule)"; a ratio below 1 meets the target. */
inline void printRatio(const char *label, double value, const char *unit, double ratio, const QString &rule)
{
    std::printf("%-44s %12.3f %-10s = %5.2f × target (%s)\n", label, value, unit, ratio, qPrintable(rule));
    std::fflush(stdout);
}

} // namespace benchsupport
