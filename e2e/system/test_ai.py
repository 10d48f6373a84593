"""The AI assistant through the real binary: every endpoint with the embedded local provider
(the README's run configuration), on SQLite and on PostgreSQL; and, by configuration only, an
OpenAI-compatible server (a scripted one on loopback) with model fallback."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from lore_harness.api import LoreAPI

AI = "/api/assets/ai"
FOREST = "a mystical forest with glowing mushrooms and ethereal mist drifting between ancient oak trees"


def test_every_ai_endpoint_with_the_local_provider(installations, database):
    server = installations(database).start()
    api = LoreAPI(server.base_url)
    assert api.get("/api/version").json()["ai"] == "local"
    alice = api.sign_in()

    # Anonymous callers are turned away before anything is logged.
    assert api.post(f"{AI}/generate-title/", {"description": FOREST}).status == 401

    titles = api.post(f"{AI}/generate-title/", {"description": FOREST, "asset_type": "digital_art"}, alice.access)
    assert titles.status == 200, titles.text
    answer = titles.json()
    assert len(answer["titles"]) == 4 and len(set(answer["titles"])) == 4
    assert all(2 <= len(title.split()) <= 6 for title in answer["titles"]), answer["titles"]
    words = {"mystical", "forest", "glowing", "mushrooms", "ethereal", "mist", "ancient", "oak", "trees"}
    assert all(words & set(title.lower().split()) for title in answer["titles"]), "titles use the description's words"
    assert answer["model_used"] == "lore-local/text-analysis-v1" and answer["cache_hit"] is False
    assert answer["model_tier"] == "fast" and answer["log_id"]

    # The same request again is answered by the cache (in memory on SQLite, the database on
    # PostgreSQL) and logged as such.
    again = api.post(f"{AI}/generate-title/", {"description": FOREST, "asset_type": "digital_art"}, alice.access)
    assert again.status == 200 and again.json()["cache_hit"] is True
    assert again.json()["titles"] == answer["titles"] and again.json()["log_id"] != answer["log_id"]

    enhanced = api.post(f"{AI}/enhance-description/", {"description": FOREST, "title": "Mushroom Glade"}, alice.access)
    assert enhanced.status == 200, enhanced.text
    assert 100 <= len(enhanced.json()["enhanced_description"].split()) <= 150

    analysis = api.post(f"{AI}/analyze-content/", {"title": "Mushroom Glade", "description": FOREST}, alice.access)
    assert analysis.status == 200, analysis.text
    fields = analysis.json()
    assert {"category", "tags", "mood", "target_audience", "suggested_asset_type"} <= set(fields)
    # Key phrases of the input first, then vocabulary tags (a genre, a style): nothing else.
    assert {"glowing mushrooms", "mystical forest"} <= set(fields["tags"]), fields["tags"]

    free = api.post(f"{AI}/suggest-license/", {
        "asset_type": "digital_art", "description": FOREST, "intended_use": "free for anyone to remix"}, alice.access)
    paid = api.post(f"{AI}/suggest-license/", {
        "asset_type": "digital_art", "description": FOREST, "intended_use": "commercial use with royalties"},
        alice.access)
    assert free.status == 200 and paid.status == 200, (free.text, paid.text)
    assert free.json()["commercial_use"] is False and free.json()["derivative_allowed"] is True
    assert paid.json()["commercial_use"] is True and paid.json()["royalty_percentage"] > 0

    same = api.post(f"{AI}/analyze-derivative/", {"parent_description": FOREST, "child_description": FOREST},
                    alice.access)
    other = api.post(f"{AI}/analyze-derivative/", {
        "parent_description": FOREST, "child_description": "a brass jazz quartet recorded live in a smoky club"},
        alice.access)
    assert same.status == 200 and other.status == 200, (same.text, other.text)
    assert same.json()["similarity_score"] >= 90 and other.json()["similarity_score"] <= 20

    # Invalid input: 400 naming every bad field, nothing logged.
    bad = api.post(f"{AI}/suggest-license/", {"asset_type": "sculpture"}, alice.access)
    assert bad.status == 400 and {"asset_type", "description"} <= set(bad.json()["field_errors"]), bad.text

    # Alice rates one of the titles she was offered.
    feedback = api.post(f"{AI}/feedback/", {
        "log_id": answer["log_id"], "content_type": "title", "content": answer["titles"][1], "rating": 5}, alice.access)
    assert feedback.status == 201, feedback.text
    assert feedback.json()["content"] == answer["titles"][1] and feedback.json()["rating"] == 5
    invented = api.post(f"{AI}/feedback/", {
        "log_id": answer["log_id"], "content_type": "title", "content": "A Title Nobody Suggested"}, alice.access)
    assert invented.status == 422, invented.text

    # Her usage and the platform's: eight answered requests, one of them from the cache.
    usage = api.get(f"{AI}/usage-stats/", alice.access)
    assert usage.status == 200, usage.text
    stats = usage.json()
    assert stats["total_requests"] == 8 and stats["successful_requests"] == 8
    assert stats["requests_by_operation"] == {"title": 2, "description": 1, "analysis": 1, "license": 2, "derivative": 2}
    assert stats["requests_by_status"] == {"success": 7, "cached": 1, "failed": 0}
    assert len(stats["recent_requests"]) == 8 and stats["response_time_trend"]
    platform = api.get(f"{AI}/platform-stats/", alice.access)
    assert platform.status == 200, platform.text
    assert platform.json()["total_requests"] == 8 and platform.json()["total_users"] == 1


class ScriptedModels(BaseHTTPRequestHandler):
    """An OpenAI-compatible `/v1/chat/completions`: model `broken` answers 500, any other model
    four titles in a code fence with its token usage."""
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        ScriptedModels.requests.append({"path": self.path, "model": body["model"],
                                        "authorization": self.headers.get("Authorization")})
        if body["model"] == "broken":
            self.reply(500, {"error": {"message": "model crashed"}})
            return
        titles = ["Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade",
                  "Luminous Forest Sanctuary"]
        content = "Here you are:\n```json\n" + json.dumps({"titles": titles}) + "\n```"
        self.reply(200, {"id": "c1", "object": "chat.completion", "model": body["model"],
                         "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                      "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": 40, "completion_tokens": 20, "total_tokens": 60}})

    def reply(self, status: int, document: dict):
        data = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_an_openai_compatible_server_by_configuration(installations):
    models = ThreadingHTTPServer(("127.0.0.1", 0), ScriptedModels)
    threading.Thread(target=models.serve_forever, daemon=True).start()
    try:
        ScriptedModels.requests.clear()
        base = f"http://127.0.0.1:{models.server_address[1]}/v1"
        server = installations("sqlite", env={
            "AI_BASE_URL": base, "AI_API_KEY": "sk-local", "AI_MODELS_FAST": "broken,steady"}).start()
        api = LoreAPI(server.base_url)
        assert api.get("/api/version").json()["ai"] == "openai-compatible"
        alice = api.sign_in()
        response = api.post(f"{AI}/generate-title/", {"description": FOREST}, alice.access)
        assert response.status == 200, response.text
        answer = response.json()
        assert answer["model_used"] == "steady" and answer["tokens_used"] == 60 and answer["cache_hit"] is False
        assert answer["titles"][2] == "Ethereal Mushroom Glade"
        # The chain tried `broken` first, then `steady`, with the configured key.
        assert [r["model"] for r in ScriptedModels.requests] == ["broken", "steady"]
        assert all(r["path"] == "/v1/chat/completions" and r["authorization"] == "Bearer sk-local"
                   for r in ScriptedModels.requests)
        log = api.get(f"{AI}/usage-stats/", alice.access).json()
        assert log["requests_by_model"] == {"steady": 1} and log["total_tokens_used"] == 60
    finally:
        models.shutdown()
        models.server_close()
