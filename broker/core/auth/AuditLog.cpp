#include "core/auth/AuditLog.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/store/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {
QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

QJsonObject AuditLog::Entry::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"at"_s, at.toString(Qt::ISODateWithMs)},
        {u"action"_s, action},
        {u"subject"_s, subject},
        {u"address"_s, address},
        {u"details"_s, details},
    };
    if (actorUserId)
        json.insert(u"actorUserId"_s, *actorUserId);
    if (organizationId)
        json.insert(u"organizationId"_s, *organizationId);
    return json;
}

AuditLog::AuditLog(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

void AuditLog::record(const QString &action, std::optional<qint64> actorUserId, std::optional<qint64> organizationId,
                      const QString &subject, const QString &address, const QJsonObject &details)
{
    m_database.exec(u"INSERT INTO audit_log (at, action, actor_user_id, organization_id, subject, address, details) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {m_clock.now().toMSecsSinceEpoch(),
                     action,
                     optionalId(actorUserId),
                     optionalId(organizationId),
                     subject,
                     address,
                     QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    qCInfo(lcAudit).noquote() << action << "subject:" << subject << "address:" << address;
}

QList<AuditLog::Entry> AuditLog::list(int limit, std::optional<qint64> beforeId, const QString &action)
{
    DbQuery query = m_database.exec(
        u"SELECT id, at, action, actor_user_id, organization_id, subject, address, details FROM audit_log "
        "WHERE id < ? AND (? = '' OR action = ?) ORDER BY id DESC LIMIT ?"_s,
        {beforeId.value_or(std::numeric_limits<qint64>::max()), action, action, limit});
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        entry.action = query.value(2).toString();
        if (!query.value(3).isNull())
            entry.actorUserId = query.value(3).toLongLong();
        if (!query.value(4).isNull())
            entry.organizationId = query.value(4).toLongLong();
        entry.subject = query.value(5).toString();
        entry.address = query.value(6).toString();
        entry.details = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
        entries.append(entry);
    }
    return entries;
}

} // namespace sc::broker
