// Uploads one file to a broker through the desktop's client library
// (client::UploadManager: hashing, 8 MiB chunks with their digests, the next
// chunk read while one is on the wire, completion) and prints how long each
// phase took, for bench_appliances.sh:
//
//   bench_upload upload BASE_URL TOKEN FILE FORMAT
//     -> hash_seconds=… transfer_seconds=… verify_seconds=… total_seconds=…
//   bench_upload sign DATA_DIR BASE_URL SHA256 PROVIDER_ID
//     -> a signed download URL, as the broker puts in a provider's create request
#include "client/BrokerClient.h"
#include "client/UploadManager.h"
#include "core/appliances/ApplianceLinks.h"
#include "core/auth/SecretBox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using sc::client::UploadManager;

namespace {

int sign(const QStringList &args)
{
    const auto box = sc::broker::SecretBox::fromKeyFile(args.at(2) + u"/keys/credentials.key"_s);
    if (!box) {
        std::fprintf(stderr, "%s\n", qPrintable(box.error().message));
        return 1;
    }
    const sc::broker::ApplianceLinks links(box->deriveKey("appliance-links"));
    const QUrl url = links.make(
        QUrl(args.at(3)), args.at(4), args.at(5).toLongLong(), QDateTime::currentDateTimeUtc().addSecs(3600));
    std::printf("%s\n", qPrintable(url.toString()));
    return 0;
}

int upload(QCoreApplication &app, const QStringList &args)
{
    sc::client::BrokerClient client;
    client.setBaseUrl(QUrl(args.at(2)));
    client.setAccessToken(args.at(3).toLatin1());
    QTemporaryDir state;
    UploadManager manager(client, state.filePath(u"uploads.json"_s));
    manager.setScope(u"bench"_s);

    QElapsedTimer clock;
    clock.start();
    qint64 transferStart = -1;
    qint64 transferEnd = -1;
    int status = 1;
    QObject::connect(&manager, &UploadManager::uploadChanged, &app, [&](const QString &key) {
        const auto current = manager.upload(key);
        if (!current)
            return;
        if (current->state == UploadManager::State::Uploading && transferStart < 0)
            transferStart = clock.elapsed();
        if (current->state == UploadManager::State::Verifying && transferEnd < 0)
            transferEnd = clock.elapsed();
        if (current->state == UploadManager::State::Failed || current->state == UploadManager::State::Paused) {
            std::fprintf(stderr, "upload stopped: %s\n", qPrintable(current->error));
            app.exit(1);
        }
    });
    QObject::connect(&manager, &UploadManager::uploadFinished, &app, [&](const QString &, qint64 applianceId) {
        const qint64 end = clock.elapsed();
        if (transferEnd < 0)
            transferEnd = end;
        std::printf("appliance=%lld hash_seconds=%.3f transfer_seconds=%.3f verify_seconds=%.3f total_seconds=%.3f\n",
                    static_cast<long long>(applianceId),
                    double(transferStart) / 1000.0,
                    double(transferEnd - transferStart) / 1000.0,
                    double(end - transferEnd) / 1000.0,
                    double(end) / 1000.0);
        status = 0;
        app.quit();
    });
    sc::protocol::ApplianceMetadata metadata;
    metadata.name = u"Benchmark image"_s;
    const auto added = manager.add(args.at(4), metadata, args.at(5));
    if (!added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
        return 1;
    }
    app.exec();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 6 && args.at(1) == u"upload"_s)
        return upload(app, args);
    if (args.size() == 6 && args.at(1) == u"sign"_s)
        return sign(args);
    std::fprintf(stderr,
                 "usage: bench_upload upload BASE_URL TOKEN FILE FORMAT\n"
                 "       bench_upload sign DATA_DIR BASE_URL SHA256 PROVIDER_ID\n");
    return 2;
}
