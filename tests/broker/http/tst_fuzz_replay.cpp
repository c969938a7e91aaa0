// Replays the HTTP connection fuzzer's corpus (tests/fuzz/corpus/http_connection)
// through the fuzzer's own harness, built with the normal compiler: every input
// the fuzzer kept stays a regression test without clang.
#include "HttpConnectionFuzzer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();
};

void tst_FuzzReplay::initTestCase()
{
    sc::http::fuzz::setUpHttpConnectionFuzzing();
}

void tst_FuzzReplay::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(SPARECLOUD_FUZZ_CORPUS_DIR));
    const QStringList names = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(u"no corpus in %1"_s.arg(corpus.path())));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << corpus.filePath(name);
}

void tst_FuzzReplay::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    const QString violation = sc::http::fuzz::runHttpConnectionInput(input);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

QTEST_GUILESS_MAIN(tst_FuzzReplay)
#include "tst_fuzz_replay.moc"
