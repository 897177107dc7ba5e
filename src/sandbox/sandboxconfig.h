#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace posbridge::sandbox {

/** @brief An OAuth client that the sandbox accepts (client ID, secret and registered redirect URI). */
struct ClientRegistration
{
    QString clientId;
    QString clientSecret;
    QString redirectUri;
};

/** @brief Size and costs of the leaky bucket that limits API requests per (account, client). */
struct BucketModel
{
    double size = 90;             ///< drips the bucket holds before requests get 429
    double dripRate = 1;          ///< drips drained per sandbox second
    double perRegisterSize = 10;  ///< extra size per register beyond the first
    double perRegisterDrip = 0.5; ///< extra drips per second per register beyond the first
    double readCost = 1;          ///< base cost of a GET
    double writeCost = 1;         ///< base cost of a POST, PUT or DELETE
    double countCost = 10;        ///< cost of a read with count=1
    double toOneRelationCost = 0.1;
    double toManyRelationCost = 0.2;
    double nestedEntityCost = 0.5; ///< per nested entity in a POST or PUT body
    double saleWriteCost = 2;
    double saleCompleteExtraCost = 3;
    bool doubleRelationsOnLists = true;
    // NOTE: Lightspeed does not publish its burst limit; 30 requests per second is a guess.
    int burstLimit = 30; ///< requests per real second before api-burst-limiter 429s

    /** @brief The 2026 model (size 90, 1 drip/s, relation and nested-entity costs). */
    static BucketModel current();
    /** @brief The model older libraries hard-code: size 60, 1 drip/s, GET 1, writes 10. */
    static BucketModel legacy();
};

/** @brief Fault settings for one endpoint, matched by route name or path prefix. */
struct FaultRule
{
    QString target;        ///< route name ("sale.list"), its prefix ("sale"), a path prefix ("/API/") or "*"
    int latencyMs = 0;     ///< delay before the response, in real milliseconds
    double errorShare = 0; ///< share of requests answered with one of errorStatuses
    QList<int> errorStatuses{500, 502, 503, 504};
    double dropShare = 0;         ///< share of connections closed before the request is processed
    double dropAfterShare = 0;    ///< share processed, then closed without a response
    double malformedShare = 0;    ///< share answered with a truncated body
    double unauthorizedShare = 0; ///< share answered with 401 although the token is valid
    int count = 0;                ///< faults this rule may still inject; 0 means no limit
};

/** @brief Everything the command line sets. */
struct SandboxConfig
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    bool allowNonLoopback = false;
    quint16 port = 0;
    quint64 seed = 42;

    int shops = 2;
    int employees = 8;
    int customers = 200;
    int items = 1000;
    int days = 30;
    int salesPerDay = 80;
    int registers = 1; ///< registers the account pays for; sizes the bucket (the data has one per shop)
    double returnShare = 0.05;
    double voidShare = 0.02;
    double noCustomerShare = 0.3;
    int openSales = 3;
    std::optional<qint64> startTimeMs; ///< sandbox clock start, UTC milliseconds; now when unset

    BucketModel bucket = BucketModel::current();
    double timeScale = 1;

    QList<FaultRule> faults;

    bool liveShop = false;
    double liveSalesPerMinute = 6; ///< per sandbox minute
    double liveReturnShare = 0.1;
    double liveLateShare = 0.1;
    int liveLateMinutes = 10; ///< sandbox minutes a late sale's completeTime lies in the past
    double liveVoidShare = 0.05;

    QString accountId = QStringLiteral("190231");
    QString accountName = QStringLiteral("POS Bridge Demo Store");
    ClientRegistration client{QStringLiteral("posbridge-demo"), QStringLiteral("posbridge-demo-secret-6f1c2a"),
                              QStringLiteral("https://localhost/posbridge/callback")};
    QList<ClientRegistration> extraClients;
    QString loginEmail = QStringLiteral("demo@posbridge.test");
    QString loginPassword = QStringLiteral("sandbox-demo");

    int codeLifetimeMs = 60'000;       ///< real milliseconds
    int accessTokenLifetimeSec = 3600; ///< sandbox seconds
    int refreshTokenLifetimeDays = 30; ///< sandbox days, counted from issue while unused
    int refreshRetriesPerMinute = 5;   ///< refreshes with one refresh token per sandbox minute
};

/** @brief Parsed command line: a configuration, or an exit code with text for stdout or stderr. */
struct ParsedCommandLine
{
    SandboxConfig config;
    bool exitNow = false;
    int exitCode = 0;
    QString output;
};

/** @brief Parses the command line of posbridge-sandbox; --help and --version set exitNow. */
ParsedCommandLine parseCommandLine(const QStringList &arguments);

/** @brief Parses a fault rule of the form "target:latency=300,error=0.2,status=503,drop=0.1,count=5". */
std::optional<FaultRule> parseFaultRule(const QString &spec, QString *error);

/** @brief Parses "clientId:secret:redirectUri" (the URI may contain colons). */
std::optional<ClientRegistration> parseClientRegistration(const QString &spec, QString *error);

} // namespace posbridge::sandbox
