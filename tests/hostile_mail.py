"""A corpus of hostile email, generated: what anyone who knows an address can send to stall or crash
the worker. Deterministic, built in memory, never stored in the repository.

    python -m tests.hostile_mail OUTDIR      (writes the corpus as .eml files, to look at or replay)

`hostile_messages()` yields raw RFC 822 messages: huge bodies, long runs of every Unicode space,
deep MIME nesting, 10,000 parts, broken charsets and transfer encodings, nested and unclosed HTML,
huge headers and header injection, NUL bytes. `hostile_fields()` yields the same threats as the loose
fields a JSON Lines export carries.
"""

from __future__ import annotations

import base64
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Every character Python's \s matches, the zero-width ones normalise_text removes, and NUL.
SPACE_CLASSES = [
    *"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680",
    *(chr(code) for code in range(0x2000, 0x200B)),
    *"\u2028\u2029\u202f\u205f\u3000",
    *"\u200b\u200c\u200d\u2060\ufeff\u00ad\x00",
]
# The issue measured 175 s at this length (1.2 MB of U+2003) before the fix.
SPACE_RUN = 400_000
CONFIRMATION = "Thank you for applying to Acme for the Data Engineer position. We received your application."
HEADERS = (
    b"From: Acme Careers <jobs@acme.example>\r\nSubject: Your application to Acme\r\n"
    b"Date: Mon, 2 Mar 2026 09:00:00 +0000\r\n"
)


@dataclass(frozen=True)
class HostileMessage:
    name: str
    build: Callable[[], bytes]  # built on demand: some are tens of megabytes


@dataclass(frozen=True)
class HostileFields:
    name: str
    sender: str
    subject: str
    body: str


def mail(
    body: bytes | str,
    content_type: str = "text/plain; charset=utf-8",
    headers: bytes = HEADERS,
    extra: bytes = b"",
) -> bytes:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return headers + extra + f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\n\r\n".encode() + data


def multipart(
    parts: list[bytes], boundary: str = "b", subtype: str = "mixed", headers: bytes = HEADERS
) -> bytes:
    mark = f"--{boundary}".encode()
    body = b"".join(mark + b"\r\n" + part + b"\r\n" for part in parts) + mark + b"--\r\n"
    return mail(body, f'multipart/{subtype}; boundary="{boundary}"', headers)


def part(body: bytes | str, content_type: str = "text/plain; charset=utf-8", extra: str = "") -> bytes:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return f"Content-Type: {content_type}\r\n{extra}\r\n".encode() + data


def nested(depth: int, inner: bytes, rfc822: bool = False) -> bytes:
    """`inner` (a part) inside `depth` levels of multipart (or attached message/rfc822)."""
    for level in range(depth):
        if rfc822:
            inner = b"Content-Type: message/rfc822\r\n\r\n" + HEADERS + inner
        else:
            boundary = f"n{level}".encode()
            inner = (
                b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n--' + boundary + b"\r\n"
                + inner + b"\r\n--" + boundary + b"--\r\n"
            )  # fmt: skip
    return HEADERS + b"MIME-Version: 1.0\r\n" + inner


