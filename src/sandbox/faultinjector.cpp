#include "sandbox/faultinjector.h"

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

FaultInjector::FaultInjector(quint64 seed, const QList<FaultRule> &rules)
    : m_seed(seed)
{
    for (const FaultRule &rule : rules)
        addRule(rule);
}

void FaultInjector::addRule(const FaultRule &rule)
{
    // Each rule gets its own stream so adding a rule does not change the draws of the others.
    const quint64 ruleSeed = m_seed * 6364136223846793005ULL + static_cast<quint64>(++m_added) * 1442695040888963407ULL;
    m_rules.append(ActiveRule{rule, QRandomGenerator(ruleSeed), 0});
}

void FaultInjector::clear()
{
    m_rules.clear();
}

bool FaultInjector::matchesTarget(const QString &target, const QString &routeName, const QString &path)
{
    if (target == u"*")
        return true;
    if (target.startsWith(u'/'))
        return path.startsWith(target);
    return routeName == target || routeName.startsWith(target + u'.');
}

FaultDecision FaultInjector::decide(const QString &routeName, const QString &path)
{
    FaultDecision decision;
    for (ActiveRule &active : m_rules) {
        const FaultRule &rule = active.rule;
        if (!matchesTarget(rule.target, routeName, path) || (rule.count > 0 && active.injected >= rule.count))
            continue;
        bool affected = rule.latencyMs > 0;
        decision.latencyMs += rule.latencyMs;
        if (decision.kind == FaultKind::None) {
            const double draw = active.random.generateDouble();
            double threshold = 0;
            const QList<QPair<double, FaultKind>> shares{{rule.dropShare, FaultKind::Drop},
                                                         {rule.dropAfterShare, FaultKind::DropAfter},
                                                         {rule.errorShare, FaultKind::Error},
                                                         {rule.malformedShare, FaultKind::Malformed},
                                                         {rule.unauthorizedShare, FaultKind::Unauthorized}};
            for (const auto &[share, kind] : shares) {
                threshold += share;
                if (share > 0 && draw < threshold) {
                    decision.kind = kind;
                    affected = true;
                    break;
                }
            }
            if (decision.kind == FaultKind::Error) {
                const auto index = active.random.bounded(static_cast<quint32>(rule.errorStatuses.size()));
                decision.status = rule.errorStatuses.at(static_cast<qsizetype>(index));
            }
        }
        if (affected)
            ++active.injected;
    }
    return decision;
}

QJsonArray FaultInjector::rulesJson() const
{
    QJsonArray rules;
    for (const ActiveRule &active : m_rules) {
        const FaultRule &rule = active.rule;
        QJsonArray statuses;
        for (int status : rule.errorStatuses)
            statuses.append(status);
        rules.append(QJsonObject{{u"target"_s, rule.target},
                                 {u"latencyMs"_s, rule.latencyMs},
                                 {u"error"_s, rule.errorShare},
                                 {u"errorStatuses"_s, statuses},
                                 {u"drop"_s, rule.dropShare},
                                 {u"dropAfter"_s, rule.dropAfterShare},
                                 {u"malformed"_s, rule.malformedShare},
                                 {u"unauthorized"_s, rule.unauthorizedShare},
                                 {u"count"_s, rule.count},
                                 {u"injected"_s, active.injected}});
    }
    return rules;
}

std::optional<FaultRule> FaultInjector::ruleFromJson(const QJsonObject &object, QString *error)
{
    FaultRule rule;
    rule.target = object.value(u"target"_s).toString();
    if (rule.target.isEmpty()) {
        *error = u"A fault needs a target: a route name such as sale.list, a path prefix or *."_s;
        return std::nullopt;
    }
    rule.latencyMs = object.value(u"latencyMs"_s).toInt();
    rule.errorShare = object.value(u"error"_s).toDouble();
    rule.dropShare = object.value(u"drop"_s).toDouble();
    rule.dropAfterShare = object.value(u"dropAfter"_s).toDouble();
    rule.malformedShare = object.value(u"malformed"_s).toDouble();
    rule.unauthorizedShare = object.value(u"unauthorized"_s).toDouble();
    rule.count = object.value(u"count"_s).toInt();
    if (object.contains(u"errorStatuses"_s)) {
        rule.errorStatuses.clear();
        for (const QJsonValue &status : object.value(u"errorStatuses"_s).toArray())
            rule.errorStatuses.append(status.toInt());
    }
    const double total =
        rule.errorShare + rule.dropShare + rule.dropAfterShare + rule.malformedShare + rule.unauthorizedShare;
    if (total > 1.0 + 1e-9 || rule.latencyMs < 0 || rule.count < 0 || rule.errorStatuses.isEmpty()) {
        *error = u"Fault shares must add up to at most 1, latencyMs and count must not be negative, and "
                 "errorStatuses must not be empty."_s;
        return std::nullopt;
    }
    return rule;
}

QString FaultInjector::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return u"none"_s;
    case FaultKind::Error:
        return u"error"_s;
    case FaultKind::Drop:
        return u"drop"_s;
    case FaultKind::DropAfter:
        return u"dropAfter"_s;
    case FaultKind::Malformed:
        return u"malformed"_s;
    case FaultKind::Unauthorized:
        return u"unauthorized"_s;
    }
    return {};
}

} // namespace posbridge::sandbox
