"""Document-level consolidation on hand-written multi-sentence reports, through the real
pipeline: back-references, restatements, headlines, commentary, denials, figures of the next
sentence, and confidence."""

from __future__ import annotations

from eventwire.events.document import support
from eventwire.pipeline import extract
from eventwire.records import Event


def events(text: str, published: str = "2024-05-20") -> list[Event]:
    return list(extract(text, published=published).events)


def occurred(text: str) -> list[Event]:
    return [e for e in events(text) if e.modality == "occurred"]


def from_sentence(found: list[Event], text: str, sentence: str) -> list[Event]:
    """Events with code evidence inside `sentence` of `text`."""
    start = text.index(sentence)
    end = start + len(sentence)
    return [e for e in found if any(ev.field == "code" and start <= ev.span[0] < end
                                    for ev in e.evidence)]


# --- back-references -------------------------------------------------------------------------


def test_back_reference_is_merged_into_the_event_it_names() -> None:
    text = ("Gunmen stormed a police station in Garissa, Kenya, on Tuesday, killing four "
            "officers, police said.\n"
            "The attack lasted two hours, a witness told reporters.")
    found = occurred(text)
    assert len(found) == 1
    assert from_sentence(found, text, "The attack lasted")  # its evidence was kept
    assert any("witness" in (c.claimant or "") for c in found[0].claims)


def test_another_attack_stays_an_event_of_its_own() -> None:
    text = ("Gunmen attacked a checkpoint near Mandera, Kenya, on Monday, killing two soldiers.\n"
            "Another attack hit a bus station in Garissa on Tuesday, police said.")
    assert len(occurred(text)) == 2


def test_a_separate_incident_is_not_merged() -> None:
    text = ("Airstrikes hit a market in Idlib, Syria, on Monday, killing nine people.\n"
            "Separately, airstrikes hit a bakery, rescuers said.")
    assert len([e for e in occurred(text) if e.code == "AIR_STRIKE"]) == 2


def test_a_denial_owned_by_a_country_contests_the_event_it_refers_to() -> None:
    text = ("A blast destroyed a fuel train at the Dzhankoi depot in Crimea on Tuesday, "
            "the local governor said.\n"
            "Ukraine's military denied any role and said the blast came from a careless "
            "welder.")
    found = [e for e in occurred(text) if e.code == "REM_EXPLOS"]
    assert len(found) == 1  # "Ukraine's" names who denies, not where the blast was
    assert found[0].status == "contested"
    assert all(p.name != "Ukraine" for p in found[0].places)


def test_back_reference_inside_a_denial_gives_no_event() -> None:
    text = ("Russian artillery shelled Donetsk on Monday, killing three civilians, the mayor "
            "said.\n"
            "The Ukrainian defence ministry did not comment on the shelling.")
    found = events(text)
    assert len(found) == 1
    assert not from_sentence(found, text, "did not comment")


# --- restatements ----------------------------------------------------------------------------


def test_restatement_with_same_or_coarser_place_is_one_event() -> None:
    text = ("Drones struck a fuel depot in the Belgorod region of Russia on Sunday, the governor "
            "said.\n"
            "A series of drone strikes had hit targets across Russia, a Ukrainian official "
            "added.")
    found = [e for e in occurred(text) if e.code == "AIR_STRIKE"]
    assert len(found) == 1
    claimants = " ".join(c.claimant or "" for c in found[0].claims)
    assert "governor" in claimants and "official" in claimants


def test_strikes_on_two_different_cities_stay_apart() -> None:
    text = ("Drones struck an oil refinery in Volgograd on Sunday, the governor said.\n"
            "Drones also struck a power station in Tver on Sunday, officials said.")
    found = [e for e in occurred(text) if e.code == "AIR_STRIKE"]
    assert len(found) == 2
    assert {p.text for e in found for p in e.places} >= {"Volgograd", "Tver"}


# --- headline --------------------------------------------------------------------------------


def test_headline_is_folded_into_the_body_event() -> None:
    text = ("Soldiers Killed In Ambush Near Gao\n"
            "Gunmen ambushed an army patrol near Gao in Mali on Monday, killing six soldiers, "
            "the army said.")
    found = occurred(text)
    assert len(found) == 1
    assert from_sentence(found, text, "Soldiers Killed In Ambush Near Gao")
    assert found[0].fatalities == 6


# --- commentary and denials ------------------------------------------------------------------


def test_commentary_about_violence_in_general_gives_no_event() -> None:
    text = ("Police fired tear gas at protesters in Harare, Zimbabwe, on Monday.\n"
            "Observers have long warned that such violence could escalate.")
    found = events(text)
    assert found
    assert not from_sentence(found, text, "Observers have long warned")


