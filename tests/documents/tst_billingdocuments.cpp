#include "documents/BillingDocuments.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace sc::documents;

namespace {

const QDateTime kPeriodStart(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime kPeriodEnd(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());

// Markup, an ampersand and a right-to-left override: what a hostile organization name looks like.
const QString kHostileName = u"<script>alert(1)</script> & Co \u202Egnp.exe"_s;

sc::protocol::InvoiceLine usageLine(int index)
{
    sc::protocol::InvoiceLine line;
    line.kind = u"usage"_s;
    line.description = u"Lease of m5.large in eu-central-1 #%1"_s.arg(index);
    line.leaseId = 1000 + index;
    line.instanceType = u"m5.large"_s;
    line.region = u"eu-central-1"_s;
    line.providerPseudonym = u"Amber Falcon"_s;
    line.seconds = 12310; // 3 h 25 min 10 s
    line.ratePerHour = 9600;
    line.from = kPeriodStart.addDays(1);
    line.to = line.from.addSecs(line.seconds);
    line.net = 32827;
    line.vat = 6237;
    line.amount = 39064;
    return line;
}

sc::protocol::Invoice sampleInvoice(int usageLines = 3)
{
    sc::protocol::Invoice invoice;
    invoice.id = 42;
    invoice.number = u"SC-2026-000042"_s;
    invoice.kind = u"invoice"_s;
    invoice.periodStart = kPeriodStart;
    invoice.periodEnd = kPeriodEnd;
    invoice.issuedAt = kPeriodEnd.addSecs(120);
    invoice.currency = u"EUR"_s;
    invoice.customerName = kHostileName;
    invoice.customerCountry = u"DE"_s;
    invoice.vatRateBasisPoints = 1900;
    for (int i = 0; i < usageLines; ++i)
        invoice.lines.append(usageLine(i));
    invoice.lines.first().description = u"<b>bold</b> lease"_s;
    invoice.usageNet = 103739;
    invoice.vat = 19710;
    invoice.usageTotal = 123449; // 1,234.49 EUR
    invoice.topUps = 200000;
    invoice.refunds = 5000;
    invoice.openingBalance = 1500;
    invoice.closingBalance = 73051;

    sc::protocol::InvoiceLine topUp;
    topUp.kind = u"topup"_s;
    topUp.description = u"Card top-up"_s;
    topUp.from = kPeriodStart.addDays(2);
    topUp.to = topUp.from;
    topUp.amount = 200000;
    invoice.payments.append(topUp);
    sc::protocol::InvoiceLine refund = topUp;
    refund.kind = u"refund"_s;
    refund.description = u"Refund of a top-up"_s;
    refund.amount = 5000;
    invoice.payments.append(refund);
    return invoice;
}

sc::protocol::SellerStatement sampleStatement()
{
    sc::protocol::SellerStatement statement;
    statement.id = 7;
    statement.number = u"ST-2026-000007"_s;
    statement.period = u"2026-10"_s;
    statement.periodStart = kPeriodStart;
    statement.periodEnd = kPeriodEnd;
    statement.issuedAt = kPeriodEnd.addSecs(60);
    statement.currency = u"EUR"_s;
    statement.sellerName = u"Northwind Compute"_s;
    sc::protocol::StatementLine line;
    line.providerPseudonym = u"Amber Falcon"_s;
    line.providerName = u"Frankfurt rack 3"_s;
    line.instanceType = u"m5.large"_s;
    line.region = u"eu-central-1"_s;
    line.seconds = 86400;
    line.gross = 230400;
    line.commission = 46080;
    line.net = 184320;
    statement.lines = {line, line};
    statement.gross = 460800;
    statement.commission = 92160;
    statement.net = 368640;
    statement.payoutId = 3;
    return statement;
}

// What a reader sees: the HTML as QTextDocument lays it out.
QString visibleText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().replace(QChar(0x00A0), u' ');
}

int pageCount(const QByteArray &pdf)
{
    // Page objects only: "/Type /Pages" is the page tree.
    static const QRegularExpression pageObject(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    int pages = 0;
    for (auto matches = pageObject.globalMatch(QString::fromLatin1(pdf)); matches.hasNext(); matches.next())
        ++pages;
    return pages;
}

} // namespace

class TestBillingDocuments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatMoney_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << u"0.00 EUR"_s;
        QTest::newRow("cents") << qint64(5) << u"0.05 EUR"_s;
        QTest::newRow("thousands") << qint64(123456) << u"1,234.56 EUR"_s;
        QTest::newRow("negative") << qint64(-123456) << u"-1,234.56 EUR"_s;
        QTest::newRow("negative cents") << qint64(-5) << u"-0.05 EUR"_s;
        QTest::newRow("million") << qint64(100000000) << u"1,000,000.00 EUR"_s;
        QTest::newRow("hundred") << qint64(10000) << u"100.00 EUR"_s;
        QTest::newRow("lowest") << std::numeric_limits<qint64>::min() << u"-92,233,720,368,547,758.08 EUR"_s;
    }

    void formatMoney()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(QString, expected);
        QCOMPARE(sc::documents::formatMoney(minorUnits, u"EUR"_s), expected);
    }

    void formatRateAndDuration()
    {
        QCOMPARE(formatRate(1250), u"12.5 %"_s);
        QCOMPARE(formatRate(2000), u"20 %"_s);
        QCOMPARE(formatRate(725), u"7.25 %"_s);
        QCOMPARE(formatRate(1905), u"19.05 %"_s);
        QCOMPARE(formatRate(0), u"0 %"_s);
        QCOMPARE(formatDuration(12310), u"3 h 25 min 10 s"_s);
        QCOMPARE(formatDuration(3610), u"1 h 10 s"_s);
        QCOMPARE(formatDuration(3600), u"1 h"_s);
        QCOMPARE(formatDuration(59), u"59 s"_s);
        QCOMPARE(formatDuration(0), u"0 s"_s);
        QCOMPARE(formatDuration(2'592'000), u"720 h"_s);
    }

    void invoiceEscapesUserText()
    {
        const QString html = invoiceHtml(sampleInvoice());
        QVERIFY(!html.contains(u"<script>"));
        QVERIFY(!html.contains(u"<b>bold</b>"));
        // The override stays inside an isolate that ends right after the name.
        QVERIFY(html.contains(QChar(0x2068) + kHostileName.toHtmlEscaped() + QChar(0x2069)));
        const QString text = visibleText(html);
        QVERIFY2(text.contains(kHostileName), qPrintable(text));
        QVERIFY(text.contains(u"<b>bold</b> lease"));
    }

    void invoiceShowsHeaderLinesAndTotals()
    {
        const QString text = visibleText(invoiceHtml(sampleInvoice()));
        for (const QString &expected : {u"SpareCloud"_s,
                                        u"Invoice"_s,
                                        u"SC-2026-000042"_s,
                                        u"2026-11-01"_s,               // issued
                                        u"2026-10-01 to 2026-10-31"_s, // the exclusive end shown inclusive
                                        u"DE"_s,
                                        u"m5.large"_s,
                                        u"eu-central-1"_s,
                                        u"Amber Falcon"_s,
                                        u"3 h 25 min 10 s"_s,
                                        u"96.00"_s, // rate per hour
                                        u"390.64"_s,
                                        u"1,037.39 EUR"_s, // usage net
                                        u"VAT 19 %"_s,
                                        u"197.10 EUR"_s,
                                        u"1,234.49 EUR"_s, // usage total
                                        u"Payments"_s,
                                        u"Top-up"_s,
                                        u"2,000.00"_s,
                                        u"15.00 EUR"_s,     // opening balance
                                        u"730.51 EUR"_s}) { // closing balance
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY(!text.contains(u"Corrects invoice"));
    }

    void creditNoteNamesTheInvoiceItCorrects()
    {
        sc::protocol::Invoice note = sampleInvoice(1);
        note.number = u"CN-2026-000043"_s;
        note.kind = u"credit_note"_s;
        note.correctsNumber = u"SC-2026-000042"_s;
        note.reason = u"Instance <lost> after 10 minutes"_s;
        note.payments.clear();
        const QString text = visibleText(invoiceHtml(note));
        QVERIFY(text.contains(u"Credit note"));
        QVERIFY(text.contains(u"CN-2026-000043"));
        QVERIFY(text.contains(u"Corrects invoice SC-2026-000042"));
        QVERIFY(text.contains(u"Instance <lost> after 10 minutes"));
        QVERIFY(text.contains(u"Total credited"));
        QVERIFY(text.contains(u"Balance after"));
    }

    void statementNamesNoBuyer()
    {
        const sc::protocol::SellerStatement statement = sampleStatement();
        // Nothing in the DTO could name a buyer...
        const QStringList keys = statement.toJson().keys() + statement.lines.first().toJson().keys();
        for (const QString &key : keys) {
            for (const QString &word : {u"buyer"_s, u"customer"_s, u"organization"_s, u"lease"_s})
                QVERIFY2(!key.contains(word, Qt::CaseInsensitive), qPrintable(key));
        }
        // ...and the document does not invent a place for one.
        const QString html = statementHtml(statement);
        for (const QString &word : {u"buyer"_s, u"customer"_s, u"billed to"_s, u"bill to"_s, u"lease"_s})
            QVERIFY2(!html.contains(word, Qt::CaseInsensitive), qPrintable(word));
        const QString text = visibleText(html);
        for (const QString &expected : {u"Seller statement"_s,
                                        u"ST-2026-000007"_s,
                                        u"2026-10"_s,
                                        u"Northwind Compute"_s,
                                        u"Amber Falcon"_s,
                                        u"Frankfurt rack 3"_s,
                                        u"24 h"_s,
                                        u"4,608.00 EUR"_s,
                                        u"921.60 EUR"_s,
                                        u"3,686.40 EUR"_s,
                                        u"payout 3"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
    }

    void pdfPaginatesLongInvoices()
    {
        const QByteArray shortPdf = invoicePdf(sampleInvoice(3));
        QVERIFY(shortPdf.startsWith("%PDF-"));
        QCOMPARE(pageCount(shortPdf), 1);

        const QByteArray longPdf = invoicePdf(sampleInvoice(200));
        QVERIFY(longPdf.startsWith("%PDF-"));
        QVERIFY2(pageCount(longPdf) >= 4, qPrintable(QString::number(pageCount(longPdf))));

        const QByteArray statement = statementPdf(sampleStatement());
        QVERIFY(statement.startsWith("%PDF-"));
        QCOMPARE(pageCount(statement), 1);
    }

    void pdfTextAndMetadata()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"invoice.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(invoicePdf(sampleInvoice(200)));
        file.close();

        QProcess process;
        process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
        QVERIFY(text.contains(u"SC-2026-000042"));
        QVERIFY(text.contains(u"1,234.49 EUR"));
        QVERIFY(text.contains(u"Lease 1199")); // the last line, on the last page
        QVERIFY(text.contains(u"Page 1 of "));

        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (pdfinfo.isEmpty())
            return;
        process.start(pdfinfo, {path});
        QVERIFY(process.waitForFinished(30000));
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(u"Title:\\s+SC-2026-000042"_s)), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(u"Creator:\\s+SpareCloud"_s)), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(u"Page size:.*\\(A4\\)"_s)), qPrintable(info));
    }
};

QTEST_MAIN(TestBillingDocuments)
#include "tst_billingdocuments.moc"
