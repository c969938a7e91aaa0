#include "ui/market/ConfirmationPrompt.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace sc::ui {

namespace {

// The seam's state: one answer at a time, set only by tests.
struct PromptSeam
{
    std::optional<bool> nextAnswer;
    QString lastQuestion;
};

PromptSeam &seam()
{
    static PromptSeam instance;
    return instance;
}

} // namespace

bool ConfirmationPrompt::ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    seam().lastQuestion = text;
    if (const std::optional<bool> answer = std::exchange(seam().nextAnswer, std::nullopt))
        return *answer;

    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void ConfirmationPrompt::setNextAnswer(std::optional<bool> accept)
{
    seam().nextAnswer = accept;
}

QString ConfirmationPrompt::lastQuestion()
{
    return seam().lastQuestion;
}

} // namespace sc::ui
