#pragma once

#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <memory>

// An in-memory broker database at the latest schema, with organizations to own accounts.
inline std::unique_ptr<sc::broker::Database> openBillingTestDatabase()
{
    auto database = std::make_unique<sc::broker::Database>(QStringLiteral(":memory:"));
    database->open();
    sc::broker::Migrations::migrate(*database);
    return database;
}

inline qint64 addTestOrganization(sc::broker::Database &database, const QString &name)
{
    return database
        .exec(QStringLiteral("INSERT INTO organizations (name, kind, status, country_code, created_at) "
                             "VALUES (?, 'buyer', 'active', 'DE', 0)"),
              {name})
        .lastInsertId()
        .toLongLong();
}

inline qint64 countRows(sc::broker::Database &database, const QString &table)
{
    // table is one of the test's own constants, never input
    auto query = database.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}
