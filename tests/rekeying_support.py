"""Records saved under older key functions, for the re-keying tests (tracker/rekeying.py).

`with old_keys():` puts key functions of an earlier kind in every tracker module that uses them:
one that kept a leading "The" (so "The Body Shop" was another employer group than "Body Shop") and did
not fold "gGmbH", and a title key that folded only case and punctuation (so "Krankenpflegerin" was
another post than "Krankenpfleger", "Sr." another word than "Senior"); leaving the block is the new code
deployed. (A monkeypatch of its own: undoing the test's would undo its fixtures' too.)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tracker import names
from tracker.company_suffixes import COMPANY_SUFFIXES

_OLD_SUFFIXES = COMPANY_SUFFIXES - {"ggmbh"}


def old_company_key(name: str | None) -> str:
    key = names._company_key(name, _OLD_SUFFIXES)
    return f"the {key}" if key and names.fold_text(name or "").startswith("the ") else key


def old_title_key(title: str | None) -> str:
    return names.fold_text(title or "")


@contextmanager
def old_keys() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _patch(monkeypatch)
        yield


def _patch(monkeypatch: pytest.MonkeyPatch) -> None:
    new_company_key, new_title_key = names.company_key, names.title_key
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("tracker"):
            continue
        if getattr(module, "company_key", None) is new_company_key:
            monkeypatch.setattr(module, "company_key", old_company_key)
        if getattr(module, "title_key", None) is new_title_key:
            monkeypatch.setattr(module, "title_key", old_title_key)
