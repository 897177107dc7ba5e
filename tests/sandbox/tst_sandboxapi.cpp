#include "sandboxtestutil.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

using IdList = QList<qint64>;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paginationWalkSeesEachOnce();
    void paginationPreviousReturnsPage();
    void filterOperators_data();
    void filterOperators();
    void filterRejects_data();
    void filterRejects();
    void sortOrders_data();
    void sortOrders();
    void limitIsClamped_data();
    void limitIsClamped();
    void listResultShapes();
    void nestedRelationShapes();
    void everyScalarIsString();
    void timesUseUtcOffset();
    void countOnlyReturnsCount();
    void archivedModes();
    void scopesAreEnforced_data();
    void scopesAreEnforced();
    void invalidWritesGet422_data();
    void invalidWritesGet422();
    void itemCreateUpdateDelete();
    void stockChangesKeepItemTimeStamp();
    void voidMovesUpdatetime();
    void returnLinesPointToParent();
    void historyHasSaleVariety();
    void accountAndRouteErrors();

private:
    IdList walkIds(const QString &resource, QUrlQuery query, const QString &idField);
    IdList itemsWhere(const std::function<bool(const QJsonObject &)> &predicate) const;
    QJsonObject firstItem(const std::function<bool(const QJsonObject &)> &predicate) const;
    QJsonObject getJson(const QString &resource, const QUrlQuery &query = {});

    SandboxProcess m_sandbox{{u"--items"_s, u"300"_s, u"--days"_s, u"20"_s, u"--sales-per-day"_s, u"150"_s,
                              u"--customers"_s, u"50"_s, u"--bucket-size"_s, u"1000000"_s, u"--burst-limit"_s,
                              u"100000"_s}};
    HttpClient m_http;
    QString m_token;
    QJsonArray m_items;
    QJsonArray m_sales;
};

static qint64 idOf(const QJsonValue &record, const QString &field)
{
    return record.toObject().value(field).toString().toLongLong();
}

static QDateTime timeOf(const QJsonObject &record, const QString &field)
{
    return QDateTime::fromString(record.value(field).toString(), Qt::ISODate);
}

void TestSandboxApi::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_token = tokensFor(m_sandbox, m_http, {u"employee:all"_s}).accessToken;
    QVERIFY(!m_token.isEmpty());
    m_items = walkAll(m_http, apiUrl(m_sandbox, u"Item.json"_s, QUrlQuery(u"archived=true"_s)), u"Item"_s, m_token);
    QCOMPARE(m_items.size(), 300);
    m_sales = walkAll(m_http, apiUrl(m_sandbox, u"Sale.json"_s, QUrlQuery(u"archived=true"_s)), u"Sale"_s, m_token);
    QCOMPARE(m_sales.size(), 3000);
}

QJsonObject TestSandboxApi::getJson(const QString &resource, const QUrlQuery &query)
{
    return m_http.get(apiUrl(m_sandbox, resource, query), m_token).json();
}

IdList TestSandboxApi::walkIds(const QString &resource, QUrlQuery query, const QString &idField)
{
    const QString entity = resource.section(u'.', 0, 0);
    IdList ids;
    for (const QJsonValue &record : walkAll(m_http, apiUrl(m_sandbox, resource, query), entity, m_token))
        ids.append(idOf(record, idField));
    std::sort(ids.begin(), ids.end());
    return ids;
}

