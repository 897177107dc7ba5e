#include "sandbox/sandboxconfig.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

BucketModel BucketModel::current()
{
    return BucketModel{};
}

BucketModel BucketModel::legacy()
{
    BucketModel model;
    model.size = 60;
    model.dripRate = 1;
    model.perRegisterSize = 0;
    model.perRegisterDrip = 0;
    model.readCost = 1;
    model.writeCost = 10;
    model.countCost = 1;
    model.toOneRelationCost = 0;
    model.toManyRelationCost = 0;
    model.nestedEntityCost = 0;
    model.saleWriteCost = 10;
    model.saleCompleteExtraCost = 0;
    model.doubleRelationsOnLists = false;
    return model;
}

namespace {

struct OptionSpec
{
    QString name;
    QString valueName;
    QString description;
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs{
        {u"port"_s, u"port"_s, u"TCP port to listen on; 0 picks a free one and prints it. Default 0."_s},
        {u"bind"_s, u"address"_s,
         u"Address to listen on. Default 127.0.0.1; other addresses need --allow-non-loopback."_s},
        {u"seed"_s, u"number"_s, u"Seed of the demo data, the live shop and the fault draws. Default 42."_s},
        {u"shops"_s, u"count"_s, u"Shops in the account. Default 2."_s},
        {u"employees"_s, u"count"_s, u"Employees in the account. Default 8."_s},
        {u"customers"_s, u"count"_s, u"Customers in the account. Default 200."_s},
        {u"items"_s, u"count"_s, u"Items in the catalogue. Default 1000."_s},
        {u"days"_s, u"days"_s, u"Days of sales history before the start time. Default 30."_s},
        {u"sales-per-day"_s, u"count"_s, u"Sales per day of history, over all shops. Default 80."_s},
        {u"return-share"_s, u"fraction"_s, u"Share of history sales that are returns, 0 to 1. Default 0.05."_s},
        {u"void-share"_s, u"fraction"_s, u"Share of history sales voided after completion, 0 to 1. Default 0.02."_s},
        {u"no-customer-share"_s, u"fraction"_s, u"Share of sales without a customer, 0 to 1. Default 0.3."_s},
        {u"open-sales"_s, u"count"_s, u"Sales left open (not completed) at the end of the history. Default 3."_s},
        {u"start-time"_s, u"iso-time"_s, u"Sandbox clock at start, ISO 8601 (2026-03-01T09:00:00Z). Default: now."_s},
        {u"registers"_s, u"count"_s,
         u"Registers of the account; each one past the first adds 10 drips of size and 0.5 drip/s. Default 1."_s},
        {u"bucket-model"_s, u"name"_s,
         u"current (90 drips, 1 drip/s, 2026 costs) or legacy (60, 1/s, GET 1, writes 10)."_s},
        {u"bucket-size"_s, u"drips"_s, u"Bucket size for one register. Default 90 (legacy 60)."_s},
        {u"drip-rate"_s, u"drips/s"_s, u"Drain rate for one register, per sandbox second. Default 1."_s},
        {u"read-cost"_s, u"drips"_s, u"Base cost of a GET. Default 1."_s},
        {u"write-cost"_s, u"drips"_s, u"Base cost of a POST, PUT or DELETE. Default 1 (legacy 10)."_s},
        {u"count-cost"_s, u"drips"_s, u"Cost of a read with count=1. Default 10."_s},
        {u"relation-cost"_s, u"one,many"_s,
         u"Extra cost per to-one and to-many relation in load_relations. Default 0.1,0.2."_s},
        {u"nested-cost"_s, u"drips"_s, u"Extra cost per nested entity in a POST or PUT body. Default 0.5."_s},
        {u"burst-limit"_s, u"requests"_s,
         u"Requests per real second per bucket before api-burst-limiter 429s. Default 30."_s},
        {u"time-scale"_s, u"factor"_s, u"Run the sandbox clock this many times faster than real time. Default 1."_s},
        {u"fault"_s, u"rule"_s, u"Inject faults, e.g. 'sale.list:latency=300,error=0.2,status=503'. Repeatable."_s},
        {u"live-rate"_s, u"sales/min"_s, u"Live shop sales per sandbox minute. Default 6."_s},
        {u"live-return-share"_s, u"fraction"_s, u"Share of live-shop tickets that are returns. Default 0.1."_s},
        {u"live-late-share"_s, u"fraction"_s, u"Share of live sales that commit late. Default 0.1."_s},
        {u"live-late-minutes"_s, u"minutes"_s,
         u"How far a late sale's completeTime lies in the past, sandbox minutes. Default 10."_s},
        {u"live-void-share"_s, u"fraction"_s, u"Share of live-shop events that void a recent sale. Default 0.05."_s},
        {u"account-id"_s, u"id"_s, u"Lightspeed account ID. Default 190231."_s},
        {u"client-id"_s, u"id"_s, u"Client ID of the registered OAuth client. Default posbridge-demo."_s},
        {u"client-secret"_s, u"secret"_s,
         u"Client secret of the registered OAuth client. Default posbridge-demo-secret-6f1c2a."_s},
        {u"redirect-uri"_s, u"uri"_s, u"Registered redirect URI. Default https://localhost/posbridge/callback."_s},
        {u"extra-client"_s, u"id:secret:uri"_s, u"Register another OAuth client on the same account. Repeatable."_s},
        {u"login-email"_s, u"email"_s, u"E-mail accepted on the login page. Default demo@posbridge.test."_s},
        {u"login-password"_s, u"password"_s, u"Password accepted on the login page. Default sandbox-demo."_s},
        {u"code-lifetime"_s, u"seconds"_s, u"Authorization code lifetime, real seconds. Default 60."_s},
        {u"token-lifetime"_s, u"seconds"_s, u"Access token lifetime, sandbox seconds. Default 3600."_s},
    };
    return specs;
}

bool parseNumber(const QString &text, double minimum, double maximum, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    *out = value;
    return true;
}

class OptionReader
{
public:
    OptionReader(const QCommandLineParser &parser, QString *error)
        : m_parser(parser)
        , m_error(error)
    {
    }