def _noise(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _space_runs() -> Iterator[HostileMessage]:
    for space in SPACE_CLASSES:
        code = f"U+{ord(space):04X}"
        run = space * SPACE_RUN
        yield HostileMessage(
            f"space-run-html-{code}",
            lambda run=run: mail(
                f"<div>Thank you{run}for applying</div><p>Acme</p>", "text/html; charset=utf-8"
            ),
        )
        yield HostileMessage(
            f"space-run-plain-{code}", lambda run=run: mail(f"Thank you{run}for applying to Acme.")
        )
        yield HostileMessage(
            f"space-run-subject-{code}",
            lambda run=run: mail(
                CONFIRMATION,
                headers=f"From: jobs@acme.example\r\nSubject: Your{run[:100_000]}application\r\n".encode(),
            ),
        )


def _sizes() -> Iterator[HostileMessage]:
    line = (CONFIRMATION + "\r\n").encode()
    yield HostileMessage("huge-plain-body-8MB", lambda: mail(line * (8_000_000 // len(line))))
    yield HostileMessage("huge-single-line-8MB", lambda: mail(b"a" * 8_000_000))
    yield HostileMessage(
        "huge-html-body-5MB", lambda: mail("<p>Acme data engineer</p>" * 200_000, "text/html")
    )
    yield HostileMessage(
        "over-size-limit-30MB",
        lambda: multipart(
            [
                part(CONFIRMATION),
                part(
                    base64.encodebytes(_noise(22_000_000, 1)),
                    "application/pdf",
                    "Content-Transfer-Encoding: base64\r\n",
                ),
            ]
        ),
    )
    yield HostileMessage("5M-empty-lines", lambda: mail(b"\n" * 5_000_000))
    yield HostileMessage("random-bytes-1MB", lambda: _noise(1_000_000, 2))
    yield HostileMessage("empty", lambda: b"")
    yield HostileMessage("only-a-blank-line", lambda: b"\r\n")
    yield HostileMessage("no-header-colon-1MB", lambda: b"x" * 1_000_000 + b"\r\n\r\nbody")


def _structure() -> Iterator[HostileMessage]:
    text = part(CONFIRMATION)
    yield HostileMessage("mime-nesting-200", lambda: nested(200, text))
    yield HostileMessage("mime-nesting-5000", lambda: nested(5_000, text))
    yield HostileMessage("rfc822-nesting-200", lambda: nested(200, text, rfc822=True))
    yield HostileMessage("mime-nesting-19-then-5M-lines", lambda: nested(19, text) + b"\n" * 5_000_000)
    yield HostileMessage("parts-10000", lambda: multipart([text] * 10_000))
    yield HostileMessage(
        "parts-10000-attachments-first", lambda: multipart([part(b"x", "application/pdf")] * 10_000 + [text])
    )
    yield HostileMessage("parts-10000-empty", lambda: multipart([b""] * 10_000))
    yield HostileMessage(
        "boundary-never-closed", lambda: mail(b"--b\r\n" + text * 20_000, 'multipart/mixed; boundary="b"')
    )
    yield HostileMessage("boundary-100k-long", lambda: multipart([text], boundary="b" * 100_000))
    yield HostileMessage(
        "content-type-100k-params",
        lambda: mail(CONFIRMATION, 'multipart/mixed; boundary="b"; a="' + ";" * 100_000 + '"'),
    )
    yield HostileMessage(
        "calendar-2MB",
        lambda: mail(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Interview\r\nDESCRIPTION:"
            + "x\r\n " * 500_000
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "text/calendar",
        ),
    )
    yield HostileMessage(
        "calendar-colons",
        lambda: mail("BEGIN:VCALENDAR\r\n" + "A" * 1_000_000 + ";" + ":" * 1_000_000, "text/calendar"),
    )


def _encodings() -> Iterator[HostileMessage]:
    body8 = "Merci d'avoir postulé chez Acme — ¡gracias! 日本語".encode() + b"\xff\xfe\x80\xc3"
    for charset in (
        "utf-8\x00",
        "x-made-up",
        "base64",
        "rot13",
        "zlib",
        "hex",
        "utf-16",
        "utf-32",
        "utf-7",
        "idna",
        "punycode",
        "a" * 10_000,
        "",
    ):
        yield HostileMessage(
            f"charset-{charset[:12]!r}",
            lambda charset=charset: mail(body8 * 1_000, f'text/plain; charset="{charset}"'),
        )
    yield HostileMessage(
        "charset-rfc2231-broken", lambda: mail(body8, "text/plain; charset*=utf-8''%ZZ%; charset*0*=x''%")
    )
    yield HostileMessage(
        "undeclared-8bit",
        lambda: mail(
            body8 * 10_000,
            "text/plain",
            headers=b"From: \xe9\xff <jobs@acme.example>\r\nSubject: Candidature \xe9\x80\xff\r\n",
        ),
    )
    yield HostileMessage(
        "invalid-utf8-html", lambda: mail(b"<p>" + _noise(500_000, 3) + b"</p>", "text/html; charset=utf-8")
    )
    cte = "Content-Transfer-Encoding: {}\r\n"
    cases = {
        "base64-garbage": ("base64", b"!!!!@@@@" * 100_000 + b"\xff\x00"),
        "base64-bad-padding": ("base64", b"QUJD=" * 100_000),
        "base64-one-line-10MB": ("base64", base64.b64encode(CONFIRMATION.encode() * 100_000)),
        "qp-invalid": ("quoted-printable", b"=ZZ=\r\n=" * 100_000 + b"="),
        "qp-1M-soft-breaks": ("quoted-printable", b"=\r\n" * 1_000_000),
        "uuencode-garbage": ("x-uuencode", b"begin 644 x\r\n" + b"M" + b"\xff" * 60 + b"\r\n" * 100_000),
        "unknown-transfer-encoding": ("x-bogus", CONFIRMATION.encode()),
    }
    for name, (encoding, payload) in cases.items():
        yield HostileMessage(
            name,
            lambda encoding=encoding, payload=payload: mail(payload, extra=cte.format(encoding).encode()),
        )


def _html() -> Iterator[HostileMessage]:
    def html(name: str, markup: Callable[[], str]) -> HostileMessage:
        return HostileMessage(
            name, lambda: mail("<html><body><p>" + CONFIRMATION + "</p>" + markup(), "text/html")
        )

    yield html("html-nested-div-10000", lambda: "<div>" * 10_000 + "Acme" + "</div>" * 10_000)
    yield html("html-nested-div-100000", lambda: "<div>" * 100_000)
    yield html("html-nested-table-10000", lambda: "<table><tr><td>" * 10_000)
    yield html("html-unclosed-div-tags", lambda: "<div " * 100_000)
    yield html("html-unclosed-br-tags", lambda: "<br" * 200_000)
    yield html("html-unclosed-style-tags", lambda: "<style" * 100_000)
    yield html("html-unclosed-title-tags", lambda: "<title>" * 100_000)
    yield html("html-unclosed-script", lambda: "<script>" + "x" * 1_000_000)
    yield html("html-unclosed-comment", lambda: "<!--" + "x" * 1_000_000)
    yield html("html-huge-attribute", lambda: '<a href="' + "x" * 1_000_000 + '">Acme</a>')
    yield html("html-cells-100000", lambda: "<td>a</td>" * 100_000 + "</tr>")
    yield html("html-cell-ends-then-spaces", lambda: "</td" + " " * 400_000 + "</tr" + "\u2003" * 400_000)
    yield html("html-entities-1M", lambda: "&amp;" * 200_000 + "&#x10FFFF;&#0;&#xD800;" * 1_000)
    yield html("html-angle-brackets-in-attributes", lambda: '<p title="<<<<">x</p>' * 50_000)
    yield html("html-hidden-everything", lambda: '<div style="display:none">' * 50_000)


def _headers() -> Iterator[HostileMessage]:
    def headed(name: str, header_lines: Callable[[], bytes]) -> HostileMessage:
        return HostileMessage(name, lambda: mail(CONFIRMATION, headers=header_lines()))

    yield headed(
        "subject-1MB",
        lambda: b"From: jobs@acme.example\r\nSubject: " + b"Your application " * 60_000 + b"\r\n",
    )
    yield headed(
        "from-1MB", lambda: b"From: " + b"Acme " * 200_000 + b"<jobs@acme.example>\r\nSubject: Hi\r\n"
    )
    yield headed(
        "from-5000-group-colons", lambda: b"From: " + b"a:" * 5_000 + b"jobs@acme.example\r\nSubject: Hi\r\n"
    )
    yield headed("from-parentheses-100k", lambda: b"From: " + b"(" * 100_000 + b"jobs@acme.example\r\n")
    yield headed(
        "to-100k-recipients",
        lambda: HEADERS + b"To: " + b", ".join(b"r%d@x.example" % n for n in range(100_000)) + b"\r\n",
    )
    yield headed("received-100k-headers", lambda: b"Received: from relay.example\r\n" * 100_000 + HEADERS)
    yield headed(
        "subject-100k-folded-lines",
        lambda: b"From: jobs@acme.example\r\nSubject: Your\r\n" + b" application\r\n" * 100_000,
    )
    yield headed(
        "subject-200k-encoded-words", lambda: b"Subject: " + b"=?utf-8?q?Acme_?= " * 200_000 + b"\r\n"
    )
    yield headed("subject-100k-broken-encoded-words", lambda: b"Subject: " + b"=?x?q?" * 100_000 + b"\r\n")
    yield headed(
        "subject-base64-word-1MB",
        lambda: b"Subject: =?utf-8?b?" + base64.b64encode(b"Acme " * 200_000) + b"?=\r\n",
    )
    yield headed("subject-bytes-repr-1MB", lambda: b"Subject: b'" + b"\\x41" * 250_000 + b"'\r\n")
    yield headed("message-id-1MB", lambda: HEADERS + b"Message-ID: <" + b"x" * 1_000_000 + b">\r\n")
    yield headed(
        "date-garbage",
        lambda: (
            HEADERS.replace(b"Mon, 2 Mar 2026", b"Mon, 99 Foo 99999999999")
            + b"Date: "
            + b"9" * 100_000
            + b"\r\n"
        ),
    )
    yield headed(
        "header-injection-encoded-crlf",
        lambda: (
            b"From: jobs@acme.example\r\nSubject: =?utf-8?q?Hi=0D=0ABcc:_evil@x.example=0D=0A=0D=0Abody?=\r\n"
        ),
    )
    yield headed(
        "header-injection-bare-cr",
        lambda: b"From: jobs@acme.example\rBcc: evil@x.example\r\nSubject: Hi\rX: y\r\n",
    )
    yield headed(
        "header-nulls",
        lambda: b"From: jobs\x00@acme.example\r\nSubject: Your\x00application\x00" * 1_000 + b"\r\n",
    )
    yield HostileMessage("body-nulls", lambda: mail(b"\x00" * 1_000_000 + CONFIRMATION.encode()))
    yield HostileMessage("boundary-with-nulls", lambda: multipart([part(CONFIRMATION)], boundary="b\x00b"))


def _extraction_traps() -> Iterator[HostileMessage]:
    yield HostileMessage("quote-lines-100k", lambda: mail(CONFIRMATION + "\n" + "> quoted\n" * 100_000))
    yield HostileMessage(
        "wrote-lines-50k", lambda: mail(CONFIRMATION + "\n" + "On Monday Jane wrote:\n" * 50_000)
    )
    yield HostileMessage("injection-hashes", lambda: mail("<" + "#" * 200_000))
    yield HostileMessage("injection-markers", lambda: mail("system: " * 50_000 + "[inst]" * 50_000))
    for unit in ("(", "-", ".", "'", "a ", "A. ", "Re: ", "(id ", "at Acme "):
        yield HostileMessage(
            f"run-of-{unit!r}",
            lambda unit=unit: mail(
                CONFIRMATION + unit * (200_000 // len(unit)),
                headers=f"From: jobs@acme.example\r\nSubject: Your application {unit * 200}\r\n".encode(),
            ),
        )


def hostile_messages() -> Iterator[HostileMessage]:
    """Every raw hostile message, in a fixed order."""
    for group in (_sizes, _space_runs, _structure, _encodings, _html, _headers, _extraction_traps):
        yield from group()


def hostile_fields() -> Iterator[HostileFields]:
    """The loose-field form (JSON Lines exports): the same threats, without MIME to contain them."""
    for space in ("\u2003", "\u00a0", "\u2028", " ", "\n"):
        yield HostileFields(
            f"fields-space-run-U+{ord(space):04X}",
            "jobs@acme.example",
            f"Your{space * SPACE_RUN}application",
            f"<div>Thank you{space * SPACE_RUN}for applying</div><p>Acme</p>",
        )
    yield HostileFields(
        "fields-huge-everything", "Acme " * 200_000, "Your application " * 60_000, CONFIRMATION * 100_000
    )
    yield HostileFields(
        "fields-object-repr-then-spaces", "a@b.example", "Hi", "<a object at 0x1>" + " " * 1_000_000 + "x"
    )
    yield HostileFields("fields-base64-then-newlines", "a@b.example", "Hi", "QUJD\n" + "\n" * 1_000_000 + "!")
    yield HostileFields(
        "fields-raw-mime-nesting", "a@b.example", "Hi", nested(5_000, part(CONFIRMATION)).decode()
    )
    yield HostileFields(
        "fields-raw-mime-lines",
        "a@b.example",
        "Hi",
        nested(19, part(CONFIRMATION)).decode() + "\n" * 5_000_000,
    )
    yield HostileFields("fields-sender-colons", "a:" * 5_000 + "x@y.example", "Hi", CONFIRMATION)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for message in hostile_messages():
        (folder / f"{message.name}.eml").write_bytes(message.build())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