IdList TestSandboxApi::itemsWhere(const std::function<bool(const QJsonObject &)> &predicate) const
{
    IdList ids;
    for (const QJsonValue &item : m_items) {
        if (predicate(item.toObject()))
            ids.append(idOf(item, u"itemID"_s));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonObject TestSandboxApi::firstItem(const std::function<bool(const QJsonObject &)> &predicate) const
{
    for (const QJsonValue &item : m_items) {
        if (predicate(item.toObject()))
            return item.toObject();
    }
    return {};
}

void TestSandboxApi::paginationWalkSeesEachOnce()
{
    const int total = getJson(u"Sale.json"_s, QUrlQuery(u"count=1"_s))
                          .value(u"@attributes"_s)
                          .toObject()
                          .value(u"count"_s)
                          .toString()
                          .toInt();
    QVERIFY(total > 2000);

    QUrl url = apiUrl(m_sandbox, u"Sale.json"_s, QUrlQuery(u"sort=saleID"_s));
    QList<qint64> seen;
    int page = 0;
    while (!url.isEmpty()) {
        const HttpResult result = m_http.get(url, m_token);
        QCOMPARE(result.status, 200);
        for (const QJsonValue &sale : records(result.json(), u"Sale"_s))
            seen.append(idOf(sale, u"saleID"_s));
        // Change records while walking: a new sale, and a void that moves an early sale's updatetime.
        if (++page % 5 == 0) {
            m_sandbox.control("POST", u"/sandbox/sales"_s,
                              QJsonObject{{u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, 3}, {u"quantity"_s, 1}}}}});
            m_sandbox.control("POST", u"/sandbox/sales/%1/void"_s.arg(page));
        }
        url = QUrl(result.json().value(u"@attributes"_s).toObject().value(u"next"_s).toString());
    }
    const QSet<qint64> unique(seen.cbegin(), seen.cend());
    QCOMPARE(unique.size(), seen.size());
    for (const QJsonValue &sale : m_sales) {
        const QJsonObject object = sale.toObject();
        if (object.value(u"archived"_s).toString() == u"false")
            QVERIFY2(unique.contains(idOf(sale, u"saleID"_s)), qPrintable(object.value(u"saleID"_s).toString()));
    }
    QVERIFY(seen.size() >= total);
}

void TestSandboxApi::paginationPreviousReturnsPage()
{
    const QJsonObject first = getJson(u"Sale.json"_s, QUrlQuery(u"limit=20"_s));
    const QJsonObject attributes = first.value(u"@attributes"_s).toObject();
    QCOMPARE(attributes.value(u"previous"_s).toString(), QString());
    const QUrl next(attributes.value(u"next"_s).toString());
    QVERIFY(next.isValid());
    QCOMPARE(next.host(), m_sandbox.baseUrl().host());
    QVERIFY(next.query().contains(u"after="_s));

    const QJsonObject second = m_http.get(next, m_token).json();
    QCOMPARE(records(second, u"Sale"_s).size(), 20);
    QVERIFY(idOf(records(second, u"Sale"_s).first(), u"saleID"_s) >
            idOf(records(first, u"Sale"_s).last(), u"saleID"_s));
    const QUrl previous(second.value(u"@attributes"_s).toObject().value(u"previous"_s).toString());
    QCOMPARE(m_http.get(previous, m_token).json().value(u"Sale"_s), first.value(u"Sale"_s));

    const QJsonObject shops = getJson(u"Shop.json"_s);
    QCOMPARE(shops.value(u"@attributes"_s).toObject().value(u"next"_s).toString(), QString());
    QCOMPARE(shops.value(u"@attributes"_s).toObject().value(u"previous"_s).toString(), QString());
}

void TestSandboxApi::filterOperators_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<IdList>("expected");
    auto id = [](const QJsonObject &item) { return item.value(u"itemID"_s).toString().toLongLong(); };

    QTest::newRow("equal with operator") << u"itemID"_s << u"=,5"_s << IdList{5};
    const QString sku = firstItem([](const QJsonObject &i) { return !i.value(u"customSku"_s).toString().isEmpty(); })
                            .value(u"customSku"_s)
                            .toString();
    QTest::newRow("bare value equality") << u"customSku"_s << sku << itemsWhere([&](const QJsonObject &i) {
        return i.value(u"customSku"_s).toString() == sku;
    });
    QTest::newRow("not equal") << u"itemID"_s << u"!=,5"_s
                               << itemsWhere([&](const QJsonObject &i) { return id(i) != 5; });
    QTest::newRow("greater than") << u"itemID"_s << u">,290"_s
                                  << itemsWhere([&](const QJsonObject &i) { return id(i) > 290; });
    QTest::newRow("greater or equal") << u"itemID"_s << u">=,290"_s
                                      << itemsWhere([&](const QJsonObject &i) { return id(i) >= 290; });
    QTest::newRow("less than") << u"itemID"_s << u"<,5"_s << IdList{1, 2, 3, 4};
    QTest::newRow("less or equal") << u"itemID"_s << u"<=,5"_s << IdList{1, 2, 3, 4, 5};
    QTest::newRow("between inclusive") << u"itemID"_s << u"><,10,14"_s << IdList{10, 11, 12, 13, 14};
    QTest::newRow("in list") << u"itemID"_s << u"IN,[3,7,11]"_s << IdList{3, 7, 11};
    QTest::newRow("like with wildcards") << u"description"_s << u"~,%mug%"_s << itemsWhere([](const QJsonObject &i) {
        return i.value(u"description"_s).toString().contains(u"Mug"_s, Qt::CaseInsensitive);
    });
    QTest::newRow("not like") << u"description"_s << u"!~,%Mug%"_s << itemsWhere([](const QJsonObject &i) {
        return !i.value(u"description"_s).toString().contains(u"Mug"_s, Qt::CaseInsensitive);
    });
    QTest::newRow("decimal comparison") << u"defaultCost"_s << u">,50"_s << itemsWhere([](const QJsonObject &i) {
        return i.value(u"defaultCost"_s).toString().toDouble() > 50;
    });

    const QDateTime pivot = timeOf(m_items.at(9).toObject(), u"timeStamp"_s);
    const QString offsetText = pivot.toOffsetFromUtc(-4 * 3600).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"-0400"_s;
    QTest::newRow("time with offset") << u"timeStamp"_s << u">=,"_s + offsetText
                                      << itemsWhere(
                                             [&](const QJsonObject &i) { return timeOf(i, u"timeStamp"_s) >= pivot; });

    const QString upc = firstItem([](const QJsonObject &i) { return !i.value(u"upc"_s).toString().isEmpty(); })
                            .value(u"upc"_s)
                            .toString();
    QTest::newRow("item code as upc") << u"itemCode"_s << upc << itemsWhere([&](const QJsonObject &i) {
        return i.value(u"upc"_s).toString() == upc || i.value(u"ean"_s).toString() == upc;
    });
    QTest::newRow("item code as id") << u"itemCode"_s << u"7"_s << IdList{7};
    QTest::newRow("or of two terms") << u"or"_s << u"itemID=3|itemID=>=,299"_s << IdList{3, 299, 300};
}

