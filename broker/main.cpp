// sparecloud-broker: the marketplace server. Thin: parse, wire, run.
#include "core/Broker.h"
#include "core/BrokerConfig.h"
#include "core/Clock.h"
#include "core/LogCategories.h"
#include "documents/BillingDocuments.h"

#include <QGuiApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
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

} // namespace

int main(int argc, char *argv[])
{
    // The glib event loop costs two extra system calls per buffered socket
    // write; Qt's own Unix loop took a small JSON route from 13k to 65k req/s.
    qputenv("QT_NO_GLIB", "1");
    // The broker lives in UTC (docs/architecture.md); with TZ set, log stamps
    // also stop costing a stat of /etc/localtime per line.
    qputenv("TZ", "UTC");
    // Headless, but with Qt Gui's offscreen platform: invoices and statements
    // are rendered to PDF (QTextDocument -> QPdfWriter) in this process.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sparecloud-broker"_s);
    QCoreApplication::setOrganizationName(u"SpareCloud"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPARECLOUD_VERSION));
    qSetMessagePattern(
        u"%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}E %{endif}%{category}: %{message}"_s);

    sc::broker::BrokerConfig::ParseResult parse;
    auto config = sc::broker::BrokerConfig::fromArguments(
        QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &parse);
    if (parse.showHelp) {
        std::fputs(qPrintable(parse.helpText), stdout);
        return 0;
    }
    if (parse.showVersion) {
        std::printf("sparecloud-broker %s\n", SPARECLOUD_VERSION);
        return 0;
    }
    if (!config) {
        std::fprintf(stderr, "sparecloud-broker: %s\n", qPrintable(config.error().message));
        return 2;
    }

    sc::broker::SystemClock clock;
    const QString operatorEmail = config->createOperatorEmail;
    const bool checkLedger = config->checkLedger;
    sc::broker::Broker broker(std::move(config).value(), clock);
    if (!operatorEmail.isEmpty()) {
        const QString problem = broker.createOperator(operatorEmail,
                                                      qEnvironmentVariable("SPARECLOUD_OPERATOR_PASSWORD"));
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "sparecloud-broker: %s\n", qPrintable(problem));
            return 1;
        }
        std::printf("operator %s created\n", qPrintable(operatorEmail));
        return 0;
    }
    if (checkLedger) {
        bool consistent = false;
        const QString summary = broker.checkLedger(&consistent);
        std::fputs(qPrintable(summary), stdout);
        return consistent ? 0 : 1;
    }
    broker.setPdfRenderers(
        [](const sc::protocol::Invoice &invoice) { return sc::documents::invoicePdf(invoice); },
        [](const sc::protocol::SellerStatement &statement) { return sc::documents::statementPdf(statement); });
    if (!broker.start()) {
        std::fprintf(stderr, "sparecloud-broker: %s\n", qPrintable(broker.errorString()));
        return 1;
    }
    // The embedded-broker launcher reads this line to learn the port.
    std::printf("SPARECLOUD_BROKER_LISTENING %s\n", qPrintable(broker.url().toString()));
    // For the operator to hand to users of a self-signed broker.
    if (const QByteArray fingerprint = broker.tlsFingerprint(); !fingerprint.isEmpty())
        std::printf("TLS certificate SHA-256 fingerprint: %s\n", fingerprint.constData());
    std::fflush(stdout);

    QObject::connect(&broker, &sc::broker::Broker::stopped, &app, &QCoreApplication::quit);
    installShutdownSignals(&app, [&broker] { broker.shutdown(); });
    const int status = QCoreApplication::exec();
    qCInfo(sc::broker::lcBroker) << "stopped";
    return status;
}
