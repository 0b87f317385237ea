"""The market a commercial post serves, written after its name (invented titles): a region of several
countries after a sales, export, buying or marketing post is its remit and stays; after another post, or a
town after a sales post, it is where the post is worked and goes.
"""

import pytest

from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_remits import remit_set_aside


@pytest.mark.parametrize(
    "title",
    [
        "Export Trade Coordinator (Area DACH)",
        "Purchasing Lead – Americas",
        "Key Account Manager, Nordics",
        "Channel Marketing Lead - APAC",
        "Category Buyer | Benelux",
    ],
)
def test_a_commercial_posts_market_region_is_its_name(title: str) -> None:
    assert clean_title(title) == (title, None)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # Controls, read so before as after: the region after another post, a town after a sales post.
        ("Site Reliability Engineer - EMEA", "Site Reliability Engineer"),
        ("Inside Sales Coordinator - Galway", "Inside Sales Coordinator"),
        ("Field Technician (Remote - EMEA)", "Field Technician"),
    ],
)
def test_a_region_after_another_post_or_a_town_after_a_sales_post_is_where_it_is_worked(
    raw: str, title: str
) -> None:
    assert clean_title(raw)[0] == title


def test_a_title_that_is_only_a_region_sets_nothing_aside() -> None:
    assert remit_set_aside("EMEA") == ("EMEA", "")
