#pragma once

#include "protocol/Expected.h"
#include "providersim/ProviderSimulator.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace sc::providersim {

// sparecloud-provider-sim's command line.
struct SimulatorConfig
{
    static constexpr int kMaxProviders = 100'000;

    ProviderSimulatorOptions options;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 0;
    QString manifestFile; // empty: none written
    bool verbose = false; // log every request (sc.api)

    struct ParseResult
    {
        bool showHelp = false;
        bool showVersion = false;
        QString helpText;
    };
    // The first element is the program name. Errors say what is wrong.
    static protocol::Expected<SimulatorConfig> fromArguments(const QStringList &arguments, ParseResult *result);
};

} // namespace sc::providersim
