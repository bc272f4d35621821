#include "services/api/apiclient.h"
#include "services/api/memoryetagstore.h"
#include "tests/support/fakehttpserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using hpo::ApiClient;
using hpo::ApiRequest;
using hpo::ApiResult;
using hpo::test::FakeHttpRequest;
using hpo::test::FakeHttpResponse;
using hpo::test::FakeHttpServer;
using namespace std::chrono_literals;

namespace {
ApiResult call(ApiClient &client, const ApiRequest &request, QObject *context)
{
    std::optional<ApiResult> out;
    client.send(request, context, [&out](const ApiResult &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000))
        return hpo::ApiError {{QStringLiteral("test-hang"), {}, {}}, 0, {}, {}};
    return *out;
}

QString codeOf(const ApiResult &result)
{
    return result ? QStringLiteral("ok") : result.error().code;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    QString m_token = QStringLiteral("access-1");

    ApiClient::TokenProvider tokens()
    {
        return [this] {
            return m_token;
        };
    }

private Q_SLOTS:
    void getJsonWithBearer()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) {
            return FakeHttpResponse::json(200, R"({"version":"1.0"})", {{"ETag", "\"m1\""}});
        });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/api/v1/meta")), this);
        QVERIFY2(result.ok(), qPrintable(codeOf(result)));
        QCOMPARE(result.response().status, 200);
        QCOMPARE(result.response().contentType, QByteArray("application/json"));
        QCOMPARE(result.response().etag, QByteArray("\"m1\""));
        QCOMPARE(result.response().object().value().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.0"));
        QCOMPARE(server.requests().size(), 1);
        const FakeHttpRequest &seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.path, QStringLiteral("/api/v1/meta"));
        QCOMPARE(seen.header("Authorization"), QByteArray("Bearer access-1"));
        QVERIFY(seen.header("Accept").contains("application/json"));
        QVERIFY(seen.header("User-Agent").startsWith("MijnHelpdeskPO/"));
    }

    void noTokenNoHeader()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse::json(200, "{}"); });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        ApiRequest anonymous = ApiRequest::get(QStringLiteral("/api/v1/meta"));
        anonymous.authenticated = false;
        QVERIFY(call(client, anonymous, this).ok());
        QVERIFY(server.requests().last().header("Authorization").isEmpty());
        ApiClient tokenless(
            m_nam, server.url(), [] { return QString(); }, nullptr);
        QVERIFY(call(tokenless, ApiRequest::get(QStringLiteral("/x")), this).ok());
        QVERIFY(server.requests().last().header("Authorization").isEmpty());
    }

    void postBodyAndHeaders()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const FakeHttpRequest &) { return FakeHttpResponse::json(201, R"({"id":"c9"})"); });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/me/accounts");
        request.body = R"({"institutionCode":"16AH"})";
        request.contentType = "application/json";
        request.headers = {{"Idempotency-Key", "k-1"}, {"If-Match", "\"3\""}};
        const ApiResult result = call(client, request, this);
        QVERIFY(result.ok());
        QCOMPARE(result.response().status, 201);
        const FakeHttpRequest &seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.body, request.body);
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.header("Idempotency-Key"), QByteArray("k-1"));
        QCOMPARE(seen.header("If-Match"), QByteArray("\"3\""));
    }

    void problemJsonBecomesError()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) {
            return FakeHttpResponse::problem(
                422, R"({"type":"about:blank","title":"Validation failed","status":422,
                 "detail":"2 fields are invalid","code":"validation-failed",
                 "errors":[{"field":"contacts[0].email","code":"invalid-email","message":"not an e-mail address"},
                           {"field":"phone","code":"invalid-phone","message":"too short"}]})");
        });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/x")), this);
        QVERIFY(!result.ok());
        QCOMPARE(result.httpStatus(), 422);
        QCOMPARE(result.error().code, QStringLiteral("validation-failed"));
        QCOMPARE(result.error().message, QStringLiteral("2 fields are invalid"));
        QCOMPARE(result.error().field, QStringLiteral("contacts[0].email"));
        QCOMPARE(result.failure().fieldErrors.size(), 2);
        QCOMPARE(result.failure().fieldErrors.at(1),
                 (hpo::Error {QStringLiteral("invalid-phone"), QStringLiteral("too short"),
                              QStringLiteral("phone")}));
    }

    void problemTitleAndRetryAfter()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) {
            return FakeHttpResponse::problem(429, R"({"title":"Too many requests","status":429})",
                                             {{"Retry-After", "17"}});
        });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/oauth/token")), this);
        QCOMPARE(result.error().code, QStringLiteral("http-429"));
        QCOMPARE(result.error().message, QStringLiteral("Too many requests"));
        QCOMPARE(result.failure().retryAfterSeconds, std::optional<int>(17));
    }

    void nonProblemErrorIsGeneric()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) {
            return FakeHttpResponse {502, {{"Content-Type", "text/html"}}, "<h1>Bad gateway</h1>", 0, false};
        });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/x")), this);
        QCOMPARE(result.error().code, QStringLiteral("http-502"));
        QCOMPARE(result.httpStatus(), 502);
    }

    void transferTimeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse {200, {}, {}, 0, true}; });
        ApiClient::Options options;
        options.transferTimeout = 300ms;
        ApiClient client(m_nam, server.url(), tokens(), nullptr, options);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/slow")), this);
        QCOMPARE(codeOf(result), QStringLiteral("network-timeout"));
        QVERIFY(timer.elapsed() < 5000);
    }

    void unreachable()
    {
        quint16 port = 0;
        {
            FakeHttpServer gone;
            QVERIFY(gone.listen());
            port = gone.port();
        }
        QUrl url(QStringLiteral("http://127.0.0.1/"));
        url.setPort(port);
        ApiClient client(m_nam, url, tokens(), nullptr);
        QCOMPARE(codeOf(call(client, ApiRequest::get(QStringLiteral("/x")), this)),
                 QStringLiteral("network-unreachable"));
    }

    void insecureBaseUrlSendsNothing()
    {
        ApiClient client(m_nam, QUrl(QStringLiteral("http://portal.example.nl/")), tokens(), nullptr);
        QVERIFY(!client.baseUrlStatus().ok());
        bool called = false;
        client.send(ApiRequest::get(QStringLiteral("/x")), this, [&called](const ApiResult &r) {
            called = true;
            QCOMPARE(r.error().code, QStringLiteral("insecure-url"));
        });
        QVERIFY(!called); // always asynchronous
        QTRY_VERIFY(called);
    }

    void resultObjectCarriesTheCallsError()
    {
        const hpo::ApiResult failed(
            hpo::ApiError {{QStringLiteral("network-timeout"), QStringLiteral("late"), {}}, 0, {}, {}});
        QCOMPARE(failed.object().error().code, QStringLiteral("network-timeout"));
        hpo::ApiResponse notJson;
        notJson.status = 200;
        notJson.body = "<html>";
        QCOMPARE(hpo::ApiResult(notJson).object().error().code, QStringLiteral("invalid-json"));
        hpo::ApiResponse json;
        json.status = 200;
        json.body = R"({"id":"x"})";
        QCOMPARE(hpo::ApiResult(json).object().value().value(QStringLiteral("id")).toString(),
                 QStringLiteral("x"));
    }

    void offlineSendsNothing()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse::json(200, "{}"); });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        client.setOffline(true);
        QVERIFY(client.isOffline());
        QCOMPARE(codeOf(call(client, ApiRequest::get(QStringLiteral("/api/v1/meta")), this)),
                 QStringLiteral("offline"));
        QCOMPARE(server.requests().size(), 0);
        client.setOffline(false);
        QVERIFY(call(client, ApiRequest::get(QStringLiteral("/api/v1/meta")), this).ok());
        QCOMPARE(server.requests().size(), 1);
    }

    void offlineStopsWhatIsOnItsWay()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        // Never answers: only going offline ends the call.
        server.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse {200, {}, {}, 0, true}; });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        std::optional<ApiResult> out;
        client.send(ApiRequest::get(QStringLiteral("/api/v1/changes")), this,
                    [&out](const ApiResult &r) { out = r; });
        QTRY_COMPARE(server.requests().size(), 1);
        QVERIFY(!out.has_value());
        client.setOffline(true);
        QTRY_VERIFY(out.has_value());
        QCOMPARE(codeOf(*out), QStringLiteral("offline"));
    }

    void tokenExchangeFinishesWhenGoingOffline()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse::json(200, "{}"); });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        ApiRequest refresh = ApiRequest::postJson(QStringLiteral("/oauth/token"));
        refresh.finishWhenGoingOffline = true;
        std::optional<ApiResult> out;
        client.send(refresh, this, [&out](const ApiResult &r) { out = r; });
        client.setOffline(true); // already on its way: the server may rotate the token, so we hear its answer
        QTRY_VERIFY(out.has_value());
        QVERIFY2(out->ok(), qPrintable(codeOf(*out)));
        QCOMPARE(server.requests().size(), 1);
    }

    void absoluteUrlOffOriginIsRefused()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer other;
        QVERIFY(other.listen());
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        const ApiResult result
            = call(client, ApiRequest::get(other.url(QStringLiteral("/steal")).toString()), this);
        QCOMPARE(codeOf(result), QStringLiteral("cross-origin"));
        QCOMPARE(other.requests().size(), 0);
    }

    void sameOriginRedirectIsFollowed()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &r) {
            if (r.path == QStringLiteral("/old"))
                return FakeHttpResponse::redirect(307, "/new");
            return FakeHttpResponse::json(200, R"({"at":"new"})");
        });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/old")), this);
        QVERIFY2(result.ok(), qPrintable(codeOf(result)));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).path, QStringLiteral("/new"));
    }

    void crossOriginRedirectIsRefused()
    {
        FakeHttpServer other;
        QVERIFY(other.listen());
        other.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse::json(200, "{}"); });
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QByteArray target = other.url(QStringLiteral("/collect")).toEncoded();
        server.setHandler(
            [target](const FakeHttpRequest &) { return FakeHttpResponse::redirect(302, target); });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/x")), this);
        QCOMPARE(codeOf(result), QStringLiteral("redirect-refused"));
        QTest::qWait(100);
        QCOMPARE(other.requests().size(), 0); // the bearer token never left the origin
    }

    void conditionalGetUsesStoredEtag()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &r) {
            if (r.header("If-None-Match") == "\"v1\"")
                return FakeHttpResponse {304, {{"ETag", "\"v1\""}}, {}, 0, false};
            return FakeHttpResponse::json(200, R"({"code":"16AH"})", {{"ETag", "\"v1\""}});
        });
        hpo::MemoryEtagStore etags;
        ApiClient client(m_nam, server.url(), tokens(), &etags);
        ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/institutions/16AH"));
        request.conditional = true;
        const ApiResult first = call(client, request, this);
        QVERIFY(first.ok());
        QCOMPARE(first.response().status, 200);
        QVERIFY(server.requests().at(0).header("If-None-Match").isEmpty());
        QCOMPARE(etags.etag(client.urlFor(request).toString(QUrl::FullyEncoded)), QByteArray("\"v1\""));
        const ApiResult second = call(client, request, this);
        QVERIFY(second.ok());
        QVERIFY(second.response().notModified());
        QCOMPARE(server.requests().at(1).header("If-None-Match"), QByteArray("\"v1\""));
        // Unconditional requests neither send nor learn ETags.
        request.conditional = false;
        QCOMPARE(call(client, request, this).response().status, 200);
        QVERIFY(server.requests().at(2).header("If-None-Match").isEmpty());
    }

    void tlsErrorFailsClosed()
    {
        FakeHttpServer server;
        QVERIFY(server.listenTls());
        server.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse::json(200, "{}"); });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        QVERIFY(client.baseUrlStatus().ok());
        const ApiResult result = call(client, ApiRequest::get(QStringLiteral("/x")), this);
        QCOMPARE(codeOf(result), QStringLiteral("tls-error"));
        QCOMPARE(server.requests().size(), 0);
    }

    void oversizedResponseIsCut()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const FakeHttpRequest &) { return FakeHttpResponse::json(200, QByteArray(100000, ' ')); });
        ApiClient::Options options;
        options.maxResponseBytes = 1000;
        ApiClient client(m_nam, server.url(), tokens(), nullptr, options);
        QCOMPARE(codeOf(call(client, ApiRequest::get(QStringLiteral("/big")), this)),
                 QStringLiteral("response-too-large"));
    }

    void destroyedContextDropsCallback()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpRequest &) {
            return FakeHttpResponse {200, {}, "{}", 300, false};
        });
        ApiClient client(m_nam, server.url(), tokens(), nullptr);
        bool called = false;
        {
            QObject context;
            client.send(ApiRequest::get(QStringLiteral("/x")), &context,
                        [&called](const ApiResult &) { called = true; });
            QTRY_COMPARE(server.requests().size(), 1);
        }
        QTest::qWait(600);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
