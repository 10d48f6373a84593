"""A test wallet: a secp256k1 key (libsecp256k1 through coincurve) that signs EIP-191 personal
messages, and the EIP-1193 provider script that exposes it to the page as window.ethereum."""
import coincurve
from Crypto.Hash import keccak


def keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


class TestWallet:
    def __init__(self):
        self.key = coincurve.PrivateKey()
        public = self.key.public_key.format(compressed=False)[1:]
        self.address = "0x" + keccak256(public)[-20:].hex()

    @property
    def checksummed(self) -> str:
        digits = self.address[2:]
        digest = keccak256(digits.encode()).hex()
        return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(digits))

    def personal_sign(self, message: bytes) -> str:
        prefixed = b"\x19Ethereum Signed Message:\n" + str(len(message)).encode() + message
        signature = self.key.sign_recoverable(keccak256(prefixed), hasher=None)
        r_s, recovery_id = signature[:64], signature[64]
        return "0x" + r_s.hex() + bytes([27 + recovery_id]).hex()


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
