"""The figures extractor on hand-written sentences, parsed by the real spaCy model."""

from __future__ import annotations

import pytest

from eventwire.events.figures import Figures, find_figures
from eventwire.nlp import get_nlp
from eventwire.records import Quantity


def _figures(text: str) -> Figures:
    doc = get_nlp()(text)
    sents = list(doc.sents)
    figures = find_figures(sents[0] if len(sents) == 1 else doc[:])
    spans = [(q.span, q.text) for q in figures.quantities]
    spans += [(e.span, e.text) for e in figures.evidence]
    for (start, end), text_at in spans:
        assert doc.text[start:end] == text_at
    for ev in figures.evidence:
        assert ev.field in ("fatalities", "injuries")
    return figures


def _quantities(text: str) -> dict[str, Quantity]:
    quantities = _figures(text).quantities
    by_kind = {q.kind: q for q in quantities}
    assert len(by_kind) == len(quantities), quantities
    return by_kind


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        ("Four policemen were killed when their patrol hit a roadside bomb.", 4, None),
        ("The blast tore through the market, killing 17 and wounding 40.", 17, 40),
        ("2 fatalities.", 2, None),
        ("11 fatalities divided between 2 events.", 11, None),
        ("At least six villagers died in the raid.", 6, None),
        ("Dozens of fighters were killed in the clashes.", 12, None),
        ("Hundreds of people were wounded during the shelling.", None, 100),
        ("Several guards were injured in the assault.", None, 3),
        ("Twenty-three miners were killed and 1,250 others were evacuated.", 23, None),
        ("Almost two dozen recruits were wounded at the range.", None, 24),
        ("Market bombing: 6 killed, 19 hurt.", 6, 19),
        ("The shelling killed 4 soldiers and 3 civilians.", 7, None),
        ("A landmine killed 9 people, including 2 children.", 9, None),
        ("The number of dead rose from 8 to 14 overnight.", 14, None),
        ("A shepherd was killed by a stray shell.", 1, None),
        ("Three armed men shot dead a teacher in the village.", 1, None),
        ("Five wounded soldiers were taken to hospital.", None, 5),
        ("Two guards were killed and one injured at the gate.", 2, 1),
        ("The remains of 9 men were found in a ditch near the road.", 9, None),
    ],
)
def test_stated_counts(text: str, fatalities: int | None, injuries: int | None) -> None:
    figures = _figures(text)
    assert (figures.fatalities, figures.injuries) == (fatalities, injuries)


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        ("The strike caused no casualties, the mayor said.", 0, 0),
        ("No fatalities were reported after the flooding of the camp.", 0, None),
        ("No one was killed in the fire at the depot.", 0, None),
        ("Nobody was hurt when the shell hit the roof.", None, 0),
        ("Nobody was killed or injured, according to the police.", 0, 0),
        ("There were no injuries, but two guards died.", 2, 0),
        ("There was no information about casualties at the plant.", None, None),
        ("Details on casualties are being clarified.", None, None),
        ("Rebels attacked a checkpoint on the highway.", None, None),
    ],
)
def test_zeros_and_unknowns(text: str, fatalities: int | None, injuries: int | None) -> None:
    figures = _figures(text)
    assert (figures.fatalities, figures.injuries) == (fatalities, injuries)


def test_evidence_points_at_the_stating_words() -> None:
    figures = _figures("Officials said 5 people died and 12 others were hurt in the attack.")
    assert (figures.fatalities, figures.injuries) == (5, 12)
    fields = {ev.field: ev.text for ev in figures.evidence}
    assert "5" in fields["fatalities"] and "died" in fields["fatalities"]
    assert "12" in fields["injuries"]


def test_killed_wounded_and_arrested_are_kept_apart() -> None:
    text = "Police killed two protesters, wounded 15 and detained 240 people on the square."
    figures = _figures(text)
    assert (figures.fatalities, figures.injuries) == (2, 15)
    kinds = {q.kind: q.value for q in figures.quantities}
    assert kinds == {"people_arrested": 240}


def test_drones_launched_and_intercepted() -> None:
    q = _quantities(
        "The enemy sent 64 drones against the city, and air defence units brought down 41 of "
        "these drones."
    )
    assert q["drones_launched"].value == 64
    assert q["drones_intercepted"].value == 41
    assert q["drones_intercepted"].text == "41 of these drones"


def test_missiles_launched_and_intercepted() -> None:
    q = _quantities("Russia fired nine cruise missiles; seven missiles were intercepted.")
    assert q["missiles_launched"].value == 9
    assert q["missiles_intercepted"].value == 7


def test_bare_count_after_a_weapon_noun() -> None:
    q = _quantities("The army said 120 UAVs were launched overnight and 95 were shot down.")
    assert q["drones_launched"].value == 120
    assert q["drones_intercepted"].value == 95


def test_facilities_buildings_and_cities() -> None:
    q = _quantities("Three fuel depots on the coast sustained damage in the night raid.")
    assert q["facilities_damaged"].value == 3
    q = _quantities("More than 30 apartment buildings were damaged by the blast wave.")
    assert (q["buildings_damaged"].value, q["buildings_damaged"].low) == (30, 30)
    q = _quantities("At least seven towns in the province were hit by artillery fire.")
    assert (q["cities_affected"].value, q["cities_affected"].low) == (7, 7)


def test_production_capacity_range_with_rate() -> None:
    q = _quantities("Before the war the refinery processed 6,000 to 8,500 tonnes of crude a day.")
    cap = q["production_capacity"]
    assert (cap.value, cap.low, cap.high, cap.unit) == (None, 6000, 8500, "t/day")
    assert cap.text == "6,000 to 8,500 tonnes of crude a day"


def test_production_capacity_single_value_with_cue() -> None:
    q = _quantities("The plant's capacity was 1.5 million barrels annually.")
    cap = q["production_capacity"]
    assert (cap.value, cap.unit) == (1_500_000, "bbl/year")


def test_crowd_size_from_protest_verb() -> None:
    q = _quantities("Roughly 3000 textile workers protested outside the ministry.")
    assert q["crowd_size"].value == 3000
    assert q["crowd_size"].text == "Roughly 3000 textile workers"


def test_abducted_and_displaced() -> None:
    q = _quantities("Militants kidnapped 27 students, and thousands of residents fled the area.")
    assert q["people_abducted"].value == 27
    assert q["displaced"].value == 1000


def test_numbers_in_names_dates_and_ages_are_not_figures() -> None:
    figures = _figures(
        "On 12 March a 34-year-old man was shot from a BTR-80, 40 km from the town."
    )
    assert figures.fatalities is None and figures.quantities == ()


def test_ranges_give_their_lower_bound_as_a_count() -> None:
    figures = _figures("Between 12 and 15 soldiers were killed in the ambush.")
    assert figures.fatalities == 12


def test_coordinated_counts_of_one_kind_add_up() -> None:
    q = _quantities("Armed men abducted a nurse and four patients from the clinic.")
    assert q["people_abducted"].value == 5
    assert q["people_abducted"].text == "a nurse and four patients"


def test_a_part_introduced_by_including_is_not_a_second_figure() -> None:
    q = _quantities(
        "Air defences destroyed 33 drones over four regions, including 12 over the capital."
    )
    assert q == {"drones_intercepted": q["drones_intercepted"]}
    assert q["drones_intercepted"].value == 33


def test_doer_of_an_act_is_not_counted() -> None:
    figures = _figures("Over 40 soldiers stormed the village, a statement said.")
    assert figures.fatalities is None and figures.injuries is None
