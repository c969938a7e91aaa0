#pragma once

#include "client/InstanceClient.h"

#include <QWidget>

class QCPAxis;
class QCPAxisRect;
class QCPGraph;
class QCPItemText;
class QCPLegend;
class QCustomPlot;

namespace sc::ui {

// The last hour of one instance, an adapter over QCustomPlot: CPU and memory
// use in percent above, network in and out below (in B/s, kB/s or MB/s,
// whichever fits), on one time axis in local time. Says why when it is empty.
class UtilizationChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UtilizationChart)

public:
    explicit UtilizationChart(QWidget *parent = nullptr);

    void setSamples(const QList<client::InstanceClient::UtilizationSample> &samples);
    // Clears the chart and says why it is empty.
    void showMessage(const QString &message);

    int sampleCount() const { return m_sampleCount; }
    QString message() const;
    QString networkUnit() const { return m_networkUnit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void styleAxis(QCPAxis *axis) const;

    QCustomPlot *m_plot;
    QCPAxisRect *m_usageRect;
    QCPAxisRect *m_networkRect;
    QCPGraph *m_cpu;
    QCPGraph *m_memory;
    QCPGraph *m_networkIn;
    QCPGraph *m_networkOut;
    QCPItemText *m_message;
    QCPLegend *m_networkLegend;
    QString m_networkUnit;
    int m_sampleCount = 0;
};

} // namespace sc::ui