    template<typename T>
    void read(const QString &name, double minimum, double maximum, T *target)
    {
        if (!m_parser.isSet(name) || !m_error->isEmpty())
            return;
        double value = 0;
        if (!parseNumber(m_parser.value(name), minimum, maximum, &value)) {
            *m_error = QStringLiteral("Invalid value '%1' for --%2: expected a number from %3 to %4.")
                           .arg(m_parser.value(name), name)
                           .arg(minimum)
                           .arg(maximum);
            return;
        }
        *target = static_cast<T>(value);
    }

    void readText(const QString &name, QString *target)
    {
        if (m_parser.isSet(name))
            *target = m_parser.value(name);
    }

private:
    const QCommandLineParser &m_parser;
    QString *m_error;
};

QString readBucketOptions(const QCommandLineParser &parser, SandboxConfig &config)
{
    if (parser.isSet(u"bucket-model"_s)) {
        const QString model = parser.value(u"bucket-model"_s);
        if (model == u"legacy")
            config.bucket = BucketModel::legacy();
        else if (model != u"current")
            return QStringLiteral("Invalid value '%1' for --bucket-model: expected current or legacy.").arg(model);
    }
    QString error;
    OptionReader reader(parser, &error);
    reader.read(u"bucket-size"_s, 1, 1e6, &config.bucket.size);
    reader.read(u"drip-rate"_s, 0.001, 1e6, &config.bucket.dripRate);
    reader.read(u"read-cost"_s, 0, 1e6, &config.bucket.readCost);
    reader.read(u"write-cost"_s, 0, 1e6, &config.bucket.writeCost);
    reader.read(u"count-cost"_s, 0, 1e6, &config.bucket.countCost);
    reader.read(u"nested-cost"_s, 0, 1e6, &config.bucket.nestedEntityCost);
    reader.read(u"burst-limit"_s, 1, 1e6, &config.bucket.burstLimit);
    if (error.isEmpty() && parser.isSet(u"relation-cost"_s)) {
        const QStringList parts = parser.value(u"relation-cost"_s).split(u',');
        if (parts.size() != 2 || !parseNumber(parts[0], 0, 1e6, &config.bucket.toOneRelationCost) ||
            !parseNumber(parts[1], 0, 1e6, &config.bucket.toManyRelationCost)) {
            error = QStringLiteral("Invalid value for --relation-cost: expected two numbers such as 0.1,0.2.");
        }
    }
    return error;
}

QString readDataOptions(const QCommandLineParser &parser, SandboxConfig &config)
{
    QString error;
    OptionReader reader(parser, &error);
    reader.read(u"port"_s, 0, 65535, &config.port);
    reader.read(u"seed"_s, 0, 9.0e15, &config.seed);
    reader.read(u"shops"_s, 1, 50, &config.shops);
    reader.read(u"employees"_s, 1, 1000, &config.employees);
    reader.read(u"customers"_s, 0, 100000, &config.customers);
    reader.read(u"items"_s, 1, 200000, &config.items);
    reader.read(u"days"_s, 0, 3650, &config.days);
    reader.read(u"sales-per-day"_s, 0, 100000, &config.salesPerDay);
    reader.read(u"return-share"_s, 0, 1, &config.returnShare);
    reader.read(u"void-share"_s, 0, 1, &config.voidShare);
    reader.read(u"no-customer-share"_s, 0, 1, &config.noCustomerShare);
    reader.read(u"open-sales"_s, 0, 10000, &config.openSales);
    reader.read(u"registers"_s, 1, 100, &config.registers);
    reader.read(u"time-scale"_s, 0.001, 100000, &config.timeScale);
    reader.read(u"live-rate"_s, 0.001, 100000, &config.liveSalesPerMinute);
    reader.read(u"live-return-share"_s, 0, 1, &config.liveReturnShare);
    reader.read(u"live-late-share"_s, 0, 1, &config.liveLateShare);
    reader.read(u"live-late-minutes"_s, 0, 100000, &config.liveLateMinutes);
    reader.read(u"live-void-share"_s, 0, 1, &config.liveVoidShare);
    double codeSeconds = config.codeLifetimeMs / 1000.0;
    reader.read(u"code-lifetime"_s, 0.1, 86400, &codeSeconds);
    config.codeLifetimeMs = static_cast<int>(codeSeconds * 1000);
    reader.read(u"token-lifetime"_s, 1, 1e7, &config.accessTokenLifetimeSec);
    if (error.isEmpty() && parser.isSet(u"start-time"_s)) {
        const QDateTime start = QDateTime::fromString(parser.value(u"start-time"_s), Qt::ISODate);
        if (!start.isValid())
            return QStringLiteral("Invalid value for --start-time: expected ISO 8601 such as 2026-03-01T09:00:00Z.");
        config.startTimeMs = start.toMSecsSinceEpoch();
    }
    return error;
}

QString readIdentityOptions(const QCommandLineParser &parser, SandboxConfig &config)
{
    QString error;
    OptionReader reader(parser, &error);
    reader.readText(u"account-id"_s, &config.accountId);
    reader.readText(u"client-id"_s, &config.client.clientId);
    reader.readText(u"client-secret"_s, &config.client.clientSecret);
    reader.readText(u"redirect-uri"_s, &config.client.redirectUri);
    reader.readText(u"login-email"_s, &config.loginEmail);
    reader.readText(u"login-password"_s, &config.loginPassword);
    bool digits = false;
    config.accountId.toULongLong(&digits);
    if (!digits)
        return QStringLiteral("Invalid value '%1' for --account-id: expected digits.").arg(config.accountId);
    if (!QUrl(config.client.redirectUri, QUrl::StrictMode).isValid())
        return QStringLiteral("Invalid value '%1' for --redirect-uri: expected a URL.").arg(config.client.redirectUri);
    for (const QString &spec : parser.values(u"extra-client"_s)) {
        const auto client = parseClientRegistration(spec, &error);
        if (!client)
            return error;
        config.extraClients.append(*client);
    }
    for (const QString &spec : parser.values(u"fault"_s)) {
        const auto rule = parseFaultRule(spec, &error);
        if (!rule)
            return error;
        config.faults.append(*rule);
    }
    return error;
}

QString readNetworkOptions(const QCommandLineParser &parser, SandboxConfig &config)
{
    config.allowNonLoopback = parser.isSet(u"allow-non-loopback"_s);
    config.liveShop = parser.isSet(u"live-shop"_s);
    if (!parser.isSet(u"bind"_s))
        return {};
    const QString text = parser.value(u"bind"_s);
    QHostAddress address;
    if (text == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(text))
        return QStringLiteral("Invalid value '%1' for --bind: expected an IP address such as 127.0.0.1.").arg(text);
    if (!address.isLoopback() && !config.allowNonLoopback) {
        return QStringLiteral("Refusing to listen on %1: the sandbox accepts demo credentials and has no security. "
                              "Use a loopback address, or add --allow-non-loopback if you really mean it.")
            .arg(text);
    }
    config.bindAddress = address;
    return {};
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A loopback stand-in for the Lightspeed Retail (R-Series) cloud: OAuth pages, token endpoint "
                       "and API V3 with seeded demo data, rate limits and injectable faults."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    for (const OptionSpec &spec : optionSpecs())
        parser.addOption(QCommandLineOption(spec.name, spec.description, spec.valueName));
    parser.addOption(QCommandLineOption(u"live-shop"_s, u"Ring up new sales, returns and voids while running."_s));
    parser.addOption(QCommandLineOption(
        u"allow-non-loopback"_s, u"Allow --bind to a non-loopback address (never do this on a shared network)."_s));

    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = parser.errorText() + u'\n';
        return result;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        result.exitNow = true;
        result.output = parser.isSet(help)
                            ? parser.helpText()
                            : QStringLiteral("posbridge-sandbox %1\n").arg(QStringLiteral(POSBRIDGE_VERSION));
        return result;
    }

