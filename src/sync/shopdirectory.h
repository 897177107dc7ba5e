#pragma once

#include "core/cancellation.h"
#include "core/error.h"
#include "core/integrationsettings.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace posbridge {

class RetailApi;

/**
 * @brief Finds the shopID of a company's shop and remembers it; thread-safe.
 *
 * The settings hold the shopID once the form resolved the Shop Name against the account.
 * Until then (a name typed before connecting, as in the demo) the name is looked up among the
 * account's shops, without case, once per company and name.
 */
class ShopDirectory
{
public:
    Result<qint64> shopIdFor(const IntegrationSettings &settings, RetailApi &api, const CancellationToken &cancel);

private:
    QMutex m_mutex;
    QHash<qint64, std::pair<QString, qint64>> m_resolved; ///< company → (lower-case name, shopID)
};

} // namespace posbridge
