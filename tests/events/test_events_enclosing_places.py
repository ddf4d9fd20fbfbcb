"""An event whose own place the index lacks takes the area the report encloses it in.

All sentences are written for these tests.
"""

from __future__ import annotations

from eventwire import extract


def _first_place(text: str) -> tuple[str | None, str | None]:
    record = extract(text, published="2021-06-03")
    main = max(record.events, key=lambda e: e.confidence)
    return (main.places[0].country_code, main.places[0].admin1) if main.places else (None, None)


def test_a_bracketed_area_after_the_subject_is_where_the_crowd_was() -> None:
    """The parser reads the bracketed names as appositions of the subject, not as a party."""
    text = "Hundreds of Zarewo residents (Kamtuni, Nairobi) marched against evictions on Tuesday."
    assert _first_place(text) == ("KE", "Nairobi Area")


def test_a_region_in_a_locative_comma_chain_is_no_subject() -> None:
    text = ("In Zorbateque municipality, Antioquia department, soldiers destroyed an illegal "
            "gold mine on Friday.")
    assert _first_place(text) == ("CO", "Antioquia")


def test_brackets_split_off_as_a_sentence_still_qualify_the_village() -> None:
    text = ("On Friday gunmen killed four herders in the village of Kwarotondi [Kwarotandi] "
            "(Zangoro, Tillaberi).")
    assert _first_place(text) == ("NE", "Tillaberi")


def test_the_last_link_of_a_chain_ends_with_its_unit_noun() -> None:
    text = "On Sunday hundreds of protesters in Zabrit city, Wasit province demanded elections."
    assert _first_place(text) == ("IQ", "Wasit")


def test_the_people_of_a_place_acted_there() -> None:
    text = "On Sunday residents of Winneba demonstrated against a new landfill."
    assert _first_place(text)[0] == "GH"


def test_a_later_sentence_without_an_event_of_its_own_places_the_event() -> None:
    text = "On Sunday unknown arsonists set fire to a van. It happened in Patras late at night."
    assert _first_place(text)[0] == "GR"


def test_a_place_inside_the_actors_phrase_that_says_where_they_were_is_kept() -> None:
    text = ("On Monday hundreds of people in the city of Qatn (Qatn, Hadramawt) rallied in "
            "support of autonomy for South Yemen.")
    assert _first_place(text) == ("YE", "Hadramawt")


def test_a_town_the_actors_come_from_leads_the_region_that_encloses_it() -> None:
    """"people from X (Y) protested": the event's only place is the region Y, and the town X
    inside it is the likelier spot."""
    record = extract("On Monday, dozens of farmers from Redeyef (Gafsa) protested over water "
                     "cuts.", published="2021-06-03")
    main = max(record.events, key=lambda e: e.confidence)
    assert main.places and main.places[0].feature == "city"
    assert main.places[0].admin1 == "Gafsa"


def _place_names(text: str) -> list[str | None]:
    record = extract(text, published="2021-06-03")
    main = max(record.events, key=lambda e: e.confidence)
    return [p.name for p in main.places]


def test_a_later_sentence_says_where_it_happened() -> None:
    text = ("Arsonists set fire to a delivery van on Monday night. The incident took place "
            "in Kharkiv, police said.")
    assert _place_names(text)[:1] == ["Kharkiv"]


def test_where_the_perpetrators_came_from_is_not_where_it_happened() -> None:
    text = ("Arsonists set fire to a delivery van on Monday night. Police said the men had "
            "travelled from Kharkiv.")
    assert "Kharkiv" not in _place_names(text)
