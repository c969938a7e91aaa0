#include "client/EmbeddedBroker.h"

#include "client/BrokerClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace sc::client {

namespace {

constexpr QByteArrayView kListeningMarker = "SPARECLOUD_BROKER_LISTENING ";
constexpr qsizetype kMaxLogLines = 300;
constexpr int kStopGraceMs = 5'000;

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

EmbeddedBroker::EmbeddedBroker(QObject *parent)
    : QObject(parent)
    , m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The broker did not start within %1 seconds.").arg(m_startTimer->interval() / 1000));
    });
}

EmbeddedBroker::~EmbeddedBroker()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(kStopGraceMs))
            m_process->kill();
        m_process->waitForFinished(1'000);
    }
}

QString EmbeddedBroker::defaultExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("SPARECLOUD_BROKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"sparecloud-broker"_s);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(u"sparecloud-broker"_s);
}

void EmbeddedBroker::start(const Options &options)
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    const QString executable = options.executable.isEmpty() ? defaultExecutable() : options.executable;
    m_log.clear();
    m_outputBuffer.clear();
    m_baseUrl.clear();
    m_stopping = false;
    setState(State::Starting);

    if (executable.isEmpty() || !QFileInfo(executable).isExecutable()) {
        fail(tr("The broker program (sparecloud-broker) was not found."));
        return;
    }
    if (!QDir().mkpath(options.dataDir)) {
        fail(tr("Cannot create the broker's data folder %1.").arg(QDir::toNativeSeparators(options.dataDir)));
        return;
    }

    m_token = randomToken();
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The token goes through the environment, never the command line (ps shows that).
    environment.insert(u"SPARECLOUD_BROKER_TOKEN"_s, QString::fromLatin1(m_token));
    m_process->setProcessEnvironment(environment);
    // The broker must not outlive the app, even if the app crashes.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });

    QStringList arguments{u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, options.dataDir};
    if (options.demo)
        arguments.append(u"--demo"_s);
    arguments.append(options.extraArguments);

    connect(m_process, &QProcess::readyReadStandardOutput, this, &EmbeddedBroker::onOutput);
    connect(m_process, &QProcess::finished, this, &EmbeddedBroker::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The broker could not be started: %1").arg(m_process->errorString()));
    });
    m_startTimer->start(options.startTimeout);
    m_process->start(executable, arguments);
}

void EmbeddedBroker::stop()
{
    m_startTimer->stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        setState(State::Stopped);
        return;
    }
    m_stopping = true;
    m_process->terminate();
    QTimer::singleShot(kStopGraceMs, m_process, [process = m_process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}

QString EmbeddedBroker::log() const
{
    return m_log.join(u'\n');
}

void EmbeddedBroker::onOutput()
{
    m_outputBuffer.append(m_process->readAllStandardOutput());
    qsizetype newline;
    while ((newline = m_outputBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_outputBuffer.left(newline).trimmed();
        m_outputBuffer.remove(0, newline + 1);
        if (line.startsWith(kListeningMarker) && m_state == State::Starting && m_baseUrl.isEmpty()) {
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(kListeningMarker.size())));
            checkHealth();
            continue;
        }
        m_log.append(QString::fromUtf8(line));
        if (m_log.size() > kMaxLogLines)
            m_log.removeFirst();
    }
    // A child that writes without newlines must not grow the buffer forever.
    if (m_outputBuffer.size() > 64 * 1024)
        m_outputBuffer.clear();
}

void EmbeddedBroker::checkHealth()
{
    auto *client = new BrokerClient(this);
    client->setBaseUrl(m_baseUrl);
    client->setBrokerToken(m_token);
    client->setRetryPolicy({10, std::chrono::milliseconds(100), std::chrono::milliseconds(1'000)});
    client->fetchHealth(this, [this, client](const protocol::Expected<protocol::HealthStatus> &health) {
        client->deleteLater();
        if (m_state != State::Starting)
            return;
        if (!health) {
            fail(tr("The broker started but does not answer: %1").arg(health.error().message));
            return;
        }
        m_startTimer->stop();
        setState(State::Running);
        Q_EMIT started(m_baseUrl);
    });
}

void EmbeddedBroker::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimer->stop();
    if (m_stopping) {
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    if (m_state == State::Failed)
        return;
    fail(status == QProcess::CrashExit ? tr("The broker crashed.")
                                       : tr("The broker stopped unexpectedly (exit code %1).").arg(exitCode));
}

void EmbeddedBroker::fail(const QString &message)
{
    if (m_state == State::Failed)
        return;
    m_startTimer->stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process->kill();
    }
    // The message goes out with failed(); log() stays the broker's own output.
    setState(State::Failed);
    Q_EMIT failed(message);
}

void EmbeddedBroker::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sc::client
