#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace sc::ui {

// Asks the user to confirm an action that costs money or cannot be undone.
// The seam tests answer through: with a next answer set, ask() returns it at
// once instead of showing a dialog, and remembers what it would have asked.
class ConfirmationPrompt
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

    // Tests: the answer of the next ask() (then cleared); std::nullopt shows the dialog again.
    static void setNextAnswer(std::optional<bool> accept);
    // Tests: the text of the last question asked.
    static QString lastQuestion();
};

} // namespace sc::ui
