#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <stdexcept>

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
    void open();
    bool isOpen() const;
    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // Prepares and runs one statement with positional values; throws on error.
    // A QString() binds as '' (Qt would bind NULL); pass QVariant(QMetaType(...))
    // for SQL NULL.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {});
    // Runs a script of statements separated by ";\n" (migrations).
    void execScript(const QString &script);

    void begin();
    void commit();
    void rollback();

private:
    QString m_location;
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
};

// Rolls back unless commit() was called: every multi-table change goes through one.
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
