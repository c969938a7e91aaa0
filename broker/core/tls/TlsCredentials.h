#pragma once

#include "protocol/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace sc::broker {

// The broker's HTTPS identity: a certificate (with any intermediates after
// it) and the private key that belongs to it, read from PEM and checked
// before the broker listens: readable, the key unencrypted and matching the
// certificate, RSA of at least 2048 bits or EC of at least 256, and the
// certificate valid now. Errors name the file and say what to do.
class TlsCredentials
{
public:
    static protocol::Expected<TlsCredentials> fromFiles(const QString &certificateFile, const QString &keyFile,
                                                        const QDateTime &now);
    // certificateName and keyName only appear in error messages.
    static protocol::Expected<TlsCredentials> fromPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                                                      const QDateTime &now, const QString &certificateName,
                                                      const QString &keyName);

    const QList<QSslCertificate> &chain() const { return m_chain; }
    const QSslCertificate &certificate() const { return m_chain.constFirst(); }
    const QSslKey &privateKey() const { return m_key; }
    // The certificate chain and key, for HttpServer::setTlsConfiguration.
    QSslConfiguration configuration() const;

    // SHA-256 of the certificate's DER encoding, 64 lower-case hex digits:
    // what a client that trusts this certificate by fingerprint compares.
    QByteArray sha256Fingerprint() const;
    static QByteArray sha256Fingerprint(const QSslCertificate &certificate);
    // "AB:CD:…", as `openssl x509 -fingerprint -sha256` prints it.
    static QString formatFingerprint(const QByteArray &hex);

private:
    TlsCredentials(QList<QSslCertificate> chain, QSslKey key)
        : m_chain(std::move(chain))
        , m_key(std::move(key))
    {
    }

    QList<QSslCertificate> m_chain;
    QSslKey m_key;
};

} // namespace sc::broker
