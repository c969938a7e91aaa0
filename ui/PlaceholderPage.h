#pragma once

#include "ui/LineIconEngine.h"

#include <QStringList>
#include <QWidget>

namespace sc::ui {

class PageHeader;

// A portal page that is not built yet: says so plainly and tells what the
// page will do, so the navigation already shows the whole portal.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    struct Description
    {
        LineIcon icon;
        QString title;
        QString subtitle; // one sentence: what the page is for
        QStringList plannedFeatures;
    };

    explicit PlaceholderPage(const Description &description, QWidget *parent = nullptr);

    void setTitle(const QString &title);

private:
    PageHeader *m_header;
};

} // namespace sc::ui
