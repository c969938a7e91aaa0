#include "client/RememberedLogins.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace sc::client {

namespace {

// One spelling per broker: "https://Broker.example.com/" is "https://broker.example.com".
QString normalized(const QUrl &broker)
{
    QUrl url = broker.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveUserInfo
                               | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path() == u"/"_s)
        url.setPath({});
    return url.toString(QUrl::FullyEncoded);
}

// QSettings keys treat '/' as a group separator: percent-encode the whole URL.
QString settingsKey(const QUrl &broker)
{
    return u"rememberedLogins/"_s + QString::fromLatin1(QUrl::toPercentEncoding(normalized(broker)));
}

} // namespace

RememberedLogins::RememberedLogins(CredentialStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString RememberedLogins::keyFor(const QUrl &broker, const QString &email)
{
    return normalized(broker) + u' ' + email.trimmed().toLower();
}

QString RememberedLogins::lastEmail(const QUrl &broker) const
{
    return QSettings().value(settingsKey(broker)).toString();
}

void RememberedLogins::setLastEmail(const QUrl &broker, const QString &email)
{
    QSettings().setValue(settingsKey(broker), email.trimmed());
}

void RememberedLogins::remember(const QUrl &broker, const QString &email, const QByteArray &token, QObject *context,
                                CredentialStore::Callback callback)
{
    setLastEmail(broker, email);
    m_store.write(keyFor(broker, email), token, context, std::move(callback));
}

void RememberedLogins::recall(const QUrl &broker, QObject *context, RecallCallback callback)
{
    const QString email = lastEmail(broker);
    if (email.isEmpty()) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [callback = std::move(callback)] {
                callback(Recalled{{}, CredentialStore::Result{CredentialStore::Status::NotFound, {}, {}}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_store.read(
        keyFor(broker, email), context, [email, callback = std::move(callback)](const CredentialStore::Result &token) {
            callback(Recalled{email, token});
        });
}

void RememberedLogins::forget(const QUrl &broker, const QString &email, QObject *context,
                              CredentialStore::Callback callback)
{
    m_store.remove(keyFor(broker, email), context, std::move(callback));
}

} // namespace sc::client
