#include "sync/shopdirectory.h"

#include "lightspeed/retailapi.h"

#include <QCoreApplication>

namespace posbridge {

Result<qint64> ShopDirectory::shopIdFor(const IntegrationSettings &settings, RetailApi &api,
                                        const CancellationToken &cancel)
{
    if (settings.shopId > 0)
        return settings.shopId;
    const QString name = settings.shopName.trimmed().toLower();
    if (name.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ShopDirectory", "Choose the Lightspeed shop in the General Settings first."));
    {
        QMutexLocker locker(&m_mutex);
        const auto known = m_resolved.constFind(settings.companyId);
        if (known != m_resolved.cend() && known->first == name)
            return known->second;
    }

    const auto shops = api.shops(cancel);
    if (!shops)
        return shops.error();
    for (const Shop &shop : *shops) {
        if (shop.name.trimmed().toLower() != name)
            continue;
        QMutexLocker locker(&m_mutex);
        m_resolved.insert(settings.companyId, {name, shop.shopId});
        return shop.shopId;
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("ShopDirectory", "The Lightspeed account has no shop named \"%1\".")
                         .arg(settings.shopName.trimmed()));
}

} // namespace posbridge
