"""The events stage: detect the events a report describes, type them into the 30 codes with
modality and confidence, and fill their arguments (actors, target, places, date, figures,
claims)."""

from __future__ import annotations

from .assemble import find_events

__all__ = ["find_events"]
