#include "core/decimal.h"

#include <algorithm>
#include <limits>

namespace posbridge {

namespace {

// GCC and Clang extension; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

// Rounds value / divisor half to even; divisor is positive.
Int128 divideRoundHalfEven(Int128 value, Int128 divisor)
{
    Int128 quotient = value / divisor;
    Int128 remainder = value % divisor;
    if (remainder == 0)
        return quotient;
    const bool negative = value < 0;
    const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
    const bool roundAway = twice > divisor || (twice == divisor && (quotient % 2 != 0));
    if (roundAway)
        quotient += negative ? -1 : 1;
    return quotient;
}

bool fitsInInt64(Int128 value)
{
    return value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max();
}

std::optional<Decimal> parseWithPoint(QStringView text, bool allowComma)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool negative = false;
    qsizetype pos = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++pos;
    }

    Int128 integerPart = 0;
    Int128 fraction = 0;        // the first SCALE + 1 fraction digits
    int fractionDigits = 0;     // digits stored in fraction
    bool stickyNonZero = false; // any non-zero digit beyond SCALE + 1
    bool seenDigit = false;
    bool seenPoint = false;

    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (c == u'.' || (allowComma && c == u',')) {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (!seenPoint) {
            integerPart = integerPart * 10 + digit;
            if (integerPart > std::numeric_limits<qint64>::max())
                return std::nullopt;
        } else if (fractionDigits < Decimal::SCALE + 1) {
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else if (digit != 0) {
            stickyNonZero = true;
        }
    }
    if (!seenDigit)
        return std::nullopt;

    // Scale the kept fraction to SCALE + 1 digits, then round the last one away.
    while (fractionDigits < Decimal::SCALE + 1) {
        fraction *= 10;
        ++fractionDigits;
    }
    Int128 scaledFraction = fraction / 10;
    const int guardDigit = static_cast<int>(fraction % 10);
    const bool roundUp = guardDigit > 5 || (guardDigit == 5 && (stickyNonZero || scaledFraction % 2 != 0));
    if (roundUp)
        ++scaledFraction;

    Int128 units = integerPart * Decimal::ONE + scaledFraction;
    if (negative)
        units = -units;
    if (!fitsInInt64(units))
        return std::nullopt;
    return Decimal::fromUnits(static_cast<qint64>(units));
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    return parseWithPoint(text, false);
}

std::optional<Decimal> Decimal::parseLenient(QStringView text)
{
    return parseWithPoint(text, true);
}

qint64 Decimal::floor() const
{
    qint64 whole = m_units / ONE;
    if (m_units < 0 && m_units % ONE != 0)
        --whole;
    return whole;
}

QString Decimal::toString() const
{
    const bool negative = m_units < 0;
    const unsigned long long magnitude =
        negative ? 0ULL - static_cast<unsigned long long>(m_units) : static_cast<unsigned long long>(m_units);
    const unsigned long long whole = magnitude / ONE;
    unsigned long long fraction = magnitude % ONE;

    QString text = QString::number(whole);
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(SCALE, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    if (negative)
        text.prepend(u'-');
    return text;
}

QString Decimal::toString(int decimals) const
{
    decimals = std::clamp(decimals, 0, SCALE);
    Int128 divisor = 1;
    for (int i = decimals; i < SCALE; ++i)
        divisor *= 10;
    // Half away from zero, as people expect on printed amounts.
    Int128 magnitude = m_units < 0 ? -static_cast<Int128>(m_units) : m_units;
    Int128 rounded = (magnitude + divisor / 2) / divisor;
    Int128 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;

    QString text = QString::number(static_cast<qulonglong>(rounded / scale));
    if (decimals > 0)
        text += u'.' + QString::number(static_cast<qulonglong>(rounded % scale)).rightJustified(decimals, u'0');
    if (m_units < 0 && rounded != 0)
        text.prepend(u'-');
    return text;
}

double Decimal::toDouble() const
{
    return static_cast<double>(m_units) / static_cast<double>(ONE);
}

Decimal Decimal::multipliedBy(Decimal other) const
{
    const Int128 product = static_cast<Int128>(m_units) * other.m_units;
    const Int128 units = divideRoundHalfEven(product, ONE);
    if (!fitsInInt64(units))
        return fromUnits(units < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max());
    return fromUnits(static_cast<qint64>(units));
}

} // namespace posbridge
