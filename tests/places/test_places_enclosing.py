"""Bracketed enclosing areas, Arabic articles before names, and lone namesakes abroad.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]
Pick = Callable[[list[Place], str], Place]


@pytest.mark.parametrize(
    ("sentence", "region", "country"),
    [
        (
            "Gunmen burned two huts in Kwanbere village (Zorrotu district, Tillaberi) on Friday.",
            "Tillaberi",
            "NE",
        ),
        (
            "Raiders stole cattle from herders in Mbolozi hamlet (Mayo-Sava, Extreme-Nord).",
            "Extreme-Nord",
            "CM",
        ),
        ("A landmine killed a shepherd near Qarawit (Taizz) early on Monday.", "Taizz", "YE"),
    ],
)
def test_the_last_name_in_brackets_is_the_region_around_an_unknown_village(
    places_of: PlacesOf, place_named: Pick, sentence: str, region: str, country: str
) -> None:
    place = place_named(places_of(sentence), region)
    assert (place.country_code, place.feature, place.geo_precision) == (country, "region", 3)


def test_a_name_in_brackets_after_no_name_is_left_to_the_usual_rules(places_of: PlacesOf) -> None:
    """Brackets that do not follow a name ("(see Taizz)") are no qualifier."""
    found = [p.text for p in places_of("The report (see Taizz) was published on Monday.")]
    assert "Taizz" not in found or found.count("Taizz") == 1


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        ("Artillery shells landed in al-Hasakeh on Tuesday evening.", "al-Hasakeh", "SY"),
        ("A car bomb went off in Ar-Raqqa city at noon.", "Ar-Raqqa", "SY"),
        ("Shelling was reported in Ash-Shajara town in Dar'a on Sunday.", "Ash-Shajara", "SY"),
    ],
)
def test_an_arabic_article_belongs_to_the_name_it_opens(
    places_of: PlacesOf, place_named: Pick, sentence: str, text: str, country: str
) -> None:
    """The article is part of the name ("in al-Hasakeh" is cued by "in"), the model's person
    reading of "al-Hasakeh" makes no person of it, and "Ash-" is no town of its own."""
    places = places_of(sentence)
    assert place_named(places, text).country_code == country
    assert all(p.country_code != "GB" for p in places)


def test_a_capitalised_name_before_the_article_keeps_it_inside(places_of: PlacesOf) -> None:
    """ "Ras al Ain": the article is inside a longer name, not the opening of "Ain"."""
    texts = [p.text for p in places_of("Fighters gathered at Ras al Ain on Monday.")]
    assert "al Ain" not in texts


def test_a_small_namesake_abroad_gives_way_to_an_anchored_place(places_of: PlacesOf) -> None:
    """A village the index lacks has a namesake abroad; the other name of the text has
    namesakes in one country only, which the village is then taken to be in."""
    places = places_of(
        "A mine went off on the outskirts of Bara town in Idleb countryside, killing a shepherd."
    )
    assert {p.country_code for p in places} == {"SY"}


def test_one_unambiguous_country_name_is_no_anchor(places_of: PlacesOf) -> None:
    """A country's name (here inside a bank's) is weaker company than a place's."""
    places = places_of(
        "A rocket hit the road opposite the Baalbek Governorate building and "
        "the Bank Saderat Iran branch."
    )
    assert "LB" in {p.country_code for p in places}


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        (
            "Police shot a suspect in Barangay Malinta, Cabanatuan, Nueva Ecija. He died later.",
            "Cabanatuan",
            "PH",
        ),
        ("Insurgents burned a truck in Kharwar district, Logar. Nobody was hurt.", "Logar", "AF"),
    ],
)
def test_a_name_in_a_comma_chain_after_a_locative_is_a_place(
    places_of: PlacesOf, place_named: Pick, sentence: str, text: str, country: str
) -> None:
    """ "in Village, Town, Province": the model may read the town or the province as a
    person; the chain of names after "in" says they are places."""
    assert place_named(places_of(sentence), text).country_code == country


def test_a_name_after_a_comma_outside_a_locative_chain_is_left_alone(
    places_of: PlacesOf,
) -> None:
    places = places_of("Asked about the talks, Hamdan said nothing.")
    assert "Hamdan" not in {p.text for p in places}


