#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace posbridge {

/**
 * @brief An exact decimal number for money and quantities.
 *
 * The value is a 64-bit count of units of 10^-SCALE, so sums and comparisons are exact.
 * Lightspeed sends amounts with up to seven decimals ("11.4860025"); eight leave room for one
 * more while keeping a range of about ±92 billion. Digits past the eighth are rounded half
 * to even when parsing.
 */
class Decimal
{
public:
    static constexpr int SCALE = 8;
    static constexpr qint64 ONE = 100'000'000;

    constexpr Decimal() = default;

    /** @brief Builds the decimal whose value is units × 10^-SCALE. */
    static constexpr Decimal fromUnits(qint64 units)
    {
        Decimal d;
        d.m_units = units;
        return d;
    }
    static constexpr Decimal fromInt(qint64 value) { return fromUnits(value * ONE); }

    /**
     * @brief Parses plain decimal notation such as "12", "-3.5", "+0.25" or "11.4860025", without exponents.
     *
     * Accepts a '.' decimal point only (API data and CSV files in the C locale); returns
     * nothing for empty text, other characters or a value outside the range.
     */
    static std::optional<Decimal> parse(QStringView text);

    /** @brief Like parse(), but also accepts ',' as the decimal point, for spreadsheets in locales that use it. */
    static std::optional<Decimal> parseLenient(QStringView text);

    [[nodiscard]] constexpr qint64 units() const { return m_units; }
    [[nodiscard]] constexpr bool isZero() const { return m_units == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_units < 0; }
    [[nodiscard]] constexpr bool isInteger() const { return m_units % ONE == 0; }

    /** @brief Integer part, rounded toward zero. */
    [[nodiscard]] constexpr qint64 truncated() const { return m_units / ONE; }
    /** @brief Largest integer not greater than the value. */
    [[nodiscard]] qint64 floor() const;

    /** @brief Shortest plain text ("12", "-3.5", "11.4860025"): what the API and CSV files expect. */
    [[nodiscard]] QString toString() const;
    /** @brief Text with exactly the given number of decimals, rounded half away from zero. */
    [[nodiscard]] QString toString(int decimals) const;
    /** @brief A double for charts and display only, never for arithmetic. */
    [[nodiscard]] double toDouble() const;

    constexpr Decimal operator-() const { return fromUnits(-m_units); }
    constexpr Decimal operator+(Decimal other) const { return fromUnits(m_units + other.m_units); }
    constexpr Decimal operator-(Decimal other) const { return fromUnits(m_units - other.m_units); }
    constexpr Decimal &operator+=(Decimal other)
    {
        m_units += other.m_units;
        return *this;
    }
    constexpr Decimal &operator-=(Decimal other)
    {
        m_units -= other.m_units;
        return *this;
    }
    /** @brief Product rounded half to even to SCALE decimals. */
    [[nodiscard]] Decimal multipliedBy(Decimal other) const;

    constexpr auto operator<=>(const Decimal &) const = default;
    constexpr bool operator==(const Decimal &) const = default;

    static constexpr Decimal max(Decimal a, Decimal b) { return a < b ? b : a; }
    static constexpr Decimal min(Decimal a, Decimal b) { return a < b ? a : b; }

private:
    qint64 m_units = 0;
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::Decimal)
