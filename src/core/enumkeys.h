#pragma once

#include <QString>

#include <optional>

namespace posbridge {

/** @brief One row of a table that maps an enum value to the stable text stored in the database. */
template<typename Enum>
struct EnumKey
{
    Enum value;
    const char16_t *key;
};

/** @brief Returns the text of value in table, or an empty string when the table lacks it. */
template<typename Enum, std::size_t N>
QString enumKey(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.key);
    }
    return {};
}

/** @brief Returns the enum value whose text is key, or nothing for unknown text. */
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const EnumKey<Enum> (&table)[N], QStringView key)
{
    for (const auto &entry : table) {
        if (key == QStringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace posbridge
