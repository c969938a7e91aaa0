#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace sc::broker {

// Signed, expiring URLs through which a provider fetches an appliance's bytes:
//   <base>/api/v1/appliance-files/<sha256>?provider=<id>&expires=<unix s>&signature=<hex>
// The signature is HMAC-SHA-256 over "<sha256>\n<provider>\n<expires>" under a
// key derived from the broker's secret key, so a URL names exactly one image,
// one provider and one deadline, and nothing else can be made from it.
class ApplianceLinks
{
public:
    explicit ApplianceLinks(QByteArray key);

    QUrl make(const QUrl &base, const QString &sha256, qint64 providerId, const QDateTime &expiresAt) const;
    // Constant-time comparison; false when expired at `now`.
    bool verify(const QString &sha256, qint64 providerId, qint64 expiresUnix, const QString &signatureHex,
                const QDateTime &now) const;

    static QString pathFor(const QString &sha256);

private:
    QByteArray sign(const QString &sha256, qint64 providerId, qint64 expiresUnix) const;

    QByteArray m_key;
};

} // namespace sc::broker
