#include "sync/stockcheckpoint.h"

#include "storage/checkpointrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace posbridge {

namespace {

QDateTime timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString StockCheckpoint::toJson() const
{
    QJsonObject json;
    if (seen.isValid())
        json.insert(QLatin1String("seen"), seen.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject changes;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        changes.insert(QString::number(it.key()), it.value().toUTC().toString(Qt::ISODateWithMs));
    if (!changes.isEmpty())
        json.insert(QLatin1String("pending"), changes);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

StockCheckpoint StockCheckpoint::fromJson(const QString &text)
{
    StockCheckpoint checkpoint;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    checkpoint.seen = timeFromText(json.value(QLatin1String("seen")).toString());
    const QJsonObject changes = json.value(QLatin1String("pending")).toObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const qint64 itemId = it.key().toLongLong();
        const QDateTime at = timeFromText(it.value().toString());
        if (itemId > 0 && at.isValid())
            checkpoint.pending.insert(itemId, at);
    }
    return checkpoint;
}

Result<StockCheckpoint> StockCheckpoint::load(QSqlDatabase db, qint64 companyId)
{
    const auto stored = CheckpointRepository(std::move(db)).get(companyId, SyncJob::InventoryUpload);
    if (!stored)
        return stored.error();
    return stored->has_value() ? fromJson(**stored) : StockCheckpoint();
}

VoidResult StockCheckpoint::save(QSqlDatabase db, qint64 companyId) const
{
    return CheckpointRepository(std::move(db)).set(companyId, SyncJob::InventoryUpload, toJson());
}

} // namespace posbridge
