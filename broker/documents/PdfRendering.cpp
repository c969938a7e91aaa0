#include "documents/BillingDocuments.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sc::documents {

namespace {

constexpr int kResolution = 300;                        // dots per inch
constexpr QMarginsF kMarginsMm{18.0, 16.0, 18.0, 14.0}; // left, top, right, bottom
constexpr qreal kFooterMm = 8.0;                        // below the text, inside the margins
constexpr qreal kMmPerInch = 25.4;

qreal pixels(qreal millimetres)
{
    return millimetres * kResolution / kMmPerInch;
}

} // namespace

QByteArray renderPdf(const QString &html, const QString &title)
{
    // QCoreApplication::instance() is set for the broker's QCoreApplication too,
    // and fonts there would abort the process: only a real QGuiApplication will do.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(u"SpareCloud"_s);

        const QRect paintRect = writer.pageLayout().paintRectPixels(kResolution);
        const QSizeF body(paintRect.width(), paintRect.height() - pixels(kFooterMm));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setPageSize(body);
        document.setHtml(html);

        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        const int pages = document.pageCount();
        QFont footerFont;
        footerFont.setFamilies({u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s});
        footerFont.setPointSizeF(7);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF slice(0, page * body.height(), body.width(), body.height());
            painter.translate(0, -slice.top());
            painter.setClipRect(slice);
            document.drawContents(&painter, slice);
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QColor(0x57, 0x60, 0x6a));
            const QRectF footer(0, paintRect.height() - pixels(kFooterMm * 0.6), body.width(), pixels(kFooterMm * 0.6));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, u"Page %1 of %2"_s.arg(page + 1).arg(pages));
        }
        painter.end();
    }
    buffer.close();
    return bytes;
}

QByteArray invoicePdf(const protocol::Invoice &invoice)
{
    return renderPdf(invoiceHtml(invoice), invoice.number);
}

QByteArray statementPdf(const protocol::SellerStatement &statement)
{
    return renderPdf(statementHtml(statement), statement.number);
}

} // namespace sc::documents
