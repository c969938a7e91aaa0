#include "core/BrokerConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

ApiError configError(const QString &message)
{
    return ApiError{ErrorCode::BadRequest, message, {}, {}};
}

} // namespace

QString BrokerConfig::databaseLocation() const
{
    return database.isEmpty() ? QDir(dataDir).filePath(u"broker.sqlite"_s) : database;
}

QString BrokerConfig::keyFileLocation() const
{
    return keyFile.isEmpty() ? QDir(dataDir).filePath(u"keys/credentials.key"_s) : keyFile;
}

QString BrokerConfig::tlsFolder() const
{
    return QDir(dataDir).filePath(u"tls"_s);
}

protocol::Expected<BrokerConfig> BrokerConfig::fromArguments(const QStringList &arguments,
                                                             const QProcessEnvironment &environment,
                                                             ParseResult *result)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"SpareCloud broker: the marketplace server for spare cloud capacity."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption listenOption(
        u"listen"_s,
        u"Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one)."_s,
        u"address:port"_s);
    const QCommandLineOption databaseOption(
        u"database"_s,
        u"SQLite database file (default <data-dir>/broker.sqlite). PostgreSQL URLs are not supported yet."_s,
        u"file"_s);
    const QCommandLineOption dataDirOption(u"data-dir"_s, u"Folder for the database and stored files."_s, u"folder"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Start with demo data."_s);
    const QCommandLineOption keyFileOption(
        u"key-file"_s,
        u"Key for stored provider credentials (default <data-dir>/keys/credentials.key; created when missing)."_s,
        u"file"_s);
    const QCommandLineOption addressRateOption(
        u"rate-per-address"_s,
        u"Requests per second and burst allowed per client address (default 50/200)."_s,
        u"rate/burst"_s);
    const QCommandLineOption credentialRateOption(
        u"rate-per-credential"_s,
        u"Requests per second and burst allowed per session or API key (default 20/100)."_s,
        u"rate/burst"_s);
    const QCommandLineOption createOperatorOption(
        u"create-operator"_s,
        u"Add an operator account and exit; the password is read from SPARECLOUD_OPERATOR_PASSWORD."_s,
        u"email"_s);
    const QCommandLineOption checkLedgerOption(
        u"check-ledger"_s,
        u"Check the money journal (every transaction sums to zero, cached balances equal their entries, no balance below zero where that is forbidden), print a summary and exit: 0 when consistent, 1 when not."_s);
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s,
        u"Serve HTTPS with this PEM certificate (intermediates may follow it in the file); needs --tls-key."_s,
        u"file"_s);
    const QCommandLineOption tlsKeyOption(u"tls-key"_s, u"The unencrypted PEM private key of --tls-cert."_s, u"file"_s);
    const QCommandLineOption tlsSelfSignedOption(
        u"tls-self-signed"_s,
        u"Serve HTTPS with a self-signed certificate for trials, generated in <data-dir>/tls when missing; its SHA-256 fingerprint is printed at start."_s);
    const QCommandLineOption publicUrlOption(
        u"public-url"_s,
        u"The broker's URL as provider clouds reach it (for the signed appliance download links); default: the address it listens on."_s,
        u"url"_s);
    const QCommandLineOption quotaOption(u"appliance-quota-gib"_s,
                                         u"Storage for private appliances per organization, in GiB (default 200)."_s,
                                         u"gib"_s);
    const QCommandLineOption welcomeCreditOption(
        u"welcome-credit"_s, u"Credit each new buying organization gets, in cents (default 0)."_s, u"cents"_s);
    const QCommandLineOption graceOption(
        u"grace-minutes"_s, u"How long a lease runs uncovered before it ends (default 60)."_s, u"minutes"_s);
    parser.addOptions({publicUrlOption, quotaOption, welcomeCreditOption, graceOption});
    parser.addOptions({addressRateOption, credentialRateOption});
    parser.addOptions({listenOption,
                       databaseOption,
                       dataDirOption,
                       demoOption,
                       keyFileOption,
                       createOperatorOption,
                       checkLedgerOption,
                       tlsCertOption,
                       tlsKeyOption,
                       tlsSelfSignedOption});

    if (!parser.parse(arguments))
        return configError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return configError(u"Unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()));
    if (result) {
        result->showHelp = parser.isSet(helpOption);
        result->showVersion = parser.isSet(versionOption);
        result->helpText = parser.helpText();
    }

    BrokerConfig config;
    if (parser.isSet(listenOption)) {
        const QString listen = parser.value(listenOption);
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon < 0 ? 0 : listen.sliced(colon + 1).toUInt(&portOk);
        QString host = colon < 0 ? QString() : listen.first(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.sliced(1, host.size() - 2);
        const QHostAddress address = host == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost)
                                                            : QHostAddress(host);
        if (!portOk || port > 65535 || address.isNull())
            return configError(
                u"--listen wants address:port, for example 127.0.0.1:8080 or [::1]:0; got '%1'."_s.arg(listen));
        config.listenAddress = address;
        config.port = quint16(port);
    }
    config.dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                 : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                                       + u"/sparecloud-broker"_s;
    config.database = parser.value(databaseOption);
    if (config.database.startsWith(u"postgres"_s))
        return configError(u"PostgreSQL is not supported yet; give a SQLite file to --database."_s);
    config.demo = parser.isSet(demoOption);
    config.keyFile = parser.value(keyFileOption);
    config.createOperatorEmail = parser.value(createOperatorOption);
    config.checkLedger = parser.isSet(checkLedgerOption);
    for (const auto &[option, rate] : {std::pair{&addressRateOption, &config.accessLimits.perAddress},
                                       std::pair{&credentialRateOption, &config.accessLimits.perCredential}}) {
        if (!parser.isSet(*option))
            continue;
        const QStringList parts = parser.value(*option).split(u'/');
        bool rateOk = false, burstOk = false;
        const double perSecond = parts.value(0).toDouble(&rateOk);
        const double burst = parts.value(1).toDouble(&burstOk);
        if (parts.size() != 2 || !rateOk || !burstOk || perSecond <= 0 || burst < 1)
            return configError(u"--%1 wants rate/burst, for example 50/200; got '%2'."_s.arg(
                option->names().constFirst(), parser.value(*option)));
        *rate = RateLimiter::Rate{perSecond, burst};
    }
    config.tlsCertificateFile = parser.value(tlsCertOption);
    config.tlsKeyFile = parser.value(tlsKeyOption);
    config.tlsSelfSigned = parser.isSet(tlsSelfSignedOption);
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return configError(u"--tls-cert and --tls-key go together: give the certificate and its private key."_s);
    if (config.tlsSelfSigned && !config.tlsCertificateFile.isEmpty())
        return configError(u"Give either --tls-self-signed or --tls-cert with --tls-key, not both."_s);
    if (parser.isSet(publicUrlOption)) {
        config.publicUrl = QUrl(parser.value(publicUrlOption));
        if (!config.publicUrl.isValid() || config.publicUrl.host().isEmpty()
            || (config.publicUrl.scheme() != u"https"_s && config.publicUrl.scheme() != u"http"_s))
            return configError(u"--public-url must be an http or https URL, such as https://broker.example.org."_s);
    }
    if (parser.isSet(quotaOption)) {
        bool ok = false;
        const qint64 gib = parser.value(quotaOption).toLongLong(&ok);
        if (!ok || gib < 0 || gib > 1024 * 1024)
            return configError(u"--appliance-quota-gib must be a whole number of GiB from 0 to 1048576."_s);
        config.appliances.quotaBytes = gib << 30;
    }
    if (parser.isSet(welcomeCreditOption)) {
        bool ok = false;
        const qint64 cents = parser.value(welcomeCreditOption).toLongLong(&ok);
        if (!ok || cents < 0 || cents > 100'000'000)
            return configError(u"--welcome-credit must be a whole number of cents from 0 to 100000000."_s);
        config.billing.welcomeCredit = cents;
    }
    if (parser.isSet(graceOption)) {
        bool ok = false;
        const qint64 minutes = parser.value(graceOption).toLongLong(&ok);
        if (!ok || minutes < 0 || minutes > 7 * 24 * 60)
            return configError(u"--grace-minutes must be 0 to 10080."_s);
        config.billing.graceMs = minutes * 60'000;
    }
    config.brokerToken = environment.value(u"SPARECLOUD_BROKER_TOKEN"_s).toLatin1();
    // Only for the test suite and the demo: cheap password hashing.
    if (environment.value(u"SPARECLOUD_FAST_PASSWORD_HASHING"_s) == u"1"_s || config.demo)
        config.passwordParameters = PasswordHasher::fastParametersForTests();
    return config;
}

} // namespace sc::broker
