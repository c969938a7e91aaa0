#include "providersim/SimulatorConfig.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::providersim {

namespace {

ApiError configError(const QString &message)
{
    return ApiError{ErrorCode::ValidationFailed, message, {}, {}};
}

} // namespace

protocol::Expected<SimulatorConfig> SimulatorConfig::fromArguments(const QStringList &arguments, ParseResult *result)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulated SpareCloud provider clouds speaking the provider API (docs/provider-api/openapi.yaml), "
        "cloud i under http://HOST:PORT/p/i, with fault injection."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption providersOption(u"providers"_s, u"How many clouds to simulate (default 10)."_s, u"N"_s);
    const QCommandLineOption listenOption(
        u"listen"_s, u"Address and port to listen on (default 127.0.0.1:0, a free port)."_s, u"HOST:PORT"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed of names, regions, profiles and credentials (default 1)."_s, u"S"_s);
    const QCommandLineOption manifestOption(
        u"manifest"_s, u"Write every cloud's index, baseUrl, credential and name to FILE as JSON."_s, u"FILE"_s);
    const QCommandLineOption delayOption(
        u"provisioning-delay"_s, u"How long provisioning takes, jittered by a quarter (default 2000)."_s, u"MS"_s);
    const QCommandLineOption faultsOption(
        u"faults"_s,
        u"Faults per cloud: index=kind[:param][+kind...] separated by commas, kinds timeout, error5xx[:p], "
        "malformed, slow[:ms], flapping[:periodMs], vanish[:afterMs], refuse. "
        "Example: 3=timeout,7=error5xx:0.5,9=slow:1500+refuse."_s,
        u"SPEC"_s);
    const QCommandLineOption fetchOption(
        u"fetch-appliances"_s, u"Download each instance's applianceUrl and check its SHA-256 before it runs."_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Log every request."_s);
    parser.addOptions({providersOption,
                       listenOption,
                       seedOption,
                       manifestOption,
                       delayOption,
                       faultsOption,
                       fetchOption,
                       verboseOption});
    if (!parser.parse(arguments))
        return configError(parser.errorText());
    if (result) {
        result->showHelp = parser.isSet(helpOption);
        result->showVersion = parser.isSet(versionOption);
        result->helpText = parser.helpText();
    }

    SimulatorConfig config;
    if (parser.isSet(providersOption)) {
        bool ok = false;
        config.options.providers = parser.value(providersOption).toInt(&ok);
        if (!ok || config.options.providers < 1 || config.options.providers > kMaxProviders)
            return configError(u"--providers wants a number from 1 to %1."_s.arg(kMaxProviders));
    }
    if (parser.isSet(listenOption)) {
        const QString listen = parser.value(listenOption);
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon < 0 ? 0 : listen.sliced(colon + 1).toUInt(&portOk);
        QString host = colon < 0 ? QString() : listen.first(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.sliced(1, host.size() - 2);
        const QHostAddress address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
        if (!portOk || port > 65535 || address.isNull())
            return configError(
                u"--listen wants address:port, for example 127.0.0.1:0 or [::1]:8090; got '%1'."_s.arg(listen));
        config.listenAddress = address;
        config.port = quint16(port);
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        config.options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return configError(u"--seed wants a non-negative whole number."_s);
    }
    if (parser.isSet(delayOption)) {
        bool ok = false;
        const int delay = parser.value(delayOption).toInt(&ok);
        if (!ok || delay < 0 || delay > 3'600'000)
            return configError(u"--provisioning-delay wants milliseconds from 0 to 3600000."_s);
        config.options.provisioningDelay = std::chrono::milliseconds(delay);
    }
    if (parser.isSet(faultsOption)) {
        auto faults = CloudFaults::parseFleet(parser.value(faultsOption));
        if (!faults)
            return configError(u"--faults: %1"_s.arg(faults.error().message));
        for (auto it = faults->constBegin(); it != faults->constEnd(); ++it) {
            if (it.key() >= config.options.providers)
                return configError(u"--faults names cloud %1, but the clouds are 0 to %2."_s.arg(it.key()).arg(
                    config.options.providers - 1));
        }
        config.options.faults = *faults;
    }
    config.options.fetchAppliances = parser.isSet(fetchOption);
    config.manifestFile = parser.value(manifestOption);
    config.verbose = parser.isSet(verboseOption);
    return config;
}

} // namespace sc::providersim
