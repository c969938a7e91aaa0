#pragma once

#include <QList>
#include <QString>

namespace sc::broker {

class Database;

// Numbered schema steps, cumulative from any older version. Each step runs in
// one transaction together with the schema_version row that records it.
class Migrations
{
public:
    struct Step
    {
        int version;
        QString description;
        QString sql;                 // statements separated by ";\n"
        bool rebuildsTables = false; // runs with foreign keys off, checked before commit
    };

    static const QList<Step> &steps();
    static int latestVersion();
    // 0 for an empty database.
    static int currentVersion(Database &database);
    // Brings the database to latestVersion(); throws DatabaseError when a step
    // fails (that step is rolled back, earlier ones stay) or when the database
    // is newer than this broker.
    static void migrate(Database &database);
};

} // namespace sc::broker
