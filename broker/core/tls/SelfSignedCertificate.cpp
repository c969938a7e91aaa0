#include "core/tls/SelfSignedCertificate.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kBackdateSeconds = 3600; // tolerate clients whose clocks lag
constexpr int kSerialBytes = 16;
constexpr qsizetype kMaxDnsNameLength = 253;

struct OpenSslFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(BIGNUM *number) const { BN_free(number); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
    void operator()(GENERAL_NAME *name) const { GENERAL_NAME_free(name); }
    void operator()(ASN1_STRING *string) const { ASN1_STRING_free(string); }
};
template<typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslFree>;

struct ErrorQueueGuard
{
    ~ErrorQueueGuard() { ERR_clear_error(); }
};

ApiError generationError(const char *step)
{
    return ApiError{ErrorCode::Internal,
                    u"Cannot generate a self-signed certificate (%1 failed)."_s.arg(QString::fromLatin1(step)),
                    {},
                    {}};
}

ApiError fileError(const QString &message)
{
    return ApiError{ErrorCode::Internal, message, {}, {}};
}

bool isDnsName(const QString &host)
{
    if (host.isEmpty() || host.size() > kMaxDnsNameLength)
        return false;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

GENERAL_NAME *newName(int type, const QByteArray &value)
{
    OpenSslPtr<ASN1_STRING> string(type == GEN_IPADD ? ASN1_OCTET_STRING_new() : ASN1_IA5STRING_new());
    OpenSslPtr<GENERAL_NAME> name(GENERAL_NAME_new());
    if (!string || !name || ASN1_STRING_set(string.get(), value.constData(), int(value.size())) != 1)
        return nullptr;
    GENERAL_NAME_set0_value(name.get(), type, string.release());
    return name.release();
}

// subjectAltName from the defaults and the extra hosts; names OpenSSL gets
// as structures, never as a configuration string they could inject into.
GENERAL_NAMES *alternativeNames(const QStringList &hosts)
{
    QStringList all{u"localhost"_s, u"127.0.0.1"_s, u"::1"_s};
    all += hosts;
    OpenSslPtr<GENERAL_NAMES> names(sk_GENERAL_NAME_new_null());
    if (!names)
        return nullptr;
    QSet<QString> seen;
    for (const QString &entry : std::as_const(all)) {
        const QString host = entry.trimmed().toLower();
        const QHostAddress address(host);
        QByteArray value;
        int type = GEN_DNS;
        if (!address.isNull() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 ip = address.toIPv4Address();
            value = QByteArray(4, '\0');
            for (int i = 0; i < 4; ++i)
                value[i] = char((ip >> (24 - 8 * i)) & 0xff);
            type = GEN_IPADD;
        } else if (!address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR ip = address.toIPv6Address();
            value = QByteArray(reinterpret_cast<const char *>(ip.c), 16);
            type = GEN_IPADD;
        } else if (isDnsName(host)) {
            value = host.toLatin1();
        } else {
            continue; // not a name a certificate can carry
        }
        const QString key = QString::number(type) + u'/' + QString::fromLatin1(value.toHex());
        if (seen.contains(key))
            continue;
        seen.insert(key);
        OpenSslPtr<GENERAL_NAME> name(newName(type, value));
        if (!name || sk_GENERAL_NAME_push(names.get(), name.get()) == 0)
            return nullptr;
        name.release();
    }
    return names.release();
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    OpenSslPtr<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray toPem(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // On the temporary file, before a byte of the key is in it.
    if (!file.setPermissions(permissions))
        return false;
    return file.write(data) == data.size() && file.commit();
}

} // namespace

protocol::Expected<SelfSignedCertificate::Pem> SelfSignedCertificate::generate(const QStringList &hosts,
                                                                               const QDateTime &now, KeyType keyType)
{
    const ErrorQueueGuard clearErrors;
    const bool rsa = keyType == KeyType::Rsa3072;
    OpenSslPtr<EVP_PKEY> key(rsa ? EVP_RSA_gen(3072) : EVP_EC_gen("P-256"));
    if (!key)
        return generationError(rsa ? "RSA 3072 key generation" : "EC P-256 key generation");
    OpenSslPtr<X509> certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return generationError("X509_new");

    unsigned char serial[kSerialBytes];
    if (RAND_bytes(serial, kSerialBytes) != 1)
        return generationError("RAND_bytes");
    serial[0] &= 0x7f; // positive
    serial[0] |= 0x01; // and of full length
    OpenSslPtr<BIGNUM> serialNumber(BN_bin2bn(serial, kSerialBytes, nullptr));
    if (!serialNumber || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(certificate.get())))
        return generationError("serial number");

    const qint64 start = now.toSecsSinceEpoch() - kBackdateSeconds;
    const qint64 end = now.toSecsSinceEpoch() + std::chrono::seconds(kValidity).count();
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(start))
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(end)))
        return generationError("validity");

    X509_NAME *name = X509_get_subject_name(certificate.get());
    const auto text = [](const char *value) { return reinterpret_cast<const unsigned char *>(value); };
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, text("SpareCloud (self-signed)"), -1, -1, 0) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, text("SpareCloud broker"), -1, -1, 0) != 1
        || X509_set_issuer_name(certificate.get(), name) != 1 || X509_set_pubkey(certificate.get(), key.get()) != 1)
        return generationError("subject");

    OpenSslPtr<GENERAL_NAMES> names(alternativeNames(hosts));
    if (!names || X509_add1_ext_i2d(certificate.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return generationError("subjectAltName");
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(),
                         NID_key_usage,
                         rsa ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash"))
        return generationError("extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return generationError("signing");

    OpenSslPtr<BIO> certificateOut(BIO_new(BIO_s_mem()));
    OpenSslPtr<BIO> keyOut(BIO_new(BIO_s_mem()));
    if (!certificateOut || !keyOut || PEM_write_bio_X509(certificateOut.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return generationError("PEM encoding");
    return Pem{toPem(certificateOut.get()), toPem(keyOut.get())};
}

protocol::Expected<TlsCredentials> SelfSignedCertificate::loadOrCreate(const QString &folder, const QStringList &hosts,
                                                                       const QDateTime &now, bool *generated)
{
    if (generated)
        *generated = false;
    const QDir dir(folder);
    const QString certificatePath = dir.filePath(QString::fromLatin1(kCertificateFileName));
    const QString keyPath = dir.filePath(QString::fromLatin1(kKeyFileName));
    const bool haveCertificate = QFileInfo::exists(certificatePath);
    const bool haveKey = QFileInfo::exists(keyPath);

    bool create = !haveCertificate && !haveKey;
    if (haveCertificate != haveKey) {
        return fileError(u"Only one of %1 and %2 exists; remove it to have a new self-signed pair generated."_s.arg(
            certificatePath, keyPath));
    }
    if (!create) {
        if (QFile::permissions(keyPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::WriteOther))
            return fileError(u"The TLS key %1 is readable by others; allow only its owner (chmod 600)."_s.arg(keyPath));
        QFile file(certificatePath);
        const QList<QSslCertificate> existing = file.open(QIODevice::ReadOnly)
                                                    ? QSslCertificate::fromDevice(&file, QSsl::Pem)
                                                    : QList<QSslCertificate>();
        // An expired trial certificate is simply replaced (its fingerprint changes).
        create = !existing.isEmpty() && now >= existing.constFirst().expiryDate();
        if (!create)
            return TlsCredentials::fromFiles(certificatePath, keyPath, now);
    }

    if (!QDir().mkpath(folder))
        return fileError(u"Cannot create the folder %1."_s.arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto pem = generate(hosts, now);
    if (!pem)
        return pem.error();
    if (!writeFile(keyPath, pem->privateKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fileError(u"Cannot write the TLS key %1."_s.arg(keyPath));
    if (!writeFile(certificatePath,
                   pem->certificate,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return fileError(u"Cannot write the TLS certificate %1."_s.arg(certificatePath));
    if (generated)
        *generated = true;
    return TlsCredentials::fromPem(pem->certificate, pem->privateKey, now, certificatePath, keyPath);
}

} // namespace sc::broker
