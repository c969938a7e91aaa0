#pragma once

#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslServer>

class QSslSocket;

namespace sc::http {

// A QSslServer that tells its owner about every accepted socket before its
// handshake starts, so that the owner can count it against its connection
// limits (or refuse it) and bound the handshake. QSslServer does the
// handshake, enforces its own handshake timeout and deletes sockets whose
// handshake fails; sockets that complete it become pending connections as
// usual (pendingConnectionAvailable).
class HttpTlsListener final : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTlsListener)

public:
    explicit HttpTlsListener(QObject *parent = nullptr);
    ~HttpTlsListener() override;

    // The server's TLS policy laid over a configuration that carries the
    // certificate (chain) and private key: TLS 1.2 or later; in TLS 1.2 only
    // ECDHE key exchange (forward secrecy) with AEAD ciphers (AES-GCM,
    // ChaCha20-Poly1305); in TLS 1.3 its three AEAD suites; no client
    // certificates asked for. Everything else in the configuration is replaced.
    static QSslConfiguration withPolicy(const QSslConfiguration &credentials);
    // The TLS 1.2 and 1.3 ciphers the policy allows, strongest first.
    static QList<QSslCipher> modernCiphers();

Q_SIGNALS:
    // A TCP connection was accepted; its TLS handshake has not started. The
    // socket is this listener's child until the handshake completes. A
    // receiver may abort() it and deleteLater() it to refuse it.
    void handshakePending(QSslSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace sc::http
