#include "client/ConnectionProfile.h"

#include "client/BrokerClient.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sc::client {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString modeKey(ConnectionProfile::Mode mode)
{
    switch (mode) {
    case ConnectionProfile::Mode::OfflineDemo: return u"demo"_s;
    case ConnectionProfile::Mode::LocalEmbedded: return u"local"_s;
    case ConnectionProfile::Mode::Remote: return u"remote"_s;
    }
    return u"demo"_s;
}

} // namespace

QString ConnectionProfile::validationError() const
{
    if (mode != Mode::Remote)
        return {};
    if (!remoteUrl.isValid() || remoteUrl.host().isEmpty())
        return QCoreApplication::translate("ConnectionProfile",
                                           "Enter the broker's address, for example https://broker.example.com.");
    const QString scheme = remoteUrl.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return QCoreApplication::translate("ConnectionProfile", "The broker's address must start with https://.");
    if (scheme == u"http"_s && !isLoopbackHost(remoteUrl.host()) && !allowInsecureHttp) {
        return QCoreApplication::translate(
            "ConnectionProfile",
            "Plain HTTP would send your login unencrypted. Use https://, or explicitly allow plain HTTP.");
    }
    if (!trustedCertificateSha256.isEmpty() && BrokerClient::normalizeFingerprint(trustedCertificateSha256).isEmpty()) {
        return QCoreApplication::translate(
            "ConnectionProfile", "The trusted certificate fingerprint must be a SHA-256 fingerprint (64 hex digits).");
    }
    return {};
}

void ConnectionProfile::save(QSettings &settings) const
{
    settings.setValue(u"connection/mode"_s, modeKey(mode));
    settings.setValue(u"connection/remoteUrl"_s, remoteUrl.toString());
    settings.setValue(u"connection/allowInsecureHttp"_s, allowInsecureHttp);
    settings.setValue(u"connection/trustedCertificateSha256"_s, QString::fromLatin1(trustedCertificateSha256));
}

ConnectionProfile ConnectionProfile::load(const QSettings &settings)
{
    ConnectionProfile profile;
    const QString mode = settings.value(u"connection/mode"_s).toString();
    if (mode == u"local"_s)
        profile.mode = Mode::LocalEmbedded;
    else if (mode == u"remote"_s)
        profile.mode = Mode::Remote;
    profile.remoteUrl = QUrl(settings.value(u"connection/remoteUrl"_s).toString());
    profile.allowInsecureHttp = settings.value(u"connection/allowInsecureHttp"_s, false).toBool();
    profile.trustedCertificateSha256 = settings.value(u"connection/trustedCertificateSha256"_s).toString().toLatin1();
    return profile;
}

} // namespace sc::client
