#pragma once

#include "protocol/ApplianceDto.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sc::ui {

// "Upload an image": what the new appliance is called and needs, before its
// bytes go: the name (the file's name to start with), the format (as its first
// bytes say; choosing another warns), the operating system, the memory and
// disk it needs at least, a description. Tests answer through the seam:
// with a next answer set, run() returns at once with the form as prefilled.
class UploadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadDialog)

public:
    explicit UploadDialog(const QString &filePath, QWidget *parent = nullptr);

    QString filePath() const { return m_filePath; }
    QString detectedFormat() const { return m_detected; }
    protocol::ApplianceMetadata metadata() const;
    QString format() const;
    // Why the form cannot be sent yet, or empty.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formatBox() const { return m_format; }

    // Tests: the answer of the next dialog (then cleared): true accepts the
    // prefilled form, false cancels; std::nullopt shows dialogs again.
    static void setNextAnswer(std::optional<bool> accept);
    static std::optional<bool> takeNextAnswer();

private:
    void update();

    QString m_filePath;
    QString m_detected;
    QLineEdit *m_name;
    QComboBox *m_format;
    QLabel *m_formatNote;
    QLineEdit *m_os;
    QSpinBox *m_memory;
    QSpinBox *m_disk;
    QPlainTextEdit *m_description;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sc::ui
