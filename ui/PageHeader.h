#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace sc::ui {

// The title line every portal page starts with: a title, one sentence that
// says what the page is for, and room on the right for the page's actions.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    void addAction(QWidget *widget);
    void setTitle(const QString &title);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
};

} // namespace sc::ui
