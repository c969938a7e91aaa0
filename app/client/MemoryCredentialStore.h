#pragma once

#include "client/CredentialStore.h"

#include <QHash>

namespace sc::client {

// Secrets kept in memory for as long as the store lives: for tests, and for
// the offline demo, whose sessions have nothing worth keeping. Answers on
// the next turn of the event loop, as a keyring would.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // For tests: what is stored, without going through the event loop.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

private:
    void answer(QObject *context, Callback callback, Result result);

    QHash<QString, QByteArray> m_secrets;
};

} // namespace sc::client
