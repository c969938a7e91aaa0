#include "core/store/Database.h"

#include "core/LogCategories.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <utility>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {
QAtomicInteger<int> s_connectionCounter;
// The request thread checkpoints only when the log grows past this many
// pages (a safety net); the checkpointer thread normally keeps it short.
constexpr int kAutoCheckpointPages = 10'000;
constexpr auto kCheckpointInterval = std::chrono::milliseconds(250);
} // namespace

// Copies the write-ahead log into the database file from its own connection
// and thread, PASSIVE (never blocks the writer; readers keep their snapshot).
class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString location)
        : m_location(std::move(location))
        , m_connectionName(u"sc-db-checkpoint-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
        , m_thread([this] { run(); })
    {
    }

    ~WalCheckpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

private:
    void run()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
            db.setDatabaseName(m_location);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
            if (!db.open()) {
                qCWarning(lcStore).noquote() << "checkpointer: cannot open" << m_location << db.lastError().text();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connectionName);
                return;
            }
            QSqlQuery checkpoint(db);
            std::unique_lock lock(m_mutex);
            while (!m_wake.wait_for(lock, kCheckpointInterval, [this] { return m_stop; })) {
                lock.unlock();
                if (!checkpoint.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
                    qCWarning(lcStore).noquote() << "checkpoint failed:" << checkpoint.lastError().text();
                checkpoint.finish();
                lock.lock();
            }
            checkpoint = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    QString m_location;
    QString m_connectionName;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: starts once everything above exists
};

Database::Database(const QString &location)
    : m_location(location)
    , m_connectionName(u"sc-db-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

DbQuery::DbQuery(Database *database, QString sql, QSqlQuery query)
    : m_database(database)
    , m_sql(std::move(sql))
    , m_query(std::move(query))
{
}

DbQuery::DbQuery(DbQuery &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
{
}

DbQuery &DbQuery::operator=(DbQuery &&other) noexcept
{
    if (this != &other) {
        release();
        m_database = std::exchange(other.m_database, nullptr);
        m_sql = std::move(other.m_sql);
        m_query = std::move(other.m_query);
    }
    return *this;
}

DbQuery::~DbQuery()
{
    release();
}

void DbQuery::release()
{
    if (auto *database = std::exchange(m_database, nullptr))
        database->giveBack(std::move(m_sql), std::move(m_query));
}

Database::~Database()
{
    m_checkpointer.reset();
    m_statements.clear();
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
        exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(kAutoCheckpointPages));
        m_checkpointer = std::make_unique<WalCheckpointer>(m_location);
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

DbQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    // Take the prepared statement out of the cache while it is in use: a
    // nested exec of the same SQL (a statement run while its own rows are
    // still being read) prepares a second one instead of resetting the first.
    QSqlQuery query;
    if (auto cached = m_statements.find(sql); cached != m_statements.end()) {
        query = std::move(cached->second);
        m_statements.erase(cached);
    } else {
        query = QSqlQuery(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw DatabaseError(u"Cannot prepare [%1]: %2"_s.arg(sql, query.lastError().text()));
    }
    int position = 0;
    for (const QVariant &value : values) {
        // A null QString is still text: bind it as ''. SQL NULL is a null QVariant.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.bindValue(position++, QString(u""_s));
        else
            query.bindValue(position++, value);
    }
    if (!query.exec()) {
        const QString error = query.lastError().text();
        query.finish();
        giveBack(sql, std::move(query));
        throw DatabaseError(u"Statement failed [%1]: %2"_s.arg(sql, error));
    }
    return DbQuery(this, sql, std::move(query));
}

void Database::giveBack(QString sql, QSqlQuery query)
{
    // Reset now: an unfinished SELECT would keep SQLite's read snapshot open.
    query.finish();
    if (m_statements.size() >= kMaxCachedStatements || m_statements.contains(sql))
        return;
    m_statements.emplace(std::move(sql), std::move(query));
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
    if (m_depth > 0) {
        exec(u"SAVEPOINT sc_%1"_s.arg(m_depth));
    } else if (!connection().transaction()) {
        throw DatabaseError(u"Cannot begin a transaction: %1"_s.arg(connection().lastError().text()));
    }
    ++m_depth;
}

void Database::commit()
{
    if (m_depth > 1) {
        exec(u"RELEASE SAVEPOINT sc_%1"_s.arg(m_depth - 1));
        --m_depth;
        return;
    }
    if (!connection().commit())
        throw DatabaseError(u"Cannot commit: %1"_s.arg(connection().lastError().text()));
    m_depth = 0;
}

void Database::rollback()
{
    if (m_depth > 1) {
        --m_depth;
        try {
            exec(u"ROLLBACK TO SAVEPOINT sc_%1"_s.arg(m_depth));
            exec(u"RELEASE SAVEPOINT sc_%1"_s.arg(m_depth));
        } catch (const DatabaseError &error) {
            qCWarning(lcStore) << "rollback to a savepoint failed:" << error.what();
        }
        return;
    }
    m_depth = 0;
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
