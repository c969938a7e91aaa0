#pragma once

#include "http/HttpResponse.h"

#include <functional>
#include <memory>

namespace sc::http {

// The one way to answer a request, now or later. Copyable; the first send()
// wins, later ones are ignored. Safe when the client has gone: the response
// is dropped. Use it from the thread the request was handled on.
class HttpResponder
{
public:
    using Deliver = std::function<void(HttpResponse &&)>;
    using IsConnected = std::function<bool()>;

    HttpResponder() = default;
    HttpResponder(Deliver deliver, IsConnected isConnected);

    void send(HttpResponse response) const;
    bool isConnected() const;
    bool hasSent() const;

private:
    struct State
    {
        Deliver deliver;
        IsConnected isConnected;
        bool sent = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace sc::http
