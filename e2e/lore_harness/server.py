"""The real `lore` binary as a server process on a loopback port, with its own data directory.

The binary is the one the last `swift build` produced (`.build/debug/lore`); `LORE_BINARY`
overrides it. A server can be stopped gracefully (SIGTERM), killed (SIGKILL, as a crash) and
started again on the same port, data directory and database.
"""
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]


def lore_binary() -> str:
    binary = os.environ.get("LORE_BINARY", str(ROOT / ".build/debug/lore"))
    if not os.access(binary, os.X_OK):
        raise RuntimeError(f"{binary} is missing: run `swift build` first (or set LORE_BINARY)")
    return binary


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoreServer:
    """One Lore installation (data directory, database, port) and the process serving it, if any.

    `env` adds to (or overrides) the configuration; by default the server runs like the README's
    `make run`: development mode, SQLite under the data directory, rate limits on.
    """

    def __init__(self, prefix: str = "lore-test-", database_url: str | None = None, env: dict | None = None):
        self.data_dir = tempfile.mkdtemp(prefix=prefix)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url
        self.extra_env = dict(env or {})
        self.process: subprocess.Popen | None = None
        self.log_path = os.path.join(self.data_dir, "server.log")
        self.starts = 0

    def environment(self) -> dict:
        env = dict(os.environ, LORE_PORT=str(self.port), LORE_DATA_DIR=self.data_dir, LORE_PUBLIC_URL=self.base_url,
                   LORE_LOG_LEVEL="warning", LORE_ENV="development")
        env.pop("DATABASE_URL", None)
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        env.update(self.extra_env)
        return env

    def start(self, timeout: float = 60) -> "LoreServer":
        """Starts `lore serve` and waits until `/healthz` answers."""
        assert self.process is None, "already running"
        self.starts += 1
        with open(self.log_path, "a") as log:
            log.write(f"\n==== start {self.starts} ====\n")
            log.flush()
            self.process = subprocess.Popen([lore_binary(), "serve"], cwd=ROOT, env=self.environment(),
                                            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.base_url + "/healthz", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"lore did not start (start {self.starts}):\n{self.log()}")
            time.sleep(0.1)

    def stop(self, timeout: float = 15):
        """Stops the server as an operator would (SIGTERM), killing it if it does not exit."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise RuntimeError(f"lore did not stop within {timeout} s of SIGTERM:\n{self.log()}")
        finally:
            self.process = None

    def kill(self):
        """Crashes the server: SIGKILL, no chance to finish anything."""
        if self.process is None:
            return
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.process = None

    def log(self, tail: int = 8000) -> str:
        try:
            return open(self.log_path, errors="replace").read()[-tail:]
        except OSError:
            return ""

    def destroy(self):
        """Kills the server if running and removes the data directory."""
        self.kill()
        shutil.rmtree(self.data_dir, ignore_errors=True)
