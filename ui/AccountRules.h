#pragma once

#include <QString>

namespace sc::ui {

// The broker's rules for an email address and a new password (AccountService),
// checked while typing so the form can say what is missing before it is sent.
constexpr qsizetype kMinPasswordLength = 10;
constexpr qsizetype kMaxPasswordLength = 256;

// Empty when the password is acceptable, else why not, for people.
QString passwordProblem(const QString &password, const QString &email);
// Empty when the address looks like one, else why not.
QString emailProblem(const QString &email);

} // namespace sc::ui
