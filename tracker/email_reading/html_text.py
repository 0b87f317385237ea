"""HTML email to readable text with a real HTML parser (selectolax/lexbor).

Block elements and table rows become line breaks, table cells are separated by spaces (a form's row of a
label cell and its value, "Company | Acme", by a colon), link text is kept, and what a reader never sees
(script, style, head, hidden preheaders) is dropped.
"""

from __future__ import annotations

import re
from html import unescape

from selectolax.lexbor import LexborHTMLParser

from tracker.email_reading.cleanup import is_label_cell

# Most HTML mail is far below this; beyond it we only lose trailing footer text.
HTML_CHAR_BUDGET = 400_000

# A private-use character marks a line break through the parser, which would otherwise fold all
# source whitespace (including the newlines we want) into the text.
_BREAK = "\ue000"
# A tag ends at the next '<' at the latest: "<br<br<br..." without any '>' would otherwise make every
# '<br' scan to the end of the text (quadratic time).
_BLOCK_TAG = re.compile(
    r"(<br\b[^<>]*>|</?(?:p|div|tr|li|ul|ol|dl|dt|dd|h[1-6]|table|tbody|thead|tfoot|blockquote|pre|hr|"
    r"section|article|header|footer|center|address|nav|aside|main|form|fieldset)\b[^<>]*>)",
    re.I,
)
# Removed before parsing: break markers inserted into <head> would make the parser end it early.
_UNREAD_NAMES = ("head", "script", "style", "title")
_UNREAD_START = re.compile(rf"<({'|'.join(_UNREAD_NAMES)})\b", re.I)
_UNREAD_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in _UNREAD_NAMES}
# Markers between table tags would be moved out of the table by the parser ("foster parenting"), so
# a row's end is marked inside its last cell, and every cell's end by a space inside the cell.
_ROW_END = re.compile(r"(</t[dh]\s*>)(?=\s*</tr\s*>)", re.I)
_CELL_END = re.compile(r"(</td\s*>)", re.I)
_HEADER_CELL_END = re.compile(r"(</th\s*>)", re.I)
# A private-use character marks a cell's end through the parser, so that a row of two cells can be told;
# another a header cell's ("<th>Job Title</th><td>Physiotherapist</td>": the row's label, in any case).
_CELL = "\ue001"
_HEADER_CELL = "\ue002"
_CELL_ENDS = re.compile(f"([{_CELL}{_HEADER_CELL}])")
_HEADER_LABEL_CHARS = 30
# A portal's summary table writes its labels without a colon ("Company" | "Acme", "Stelle" | "Koch"): a row
# of a label's cell and its value's is written "Company: Acme" as the readers of labelled lines expect.
_INVISIBLE = (
    "script, style, head, noscript, template, svg, object, iframe, [hidden], "
    '[style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], '
    '[style*="visibility: hidden"], [style*="mso-hide:all"], [style*="mso-hide: all"]'
)
# Every run of whitespace (any Unicode space) becomes one space first, so that a break marker has at
# most one space before it: "\s*<marker>" over a long run of spaces took quadratic time.
_SPACES = re.compile(r"\s+")
# A cell's end right after a break (the cell's text ended with a block) is no cell of the next line.
_BREAKS = re.compile(rf" ?{_BREAK}[ {_BREAK}{_CELL}{_HEADER_CELL}]*")

