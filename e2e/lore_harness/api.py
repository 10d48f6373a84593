"""A small client for Lore's HTTP API, as a script or a wallet app would use it: JSON requests
with a bearer token, multipart uploads, and Sign-In with Ethereum (EIP-4361) end to end."""
import json
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from email.message import Message

from lore_harness.wallet import TestWallet


@dataclass
class Response:
    status: int
    headers: Message  # case-insensitive
    body: bytes

    def json(self):
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode(errors="replace")


@dataclass
class Session:
    """A signed-in wallet: its tokens and the user the server made for it."""
    wallet: TestWallet
    access: str
    refresh: str
    user: dict

    @property
    def address(self) -> str:
        return self.wallet.address


class LoreAPI:
    def __init__(self, base_url: str, timeout: float = 30):
        self.base_url = base_url
        self.timeout = timeout

    def request(self, method: str, path: str, json_body=None, token: str | None = None, body: bytes | None = None,
                headers: dict | None = None) -> Response:
        """Sends one request; HTTP errors are answers too (the caller checks `status`)."""
        headers = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(self.base_url + path, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return Response(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers, error.read())

    def get(self, path: str, token: str | None = None) -> Response:
        return self.request("GET", path, token=token)

    def post(self, path: str, json_body=None, token: str | None = None) -> Response:
        return self.request("POST", path, json_body=json_body, token=token)

    def sign_in(self, wallet: TestWallet | None = None) -> Session:
        """Asks for the message to sign, signs it with personal_sign and exchanges it for tokens."""
        wallet = wallet or TestWallet()
        nonce = self.post("/api/auth/generate-nonce/", {"address": wallet.checksummed})
        assert nonce.status == 200, nonce.text
        message = nonce.json()["message"]
        signed = self.post("/api/auth/verify-signature/",
                           {"message": message, "signature": wallet.personal_sign(message.encode())})
        assert signed.status == 200, signed.text
        answer = signed.json()
        return Session(wallet, answer["access"], answer["refresh"], answer["user"])

    def upload(self, token: str, content: bytes, filename: str = "work.png", asset_type: str | None = None,
               content_type: str = "application/octet-stream") -> Response:
        """`POST /api/assets/upload-to-ipfs/` with a multipart/form-data body."""
        boundary = "----lore" + uuid.uuid4().hex
        parts = []
        if asset_type is not None:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="asset_type"\r\n\r\n'
                         f'{asset_type}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                     f'Content-Type: {content_type}\r\n\r\n'.encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", "/api/assets/upload-to-ipfs/", token=token, body=b"".join(parts),
                            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def wait_for_asset(self, uuid_: str, token: str, timeout: float = 60, interval: float = 0.1) -> dict:
        """Polls `GET /api/assets/{uuid}/` until the asset is registered; fails at once if it
        failed, and after `timeout` seconds with the last answer."""
        deadline = time.monotonic() + timeout
        while True:
            response = self.get(f"/api/assets/{uuid_}/", token)
            assert response.status == 200, response.text
            asset = response.json()
            status = asset["registration_status"]
            assert status != "failed", f"the asset failed: {asset.get('failed_at_step')}: {asset.get('registration_error')}"
            if status == "registered":
                return asset
            assert time.monotonic() < deadline, f"not registered within {timeout} s: {asset}"
            time.sleep(interval)
