#include "server/web/brokerpage.h"

namespace hpo::server {

namespace {

QByteArray page(const QString &title, const QString &body)
{
    return (QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                "<title>%1</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto}"
                "button{display:block;width:100%;margin:.4em 0;padding:.6em;text-align:left}"
                "small{color:#555}</style></head><body>%2</body></html>\n")
                .arg(title.toHtmlEscaped(), body))
        .toUtf8();
}

} // namespace

QByteArray brokerPage(const QList<BrokerIdentity> &identities, const QUrlQuery &hiddenFields)
{
    QString body
        = QStringLiteral("<h1>Testmakelaar eHerkenning</h1><p>Kies een identiteit om mee in te loggen.</p>"
                         "<form method=\"post\" action=\"/oauth/authorize\">");
    const auto items = hiddenFields.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        body += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    for (const BrokerIdentity &identity : identities) {
        body += QStringLiteral("<button type=\"submit\" name=\"identity\" value=\"%1\" id=\"identity-%1\">"
                               "<strong>%2</strong><br><small>%3</small></button>")
                    .arg(identity.id.toHtmlEscaped(), identity.displayName.toHtmlEscaped(),
                         identity.sees.toHtmlEscaped());
    }
    body += QStringLiteral("</form>");
    return page(QStringLiteral("Inloggen met eHerkenning (test)"), body);
}

QByteArray brokerErrorPage(const QString &message)
{
    return page(
        QStringLiteral("Inloggen mislukt"),
        QStringLiteral("<h1>Inloggen mislukt</h1><p id=\"error\">%1</p>").arg(message.toHtmlEscaped()));
}

} // namespace hpo::server