void TestSandboxApi::filterOperators()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(IdList, expected);
    QUrlQuery query;
    query.addQueryItem(u"archived"_s, u"true"_s);
    query.addQueryItem(field, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(walkIds(u"Item.json"_s, query, u"itemID"_s), expected);
}

void TestSandboxApi::filterRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QStringList many;
    for (int i = 1; i <= 101; ++i)
        many.append(QString::number(i));
    QTest::newRow("in with 101 values") << u"itemID"_s << u"IN,["_s + many.join(u',') + u']';
    QTest::newRow("unknown field") << u"colour"_s << u"=,red"_s;
    QTest::newRow("text for a number") << u"itemID"_s << u">,abc"_s;
    QTest::newRow("between with one value") << u"itemID"_s << u"><,5"_s;
}

void TestSandboxApi::filterRejects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QUrlQuery query;
    query.addQueryItem(field, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    const HttpResult result = m_http.get(apiUrl(m_sandbox, u"Item.json"_s, query), m_token);
    QCOMPARE(result.status, 400);
    QVERIFY(!result.json().value(u"message"_s).toString().isEmpty());
}

void TestSandboxApi::sortOrders_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("field");
    QTest::newRow("sales by saleID descending") << u"Sale.json"_s << u"-saleID"_s << u"saleID"_s;
    QTest::newRow("sales by completeTime") << u"Sale.json"_s << u"completeTime"_s << u"completeTime"_s;
    QTest::newRow("sales by updatetime descending") << u"Sale.json"_s << u"-updatetime"_s << u"updatetime"_s;
    QTest::newRow("items by description") << u"Item.json"_s << u"description"_s << u"description"_s;
    QTest::newRow("items by timeStamp") << u"Item.json"_s << u"timeStamp"_s << u"timeStamp"_s;
    QTest::newRow("item shops by timeStamp") << u"ItemShop.json"_s << u"-timeStamp"_s << u"timeStamp"_s;
}

void TestSandboxApi::sortOrders()
{
    QFETCH(QString, resource);
    QFETCH(QString, sort);
    QFETCH(QString, field);
    const QString entity = resource.section(u'.', 0, 0);
    const QJsonObject first = getJson(resource, QUrlQuery(u"sort="_s + sort));
    const QUrl next(first.value(u"@attributes"_s).toObject().value(u"next"_s).toString());
    QJsonArray rows = records(first, entity);
    for (const QJsonValue &row : records(m_http.get(next, m_token).json(), entity))
        rows.append(row);
    QCOMPARE(rows.size(), 200);
    const bool descending = sort.startsWith(u'-');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString a = rows.at(i - 1).toObject().value(field).toString();
        const QString b = rows.at(i).toObject().value(field).toString();
        int order = 0;
        if (field.endsWith(u"ID"_s))
            order = a.toLongLong() < b.toLongLong() ? -1 : (a.toLongLong() > b.toLongLong() ? 1 : 0);
        else
            order = a.compare(b, Qt::CaseInsensitive);
        QVERIFY2(descending ? order >= 0 : order <= 0, qPrintable(a + u" then "_s + b));
    }
}

