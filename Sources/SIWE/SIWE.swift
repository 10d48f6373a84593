/// Sign-In with Ethereum (EIP-4361).
