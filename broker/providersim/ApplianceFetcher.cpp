#include "providersim/ApplianceFetcher.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace sc::providersim {

namespace {

constexpr int kTransferTimeoutMs = 60'000;

} // namespace

ApplianceFetcher::ApplianceFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ApplianceFetcher::~ApplianceFetcher() = default;

void ApplianceFetcher::fetch(const QUrl &url, const QString &sha256, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    auto hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, hash] { hash->addData(reply->readAll()); });
    connect(reply, &QNetworkReply::finished, this, [reply, hash, sha256, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
            done(Result::Unreachable);
            return;
        }
        hash->addData(reply->readAll());
        if (!sha256.isEmpty() && hash->result().toHex() != sha256.toLatin1()) {
            done(Result::ChecksumMismatch);
            return;
        }
        done(Result::Ok);
    });
}

} // namespace sc::providersim
