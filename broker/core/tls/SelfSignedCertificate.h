#pragma once

#include "core/tls/TlsCredentials.h"
#include "protocol/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>

namespace sc::broker {

// A self-signed certificate for trying the broker over HTTPS without a CA:
// an EC P-256 key (or RSA 3072), a one-year X.509 v3 certificate for "localhost",
// 127.0.0.1, ::1 and the given hosts (subjectAltName), serverAuth only.
// Clients cannot verify it against a CA; they trust it by its SHA-256
// fingerprint, which the broker prints when it starts.
class SelfSignedCertificate
{
public:
    enum class KeyType { EcP256, Rsa3072 };

    struct Pem
    {
        QByteArray certificate;
        QByteArray privateKey; // unencrypted PKCS #8
    };

    static constexpr std::chrono::days kValidity{365};
    static constexpr const char *kCertificateFileName = "broker-cert.pem";
    static constexpr const char *kKeyFileName = "broker-key.pem";

    // hosts: DNS names or IP addresses to add to the defaults.
    static protocol::Expected<Pem> generate(const QStringList &hosts, const QDateTime &now,
                                            KeyType keyType = KeyType::EcP256);

    // The pair in folder (kCertificateFileName, kKeyFileName), generated when
    // both files are missing and again when the certificate has expired;
    // otherwise loaded and checked like any other. The folder is created
    // with mode 0700 and the key written with mode 0600. *generated tells
    // whether a new certificate (with a new fingerprint) was made.
    static protocol::Expected<TlsCredentials> loadOrCreate(const QString &folder, const QStringList &hosts,
                                                           const QDateTime &now, bool *generated = nullptr);
};

} // namespace sc::broker
