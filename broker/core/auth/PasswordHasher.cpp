#include "core/auth/PasswordHasher.h"

#include "core/auth/Secrets.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <QStringList>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {
constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kHashBytes = 32;
constexpr quint64 kMaxN = quint64(1) << 22;
} // namespace

PasswordHasher::PasswordHasher(Parameters parameters)
    : m_parameters(parameters)
{
}

QByteArray PasswordHasher::derive(const QByteArray &password, const QByteArray &salt, const Parameters &parameters)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!kdf)
        throw std::runtime_error("OpenSSL has no SCRYPT KDF");
    EVP_KDF_CTX *context = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!context)
        throw std::runtime_error("EVP_KDF_CTX_new failed");

    uint64_t n = parameters.n;
    quint32 r = parameters.r;
    quint32 p = parameters.p;
    // scrypt needs 128 * N * r bytes; allow that plus headroom.
    uint64_t maxMemory = 128 * n * r * 2 + 16 * 1024 * 1024;
    QByteArray mutablePassword = password;
    QByteArray mutableSalt = salt;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, mutablePassword.data(), size_t(mutablePassword.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableSalt.data(), size_t(mutableSalt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const int ok = EVP_KDF_derive(context, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), params);
    EVP_KDF_CTX_free(context);
    OPENSSL_cleanse(mutablePassword.data(), size_t(mutablePassword.size()));
    if (ok != 1)
        throw std::runtime_error("scrypt derivation failed");
    return out;
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray salt = Secrets::randomBytes(kSaltBytes);
    const QByteArray derived = derive(password.toUtf8(), salt, m_parameters);
    return u"scrypt$%1$%2$%3$%4$%5"_s.arg(m_parameters.n)
        .arg(m_parameters.r)
        .arg(m_parameters.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

std::optional<PasswordHasher::Decoded> PasswordHasher::decode(const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 6 || parts.at(0) != u"scrypt"_s)
        return std::nullopt;
    Decoded decoded;
    bool okN = false, okR = false, okP = false;
    decoded.parameters.n = parts.at(1).toULongLong(&okN);
    decoded.parameters.r = parts.at(2).toUInt(&okR);
    decoded.parameters.p = parts.at(3).toUInt(&okP);
    decoded.salt = QByteArray::fromBase64(parts.at(4).toLatin1());
    decoded.hash = QByteArray::fromBase64(parts.at(5).toLatin1());
    const auto &parameters = decoded.parameters;
    if (!okN || !okR || !okP || parameters.n < 2 || parameters.n > kMaxN || (parameters.n & (parameters.n - 1)) != 0
        || parameters.r == 0 || parameters.r > 64 || parameters.p == 0 || parameters.p > 16 || decoded.salt.isEmpty()
        || decoded.hash.size() != kHashBytes)
        return std::nullopt;
    return decoded;
}

bool PasswordHasher::verify(const QString &password, const QString &encoded) const
{
    const auto decoded = decode(encoded);
    if (!decoded)
        return false;
    const QByteArray derived = derive(password.toUtf8(), decoded->salt, decoded->parameters);
    return CRYPTO_memcmp(derived.constData(), decoded->hash.constData(), size_t(kHashBytes)) == 0;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const auto decoded = decode(encoded);
    if (!decoded)
        return true;
    const auto &stored = decoded->parameters;
    return stored.n < m_parameters.n || stored.r < m_parameters.r || stored.p < m_parameters.p;
}

} // namespace sc::broker
