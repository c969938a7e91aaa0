#include "client/BrokerConnection.h"

#include "client/BrokerClient.h"
#include "client/EmbeddedBroker.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sc::client {

BrokerConnection::BrokerConnection(BrokerClient &client, QString dataRoot, QString brokerExecutable, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dataRoot(std::move(dataRoot))
    , m_brokerExecutable(std::move(brokerExecutable))
{
}

BrokerConnection::~BrokerConnection() = default;

void BrokerConnection::connectTo(const ConnectionProfile &profile)
{
    disconnectFromBroker();
    m_profile = profile;
    m_lastError.clear();

    if (const QString problem = profile.validationError(); !problem.isEmpty()) {
        m_lastError = problem;
        setState(State::Failed);
        return;
    }
    setState(State::Connecting);

    if (profile.mode == ConnectionProfile::Mode::Remote) {
        m_client.setBaseUrl(profile.remoteUrl);
        m_client.setAccessToken({});
        verify();
        return;
    }

    m_embedded = new EmbeddedBroker(this);
    connect(m_embedded, &EmbeddedBroker::started, this, [this](const QUrl &url) {
        m_client.setBaseUrl(url);
        m_client.setAccessToken(m_embedded->accessToken());
        setState(State::Connected);
    });
    connect(m_embedded, &EmbeddedBroker::failed, this, [this](const QString &message) {
        m_lastError = message;
        setState(State::Failed);
    });
    EmbeddedBroker::Options options;
    options.executable = m_brokerExecutable;
    options.demo = profile.mode == ConnectionProfile::Mode::OfflineDemo;
    options.dataDir = QDir(m_dataRoot).filePath(options.demo ? u"demo"_s : u"local"_s);
    m_embedded->start(options);
}

void BrokerConnection::disconnectFromBroker()
{
    if (m_embedded) {
        m_embedded->disconnect(this);
        m_embedded->stop();
        // The EmbeddedBroker's destructor ends the process if stop() has not yet.
        m_embedded->deleteLater();
        m_embedded = nullptr;
    }
    setState(State::Disconnected);
}

QString BrokerConnection::description() const
{
    const QString where = m_client.baseUrl().authority();
    switch (m_profile.mode) {
    case ConnectionProfile::Mode::OfflineDemo:
        return where.isEmpty() ? tr("Offline demo") : tr("Offline demo (embedded broker on %1)").arg(where);
    case ConnectionProfile::Mode::LocalEmbedded:
        return where.isEmpty() ? tr("Local broker") : tr("Local broker (embedded on %1)").arg(where);
    case ConnectionProfile::Mode::Remote:
        return m_profile.remoteUrl.toDisplayString();
    }
    return {};
}

QString BrokerConnection::brokerLog() const
{
    return m_embedded ? m_embedded->log() : QString();
}

void BrokerConnection::verify()
{
    m_client.fetchHealth(this, [this](const protocol::Expected<protocol::HealthStatus> &health) {
        if (m_state != State::Connecting)
            return;
        if (!health) {
            m_lastError = health.error().message;
            setState(State::Failed);
            return;
        }
        setState(State::Connected);
    });
}

void BrokerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sc::client
