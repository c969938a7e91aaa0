#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace sc::client {

// Where the desktop app gets its broker from.
struct ConnectionProfile
{
    enum class Mode {
        OfflineDemo,   // embedded broker with demo data, loopback only
        LocalEmbedded, // embedded broker with the user's own data
        Remote,        // a broker URL (HTTPS unless loopback)
    };

    Mode mode = Mode::OfflineDemo;
    QUrl remoteUrl;
    bool allowInsecureHttp = false; // plain HTTP to a non-loopback host, explicitly allowed
    // Remote HTTPS only: the SHA-256 fingerprint (hex) of a certificate the
    // user chose to trust although it does not verify (a self-signed
    // broker). Empty: only certificates that verify. See BrokerClient.
    QByteArray trustedCertificateSha256;

    // Empty when usable, else why not (for the connection dialog).
    QString validationError() const;

    void save(QSettings &settings) const;
    static ConnectionProfile load(const QSettings &settings);

    bool operator==(const ConnectionProfile &) const = default;
};

} // namespace sc::client