void TestSandboxApi::limitIsClamped_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("default is 100") << QString() << 100;
    QTest::newRow("above maximum") << u"500"_s << 100;
    QTest::newRow("small limit") << u"7"_s << 7;
}

void TestSandboxApi::limitIsClamped()
{
    QFETCH(QString, limit);
    QFETCH(int, expected);
    const QJsonObject body = getJson(u"Sale.json"_s, QUrlQuery(limit.isEmpty() ? QString() : u"limit="_s + limit));
    QCOMPARE(records(body, u"Sale"_s).size(), expected);
}

void TestSandboxApi::listResultShapes()
{
    const QJsonObject one = getJson(u"Item.json"_s, QUrlQuery(u"itemID=5&archived=true"_s));
    QVERIFY(one.value(u"Item"_s).isObject());
    QCOMPARE(one.value(u"Item"_s).toObject().value(u"itemID"_s).toString(), u"5"_s);
    QVERIFY(one.value(u"Item"_s).toObject().value(u"Prices"_s).toObject().value(u"ItemPrice"_s).isArray());

    const QJsonObject two = getJson(u"Item.json"_s, QUrlQuery(u"itemID=IN,[5,6]&archived=true"_s));
    QVERIFY(two.value(u"Item"_s).isArray());

    const QJsonObject none = getJson(u"Item.json"_s, QUrlQuery(u"itemID=99999"_s));
    QVERIFY(!none.contains(u"Item"_s));
    QCOMPARE(none.value(u"@attributes"_s).toObject().value(u"next"_s).toString(), QString());

    const QJsonObject single = getJson(u"Sale/1.json"_s);
    QVERIFY(single.value(u"Sale"_s).isObject());
}

void TestSandboxApi::nestedRelationShapes()
{
    const QUrlQuery relations(u"load_relations="_s +
                              QString::fromLatin1(QUrl::toPercentEncoding(
                                  u"[\"SaleLines\",\"SaleLines.Item\",\"SalePayments\",\"Customer\"]"_s)));
    const QJsonArray sales = records(getJson(u"Sale.json"_s, relations), u"Sale"_s);
    bool sawSingleLine = false;
    bool sawManyLines = false;
    for (const QJsonValue &value : sales) {
        const QJsonObject sale = value.toObject();
        const QJsonValue lines = sale.value(u"SaleLines"_s).toObject().value(u"SaleLine"_s);
        sawSingleLine = sawSingleLine || lines.isObject();
        sawManyLines = sawManyLines || lines.isArray();
        if (lines.isObject())
            QVERIFY(lines.toObject().value(u"Item"_s).isObject());
        if (sale.value(u"customerID"_s).toString() == u"0")
            QVERIFY(!sale.contains(u"Customer"_s));
        else
            QCOMPARE(sale.value(u"Customer"_s).toObject().value(u"customerID"_s), sale.value(u"customerID"_s));
    }
    QVERIFY(sawSingleLine);
    QVERIFY(sawManyLines);

    const QJsonObject open =
        getJson(u"Sale.json"_s, QUrlQuery(u"completed=false&load_relations=%5B%22SalePayments%22%5D"_s));
    const QJsonArray openSales = records(open, u"Sale"_s);
    QVERIFY(!openSales.isEmpty());
    QCOMPARE(openSales.first().toObject().value(u"SalePayments"_s), QJsonValue(u""_s));
}

static void checkScalarsAreStrings(const QJsonValue &value, const QString &path, int *checked)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            checkScalarsAreStrings(it.value(), path + u'.' + it.key(), checked);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            checkScalarsAreStrings(element, path + u"[]"_s, checked);
    } else {
        QVERIFY2(value.isString(), qPrintable(path));
        ++*checked;
    }
}

