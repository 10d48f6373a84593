/// IPFS content addressing.
