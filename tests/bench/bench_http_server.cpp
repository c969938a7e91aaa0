// The broker's HTTP server (sparecloud_http with a RouteTable) serving what
// tests/bench/bench_http.sh compares with nginx:
//   GET /health.json  the bytes of --json FILE, read once (nginx serves the same file)
//   GET /big.bin      --file FILE through fileResponse() (sendfile, ranges)
//   PUT /upload       streamed by a body sink into a file in --upload-dir (up to 2 GiB)
// Listens on 127.0.0.1 and a free port, prints "BENCH_HTTP_LISTENING <port>".
// The route table's per-request access log is off, as nginx's is in the benchmark.
#include "http/HttpFileResponse.h"
#include "http/HttpServer.h"
#include "http/RouteTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sc::http;

namespace {

constexpr qint64 kMaxUpload = 2LL * 1024 * 1024 * 1024;

// Writes an upload to disk as it arrives, as the appliance upload does.
class FileSink final : public HttpBodySink
{
public:
    explicit FileSink(const QString &path)
        : m_file(path)
    {
        m_open = m_file.open(QIODevice::WriteOnly);
    }

    std::optional<sc::protocol::ApiError> write(QByteArrayView data) override
    {
        if (!m_open || m_file.write(data.data(), data.size()) != data.size())
            return sc::protocol::ApiError{sc::protocol::ErrorCode::Internal, u"Writing the upload failed."_s, {}, {}};
        return std::nullopt;
    }

    std::optional<sc::protocol::ApiError> finish() override
    {
        m_file.close();
        return std::nullopt;
    }

    void abort() override { m_file.remove(); }

private:
    QFile m_file;
    bool m_open = false;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_NO_GLIB", "1"); // as sparecloud-broker runs
    QCoreApplication app(argc, argv);
    ::signal(SIGPIPE, SIG_IGN);
    QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);

    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"File whose bytes GET /health.json answers."_s, u"file"_s);
    const QCommandLineOption fileOption(u"file"_s, u"File GET /big.bin sends."_s, u"file"_s);
    const QCommandLineOption uploadOption(u"upload-dir"_s, u"Folder PUT /upload writes to."_s, u"dir"_s);
    parser.addOptions({jsonOption, fileOption, uploadOption});
    parser.addHelpOption();
    parser.process(app);

    QFile jsonFile(parser.value(jsonOption));
    if (!jsonFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_http_server: cannot read --json %s\n", qPrintable(jsonFile.fileName()));
        return 2;
    }
    const QByteArray json = jsonFile.readAll();
    const QString bigFile = parser.value(fileOption);
    const QDir uploadDir(parser.value(uploadOption));

    RouteOptions publicRoute;
    publicRoute.isPublic = true;
    RouteTable routes;
    routes.addSync(
        HttpMethod::Get,
        u"/health.json",
        [json](const HttpRequest &) { return HttpResponse::text(200, json, "application/json"); },
        publicRoute);
    routes.addSync(
        HttpMethod::Get,
        u"/big.bin",
        [bigFile](const HttpRequest &request) { return fileResponse(request, bigFile, "application/octet-stream"); },
        publicRoute);
    RouteOptions uploadRoute = publicRoute;
    uploadRoute.maxBodyBytes = kMaxUpload;
    uploadRoute.bodySink = [uploadDir](const HttpRequest &request) {
        return std::make_unique<FileSink>(uploadDir.filePath(u"upload-"_s + QString::fromLatin1(request.requestId)));
    };
    routes.addSync(
        HttpMethod::Put, u"/upload", [](const HttpRequest &) { return HttpResponse::noContent(); }, uploadRoute);

    HttpServer server(routes);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench_http_server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("BENCH_HTTP_LISTENING %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