void TestSandboxApi::everyScalarIsString()
{
    int checked = 0;
    checkScalarsAreStrings(getJson(u"Sale.json"_s, QUrlQuery(u"load_relations=all&limit=50"_s)), u"Sale"_s, &checked);
    checkScalarsAreStrings(getJson(u"Item.json"_s, QUrlQuery(u"load_relations=%5B%22ItemShops%22%5D"_s)), u"Item"_s,
                           &checked);
    checkScalarsAreStrings(getJson(u"ItemShop.json"_s), u"ItemShop"_s, &checked);
    checkScalarsAreStrings(getJson(u"Shop.json"_s), u"Shop"_s, &checked);
    checkScalarsAreStrings(getJson(u"Employee.json"_s), u"Employee"_s, &checked);
    QVERIFY(checked > 1000);
}

void TestSandboxApi::timesUseUtcOffset()
{
    int checked = 0;
    for (const QJsonValue &sale : m_sales) {
        for (const QString &field : {u"createTime"_s, u"updatetime"_s, u"completeTime"_s, u"timeStamp"_s}) {
            const QString text = sale.toObject().value(field).toString();
            if (text.isEmpty())
                continue;
            QVERIFY2(text.endsWith(u"+00:00"_s) && text.size() == 25, qPrintable(text));
            ++checked;
        }
    }
    QVERIFY(checked > 3000);
}

void TestSandboxApi::countOnlyReturnsCount()
{
    const HttpResult result =
        m_http.get(apiUrl(m_sandbox, u"Sale.json"_s, QUrlQuery(u"count=1&completed=false"_s)), m_token);
    QCOMPARE(result.status, 200);
    const QJsonObject attributes = result.json().value(u"@attributes"_s).toObject();
    const qint64 open = std::count_if(m_sales.cbegin(), m_sales.cend(), [](const QJsonValue &s) {
        return s.toObject().value(u"completed"_s).toString() == u"false";
    });
    QVERIFY(attributes.value(u"count"_s).isString());
    QCOMPARE(attributes.value(u"count"_s).toString().toLongLong(), open);
    QVERIFY(!result.json().contains(u"Sale"_s));
    QCOMPARE(result.header("X-LS-Api-Request-Cost"), QByteArray("10"));
}

void TestSandboxApi::archivedModes()
{
    auto count = [this](const QString &archived) {
        return getJson(u"Item.json"_s, QUrlQuery(u"count=1&archived="_s + archived))
            .value(u"@attributes"_s)
            .toObject()
            .value(u"count"_s)
            .toString()
            .toInt();
    };
    const int active = count(u"false"_s);
    const int all = count(u"true"_s);
    const int only = count(u"only"_s);
    QVERIFY(only > 0);
    QCOMPARE(active + only, all);
    QCOMPARE(getJson(u"Item.json"_s, QUrlQuery(u"count=1"_s))
                 .value(u"@attributes"_s)
                 .toObject()
                 .value(u"count"_s)
                 .toString()
                 .toInt(),
             active);
}

void TestSandboxApi::scopesAreEnforced_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("status");
    QTest::newRow("register read reads sales")
        << u"employee:register_read"_s << QByteArray("GET") << u"Sale.json"_s << 200;
    QTest::newRow("register read reads shops")
        << u"employee:register_read"_s << QByteArray("GET") << u"Shop.json"_s << 200;
    QTest::newRow("register read cannot read items")
        << u"employee:register_read"_s << QByteArray("GET") << u"Item.json"_s << 403;
    QTest::newRow("inventory read reads stock")
        << u"employee:inventory_read"_s << QByteArray("GET") << u"ItemShop.json"_s << 200;
    QTest::newRow("inventory read cannot write")
        << u"employee:inventory_read"_s << QByteArray("PUT") << u"Item/8.json"_s << 403;
    QTest::newRow("inventory cannot read sales")
        << u"employee:inventory"_s << QByteArray("GET") << u"Sale.json"_s << 403;
    QTest::newRow("inventory writes items") << u"employee:inventory"_s << QByteArray("PUT") << u"Item/8.json"_s << 200;
    QTest::newRow("inventory reads employees")
        << u"employee:inventory"_s << QByteArray("GET") << u"Employee.json"_s << 200;
    QTest::newRow("customers read cannot read shops")
        << u"employee:customers_read"_s << QByteArray("GET") << u"Shop.json"_s << 403;
    QTest::newRow("all reads sales") << u"employee:all"_s << QByteArray("GET") << u"Sale.json"_s << 200;
}