def test_nobody_claiming_an_attack_is_no_claim_of_responsibility() -> None:
    text = ("Gunmen ambushed a convoy near Kidal, Mali, on Sunday, killing five soldiers.\n"
            "No group has claimed responsibility for the ambush.")
    found = occurred(text)
    assert found
    assert all(e.code != "ATTRIB" for e in found)


# --- figures of the next sentence ------------------------------------------------------------


def test_casualties_of_the_next_sentence_go_to_the_event_before() -> None:
    text = ("Missiles struck a railway depot in Dnipro, Ukraine, on Thursday, the governor "
            "said.\n"
            "Two workers were killed and five were injured at the depot, he added.")
    found = occurred(text)
    assert len(found) == 1
    assert (found[0].fatalities, found[0].injuries) == (2, 5)


def test_running_totals_are_not_the_event_casualties() -> None:
    text = ("Missiles struck a railway depot in Dnipro, Ukraine, on Thursday, the governor "
            "said.\n"
            "More than 300 people have been killed in the region since the war began.")
    strikes = [e for e in occurred(text) if e.code == "ART_MISS_ATTACK"]
    assert strikes
    assert all(e.fatalities != 300 for e in strikes)


# --- confidence ------------------------------------------------------------------------------


def test_support_grows_confidence_but_stays_below_one() -> None:
    assert 0.6 < support(0.6, 0.4) < 1.0
    assert support(0.6, 0.4) < support(support(0.6, 0.4), 0.4)
    assert support(0.2, 0.9) >= 0.9


def test_main_event_has_the_highest_confidence() -> None:
    text = ("Rebels attacked an army base near Beni, Congo, on Friday, killing ten soldiers, "
            "the army said.\n"
            "Police later arrested three suspects in Goma.\n"
            "Separately, hundreds of students marched in Kinshasa to demand lower fees.")
    found = occurred(text)
    assert len(found) >= 2
    main = from_sentence(found, text, "Rebels attacked an army base")
    assert main
    assert main[0].confidence == max(e.confidence for e in found)


# --- responsibility ----------------------------------------------------------------------------


def _links(found: list[Event]) -> dict[str, set[tuple[str, str]]]:
    codes = {e.event_id: e.code for e in found}
    return {e.code: {(r.relation, codes.get(r.event_id, "?")) for r in e.related}
            for e in found}


def test_a_claim_of_responsibility_is_linked_to_the_strike_it_claims() -> None:
    found = occurred("The Volna unit claimed responsibility for a drone strike on an oil "
                     "terminal in Tuapse overnight.")
    links = _links(found)
    assert ("responsibility_for", "AIR_STRIKE") in links["ATTRIB"]
    assert ("responsibility_claim", "ATTRIB") in links["AIR_STRIKE"]


def test_a_claim_dated_by_its_statement_refers_to_the_attack_before_it() -> None:
    text = ("Gunmen attacked a bus depot in Wajir on Monday, killing three guards.\n"
            "A militant group claimed responsibility for that raid in a statement on "
            "Wednesday.")
    found = occurred(text)
    assert len(found) == 2  # the attack named in the claim is the one before
    claim = next(e for e in found if e.code == "ATTRIB")
    host = next(e for e in found if e.code != "ATTRIB")
    assert [(r.relation, r.event_id) for r in claim.related] == [
        ("responsibility_for", host.event_id)]


def test_a_later_claim_without_an_object_refers_to_the_event_reported_before() -> None:
    text = ("A roadside bomb hit an army convoy near Kidal on Sunday, killing two soldiers.\n"
            "The insurgents later claimed responsibility.")
    links = _links(occurred(text))
    assert any(rel == "responsibility_claim" for rel, _ in links["REM_EXPLOS"])


def test_the_group_claiming_an_attack_is_its_actor_where_none_is_named() -> None:
    text = ("Gunmen ambushed a police patrol near Gao on Tuesday, killing two officers.\n"
            "The Islamic State Sahel Province later claimed responsibility for the ambush.")
    found = occurred(text)
    host = next(e for e in found if e.code != "ATTRIB")
    assert host.actor1 is not None and "Islamic State" in host.actor1.name
    assert any(ev.field == "actor1" and "claimed" in text[ev.span[1]:] for ev in host.evidence)


def test_an_accuser_lends_no_actor_to_the_attack() -> None:
    text = ("Drones struck a gas plant in Orenburg on Saturday.\n"
            "Moscow blamed Kyiv for the attack.")
    strike = next(e for e in occurred(text) if e.code == "AIR_STRIKE")
    assert strike.actor1 is None or "Russia" not in strike.actor1.name


def test_a_unit_with_a_name_takes_no_country_from_the_place_it_struck() -> None:
    text = "The Azov brigade claimed responsibility for a drone strike on a depot in Tuapse."
    found = occurred(text)
    assert found
    for event in found:
        assert event.actor1 is None or event.actor1.country != "RU"
    named = "Ukraine's Azov brigade claimed responsibility for a drone strike in Tuapse."
    assert any(e.actor1 is not None and e.actor1.country == "UA" for e in occurred(named))


