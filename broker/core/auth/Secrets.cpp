#include "core/auth/Secrets.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <QCryptographicHash>

#include <stdexcept>

namespace sc::broker::Secrets {

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(count)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return bytes;
}

QByteArray newToken(QByteArrayView prefix)
{
    return prefix.toByteArray()
           + randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray digest(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const QByteArray digestA = digest(a);
    const QByteArray digestB = digest(b);
    return CRYPTO_memcmp(digestA.constData(), digestB.constData(), size_t(digestA.size())) == 0;
}

} // namespace sc::broker::Secrets
