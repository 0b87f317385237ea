"""A chain's store named after its brand: "Tacoville - Oak Park", "Quickship Delivery - Aurora Station",
"Cedar Inn & Suites Downtown". Hourly hiring systems write the store or the property where the brand's
name stands; the employer is the brand, where the mail also names it alone (its sender, its signature,
its text), and every store of one brand is one employer's."""

from __future__ import annotations

_DASHES = (" - ", " – ", " — ")
# Words that name where a store or property stands, not which organisation it is.
_STORE_TAIL_WORDS = {
    "downtown", "uptown", "midtown", "airport", "mall", "plaza", "station", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest",
}  # fmt: skip


def without_store_tail(name: str, forms: list[str]) -> str:
    """`name` without the store after its brand, where `forms` (the mail's spellings of this employer)
    hold the brand alone; else `name`."""
    if len(forms) < 2:
        return name  # the usual case: one spelling, nothing to shorten to
    # Written forms only: a domain's label ("brightwell") spells a name, it does not write the brand alone.
    written = [form for form in forms if form != name and not form.islower()]
    alone = {form.lower() for form in written}
    for dash in _DASHES:
        head, found, _ = name.partition(dash)
        if found and head.lower() in alone:
            return head  # "Tacoville - Oak Park" beside the sender's "Tacoville"
    for form in written:
        if len(form) < len(name) and name[: len(form) + 1].lower() == f"{form.lower()} ":
            tail = name[len(form) + 1 :]
            # Words for where only: a town after a brand is its branch's only by more evidence
            # (employer_name_edges.without_branch_town), and a gazetteer knows "Bank" and "Berlin" alike.
            if all(word.lower() in _STORE_TAIL_WORDS for word in tail.split()):
                return form  # "Cedar Inn & Suites Downtown" beside its signature's "Cedar Inn & Suites"
    return name
