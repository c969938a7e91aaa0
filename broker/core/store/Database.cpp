#include "core/store/Database.h"

#include "core/LogCategories.h"

#include <QAtomicInteger>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {
QAtomicInteger<int> s_connectionCounter;
}

Database::Database(const QString &location)
    : m_location(location)
    , m_connectionName(u"sc-db-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::open()
{
    if (m_location.startsWith(u"postgres://"_s) || m_location.startsWith(u"postgresql://"_s))
        throw DatabaseError(u"PostgreSQL is not supported yet; use a SQLite file."_s);
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        throw DatabaseError(u"The Qt SQLite driver (QSQLITE) is not installed."_s);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_location);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        throw DatabaseError(u"Cannot open the database %1: %2"_s.arg(m_location, db.lastError().text()));
    m_dialect = Dialect::Sqlite;
    exec(u"PRAGMA foreign_keys = ON"_s);
    if (m_location != u":memory:"_s) {
        exec(u"PRAGMA journal_mode = WAL"_s);
        exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    qCInfo(lcStore).noquote() << "database open:" << m_location;
}

bool Database::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DatabaseError(u"Cannot prepare [%1]: %2"_s.arg(sql, query.lastError().text()));
    for (const QVariant &value : values) {
        // A null QString is still text: bind it as ''. SQL NULL is a null QVariant.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw DatabaseError(u"Statement failed [%1]: %2"_s.arg(sql, query.lastError().text()));
    return query;
}

void Database::execScript(const QString &script)
{
    for (const QString &statement : script.split(u";\n"_s, Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty())
            exec(statement);
    }
}

void Database::begin()
{
    if (!connection().transaction())
        throw DatabaseError(u"Cannot begin a transaction: %1"_s.arg(connection().lastError().text()));
}

void Database::commit()
{
    if (!connection().commit())
        throw DatabaseError(u"Cannot commit: %1"_s.arg(connection().lastError().text()));
}

void Database::rollback()
{
    if (!connection().rollback())
        qCWarning(lcStore).noquote() << "rollback failed:" << connection().lastError().text();
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_database.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_database.rollback();
}

void Transaction::commit()
{
    m_database.commit();
    m_done = true;
}

} // namespace sc::broker
