#pragma once

// A real sparecloud-broker started the way an operator runs one (no embedded
// token: accounts and sessions guard it), on a free loopback port with its
// own data folder, for the tests that log in to a remote broker.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class RemoteBroker
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };

    explicit RemoteBroker(QStringList extraArguments = {})
    {
        using namespace Qt::StringLiterals;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"SPARECLOUD_BROKER_TOKEN"_s);
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(SPARECLOUD_BROKER_EXE),
                        QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_dir.path()} + extraArguments);
        const bool listening = QTest::qWaitFor(
            [this] {
                m_output += m_process.readAll();
                const qsizetype marker = m_output.indexOf("SPARECLOUD_BROKER_LISTENING ");
                const qsizetype end = marker < 0 ? -1 : m_output.indexOf('\n', marker);
                if (end > 0) {
                    const QByteArray line = m_output.mid(marker, end - marker).trimmed();
                    m_url = QUrl(QString::fromUtf8(line.mid(line.indexOf(' ') + 1)));
                }
                return m_url.isValid() || m_process.state() == QProcess::NotRunning;
            },
            20'000);
        if (!listening)
            qWarning("sparecloud-broker did not say where it listens: %s", m_output.constData());
    }

    ~RemoteBroker()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000))
            m_process.kill();
    }

    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QByteArray output() const { return m_output; }

    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QByteArray &token = {})
    {
        QUrl url = m_url;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10'000);
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return result;
    }

    // POST /auth/register; true when the account exists afterwards.
    bool registerAccount(const QString &email, const QString &password, const QString &displayName,
                         const QString &organization, const QString &role = QStringLiteral("buyer"))
    {
        using namespace Qt::StringLiterals;
        const Reply reply = send("POST",
                                 u"/api/v1/auth/register"_s,
                                 QJsonObject{{u"email"_s, email},
                                             {u"password"_s, password},
                                             {u"displayName"_s, displayName},
                                             {u"organizationName"_s, organization},
                                             {u"countryCode"_s, u"DE"_s},
                                             {u"role"_s, role}});
        if (reply.status != 201)
            qWarning() << "registration failed:" << reply.status << reply.json;
        return reply.status == 201;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
    QNetworkAccessManager m_network;
};
