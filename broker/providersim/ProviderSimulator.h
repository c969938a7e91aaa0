#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "protocol/ProviderDto.h"
#include "providersim/CloudFaults.h"
#include "providersim/CloudGenerator.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace sc::http {
class HttpServer;
class RouteTable;
} // namespace sc::http

namespace sc::providersim {

class ApplianceFetcher;
class SimulatedCloud;
struct SimulatedInstance;

struct ProviderSimulatorOptions
{
    int providers = 10;
    quint64 seed = 1;
    // Provisioning takes this long, jittered by +/-25 %.
    std::chrono::milliseconds provisioningDelay{2000};
    // stopping -> terminated.
    std::chrono::milliseconds stoppingDelay{1000};
    // GET each appliance and check its SHA-256 before an instance runs.
    bool fetchAppliances = false;
    QHash<int, CloudFaults> faults;
    // Clouds with given regions and profiles instead of generated ones.
    QHash<int, CloudShape> shapes;
    // Milliseconds since the epoch, UTC. Tests pass a manual clock and call
    // processDueEvents(); empty means the system clock.
    std::function<qint64()> clock;
};

// A fleet of simulated provider clouds speaking the provider API
// (docs/provider-api/openapi.yaml) on one listening address, cloud i under
// /p/i (0 <= i < providers), each with its own credential, with the faults
// of CloudFaults. A control API for tests lives beside them (loopback only):
//   GET /control/providers/{index}          the cloud's state
//   PUT /control/providers/{index}/faults   {"faults": "timeout"} or {"faults": ""}
// Usable in-process by tests and behind sparecloud-provider-sim.
class ProviderSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSimulator)

public:
    explicit ProviderSimulator(ProviderSimulatorOptions options, QObject *parent = nullptr);
    ~ProviderSimulator() override;

    bool listen(const QHostAddress &address, quint16 port = 0);
    QString errorString() const;
    // http://HOST:PORT
    QUrl url() const;

    int providerCount() const;
    QUrl baseUrl(int index) const;
    QByteArray credential(int index) const;
    QString name(int index) const;
    // {"providers": [{"index", "baseUrl", "credential", "name"}]}
    QJsonObject manifest() const;

    bool setFaults(int index, const CloudFaults &faults);
    CloudFaults faults(int index) const;
    // What GET /control/providers/{index} answers.
    QJsonObject describe(int index) const;

    // Cloud `index` takes back an instance it made before this process
    // started (see SimulatedCloud::adopt), with its provisioning, lease end
    // or stop scheduled again. False when the cloud cannot hold it.
    bool adopt(int index, const protocol::ProviderInstance &instance, qint64 runningSinceMs = -1);

    // Applies every scheduled change (provisioned, terminated, lease ended,
    // vanished) due by the clock. A timer does it by itself; tests with a
    // manual clock call it after moving the clock.
    void processDueEvents();

    // Stops accepting and lets answers under way finish, then emits stopped().
    void shutdown(std::chrono::milliseconds grace = std::chrono::milliseconds(2000));

Q_SIGNALS:
    void stopped();

private:
    struct Event
    {
        enum Kind { Provisioned, Terminated, LeaseEnded, Vanish };
        Kind kind;
        int cloud;
        QString instanceId;
    };
    using CloudHandler = std::function<http::HttpResponse(SimulatedCloud &, const http::HttpRequest &)>;

    qint64 now() const;
    void addRoutes();
    void addCloudRoute(http::HttpMethod method, const QString &path, CloudHandler handler);
    void serveCloud(const http::HttpRequest &request, const http::HttpResponder &responder,
                    const CloudHandler &handler);
    SimulatedCloud *cloudAt(int index) const;

    http::HttpResponse health(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse capacity(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse listInstances(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse createInstance(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse getInstance(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse deleteInstance(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse extendInstance(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse utilization(SimulatedCloud &cloud, const http::HttpRequest &request);
    http::HttpResponse controlGet(const http::HttpRequest &request);
    http::HttpResponse controlPutFaults(const http::HttpRequest &request);

    void startFetch(SimulatedCloud &cloud, SimulatedInstance &instance, const QString &url, const QString &sha256);
    void becameRunning(SimulatedCloud &cloud, SimulatedInstance &instance);
    void schedule(qint64 dueMs, Event event);
    void rearmEvents();
    void apply(const Event &event);

    ProviderSimulatorOptions m_options;
    std::vector<std::unique_ptr<SimulatedCloud>> m_clouds;
    std::unique_ptr<http::RouteTable> m_routes;
    std::unique_ptr<http::HttpServer> m_server;
    ApplianceFetcher *m_fetcher = nullptr;
    std::multimap<qint64, Event> m_events;
    QTimer m_eventTimer;
    qint64 m_eventTimerDue = -1;
    quint64 m_faultDraws = 0;
    quint64 m_malformedCount = 0;
    QUrl m_url;
};

} // namespace sc::providersim
