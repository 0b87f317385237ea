"""Email bodies as blocks, rendered to plain text and/or HTML the way automated senders and mail clients do.

Templates describe a body once (paragraphs, headings, key/value rows, buttons) and get matching text and
HTML parts, so a multipart/alternative message says the same thing in both.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Rows:
    """A key/value table ("Job title: Data Engineer")."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Button:
    label: str
    url: str


@dataclass(frozen=True)
class Link:
    """A footer or inline link."""

    label: str
    url: str


Block = str | Heading | Rows | Button | Link


@dataclass(frozen=True)
class Brand:
    """How one sender's HTML looks."""

    name: str
    color: str = "#1a73e8"
    font: str = "Helvetica, Arial, sans-serif"
    logo_text: str = ""


def render_text(blocks: Sequence[Block], footer: Sequence[Block] = ()) -> str:
    """The plain-text part: paragraphs separated by blank lines, links spelled out."""
    out: list[str] = []
    for block in [*blocks, *(["--", *footer] if footer else [])]:
        if isinstance(block, Heading):
            out.append(block.text.upper() if len(block.text) < 40 else block.text)
        elif isinstance(block, Rows):
            out.append("\n".join(f"{key}: {value}" for key, value in block.rows))
        elif isinstance(block, Button):
            out.append(f"{block.label}: {block.url}")
        elif isinstance(block, Link):
            out.append(f"{block.label} <{block.url}>")
        else:
            out.append(block)
    return "\n\n".join(out) + "\n"


def render_html(
    blocks: Sequence[Block], brand: Brand, preheader: str | None = None, footer: Sequence[Block] = ()
) -> str:
    """A table-based newsletter-style HTML body with inline styles, hidden preheader and a footer."""
    font = f"font-family:{brand.font};"
    parts = [
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{_esc(brand.name)}</title></head>",
        f'<body style="margin:0;padding:0;background-color:#f3f4f6;{font}">',
    ]
    if preheader:
        parts.append(
            '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;color:#f3f4f6">'
            f"{_esc(preheader)}&#8199;&#847;&#8199;&#847;&#8199;&#847;</div>"
        )
    parts.append(
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'style="background-color:#f3f4f6"><tr><td align="center" style="padding:24px 12px">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
        'style="max-width:600px;background-color:#ffffff;border-radius:6px">'
        f'<tr><td style="padding:20px 32px;border-bottom:3px solid {brand.color};{font}font-size:20px;'
        f'font-weight:bold;color:{brand.color}">{_esc(brand.logo_text or brand.name)}</td></tr>'
        f'<tr><td style="padding:24px 32px;{font}font-size:15px;line-height:22px;color:#1f2937">'
    )
    parts.extend(_html_block(block, brand) for block in blocks)
    parts.append("</td></tr></table>")
    if footer:
        parts.append(
            '<table role="presentation" width="600" style="max-width:600px"><tr><td style="padding:16px 32px;'
            f'{font}font-size:11px;line-height:16px;color:#6b7280;text-align:center">'
        )
        parts.extend(_html_block(block, brand, small=True) for block in footer)
        parts.append("</td></tr></table>")
    parts.append("</td></tr></table></body></html>")
    return "\n".join(parts)


def client_html(text: str) -> str:
    """HTML the way a webmail client writes a person's message: one div per line, quotes as blockquotes."""
    lines = text.rstrip("\n").split("\n")
    body: list[str] = []
    quoted: list[str] = []
    for line in lines:
        if line.startswith(">"):
            quoted.append(line[1:].lstrip())
            continue
        if quoted:
            body.append(_blockquote(quoted))
            quoted = []
        body.append(f"<div>{_esc(line) if line else '<br>'}</div>")
    if quoted:
        body.append(_blockquote(quoted))
    return '<div dir="ltr">' + "\n".join(body) + "</div>\n"


def quote_reply(reply: str, earlier_text: str, attribution: str) -> str:
    """`reply` above an "On ... wrote:" attribution and the earlier message quoted with "> "."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in earlier_text.rstrip("\n").split("\n"))
    return f"{reply.rstrip()}\n\n{attribution}\n{quoted}\n"


def _blockquote(lines: list[str]) -> str:
    inner = "<br>".join(_esc(line) for line in lines)
    return (
        '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
        f'border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote></div>'
    )


def _html_block(block: Block, brand: Brand, small: bool = False) -> str:
    if isinstance(block, Heading):
        return f'<h2 style="margin:0 0 16px;font-size:19px;color:#111827">{_esc(block.text)}</h2>'
    if isinstance(block, Rows):
        cells = "".join(
            f'<tr><td style="padding:4px 12px 4px 0;color:#6b7280;white-space:nowrap">{_esc(key)}</td>'
            f'<td style="padding:4px 0;font-weight:bold">{_esc(value)}</td></tr>'
            for key, value in block.rows
        )
        return f'<table cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px">{cells}</table>'
    if isinstance(block, Button):
        return (
            '<table cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 20px"><tr>'
            f'<td style="background-color:{brand.color};border-radius:4px;padding:10px 20px">'
            f'<a href="{_esc(block.url)}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
            f"{_esc(block.label)}</a></td></tr></table>"
        )
    if isinstance(block, Link):
        return f'<a href="{_esc(block.url)}" style="color:{brand.color}">{_esc(block.label)}</a><br>'
    style = "margin:0 0 6px" if small else "margin:0 0 14px"
    return f'<p style="{style}">{_esc(block).replace(chr(10), "<br>")}</p>'


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
