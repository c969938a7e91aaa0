#include "client/KeychainCredentialStore.h"

#include "client/BrokerClient.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace sc::client {

namespace {

CredentialStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return CredentialStore::Status::Ok;
    case QKeychain::EntryNotFound: return CredentialStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return CredentialStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return CredentialStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: return CredentialStore::Status::Failed;
    }
    return CredentialStore::Status::Failed;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
}

void KeychainCredentialStore::run(QKeychain::Job *job, QObject *context, Callback callback)
{
    // Never a file in place of the keyring (QtKeychain's QSettings fallback).
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    const bool hasContext = context != nullptr;
    connect(job,
            &QKeychain::Job::finished,
            this,
            [job, hasContext, context = QPointer<QObject>(context), callback = std::move(callback)] {
                if (hasContext && !context)
                    return;
                Result result;
                result.status = statusOf(job->error());
                if (!result.ok()) {
                    result.error = job->errorString();
                    qCInfo(lcClient).noquote() << "keyring:" << job->key() << "-" << result.error;
                } else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
                    result.secret = read->binaryData();
                }
                callback(result);
            });
    job->start();
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(callback));
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, context, std::move(callback));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(callback));
}

} // namespace sc::client
