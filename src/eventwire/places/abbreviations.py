"""Abbreviated region names: the AP-style abbreviations of U.S. states ("Calif.", "Ala.",
"Ind.", "Wash."), written with a final dot in `admin1_overrides.toml`.

Without their dot they are words and name parts of other languages: "Cal" of "the Cal Miskaad
mountains" in Somalia, "Ala" of "Ala Archa", "Ind" a village in Punjab. An abbreviation is read
as its region only where it is written as one, or where the text is about that region's
country:

- never as the first part of a longer name ("Cal Miskaad", "Cal-Miskaad"), unless its dot
  is written ("Sacramento, Calif. Police said");
- in a text whose other places are in or near its country (the country named, or another
  place within reach: "in Sacramento, Cal" is California);
- elsewhere only with its dot inside a sentence ("in Cal. state") or after a name and a
  comma ("Smallville, Calif."): a dot that may end the sentence ("withdrew to Cal.") is no
  abbreviation's on its own.

Abbreviations of initials ("N.Y.", "D.C.") are other words nowhere and are left alone.
"""

from __future__ import annotations

import functools
import re

from .gazetteer import MATCH_ALT, Candidate, admin1_regions
from .mentions import Mention
from .names import name_key

#: Text after a mention that joins it to a longer name: a hyphen and a letter ("Cal-Miskaad").
_HYPHEN_ON = re.compile(r"^[-‐‑][^\W\d_]")
#: Text after an abbreviation's dot that may start a new sentence (or ends the text).
_SENTENCE_END = re.compile(r"^\s*(?:$|[\"'“‘(]?[A-Z0-9])")
#: Text right before a mention: a capitalised name and a comma ("Sacramento, ").
_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*,\s*$")


@functools.cache
def abbreviated_names() -> frozenset[tuple[str, str, str]]:
    """(country, admin1 code, name key) of every one-word region alias written with a final
    dot ("Calif.", "Wash.")."""
    return frozenset(
        (region.cc, region.code, name_key(alias))
        for region in admin1_regions().values() for alias in region.aliases
        if alias.endswith(".") and " " not in name_key(alias))


def misread_abbreviation(doc_text: str, m: Mention, c: Candidate, in_country: bool) -> bool:
    """Whether `c`, a region matched by its abbreviation, is a misreading of the mention: see
    the module docstring. `in_country`: the text's other places point at `c`'s country."""
    if c.match != MATCH_ALT or c.feature != "region" or not c.admin1_code or (
            c.country_code, c.admin1_code, m.key) not in abbreviated_names():
        return False
    after = doc_text[m.end:m.end + 4]
    dotted = m.text.endswith(".") or after.startswith(".")
    if not dotted and (m.runs_on or _HYPHEN_ON.match(after)):
        return True
    if in_country:
        return False
    if not dotted:
        return True
    rest = after[1:] if after.startswith(".") else after
    written = bool(_AFTER_NAME.search(doc_text[max(0, m.start - 40):m.start]))
    return not written and bool(_SENTENCE_END.match(rest))