void TestSandboxApi::scopesAreEnforced()
{
    QFETCH(QString, scope);
    QFETCH(QByteArray, method);
    QFETCH(QString, resource);
    QFETCH(int, status);
    const QString token = tokensFor(m_sandbox, m_http, {scope}).accessToken;
    const HttpResult result = method == "GET" ? m_http.get(apiUrl(m_sandbox, resource), token)
                                              : m_http.sendJson(method, apiUrl(m_sandbox, resource),
                                                                QJsonObject{{u"reorderPoint"_s, u"1"_s}}, token);
    QCOMPARE(result.status, status);
    QVERIFY(!result.header("X-LS-Api-Bucket-Level").isEmpty());
    QCOMPARE(result.header("X-LS-Acct-Id"), m_sandbox.accountId().toLatin1());
}

void TestSandboxApi::invalidWritesGet422_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("create without description")
        << QByteArray("POST") << u"Item.json"_s << QByteArray(R"({"customSku":"X-1"})") << u"description"_s;
    QTest::newRow("negative quantity") << QByteArray("PUT") << u"Item/9.json"_s
                                       << QByteArray(R"({"ItemShops":{"ItemShop":{"shopID":"1","qoh":"-1"}}})")
                                       << u"negative"_s;
    QTest::newRow("unknown shop") << QByteArray("PUT") << u"Item/9.json"_s
                                  << QByteArray(R"({"ItemShops":{"ItemShop":{"shopID":"99","qoh":"1"}}})")
                                  << u"Shop 99"_s;
    QTest::newRow("letters in upc") << QByteArray("PUT") << u"Item/9.json"_s << QByteArray(R"({"upc":"12AB"})")
                                    << u"upc"_s;
    QTest::newRow("unknown price type") << QByteArray("PUT") << u"Item/9.json"_s
                                        << QByteArray(
                                               R"({"Prices":{"ItemPrice":{"amount":"1","useType":"Wholesale"}}})")
                                        << u"useType"_s;
    QTest::newRow("empty description") << QByteArray("PUT") << u"Item/9.json"_s << QByteArray(R"({"description":""})")
                                       << u"description"_s;
}

void TestSandboxApi::invalidWritesGet422()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, resource);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const QJsonObject before = getJson(u"Item/9.json"_s, QUrlQuery(u"load_relations=%5B%22ItemShops%22%5D"_s));
    const HttpResult result =
        m_http.sendJson(method, apiUrl(m_sandbox, resource), QJsonDocument::fromJson(body).object(), m_token);
    QCOMPARE(result.status, 422);
    QVERIFY2(result.json().value(u"message"_s).toString().contains(message), result.body.constData());
    QCOMPARE(getJson(u"Item/9.json"_s, QUrlQuery(u"load_relations=%5B%22ItemShops%22%5D"_s)), before);
}

