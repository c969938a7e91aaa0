#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sc::broker {

class Clock;
class Database;

// Append-only record of security-relevant events: logins, failed logins,
// lockouts, key creation and revocation, role changes, approvals, provider
// registration, payouts. Never holds a secret. Operators read it over the API.
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString action;
        std::optional<qint64> actorUserId;
        std::optional<qint64> organizationId;
        QString subject;
        QString address;
        QJsonObject details;

        QJsonObject toJson() const;
    };

    AuditLog(Database &database, const Clock &clock);

    void record(const QString &action, std::optional<qint64> actorUserId, std::optional<qint64> organizationId,
                const QString &subject, const QString &address, const QJsonObject &details = {});
    // Newest first; beforeId pages backwards.
    QList<Entry> list(int limit, std::optional<qint64> beforeId = std::nullopt, const QString &action = {});

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace sc::broker
