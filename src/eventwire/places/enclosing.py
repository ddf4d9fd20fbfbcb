"""Enclosing areas named in brackets: "Gadabo (Anzourou, Tillaberi)", "Sirwah (Marib)".

Reports locate a small place by the district and region around it, in brackets after its name.
The index often lacks the village and the district, but has the region: the last name inside
the brackets is then read as that region (or country), whatever the model took the word for, so
that the report is placed at least in the right region.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import Candidate
from .mentions import Mention

#: Text right before the last name of a bracketed qualifier: "Name (" or "Name (District, ".
_BEFORE = re.compile(r"[\w'’.\]]\s*\(\s*(?:[^()\n]{1,60},\s*)?$")
#: Text right after it: the closing bracket.
_AFTER = re.compile(r"^\s*\)")
#: How far back and ahead the brackets are looked for.
_WINDOW = 80


def in_brackets_last(doc_text: str, m: Mention) -> bool:
    """The mention is the last name inside brackets that follow another name."""
    before = doc_text[max(0, m.start - _WINDOW) : m.start]
    return bool(_AFTER.match(doc_text[m.end : m.end + 4])) and bool(_BEFORE.search(before))


def enclosing_areas(
    doc_text: str, mentions: Sequence[Mention], cands: list[tuple[Candidate, ...]]
) -> set[int]:
    """Indices of mentions that close a bracketed qualifier and can be read as a region or a
    country; their candidates are narrowed to those readings in place."""
    found: set[int] = set()
    for i, m in enumerate(mentions):
        areas = tuple(c for c in cands[i] if c.feature in {"region", "country"} and c.country_code)
        if areas and in_brackets_last(doc_text, m):
            cands[i] = areas
            found.add(i)
    return found
