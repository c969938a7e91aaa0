#pragma once

#include <QByteArrayView>
#include <QString>

namespace sc::http::fuzz {

// The HTTP server's fuzzing harness, shared by the libFuzzer target
// (fuzz_http_connection) and the corpus replay test (tst_fuzz_replay).
//
// One input is one client connection: a real HttpConnection on one end of a
// Unix socket pair, the harness writing the input to the other end and
// reading the answers. The first two bytes choose how (see Options in the
// .cpp): write segment size, small limits, zero timeouts, a WebSocket
// server, a client that reads only when it must, when asynchronous answers
// come, and how the connection ends. The rest is what the client sends.
// Nothing waits on a clock: the harness runs the event loop until nothing
// moves.
//
// Needs a QCoreApplication. Returns the first broken promise (an unparsable
// or misordered answer, a misused body sink, a connection that never
// settles, a Qt warning), or an empty string. Crashes are the sanitizers'.
QString runHttpConnectionInput(QByteArrayView input);

// Silences the server's own logging (refusals are normal here) and turns
// Qt's warnings into violations. Call once after creating the application.
void setUpHttpConnectionFuzzing();

} // namespace sc::http::fuzz
