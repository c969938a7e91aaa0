#pragma once

#include "ui/LineIconEngine.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sc::ui {

// A centred message in place of content that is not there (yet): an icon, a
// title, an explanation and at most one button that offers the way forward.
class MessagePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePanel)

public:
    explicit MessagePanel(QWidget *parent = nullptr);

    // An empty buttonText hides the button.
    void setMessage(LineIcon icon, const QString &title, const QString &text, const QString &buttonText = {});
    QString title() const;
    QString text() const;

Q_SIGNALS:
    void buttonClicked();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace sc::ui
