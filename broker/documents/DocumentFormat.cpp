#include "documents/DocumentFormat.h"

#include "documents/BillingDocuments.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sc::documents {

namespace {

// Digits of a magnitude with a comma every three: 1234567 -> "1,234,567".
QString groupedDigits(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return digits;
}

// "1,234.56" or "-1,234.56"; unsigned arithmetic so the lowest qint64 works too.
QString decimalAmount(qint64 minorUnits)
{
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    const quint64 cents = magnitude % 100;
    return (negative ? u"-"_s : QString()) + groupedDigits(magnitude / 100) + u'.'
           + QString::number(cents).rightJustified(2, u'0');
}

} // namespace

QString formatMoney(qint64 minorUnits, const QString &currency)
{
    return decimalAmount(minorUnits) + u' ' + currency;
}

QString formatRate(int basisPoints)
{
    const bool negative = basisPoints < 0;
    const qint64 magnitude = negative ? -qint64(basisPoints) : qint64(basisPoints);
    QString rate = QString::number(magnitude / 100);
    if (const qint64 hundredths = magnitude % 100; hundredths != 0) {
        QString fraction = QString::number(hundredths).rightJustified(2, u'0');
        if (fraction.endsWith(u'0'))
            fraction.chop(1);
        rate += u'.' + fraction;
    }
    return (negative ? u"-"_s : QString()) + rate + u" %"_s;
}

QString formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(seconds) : quint64(seconds);
    const quint64 hours = magnitude / 3600;
    const quint64 minutes = magnitude % 3600 / 60;
    const quint64 rest = magnitude % 60;
    QStringList parts;
    if (hours > 0)
        parts.append(groupedDigits(hours) + u" h"_s);
    if (minutes > 0)
        parts.append(QString::number(minutes) + u" min"_s);
    if (rest > 0 || parts.isEmpty())
        parts.append(QString::number(rest) + u" s"_s);
    return (negative ? u"-"_s : QString()) + parts.join(u' ');
}

namespace html {

QString text(const QString &value)
{
    if (value.isEmpty())
        return {};
    return QChar(0x2068) + value.toHtmlEscaped() + QChar(0x2069);
}

QString code(const QString &value)
{
    return value.toHtmlEscaped();
}

QString amount(qint64 minorUnits)
{
    return decimalAmount(minorUnits);
}

QString money(qint64 minorUnits, const QString &currency)
{
    return decimalAmount(minorUnits) + u"&nbsp;"_s + currency.toHtmlEscaped();
}

QString date(const QDateTime &time)
{
    if (!time.isValid())
        return u"-"_s;
    return time.toTimeZone(QTimeZone::utc()).date().toString(Qt::ISODate);
}

QString period(const QDateTime &start, const QDateTime &end)
{
    const auto bound = [](const QDateTime &time, bool isEnd) -> QString {
        if (!time.isValid())
            return u"-"_s;
        const QDateTime utc = time.toTimeZone(QTimeZone::utc());
        if (utc.time() == QTime(0, 0))
            return (isEnd ? utc.date().addDays(-1) : utc.date()).toString(Qt::ISODate);
        return utc.toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
    };
    return bound(start, false) + u" to "_s + bound(end, true);
}

QString documentStart(const QString &title)
{
    // QTextDocument's CSS subset: class selectors, per-cell borders, border-collapse;
    // padding comes from cellpadding, gaps from spacer(). Sizes in pt so a 300 dpi PDF and a screen agree.
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped() + uR"(</title>
<style>
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; color: #1f2328; }
p { margin-top: 0; margin-bottom: 4pt; }
h2 { font-size: 10.5pt; font-weight: bold; color: #1f2328; margin-top: 14pt; margin-bottom: 5pt; }
.issuer { font-size: 17pt; font-weight: bold; color: #1d4ed8; }
.tagline { color: #57606a; }
.doctitle { font-size: 17pt; font-weight: bold; color: #1f2328; }
.muted { color: #57606a; }
.note { color: #57606a; font-size: 7.5pt; }
table.items { border-collapse: collapse; font-size: 8pt; }
table.items th { background-color: #f0f3f6; color: #1f2328; font-weight: bold; text-align: left;
    border-bottom: 1px solid #9aa4ae; }
table.items td { border-bottom: 1px solid #d8dee4; }
table.items th.num, table.items td.num { text-align: right; }
table.items td.empty { color: #57606a; }
table.totals { border-collapse: collapse; }
table.totals td.value { text-align: right; }
table.totals td.grand { font-weight: bold; color: #1f2328; border-top: 1px solid #1f2328; }
td.label { color: #57606a; }
</style></head><body>
)"_s;
}

QString documentEnd()
{
    return u"</body></html>\n"_s;
}

QString letterhead(const QString &documentTitle, const QString &number)
{
    return uR"(<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td valign="top"><span class="issuer">SpareCloud</span><br><span class="tagline">Marketplace for spare cloud capacity</span></td>
<td valign="top" align="right"><span class="doctitle">)"_s
           + documentTitle.toHtmlEscaped() + u"</span><br><span class=\"muted\">No.</span> <b>"_s + code(number)
           + u"</b></td>\n</tr></table>\n"_s;
}

QString spacer(int points)
{
    return u"<p style=\"font-size: %1pt; margin-top: 0; margin-bottom: 0;\">&nbsp;</p>\n"_s.arg(points);
}

QString headerCell(const QString &label, bool number, int width)
{
    QString out = number ? u"<th class=\"num\" align=\"right\""_s : u"<th align=\"left\""_s;
    if (width > 0)
        out += u" width=\"%1%\""_s.arg(width);
    return out + u'>' + label.toHtmlEscaped() + u"</th>"_s;
}

QString cell(const QString &content, bool number)
{
    return (number ? u"<td class=\"num\" align=\"right\">"_s : u"<td>"_s) + content + u"</td>"_s;
}

QString itemsTableStart(const QString &headerCells)
{
    return u"<table class=\"items\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"_s + headerCells
           + u"</tr></thead>\n<tbody>\n"_s;
}

QString itemsTableEnd()
{
    return u"</tbody></table>\n"_s;
}

QString totalsStart()
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"52%\"></td><td>"_s
           u"<table class=\"totals\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n"_s;
}

QString totalsEnd()
{
    return u"</table></td></tr></table>\n"_s;
}

QString detailRow(const QString &label, const QString &value, bool strong)
{
    const QString valueClass = strong ? u"value grand"_s : u"value"_s;
    const QString labelClass = strong ? u"label grand"_s : u"label"_s;
    return u"<tr><td class=\""_s + labelClass + u"\">"_s + label.toHtmlEscaped() + u"&nbsp;&nbsp;</td><td class=\""_s
           + valueClass + u"\" align=\"right\">"_s + value + u"</td></tr>\n"_s;
}

} // namespace html

} // namespace sc::documents
