#include "core/postingdecision.h"

namespace posbridge {

PostingDecision PostingDecision::decide(const SkuMatcher &matcher, const ProductIdentifiers &product,
                                        const QList<ProductIdentifiers> &items, const QSet<int> &taken)
{
    QList<int> offered;
    QList<ProductIdentifiers> identifiers;
    for (int i = 0; i < items.size(); ++i) {
        if (!taken.contains(i)) {
            offered << i;
            identifiers << items[i];
        }
    }
    const MatchResult match = matcher.match(product, identifiers);

    PostingDecision decision;
    decision.field = match.field;
    for (int index : match.candidates)
        decision.candidates << offered[index];
    switch (match.kind) {
    case MatchResult::Kind::Unique:
        decision.action = Action::Link;
        break;
    case MatchResult::Kind::Several:
        decision.action = Action::Choose;
        break;
    case MatchResult::Kind::None:
        decision.action = Action::Create;
        break;
    }
    return decision;
}

} // namespace posbridge
