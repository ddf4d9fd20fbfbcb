"""One party under several names: a claimant is compared by a key in which the country word
stands for its country ("Israeli" and "Israel" alike), a possessive "'s" and the order of
"X of COUNTRY" / "COUNTRY's X" / "COUNTRY X" make no difference, and the names of a country's
military ("army", "armed forces", "defense forces") are one. Different bodies of one country
("defense ministry" and "foreign ministry", "army" and "police") keep different keys."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ..nations import nation_codes
from .lexicon import read_data
from .names import ARTICLES

_MILITARY = "military"


@dataclass(frozen=True)
class _PartyWords:
    military: tuple[tuple[str, ...], ...]  # longest first
    spellings: dict[str, str]
    kinds: frozenset[str]
    members: frozenset[str]
    descriptors: frozenset[str]


@functools.cache
def _party_words() -> _PartyWords:
    data = read_data("parties.toml", "claims party lexicon")
    military = sorted((tuple(str(m).lower().split()) for m in data["military"]), key=len,
                      reverse=True)
    return _PartyWords(tuple(military), {str(k): str(v) for k, v in data["spellings"].items()},
                       frozenset(str(k).lower() for k in data["kinds"]),
                       frozenset(str(k).lower() for k in data["members"]),
                       frozenset(str(k).lower() for k in data["descriptors"]))


def _words(name: str) -> list[str]:
    """Lower-cased words, possessives and punctuation off, hyphenated words split ("Iran-backed"),
    articles, describing words before a name ("the paramilitary RSF") and a closing word for
    the kind of body ("the Islamic State group") dropped."""
    lexicon = _party_words()
    words = []
    for raw in name.lower().replace("\u2019", "'").replace("-", " ").split():
        word = raw.strip(",.;:()\"'").removesuffix("'s")
        if word and word not in ARTICLES:
            words.append(lexicon.spellings.get(word, word))
    while len(words) > 1 and words[0] in lexicon.descriptors:
        words.pop(0)
    words = [w for n, w in enumerate(words) if n == 0 or w not in lexicon.descriptors]
    if len(words) > 1 and words[-1] in lexicon.kinds:
        words.pop()  # "the Islamic State group" is "Islamic State"
    return words


def _singular(word: str) -> str:
    """ "houthis" → "houthi": names of a group and of its members compare in one number (both
    sides of a comparison lose the "s", so a name ending in one, "Hamas", still matches)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        else word


def _country(words: list[str]) -> tuple[str, list[str]]:
    """The code of the first country word or name in `words` and the words without it (and
    without the "of" before it: "armed forces of ukraine")."""
    codes = nation_codes()
    for size in (3, 2, 1):
        for at in range(len(words) - size + 1):
            code = codes.get(" ".join(words[at : at + size]))
            if code is None:
                continue
            rest = words[:at] + words[at + size :]
            if at > 0 and words[at - 1] == "of" and at + size == len(words):
                rest = words[: at - 1]
            return code, rest
    return "", words


def _body(words: list[str]) -> list[str]:
    """ "ministry of defense" → "defense ministry"; a name of the military → "military"."""
    if "of" in words and 0 < words.index("of") < len(words) - 1:
        at = words.index("of")
        words = words[at + 1 :] + words[:at]
    for name in _party_words().military:
        if tuple(words) == name:
            return [_MILITARY]
    return words


def party_key(name: str | None) -> str:
    """The key two names of one party share ("Israeli military", "Israel Defense Forces":
    "IL military"); a name with no country word is only lower-cased, its articles and
    possessive marks dropped."""
    words = _words(name or "")
    code, rest = _country(words)
    if not code:
        return " ".join(_plain(words))
    return " ".join([code, *_plain(_body(rest))])


def _plain(words: list[str]) -> list[str]:
    """The words of a name without a closing word for its members ("Houthi rebels" are the
    Houthis), the last one singular."""
    if len(words) > 1 and words[-1] in _party_words().members:
        words = words[:-1]
    return [*words[:-1], _singular(words[-1])] if words else words


def _initials(name: str) -> str:
    return "".join(w[0] for w in _words(name) if w != "of").upper()


def _acronym(short: str, long: str) -> bool:
    """Is `short` an acronym in capitals that `long` spells out ("IDF", "Israel Defense
    Forces"; "AFU", "the Armed Forces of Ukraine"; "the RSF", "the paramilitary Rapid
    Support Forces")?"""
    bare = short.strip()
    first, _, rest = bare.partition(" ")
    if first.lower() in ARTICLES:
        bare = rest.strip()
    return bare.isupper() and bare.isalpha() and len(bare) > 1 and len(long.split()) > 1 \
        and _initials(long) == bare


def party_keys(names: Sequence[str | None]) -> dict[str, str]:
    """The party key of each name; an acronym that another of the names spells out takes
    that name's key, so "IDF", "Israel Defense Forces" and "Israeli military" are one."""
    present = [n for n in names if n]
    keys = {n: party_key(n) for n in present}
    for short in present:
        long = next((n for n in present if _acronym(short, n)), None)
        if long is not None:
            keys[short] = keys[long]
    for name in present:
        with_country = _with_country(keys[name], set(keys.values()))
        if with_country is not None:
            keys[name] = with_country
    return keys


def _with_country(key: str, keys: set[str]) -> str | None:
    """The one key that is `key` with a country code before it ("houthi" and "YE houthi" for
    "the Houthis" and "Yemen's Houthi rebels"; "military" and "IL military" for "the military"
    and "the Israeli military"), or None when there is none or several ("the military" beside
    both "the Russian military" and "the Ukrainian military" is either)."""
    if not key or key.split()[0].isupper():
        return None
    found = {k for k in keys if k.endswith(" " + key) and k.split()[0].isupper()
             and len(k.split()) == len(key.split()) + 1}
    return found.pop() if len(found) == 1 else None


def same_party(first: str | None, second: str | None) -> bool:
    """Do the two names stand for one party (`party_keys`)?"""
    keys = party_keys([first, second])
    return keys.get(first or "", "") == keys.get(second or "", "")
