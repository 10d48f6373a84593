"""Helpers shared by the browser and system tests: the `lore` binary as a server process, a
throw-away PostgreSQL database, an HTTP API client with Sign-In with Ethereum, test wallets and
sample files."""
