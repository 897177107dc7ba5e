#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace posbridge::sandbox {

class DataStore;
struct SandboxConfig;

/**
 * @brief Seeds an account with shops, registers, employees, customers, items and sales history.
 *
 * The same seed and sizes always give the same records; only times are relative to the start
 * time (fixed by --start-time for fully repeatable data).
 */
class DataGenerator
{
public:
    DataGenerator(const SandboxConfig &config, DataStore &store);

    void generate(qint64 nowMs);

    /** @brief Builds a valid UPC-A (12 digits) from 11 digits. */
    static QString upcWithCheckDigit(const QString &elevenDigits);
    /** @brief Builds a valid EAN-13 from 12 digits. */
    static QString eanWithCheckDigit(const QString &twelveDigits);

private:
    void generateShops(qint64 nowMs);
    void generatePeople(qint64 nowMs);
    void generateItems(qint64 nowMs);
    void generateItem(qint64 nowMs);
    void generateSales(qint64 nowMs);
    void generateOneSale(qint64 when, bool open, qint64 nowMs);
    bool generateReturn(qint64 when);

    QString digits(int count);
    qint64 between(qint64 low, qint64 high);
    bool chance(double share);
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(list.size()))));
    }

    const SandboxConfig &m_config;
    DataStore &m_store;
    QRandomGenerator m_random;
    QList<qint64> m_sellableItems;
    QList<qint64> m_soldItems;
};

} // namespace posbridge::sandbox
