#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace posbridge {

/** @brief Broad class of a failure, used by callers to decide what to do next. */
enum class ErrorCode
{
    InvalidInput,
    NotFound,
    Conflict,
    Database,
    DatabaseInUse,
    DatabaseTooNew,
    KeychainUnavailable,
    KeychainDenied,
    Keychain,
    Network,
    Timeout,
    Http,
    RateLimited,
    Unauthorized,
    AuthorizationExpired,
    Forbidden,
    Cancelled,
    Internal,
};

/**
 * @brief A failure with a translated message for the admin and a technical detail for logs.
 *
 * The detail never contains a secret: code that builds one from a request or a response
 * leaves out tokens, passwords and bodies.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    int httpStatus = 0;

    /** @brief Returns "message (detail)" for log lines, or the message alone when there is no detail. */
    [[nodiscard]] QString toLogString() const;
};

/** @brief Either a value of type T or an Error, for calls that can fail. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

private:
    std::variant<T, Error> m_data;
};

/** @brief Success or an Error, for calls that can fail and return nothing. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using VoidResult = Result<void>;

/** @brief Builds an Error; the message is already translated by the caller. */
Error makeError(ErrorCode code, const QString &message, const QString &detail = {}, int httpStatus = 0);

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::Error)
