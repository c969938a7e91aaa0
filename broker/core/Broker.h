#pragma once

#include "core/BrokerConfig.h"
#include "core/api/BillingApi.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

namespace sc::http {
struct RouteInfo;
}

namespace sc::broker {

class Clock;

// The broker process's services, wired once: database, route table, HTTP
// server. main() owns one; tests start one on port 0.
class Broker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Broker)

public:
    Broker(BrokerConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Broker() override;

    // Opens and migrates the database, registers routes, starts listening.
    // On failure returns false with the reason in errorString().
    bool start();
    QString errorString() const { return m_error; }

    // For `sparecloud-broker --create-operator`: opens the store and adds an
    // operator account. Returns an error message, or an empty string.
    QString createOperator(const QString &email, const QString &password);
    // For `sparecloud-broker --check-ledger`: opens the store and audits the
    // whole money journal. Returns the summary to print (or why the store
    // could not be opened); `consistent` says whether the journal is sound.
    QString checkLedger(bool *consistent);
    // http://host:port, or https:// when the broker serves TLS.
    QUrl url() const;
    // SHA-256 of the served TLS certificate, 64 lower-case hex digits; empty
    // without TLS. What users of a self-signed broker trust it by.
    QByteArray tlsFingerprint() const { return m_tlsFingerprint; }
    // Method and pattern of every route, for the OpenAPI check.
    QList<http::RouteInfo> routes() const;

    // How GET .../pdf renders documents (before start(); the broker's main
    // and the app pass sparecloud_documents' renderers). Without: 503.
    void setPdfRenderers(BillingApi::InvoicePdf invoicePdf, BillingApi::StatementPdf statementPdf)
    {
        m_invoicePdf = std::move(invoicePdf);
        m_statementPdf = std::move(statementPdf);
    }

    // Stops accepting, lets in-flight requests finish, then emits stopped().
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    struct Services;
    bool openStore();
    bool loadTls();
    std::optional<qint64> embeddedAccount(const QString &account);

    BrokerConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<Services> m_services;
    QString m_error;
    QByteArray m_tlsFingerprint;
    QSslConfiguration m_tls; // certificate and key; null without TLS
    BillingApi::InvoicePdf m_invoicePdf;
    BillingApi::StatementPdf m_statementPdf;
};

} // namespace sc::broker
