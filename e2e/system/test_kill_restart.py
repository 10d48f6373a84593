"""A real crash: `lore serve` is SIGKILLed at random moments while creators keep adding assets
and the in-process workers run their pipelines; started again on the same data directory and
database, it must finish every asset, and the ledger must hold exactly one registration each.

The ledger's own count comes from its NFT collection: every registration mints the next token
id, so N assets registered once each hold token ids 1..N exactly, and a sentinel asset created
afterwards gets N+1 (a registration made twice would have used up an id). No API exposes the
ledger's `IPRegistered` events or the collection's total supply, so this is the count the API
allows.

The seed (`LORE_KILL_SEED`), the number of rounds (`LORE_KILL_ROUNDS`) and the creators per
round are printed; a failure names the seed to replay it.
"""
import http.client
import os
import random
import threading
import time

from lore_harness.api import LoreAPI
from lore_harness.samples import png

ROUNDS = int(os.environ.get("LORE_KILL_ROUNDS", "4"))
CREATORS = 3
# Each creator stops after this many assets in a round, bounding the work on a fast machine.
PER_CREATOR = 25
INTERMEDIATE_STEPS = {"metadata_upload", "story_registration", "license_attachment"}
# A crashed worker's job waits for its lease (60 s, JobQueue.lease) to expire before another
# worker takes it over; the pipeline itself takes well under a second.
FINISH_TIMEOUT = 150
# The server is never restarted with a different public URL (the NFT metadata names it).
SERVER_ENV = {"LORE_RATE_LIMITS_ENABLED": "false"}


class CrashSite:
    """One installation under test: its server, a signed-in creator and what they created."""

    def __init__(self, server, database: str):
        self.server = server
        self.database = database
        self.api = LoreAPI(server.base_url, timeout=10)
        self.session = None
        self.media_url = None
        self.acknowledged: set[str] = set()  # 201 answers received
        self.cut = 0  # requests the kill cut off (the asset may or may not exist)
        self.refusals: list[str] = []  # any other answer: a bug
        self.caught: list[dict] = []  # per restart: how many assets were in each state
        self.restarted_at = 0.0

    def prepare(self):
        self.server.start()
        self.session = self.api.sign_in()
        uploaded = self.api.upload(self.session.access, png(32, 32, seed=7), asset_type="digital_art")
        assert uploaded.status == 201, uploaded.text
        self.media_url = uploaded.json()["media_url"]

    def create_until_cut(self, name: str, stop: threading.Event):
        number = 0
        while not stop.is_set() and number < PER_CREATOR:
            number += 1
            body = {"title": f"Crash test {name}-{number}", "description": "Made while the server dies.",
                    "asset_type": "digital_art", "media_url": self.media_url}
            try:
                response = self.api.post("/api/assets/", body, self.session.access)
            except (OSError, http.client.HTTPException):
                self.cut += 1
                return
            if response.status == 201:
                self.acknowledged.add(response.json()["uuid"])
            else:
                self.refusals.append(f"{response.status} {response.text}")
                return

    def crash_round(self, round_: int, rng: random.Random):
        """Creators post assets continuously; the server is killed after a random delay."""
        if self.server.process is None:
            self.server.start()
            self.caught.append(self.states())
        stop = threading.Event()
        threads = [threading.Thread(target=self.create_until_cut, args=(f"{round_}.{i}", stop))
                   for i in range(CREATORS)]
        for thread in threads:
            thread.start()
        time.sleep(rng.uniform(0.05, 1.5))
        self.server.kill()
        stop.set()
        for thread in threads:
            thread.join(timeout=30)

    def assets(self) -> list[dict]:
        """Every asset of the creator, in any state, page by page."""
        found, path = [], "/api/assets/?page_size=100"
        while path:
            response = self.api.get(path, self.session.access)
            assert response.status == 200, response.text
            page = response.json()
            found += page["results"]
            path = page["next"] and page["next"][len(self.server.base_url):]
        return found

    def states(self) -> dict:
        counts: dict[str, int] = {}
        for asset in self.assets():
            key = f"{asset['registration_status']}/{asset['creation_step']}"
            counts[key] = counts.get(key, 0) + 1
        return counts

    def wait_until_all_registered(self, deadline: float) -> list[dict]:
        while True:
            assets = self.assets()
            failed = [a for a in assets if a["registration_status"] == "failed"]
            assert not failed, f"{self.database}: failed assets: {[(a['uuid'], a.get('registration_error')) for a in failed]}"
            if all(a["registration_status"] == "registered" for a in assets):
                return assets
            if time.monotonic() > deadline:
                waiting = [(a["uuid"], a["registration_status"], a["creation_step"]) for a in assets
                           if a["registration_status"] != "registered"]
                raise AssertionError(f"{self.database}: not registered within {FINISH_TIMEOUT} s: {waiting}")
            time.sleep(0.5)


