"""The EIP-1193 provider script that exposes a test wallet to the page as window.ethereum."""
from lore_harness.wallet import TestWallet

__all__ = ["TestWallet", "install"]

PROVIDER_SCRIPT = """
window.ethereum = {
  isMetaMask: false,
  async request({ method, params }) {
    if (method === "eth_requestAccounts" || method === "eth_accounts") return [window.__loreTestAccount];
    if (method === "eth_chainId") return "0x7a69";
    if (method === "personal_sign") return await window.loreTestSign(params[0]);
    throw new Error("unsupported method " + method);
  },
};
"""


def install(page, wallet: TestWallet):
    """Gives the page an EIP-1193 provider backed by `wallet`."""
    page.expose_function("loreTestSign", lambda hex_message: wallet.personal_sign(bytes.fromhex(hex_message[2:])))
    page.add_init_script(f"window.__loreTestAccount = '{wallet.address}';" + PROVIDER_SCRIPT)
