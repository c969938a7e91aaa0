#pragma once

// Helpers for tests that connect simulated provider clouds through the seller API.
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QString>

namespace sc::test {

using namespace Qt::StringLiterals;

// An (instance type, catalog region) the connected provider (the seller
// API's answer) can sell now: a mapped profile with free slots in a mapped
// region; empty when there is none.
inline QPair<QString, QString> sellableInstrument(const QJsonObject &provider)
{
    QHash<QString, QString> regionOf;
    const QJsonArray regions = provider.value(u"regions"_s).toArray();
    for (const QJsonValue &region : regions) {
        if (!region.toObject().value(u"region"_s).isNull())
            regionOf.insert(region.toObject().value(u"code"_s).toString(),
                            region.toObject().value(u"region"_s).toString());
    }
    const QJsonArray profiles = provider.value(u"profiles"_s).toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject profile = value.toObject();
        if (!profile.value(u"instanceType"_s).isNull() && regionOf.contains(profile.value(u"regionCode"_s).toString())
            && profile.value(u"freeSlots"_s).toInt() > 0)
            return {profile.value(u"instanceType"_s).toString(),
                    regionOf.value(profile.value(u"regionCode"_s).toString())};
    }
    return {};
}

} // namespace sc::test
