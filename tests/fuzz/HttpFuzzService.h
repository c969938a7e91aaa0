#pragma once

#include "http/HttpService.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace sc::http::fuzz {

class SequentialPipe;

// The service behind the fuzzed connection: a few routes of every kind the
// server treats differently, and checks on what the server hands it.
//   GET  /hello         small JSON, answered at once
//   POST /echo          buffered body (<= 4 KiB), echoed
//   PUT  /upload        streamed into a checking sink (<= 64 KiB)
//   PUT  /refuse        a sink that refuses past 100 bytes and an empty body
//   *    /async         answered later by the harness (answerPending)
//   GET  /seq           answered later with a body from a sequential device
//                       (?len=exact: announced length, ?len=short: longer than it is)
//   GET  /stream        100,000 bytes of unknown length (chunked or close-delimited)
//   GET  /big           2 MiB + 1 held in memory (written in pieces)
//   GET  /file          fileResponse() on a 300,000-byte file (ranges, conditionals)
//   GET  /nocontent     204 and 304 (/notmodified) with a body the server must drop
//   GET  /badheader     a response header with CR LF in it
//   GET  /ws            WebSocket endpoint
//   *    /throw         plan() throws; /fail: handle() throws
// Anything else: 404 from the plan.
class HttpFuzzService final : public HttpService
{
public:
    explicit HttpFuzzService(QString filePath);
    ~HttpFuzzService() override;

    HttpRequestPlan plan(HttpRequest &request) override;
    void handle(HttpRequest request, HttpRequestPlan plan, HttpResponder responder) override;

    // Answers the requests waiting on /async and /seq and feeds the
    // sequential bodies one step; true if anything happened.
    bool answerPending(bool reversed);
    // Ends every sequential body still open.
    void endPipes();
    // Drops what is left (the connection is gone).
    void reset();

    bool isHeadRequest(const QByteArray &requestId) const { return m_headRequests.contains(requestId); }
    // A body was answered with a length it never reaches (the server must cut the connection).
    bool answeredShortBody() const { return m_answeredShortBody; }
    // The first broken promise the server made to the service, or empty.
    const QString &violation() const { return *m_violation; }

private:
    struct Pending
    {
        HttpResponder responder;
        qint64 streamLength; // kNoBody: a small JSON answer; else a sequential body
    };
    struct Pipe
    {
        std::weak_ptr<SequentialPipe> pipe;
        int steps = 0;
    };
    static constexpr qint64 kNoBody = -2;

    QString m_filePath;
    QList<Pending> m_pending;
    QList<Pipe> m_pipes;
    QSet<QByteArray> m_headRequests;
    bool m_answeredShortBody = false;
    std::shared_ptr<QString> m_violation;
};

} // namespace sc::http::fuzz
