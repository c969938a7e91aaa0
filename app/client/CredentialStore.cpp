#include "client/CredentialStore.h"

namespace sc::client {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

} // namespace sc::client
