#pragma once

#include "ui/LineIconEngine.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace sc::ui {

// A strip across the top of the window for something that needs the user
// but must not take the page away (a session that expired): an icon, one
// sentence and a button that offers the way forward.
class NoticeBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(LineIcon icon, const QString &text, const QString &buttonText);
    QString text() const;

Q_SIGNALS:
    void buttonClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
    LineIcon m_shape = LineIcon::Warning;
};

} // namespace sc::ui
