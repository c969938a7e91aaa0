#pragma once

#include "client/CredentialStore.h"

namespace QKeychain {
class Job;
}

namespace sc::client {

// Secrets in the desktop's keyring through QtKeychain (on Linux the D-Bus
// secret service: GNOME Keyring, KWallet, KeePassXC). QtKeychain's plain-text
// fallback stays off: without a keyring every call reports Unavailable or
// Failed with the keyring's own words, and the user is simply not remembered.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    // service: the name the keyring files the secrets under ("SpareCloud").
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    void run(QKeychain::Job *job, QObject *context, Callback callback);

    QString m_service;
};

} // namespace sc::client
