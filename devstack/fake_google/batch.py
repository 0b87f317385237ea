"""Google's batch endpoint: one multipart/mixed POST carrying application/http requests.

Each part is replayed through this same app (so it is counted, authorised and faulted like a
direct call) and answered in a multipart/mixed response whose parts carry
Content-ID: <response-ID>, as Google does. googleapiclient's `service.new_batch_http_request()`
ignores `api_endpoint` (google-api-python-client issue #1107), so clients of the fake build
`BatchHttpRequest(batch_uri=BASE_URL + "/batch")` themselves.
"""

from __future__ import annotations

import email.parser
import secrets
from http import HTTPStatus
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, request

from devstack.fake_google.calls import BATCH_PART_ENVIRON_KEY, start_call
from devstack.fake_google.errors import invalid_argument

batch_api = Blueprint("batch", __name__)

MAX_PARTS = 100  # Gmail's documented limit per batch


@batch_api.post("/batch")
@batch_api.post("/batch/<path:api>")
def batch(api: str = ""):
    content_type = request.headers.get("Content-Type", "")
    parts = _split_parts(content_type, request.get_data())
    service = _service_of(api, parts)
    start_call(service, "batch")
    if not parts:
        raise invalid_argument("No requests in the batch")
    if len(parts) > MAX_PARTS:
        raise invalid_argument(f"Too many requests in a batch: {len(parts)} (at most {MAX_PARTS})")
    boundary = "batch_" + secrets.token_hex(12)
    chunks = []
    for content_id, http_request in parts:
        answer = _replay(http_request)
        chunks.append(_response_part(boundary, content_id, answer))
    body = "".join(chunks) + f"--{boundary}--\r\n"
    return Response(body, status=200, content_type=f"multipart/mixed; boundary={boundary}")


def _split_parts(content_type: str, body: bytes) -> list[tuple[str, str]]:
    """[(Content-ID, application/http text)] from a multipart/mixed body."""
    if not content_type.lower().startswith("multipart/mixed"):
        raise invalid_argument("A batch request must be multipart/mixed")
    document = f"Content-Type: {content_type}\r\n\r\n".encode() + body
    message = email.parser.BytesParser().parsebytes(document)
    if not message.is_multipart():
        raise invalid_argument("Malformed multipart batch body")
    parts = []
    for part in message.get_payload():
        payload = part.get_payload(decode=False)
        parts.append((part.get("Content-ID", ""), payload if isinstance(payload, str) else ""))
    return parts


def _service_of(api: str, parts: list[tuple[str, str]]) -> str:
    first_path = api or (parts[0][1].split(" ", 2)[1] if parts and " " in parts[0][1] else "")
    return "sheets" if first_path.lstrip("/").startswith(("v4", "sheets")) else "gmail"


def _replay(http_request: str) -> Response:
    request_line, _, rest = http_request.lstrip("\r\n").partition("\n")
    method, target, _version = (request_line.strip().split(" ") + ["", ""])[:3]
    inner = email.parser.Parser().parsestr(rest)
    headers = {name: value for name, value in inner.items() if name.lower() not in ("host", "content-length")}
    if "Authorization" not in headers and "authorization" not in {k.lower() for k in headers}:
        outer = request.headers.get("Authorization")
        if outer:
            headers["Authorization"] = outer
    payload = inner.get_payload()
    split = urlsplit(target)
    client = current_app.test_client()
    return client.open(
        split.path,
        method=method or "GET",
        query_string=split.query,
        headers=headers,
        data=payload.encode("utf-8") if payload else None,
        environ_overrides={BATCH_PART_ENVIRON_KEY: True},
    )


def _response_part(boundary: str, content_id: str, answer: Response) -> str:
    reason = HTTPStatus(answer.status_code).phrase
    content = answer.get_data(as_text=True)
    response_id = f"<response-{content_id.strip().lstrip('<').rstrip('>')}>"
    return (
        f"--{boundary}\r\n"
        "Content-Type: application/http\r\n"
        f"Content-ID: {response_id}\r\n"
        "\r\n"
        f"HTTP/1.1 {answer.status_code} {reason}\r\n"
        f"Content-Type: {answer.content_type}\r\n"
        f"Content-Length: {len(content.encode('utf-8'))}\r\n"
        "\r\n"
        f"{content}\r\n"
    )
