#include "ui/billing/FileExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace sc::ui::FileExport {

namespace {
std::optional<QString> g_nextSavePath;
} // namespace

void setNextSavePath(std::optional<QString> path)
{
    g_nextSavePath = std::move(path);
}

QString askSavePath(QWidget *parent, const QString &suggestedName, const QString &filter)
{
    if (g_nextSavePath)
        return *std::exchange(g_nextSavePath, std::nullopt);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("FileExport", "Export"), QDir(folder).filePath(suggestedName), filter);
}

QString write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return QCoreApplication::translate("FileExport", "%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace sc::ui::FileExport
