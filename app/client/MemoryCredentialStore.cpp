#include "client/MemoryCredentialStore.h"

#include <QPointer>
#include <QTimer>

namespace sc::client {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

void MemoryCredentialStore::answer(QObject *context, Callback callback, Result result)
{
    // Without a context the store itself is the context: no answer after it is gone.
    QTimer::singleShot(0, context ? context : this, [callback = std::move(callback), result = std::move(result)] {
        callback(result);
    });
}

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback callback)
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend()) {
        answer(context, std::move(callback), Result{Status::NotFound, {}, tr("Nothing is stored for %1.").arg(key)});
        return;
    }
    answer(context, std::move(callback), Result{Status::Ok, *found, {}});
}

void MemoryCredentialStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback callback)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(callback), Result{});
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback callback)
{
    if (!m_secrets.remove(key)) {
        answer(context, std::move(callback), Result{Status::NotFound, {}, tr("Nothing is stored for %1.").arg(key)});
        return;
    }
    answer(context, std::move(callback), Result{});
}

} // namespace sc::client
