#pragma once

#include <QByteArray>
#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace sc::ui {

// An issued document (an invoice, a credit note, a seller's statement) as the
// broker's documents render it, in a QTextBrowser, with "Export PDF…" and
// room for more exports (addExport). Every export asks where to save with a
// QFileDialog (setNextSavePath() answers it in tests) and says in the dialog
// where the file went, or why it could not be written (FileExport).
class DocumentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentDialog)

public:
    // The bytes to save, or an empty QByteArray with the reason in *error.
    using Producer = std::function<void(std::function<void(const QByteArray &bytes, const QString &error)> done)>;

    // html: the document; pdf: makes its PDF; fileName: the suggested name without extension.
    DocumentDialog(const QString &title, const QString &html, std::function<QByteArray()> pdf, const QString &fileName,
                   QWidget *parent = nullptr);

    QString html() const;
    QString plainText() const;
    QString statusText() const;
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    // A further export (text "Export usage CSV…"): produce may answer later.
    QPushButton *addExport(const QString &text, const QString &suggestedName, const QString &filter, Producer produce);

    void exportPdf();

Q_SIGNALS:
    void exported(const QString &path);

private:
    void save(const QString &suggestedName, const QString &filter, const Producer &produce);
    void write(const QString &path, const QByteArray &bytes, const QString &error);

    QTextBrowser *m_browser;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportPdf;
    std::function<QByteArray()> m_pdf;
    QString m_fileName;
};

} // namespace sc::ui
