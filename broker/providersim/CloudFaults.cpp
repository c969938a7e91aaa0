#include "providersim/CloudFaults.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::providersim {

namespace {

constexpr int kMaxMs = 24 * 3600 * 1000;

ApiError invalid(const QString &message)
{
    return ApiError{ErrorCode::ValidationFailed, message, {}, {}};
}

std::optional<int> parseMs(QStringView text, bool *ok)
{
    const int value = text.toInt(ok);
    *ok = *ok && value >= 0 && value <= kMaxMs;
    return value;
}

} // namespace

QString CloudFaults::toString() const
{
    QStringList parts;
    if (timeout)
        parts.append(u"timeout"_s);
    if (error5xxProbability)
        parts.append(u"error5xx:%1"_s.arg(*error5xxProbability));
    if (malformed)
        parts.append(u"malformed"_s);
    if (slowMs)
        parts.append(u"slow:%1"_s.arg(*slowMs));
    if (flappingPeriodMs)
        parts.append(u"flapping:%1"_s.arg(*flappingPeriodMs));
    if (vanishAfterMs)
        parts.append(u"vanish:%1"_s.arg(*vanishAfterMs));
    if (refuse)
        parts.append(u"refuse"_s);
    return parts.join(u'+');
}

protocol::Expected<CloudFaults> CloudFaults::parse(QStringView text)
{
    CloudFaults faults;
    for (QStringView item : text.split(u'+', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        const qsizetype colon = item.indexOf(u':');
        const QStringView kind = colon < 0 ? item : item.first(colon);
        const QStringView parameter = colon < 0 ? QStringView() : item.sliced(colon + 1);
        const bool hasParameter = colon >= 0;
        bool ok = true;
        if (kind == u"timeout" && !hasParameter) {
            faults.timeout = true;
        } else if (kind == u"malformed" && !hasParameter) {
            faults.malformed = true;
        } else if (kind == u"refuse" && !hasParameter) {
            faults.refuse = true;
        } else if (kind == u"error5xx") {
            const double probability = hasParameter ? parameter.toDouble(&ok) : 1.0;
            if (!ok || !(probability >= 0 && probability <= 1))
                return invalid(u"error5xx wants a probability from 0 to 1, e.g. error5xx:0.5."_s);
            faults.error5xxProbability = probability;
        } else if (kind == u"slow") {
            faults.slowMs = hasParameter ? parseMs(parameter, &ok) : 1500;
        } else if (kind == u"flapping") {
            faults.flappingPeriodMs = hasParameter ? parseMs(parameter, &ok) : 20000;
            ok = ok && *faults.flappingPeriodMs > 0;
        } else if (kind == u"vanish") {
            faults.vanishAfterMs = hasParameter ? parseMs(parameter, &ok) : 30000;
        } else {
            return invalid(u"Unknown fault '%1' (known: timeout, error5xx[:p], malformed, slow[:ms], "
                           "flapping[:periodMs], vanish[:afterMs], refuse)."_s.arg(item));
        }
        if (!ok)
            return invalid(u"Fault '%1' wants a whole number of milliseconds up to a day."_s.arg(item));
    }
    return faults;
}

protocol::Expected<QHash<int, CloudFaults>> CloudFaults::parseFleet(QStringView spec)
{
    QHash<int, CloudFaults> fleet;
    for (QStringView entry : spec.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed();
        const qsizetype equals = entry.indexOf(u'=');
        bool ok = false;
        const int index = equals < 0 ? -1 : entry.first(equals).trimmed().toInt(&ok);
        if (!ok || index < 0)
            return invalid(u"--faults wants index=fault[+fault] entries separated by commas; got '%1'."_s.arg(entry));
        auto faults = parse(entry.sliced(equals + 1));
        if (!faults)
            return faults.error();
        fleet.insert(index, *faults);
    }
    return fleet;
}

} // namespace sc::providersim
