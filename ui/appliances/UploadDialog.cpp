#include "ui/appliances/UploadDialog.h"

#include "client/ImageFile.h"
#include "ui/StatusText.h"
#include "ui/appliances/ApplianceModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {
std::optional<bool> g_nextAnswer;
constexpr int kMaxName = 100;
} // namespace

void UploadDialog::setNextAnswer(std::optional<bool> accept)
{
    g_nextAnswer = accept;
}

std::optional<bool> UploadDialog::takeNextAnswer()
{
    return std::exchange(g_nextAnswer, std::nullopt);
}

UploadDialog::UploadDialog(const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_detected(client::ImageFile::detectFormat(filePath))
    , m_name(new QLineEdit)
    , m_format(new QComboBox)
    , m_formatNote(new QLabel)
    , m_os(new QLineEdit)
    , m_memory(new QSpinBox)
    , m_disk(new QSpinBox)
    , m_description(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"uploadDialog"_s);
    setWindowTitle(tr("Upload an Image"));
    const QFileInfo info(filePath);

    auto *file = new QLabel(
        tr("<b>%1</b> · %2").arg(info.fileName().toHtmlEscaped(), ApplianceModel::sizeText(info.size())));
    file->setObjectName(u"uploadFile"_s);
    file->setToolTip(filePath);

    m_name->setObjectName(u"uploadName"_s);
    m_name->setMaxLength(kMaxName);
    m_name->setText(info.completeBaseName().left(kMaxName).trimmed());
    m_name->setPlaceholderText(tr("What buyers of your organization will see"));

    m_format->setObjectName(u"uploadFormat"_s);
    for (const QStringView format : {protocol::ApplianceFormat::Qcow2,
                                     protocol::ApplianceFormat::Raw,
                                     protocol::ApplianceFormat::Vmdk,
                                     protocol::ApplianceFormat::Ova}) {
        m_format->addItem(ApplianceModel::formatText(format.toString()), format.toString());
    }
    m_format->setCurrentIndex(m_format->findData(m_detected));
    m_formatNote->setObjectName(u"uploadFormatNote"_s);
    m_formatNote->setWordWrap(true);

    m_os->setObjectName(u"uploadOs"_s);
    m_os->setMaxLength(100);
    m_os->setPlaceholderText(tr("For example Debian 12"));
    m_memory->setObjectName(u"uploadMemory"_s);
    m_memory->setRange(0, 1024 * 1024);
    m_memory->setSingleStep(512);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSpecialValueText(tr("Any"));
    m_disk->setObjectName(u"uploadDisk"_s);
    m_disk->setRange(0, 64 * 1024);
    m_disk->setSuffix(tr(" GiB"));
    m_disk->setSpecialValueText(tr("Any"));
    m_description->setObjectName(u"uploadDescription"_s);
    m_description->setPlaceholderText(tr("What it runs, how to log in, anything a colleague should know"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("File:"), file);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_formatNote);
    form->addRow(tr("&Operating system:"), m_os);
    form->addRow(tr("Minimum &memory:"), m_memory);
    form->addRow(tr("Minimum &disk:"), m_disk);
    form->addRow(tr("&Description:"), m_description);

    m_problem->setObjectName(u"uploadProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upload"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &UploadDialog::update);
    connect(m_format, &QComboBox::currentIndexChanged, this, &UploadDialog::update);
    update();
    resize(qMax(width(), 520), sizeHint().height());
}

protocol::ApplianceMetadata UploadDialog::metadata() const
{
    protocol::ApplianceMetadata metadata;
    metadata.name = m_name->text().trimmed();
    metadata.description = m_description->toPlainText().trimmed();
    metadata.os = m_os->text().trimmed();
    metadata.minMemoryMiB = m_memory->value();
    metadata.minDiskGiB = m_disk->value();
    return metadata;
}

QString UploadDialog::format() const
{
    return m_format->currentData().toString();
}

QString UploadDialog::problem() const
{
    if (const auto problem = protocol::ApplianceMetadata::nameProblem(m_name->text().trimmed()))
        return tr("The name %1.").arg(*problem);
    return {};
}

void UploadDialog::update()
{
    if (format() == m_detected) {
        m_formatNote->setText(tr("Recognised from the file's first bytes."));
        m_formatNote->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_formatNote->setText(tr("The file looks like a %1 image. The broker checks the format and refuses an "
                                 "image that is not what it is declared as.")
                                  .arg(ApplianceModel::formatText(m_detected)));
        m_formatNote->setForegroundRole(QPalette::WindowText);
    }
    const QString text = m_name->text().isEmpty() ? QString() : problem();
    setStatusText(m_problem, text, StatusTone::Problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem().isEmpty());
}

} // namespace sc::ui
