"""Distances between points on the globe, for the places stage and the gazetteer build."""

from __future__ import annotations

import math
from collections.abc import Sequence

EARTH_RADIUS_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular approximation: good to a few per cent at the distances that matter."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return EARTH_RADIUS_KM * math.hypot(x, math.radians(lat2 - lat1))


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


_KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180.0


def nearest_km(lat: float, lon: float, points: Sequence[tuple[float, float]],
               enough: float = 0.0) -> float | None:
    """Distance to the nearest of `points` (equirectangular, scaled at `lat`: good to a few
    per cent at the distances that matter), stopping early once one is within `enough` km."""
    if not points:
        return None
    scale = math.cos(math.radians(lat))
    best = math.inf
    limit = (enough / _KM_PER_DEGREE) ** 2
    for p_lat, p_lon in points:
        d_lon = (p_lon - lon) * scale
        d_lat = p_lat - lat
        squared = d_lon * d_lon + d_lat * d_lat
        if squared < best:
            best = squared
            if squared <= limit:
                break
    return math.sqrt(best) * _KM_PER_DEGREE
