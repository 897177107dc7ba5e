#include "gui/webview/navigationpolicy.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestNavigationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void newWindows_data();
    void newWindows();
};

namespace {

NavigationPolicy lightspeedPolicy()
{
    return {QUrl(u"https://cloud.lightspeedapp.com/auth/oauth/authorize?client_id=x"_s),
            QUrl(u"https://backoffice.example/lightspeed/callback"_s)};
}

} // namespace

void TestNavigationPolicy::decide_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("linkClicked");
    QTest::addColumn<bool>("mainFrame");
    QTest::addColumn<int>("expected");

    const int load = int(NavigationPolicy::Decision::Load);
    const int callback = int(NavigationPolicy::Decision::Callback);
    const int block = int(NavigationPolicy::Decision::Block);
    const int external = int(NavigationPolicy::Decision::OpenExternally);

    QTest::newRow("authorize page") << u"https://cloud.lightspeedapp.com/auth/oauth/authorize"_s << false << true
                                    << load;
    QTest::newRow("link within the authorize site")
        << u"https://cloud.lightspeedapp.com/help"_s << true << true << load;
    QTest::newRow("redirect to the callback with a code")
        << u"https://backoffice.example/lightspeed/callback?code=abc&state=s"_s << false << true << callback;
    QTest::newRow("callback with explicit default port")
        << u"https://BACKOFFICE.example:443/lightspeed/callback/?error=access_denied"_s << false << true << callback;
    QTest::newRow("link to the callback")
        << u"https://backoffice.example/lightspeed/callback?code=abc"_s << true << true << callback;
    QTest::newRow("callback inside a frame")
        << u"https://backoffice.example/lightspeed/callback?code=abc"_s << false << false << block;
    QTest::newRow("path that only starts like the callback")
        << u"https://backoffice.example/lightspeed/callbackx"_s << false << true << load;
    QTest::newRow("link to another site") << u"https://www.lightspeedhq.com/legal"_s << true << true << external;
    QTest::newRow("link to the same host over http")
        << u"http://cloud.lightspeedapp.com/help"_s << true << true << external;
    QTest::newRow("link to the same host on another port")
        << u"https://cloud.lightspeedapp.com:8443/help"_s << true << true << external;
    QTest::newRow("mail link") << u"mailto:support@example.com"_s << true << true << external;
    QTest::newRow("redirect to another site") << u"https://login.lightspeedapp.com/sso"_s << false << true << load;
    QTest::newRow("link inside a frame") << u"https://captcha.example/next"_s << true << false << load;
}

void TestNavigationPolicy::decide()
{
    QFETCH(QString, url);
    QFETCH(bool, linkClicked);
    QFETCH(bool, mainFrame);
    QFETCH(int, expected);

    QCOMPARE(int(lightspeedPolicy().decide(QUrl(url), linkClicked, mainFrame)), expected);
}

void TestNavigationPolicy::newWindows_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("expected");

    QTest::newRow("help popup") << u"https://www.lightspeedhq.com/help"_s
                                << int(NavigationPolicy::Decision::OpenExternally);
    QTest::newRow("popup on the authorize site")
        << u"https://cloud.lightspeedapp.com/terms"_s << int(NavigationPolicy::Decision::OpenExternally);
    QTest::newRow("popup on the callback")
        << u"https://backoffice.example/lightspeed/callback?code=abc"_s << int(NavigationPolicy::Decision::Block);
    QTest::newRow("empty address") << QString() << int(NavigationPolicy::Decision::Block);
}

void TestNavigationPolicy::newWindows()
{
    QFETCH(QString, url);
    QFETCH(int, expected);

    QCOMPARE(int(lightspeedPolicy().decideNewWindow(QUrl(url))), expected);
}

QTEST_GUILESS_MAIN(TestNavigationPolicy)
#include "tst_navigationpolicy.moc"
