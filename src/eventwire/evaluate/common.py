"""Small helpers the scorers share: distances, name folding, gold place lookup, tables."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

EARTH_RADIUS_KM = 6371.0088

#: Words that name a kind of region rather than the region itself; dropped when comparing
#: first-level region names across sources ("Donetsk Oblast" = "Donetsk" = "Donetska oblast").
_REGION_WORDS = re.compile(
    r"\b(oblast'?|oblast|region|province|provincia|state|governorate|gouvernorat|muhafazat|"
    r"krai|kray|republic of|republic|district|department|departamento|division|county|"
    r"prefecture|territory|municipality|city of|wilayah|wilaya|vilayeti)\b"
)


def fold(name: str | None) -> str:
    """Lowercase ASCII form of a name for loose comparison."""
    if not name:
        return ""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", ascii_name.lower()).strip()


def fold_region(name: str | None) -> str:
    """`fold` plus region-kind words dropped."""
    return re.sub(r"\s+", " ", _REGION_WORDS.sub(" ", fold(name))).strip()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def gold_point(name: str, country: str) -> tuple[float, float] | None:
    """Coordinates of the most populous GeoNames town of that name in that country."""
    from ..places import get_gazetteer
    from ..places.gazetteer import MATCH_NAME
    from ..places.names import name_key

    candidates = [
        c for c in get_gazetteer().lookup(name_key(name))
        if c.feature == "city" and c.country_code == country and c.match == MATCH_NAME
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.population)
    if best.lat is None or best.lon is None:
        return None
    return best.lat, best.lon


def format_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain aligned text table."""
    cells = [[str(h) for h in header]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)
