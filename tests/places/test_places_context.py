"""Document coherence: qualifiers, nationality cues, spelling variants, compounds, region seats.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.places.gazetteer import _Region, _region_seat, admin1_aliases
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]
Pick = Callable[[list[Place], str], Place]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # "X district, Y": a namesake abroad is dropped, the region stands for the town
        ("Gunmen attacked a police post in Alexandria district, Kandahar.", "AF"),
        # "X (Z, Y)": Y narrows Z, both narrow X
        ("Clashes broke out in Springfield (Larkana, Sindh) on Monday.", "PK"),
        # "X in Y"
        ("A roadside bomb exploded in Victoria in Rural Damascus.", "SY"),
    ],
)
def test_qualifier_keeps_places_inside_the_region(places_of: PlacesOf, sentence: str,
                                                  country: str) -> None:
    places = places_of(sentence)
    assert places, sentence
    assert {p.country_code for p in places} == {country}


def test_qualifier_reads_the_region_not_its_namesake_town(places_of: PlacesOf,
                                                          place_named: Pick) -> None:
    places = places_of("Shelling was reported near Avdeyevka, Donetsk.")
    assert place_named(places, "Avdeyevka").admin1 == "Donetsk"
    region = place_named(places, "Donetsk")
    assert (region.feature, region.geo_precision) == ("region", 3)


def test_qualifier_allows_a_town_inside_it(places_of: PlacesOf, place_named: Pick) -> None:
    place = place_named(places_of("Protesters rallied in Austin, Texas."), "Austin")
    assert (place.country_code, place.admin1) == ("US", "Texas")


def test_nationality_adjective_picks_the_country(places_of: PlacesOf,
                                                 place_named: Pick) -> None:
    place = place_named(places_of("Lebanese protesters blocked roads in Tripoli on Friday."),
                        "Tripoli")
    assert place.country_code == "LB"


def test_nationality_adjective_drops_small_namesakes_abroad(places_of: PlacesOf) -> None:
    places = places_of("Egyptian soldiers were killed in an attack in Bir al-Abd.")
    assert places and {p.country_code for p in places} == {"EG"}


def test_accented_names_match_unaccented_text(places_of: PlacesOf, place_named: Pick) -> None:
    places = places_of("Protesters gathered in Bogota and Medellin.")
    assert place_named(places, "Bogota").name == "Bogotá"
    assert place_named(places, "Medellin").name == "Medellín"


def test_capital_tagged_as_nationality_is_still_a_place(places_of: PlacesOf,
                                                        place_named: Pick) -> None:
    place = place_named(places_of("Around noon, in Asuncion, nurses protested."), "Asuncion")
    assert place.country_code == "PY"


def test_hyphenated_district_takes_its_known_part(places_of: PlacesOf) -> None:
    places = places_of("Mortar shells landed near Mariupol-Livoberezhnyi.")
    assert len(places) == 1
    assert (places[0].country_code, places[0].admin1) == ("UA", "Donetsk")


def test_hyphenated_name_part_abroad_is_not_a_place(places_of: PlacesOf) -> None:
    places = places_of("A convoy was attacked near Ash-Shaddadi in Hasakah.")
    assert {p.country_code for p in places} == {"SY"}


def _town(name: str, population: int) -> dict[str, object]:
    return {"name": name, "population": population}


def test_region_seat_prefers_the_namesake_town() -> None:
    region = _Region("XX", "01", "Northland", ())
    largest = _town("Bigport", 500_000)
    towns = [largest, _town("Northland", 80_000), _town("Smallville", 2_000)]
    assert _region_seat(region, towns, largest) == _town("Northland", 80_000)


def test_region_seat_ignores_a_hamlet_namesake() -> None:
    region = _Region("XX", "01", "Northland", ())
    largest = _town("Bigport", 500_000)
    towns = [largest, _town("Northland", 300)]
    assert _region_seat(region, towns, largest) is largest


def test_compass_words_of_region_names_have_english_aliases() -> None:
    assert "North Sina" in admin1_aliases("EG", "Shamal Sina'")


def test_names_without_a_region_cue_settle_in_the_one_region_that_has_them_all(
    places_of: PlacesOf,
) -> None:
    # Floyd County, Rome and Cave Spring each exist in several US states; only one state has
    # all three, and no word of the text names it
    found = places_of("Floyd County deputies were called to Rome and Cave Spring on Friday night.")
    assert {p.text for p in found} == {"Floyd County", "Rome", "Cave Spring"}
    assert {(p.country_code, p.admin1) for p in found} == {("US", "Georgia")}


@pytest.mark.parametrize(
    ("sentence", "name", "world_area"),
    [
        # a hamlet of the same name, in the state the text is about, is not what it means
        ("Talks on the Middle East drew a crowd in Hagerstown, Maryland, and Frederick.",
         "Middle East", True),
        # the sea, even beside a town of the Egyptian governorate named after it ...
        ("Ships in the Red Sea were warned, officials in Hurghada said.", "Red Sea", True),
        # ... unless the text says "governorate"
        ("Police in the Red Sea governorate detained two men in Hurghada.",
         "Red Sea governorate", False),
    ],
)
def test_a_world_area_beats_its_namesakes_unless_a_region_word_says_otherwise(
    places_of: PlacesOf, sentence: str, name: str, world_area: bool
) -> None:
    (place,) = [p for p in places_of(sentence) if p.text == name]
    assert (place.country_code is None) == world_area
    assert place.feature == "region"


@pytest.mark.parametrize(("sentence", "abroad"), [
    ("Rebels overran an army post near Masisi, in Congo's North Kivu province, on Sunday.",
     "MZ"),  # a loose spelling of Maxixe in Mozambique
    ("In Myanmar's Shan state, an ethnic army clashed with junta troops near Mong Yai on "
     "Monday.", "VN"),  # a loose spelling of Mong Cai in Vietnam
])
def test_a_loose_spelling_of_a_town_abroad_is_no_reading_in_a_text_about_elsewhere(
        places_of: PlacesOf, sentence: str, abroad: str) -> None:
    places = places_of(sentence)
    assert all(p.country_code != abroad for p in places), [(p.text, p.name) for p in places]
    assert places


def test_a_loose_spelling_of_a_town_of_the_texts_country_still_reads(
        places_of: PlacesOf) -> None:
    places = places_of("Russian missiles struck the city of Zaporozhye in Ukraine overnight.")
    assert any(p.text == "Zaporozhye" and p.country_code == "UA" for p in places)


def test_a_regions_namesake_seat_under_another_spelling_is_the_town(
        places_of: PlacesOf) -> None:
    # the model reads the city as a person; GeoNames spells the town "Zaporizhzhya" and the
    # region "Zaporizhzhia": one name spelt two ways, the town's own
    places = places_of("Russian forces struck Zaporizhzhia with glide bombs on Wednesday, "
                       "killing three people.")
    town = [p for p in places if p.text == "Zaporizhzhia"]
    assert town and town[0].feature == "city" and town[0].admin1 == "Zaporizhzhia"



def test_a_country_named_in_a_sentence_places_its_towns(places_of: PlacesOf) -> None:
    text = ("Gunmen killed 12 soldiers at a post in Djibo, in northern Burkina Faso, on Monday. "
            "Burkina Faso's army said it had struck back near Djibo and Arbinda.\n\n"
            "In neighbouring Mali, the army said it had repelled an attack on a convoy near Gao "
            "on Sunday.")
    gao = [p for p in places_of(text) if p.text == "Gao"]
    assert gao and all(p.country_code == "ML" for p in gao)
