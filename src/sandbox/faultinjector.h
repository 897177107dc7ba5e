#pragma once

#include "sandbox/sandboxconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace posbridge::sandbox {

enum class FaultKind
{
    None,
    Error,
    Drop,
    DropAfter,
    Malformed,
    Unauthorized
};

/** @brief What to do to one request: a delay, and at most one fault. */
struct FaultDecision
{
    int latencyMs = 0;
    FaultKind kind = FaultKind::None;
    int status = 0; ///< for FaultKind::Error
};

/**
 * @brief Decides which requests get injected faults, from rules matched by route name or path prefix.
 *
 * Each rule draws from its own generator seeded from the sandbox seed and the rule's position,
 * so the same requests in the same order get the same faults. Control endpoints are never faulted.
 */
class FaultInjector
{
public:
    FaultInjector(quint64 seed, const QList<FaultRule> &rules);

    FaultDecision decide(const QString &routeName, const QString &path);
    void addRule(const FaultRule &rule);
    void clear();
    [[nodiscard]] QJsonArray rulesJson() const;

    /** @brief True when target names the route ("sale.list"), a route prefix ("sale"), a path prefix or "*". */
    static bool matchesTarget(const QString &target, const QString &routeName, const QString &path);
    /** @brief Reads a rule from a control request body; see docs/sandbox.md for the keys. */
    static std::optional<FaultRule> ruleFromJson(const QJsonObject &object, QString *error);
    static QString kindName(FaultKind kind);

private:
    struct ActiveRule
    {
        FaultRule rule;
        QRandomGenerator random;
        int injected = 0;
    };

    quint64 m_seed;
    int m_added = 0;
    QList<ActiveRule> m_rules;
};

} // namespace posbridge::sandbox
