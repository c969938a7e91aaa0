#include "http/HttpResponder.h"

namespace sc::http {

HttpResponder::HttpResponder(Deliver deliver, IsConnected isConnected)
    : m_state(std::make_shared<State>(State{std::move(deliver), std::move(isConnected), false}))
{
}

void HttpResponder::send(HttpResponse response) const
{
    if (!m_state || m_state->sent)
        return;
    m_state->sent = true;
    if (m_state->deliver && isConnected())
        m_state->deliver(std::move(response));
}

bool HttpResponder::isConnected() const
{
    return m_state && m_state->isConnected && m_state->isConnected();
}

bool HttpResponder::hasSent() const
{
    return m_state && m_state->sent;
}

} // namespace sc::http