void TestSandboxApi::itemCreateUpdateDelete()
{
    const QJsonObject created = m_http
                                    .sendJson("POST", apiUrl(m_sandbox, u"Item.json"_s),
                                              QJsonDocument::fromJson(R"({
        "description": "Sandbox Test Kettle", "customSku": "KET-1", "upc": "012345678905", "defaultCost": "12.5",
        "Prices": {"ItemPrice": [{"amount": "29.99", "useType": "Default"}, {"amount": "34.99", "useType": "MSRP"}]},
        "ItemShops": {"ItemShop": {"shopID": "1", "qoh": "4"}}})")
                                                  .object(),
                                              m_token)
                                    .json()
                                    .value(u"Item"_s)
                                    .toObject();
    const QString itemID = created.value(u"itemID"_s).toString();
    QVERIFY(!itemID.isEmpty());
    QVERIFY(!created.value(u"systemSku"_s).toString().isEmpty());
    QCOMPARE(created.value(u"defaultCost"_s).toString(), u"12.5"_s);
    const QJsonArray rows = records(created.value(u"ItemShops"_s).toObject(), u"ItemShop"_s);
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &row : rows) {
        const QString shopID = row.toObject().value(u"shopID"_s).toString();
        QCOMPARE(row.toObject().value(u"qoh"_s).toString(), shopID == u"2" ? u"0"_s : u"4"_s);
    }

    const QString resource = u"Item/%1.json"_s.arg(itemID);
    QCOMPARE(
        m_http.sendJson("PUT", apiUrl(m_sandbox, resource), QJsonObject{{u"defaultCost"_s, u"13"_s}}, m_token).status,
        200);
    QJsonObject item = getJson(resource).value(u"Item"_s).toObject();
    QCOMPARE(item.value(u"defaultCost"_s).toString(), u"13"_s);
    QCOMPARE(item.value(u"description"_s).toString(), u"Sandbox Test Kettle"_s);
    QCOMPARE(item.value(u"customSku"_s).toString(), u"KET-1"_s);

    QCOMPARE(m_http.sendJson("PUT", apiUrl(m_sandbox, resource), QJsonObject{{u"customSku"_s, u""_s}}, m_token).status,
             200);
    item = getJson(resource).value(u"Item"_s).toObject();
    QCOMPARE(item.value(u"customSku"_s).toString(), QString());
    QCOMPARE(item.value(u"upc"_s).toString(), u"012345678905"_s);

    const HttpResult deleted =
        m_http.send("DELETE", apiUrl(m_sandbox, resource), {}, {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(deleted.status, 200);
    item = getJson(resource, QUrlQuery(u"load_relations=%5B%22ItemShops%22%5D"_s)).value(u"Item"_s).toObject();
    QCOMPARE(item.value(u"archived"_s).toString(), u"true"_s);
    for (const QJsonValue &row : records(item.value(u"ItemShops"_s).toObject(), u"ItemShop"_s))
        QCOMPARE(row.toObject().value(u"qoh"_s).toString(), u"0"_s);
    QVERIFY(!getJson(u"Item.json"_s, QUrlQuery(u"itemID="_s + itemID)).contains(u"Item"_s));
    QVERIFY(getJson(u"Item.json"_s, QUrlQuery(u"archived=only&itemID="_s + itemID)).contains(u"Item"_s));
}

void TestSandboxApi::stockChangesKeepItemTimeStamp()
{
    const QJsonObject item =
        firstItem([](const QJsonObject &i) { return i.value(u"archived"_s).toString() == u"false"; });
    const QString itemID = item.value(u"itemID"_s).toString();
    auto rowsOf = [&] {
        QHash<QString, QJsonObject> rows;
        for (const QJsonValue &row :
             records(getJson(u"ItemShop.json"_s, QUrlQuery(u"itemID="_s + itemID)), u"ItemShop"_s))
            rows.insert(row.toObject().value(u"shopID"_s).toString(), row.toObject());
        return rows;
    };
    const QHash<QString, QJsonObject> before = rowsOf();
    QCOMPARE(before.size(), 3);
    QVERIFY(before.contains(u"0"_s));
    QTest::qWait(1100); // API times have whole seconds

    const QJsonObject put{
        {u"ItemShops"_s, QJsonObject{{u"ItemShop"_s, QJsonObject{{u"shopID"_s, u"1"_s}, {u"qoh"_s, u"40"_s}}}}}};
    QCOMPARE(m_http.sendJson("PUT", apiUrl(m_sandbox, u"Item/%1.json"_s.arg(itemID)), put, m_token).status, 200);
    m_sandbox.control(
        "POST", u"/sandbox/sales"_s,
        QJsonObject{{u"shopID"_s, 1},
                    {u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, itemID.toInt()}, {u"quantity"_s, 3}}}}});

    const QHash<QString, QJsonObject> after = rowsOf();
    QCOMPARE(after.value(u"1"_s).value(u"qoh"_s).toString(), u"37"_s);
    QVERIFY(timeOf(after.value(u"1"_s), u"timeStamp"_s) > timeOf(before.value(u"1"_s), u"timeStamp"_s));
    QCOMPARE(after.value(u"0"_s).value(u"qoh"_s).toString().toInt(),
             37 + after.value(u"2"_s).value(u"qoh"_s).toString().toInt());
    QVERIFY(timeOf(after.value(u"0"_s), u"timeStamp"_s) > timeOf(before.value(u"0"_s), u"timeStamp"_s));
    QCOMPARE(after.value(u"2"_s), before.value(u"2"_s));
    QCOMPARE(getJson(u"Item/%1.json"_s.arg(itemID)).value(u"Item"_s).toObject().value(u"timeStamp"_s),
             item.value(u"timeStamp"_s));
}

