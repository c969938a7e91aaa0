#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sc::broker {

struct ScryptParameters
{
    quint64 n = quint64(1) << 17; // OWASP: N=2^17, r=8, p=1 (128 MiB)
    quint32 r = 8;
    quint32 p = 1;
    bool operator==(const ScryptParameters &) const = default;
};

// scrypt through OpenSSL 3's EVP_KDF. The parameters travel with each hash
// ("scrypt$N$r$p$salt$hash", base64), so raising them later only means
// verified logins get rehashed (needsRehash).
class PasswordHasher
{
public:
    using Parameters = ScryptParameters;

    explicit PasswordHasher(Parameters parameters = Parameters());

    // Throws std::runtime_error only when OpenSSL itself fails.
    QString hash(const QString &password) const;
    bool verify(const QString &password, const QString &encoded) const;
    // True when the stored hash is weaker than the current parameters.
    bool needsRehash(const QString &encoded) const;

    const Parameters &parameters() const { return m_parameters; }
    // Cheap parameters for tests and the demo; never for real accounts.
    static Parameters fastParametersForTests() { return {quint64(1) << 10, 8, 1}; }

private:
    struct Decoded
    {
        Parameters parameters;
        QByteArray salt;
        QByteArray hash;
    };
    static std::optional<Decoded> decode(const QString &encoded);
    static QByteArray derive(const QByteArray &password, const QByteArray &salt, const Parameters &parameters);

    Parameters m_parameters;
};

} // namespace sc::broker
