#include "core/TrafficRecorder.h"

#include "core/auth/Principal.h"
#include "core/store/Database.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr int kIdentityRefreshEvery = 25;

QJsonArray column(Database &database, const QString &sql)
{
    QJsonArray values;
    DbQuery query = database.exec(sql);
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

TrafficRecorder::TrafficRecorder(const QString &folder, Database &database)
    : m_database(database)
{
    QDir().mkpath(folder);
    const QString name = u"%1-%2"_s.arg(QCoreApplication::applicationPid())
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_traffic.setFileName(QDir(folder).filePath(name + u".traffic.jsonl"_s));
    m_traffic.open(QIODevice::WriteOnly | QIODevice::Append);
    m_identitiesPath = QDir(folder).filePath(name + u".identities.json"_s);
}

TrafficRecorder::~TrafficRecorder()
{
    writeIdentities();
}

QString TrafficRecorder::folderFromEnvironment()
{
    return qEnvironmentVariable("SPARECLOUD_TRAFFIC_DIR");
}

void TrafficRecorder::record(const http::HttpRequest &request, const http::HttpResponse &response)
{
    const auto *caller = std::any_cast<Principal>(&request.caller);
    const QJsonObject line{
        {u"audience"_s, caller ? roleName(caller->role) : u"anonymous"_s},
        {u"method"_s, QString::fromLatin1(request.methodText)},
        {u"path"_s, request.path},
        {u"status"_s, response.status},
        {u"body"_s, QString::fromUtf8(response.body)},
    };
    m_traffic.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_traffic.flush();
    if (++m_sinceIdentities >= kIdentityRefreshEvery)
        writeIdentities();
}

void TrafficRecorder::writeIdentities()
{
    m_sinceIdentities = 0;
    const QJsonObject identities{
        {u"seller"_s,
         QJsonArray(column(m_database,
                           u"SELECT name FROM organizations WHERE kind = 'seller' UNION "
                           "SELECT email FROM users WHERE role = 'seller' UNION "
                           "SELECT display_name FROM users WHERE role = 'seller'"_s))},
        {u"buyer"_s,
         QJsonArray(column(m_database,
                           u"SELECT name FROM organizations WHERE kind = 'buyer' UNION "
                           "SELECT email FROM users WHERE role = 'buyer' UNION "
                           "SELECT display_name FROM users WHERE role = 'buyer'"_s))},
    };
    QSaveFile file(m_identitiesPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(identities).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

} // namespace sc::broker
