"""The accuracy gate: pinned results on the golden corpus and floors on the dev data.

A drop below a floor fails the build. Floors sit a little under the figures measured when they
were set (quoted in the README); raise them as the extractor improves, never lower them to pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.seeds import evaluate_seeds
from support import DATA, REPO, require

#: ACLED dev notes: floors on the figures of `eventwire eval acled`.
ACLED_FLOORS = {
    "code_accuracy": 0.929,
    "event_type_accuracy": 0.948,
    "weighted_f1": 0.932,
    "date_exact": 0.978,
    "fatalities_exact": 0.975,
    "within_10km": 0.608,
    "admin1_agreement": 0.884,
    "actor1_agreement": 0.60,
}


@pytest.fixture(scope="module")
def seeds_result(seeds_dir: Path) -> dict:  # type: ignore[type-arg]
    return evaluate_seeds(seeds_dir)


def failures(result: dict, kind: str) -> list[str]:  # type: ignore[type-arg]
    return [f"{c['key']}: {c['detail']}" for c in result["checks"]
            if c["kind"] == kind and not c["ok"]]


def test_every_required_seed_event_is_found(seeds_result: dict) -> None:  # type: ignore[type-arg]
    assert failures(seeds_result, "required") == []
    assert seeds_result["summary"]["required"]["total"] == 10


def test_no_must_not_sentence_yields_an_occurred_event(seeds_result: dict) -> None:  # type: ignore[type-arg]
    assert failures(seeds_result, "must_not") == []


def test_seed_facts_places_and_claims(seeds_result: dict) -> None:  # type: ignore[type-arg]
    assert failures(seeds_result, "fact") == []


#: The project's own golden corpus (tests/fixtures/corpus): required events found, at least.
CORPUS_REQUIRED_FLOOR = 7


def test_project_corpus_floor() -> None:
    result = evaluate_seeds(REPO / "tests" / "fixtures" / "corpus")
    summary = result["summary"]
    assert failures(result, "must_not") == []
    assert summary["required"]["ok"] >= CORPUS_REQUIRED_FLOOR, failures(result, "required")


@pytest.mark.slow
def test_acled_dev_floors() -> None:
    from eventwire.evaluate.acled import evaluate_acled

    result = evaluate_acled(require(DATA / "acled-2020-dev" / "acled.csv"))
    below = {k: round(result[k], 3) for k, floor in ACLED_FLOORS.items() if result[k] < floor}
    assert below == {}, f"below the floor: {below}"


#: LGL geoparsing corpus: floors on `eventwire eval lgl`.
LGL_FLOORS = {"recall": 0.81, "accuracy_161km": 0.855}


@pytest.mark.slow
def test_lgl_floors() -> None:
    from eventwire.evaluate.lgl import evaluate_lgl

    result = evaluate_lgl(require(DATA / "lgl-dev" / "lgl.xml"))
    below = {k: round(result[k], 3) for k, floor in LGL_FLOORS.items() if result[k] < floor}
    assert below == {}, f"below the floor: {below}"
