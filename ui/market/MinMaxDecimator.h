#pragma once

#include <QVector>

#include <vector>

namespace sc::ui {

// Reduces a long (key, value) series to what a screen can show: for every
// pixel column of the visible key range, the lowest and the highest value in
// it, so spikes survive and a line looks exactly like the full data would.
// setData builds a min/max pyramid once (about two extra values per point);
// decimate() then answers any range in O(columns · log n), which is what keeps
// a million-point chart under a frame to redraw while zooming and panning.
class MinMaxDecimator
{
public:
    // keys ascending; values as many as keys.
    void setData(QVector<double> keys, QVector<double> values);
    void clear();

    qsizetype size() const { return m_keys.size(); }
    const QVector<double> &keys() const { return m_keys; }
    const QVector<double> &values() const { return m_values; }

    // The points to draw for keys in [lower, upper] across `columns` pixel
    // columns: the raw points when there are no more than two per column,
    // else at most two per column; plus the nearest point outside the range
    // on either side, so the line reaches the edges.
    void decimate(double lower, double upper, int columns, QVector<double> &keys, QVector<double> &values) const;

    // The lowest and highest value of the points with index in [from, to).
    struct Extent
    {
        double min = 0;
        double max = 0;
    };
    Extent extent(qsizetype from, qsizetype to) const;

private:
    QVector<double> m_keys;
    QVector<double> m_values;
    // m_levels[k][i]: min and max of the points [i * 2^(k+1), (i+1) * 2^(k+1)).
    std::vector<std::vector<Extent>> m_levels;
};

} // namespace sc::ui
