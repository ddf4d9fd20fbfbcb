"""Pronoun agreement on invented war reports: "she said" skips a man named just before it
when the text gives the speaker's gender (a gendered role, a form of address, an earlier
"she" said of her)."""

from __future__ import annotations

from support import attributions


def _claimant_of(text: str, source: str) -> str | None:
    return next(a.claimant for a in attributions(text) if a.source == source)


def test_she_skips_a_governor_for_the_spokeswoman() -> None:
    text = ("Maria Kovalenko, the army spokeswoman, briefed reporters in the capital. "
            "Governor Petro Danko said he had visited the damaged depot on Tuesday. "
            "\u201cThe strikes came at night,\u201d she said.")
    assert _claimant_of(text, "she") == "Maria Kovalenko"


def test_she_skips_a_man_addressed_as_mr() -> None:
    text = ("Mrs. Irma Kessel runs the shelter near the front. Mr. Anton Brill, the regional "
            "governor, toured the shelter on Monday. \u201cWe need more generators,\u201d "
            "she said.")
    assert _claimant_of(text, "she") == "Irma Kessel"


def test_an_earlier_she_gives_the_gender() -> None:
    text = ("General Bohdan Sikor inspected the air defence units. Dana Roiter said she had "
            "counted twelve drones over the city. \u201cNone of them reached the port,\u201d "
            "he said.")
    assert _claimant_of(text, "he") == "Bohdan Sikor"


def test_unknown_gender_stays_a_candidate() -> None:
    text = ("Mrs. Irma Kessel runs the shelter near the front. Taras Hlib leads the volunteer "
            "drivers. \u201cThe road is mined,\u201d he said.")
    assert (_claimant_of(text, "he") or "").endswith("Hlib")
