// What polling a fleet costs sparecloud-provider-sim: starts it with
// --providers N (default 10,000), then polls every cloud's capacity and
// instances as the broker will, first unconditionally, then with the ETags it
// got (304s), and reports requests/s and the simulator's CPU time per request
// and resident memory (from /proc). Run: <build>/bin/bench_providersim [N]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Target
{
    QUrl url;
    QByteArray credential;
    QByteArray etag;
};

// utime + stime of a process, in milliseconds.
double cpuMs(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    return (fields.value(13).toDouble() + fields.value(14).toDouble()) * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

QByteArray residentMemory(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified();
    }
    return {};
}

// Sends every request with at most `parallel` under way; returns the statuses seen.
QHash<int, int> pollAll(QNetworkAccessManager &network, QList<Target> &targets, int parallel)
{
    QHash<int, int> statuses;
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (running < parallel && next < targets.size()) {
            Target &target = targets[next++];
            QNetworkRequest request(target.url);
            request.setRawHeader("Authorization", "Bearer " + target.credential);
            if (!target.etag.isEmpty())
                request.setRawHeader("If-None-Match", target.etag);
            QNetworkReply *reply = network.get(request);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, &target = target] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                ++statuses[status];
                if (status == 200)
                    target.etag = reply->rawHeader("ETag");
                --running;
                launch();
                if (running == 0 && next == targets.size())
                    loop.quit();
            });
        }
    };
    launch();
    if (running > 0)
        loop.exec();
    return statuses;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int providers = argc > 1 ? QByteArray(argv[1]).toInt() : 10'000;
    QTemporaryDir dir;
    const QString manifestFile = dir.filePath(u"manifest.json"_s);
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QCoreApplication::applicationDirPath() + u"/sparecloud-provider-sim"_s,
              {u"--providers"_s, QString::number(providers), u"--manifest"_s, manifestFile});
    if (!sim.waitForStarted() || !sim.waitForReadyRead(30'000)) {
        std::fprintf(stderr, "bench_providersim: the simulator did not start\n");
        return 1;
    }
    std::printf("%s", sim.readLine().constData());
    const qint64 pid = sim.processId();
    std::printf("after start: %d clouds, RSS %s\n", providers, residentMemory(pid).constData());

    QFile file(manifestFile);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QList<Target> targets;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(u"providers"_s).toArray()) {
        const QJsonObject cloud = value.toObject();
        const QByteArray credential = cloud.value(u"credential"_s).toString().toLatin1();
        targets.append({QUrl(cloud.value(u"baseUrl"_s).toString() + u"/v1/capacity"_s), credential, {}});
        targets.append({QUrl(cloud.value(u"baseUrl"_s).toString() + u"/v1/instances"_s), credential, {}});
    }

    QNetworkAccessManager network;
    for (const char *round : {"cold (200)", "warm (200, cached)", "conditional (304)"}) {
        if (QByteArrayView(round).startsWith("warm")) {
            for (Target &target : targets)
                target.etag.clear();
        }
        const double cpuBefore = cpuMs(pid);
        QElapsedTimer timer;
        timer.start();
        QList<Target> copy = targets;
        const QHash<int, int> statuses = pollAll(network, copy, 6);
        const double seconds = double(timer.elapsed()) / 1000.0;
        const double cpu = cpuMs(pid) - cpuBefore;
        if (!QByteArrayView(round).startsWith("conditional"))
            targets = copy; // keep the ETags
        QString seen;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            seen += u" %1x%2"_s.arg(it.value()).arg(it.key());
        std::printf("%-20s %lld requests in %.2f s = %.0f/s; simulator CPU %.0f ms = %.1f us/request;%s\n",
                    round,
                    qint64(targets.size()),
                    seconds,
                    double(targets.size()) / seconds,
                    cpu,
                    cpu * 1000.0 / double(targets.size()),
                    qPrintable(seen));
    }
    std::printf("after polling: RSS %s\n", residentMemory(pid).constData());
    sim.terminate();
    sim.waitForFinished(10'000);
    return 0;
}
