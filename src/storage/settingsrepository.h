#pragma once

#include "core/error.h"
#include "core/integrationsettings.h"

#include <QSqlDatabase>

namespace posbridge {

/** @brief The non-secret Lightspeed settings of each company. */
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    /** @brief Returns the stored settings, or the defaults when the company has none yet. */
    Result<IntegrationSettings> load(qint64 companyId) const;
    /** @brief Inserts or replaces the company's settings. */
    VoidResult save(const IntegrationSettings &settings);
    /** @brief Records the time a token was fetched, leaving the other settings alone. */
    VoidResult setTokenReceivedOn(qint64 companyId, const QDateTime &receivedOn);
    /** @brief Companies with Lightspeed POS Enabled on: the ones that may sync. */
    Result<QList<IntegrationSettings>> listEnabled() const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
