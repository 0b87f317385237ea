"""A test of the one character a pattern's closing lookahead opens with, put before the lookahead, read from
the stdlib's parse of the pattern (pattern_shape.parsed): a lazy repeat tries its lookahead at each
character it could stop at, and one class test turns most places away. Anything unexpected leaves the
pattern as written.
"""

from __future__ import annotations

from tracker.extraction.phrases.pattern_shape import parsed, sre_constants

# How deep a lookahead's parse is read before its opening is called unknown.
_MAX_DEPTH = 60
# Categories a character class may hold, as written in one.
_CATEGORY_CLASSES = (
    {
        sre_constants.CATEGORY_SPACE: r"\s",
        sre_constants.CATEGORY_NOT_SPACE: r"\S",
        sre_constants.CATEGORY_DIGIT: r"\d",
        sre_constants.CATEGORY_NOT_DIGIT: r"\D",
        sre_constants.CATEGORY_WORD: r"\w",
        sre_constants.CATEGORY_NOT_WORD: r"\W",
    }
    if sre_constants is not None
    else {}
)


def with_next_character_test(fragment: str) -> str:
    r"""`fragment` ending in a lookahead ("(?P<t>[^\n.]{2,80}?)(?=\s*[.!;]|,\s+and\b|[ \t]*(?:\n|$))") with
    a test of the one character every match of the lookahead opens with put before it: a lazy repeat
    tries the lookahead at each character it could stop at, and the engine tries every alternative of
    it there, where one class test ("(?=[\s.!;,]|\Z)") turns most places away. The same matches;
    `fragment` itself when that character can't be known."""
    opening = _last_group_opening(fragment)
    if opening is None or not fragment.startswith("(?=", opening):
        return fragment
    tree = parsed(fragment[opening + 3 : -1])
    if tree is None:
        return fragment
    items = list(tree.data)
    if len(items) == 1 and items[0][0] is sre_constants.IN:
        return fragment  # one class already: its own test
    members: set[str] = set()
    ends = [False]
    if not _opens_with(items, members, ends, 0):
        return fragment
    test = f"[{''.join(sorted(members))}]" + (r"|\Z" if ends[0] else "")
    return f"{fragment[:opening]}(?={test}){fragment[opening:]}"


def _last_group_opening(pattern: str) -> int | None:
    """Where the group that closes `pattern` opens ("(" of its last ")"), read past escapes and
    character classes; None when the pattern doesn't end with a group."""
    if not pattern.endswith(")"):
        return None
    opened: list[int] = []
    last = None
    place = 0
    while place < len(pattern):
        char = pattern[place]
        if char == "\\":
            place += 2
            continue
        if char == "[":  # a class: "]" right after "[" or "[^" is one of its characters
            place += 2 if pattern.startswith("[^", place) else 1
            place += 1 if pattern.startswith("]", place) else 0
            while place < len(pattern) and pattern[place] != "]":
                place += 2 if pattern[place] == "\\" else 1
        elif char == "(":
            opened.append(place)
        elif char == ")":
            if not opened:
                return None
            last = opened.pop()
        place += 1
    return last if not opened and last is not None else None


def _opens_with(items: list, members: set[str], ends: list[bool], depth: int) -> bool:
    """Add to `members` (as a class's parts) every character a match of `items` may open with; `ends`
    when it may match at the text's end. False when a match may be empty elsewhere, or unknown."""
    c = sre_constants
    if depth > _MAX_DEPTH or not items:
        return False  # an empty match: any character may follow
    (op, value), rest = items[0], items[1:]
    if op is c.LITERAL:
        members.add(_class_member(chr(value)))
        return True
    if op is c.IN:
        known = {c.LITERAL: None, c.CATEGORY: None, c.RANGE: None}
        if not all(kind in known for kind, _ in value):
            return False
        for kind, member in value:
            if kind is c.LITERAL:
                members.add(_class_member(chr(member)))
            elif kind is c.RANGE:
                members.add(f"{_class_member(chr(member[0]))}-{_class_member(chr(member[1]))}")
            elif member in _CATEGORY_CLASSES:
                members.add(_CATEGORY_CLASSES[member])
            else:
                return False
        return True
    if op is c.AT and value is c.AT_END and not rest:  # "$": the end, or a last "\n" before it
        members.add(r"\n")
        ends[0] = True
        return True
    if op is c.AT and value is c.AT_END_STRING and not rest:
        ends[0] = True
        return True
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # reads nothing: what follows opens the match
        return _opens_with(rest, members, ends, depth + 1)
    if op is c.BRANCH:
        return all(_opens_with(list(branch) + rest, members, ends, depth + 1) for branch in value[1])
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, pattern = value
        return (
            not add_flags
            and not del_flags
            and _opens_with(list(pattern.data) + rest, members, ends, depth + 1)
        )
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, pattern = value
        if high == 0:
            return _opens_with(rest, members, ends, depth + 1)
        once = _opens_with(list(pattern.data) + rest, members, ends, depth + 1)
        return once and (low > 0 or _opens_with(rest, members, ends, depth + 1))
    return False


def _class_member(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else {"\n": r"\n", "\t": r"\t"}.get(char, char)
