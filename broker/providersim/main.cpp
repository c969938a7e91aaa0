// sparecloud-provider-sim: simulated provider clouds. Thin: parse, wire, run.
#include "providersim/ProviderSimulator.h"
#include "providersim/SimulatorConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int s_signalPipe[2] = {-1, -1};

void onUnixSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[0], &byte, 1);
}

// SIGTERM/SIGINT reach the event loop through a socket pair, the only safe
// way out of a signal handler.
void installShutdownSignals(QObject *context, const std::function<void()> &onSignal)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [onSignal] {
        char byte;
        [[maybe_unused]] const auto read = ::read(s_signalPipe[1], &byte, 1);
        onSignal();
    });
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
}

// A broker polling thousands of clouds may hold many connections at once.
void raiseOpenFileLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own Unix event loop is cheaper per socket write than glib's.
    qputenv("QT_NO_GLIB", "1");
    qputenv("TZ", "UTC");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sparecloud-provider-sim"_s);
    QCoreApplication::setOrganizationName(u"SpareCloud"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPARECLOUD_VERSION));
    qSetMessagePattern(
        u"%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}E %{endif}%{category}: %{message}"_s);

    sc::providersim::SimulatorConfig::ParseResult parse;
    auto config = sc::providersim::SimulatorConfig::fromArguments(QCoreApplication::arguments(), &parse);
    if (parse.showHelp) {
        std::fputs(qPrintable(parse.helpText), stdout);
        return 0;
    }
    if (parse.showVersion) {
        std::printf("sparecloud-provider-sim %s\n", SPARECLOUD_VERSION);
        return 0;
    }
    if (!config) {
        std::fprintf(stderr, "sparecloud-provider-sim: %s\n", qPrintable(config.error().message));
        return 2;
    }
    // One log line per request would cost more than answering it.
    if (!config->verbose)
        QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
    raiseOpenFileLimit();

    sc::providersim::ProviderSimulator simulator(config->options);
    if (!simulator.listen(config->listenAddress, config->port)) {
        std::fprintf(stderr, "sparecloud-provider-sim: cannot listen: %s\n", qPrintable(simulator.errorString()));
        return 1;
    }
    if (!config->manifestFile.isEmpty()) {
        QSaveFile file(config->manifestFile);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(simulator.manifest()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
            std::fprintf(stderr,
                         "sparecloud-provider-sim: cannot write %s: %s\n",
                         qPrintable(config->manifestFile),
                         qPrintable(file.errorString()));
            return 1;
        }
    }
    // Launchers and tests read this line to learn the port.
    std::printf("SPARECLOUD_PROVIDER_SIM_LISTENING %s\n", qPrintable(simulator.url().toString()));
    std::fflush(stdout);

    QObject::connect(&simulator, &sc::providersim::ProviderSimulator::stopped, &app, &QCoreApplication::quit);
    installShutdownSignals(&app, [&simulator] { simulator.shutdown(); });
    return QCoreApplication::exec();
}
