#include "ui/market/MinMaxDecimator.h"

#include <algorithm>
#include <cmath>

namespace sc::ui {

void MinMaxDecimator::setData(QVector<double> keys, QVector<double> values)
{
    m_keys = std::move(keys);
    m_values = std::move(values);
    m_values.resize(m_keys.size());
    m_levels.clear();

    // Level 0 pairs the raw points; each further level pairs the blocks below.
    const qsizetype count = m_values.size();
    if (count < 2)
        return;
    std::vector<Extent> level(std::size_t(count / 2));
    for (qsizetype i = 0; i < count / 2; ++i) {
        const double a = m_values.at(2 * i);
        const double b = m_values.at(2 * i + 1);
        level[std::size_t(i)] = a < b ? Extent{a, b} : Extent{b, a};
    }
    m_levels.push_back(std::move(level));
    while (m_levels.back().size() >= 2) {
        const std::vector<Extent> &below = m_levels.back();
        std::vector<Extent> above(below.size() / 2);
        for (std::size_t i = 0; i < above.size(); ++i) {
            above[i] = Extent{std::min(below[2 * i].min, below[2 * i + 1].min),
                              std::max(below[2 * i].max, below[2 * i + 1].max)};
        }
        m_levels.push_back(std::move(above));
    }
}

void MinMaxDecimator::clear()
{
    setData({}, {});
}

MinMaxDecimator::Extent MinMaxDecimator::extent(qsizetype from, qsizetype to) const
{
    Extent result{m_values.at(from), m_values.at(from)};
    qsizetype index = from;
    while (index < to) {
        // The largest aligned block that starts here and ends by `to`.
        int level = -1;
        while (level + 1 < int(m_levels.size())) {
            const qsizetype block = qsizetype(2) << (level + 1);
            if (index % block != 0 || index + block > to)
                break;
            ++level;
        }
        if (level < 0) {
            result.min = std::min(result.min, m_values.at(index));
            result.max = std::max(result.max, m_values.at(index));
            ++index;
            continue;
        }
        const Extent &block = m_levels[std::size_t(level)][std::size_t(index >> (level + 1))];
        result.min = std::min(result.min, block.min);
        result.max = std::max(result.max, block.max);
        index += qsizetype(2) << level;
    }
    return result;
}

void MinMaxDecimator::decimate(double lower, double upper, int columns, QVector<double> &keys,
                               QVector<double> &values) const
{
    keys.clear();
    values.clear();
    if (m_keys.isEmpty() || columns < 1 || !(upper > lower))
        return;
    const auto begin = std::lower_bound(m_keys.cbegin(), m_keys.cend(), lower);
    const auto end = std::upper_bound(begin, m_keys.cend(), upper);
    const qsizetype first = std::max<qsizetype>(0, (begin - m_keys.cbegin()) - 1);
    const qsizetype last = std::min<qsizetype>(m_keys.size(), (end - m_keys.cbegin()) + 1); // exclusive
    const qsizetype inside = end - begin;

    auto append = [&keys, &values, this](qsizetype index) {
        keys.append(m_keys.at(index));
        values.append(m_values.at(index));
    };

    if (inside <= 2 * qsizetype(columns)) {
        keys.reserve(last - first);
        values.reserve(last - first);
        for (qsizetype i = first; i < last; ++i)
            append(i);
        return;
    }

    keys.reserve(2 * columns + 2);
    values.reserve(2 * columns + 2);
    const qsizetype insideBegin = begin - m_keys.cbegin();
    const qsizetype insideEnd = end - m_keys.cbegin();
    if (first < insideBegin)
        append(first);
    const double width = (upper - lower) / columns;
    qsizetype from = insideBegin;
    for (int column = 0; column < columns && from < insideEnd; ++column) {
        const double columnEnd = column + 1 == columns ? upper : lower + width * (column + 1);
        const qsizetype to = column + 1 == columns
                                 ? insideEnd
                                 : std::upper_bound(m_keys.cbegin() + from, m_keys.cbegin() + insideEnd, columnEnd)
                                       - m_keys.cbegin();
        if (to == from)
            continue;
        if (to - from <= 2) {
            for (qsizetype i = from; i < to; ++i)
                append(i);
        } else {
            const Extent range = extent(from, to);
            // Continue from the side nearer to where the line comes from.
            const double previous = values.isEmpty() ? m_values.at(from) : values.constLast();
            const bool minFirst = std::abs(previous - range.min) <= std::abs(previous - range.max);
            keys.append(m_keys.at(from));
            values.append(minFirst ? range.min : range.max);
            keys.append(m_keys.at(to - 1));
            values.append(minFirst ? range.max : range.min);
        }
        from = to;
    }
    if (last > insideEnd)
        append(last - 1);
}

} // namespace sc::ui