void TestSandboxApi::voidMovesUpdatetime()
{
    const QJsonObject sale = [this] {
        for (const QJsonValue &s : m_sales) {
            const QJsonObject o = s.toObject();
            if (o.value(u"completed"_s).toString() == u"true" && o.value(u"voided"_s).toString() == u"false" &&
                o.value(u"saleID"_s).toString().toInt() > 1000)
                return o;
        }
        return QJsonObject{};
    }();
    const QString saleID = sale.value(u"saleID"_s).toString();
    QVERIFY(!saleID.isEmpty());
    const QJsonObject voided = m_sandbox.control("POST", u"/sandbox/sales/%1/void"_s.arg(saleID)).object();
    QCOMPARE(voided.value(u"Sale"_s).toObject().value(u"voided"_s).toString(), u"true"_s);
    const QJsonObject after = getJson(u"Sale/%1.json"_s.arg(saleID)).value(u"Sale"_s).toObject();
    QCOMPARE(after.value(u"voided"_s).toString(), u"true"_s);
    QVERIFY(timeOf(after, u"updatetime"_s) > timeOf(sale, u"updatetime"_s));
    QCOMPARE(after.value(u"completeTime"_s), sale.value(u"completeTime"_s));

    const QJsonObject moved =
        getJson(u"Sale.json"_s,
                QUrlQuery(u"updatetime=%3E%3D,"_s +
                          QString::fromLatin1(QUrl::toPercentEncoding(after.value(u"updatetime"_s).toString())) +
                          u"&saleID="_s + saleID));
    QVERIFY(moved.value(u"Sale"_s).isObject());
}

void TestSandboxApi::returnLinesPointToParent()
{
    const QJsonObject sold =
        m_sandbox
            .control("POST", u"/sandbox/sales"_s,
                     QJsonObject{{u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, 12}, {u"quantity"_s, 2}}}}})
            .object();
    const QString soldLineID = sold.value(u"Sale"_s)
                                   .toObject()
                                   .value(u"SaleLines"_s)
                                   .toObject()
                                   .value(u"SaleLine"_s)
                                   .toObject()
                                   .value(u"saleLineID"_s)
                                   .toString();
    const QJsonObject returned =
        m_sandbox
            .control("POST", u"/sandbox/returns"_s,
                     QJsonObject{{u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, 12}, {u"quantity"_s, 1}}}}})
            .object();
    const QString returnID = returned.value(u"saleID"_s).toVariant().toString();
    const QJsonObject sale =
        getJson(u"Sale/%1.json"_s.arg(returnID), QUrlQuery(u"load_relations=%5B%22SaleLines%22%5D"_s))
            .value(u"Sale"_s)
            .toObject();
    const QJsonObject line = sale.value(u"SaleLines"_s).toObject().value(u"SaleLine"_s).toObject();
    QCOMPARE(line.value(u"unitQuantity"_s).toString(), u"-1"_s);
    QCOMPARE(line.value(u"parentSaleLineID"_s).toString(), soldLineID);
    QVERIFY(sale.value(u"calcTotal"_s).toString().startsWith(u'-'));
}

void TestSandboxApi::historyHasSaleVariety()
{
    int voided = 0;
    int open = 0;
    int noCustomer = 0;
    int returns = 0;
    for (const QJsonValue &value : m_sales) {
        const QJsonObject sale = value.toObject();
        voided += sale.value(u"voided"_s).toString() == u"true";
        open += sale.value(u"completed"_s).toString() == u"false";
        noCustomer += sale.value(u"customerID"_s).toString() == u"0";
        returns += sale.value(u"calcTotal"_s).toString().startsWith(u'-');
        if (sale.value(u"voided"_s).toString() == u"true")
            QVERIFY(timeOf(sale, u"updatetime"_s) > timeOf(sale, u"completeTime"_s));
        if (sale.value(u"completed"_s).toString() == u"false")
            QCOMPARE(sale.value(u"completeTime"_s).toString(), QString());
    }
    QVERIFY(voided > 10);
    QVERIFY(open >= 3);
    QVERIFY(noCustomer > 300);
    QVERIFY(returns > 30);
}

void TestSandboxApi::accountAndRouteErrors()
{
    QUrl otherAccount(m_sandbox.apiBaseUrl().toString() + u"/Account/1/Sale.json"_s);
    QCOMPARE(m_http.get(otherAccount, m_token).status, 403);
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Sale/999999.json"_s), m_token).status, 404);
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Widget.json"_s), m_token).status, 404);
    QCOMPARE(m_http.sendJson("PUT", apiUrl(m_sandbox, u"Sale.json"_s), {}, m_token).status, 405);
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Sale.json"_s)).status, 401);
    const QJsonObject account =
        m_http.get(QUrl(m_sandbox.apiBaseUrl().toString() + u"/Account.json"_s), m_token).json();
    QCOMPARE(account.value(u"Account"_s).toObject().value(u"accountID"_s).toString(), m_sandbox.accountId());
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