def test_a_denial_of_involvement_is_linked_too() -> None:
    text = ("Shelling hit a hospital in Kherson on Friday, wounding four nurses.\n"
            "Russia's defence ministry denied involvement in that shelling.")
    found = events(text)
    claims = [e for e in found if e.code == "ATTRIB"]
    assert claims and claims[0].related



def test_blaming_a_party_for_an_attack_is_a_claim_of_responsibility() -> None:
    text = ("Drones struck a gas plant in Orenburg on Saturday.\n"
            "Moscow blamed Kyiv for the attack and promised a response.")
    found = occurred(text)
    links = _links(found)
    assert ("responsibility_for", "AIR_STRIKE") in links["ATTRIB"]
    strike = next(e for e in found if e.code == "AIR_STRIKE")
    assert all(p.name != "Kyiv" for p in strike.places)  # the party blamed is no place


def test_blaming_something_that_is_no_violent_event_is_no_claim() -> None:
    text = ("Drones struck a gas plant in Orenburg on Saturday.\n"
            "Airport officials blamed the fog for the delays to flights.")
    assert all(e.code != "ATTRIB" for e in events(text))


def test_comments_on_strikes_in_general_are_no_walk_out_and_no_attack() -> None:
    assert events("Kyiv rarely comments on strikes deep inside Russia.") == []


def test_a_habit_about_a_kind_of_event_is_no_event() -> None:
    assert events("The ministry seldom confirms raids on its fuel depots.") == []


def test_going_on_strike_is_still_a_walk_out() -> None:
    assert [e.code for e in events("Dock workers in Mombasa went on strike on Monday.")] == [
        "PEACE_PROTEST"]


# --- sources naming different perpetrators ---------------------------------------------------


def test_sides_naming_different_perpetrators_contest_the_attack() -> None:
    text = ("Shelling hit a water pumping station in Vasylivka on Sunday.\n"
            "The Russian-installed governor said Ukrainian forces had shelled the station. "
            "Kyiv said Russian troops were responsible for the shelling.")
    found = [e for e in occurred(text) if e.code == "ART_MISS_ATTACK"]
    assert [e.status for e in found] == ["contested"]


def test_sources_naming_the_same_perpetrator_do_not_contest_it() -> None:
    text = ("Russian forces shelled Marhanets on Monday, killing a tractor driver, regional "
            "governor Ivan Sokil said.\n"
            "The regional police also reported that the driver was killed in the shelling.")
    found = [e for e in occurred(text) if e.code == "ART_MISS_ATTACK"]
    assert [e.status for e in found] == ["corroborated"]
    assert found[0].actor1 is not None and found[0].actor1.country == "RU"


def test_other_subjects_in_a_statement_are_not_its_perpetrator() -> None:
    text = ("Russian forces shelled a grain silo in Ochakiv on Sunday.\n"
            "The mayor said Ukrainian medics worked through the night as Russian forces "
            "shelled the silo. Kyiv said Russian troops shelled the silo for hours.")
    found = [e for e in occurred(text) if e.code == "ART_MISS_ATTACK"]
    assert found and all(e.status != "contested" for e in found)


def test_forces_named_without_a_country_agree_with_any_side() -> None:
    text = ("Shelling hit a pumping station in Vasylivka on Sunday.\n"
            "The regional governor said Russian forces had shelled the station. "
            "Local officials said troops were responsible for the shelling.")
    found = [e for e in occurred(text) if e.code == "ART_MISS_ATTACK"]
    assert found and all(e.status != "contested" for e in found)


def test_sides_blaming_different_perpetrators_contest_the_attack_and_the_blame() -> None:
    text = ("Artillery shelled a bus station in Vasylivka on Monday, the town administration "
            "said. The administration blamed Ukrainian forces for the shelling. Kyiv blamed "
            "Russian troops for the shelling.")
    found = occurred(text)
    attack = [e for e in found if e.code == "ART_MISS_ATTACK"]
    blame = [e for e in found if e.code == "ATTRIB"]
    assert [e.status for e in attack] == ["contested"]
    assert blame and all(e.status == "contested" for e in blame)


def test_a_headline_event_that_took_in_its_body_event_is_kept() -> None:
    text = ("Gunmen kill villagers in Niger\n\n"
            "Gunmen killed at least 20 people in an attack on a village near Tillaberi on "
            "Tuesday, a local official told AFP.\n\n"
            "The army blamed jihadists, while a local militia accused the army of failing to "
            "protect the village.")
    found = occurred(text)
    assert [e.code for e in found if e.code != "ATTRIB"] == ["ATTACK"]
