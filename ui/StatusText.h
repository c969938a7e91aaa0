#pragma once

#include <QString>

class QLabel;
class QPalette;
class QColor;

namespace sc::ui {

// How dialogs colour a line that reports on the form: problems red (dark on
// light themes, light on dark ones), successes green, the rest as text.
enum class StatusTone { Neutral, Problem, Success };

QColor statusColor(const QPalette &palette, StatusTone tone);
// Sets the text and colour and shows the label; empty text hides it.
void setStatusText(QLabel *label, const QString &text, StatusTone tone);

} // namespace sc::ui
