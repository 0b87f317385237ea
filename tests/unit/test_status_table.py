"""A status stated only in a table cell (status_table.py): a portal's summary under a Status header, or a
row holding the label and its value; prose that ends in "status" is no header."""

import pytest

from tracker.extraction.status_table import status_cell


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("here is a summary.\njob title applied status\nlegal secretary 02/03 declined\n", "rejected"),
        ("position | location | status\ndata engineer | berlin | not selected", "rejected"),
        ("role: barista\nstore: piccadilly\napplication status: unsuccessful", "rejected"),
        ("stelle status\nbuchhalter (m/w/d) abgelehnt", "rejected"),
        ("poste | statut\nvendeur | non retenue", "rejected"),
        ("requisition stage\nfleet coordinator offer extended", "offer"),
        ("current status | interview scheduled", "interview"),
        ("vaga estado\nanalista retirada", "withdrawn"),
    ],
)
def test_a_status_cell_states_its_status(text, category):
    found = status_cell(text)
    assert found is not None and found[0] == category


@pytest.mark.parametrize(
    "text",
    [
        "log in to check your application status\ngood luck with your interview",
        "we will update the status\nthank you for your interest",
        # A status word outside a Status cell, and a cell with more than a status in it.
        "job title applied location\nlegal secretary 02/03 declined",
        "status: we will be in touch about your interview",
        "pasas a la siguiente fase\nentrevista",
    ],
)
def test_no_status_cell_without_a_status_column(text):
    assert status_cell(text) is None