    QString error = readBucketOptions(parser, result.config);
    if (error.isEmpty())
        error = readDataOptions(parser, result.config);
    if (error.isEmpty())
        error = readIdentityOptions(parser, result.config);
    if (error.isEmpty())
        error = readNetworkOptions(parser, result.config);
    if (!error.isEmpty()) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = error + u'\n';
    }
    return result;
}

std::optional<FaultRule> parseFaultRule(const QString &spec, QString *error)
{
    const qsizetype colon = spec.lastIndexOf(u':');
    FaultRule rule;
    rule.target = spec.left(colon).trimmed();
    if (colon <= 0 || rule.target.isEmpty()) {
        *error = QStringLiteral("Invalid fault rule '%1': expected target:kind=value,... such as "
                                "sale.list:error=0.5,status=503.")
                     .arg(spec);
        return std::nullopt;
    }
    const QStringList settings = spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    for (const QString &setting : settings) {
        const QString key = setting.section(u'=', 0, 0).trimmed();
        const QString value = setting.section(u'=', 1).trimmed();
        double number = 0;
        const bool isShare = key != u"latency" && key != u"status" && key != u"count";
        const bool valid = parseNumber(value, 0, isShare ? 1 : 3.6e6, &number);
        if (!valid) {
            *error = QStringLiteral("Invalid value '%1' for '%2' in fault rule '%3'.").arg(value, key, spec);
            return std::nullopt;
        }
        if (key == u"latency")
            rule.latencyMs = static_cast<int>(number);
        else if (key == u"error")
            rule.errorShare = number;
        else if (key == u"status")
            rule.errorStatuses = {static_cast<int>(number)};
        else if (key == u"drop")
            rule.dropShare = number;
        else if (key == u"drop-after")
            rule.dropAfterShare = number;
        else if (key == u"malformed")
            rule.malformedShare = number;
        else if (key == u"unauthorized")
            rule.unauthorizedShare = number;
        else if (key == u"count")
            rule.count = static_cast<int>(number);
        else {
            *error = QStringLiteral("Unknown fault kind '%1' in '%2': expected latency, error, status, drop, "
                                    "drop-after, malformed, unauthorized or count.")
                         .arg(key, spec);
            return std::nullopt;
        }
    }
    return rule;
}

std::optional<ClientRegistration> parseClientRegistration(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
        *error = QStringLiteral("Invalid client '%1': expected clientId:secret:redirectUri.").arg(spec);
        return std::nullopt;
    }
    return ClientRegistration{parts[0], parts[1], parts.mid(2).join(u':')};
}

} // namespace posbridge::sandbox
