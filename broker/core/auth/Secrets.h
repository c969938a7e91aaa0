#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sc::broker {

// Random secrets and their digests. Bearer secrets (session tokens, API keys)
// are stored only as SHA-256 digests: they carry 256 random bits, so a slow
// hash adds nothing.
namespace Secrets {

QByteArray randomBytes(qsizetype count);
// 32 random bytes, URL-safe base64 without padding (43 characters), with an
// optional readable prefix ("sck_" for API keys).
QByteArray newToken(QByteArrayView prefix = {});
QByteArray digest(QByteArrayView secret);
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Secrets

} // namespace sc::broker
