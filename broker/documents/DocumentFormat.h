#pragma once

#include <QDateTime>
#include <QString>

// Pieces the invoice and statement HTML share. Internal to sparecloud_documents.
namespace sc::documents::html {

// A text from a DTO: HTML-escaped, inside a Unicode first-strong isolate
// (U+2068 ... U+2069) so a direction override in it ends with it.
QString text(const QString &value);
// HTML-escaped only: numbers, codes and dates the broker issues.
QString code(const QString &value);
// "1,234.56" (no currency) for table cells whose header names the currency.
QString amount(qint64 minorUnits);
// formatMoney() with a non-breaking space before the currency.
QString money(qint64 minorUnits, const QString &currency);
// "2026-10-31" (UTC); "-" when invalid.
QString date(const QDateTime &time);
// "2026-10-01 to 2026-10-31": an end at midnight is exclusive, so the day
// before is shown; other bounds carry the time ("2026-10-15 14:03 UTC").
QString period(const QDateTime &start, const QDateTime &end);

// <html><head> with the shared style sheet, and <body>.
QString documentStart(const QString &title);
QString documentEnd();
// The issuer block on the left, the document's title and number on the right.
QString letterhead(const QString &documentTitle, const QString &number);
// A vertical gap of `points` (QTextDocument ignores margins on tables).
QString spacer(int points);
// <th>/<td> of an items table; numbers are right-aligned. `width` in percent, 0 for automatic.
QString headerCell(const QString &label, bool number = false, int width = 0);
QString cell(const QString &content, bool number = false);
// <table> of line items, with a header row that repeats on every page.
QString itemsTableStart(const QString &headerCells);
QString itemsTableEnd();
// A right-hand block of detailRow()s under an items table.
QString totalsStart();
QString totalsEnd();
// One "label: value" row of a two-column detail or totals table; `value` is HTML.
QString detailRow(const QString &label, const QString &value, bool strong = false);

} // namespace sc::documents::html