def test_sigkill_during_pipelines_then_restart_registers_each_asset_exactly_once(installations, available_databases):
    seed = int(os.environ.get("LORE_KILL_SEED", random.randrange(2**32)))
    print(f"LORE_KILL_SEED={seed} LORE_KILL_ROUNDS={ROUNDS} databases={available_databases}")
    rng = random.Random(seed)
    sites = [CrashSite(installations(database, prefix="lore-crash-", env=SERVER_ENV), database)
             for database in available_databases]
    try:
        run(sites, rng)
    except AssertionError as error:
        raise AssertionError(f"{error}\n(replay with LORE_KILL_SEED={seed})") from error


def run(sites: list[CrashSite], rng: random.Random):
    for site in sites:
        site.prepare()
    # The crashes: the installations take turns, so their lease expiries overlap.
    for round_ in range(1, ROUNDS + 1):
        for site in sites:
            site.crash_round(round_, rng)

    deadline = time.monotonic() + FINISH_TIMEOUT
    for site in sites:
        site.server.start()
        site.restarted_at = time.monotonic()
        site.caught.append(site.states())
    # The kills must have caught pipelines between steps (found there at a restart).
    caught = sum(n for site in sites for states in site.caught for key, n in states.items()
                 if key.split("/")[1] in INTERMEDIATE_STEPS)
    assert caught > 0, f"no kill caught a pipeline between its steps: {[site.caught for site in sites]}"
    for site in sites:
        assets = site.wait_until_all_registered(deadline)
        print(f"{site.database}: {len(assets)} assets ({len(site.acknowledged)} acknowledged, {site.cut} requests cut);"
              f" states at each restart: {site.caught}; all registered"
              f" {time.monotonic() - site.restarted_at:.1f} s after the last restart; registrations adopted from the"
              f" ledger: {sum(1 for a in assets if a['step_data']['story_registration'].get('recovered'))}")
        check_registered_once(site, assets)


def check_registered_once(site: CrashSite, assets: list[dict]):
    assert not site.refusals, f"{site.database}: creation refused: {site.refusals}"
    uuids = {a["uuid"] for a in assets}
    assert site.acknowledged <= uuids, f"{site.database}: acknowledged assets lost: {site.acknowledged - uuids}"
    assert len(uuids) == len(assets)
    ip_ids = [a["ip_id"] for a in assets]
    assert len(set(ip_ids)) == len(assets), f"{site.database}: an ip_id is shared: {sorted(ip_ids)}"
    token_ids = sorted(int(a["token_id"]) for a in assets)
    assert token_ids == list(range(1, len(assets) + 1)), f"{site.database}: token ids {token_ids}"
    for asset in assets:
        step = asset["step_data"]["story_registration"]
        assert (step["story_ip_id"], step["token_id"]) == (asset["ip_id"], asset["token_id"]), asset

    # The sentinel: the next registration mints the next id, so nothing was minted on the side.
    response = site.api.post("/api/assets/", {
        "title": "Sentinel", "description": "Registered after the crashes.", "asset_type": "digital_art",
        "media_url": site.media_url}, site.session.access)
    assert response.status == 201, response.text
    sentinel = site.api.wait_for_asset(response.json()["uuid"], site.session.access, timeout=30)
    assert int(sentinel["token_id"]) == len(assets) + 1, \
        f"{site.database}: the ledger minted {int(sentinel['token_id']) - 1} tokens for {len(assets)} assets"
    assert sentinel["ip_id"] not in ip_ids
    site.server.stop()
