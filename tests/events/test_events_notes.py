"""Analyst-note conventions: a crowd size tag marks a demonstration event (protest or riot)."""

from __future__ import annotations

from eventwire.evaluate.acled import top_event
from eventwire.events.notes import has_crowd_size
from eventwire.pipeline import extract


def main_code(text: str) -> str | None:
    event = top_event(extract(text, published="2021-09-02"))
    return event.code if event else None


BEATING = ("On 30 August 2021, a school teacher was attacked and killed near his home in "
           "Kimilili (Bungoma).")


def test_tag_is_read_in_any_case() -> None:
    assert has_crowd_size("... in Gulu. [Size=around 60]")
    assert not has_crowd_size("A crowd of about 60 people gathered in Gulu.")


def test_violence_in_a_note_with_crowd_size_is_by_the_crowd() -> None:
    assert main_code(BEATING) == "ATTACK"
    assert main_code(BEATING + " [size=no report]") == "MOB_VIOL"


def test_crowd_pressing_a_demand_is_a_violent_demonstration() -> None:
    text = ("On 30 August 2021, traders attacked municipal officers in Mbale market, demanding "
            "the return of their confiscated goods. [size=about 80]")
    assert main_code(text) == "VIOL_DEMONSTR"


def test_demonstration_event_ranks_first_in_a_tagged_note() -> None:
    text = ("On 30 August 2021, police detained four organisers in Lira. Earlier that day "
            "about 200 farmers marched to the district offices over unpaid maize deliveries. "
            "[size=about 200]")
    assert main_code(text.replace(" [size=about 200]", "")) == "ARREST"
    assert main_code(text) in ("PEACE_PROTEST", "PROTEST_WITH_INTER")


def test_without_the_tag_a_shooting_stays_an_attack() -> None:
    text = ("On 30 August 2021, gunmen shot and killed a shopkeeper in Kampala. "
            "Police said the attackers fled on a motorcycle.")
    assert main_code(text) == "ATTACK"


def test_a_crowd_of_one_is_no_crowd() -> None:
    assert not has_crowd_size("A man threw stones at a nurse in Uruapan. [size=1]")
    assert main_code(BEATING + " [size=1]") == "ATTACK"


def test_blockade_in_a_tagged_note_is_a_protest() -> None:
    text = ("On 30 August 2021, teacher trainees blocked the Nakuru highway with two buses. "
            "[size=no report]")
    assert main_code(text.replace(" [size=no report]", "")) is None
    assert main_code(text) == "PEACE_PROTEST"
