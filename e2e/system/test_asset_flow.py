"""The README's promise, through HTTP only, on the README's run configuration: sign in with a
wallet, upload a work, register it with a commercial remix license, remix it, pay the remix,
split the payment by the license and claim it — on SQLite and on PostgreSQL."""
import hashlib
import json
import re

from lore_harness.api import LoreAPI
from lore_harness.samples import png

ADDRESS = re.compile(r"^0x[0-9a-f]{40}$")
WEI_PER_WIP = 10**18


def ipfs_document(api: LoreAPI, uri: str) -> tuple[bytes, dict]:
    """The bytes and the JSON of a metadata document, read back through `/ipfs/{cid}`."""
    assert uri.startswith("ipfs://"), uri
    response = api.get("/ipfs/" + uri[len("ipfs://"):])
    assert response.status == 200, response.text
    return response.body, response.json()


def wallet_balance(api: LoreAPI, session) -> str:
    response = api.get("/api/wallet/", session.access)
    assert response.status == 200, response.text
    return response.json()["balance"]


def test_upload_register_remix_pay_and_claim(installations, database):
    server = installations(database).start()
    api = LoreAPI(server.base_url)

    # Two creators sign in with their wallets (SIWE).
    alice, bob = api.sign_in(), api.sign_in()
    assert alice.user["wallet_address"] == alice.address and bob.user["wallet_address"] == bob.address

    # Alice uploads a PNG; it is stored by content address and served back byte for byte.
    image = png(96, 64, seed=1)
    uploaded = api.upload(alice.access, image, filename="dawn.png", asset_type="digital_art")
    assert uploaded.status == 201, uploaded.text
    media = uploaded.json()
    assert media["media_url"] == "ipfs://" + media["cid"] and media["cid"].startswith("bafk")
    assert media["size"] == len(image) and media["mime_type"] == "image/png"
    assert media["sha256"] == "0x" + hashlib.sha256(image).hexdigest()
    assert media["gateway_url"] == f"{server.base_url}/ipfs/{media['cid']}"
    served = api.get(f"/ipfs/{media['cid']}")
    assert served.status == 200 and served.body == image
    assert served.headers["Content-Type"] == "image/png" and served.headers["ETag"] == f'"{media["cid"]}"'

    # She creates an asset under a commercial remix license (10 % of derivatives' revenue).
    created = api.post("/api/assets/", {
        "title": f"Dawn over the harbour ({database})", "description": "Oil pastel study of first light.",
        "asset_type": "digital_art", "media_url": media["media_url"],
        "license_type": "commercial_remix", "royalty_percentage": 10,
    }, alice.access)
    assert created.status == 201, created.text
    original = created.json()
    assert original["registration_status"] == "pending" and original["creation_step"] == "media_upload"
    assert api.get(f"/api/assets/{original['uuid']}/").status == 404, "an unregistered asset is not public"

    # The pipeline registers it in the background; she watches it reach `registered`.
    asset = api.wait_for_asset(original["uuid"], alice.access, timeout=60)
    assert asset["creation_step"] == "completed" and asset.get("registration_error") is None
    assert ADDRESS.match(asset["ip_id"]) and ADDRESS.match(asset["nft_contract"]), asset
    assert int(asset["token_id"]) >= 1 and asset["chain_id"] == 31337
    assert re.match(r"^0x[0-9a-f]{64}$", asset["tx_hash"]), asset["tx_hash"]
    assert asset["media_hash"] == media["sha256"] and asset["media_type"] == "image/png"
    license_ = asset["license"]
    assert license_["license_type"] == "commercial_remix" and license_["royalty_percentage"] == 10
    assert license_["commercial_use"] and license_["derivatives_allowed"] and license_["license_terms_ids"]
    assert set(asset["step_data"]) >= {"media_upload", "metadata_upload", "story_registration"}
    assert asset["step_data"]["story_registration"]["story_ip_id"] == asset["ip_id"]

    # Both metadata documents are stored, hashed as their exact bytes, and describe the work.
    ip_bytes, ip_metadata = ipfs_document(api, asset["metadata_uri"])
    assert asset["metadata_hash"] == "0x" + hashlib.sha256(ip_bytes).hexdigest()
    assert ip_metadata["title"] == asset["title"] and ip_metadata["mediaUrl"] == media["media_url"]
    assert ip_metadata["mediaHash"] == media["sha256"] and ip_metadata["mediaType"] == "image/png"
    assert [c["address"] for c in ip_metadata["creators"]] == [alice.address]
    nft_bytes, nft_metadata = ipfs_document(api, asset["nft_metadata_uri"])
    assert asset["nft_metadata_hash"] == "0x" + hashlib.sha256(nft_bytes).hexdigest()
    assert nft_metadata["name"] == asset["title"] and nft_metadata["image"] == media["media_url"]
    assert nft_metadata["external_url"] == f"{server.base_url}/assets/{original['uuid'].lower()}"

    # Registered, it is public: anyone sees it and discovery finds it.
    assert api.get(f"/api/assets/{original['uuid']}/").status == 200
    found = api.get(f"/api/assets/discover/?search=harbour+({database})").json()
    assert [a["uuid"] for a in found["results"]] == [original["uuid"]]

    # Bob remixes it with his own upload: registered inline as a derivative of Alice's work.
    remix_media = api.upload(bob.access, png(64, 64, seed=2), filename="remix.png")
    assert remix_media.status == 201, remix_media.text
    remixed = api.post("/api/assets/derivatives/", {
        "parent_asset_uuid": original["uuid"], "child_title": "Harbour at dusk (remix)",
        "child_description": "Dawn, turned to dusk.", "child_media_url": remix_media.json()["media_url"],
    }, bob.access)
    assert remixed.status == 201, remixed.text
    derivative = remixed.json()
    child = derivative["child_asset"]
    assert child["registration_status"] == "registered", child
    assert child["creator"]["wallet_address"] == bob.address and ADDRESS.match(child["ip_id"])
    assert child["ip_id"] != asset["ip_id"]
    assert [(p["uuid"], p["attribution_percentage"]) for p in derivative["parent_assets"]] == [(original["uuid"], 100)]
    assert derivative["parent_assets"][0]["license_terms_id"] in license_["license_terms_ids"]
    assert derivative["relationship_type"] == "remix"

    # A third user gets test WIP from the faucet and pays the remix 100 WIP.
    carol = api.sign_in()
    funded = api.post("/api/wallet/faucet/", {"amount": "250"}, carol.access)
    assert funded.status == 201, funded.text
    assert funded.json()["balance"] == "250"
    paid = api.post(f"/api/assets/{child['uuid']}/pay_royalty/", {"amount": "100"}, carol.access)
    assert paid.status == 201, paid.text
    assert paid.json()["amount_wei"] == str(100 * WEI_PER_WIP) and paid.json()["receiver_ip_id"] == child["ip_id"]
    assert wallet_balance(api, carol) == "150"

    # The license splits it (LAP, 10 %): 90 for Bob's remix, 10 owed to Alice's original.
    bob_position = api.get(f"/api/assets/{child['uuid']}/royalty_balance/", bob.access).json()
    alice_position = api.get(f"/api/assets/{original['uuid']}/royalty_balance/").json()
    assert (bob_position["balance"], bob_position["claimable_wei"]) == ("90", str(90 * WEI_PER_WIP)), bob_position
    assert alice_position["balance"] == "10", alice_position
    assert alice_position["pending_from_derivatives_wei"] == str(10 * WEI_PER_WIP)

    # Both claim; the money lands in their wallets, and there is nothing left to claim.
    claimed_by_alice = api.post(f"/api/assets/{original['uuid']}/claim_royalties/", token=alice.access)
    assert claimed_by_alice.status == 200, claimed_by_alice.text
    assert claimed_by_alice.json()["amount"] == "10"
    claimed_by_bob = api.post(f"/api/assets/{child['uuid']}/claim_royalties/", token=bob.access)
    assert claimed_by_bob.status == 200, claimed_by_bob.text
    assert claimed_by_bob.json()["amount"] == "90"
    assert api.post(f"/api/assets/{original['uuid']}/claim_royalties/", token=alice.access).status == 409
    assert (wallet_balance(api, alice), wallet_balance(api, bob)) == ("10", "90")
    for uuid_, session in [(original["uuid"], alice), (child["uuid"], bob)]:
        assert api.get(f"/api/assets/{uuid_}/royalty_balance/", session.access).json()["balance"] == "0"

    # The received payments (read from the ledger's events) agree with the wallets: Bob's remix
    # was paid 100 directly, of which Alice's original received its 10 as a derivative's share.
    bob_received = api.get("/api/assets/royalties/", bob.access).json()
    alice_received = api.get("/api/assets/royalties/", alice.access).json()
    assert [(p["source"], p["amount"], p["payer_address"], p["asset"]["uuid"]) for p in bob_received["results"]] \
        == [("direct", "100", carol.address, child["uuid"])]
    assert [(p["source"], p["amount"], p["payer_ip_id"], p["asset"]["uuid"]) for p in alice_received["results"]] \
        == [("derivative", "10", child["ip_id"], original["uuid"])]
    assert alice_received["total_earned"] == wallet_balance(api, alice) == "10"
    bob_earned = int(bob_received["total_earned_wei"]) - int(alice_received["total_earned_wei"])
    assert str(bob_earned) == api.get("/api/wallet/", bob.access).json()["balance_wei"]
    assert api.get("/api/assets/royalties/", carol.access).json()["count"] == 0

    # The lineage shows both, from either end; the original counts its derivative.
    for root, generations in [(original["uuid"], {original["uuid"]: 0, child["uuid"]: 1}),
                              (child["uuid"], {original["uuid"]: -1, child["uuid"]: 0})]:
        lineage = api.get(f"/api/assets/{root}/lineage/").json()
        assert {node["uuid"]: node["generation"] for node in lineage["nodes"]} == generations, json.dumps(lineage)
        assert [(e["parent"], e["child"], e["relationship_type"], e["attribution_percentage"])
                for e in lineage["edges"]] == [(original["uuid"], child["uuid"], "remix", 100)]
    detail = api.get(f"/api/assets/{original['uuid']}/").json()
    assert detail["derivatives_count"] == 1 and [d["uuid"] for d in detail["derivatives"]] == [child["uuid"]]

    # All of it survives a restart: the database and the ledger's journal say the same again.
    server.stop()
    server.start()
    assert api.get(f"/api/assets/{child['uuid']}/").json()["ip_id"] == child["ip_id"]
    assert (wallet_balance(api, alice), wallet_balance(api, bob), wallet_balance(api, carol)) == ("10", "90", "150")
    assert api.get("/api/assets/royalties/", bob.access).json()["total_earned"] == "100"

