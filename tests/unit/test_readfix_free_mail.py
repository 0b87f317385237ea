"""National free-mail providers name no employer: a workshop owner writing from "uol.com.br" works for no
firm "uol" (tracker/extraction/free_mail.py)."""

from __future__ import annotations

import pytest

from tracker.extraction.platforms import domain_employer
from tracker.extraction.text import Sender


@pytest.mark.parametrize(
    "raw",
    [
        "Carlos <carlos.oficina@uol.com.br>",
        "Ana <ana.padaria@bol.com.br>",
        "Rita <rita@terra.com.br>",
        "João <joao@ig.com.br>",
        "Paulo <paulo@zipmail.com.br>",
        "Ivan <ivan@mail.ru>",
        "Piotr <piotr@wp.pl>",
        "Anna <anna@o2.pl>",
    ],
)
def test_a_national_free_mail_domain_names_no_employer(raw):
    assert domain_employer(Sender.parse(raw)) is None


def test_a_firms_own_brazilian_domain_still_names_it():
    assert domain_employer(Sender.parse("RH <rh@oficinacarlos.com.br>")) == "oficinacarlos"
