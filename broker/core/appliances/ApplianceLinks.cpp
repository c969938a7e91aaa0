#include "core/appliances/ApplianceLinks.h"

#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace sc::broker {

ApplianceLinks::ApplianceLinks(QByteArray key)
    : m_key(std::move(key))
{
}

QString ApplianceLinks::pathFor(const QString &sha256)
{
    return u"/api/v1/appliance-files/"_s + sha256;
}

QByteArray ApplianceLinks::sign(const QString &sha256, qint64 providerId, qint64 expiresUnix) const
{
    const QByteArray message = sha256.toLatin1() + '\n' + QByteArray::number(providerId) + '\n'
                               + QByteArray::number(expiresUnix);
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
}

QUrl ApplianceLinks::make(const QUrl &base, const QString &sha256, qint64 providerId, const QDateTime &expiresAt) const
{
    const qint64 expires = expiresAt.toSecsSinceEpoch();
    QUrl url = base;
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + pathFor(sha256));
    QUrlQuery query;
    query.addQueryItem(u"provider"_s, QString::number(providerId));
    query.addQueryItem(u"expires"_s, QString::number(expires));
    query.addQueryItem(u"signature"_s, QString::fromLatin1(sign(sha256, providerId, expires).toHex()));
    url.setQuery(query);
    return url;
}

bool ApplianceLinks::verify(const QString &sha256, qint64 providerId, qint64 expiresUnix, const QString &signatureHex,
                            const QDateTime &now) const
{
    if (expiresUnix < now.toSecsSinceEpoch())
        return false;
    const QByteArray given = QByteArray::fromHex(signatureHex.toLatin1());
    const QByteArray expected = sign(sha256, providerId, expiresUnix);
    return given.size() == expected.size()
           && CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace sc::broker
