"""A surname written with its prefix before a capital ("McCann", "MacLeod", "O'Brien", "D'Souza", "DeLuca",
"FitzGerald") is a person's name as much as "Ingrid de Wit": the writer, never the employer, and a person
writing by hand whose mail the structure readers read as the reader's application's. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.person_names import looks_like_person_name
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "name",
    ["Barry McCann", "Fiona MacLeod", "Declan O'Brien", "Priya D'Souza", "Gina DeLuca", "Rory FitzGerald",
     "Aoife O’Sullivan", "Anne-Marie McNally"],
)  # fmt: skip
def test_a_surname_with_its_prefix_is_a_persons_name(name: str) -> None:
    assert looks_like_person_name(name)


@pytest.mark.parametrize("name", ["McAllister Group", "DeLuca Foods Ltd", "MacLeod & Sons"])
def test_an_organisation_named_after_such_a_surname_is_no_person(name: str) -> None:
    assert not looks_like_person_name(name)


def test_the_writer_with_such_a_surname_is_not_the_employer() -> None:
    result = extract(
        subject="Bench joiner",
        body="Hi Sean,\n\nThanks for your CV. Could you come by the workshop Thursday at 10 for a chat?\n\n"
        "Declan",
        sender="Declan O'Brien <declan@obrienjoinery.ie>",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
    assert result.company != "Declan O'Brien", result
