#include "core/product.h"

#include "core/enumkeys.h"

namespace posbridge {

namespace {
constexpr EnumKey<ListingState> STATE_KEYS[] = {
    {ListingState::NotListed, u"not_listed"},
    {ListingState::Pending, u"pending"},
    {ListingState::Linked, u"linked"},
    {ListingState::Created, u"created"},
    {ListingState::PendingUpdate, u"pending_update"},
    {ListingState::NeedsChoice, u"needs_choice"},
    {ListingState::Error, u"error"},
};
} // namespace

QString listingStateKey(ListingState state)
{
    return enumKey(STATE_KEYS, state);
}

std::optional<ListingState> listingStateFromKey(QStringView key)
{
    return enumFromKey(STATE_KEYS, key);
}

} // namespace posbridge
