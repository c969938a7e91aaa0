// libFuzzer target: arbitrary bytes into the HTTP server's connection
// handling (parser, limits, chunked bodies, pipelining, 100-continue,
// upgrades, answers). The harness is shared with tst_fuzz_replay, which
// replays corpus/http_connection with the normal compiler.
#include "HttpConnectionFuzzer.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's own Unix event loop, as the broker runs it.
    qputenv("QT_NO_GLIB", "1");
    static QCoreApplication application(*argc, *argv);
    sc::http::fuzz::setUpHttpConnectionFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString violation = sc::http::fuzz::runHttpConnectionInput(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!violation.isEmpty()) {
        std::fprintf(stderr, "HTTP connection fuzzer: %s\n", qPrintable(violation));
        std::abort();
    }
    return 0;
}
