#include "core/auth/Principal.h"

#include "http/ApiException.h"
#include "http/HttpRequest.h"

using namespace Qt::StringLiterals;

namespace sc::broker {

const Principal &Principal::of(const http::HttpRequest &request)
{
    const auto *principal = std::any_cast<Principal>(&request.caller);
    if (!principal)
        throw http::ApiException(protocol::ErrorCode::Unauthorized, u"Log in first."_s);
    return *principal;
}

} // namespace sc::broker
