#include "ui/appliances/ApplianceDetailPanel.h"

#include "client/UploadManager.h"
#include "ui/StatusText.h"
#include "ui/appliances/ApplianceModel.h"
#include "ui/market/ConfirmationPrompt.h"
#include "ui/market/TableStyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::protocol::Expected;

namespace sc::ui {

ApplianceDetailPanel::ApplianceDetailPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_appliances(client)
    , m_title(TableStyle::sectionTitle({}))
    , m_badges(new QLabel)
    , m_facts(new QLabel)
    , m_sha(new QLabel)
    , m_name(new QLineEdit)
    , m_os(new QLineEdit)
    , m_memory(new QSpinBox)
    , m_disk(new QSpinBox)
    , m_description(new QPlainTextEdit)
    , m_notes(new QPlainTextEdit)
    , m_status(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_delete(new QPushButton(tr("&Delete…")))
    , m_body(new QWidget)
    , m_empty(new QLabel(tr("Select an appliance to see it in detail.")))
{
    setObjectName(u"applianceDetail"_s);
    m_title->setObjectName(u"applianceTitle"_s);
    m_title->setWordWrap(true);
    m_badges->setObjectName(u"applianceBadges"_s);
    m_facts->setObjectName(u"applianceFacts"_s);
    m_facts->setWordWrap(true);
    m_sha->setObjectName(u"applianceSha256"_s);
    m_sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setWordWrap(true);
    m_sha->setForegroundRole(QPalette::PlaceholderText);
    QFont mono = m_sha->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(u"monospace"_s);
    m_sha->setFont(mono);

    m_name->setObjectName(u"applianceName"_s);
    m_name->setMaxLength(100);
    m_os->setObjectName(u"applianceOs"_s);
    m_os->setMaxLength(100);
    m_memory->setObjectName(u"applianceMemory"_s);
    m_memory->setRange(0, 1024 * 1024);
    m_memory->setSingleStep(512);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSpecialValueText(tr("Any"));
    m_disk->setObjectName(u"applianceDisk"_s);
    m_disk->setRange(0, 64 * 1024);
    m_disk->setSuffix(tr(" GiB"));
    m_disk->setSpecialValueText(tr("Any"));
    const int lines = m_description->fontMetrics().lineSpacing();
    m_description->setObjectName(u"applianceDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(lines * 4 + 12);
    m_notes->setObjectName(u"applianceNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(lines * 3 + 12);
    m_notes->setPlaceholderText(tr("Anything else: how to log in, what to change after the first boot"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Operating system:"), m_os);
    form->addRow(tr("Minimum &memory:"), m_memory);
    form->addRow(tr("Minimum dis&k:"), m_disk);
    form->addRow(tr("Descri&ption:"), m_description);
    form->addRow(tr("No&tes:"), m_notes);

    m_status->setObjectName(u"applianceStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_save->setObjectName(u"saveAppliance"_s);
    m_delete->setObjectName(u"deleteAppliance"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_badges);
    bodyLayout->addWidget(m_facts);
    bodyLayout->addWidget(m_sha);
    bodyLayout->addSpacing(6);
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(m_status);
    bodyLayout->addLayout(buttons);
    bodyLayout->addStretch(1);

    m_empty->setObjectName(u"applianceDetailEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_body);
    layout->addWidget(m_empty, 1);

    connect(m_save, &QPushButton::clicked, this, &ApplianceDetailPanel::save);
    connect(m_delete, &QPushButton::clicked, this, &ApplianceDetailPanel::deleteAppliance);
    for (QLineEdit *edit : {m_name, m_os})
        connect(edit, &QLineEdit::textChanged, this, &ApplianceDetailPanel::updateButtons);
    for (QSpinBox *box : {m_memory, m_disk})
        connect(box, &QSpinBox::valueChanged, this, &ApplianceDetailPanel::updateButtons);
    for (QPlainTextEdit *edit : {m_description, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &ApplianceDetailPanel::updateButtons);
    setAppliance(std::nullopt);
}

std::optional<qint64> ApplianceDetailPanel::applianceId() const
{
    return m_appliance ? std::optional<qint64>(m_appliance->id) : std::nullopt;
}

QString ApplianceDetailPanel::statusText() const
{
    return m_status->isVisible() || !m_status->text().isEmpty() ? m_status->text() : QString();
}

void ApplianceDetailPanel::setAppliance(const std::optional<protocol::Appliance> &appliance)
{
    const bool same = appliance && m_appliance && appliance->id == m_appliance->id;
    const bool unsaved = same && edited().toJson() != m_appliance->metadata.toJson();
    m_body->setVisible(appliance.has_value());
    m_empty->setVisible(!appliance);
    if (!appliance) {
        m_appliance.reset();
        return;
    }
    if (!same)
        showStatus({}, false);
    m_appliance = appliance;
    if (!unsaved)
        fill(*appliance);
    updateButtons();
}

void ApplianceDetailPanel::fill(const protocol::Appliance &appliance)
{
    const QSignalBlocker blockName(m_name), blockOs(m_os), blockMemory(m_memory), blockDisk(m_disk),
        blockDescription(m_description), blockNotes(m_notes);
    m_title->setText(appliance.metadata.name);
    m_badges->setText(u"%1 · %2"_s.arg(ApplianceModel::formatText(appliance.format),
                                       ApplianceModel::visibilityText(appliance.visibility)));
    QStringList facts;
    facts << tr("%1 file").arg(ApplianceModel::sizeText(appliance.sizeBytes));
    if (appliance.virtualSizeBytes)
        facts << tr("a %1 disk for the guest").arg(ApplianceModel::sizeText(*appliance.virtualSizeBytes));
    if (appliance.createdAt.isValid())
        facts << tr("added %1").arg(QLocale().toString(appliance.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    m_facts->setText(facts.join(u", "_s));
    // In groups, so that it wraps; the tooltip has it whole.
    QStringList groups;
    for (qsizetype at = 0; at < appliance.sha256.size(); at += 16)
        groups << appliance.sha256.mid(at, 16);
    m_sha->setText(tr("SHA-256 %1").arg(groups.join(u' ')));
    m_sha->setToolTip(appliance.sha256);
    m_name->setText(appliance.metadata.name);
    m_os->setText(appliance.metadata.os);
    m_memory->setValue(appliance.metadata.minMemoryMiB);
    m_disk->setValue(appliance.metadata.minDiskGiB);
    m_description->setPlainText(appliance.metadata.description);
    m_notes->setPlainText(appliance.metadata.notes);
    const bool editable = appliance.owned;
    for (QLineEdit *edit : {m_name, m_os})
        edit->setReadOnly(!editable);
    for (QSpinBox *box : {m_memory, m_disk}) {
        box->setReadOnly(!editable);
        box->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    }
    for (QPlainTextEdit *edit : {m_description, m_notes})
        edit->setReadOnly(!editable);
    m_description->setPlaceholderText(editable ? tr("What it runs, how to log in") : QString());
    m_save->setVisible(editable);
    m_delete->setVisible(editable);
    if (!editable)
        showStatus(tr("A public appliance, curated by the broker's operators: every buyer can run it, nobody but "
                      "the operators can change it."),
                   false);
}

protocol::ApplianceMetadata ApplianceDetailPanel::edited() const
{
    protocol::ApplianceMetadata metadata;
    metadata.name = m_name->text().trimmed();
    metadata.os = m_os->text().trimmed();
    metadata.minMemoryMiB = m_memory->value();
    metadata.minDiskGiB = m_disk->value();
    metadata.description = m_description->toPlainText().trimmed();
    metadata.notes = m_notes->toPlainText().trimmed();
    return metadata;
}

void ApplianceDetailPanel::updateButtons()
{
    if (!m_appliance)
        return;
    const protocol::ApplianceMetadata metadata = edited();
    const auto problem = protocol::ApplianceMetadata::nameProblem(metadata.name);
    m_save->setEnabled(!m_busy && m_appliance->owned && metadata.toJson() != m_appliance->metadata.toJson()
                       && !problem);
    m_delete->setEnabled(!m_busy && m_appliance->owned);
    if (problem && m_appliance->owned)
        showStatus(tr("The name %1.").arg(*problem), true);
    else if (m_status->text().startsWith(tr("The name")))
        showStatus({}, false);
}

void ApplianceDetailPanel::showStatus(const QString &text, bool problem)
{
    setStatusText(m_status, text, problem ? StatusTone::Problem : StatusTone::Neutral);
}

void ApplianceDetailPanel::save()
{
    if (!m_appliance || !m_appliance->owned || m_busy)
        return;
    m_busy = true;
    updateButtons();
    showStatus(tr("Saving…"), false);
    const qint64 id = m_appliance->id;
    m_appliances.updateAppliance(id, edited(), this, [this, id](const Expected<protocol::Appliance> &result) {
        m_busy = false;
        if (!m_appliance || m_appliance->id != id)
            return;
        if (!result) {
            updateButtons();
            showStatus(client::ApplianceClient::errorText(result.error()), true);
            return;
        }
        m_appliance = *result;
        fill(*result);
        updateButtons();
        showStatus(tr("Saved."), false);
        Q_EMIT saved(*result);
    });
}

void ApplianceDetailPanel::deleteAppliance()
{
    if (!m_appliance || !m_appliance->owned || m_busy)
        return;
    const protocol::Appliance appliance = *m_appliance;
    if (!ConfirmationPrompt::ask(this,
                                 tr("Delete Appliance"),
                                 tr("Delete “%1” (%2)? Bids can no longer start it, and its storage is freed. This "
                                    "cannot be undone; to have it again, upload the image again.")
                                     .arg(appliance.metadata.name, ApplianceModel::sizeText(appliance.sizeBytes)),
                                 tr("Delete")))
        return;
    m_busy = true;
    updateButtons();
    showStatus(tr("Deleting…"), false);
    m_appliances.deleteAppliance(
        appliance.id, this, [this, id = appliance.id](const Expected<client::ApplianceClient::Done> &result) {
            m_busy = false;
            if (m_appliance && m_appliance->id == id)
                updateButtons();
            if (!result) {
                showStatus(client::ApplianceClient::errorText(result.error()), true);
                return;
            }
            showStatus({}, false);
            Q_EMIT deleted(id);
        });
}

} // namespace sc::ui
