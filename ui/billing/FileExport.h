#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QWidget;

namespace sc::ui::FileExport {

// Where to save an export: a QFileDialog in the Documents folder with the
// suggested name; empty when the person cancels. In tests
// setNextSavePath() answers the next question instead (then is cleared).
QString askSavePath(QWidget *parent, const QString &suggestedName, const QString &filter);
void setNextSavePath(std::optional<QString> path);

// Writes bytes to path atomically; empty on success, else why not in words.
QString write(const QString &path, const QByteArray &bytes);

} // namespace sc::ui::FileExport
