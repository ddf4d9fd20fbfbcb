"""The PolNeAR scorer: brat parsing and matching on a written example, and a small run on the
dev data when ../shared is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.polnear import (
    evaluate_polnear,
    format_polnear,
    load_gold,
    match_counts,
    parse_ann,
)

ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 30;35 40\tthe dam broke ... today\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
)


def test_parse_ann_joins_fragments() -> None:
    spans = parse_ann(ANN)
    assert spans["Source"] == ((0, 9),)
    assert spans["Cue"] == ((10, 14),)
    assert spans["Content"] == ((15, 40),)


def test_match_counts_exact_ignores_edge_punctuation() -> None:
    text = 'He said "the dam broke." Then'
    gold = [(8, 24)]
    assert match_counts(text, gold, [(9, 23)], exact=True) == (1, 1, 1)
    assert match_counts(text, gold, [(9, 16)], exact=True) == (0, 1, 1)
    assert match_counts(text, gold, [(9, 16)], exact=False) == (1, 1, 1)
    assert match_counts(text, gold, [(0, 2)], exact=False) == (0, 1, 1)


def test_a_cue_that_is_only_a_colon_overlaps_the_same_colon() -> None:
    text = "MAYOR: The dam held."
    assert match_counts(text, [(5, 6)], [(5, 6)], exact=False) == (1, 1, 1)
    assert match_counts(text, [(5, 6)], [(5, 6)], exact=True) == (1, 1, 1)
    assert match_counts(text, [(5, 6)], [(0, 5)], exact=False) == (0, 1, 1)


def test_missing_folder_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError):
        evaluate_polnear(tmp_path)


def test_small_dev_run(data_dir: Path) -> None:
    path = data_dir / "polnear-dev" / "dev"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    result = evaluate_polnear(path, limit=3)
    assert result["articles"] == 3
    for role in ("source", "cue", "content"):
        for mode in ("exact", "overlap"):
            scores = result[role][mode]
            assert 0.0 <= scores["f1"] <= 1.0
            assert scores["gold"] > 0
    assert result["cue"]["overlap"]["f1"] > 0.3
    table = format_polnear(result)
    assert "Content" in table and "overlap" in table


def _write_article(folder: Path, name: str, text: str, anns: dict[str, str]) -> None:
    (folder / "text").mkdir(parents=True, exist_ok=True)
    (folder / "attributions").mkdir(exist_ok=True)
    (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    for annotator, ann in anns.items():
        (folder / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")


def test_several_annotators_give_an_agreement_ceiling(tmp_path: Path) -> None:
    text = "The warden said the gate held. Farmers, the mayor added, fled at dawn."
    first = ("T1\tSource 0 10\tThe warden\nT2\tCue 11 15\tsaid\n"
             "T3\tContent 16 29\tthe gate held\n"
             "T4\tSource 40 49\tthe mayor\nT5\tCue 50 55\tadded\n"
             "T6\tContent 31 70\tFarmers ... dawn\n")
    # the second annotator left out the mayor's remark
    second = ("T1\tSource 0 10\tThe warden\nT2\tCue 11 15\tsaid\n"
              "T3\tContent 16 29\tthe gate held\n")
    _write_article(tmp_path, "dam", text, {"a1": first, "b2": second})
    _write_article(tmp_path, "solo", "Nothing was said.", {"a1": ""})
    articles = {a.name: a for a in load_gold(tmp_path)}
    assert articles["dam"].spans["Cue"] == ((11, 15), (50, 55))
    assert articles["dam"].others[0]["Cue"] == ((11, 15),)
    assert articles["solo"].others == ()
    result = evaluate_polnear(tmp_path)
    agreement = result["agreement"]
    assert agreement["articles"] == 1 and agreement["annotators"] == 2
    humans = agreement["humans"]["cue"]["exact"]
    # each way round: one of the two cues agreed, so 1 matched of 2 + 1 predicted and gold
    assert (humans["matched"], humans["predicted"], humans["gold"]) == (2, 3, 3)
    assert humans["f1"] == pytest.approx(2 / 3)
    assert "several annotators" in format_polnear(result)


@pytest.mark.slow
def test_full_dev_scores_do_not_regress(data_dir: Path) -> None:
    path = data_dir / "polnear-dev" / "dev"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    result = evaluate_polnear(path)
    assert result["articles"] == 84
    # floors a little under the measured figures: a guard against regressions
    assert result["source"]["exact"]["f1"] >= 0.830
    assert result["source"]["exact"]["precision"] >= 0.878
    assert result["cue"]["exact"]["f1"] >= 0.786
    assert result["cue"]["overlap"]["f1"] >= 0.841
    assert result["content"]["exact"]["f1"] >= 0.662
    assert result["content"]["overlap"]["f1"] >= 0.853
    assert result["content"]["overlap"]["recall"] >= 0.797
    agreement = result["agreement"]  # the two articles that six annotators marked
    assert agreement["articles"] == 2
    assert agreement["humans"]["cue"]["exact"]["f1"] > 0.8
