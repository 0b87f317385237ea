"""One application's French mail writes its title in the masculine, the feminine and inclusive forms."""

from tracker.names import same_title


def test_a_french_titles_inclusive_and_feminine_forms_are_one_title() -> None:
    assert same_title("Chargé·e de communication interne", "Chargée de communication interne")
    assert same_title("Chargé(e) marketing CRM", "Chargé marketing CRM")
    assert same_title("Technicien.ne de maintenance", "Technicienne de maintenance")
    assert same_title("Conseiller/ère clientèle", "Conseillère clientèle")
    assert same_title("Directeur·rice des ventes", "Directrice des ventes")
    assert not same_title("Chargé de communication", "Chargé de clientèle")
