#pragma once

#include "protocol/Expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sc::broker {

// Authenticated encryption (AES-256-GCM) for secrets the broker must be able
// to read back, such as provider credentials. The key lives in a file outside
// the database (mode 0600), so a copy of the database alone reveals nothing.
// Sealed format: "v1" | 12-byte nonce | ciphertext | 16-byte tag.
class SecretBox
{
public:
    static constexpr qsizetype kKeyBytes = 32;

    explicit SecretBox(QByteArray key);

    // Reads the key file, creating it with a fresh random key when missing.
    static protocol::Expected<SecretBox> fromKeyFile(const QString &path);

    // associatedData binds the ciphertext to its owner (for example
    // "provider:42"): a sealed value copied to another row fails to open.
    QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData) const;

    // A 32-byte key for another purpose (for example "appliance-links"),
    // derived from this one: HMAC-SHA-256(key, purpose).
    QByteArray deriveKey(QByteArrayView purpose) const;

private:
    QByteArray m_key;
};

} // namespace sc::broker
