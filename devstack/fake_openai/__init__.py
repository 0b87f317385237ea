"""A fake OpenAI Chat Completions server for tests and the demo (see app.py for the endpoints).

server = serve_in_thread(create_app())
llm = openai.OpenAI(base_url=server.url + "/v1", api_key="test")
FakeOpenAIControl(server.url).script([{"match": "Acme", "reply": {...}}])
"""

from devstack.fake_openai.app import create_app
from devstack.fake_openai.client import FakeOpenAIControl

__all__ = ["FakeOpenAIControl", "create_app"]
