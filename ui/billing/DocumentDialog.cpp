#include "ui/billing/DocumentDialog.h"

#include "ui/StatusText.h"
#include "ui/billing/FileExport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

DocumentDialog::DocumentDialog(const QString &title, const QString &html, std::function<QByteArray()> pdf,
                               const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_exportPdf(m_buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole))
    , m_pdf(std::move(pdf))
    , m_fileName(fileName)
{
    setObjectName(u"documentDialog"_s);
    setWindowTitle(title);
    m_browser->setObjectName(u"documentBrowser"_s);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html);
    m_status->setObjectName(u"documentStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_exportPdf->setObjectName(u"exportPdfButton"_s);
    connect(m_exportPdf, &QPushButton::clicked, this, &DocumentDialog::exportPdf);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 720);
}

QString DocumentDialog::html() const
{
    return m_browser->toHtml();
}

QString DocumentDialog::plainText() const
{
    return m_browser->toPlainText();
}

QString DocumentDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QPushButton *DocumentDialog::addExport(const QString &text, const QString &suggestedName, const QString &filter,
                                       Producer produce)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    connect(button, &QPushButton::clicked, this, [this, suggestedName, filter, produce] {
        save(suggestedName, filter, produce);
    });
    return button;
}

void DocumentDialog::exportPdf()
{
    save(m_fileName + u".pdf"_s, tr("PDF documents (*.pdf)"), [this](const auto &done) {
        const QByteArray bytes = m_pdf ? m_pdf() : QByteArray();
        done(bytes, bytes.isEmpty() ? tr("The PDF could not be made.") : QString());
    });
}

void DocumentDialog::save(const QString &suggestedName, const QString &filter, const Producer &produce)
{
    const QString path = FileExport::askSavePath(this, suggestedName, filter);
    if (path.isEmpty())
        return;
    setStatusText(m_status, tr("Exporting…"), StatusTone::Neutral);
    produce([this, path](const QByteArray &bytes, const QString &error) { write(path, bytes, error); });
}

void DocumentDialog::write(const QString &path, const QByteArray &bytes, const QString &error)
{
    if (!error.isEmpty()) {
        setStatusText(m_status, tr("Nothing was saved: %1").arg(error), StatusTone::Problem);
        return;
    }
    if (const QString problem = FileExport::write(path, bytes); !problem.isEmpty()) {
        setStatusText(m_status, problem, StatusTone::Problem);
        return;
    }
    setStatusText(m_status, tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), StatusTone::Success);
    Q_EMIT exported(path);
}

} // namespace sc::ui
