#pragma once

#include "core/appliances/ApplianceService.h"
#include "core/auth/AccessGuard.h"
#include "core/auth/AccountService.h"
#include "core/auth/PasswordHasher.h"
#include "core/billing/BillingService.h"
#include "core/billing/TestPaymentGateway.h"
#include "core/providers/InstanceService.h"
#include "core/providers/ProviderPoller.h"
#include "protocol/Expected.h"

#include <QByteArray>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace sc::broker {

// Everything the broker is started with, from its command line and environment.
struct BrokerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString dataDir;
    QString database; // SQLite file; empty means <dataDir>/broker.sqlite
    bool demo = false;
    // When set (an embedded broker), every request but health and version
    // must carry it in X-Broker-Token, and /auth/embedded-login exists.
    QByteArray brokerToken;
    // AES-256-GCM key for stored provider credentials, outside the database.
    QString keyFile; // empty means <dataDir>/keys/credentials.key
    std::chrono::milliseconds shutdownGrace{10'000};
    // How often the broker sweeps for asks past their availability.
    std::chrono::milliseconds housekeepingInterval{30'000};
    // Demo mode: how often simulated traders act (jittered by a third either
    // way); zero keeps the demo market still after its first-start seed.
    std::chrono::milliseconds demoActivityInterval{3'000};
    // HTTPS: `--tls-cert FILE --tls-key FILE` (PEM; the certificate file may
    // hold intermediates after the server's certificate), or
    // `--tls-self-signed` for a generated pair under tlsFolder() (trials).
    // Neither: plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    bool tlsSelfSigned = false;
    // `--create-operator EMAIL`: add an operator account and exit.
    QString createOperatorEmail;
    // `--check-ledger`: verify the money journal and exit (0 consistent, 1 not).
    bool checkLedger = false;
    PasswordHasher::Parameters passwordParameters;
    AccountService::Limits accountLimits;
    AccessGuard::Limits accessLimits;
    // Provider clouds: how they are polled, and whether plain-http endpoints
    // off loopback are accepted (never in production: the credential would
    // travel in clear).
    ProviderPoller::Options providerPolling;
    bool allowPlainHttpProviders = false;
    InstanceService::Options instances;
    // The appliance repository: quota per organization, upload expiry.
    ApplianceService::Options appliances;
    // Money: holds, grace period, commission tiers, welcome credit, payouts;
    // how often running leases are metered; the payment gateway (the test
    // gateway: no real payment service is reachable from here).
    BillingService::Options billing;
    std::chrono::milliseconds meterInterval{60'000};
    TestPaymentGateway::Options payments;
    // The broker's URL as provider clouds reach it; empty: where it listens.
    QUrl publicUrl;

    QString databaseLocation() const;
    QString keyFileLocation() const;
    bool tlsEnabled() const { return tlsSelfSigned || !tlsCertificateFile.isEmpty(); }
    // Where --tls-self-signed keeps its pair: <dataDir>/tls.
    QString tlsFolder() const;

    // Parses the broker's arguments (argv without the program name is fine;
    // the first element is skipped as the program name). Errors explain what
    // is wrong; "help" and "version" requests are reported through the flags.
    struct ParseResult
    {
        bool showHelp = false;
        bool showVersion = false;
        QString helpText;
    };
    static protocol::Expected<BrokerConfig> fromArguments(const QStringList &arguments,
                                                          const QProcessEnvironment &environment,
                                                          ParseResult *result = nullptr);
};

} // namespace sc::broker
