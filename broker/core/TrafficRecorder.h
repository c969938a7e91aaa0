#pragma once

#include <QFile>
#include <QString>

#include <functional>

namespace sc::http {
struct HttpRequest;
struct HttpResponse;
} // namespace sc::http

namespace sc::broker {

class Database;

// A seam for the test suite's opaqueness scan, off unless the environment
// names a folder (SPARECLOUD_TRAFFIC_DIR): records every answered request's
// audience (the caller's role) and response body, and the identities that
// must never cross sides: sellers' (organizations, users, later providers)
// and buyers'. tests/opaqueness reads it all after the suite.
class TrafficRecorder
{
public:
    TrafficRecorder(const QString &folder, Database &database);
    ~TrafficRecorder();

    static QString folderFromEnvironment();

    void record(const http::HttpRequest &request, const http::HttpResponse &response);
    void writeIdentities();

private:
    QFile m_traffic;
    QString m_identitiesPath;
    Database &m_database;
    int m_sinceIdentities = 0;
};

} // namespace sc::broker
