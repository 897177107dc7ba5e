#include "lightspeed/tokenmanager.h"

#include "lightspeed/jwtclaims.h"
#include "lightspeed/logging.h"
#include "lightspeed/tokenendpoint.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QRandomGenerator>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(TokenManager)
};

Error expiredError()
{
    return makeError(ErrorCode::AuthorizationExpired, Messages::tr("Authorization expired — use Fetch Token"),
                     QStringLiteral("Lightspeed answered invalid_grant to an earlier refresh"));
}

Error notConnectedError()
{
    return makeError(
        ErrorCode::Unauthorized,
        Messages::tr("This company is not connected to Lightspeed. Use Actions › Fetch Token to connect it."),
        QStringLiteral("no tokens stored"));
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, Messages::tr("The request to Lightspeed was cancelled."),
                     QStringLiteral("cancelled while waiting for a token refresh"));
}

template<typename T>
T resultOf(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

TokenManager::TokenManager(TokenManagerConfig config, SecretStore &store, std::shared_ptr<RefreshGate> gate,
                           const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_gate(std::move(gate))
    , m_clock(clock)
{
    qRegisterMetaType<posbridge::TokenManager::State>();
    qRegisterMetaType<posbridge::Error>();
}

TokenManager::~TokenManager() = default;

VoidResult TokenManager::load(const QDateTime &receivedAt)
{
    const RefreshGate::Locker gateLock(*m_gate, CancellationToken());
    const Result<IntegrationSecrets> secrets = resultOf(m_store.readCompany(m_config.databaseUuid, m_config.companyId));
    if (!secrets)
        return secrets.error();

    TokenSet tokens;
    tokens.accessToken = secrets->accessToken;
    tokens.refreshToken = secrets->refreshToken;
    tokens.receivedAt = receivedAt;
    tokens.expiresAt = TokenSet::expiryOf(tokens.accessToken, 0, m_clock.nowUtc());

    State state = tokens.isEmpty() ? State::NotConnected : State::Connected;
    {
        const QMutexLocker locker(&m_mutex);
        m_clientSecret = secrets->clientSecret;
        // Reading back the tokens that were refused keeps the company paused until Fetch Token.
        if (m_state == State::AuthorizationExpired && tokens.refreshToken == m_tokens.refreshToken)
            state = State::AuthorizationExpired;
        m_tokens = tokens;
        m_unsaved.reset();
        m_lastError = {};
        ++m_refreshGeneration;
    }
    qCInfo(lcLightspeed) << "Loaded the tokens of company" << m_config.companyId << "state" << state;
    setState(state);
    return {};
}

void TokenManager::setClientSecret(const QString &clientSecret)
{
    const QMutexLocker locker(&m_mutex);
    m_clientSecret = clientSecret;
}

Result<QString> TokenManager::accessToken(const CancellationToken &cancel)
{
    QString observed;
    {
        const QMutexLocker locker(&m_mutex);
        if (const auto error = failFastError())
            return *error;
        if (!m_unsaved && isFresh(m_tokens))
            return m_tokens.accessToken;
        if (!m_unsaved && isUnexpired(m_tokens) && m_clock.monotonicMs() < m_nextEarlyRefreshMs)
            return m_tokens.accessToken;
        observed = m_tokens.accessToken;
    }
    return refresh(observed, Reason::Expiring, cancel);
}

Result<QString> TokenManager::tokenRejected(const QString &rejectedToken, const CancellationToken &cancel)
{
    {
        const QMutexLocker locker(&m_mutex);
        if (const auto error = failFastError())
            return *error;
        if (m_tokens.accessToken != rejectedToken)
            return m_tokens.accessToken;
    }
    qCInfo(lcLightspeed) << "Lightspeed rejected the access token of company" << m_config.companyId;
    return refresh(rejectedToken, Reason::Rejected, cancel);
}

Result<QString> TokenManager::refresh(const QString &observedToken, Reason reason, const CancellationToken &cancel)
{
    quint64 generation = 0;
    {
        const QMutexLocker locker(&m_mutex);
        generation = m_refreshGeneration;
    }
    const RefreshGate::Locker gateLock(*m_gate, cancel);
    if (!gateLock.isLocked())
        return cancelledError();

    std::optional<TokenSet> unsaved;
    {
        const QMutexLocker locker(&m_mutex);
        if (const auto error = failFastError())
            return *error;
        if (m_tokens.accessToken != observedToken)
            return m_tokens.accessToken;
        if (reason == Reason::Expiring && !m_unsaved && isFresh(m_tokens))
            return m_tokens.accessToken;
        // A refresh ended while this caller waited without replacing the token: share its outcome
        // rather than spend another request, unless that caller merely gave up.
        if (m_refreshGeneration != generation && !m_unsaved && m_lastError.code != ErrorCode::Cancelled) {
            if (reason == Reason::Expiring && isUnexpired(m_tokens))
                return m_tokens.accessToken;
            if (!m_lastError.message.isEmpty())
                return m_lastError;
        }
        unsaved = m_unsaved;
    }

    if (unsaved)
        return storeAndPublish(*unsaved);
    return requestNewTokens(reason, cancel);
}

Result<QString> TokenManager::requestNewTokens(Reason reason, const CancellationToken &cancel)
{
    QString refreshToken;
    {
        const QMutexLocker locker(&m_mutex);
        refreshToken = m_tokens.refreshToken;
    }
    const TokenEndpoint tokenEndpoint = endpoint();
    const int attempts = qMax(1, m_config.maxRefreshAttempts);
    setState(State::Refreshing);

    Error failure = cancelledError();
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (!m_gate->waitForSlot(cancel))
            break;
        m_gate->recordRequest();
        qCInfo(lcLightspeed) << "Refreshing the access token of company" << m_config.companyId << "attempt" << attempt
                             << "of" << attempts;
        const Result<TokenSet> tokens = tokenEndpoint.refresh(refreshToken, cancel);
        if (tokens.ok())
            return storeAndPublish(*tokens);

        failure = tokens.error();
        if (failure.code == ErrorCode::AuthorizationExpired) {
            markExpired(failure);
            return failure;
        }
        if (failure.code == ErrorCode::Cancelled || !TokenEndpoint::isTransient(failure))
            break;

        const qint64 delayMs = retryDelayMs(attempt);
        qCWarning(lcLightspeed).noquote() << "Token refresh of company" << m_config.companyId
                                          << "failed:" << failure.detail << "- keeping the old tokens";
        if (reason == Reason::Expiring) {
            const QString stillValid = postponeEarlyRefresh(failure, delayMs);
            if (!stillValid.isEmpty()) {
                setState(State::RefreshFailing);
                return stillValid;
            }
        }
        if (attempt == attempts)
            break;
        setState(State::RefreshFailing);
        if (cancel.waitFor(delayMs)) {
            failure = cancelledError();
            break;
        }
    }
    return finishFailedRefresh(failure);
}

QString TokenManager::postponeEarlyRefresh(const Error &failure, qint64 delayMs)
{
    const QMutexLocker locker(&m_mutex);
    if (!isUnexpired(m_tokens))
        return {};
    // The current token still works, so the caller goes on with it and a later call retries.
    m_nextEarlyRefreshMs = m_clock.monotonicMs() + delayMs;
    ++m_refreshGeneration;
    m_lastError = failure;
    return m_tokens.accessToken;
}

Result<QString> TokenManager::finishFailedRefresh(const Error &failure)
{
    const bool cancelled = failure.code == ErrorCode::Cancelled;
    {
        const QMutexLocker locker(&m_mutex);
        ++m_refreshGeneration;
        m_lastError = failure;
    }
    setState(cancelled ? State::Connected : State::RefreshFailing);
    if (!cancelled) {
        qCWarning(lcLightspeed).noquote()
            << "Giving up the token refresh of company" << m_config.companyId << "for now:" << failure.detail;
        Q_EMIT refreshFailed(failure);
    }
    return failure;
}

Result<QString> TokenManager::storeAndPublish(const TokenSet &tokens)
{
    const VoidResult written = writeTokens(tokens);
    if (!written) {
        {
            const QMutexLocker locker(&m_mutex);
            m_unsaved = tokens;
            ++m_refreshGeneration;
            m_lastError = written.error();
        }
        qCWarning(lcLightspeed).noquote() << "Could not store the refreshed tokens of company" << m_config.companyId
                                          << "- they stay unused in memory:" << written.error().detail;
        setState(State::RefreshFailing);
        Q_EMIT refreshFailed(written.error());
        return written.error();
    }

    {
        const QMutexLocker locker(&m_mutex);
        m_tokens = tokens;
        m_unsaved.reset();
        ++m_refreshGeneration;
        m_lastError = {};
        m_nextEarlyRefreshMs = 0;
    }
    qCInfo(lcLightspeed) << "Stored new tokens of company" << m_config.companyId;
    setState(State::Connected);
    Q_EMIT tokensUpdated(tokens.receivedAt);
    return tokens.accessToken;
}

VoidResult TokenManager::installTokens(const TokenSet &tokens, const CancellationToken &cancel)
{
    if (tokens.isEmpty())
        return makeError(ErrorCode::InvalidInput, Messages::tr("Lightspeed sent no tokens. Fetch Token again."),
                         QStringLiteral("installTokens called with an empty token set"));

    const RefreshGate::Locker gateLock(*m_gate, cancel);
    if (!gateLock.isLocked())
        return cancelledError();

    TokenSet installed = tokens;
    if (!installed.receivedAt.isValid())
        installed.receivedAt = m_clock.nowUtc();
    if (!installed.expiresAt.isValid())
        installed.expiresAt = TokenSet::expiryOf(installed.accessToken, 0, installed.receivedAt);

    const VoidResult written = writeTokens(installed);
    if (!written)
        return written.error();
    {
        const QMutexLocker locker(&m_mutex);
        m_tokens = installed;
        m_unsaved.reset();
        ++m_refreshGeneration;
        m_lastError = {};
        m_nextEarlyRefreshMs = 0;
    }
    qCInfo(lcLightspeed) << "Installed new tokens for company" << m_config.companyId;
    setState(State::Connected);
    Q_EMIT tokensUpdated(installed.receivedAt);
    return {};
}

VoidResult TokenManager::revokeAndClear(const CancellationToken &cancel)
{
    const RefreshGate::Locker gateLock(*m_gate, cancel);
    if (!gateLock.isLocked())
        return cancelledError();

    QString refreshToken;
    {
        const QMutexLocker locker(&m_mutex);
        refreshToken = m_unsaved ? m_unsaved->refreshToken : m_tokens.refreshToken;
    }
    // NOTE: only the newest refresh token is revoked. An older one left in the keychain by a failed
    // write stays valid until the newest access token is first used.
    if (!refreshToken.isEmpty()) {
        const VoidResult revoked = endpoint().revoke(refreshToken, cancel);
        if (!revoked && revoked.error().code != ErrorCode::AuthorizationExpired) {
            const Error &error = revoked.error();
            return makeError(
                error.code,
                Messages::tr("Lightspeed could not revoke the authorization: %1 The tokens are still stored. Try "
                             "again, or clear them on this computer only.")
                    .arg(error.message),
                error.detail, error.httpStatus);
        }
        qCInfo(lcLightspeed) << "Revoked the refresh token of company" << m_config.companyId;
    }
    return clearStoredTokens();
}

VoidResult TokenManager::clearTokens(const CancellationToken &cancel)
{
    const RefreshGate::Locker gateLock(*m_gate, cancel);
    if (!gateLock.isLocked())
        return cancelledError();
    return clearStoredTokens();
}

VoidResult TokenManager::clearStoredTokens()
{
    const VoidResult removed = writeTokens(std::nullopt);
    if (!removed)
        return removed;
    {
        const QMutexLocker locker(&m_mutex);
        m_tokens = {};
        m_unsaved.reset();
        ++m_refreshGeneration;
        m_lastError = {};
    }
    qCInfo(lcLightspeed) << "Cleared the tokens of company" << m_config.companyId;
    setState(State::NotConnected);
    Q_EMIT tokensCleared();
    return {};
}

VoidResult TokenManager::writeTokens(const std::optional<TokenSet> &tokens)
{
    const QString &uuid = m_config.databaseUuid;
    const qint64 company = m_config.companyId;
    QList<SecretChange> changes{
        {{uuid, company, SecretKind::RefreshToken}, std::nullopt},
        {{uuid, company, SecretKind::AccessToken}, std::nullopt},
    };
    if (tokens) {
        changes[0].value = tokens->refreshToken;
        changes[1].value = tokens->accessToken;
    }
    return resultOf(m_store.apply(changes));
}

std::optional<Error> TokenManager::failFastError() const
{
    if (m_state == State::AuthorizationExpired)
        return expiredError();
    if (m_tokens.isEmpty() && !m_unsaved)
        return notConnectedError();
    return std::nullopt;
}

bool TokenManager::isFresh(const TokenSet &tokens) const
{
    return !tokens.expiresAt.isValid() || m_clock.nowUtc().addMSecs(m_config.refreshMarginMs) < tokens.expiresAt;
}

bool TokenManager::isUnexpired(const TokenSet &tokens) const
{
    return !tokens.expiresAt.isValid() || m_clock.nowUtc() < tokens.expiresAt;
}

qint64 TokenManager::retryDelayMs(int attempt) const
{
    const qint64 base = qMin(m_config.maxRetryDelayMs, m_config.firstRetryDelayMs << qMin(attempt - 1, 20));
    // Equal jitter: half the delay is fixed, the other half random, so retries of several
    // companies spread out while each still waits at least half the base.
    const qint64 half = qMax<qint64>(base / 2, 1);
    return half + qint64(QRandomGenerator::global()->bounded(quint32(half) + 1));
}

void TokenManager::setState(State state)
{
    {
        const QMutexLocker locker(&m_mutex);
        if (m_state == state)
            return;
        m_state = state;
    }
    Q_EMIT stateChanged(state);
}

void TokenManager::markExpired(const Error &error)
{
    {
        const QMutexLocker locker(&m_mutex);
        ++m_refreshGeneration;
        m_lastError = expiredError();
        m_lastError.detail = error.detail;
        m_state = State::AuthorizationExpired;
    }
    qCWarning(lcLightspeed).noquote() << "Authorization of company" << m_config.companyId << "expired:" << error.detail;
    Q_EMIT stateChanged(State::AuthorizationExpired);
    Q_EMIT authorizationExpired();
}

TokenEndpoint TokenManager::endpoint() const
{
    TokenEndpointConfig config;
    config.tokenUrl = m_config.tokenUrl;
    config.revokeUrl = m_config.revokeUrl;
    config.clientId = m_config.clientId;
    config.timeoutMs = m_config.requestTimeoutMs;
    {
        const QMutexLocker locker(&m_mutex);
        config.clientSecret = m_clientSecret;
    }
    return TokenEndpoint(config, m_clock);
}

TokenManager::State TokenManager::state() const
{
    const QMutexLocker locker(&m_mutex);
    return m_state;
}

QString TokenManager::stateText() const
{
    return textFor(state());
}

QString TokenManager::textFor(State state)
{
    switch (state) {
    case State::NotConnected:
        return Messages::tr("Not connected — use Fetch Token");
    case State::Connected:
        return Messages::tr("Connected");
    case State::Refreshing:
        return Messages::tr("Refreshing the access token…");
    case State::RefreshFailing:
        return Messages::tr("Cannot refresh the access token; retrying");
    case State::AuthorizationExpired:
        return Messages::tr("Authorization expired — use Fetch Token");
    }
    return {};
}

Error TokenManager::lastError() const
{
    const QMutexLocker locker(&m_mutex);
    return m_lastError;
}

QDateTime TokenManager::receivedAt() const
{
    const QMutexLocker locker(&m_mutex);
    return m_tokens.receivedAt;
}

QDateTime TokenManager::expiresAt() const
{
    const QMutexLocker locker(&m_mutex);
    return m_tokens.expiresAt;
}

QString TokenManager::accountId() const
{
    QString token;
    {
        const QMutexLocker locker(&m_mutex);
        token = m_tokens.accessToken;
    }
    const Result<JwtClaims> claims = JwtClaims::decode(token);
    return claims.ok() ? claims->accountId : QString();
}

} // namespace posbridge