def test_a_village_the_model_reads_as_a_nationality_in_a_named_region(
    places_of: PlacesOf, place_named: Pick
) -> None:
    """The model's NORP reading of a village near which something happened gives way when
    the village lies in a region the text names (through a monitoring mission's name)."""
    place = place_named(
        places_of("The OSCE SMM recorded three explosions near Shyrokyne on Tuesday."),
        "Shyrokyne",
    )
    assert (place.country_code, place.admin1) == ("UA", "Donetsk")


def test_a_big_namesake_abroad_gives_way_to_a_region_qualifier(places_of: PlacesOf) -> None:
    """ "X, Y state": the region word makes Y the area around X, not the next item of a list,
    so a large namesake of X in another country is not the place meant."""
    places = places_of("On Monday, in Rio Claro, Lara state, residents blocked a road.")
    assert {p.country_code for p in places} == {"VE"}


def test_a_big_town_keeps_its_reading_under_a_qualifier_of_its_own_country(
    places_of: PlacesOf, place_named: Pick
) -> None:
    """A qualifier naming the wrong region of the town's own country is a slip, not a sign
    of a namesake: the town stays."""
    places = places_of("Lawyers protested in Sahiwal city (Sahiwal, Sindh) on Friday.")
    assert place_named(places, "Sahiwal").country_code == "PK"


def test_a_capitalised_word_before_a_region_name_makes_a_longer_name(
    places_of: PlacesOf,
) -> None:
    """ "Negros Oriental" is a province the index lacks, not Morocco's Oriental region."""
    places = places_of("Soldiers clashed with rebels in Bindoy, Negros Oriental, on Sunday.")
    assert "MA" not in {p.country_code for p in places}


def test_a_first_level_region_word_rejects_a_loosely_spelt_town(places_of: PlacesOf) -> None:
    places = places_of("Troops killed two bombers near the hills in Ninewa province.")
    assert all(p.feature != "city" for p in places if p.text.startswith("Ninewa"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed a guard in Shirin Tagab district center, Faryab, on Sunday.",
        "A commander was shot in the bazaar of Khas Urozgan district, Urozgan, at night.",
    ],
)
def test_words_of_a_district_name_the_index_lacks_are_no_towns(
    places_of: PlacesOf, sentence: str
) -> None:
    """ "Shirin Tagab district" is one district: neither "Shirin" nor "Tagab" is a town of
    its own; the province after it still places the report."""
    places = places_of(sentence)
    assert [p.feature for p in places if p.feature != "demonym"] in (["region"], ["region"] * 2)
    assert {p.country_code for p in places} == {"AF"}


def test_an_article_before_a_district_name_is_part_of_it(places_of: PlacesOf) -> None:
    places = places_of("A roadside bomb went off north of Ar Rutba district on Friday.")
    rutba = [p for p in places if p.text.endswith("Rutba")]  # with its article or without
    assert rutba and all(p.country_code == "IQ" for p in rutba)
    assert not any(p.text == "Ar" for p in places)


def test_every_name_of_a_bracketed_list_after_a_name_is_a_place(
    places_of: PlacesOf, place_named: Pick
) -> None:
    """ "Village (Commune, Province)": the commune is a place too, whatever the model says."""
    places = places_of("Gunmen raided the hamlet of Koyaga (Fada Ngourma, Gourma) at dawn.")
    assert place_named(places, "Fada Ngourma").country_code == "BF"


@pytest.mark.parametrize(
    "sentence",
    [
        "The fight started when Durr hit him (Davis) with a fist.",
        "Held since his arrest in October, Moore, 19, told the judge he was sober.",
    ],
)
def test_names_in_brackets_or_after_commas_in_other_uses_are_left_alone(
    places_of: PlacesOf, sentence: str
) -> None:
    assert places_of(sentence) == []


def test_a_town_a_road_is_named_after_is_a_place(places_of: PlacesOf, place_named: Pick) -> None:
    """ "the X road" with the road word in lower case: a road leading to town X."""
    places = places_of("Farmers blocked the Kahnuj road with their tractors on Sunday.")
    place = place_named(places, "Kahnuj")
    assert (place.country_code, place.relation) == ("IR", "road from")
