#pragma once

#include <QStringView>

namespace sc::protocol {

// Bumped on every change to the wire contract; docs/api/CHANGELOG.md says what changed.
inline constexpr QStringView kApiVersion = u"1.6";
inline constexpr QStringView kApiPrefix = u"/api/v1";

} // namespace sc::protocol
