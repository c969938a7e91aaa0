#pragma once

#include "protocol/BillingDto.h"

#include <QByteArray>
#include <QString>

// Invoices, credit notes and seller statements as HTML and PDF, for the broker
// (the PDF routes) and the desktop app ("Export PDF"). Qt Gui (text layout,
// fonts, QPdfWriter), never Qt Widgets. The texts are English: a document is
// the same whoever renders it.
namespace sc::documents {

// "1,234.56 EUR" from minor units: two decimals, a minus sign when negative,
// comma thousands separators whatever the locale.
QString formatMoney(qint64 minorUnits, const QString &currency);
// "12.5 %" from basis points (1250); "20 %", "7.25 %".
QString formatRate(int basisPoints);
// "3 h 25 min 10 s" from seconds; zero parts are left out ("1 h 10 s"), "0 s" for nothing.
QString formatDuration(qint64 seconds);

// Self-contained HTML (inline CSS that QTextDocument understands) for an
// invoice or a credit note (kind "credit_note"). Every text from the DTO is
// HTML-escaped and names are wrapped in a Unicode bidi isolate, so neither
// markup nor direction overrides in them reach the rest of the document.
QString invoiceHtml(const protocol::Invoice &invoice);
// The same for a seller statement. A statement carries no buyer information
// and the document shows none.
QString statementHtml(const protocol::SellerStatement &statement);

// A4 portrait PDF (300 dpi) of `html`, paginated, with `title` and the creator
// "SpareCloud" in its metadata and "title, page n of m" at the foot of each page.
// Needs a QGuiApplication (the offscreen platform is enough); without one
// (no application, or a QCoreApplication such as the broker's) it returns
// empty bytes. Call it from the application's thread.
QByteArray renderPdf(const QString &html, const QString &title);
QByteArray invoicePdf(const protocol::Invoice &invoice);
QByteArray statementPdf(const protocol::SellerStatement &statement);

} // namespace sc::documents
