#include "sync/orderdownloadcheckpoint.h"

#include "storage/checkpointrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace posbridge {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

void OrderDownloadCheckpoint::advance(const QDateTime &updateTime, qint64 saleId)
{
    if (!updateTime.isValid())
        return;
    if (!cursor.isValid() || cursor < updateTime) {
        cursor = updateTime;
        cursorSales = {saleId};
    } else if (cursor == updateTime && !cursorSales.contains(saleId)) {
        cursorSales << saleId;
    }
}

bool OrderDownloadCheckpoint::isUnread(const QDateTime &updateTime, qint64 saleId) const
{
    if (!cursor.isValid() || cursor < updateTime)
        return true;
    return cursor == updateTime && !cursorSales.contains(saleId);
}

QString OrderDownloadCheckpoint::toJson() const
{
    QJsonObject json;
    if (cursor.isValid())
        json.insert(QLatin1String("cursor"), timeText(cursor));
    if (!cursorSales.isEmpty()) {
        QJsonArray sales;
        for (qint64 id : cursorSales)
            sales.append(id);
        json.insert(QLatin1String("cursorSales"), sales);
    }
    if (covered.isValid())
        json.insert(QLatin1String("covered"), timeText(covered));
    if (firstReadFrom.isValid())
        json.insert(QLatin1String("firstReadFrom"), timeText(firstReadFrom));
    if (stockFrom.isValid())
        json.insert(QLatin1String("stockFrom"), timeText(stockFrom));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

OrderDownloadCheckpoint OrderDownloadCheckpoint::fromJson(const QString &text)
{
    OrderDownloadCheckpoint checkpoint;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        checkpoint.cursor = timeFromText(text.trimmed());
        return checkpoint;
    }
    const QJsonObject json = document.object();
    checkpoint.cursor = timeFromText(json.value(QLatin1String("cursor")).toString());
    for (const QJsonValue &id : json.value(QLatin1String("cursorSales")).toArray())
        checkpoint.cursorSales << id.toInteger();
    checkpoint.covered = timeFromText(json.value(QLatin1String("covered")).toString());
    checkpoint.firstReadFrom = timeFromText(json.value(QLatin1String("firstReadFrom")).toString());
    checkpoint.stockFrom = timeFromText(json.value(QLatin1String("stockFrom")).toString());
    return checkpoint;
}

Result<OrderDownloadCheckpoint> OrderDownloadCheckpoint::load(QSqlDatabase db, qint64 companyId)
{
    const auto stored = CheckpointRepository(std::move(db)).get(companyId, SyncJob::OrderDownload);
    if (!stored)
        return stored.error();
    return stored->has_value() ? fromJson(**stored) : OrderDownloadCheckpoint();
}

VoidResult OrderDownloadCheckpoint::save(QSqlDatabase db, qint64 companyId) const
{
    return CheckpointRepository(std::move(db)).set(companyId, SyncJob::OrderDownload, toJson());
}

} // namespace posbridge
