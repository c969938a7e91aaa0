#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace sc::providersim {

// Fetches an appliance as a provider would before booting it, hashing it as
// it streams in (nothing is kept), and reports whether it matched.
class ApplianceFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplianceFetcher)

public:
    enum class Result { Ok, Unreachable, ChecksumMismatch };
    using Done = std::function<void(Result)>;

    explicit ApplianceFetcher(QObject *parent = nullptr);
    ~ApplianceFetcher() override;

    // sha256: 64 lowercase hex digits, or empty to only check that it downloads.
    void fetch(const QUrl &url, const QString &sha256, Done done);

private:
    QNetworkAccessManager *m_network;
};

} // namespace sc::providersim
