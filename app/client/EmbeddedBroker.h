#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QTimer;

namespace sc::client {

// Runs sparecloud-broker as a child process on 127.0.0.1: a port the broker
// picks itself (it prints it), a one-time access token passed through the
// environment, and a health check before started() is emitted. The broker is
// stopped (SIGTERM, then killed after a grace period) when this object stops
// or is destroyed.
class EmbeddedBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedBroker)

public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    struct Options
    {
        QString executable; // empty: defaultExecutable()
        QString dataDir;    // broker database and files
        bool demo = false;
        std::chrono::milliseconds startTimeout{20'000};
        QStringList extraArguments;
    };

    explicit EmbeddedBroker(QObject *parent = nullptr);
    ~EmbeddedBroker() override;

    // sparecloud-broker next to the running executable, else on PATH;
    // SPARECLOUD_BROKER in the environment overrides both.
    static QString defaultExecutable();

    void start(const Options &options);
    void stop();

    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray accessToken() const { return m_token; }
    // The broker's recent output, for the "failed to start" message.
    QString log() const;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void stopped();
    void stateChanged(sc::client::EmbeddedBroker::State state);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void checkHealth();
    void fail(const QString &message);
    void setState(State state);

    QProcess *m_process = nullptr;
    QTimer *m_startTimer = nullptr;
    State m_state = State::Stopped;
    QUrl m_baseUrl;
    QByteArray m_token;
    QByteArray m_outputBuffer;
    QStringList m_log;
    bool m_stopping = false;
};

} // namespace sc::client
