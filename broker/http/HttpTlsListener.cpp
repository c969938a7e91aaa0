#include "http/HttpTlsListener.h"

#include <QSslKey>
#include <QSslSocket>

namespace sc::http {

namespace {
// ECDHE for forward secrecy, then AEAD only: no CBC, no RSA key exchange,
// no SHA-1 MACs. The TLS 1.3 suites are listed for Qt's benefit (it shows
// them as ciphers); OpenSSL takes those from kTls13Suites.
constexpr const char *kCipherNames[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_AES_128_GCM_SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
    "ECDHE-RSA-CHACHA20-POLY1305",
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES128-GCM-SHA256",
};
constexpr char kTls13Suites[] = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";
} // namespace

QList<QSslCipher> HttpTlsListener::modernCiphers()
{
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    QList<QSslCipher> ciphers;
    for (const char *name : kCipherNames) {
        const QSslCipher cipher(QString::fromLatin1(name));
        if (!cipher.isNull() && supported.contains(cipher))
            ciphers.append(cipher);
    }
    return ciphers;
}

QSslConfiguration HttpTlsListener::withPolicy(const QSslConfiguration &credentials)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(credentials.localCertificateChain());
    configuration.setPrivateKey(credentials.privateKey());
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(modernCiphers());
    configuration.setBackendConfigurationOption("Ciphersuites", QByteArray(kTls13Suites));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setCaCertificates({});
    configuration.setSslOption(QSsl::SslOptionDisableCompression, true);
    configuration.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, true);
    configuration.setSslOption(QSsl::SslOptionDisableServerCipherPreference, false);
    return configuration;
}

HttpTlsListener::HttpTlsListener(QObject *parent)
    : QSslServer(parent)
{
}

HttpTlsListener::~HttpTlsListener() = default;

void HttpTlsListener::incomingConnection(qintptr descriptor)
{
    QSslServer::incomingConnection(descriptor);
    // QSslServer has no hook for this moment, but it creates the socket as
    // its newest child (checked on 6.4.2); the loop only goes further back
    // should a later Qt add a child of its own after it.
    const QObjectList &children = this->children();
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        auto *socket = qobject_cast<QSslSocket *>(*it);
        if (socket && socket->socketDescriptor() == descriptor) {
            Q_EMIT handshakePending(socket);
            return;
        }
    }
}

} // namespace sc::http
