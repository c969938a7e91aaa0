#include "ui/AccountRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sc::ui {

QString passwordProblem(const QString &password, const QString &email)
{
    if (password.size() < kMinPasswordLength) {
        return QCoreApplication::translate("AccountRules", "The password needs at least %1 characters.")
            .arg(kMinPasswordLength);
    }
    if (password.size() > kMaxPasswordLength) {
        return QCoreApplication::translate("AccountRules", "The password may have at most %1 characters.")
            .arg(kMaxPasswordLength);
    }
    if (!email.trimmed().isEmpty() && password.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("AccountRules", "The password must not be your email address.");
    return {};
}

QString emailProblem(const QString &email)
{
    // The broker's own check: something@host.domain, no spaces.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (email.trimmed().size() > 254 || !pattern.match(email.trimmed()).hasMatch())
        return QCoreApplication::translate("AccountRules",
                                           "Enter a valid email address, for example dana@example.com.");
    return {};
}

} // namespace sc::ui
