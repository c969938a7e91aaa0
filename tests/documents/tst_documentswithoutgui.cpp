#include "documents/BillingDocuments.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// QTEST_GUILESS_MAIN makes a QCoreApplication, as the broker process has.
class TestDocumentsWithoutGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfIsRefusedWithoutGuiApplication()
    {
        QVERIFY(QCoreApplication::instance());
        sc::protocol::Invoice invoice;
        invoice.number = u"SC-2026-000001"_s;
        invoice.kind = u"invoice"_s;
        invoice.currency = u"EUR"_s;
        // The HTML needs no GUI; the PDF needs fonts, so it is refused rather than aborting.
        QVERIFY(sc::documents::invoiceHtml(invoice).contains(u"SC-2026-000001"));
        QVERIFY(sc::documents::invoicePdf(invoice).isEmpty());
        QVERIFY(sc::documents::renderPdf(u"<p>x</p>"_s, u"x"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentsWithoutGui)
#include "tst_documentswithoutgui.moc"
