"""A test wallet: a secp256k1 key (libsecp256k1 through coincurve) that signs EIP-191 personal
messages, as MetaMask's personal_sign does."""
import coincurve
from Crypto.Hash import keccak


def keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


class TestWallet:
    __test__ = False  # not a pytest test class

    def __init__(self):
        self.key = coincurve.PrivateKey()
        public = self.key.public_key.format(compressed=False)[1:]
        self.address = "0x" + keccak256(public)[-20:].hex()

    @property
    def checksummed(self) -> str:
        """The EIP-55 form of the address."""
        digits = self.address[2:]
        digest = keccak256(digits.encode()).hex()
        return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(digits))

    def personal_sign(self, message: bytes) -> str:
        """The 65-byte EIP-191 signature of `message`, hex, with v = 27/28."""
        prefixed = b"\x19Ethereum Signed Message:\n" + str(len(message)).encode() + message
        signature = self.key.sign_recoverable(keccak256(prefixed), hasher=None)
        r_s, recovery_id = signature[:64], signature[64]
        return "0x" + r_s.hex() + bytes([27 + recovery_id]).hex()
