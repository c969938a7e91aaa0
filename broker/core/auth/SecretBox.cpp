#include "core/auth/SecretBox.h"

#include "core/auth/Secrets.h"

#include <openssl/evp.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr QByteArrayView kVersion = "v1";
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{
    if (m_key.size() != kKeyBytes)
        throw std::invalid_argument("SecretBox needs a 32-byte key");
}

protocol::Expected<SecretBox> SecretBox::fromKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return ApiError{ErrorCode::Internal, u"Cannot create the key file %1."_s.arg(path), {}, {}};
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(Secrets::randomBytes(kKeyBytes).toBase64() + '\n');
        if (!out.commit())
            return ApiError{ErrorCode::Internal, u"Cannot write the key file %1."_s.arg(path), {}, {}};
    }
    if (!file.open(QIODevice::ReadOnly))
        return ApiError{ErrorCode::Internal, u"Cannot read the key file %1."_s.arg(path), {}, {}};
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        return ApiError{ErrorCode::Internal,
                        u"The key file %1 is readable by others; allow only its owner (chmod 600)."_s.arg(path),
                        {},
                        {}};
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.size() != kKeyBytes)
        return ApiError{ErrorCode::Internal, u"The key file %1 does not hold a 256-bit key."_s.arg(path), {}, {}};
    return SecretBox(key);
}

QByteArray SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    const QByteArray nonce = Secrets::randomBytes(kNonceBytes);
    CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray out = kVersion.toByteArray() + nonce;
    out.resize(out.size() + plaintext.size() + kTagBytes);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data()) + kVersion.size() + kNonceBytes;
    int length = 0;
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData), int(associatedData.size())) != 1
        || EVP_EncryptUpdate(context.get(), cipher, &length, bytes(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(context.get(), cipher + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, cipher + plaintext.size()) != 1)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return out;
}

std::optional<QByteArray> SecretBox::open(QByteArrayView sealed, QByteArrayView associatedData) const
{
    const qsizetype overhead = kVersion.size() + kNonceBytes + kTagBytes;
    if (sealed.size() < overhead || !sealed.startsWith(kVersion))
        return std::nullopt;
    const QByteArrayView nonce = sealed.sliced(kVersion.size(), kNonceBytes);
    const QByteArrayView cipher = sealed.sliced(kVersion.size() + kNonceBytes, sealed.size() - overhead);
    QByteArray tag = sealed.last(kTagBytes).toByteArray();
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new());
    int length = 0;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData), int(associatedData.size())) != 1
        || EVP_DecryptUpdate(context.get(),
                             reinterpret_cast<unsigned char *>(plain.data()),
                             &length,
                             bytes(cipher),
                             int(cipher.size()))
               != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1)
        return std::nullopt;
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(context.get(), reinterpret_cast<unsigned char *>(plain.data()) + length, &finalLength) != 1)
        return std::nullopt;
    return plain;
}

QByteArray SecretBox::deriveKey(QByteArrayView purpose) const
{
    return QMessageAuthenticationCode::hash(purpose.toByteArray(), m_key, QCryptographicHash::Sha256);
}

} // namespace sc::broker
