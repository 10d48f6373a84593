// Debian's libsecp256k1-dev: the core API and the recovery module.
#include <secp256k1.h>
#include <secp256k1_recovery.h>
