"""An event's status counts one body named two ways (a headline's "Israeli military", the
body's "Israel Defense Forces") as one source."""

from __future__ import annotations

from test_events_document import occurred


def test_a_military_named_in_headline_and_body_does_not_corroborate_itself() -> None:
    text = ("Israeli military says it struck a rocket launcher in Khiam\n"
            "An Israeli airstrike hit a rocket launcher in Khiam, southern Lebanon, on "
            "Tuesday, the Israel Defense Forces said.")
    found = [e for e in occurred(text) if e.code == "AIR_STRIKE"]
    assert [e.status for e in found] == ["reported"]