# The parser takes quadratic time in nesting depth (40,000 nested <div>s take 6 s: each tag searches
# the stack of open elements). Real mail nests a few dozen deep; deeper HTML is read without the
# parser, as its text between tags (hidden text then shows, which is harmless).
MAX_NESTING = 1_000
_START_OR_END_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})")
# Void elements, and those the parser closes by itself when the next one starts: no nesting.
_FLAT_ELEMENTS = frozenset(
    ("br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "track", "embed")
    + ("param", "p", "li", "td", "th", "tr", "dt", "dd", "option", "tbody", "thead", "tfoot", "colgroup")
    + ("caption",)
)
_ANY_TAG = re.compile(r"<[^<>]*>")

_HTML_SIGN = re.compile(
    r"<(?:!doctype\s+html|html|body|head|div|p|br|table|td|tr|span|font|img|a\s|b>|strong|center|meta|"
    r"style)\b",
    re.I,
)


# A form's label written as a term ("<dt>Role</dt><dd>Production Supervisor</dd>") or in bold at a line's
# start before its value ("<b>Position</b> Deck Officer<br>"): written "Role: Production Supervisor" as a
# label cell's row is, when the label reads as one (cleanup.is_label_cell).
_TERM_LABEL = re.compile(r"(<dt\b[^<>]*>\s*)([^<>]{1,30}?)(\s*</dt\s*>\s*<dd\b)", re.I)
_BOLD_LABEL = re.compile(
    r"((?:<br\b[^<>]*>|<(?:p|div|li|td)\b[^<>]*>)\s*<(b|strong)\b[^<>]*>\s*)([^<>:]{1,30}?)"
    r"(\s*</\2\s*>)(?=[ \t]*[^\s<][^<]{0,100}<(?:br\b|/p\b|/div\b|/li\b|/td\b))",
    re.I,
)


def _reads_as_label(text: str) -> bool:
    """A label cell's words, or a marked-up label's in any case ("Job Title"): short, no figure at its end."""
    return is_label_cell(text) or (
        0 < len(text) <= _HEADER_LABEL_CHARS and len(text.split()) <= 3 and not text[-1].isdigit()
    )


def _labels_written(html: str) -> str:
    """`html` with its term and bold labels followed by a colon (_TERM_LABEL, _BOLD_LABEL)."""

    def colon(match: re.Match[str]) -> str:
        label = match.group(3 if match.re is _BOLD_LABEL else 2)
        if not _reads_as_label(label.strip()):
            return match.group(0)
        if match.re is _BOLD_LABEL:
            return f"{match.group(1)}{label}:{match.group(4)} "
        return f"{match.group(1)}{label}:{match.group(3)}"

    if "</dt" in html or "</DT" in html:
        html = _TERM_LABEL.sub(colon, html)
    if "</b" in html or "</strong" in html or "</B" in html or "</STRONG" in html:
        # A form has rows: one bold phrase before a sentence ("<b>Great news</b> you got it") is none.
        labels = [m for m in _BOLD_LABEL.finditer(html) if _reads_as_label(m.group(3).strip())]
        if len(labels) >= 2:
            html = _BOLD_LABEL.sub(colon, html)
    return html


def looks_like_html(text: str) -> bool:
    """True when `text` is HTML markup rather than plain text that happens to contain '<'."""
    sample = text[:5000]
    if "<" not in sample:
        return False
    signs = _HTML_SIGN.findall(sample)
    return len(signs) >= 2 or (len(signs) == 1 and sample.lstrip().startswith("<"))


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment; '' when nothing readable is in it."""
    if not html:
        return ""
    html = _labels_written(_drop_unread_blocks(html[:HTML_CHAR_BUDGET]))
    if "</t" in html or "</T" in html:
        if "</th" in html or "</TH" in html:
            # Marked before the row's end: a row's last cell keeps its mark only if it is a header's.
            html = _HEADER_CELL_END.sub(rf" {_HEADER_CELL}\1", html)
        html = _CELL_END.sub(rf" {_CELL}\1", _ROW_END.sub(rf"{_BREAK}\1", html))
    marked = _BLOCK_TAG.sub(rf"{_BREAK}\1{_BREAK}", html)
    if _nests_too_deep(marked):
        return _lines(unescape(_ANY_TAG.sub("", marked)))
    try:
        tree = LexborHTMLParser(marked)
        for node in tree.css(_INVISIBLE):
            node.decompose()
        root = tree.body or tree.root
        text = root.text(deep=True, separator="") if root is not None else ""
    except Exception:  # noqa: BLE001 - a parser failure must degrade to "no text", never crash a run
        return ""
    return _lines(text)


def _lines(text: str) -> str:
    """The parsed text with its marks made lines, and the cells of each line side by side."""
    text = _BREAKS.sub("\n", _SPACES.sub(" ", text))
    if _CELL in text or _HEADER_CELL in text:
        text = "\n".join(map(_row_text, text.split("\n")))
    return text.strip()


def _row_text(line: str) -> str:
    """A line of table cells as a reader sees it: the cells side by side, a label's cell before its value's
    with a colon."""
    if _CELL not in line and _HEADER_CELL not in line:
        return line
    # (text, whether its cell is a header) for each cell with text; a row's last cell has no mark of a
    # data cell's end (the line's end is its mark).
    parts = [*_CELL_ENDS.split(line), _CELL]
    ends = zip(parts[::2], parts[1::2], strict=False)
    cells = [(text.strip(), end == _HEADER_CELL) for text, end in ends if text.strip()]
    if len(cells) == 2 and not cells[1][1]:
        label, header = cells[0]
        if is_label_cell(label) or (header and _reads_as_label(label)):
            return f"{label}: {cells[1][0]}"
    return _SPACES.sub(" ", _CELL_ENDS.sub(" ", line)).strip()


def _nests_too_deep(html: str) -> bool:
    """True when elements open more than MAX_NESTING deep (counting the way the parser would, roughly)."""
    if html.count("<") <= MAX_NESTING:
        return False
    depth = 0
    for tag in _START_OR_END_TAG.finditer(html):
        if tag.group(2).lower() in _FLAT_ELEMENTS:
            continue
        if tag.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > MAX_NESTING:
                return True
    return False


def _drop_unread_blocks(html: str) -> str:
    """`html` without its head, script, style and title elements, in linear time.

    Each element's end is searched once, from its start. An element without an end is left in place
    (the parser hides it anyway); once one has none, no later one of that name has one either, so
    its end is not searched again (every "<style" re-scanning to the end was quadratic).
    """
    kept: list[str] = []
    position = 0
    unclosed: set[str] = set()
    search_from = 0
    while start := _UNREAD_START.search(html, search_from):
        name = start.group(1).lower()
        end = None if name in unclosed else _UNREAD_END[name].search(html, start.end())
        if end is None:
            unclosed.add(name)
            search_from = start.end()
            continue
        kept.append(html[position : start.start()])
        kept.append(" ")
        position = search_from = end.end()
    kept.append(html[position:])
    return "".join(kept)
