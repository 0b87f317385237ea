"""The post a person names before its noun: "the Data Analyst position", "for the Head of Pricing seat",
"op onze Junior Data Engineer vacature", "voor de Projectleider Renovatie job".

English and Dutch put a post's name between a determiner and the post's noun (German and the Romance
languages name it after the noun: post_nouns.py). One frame per language, its determiners and its nouns:
the last resort of the title's reading (title.py), a name in capitals (or a role's word in lowercase)
between them.
"""

# Per language: the determiners opening the frame, the post's nouns closing it, and the words never inside
# the name (the nearest frame is read: "the role of the job"; English writes "de" inside a post's name, "the
# Chef de Partie role", and "Spot Welder" is one). ("Seat" is a search firm's word for the post;
# "opportunity", "spot", "plek" close anything: only a role's word names a post there.)
_FRAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("the", "their", "our", "this"),
        ("position", "role", "opening", "opportunity", "vacancy", "requisition", "job", "spot", "seat"),
        ("position", "role", "job", "opening", "opportunity", "vacancy", "the", "our"),
    ),
    "nl": (
        ("de", "onze", "deze", "die", "jullie"),
        ("vacature", "functie", "positie", "rol", "job", "plek", "baan"),
        ("vacature", "functie", "positie", "rol", "job", "baan", "de", "het", "onze", "deze", "jullie"),
    ),
}
# The nouns of every frame: a text writing none of them has no such title (tested before the scan).
GENERIC_TITLE_NOUNS = tuple(sorted({noun for _, nouns, _ in _FRAMES.values() for noun in nouns}))
# The nouns that close nothing but a post: two or more capitalised words before them name it whatever their
# nouns ("the Cellar Door Host role", "de Medewerker Klantenservice functie").
POST_NOUNS_CLOSING = frozenset(
    {"role", "position", "job", "vacancy", "opening", "post", "seat", "vacature", "functie", "positie", "rol"}
)


def _frame(determiners: tuple[str, ...], nouns: tuple[str, ...], inside_never: tuple[str, ...]) -> str:
    """One language's frame: a determiner, the name, the post's noun."""
    return (
        rf"\b(?:{'|'.join(determiners)}) (?P<t>(?:(?!\b(?:{'|'.join(inside_never)})\b)[^\n.!?;:]){{2,80}}?) "
        rf"(?:{'|'.join(nouns)})\b"
    )


# One pattern per language, read alike (title_body.generic_titles).
GENERIC_TITLES = tuple(_frame(*frame) for frame in _FRAMES.values())
