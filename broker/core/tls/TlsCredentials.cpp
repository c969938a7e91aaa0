#include "core/tls/TlsCredentials.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QFile>

#include <memory>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qsizetype kMaxPemBytes = 1024 * 1024;
constexpr int kMinRsaBits = 2048;
constexpr int kMinEcBits = 256;

struct OpenSslFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
template<typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslFree>;

// Leaves nothing in OpenSSL's per-thread error queue, where Qt would find
// it on the next handshake and report it as that handshake's error.
struct ErrorQueueGuard
{
    ~ErrorQueueGuard() { ERR_clear_error(); }
};

ApiError credentialsError(const QString &message)
{
    return ApiError{ErrorCode::BadRequest, message, {}, {}};
}

// A passphrase prompt on the broker's terminal would hang a service: an
// encrypted key simply fails to load.
int refusePassphrase(char *, int, int, void *)
{
    return 0;
}

protocol::Expected<QByteArray> readPem(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return credentialsError(u"Cannot read the TLS %1 file %2: %3."_s.arg(what, path, file.errorString()));
    if (file.size() > kMaxPemBytes)
        return credentialsError(u"The TLS %1 file %2 is too large for a PEM file."_s.arg(what, path));
    return file.readAll();
}

} // namespace

protocol::Expected<TlsCredentials> TlsCredentials::fromFiles(const QString &certificateFile, const QString &keyFile,
                                                             const QDateTime &now)
{
    const auto certificatePem = readPem(certificateFile, u"certificate"_s);
    if (!certificatePem)
        return certificatePem.error();
    const auto keyPem = readPem(keyFile, u"key"_s);
    if (!keyPem)
        return keyPem.error();
    return fromPem(*certificatePem, *keyPem, now, certificateFile, keyFile);
}

protocol::Expected<TlsCredentials> TlsCredentials::fromPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                                                           const QDateTime &now, const QString &certificateName,
                                                           const QString &keyName)
{
    const ErrorQueueGuard clearErrors;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return credentialsError(u"%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)."_s.arg(certificateName));

    OpenSslPtr<BIO> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    OpenSslPtr<EVP_PKEY> key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassphrase, nullptr)
                                    : nullptr);
    if (!key) {
        if (keyPem.contains("ENCRYPTED"))
            return credentialsError(u"The private key in %1 is encrypted; the broker needs it unencrypted, in a file "
                                    "only its own user can read."_s.arg(keyName));
        return credentialsError(u"%1 holds no PEM private key (-----BEGIN PRIVATE KEY-----)."_s.arg(keyName));
    }

    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    const int bits = EVP_PKEY_get_bits(key.get());
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        if (bits < kMinRsaBits)
            return credentialsError(
                u"The RSA key in %1 has %2 bits; use at least %3."_s.arg(keyName).arg(bits).arg(kMinRsaBits));
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        if (bits < kMinEcBits)
            return credentialsError(
                u"The EC key in %1 has %2 bits; use at least %3 (P-256)."_s.arg(keyName).arg(bits).arg(kMinEcBits));
        break;
    default:
        return credentialsError(
            u"The key in %1 is neither RSA nor EC; the broker serves RSA or EC certificates."_s.arg(keyName));
    }

    const QByteArray der = chain.constFirst().toDer();
    const auto *derBytes = reinterpret_cast<const unsigned char *>(der.constData());
    OpenSslPtr<X509> leaf(d2i_X509(nullptr, &derBytes, long(der.size())));
    if (!leaf)
        return credentialsError(u"The certificate in %1 cannot be decoded."_s.arg(certificateName));
    if (X509_check_private_key(leaf.get(), key.get()) != 1)
        return credentialsError(u"The private key in %1 does not belong to the certificate in %2 (the first one in "
                                "that file)."_s.arg(keyName, certificateName));

    // Qt reads the key back from unencrypted PKCS #8 PEM.
    OpenSslPtr<BIO> out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return credentialsError(u"The private key in %1 cannot be converted."_s.arg(keyName));
    char *data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    QByteArray pkcs8(data, qsizetype(length));
    QSslKey sslKey(pkcs8, algorithm, QSsl::Pem, QSsl::PrivateKey);
    OPENSSL_cleanse(pkcs8.data(), size_t(pkcs8.size()));
    if (sslKey.isNull())
        return credentialsError(u"The private key in %1 cannot be loaded."_s.arg(keyName));

    const QSslCertificate &certificate = chain.constFirst();
    const QString subject = certificate.subjectDisplayName();
    if (now < certificate.effectiveDate()) {
        return credentialsError(
            u"The certificate in %1 (%2) is not valid before %3; check the clock or the certificate."_s.arg(
                certificateName, subject, certificate.effectiveDate().toString(Qt::ISODate)));
    }
    if (now >= certificate.expiryDate()) {
        return credentialsError(u"The certificate in %1 (%2) expired on %3; renew it."_s.arg(
            certificateName, subject, certificate.expiryDate().toString(Qt::ISODate)));
    }
    return TlsCredentials(chain, std::move(sslKey));
}

QSslConfiguration TlsCredentials::configuration() const
{
    QSslConfiguration configuration;
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    return configuration;
}

QByteArray TlsCredentials::sha256Fingerprint() const
{
    return sha256Fingerprint(certificate());
}

QByteArray TlsCredentials::sha256Fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString TlsCredentials::formatFingerprint(const QByteArray &hex)
{
    QString formatted;
    formatted.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        if (!formatted.isEmpty())
            formatted += u':';
        formatted += QString::fromLatin1(hex.mid(i, 2)).toUpper();
    }
    return formatted;
}

} // namespace sc::broker
