#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace sc::broker {

// A failed statement. Carries the driver's text for the log; never shown to
// API callers (the route table answers "internal").
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

class Database;
class WalCheckpointer;

// One statement run by Database::exec: its rows (forward only), the id it
// inserted, the rows it changed. Move-only; when it goes away the statement is
// reset and handed back to the database's cache of prepared statements, so
// the next exec of the same SQL skips parsing and planning.
class DbQuery
{
    Q_DISABLE_COPY(DbQuery)

public:
    DbQuery(DbQuery &&other) noexcept;
    DbQuery &operator=(DbQuery &&other) noexcept;
    ~DbQuery();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    const QSqlQuery &query() const { return m_query; }

private:
    friend class Database;
    DbQuery(Database *database, QString sql, QSqlQuery query);
    void release();

    Database *m_database = nullptr;
    QString m_sql;
    QSqlQuery m_query;
};

// The broker's database: one named Qt Sql connection. SQLite by default
// (WAL, foreign keys on); PostgreSQL arrives with scale-out. Statements are
// prepared with bound values only.
class Database
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Dialect { Sqlite, PostgreSql };

    // location: a SQLite file path, or ":memory:" for tests.
    explicit Database(const QString &location);
    ~Database();

    // Opens the connection; throws DatabaseError with the reason on failure.
    // A SQLite file in WAL mode gets a background thread that checkpoints the
    // log, so no request waits for the copy and the fsync.
    void open();
    bool isOpen() const;
    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // Runs one statement with positional values; throws on error. Statements
    // are prepared once per SQL text and kept (the SQL must be a constant or
    // built from a small set of shapes, never from values). A QString() binds
    // as '' (Qt would bind NULL); pass QVariant(QMetaType(...)) for SQL NULL.
    DbQuery exec(const QString &sql, std::initializer_list<QVariant> values = {});
    // Runs a script of statements separated by ";\n" (migrations).
    void execScript(const QString &script);

    // Transactions nest: an inner one is a SAVEPOINT, so a function that needs
    // one works alone or inside its caller's.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Prepared statements kept for reuse (for tests and diagnostics).
    qsizetype cachedStatementCount() const { return qsizetype(m_statements.size()); }

private:
    friend class DbQuery;
    void giveBack(QString sql, QSqlQuery query);

    static constexpr std::size_t kMaxCachedStatements = 512;
    QString m_location;
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
    std::unordered_map<QString, QSqlQuery> m_statements;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    int m_depth = 0;
};

// Rolls back unless commit() was called: every multi-table change goes through
// one. Inside another transaction it is a savepoint of it.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();
    void commit();

private:
    Database &m_database;
    bool m_done = false;
};

} // namespace sc::broker
