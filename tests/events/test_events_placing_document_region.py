"""An event whose sentences name no place lies in the report's region.

All sentences and places are written for these tests.
"""

from __future__ import annotations

from eventwire import extract
from eventwire.events.placing import with_document_region
from eventwire.records import Place


def place(name: str, country: str, admin1: str | None, feature: str = "city") -> Place:
    return Place(text=name, span=None, name=name, country_code=country, admin1=admin1,
                 feature=feature)


REGION = Place(text="Kharkiv", span=None, name="Kharkiv", country_code="UA", admin1="Kharkiv",
               lat=49.98, lon=36.25, geo_precision=3, feature="region")


def test_an_event_with_no_place_takes_the_reports_region() -> None:
    assert with_document_region([], REGION) == [REGION]


def test_an_event_named_only_in_its_country_takes_the_region_first() -> None:
    country = place("Ukraine", "UA", None, "country")
    assert with_document_region([country], REGION) == [REGION, country]


def test_a_region_in_another_country_than_the_events_is_not_added() -> None:
    country = place("Moldova", "MD", None, "country")
    assert with_document_region([country], REGION) == [country]


def test_an_event_with_a_region_of_its_own_keeps_it() -> None:
    own = place("Sumy", "UA", "Sumy")
    assert with_document_region([own], REGION) == [own]


def test_the_region_of_the_report_places_an_event_its_sentences_do_not() -> None:
    record = extract("Unknown gunmen shot dead two farmers late on Sunday.\n\n"
                     "The governor of Poltava region called for calm.",
                     published="2023-05-08")
    event = next(e for e in record.events if e.modality == "occurred")
    first = event.places[0]
    assert (first.country_code, first.admin1, first.geo_precision, first.span) == (
        "UA", "Poltava", 3, None)
