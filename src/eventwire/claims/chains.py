"""Who is behind a statement: the named claimant behind a pronoun, a title or a relay, their
role, the channel they used and the outlet that passed the claim on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..nations import nation_codes
from .gender import heard_genders, pronoun_gender, stated_gender
from .interviews import interviewee, is_answer
from .lexicon import CueLexicon, get_lexicon
from .names import ARTICLES, clean_name, ents_within, strip_article
from .proxies import Proxy, body_owner, person_owner, proxy_of
from .relays import issuer, relay_of, relayed_speaker, relays_cited, source_head
from .spans import DASHES, Found, noun_phrase
from .speakers import self_name
from .vague import country_of, vague_source

_ROLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct"})
#: Forms of address before a name, which say nothing of the speaker's role.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam", "monsieur",
                         "madame", "herr", "frau", "senor", "senora"})
_PLACE_PREPS = frozenset({"in", "to", "at", "near", "from", "into", "across", "over", "toward",
                          "towards", "outside", "around", "including"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})


@dataclass(frozen=True)
class Mention:
    """A named person somewhere in the document, with the role the text gives them."""

    name: str
    start: int  # char offset
    role: str | None
    gender: str | None = None  # "m" / "f" as the text states it ("Mrs.", "spokeswoman")
    #: (char offset, gender) of each "he"/"she" that can stand only for this person
    heard: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Body:
    """An organisation, a country, a nationality or a plural group of speakers ("local
    officials") named in the document: what "it", "they" or "the ministry" can stand for."""

    name: str
    start: int  # char offset
    plural: bool
    country: bool = False  # a place entity: "it" may stand for it, "they" may not


@dataclass(frozen=True)
class Chain:
    claimant: str | None
    role: str | None
    channel: str | None
    reported_by: str | None
    country: str | None = None  # what a nationality word in the claimant's words gives

def person_mentions(doc: Doc, lex: CueLexicon, speakers: list[int]) -> list[Mention]:
    """Every PERSON entity in text order, with its role, plus the proper-noun speakers (token
    indices of source heads) the entity tagger did not call persons."""
    spans = [split_title(e, lex) for e in doc.ents if e.label_ == "PERSON" and not _place_like(e)]
    covered = {i for span in spans for i in range(span.start, span.end)}
    for head in speakers:
        tok = doc[head]
        if head in covered or tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "NORP", "FAC"):
            continue
        name = _name_in(doc, (tok.left_edge.i, head), head)
        if name is not None and _looks_like_person(clean_name(name.text), lex):
            spans.append(split_title(name, lex))
    spans.sort(key=lambda span: span.start)
    mentions = []
    for sp in spans:
        role = role_of(sp)
        mentions.append(Mention(clean_name(sp.text), sp.start_char, role,
                                stated_gender(sp, role, lex)))
    return _with_heard(doc, mentions, lex)


def _person_keys(mentions: list[Mention]) -> list[str]:
    """Whose gender each mention tells: its own full name; a bare surname stands for the one
    full name ending in it, and for no one when several do ("Clinton" among "Bill Clinton"
    and "Hillary Clinton")."""
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        words = m.name.split()
        if len(words) > 1:
            by_surname.setdefault(words[-1].lower(), set()).add(m.name)
    keys = []
    for m in mentions:
        words = m.name.split()
        fuller = by_surname.get(words[0].lower(), set()) if len(words) == 1 else set()
        keys.append(next(iter(fuller)) if len(fuller) == 1 else m.name)
    return keys


def _with_heard(doc: Doc, mentions: list[Mention], lex: CueLexicon) -> list[Mention]:
    """The mentions with the earlier "he"/"she" each person was referred to by."""
    keys = _person_keys(mentions)
    heard = heard_genders(doc, [(k, m.start) for k, m in zip(keys, mentions, strict=True)], lex)
    return [replace(m, heard=tuple((at, g) for who, at, g in heard if who == key))
            for m, key in zip(mentions, keys, strict=True)]


def _gender_at(key: str, mentions: list[Mention], before: int) -> str | None:
    """The gender of a person as the text gives it before char offset `before` (a form of
    address or role anywhere, a pronoun only before it); none if unstated or mixed."""
    found: set[str] = set()
    for m, own_key in zip(mentions, _person_keys(mentions), strict=True):
        if own_key != key:
            continue
        if m.gender is not None:
            found.add(m.gender)
        found.update(g for at, g in m.heard if at < before)
    return found.pop() if len(found) == 1 else None


def body_mentions(doc: Doc, lex: CueLexicon) -> list[Body]:
    """Every organisation, country and nationality entity, and every plural speaker noun
    that is a subject ("Ukrainian officials said"), in text order."""
    bodies: list[Body] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.ent_iob_ == "B" and tok.ent_type_ in ("ORG", "GPE", "NORP"):
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            name = _body_name(doc[i:j])
            place = _place_like(doc[i:j], any_size=True)
            owner = _body_of(doc[i:j], lex)
            if owner is not None:  # "the government of Chad": the body, not the country
                bodies.append(Body(owner, doc[j - 1].idx, False))
            elif name and name.lower() not in lex.outlets and not place:
                # a nationality names a people ("the Russians"): plural; the rest singular
                bodies.append(Body(name, doc[j - 1].idx, tok.ent_type_ == "NORP",
                                   tok.ent_type_ == "GPE"))
            i = j
            continue
        if (tok.dep_ == "nsubj" and tok.tag_ == "NNS" and tok.lemma_.lower() in lex.speaker_nouns
                and not tok.ent_type_):
            start, end = noun_phrase(tok, cut_relative=True, avoid=tok.head.i)
            bodies.append(Body(strip_article(doc, start, end) or tok.text, tok.idx, True))
        i += 1
    return bodies


def _body_of(ent: Span, lex: CueLexicon) -> str | None:
    """ "the government of Chad", "the army of Mali": a country named as the owner of a
    body's noun; "it" later stands for the body."""
    prep = ent.root.head
    noun = prep.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "of" or noun.i >= prep.i \
            or noun.lemma_.lower() not in lex.body_heads or noun.ent_type_:
        return None
    start, end = noun_phrase(noun, cut_relative=True)
    return clean_name(strip_article(noun.doc, start, min(end, ent.end - 1))) or None


def _body_name(ent: Span) -> str:
    """The entity with the owner before it ("Russia's Defence Ministry")."""
    doc, root = ent.doc, ent.root
    owners = [c for c in root.children if c.dep_ == "poss" and c.i < ent.start]
    start = owners[0].left_edge.i if owners else ent.start
    return clean_name(strip_article(doc, start, ent.end - 1))


def _window_start(tok: Token, sentences: int = 3) -> int:
    """The char offset of the sentence `sentences` before the one holding `tok`."""
    sent = tok.sent
    for _ in range(sentences):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return sent.start_char


def _group_antecedent(tok: Token, bodies: Sequence[Body]) -> str | None:
    """ "they" → the nearest plural group or body, "it" → the nearest organisation or
    country, within the few sentences before the pronoun."""
    lo, hi = _window_start(tok), tok.idx
    near = [b for b in bodies if lo <= b.start < hi]
    if tok.lower_ in ("they", "their"):  # a plural group first, else a body spoken of as "they"
        fits = [b for b in near if b.plural] or [b for b in near if not b.country]
    else:
        fits = [b for b in near if not b.plural]
    return fits[-1].name if fits else None


def _titled_body(tok: Token, bodies: Sequence[Body]) -> str | None:
    """ "the ministry" → the nearest earlier organisation whose name holds the word ("the
    Defence Ministry", "Ministry of Defence")."""
    word = tok.lemma_.lower()
    fits = [b for b in bodies if b.start < tok.idx and not b.plural
            and word in (w.lower() for w in b.name.split())]
    return fits[-1].name if fits else None


def _kind_words(tok: Token, span: tuple[int, int], lex: CueLexicon) -> frozenset[str]:
    """The words that say which body of its kind a definite body noun in the source `span`
    is: its modifiers and the phrases after it ("the health ministry", "the interior ministry
    in Baghdad", "the ministry of health", "the regional administration"), lower case, less
    function words and words that only point back ("the same ministry")."""
    out: set[str] = set()
    for child in tok.children:
        if child.dep_ in ("det", "punct", "relcl", "acl", "appos") \
                or not span[0] <= child.i <= span[1]:
            continue
        out.update(_content_word(t) for t in child.subtree if span[0] <= t.i <= span[1])
    return frozenset(out) - {""} - lex.pointing_modifiers


def _content_word(tok: Token) -> str:
    if tok.is_stop or tok.is_punct or not tok.text[:1].isalnum():
        return ""
    return tok.lower_.removesuffix("\u2019s").removesuffix("'s")


def _same_kind_body(tok: Token, kind: frozenset[str], bodies: Sequence[Body]) -> str | None:
    """ "the health ministry" → the nearest earlier body whose name holds its noun and every
    word that says which one it is ("Gaza's Health Ministry"), never one of another kind
    ("Russia's defence ministry")."""
    word = tok.lemma_.lower()
    for body in reversed([b for b in bodies if b.start < tok.idx and not b.plural]):
        words = {w.lower().removesuffix("\u2019s").removesuffix("'s") for w in body.name.split()}
        if word in words and kind <= words:
            return body.name
    return None


def _place_like(name: Span, *, any_size: bool = False) -> bool:
    """A one-word "person" after a preposition of place ("a visit to Kyiv") is a place the
    tagger mislabelled; with `any_size`, any name after one is a place, not a speaker."""
    root = name.root
    doc = name.doc
    if name.end < len(doc) and doc[name.end].lower_ in _settlement_nouns():
        return True  # "in Lin Ta Lu village": a place's name, whatever the tagger said
    return ((any_size or len(name) == 1) and root.dep_ == "pobj"
            and root.head.lower_ in _PLACE_PREPS and not _according_to(root.head))


def _settlement_nouns() -> frozenset[str]:
    from ..places.mentions import lexicon

    return frozenset(lexicon().settlement_nouns)


def _according_to(prep: Token) -> bool:
    """ "according to the Ministry of Defence": the object is a speaker, not a place."""
    return prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"


def _looks_like_person(text: str, lex: CueLexicon) -> bool:
    """A capitalised name of one to four words that is no outlet and has no title word."""
    words = text.split()
    return (0 < len(words) <= 4 and all(w[:1].isupper() for w in words)
            and text.lower() not in lex.outlets
            and not any(w.lower() in lex.titles or w.lower() in lex.outlet_nouns for w in words))


def split_title(name: Span, lex: CueLexicon) -> Span:
    """ "Kharkiv Mayor Ihor Terekhov" tagged as one person → "Ihor Terekhov" (the title words
    stay in the text before it, where `role_of` finds them)."""
    if name.label_ != "PERSON":
        return name
    last_title = -1
    for k, tok in enumerate(name[:-1]):
        if tok.lower_ in lex.titles:
            last_title = k
    return name[last_title + 1 :] if last_title >= 0 else name


def role_of(name: Span) -> str | None:
    """The apposition ("X, the head of ...") or the title before the name ("regional Governor
    X"); for "the governor of Saratov, X" the NP the name stands in apposition to."""
    doc, head = name.doc, name.root
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and child.i >= name.end:
            start, end = noun_phrase(child, cut_relative=True)
            if _is_age(doc[start : end + 1]):
                continue  # "NAME, 34, said": an age, no role
            return strip_article(doc, start, _before_aside(doc, start, end)) or None
    if head.dep_ == "appos" and head.head.i < name.start and not any(
            "\n" in t.whitespace_ or t.is_space or t.text in DASHES and bool(t.whitespace_)
            for t in doc[head.head.i : name.start]):
        gov = _titled(head.head)  # (a heading or a dateline joined to the name is none)
        end = min(gov.right_edge.i, head.left_edge.i - 1)
        text = strip_article(doc, gov.left_edge.i, end)
        if text:
            return text
    start = _title_start(name)
    while start < name.start and doc[start].lower_.rstrip(".") in _HONORIFICS:
        start += 1  # "Mr. Obama": a form of address, no role
    if start < name.start and any(t.pos_ in ("NOUN", "PROPN") for t in doc[start : name.start]):
        return strip_article(doc, start, name.start - 1) or None
    return None


def _before_aside(doc: Doc, start: int, end: int) -> int:
    """The end of a role before a comma-set clause on a noun within it ("a spokesman for the
    hospital, where the bodies were taken": the clause tells of the hospital)."""
    for tok in doc[start + 1 : end + 1]:
        first = tok.left_edge.i
        if tok.dep_ == "relcl" and start < first - 1 and doc[first - 1].text == ",":
            return min(end, first - 2)
    return end


def _is_age(phrase: Span) -> bool:
    """A bare number set beside a name ("Olena Marchuk, 34,"): the person's age."""
    words = [t for t in phrase if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.like_num for t in words)


def _titled(gov: Token) -> Token:
    """The title noun whose place a name was set in apposition to ("the governor of Belgorod,
    NAME", "the head of the administration in the occupied part of Kherson region, NAME": the
    parser hangs the name on the last place); else `gov` itself."""
    titles = get_lexicon().titles
    cur = gov
    for _ in range(4):
        prep = cur.head
        if cur.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i >= prep.i:
            break
        cur = prep.head
        if cur.lemma_.lower() in titles:
            return cur
    return gov


def _title_start(name: Span) -> int:
    """The first of the title words before a name: each word hangs on the name, or on a title
    word that does ("Governor of Tula region Pavel Ostrov": "of Tula" hangs on "Governor")."""
    doc = name.doc
    start = name.start
    while start > 0:
        top = doc[start - 1]
        while top.head.i < name.start and top.head.i != top.i:
            top = top.head  # up to the word that hangs on the name
        if top.head.i not in range(top.i + 1, name.end) or top.dep_ not in _ROLE_DEPS \
                or top.dep_ == "poss" or doc[top.right_edge.i].tag_ == "POS" \
                or top.lower_ in ARTICLES or top.right_edge.i >= name.start \
                or top.left_edge.i >= start:
            break
        start = top.left_edge.i
        if doc[start].lower_ in ARTICLES:
            return start + 1
    return start


def _name_in(doc: Doc, span: tuple[int, int], head: int) -> Span | None:
    """The named entity a source NP is built on (the head's, else an apposed person)."""
    ents = ents_within(doc, span)
    for ent in ents:
        if ent.start <= head < ent.end:
            return ent
    for ent in ents:  # "the governor of the region, NAME", "a local aid group, NAME"
        if ent.root.dep_ == "appos" and _apposed_to(ent, head):
            return ent
    tok = doc[head]
    apposed = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                    and tok.pos_ == "NOUN" and head < c.i <= span[1] and not c.ent_type_), None)
    if apposed is not None:  # an untagged name: "a local relief group, the Nyala Committees"
        return doc[_after_article(doc, apposed.left_edge.i) : apposed.i + 1]
    if tok.pos_ == "PROPN" and not _described_common(tok) and not _bare_title(doc, span, head):
        titles = get_lexicon().titles
        left = head
        # "Kharkiv Mayor Ihor Terekhov" untagged: the name starts after the title word
        while left > span[0] and doc[left - 1].dep_ == "compound" \
                and doc[left - 1].pos_ == "PROPN" and doc[left - 1].lower_ not in titles:
            left -= 1
        return doc[left : head + 1]
    return None


def _described_common(tok: Token) -> bool:
    """A word in lower case the tagger took for a name, with an article or describing words
    on it ("the defence ministry"): a common noun, described, no name."""
    return tok.is_alpha and tok.text.islower() and any(
        c.dep_ in ("det", "poss", "compound", "amod") and c.i < tok.i for c in tok.children)


def _apposed_to(ent: Span, head: int) -> bool:
    """Is the name set beside the source's head, or beside a place or thing in an "of" phrase
    on it, as a person's name ("the governor of Belgorod, NAME") or as the proper name of what
    a common noun describes ("a local aid group, the Emergency Response Rooms")?"""
    gov = ent.root.head
    if ent.label_ == "PERSON":
        return _titled(gov).i == head
    return ent.label_ == "ORG" and gov.i == head and gov.pos_ == "NOUN" and gov.i < ent.start


def _after_article(doc: Doc, i: int) -> int:
    return i + 1 if doc[i].lower_ in ARTICLES else i


def _bare_title(doc: Doc, span: tuple[int, int], head: int) -> bool:
    """A capitalised title alone ("Governor says ...", "Minister warns"): a title, no name."""
    start = span[0] + (doc[span[0]].lower_ in ARTICLES)
    return start == head and doc[head].lower_ in get_lexicon().titles


def _full_name(short: str, mentions: list[Mention]) -> Mention | None:
    """The fullest earlier (else later) mention of the same person: "Kovalenko" → "Andriy
    Kovalenko", "Governor Busargin" → "Roman Busargin"; a body's name only within a fuller
    one that holds all its words ("Defence Ministry" is not the "Interior Ministry")."""
    words = short.lower().split()
    last = words[-1] if words else ""
    same = [m for m in mentions if m.name.split() and m.name.split()[-1].lower() == last]
    if last in get_lexicon().body_heads:  # "Security Council" in "UN Security Council" only
        same = [m for m in same if set(words) <= set(m.name.lower().split())]
    if not same:
        return None
    return max(same, key=lambda m: (len(m.name.split()), m.role is not None, -m.start))


def _role_for(name: str, mentions: list[Mention]) -> str | None:
    for mention in mentions:
        if mention.name == name and mention.role:
            return mention.role
    return None


def resolve_claimant(
    doc: Doc, span: tuple[int, int], head: int, mentions: list[Mention], lex: CueLexicon,
    bodies: Sequence[Body] = (),
) -> tuple[str | None, str | None]:
    """(claimant, role) for a source NP, or (None, None) when it names no one. Pronouns and
    bare titles resolve to the named person or body they stand for."""
    tok = doc[head]
    antecedent = _antecedent(tok) if span[0] == span[1] else None
    if antecedent is not None:  # "X, who said ...": the relative pronoun stands for X
        span, head, tok = noun_phrase(antecedent, cut_relative=True), antecedent.i, antecedent
        claimant, role = _resolve_named(doc, span, head, mentions, lex, bodies)
        return claimant or strip_article(doc, span[0], span[1]) or None, role
    return _resolve_named(doc, span, head, mentions, lex, bodies)


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause, or (when the
    parse attached the clause elsewhere) the noun just before it."""
    if tok.lower_ not in _RELATIVE:
        return None
    if tok.head.dep_ == "relcl":
        return tok.head.head
    doc = tok.doc
    i = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text != "," else tok.i - 2
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN"):
        return doc[i]
    return None


def _resolve_named(
    doc: Doc, span: tuple[int, int], head: int, mentions: list[Mention], lex: CueLexicon,
    bodies: Sequence[Body],
) -> tuple[str | None, str | None]:
    tok = doc[head]
    start_char = doc[span[0]].idx
    own = _own_name(tok, lex)
    if own is not None:  # "a group calling itself the Black Oak Brigade"
        return own, None
    name = _name_in(doc, span, head)
    if name is not None:
        name = split_title(name, lex)
        own_role = role_of(name) if name.label_ == "PERSON" or name.root.pos_ == "PROPN" else None
        text = clean_name(name.text)
        full = _full_name(text, mentions)
        # an untagged name is a person's when a fuller mention is, or when the person mentions
        # took it in (`person_mentions`: a speaker's name with no title word) and no owner
        # stands before it ("the Kawlin People's Defence Force" is a body's name)
        person = name.label_ == "PERSON" or (
            _looks_like_person(text, lex) and full is not None
            and (full.name != text or not name.label_
                 and not any(c.dep_ == "poss" for c in name.root.children)))
        if full is not None and person:
            return full.name, own_role or _role_for(full.name, mentions)
        if name.label_ in ("ORG", "GPE", "NORP", "FAC", "") and span[0] < name.start <= head:
            return _named_after_words(doc, span, name, head)
        return (text or None), own_role
    if span[0] == span[1] and tok.lower_ in lex.person_pronouns:
        return _person_before(tok, mentions, lex)
    if span[0] == span[1] and tok.lower_ in lex.group_pronouns:
        return _group_antecedent(tok, bodies), None
    proxy = proxy_of(doc, span, tok, lex)
    if proxy is not None:  # "a spokesman for the army", "his office": the party's claim
        party = _party_of(doc, proxy, tok, mentions, lex, bodies)
        if party is not None:
            return party
    owned = _owned_body(doc, span, tok, lex)
    if owned is not None:
        return owned, None
    vague = vague_source(doc, span, tok)
    if vague is not None:  # "a source close to the ministry", "Ukrainian officials"
        return vague
    lemma = tok.lemma_.lower()
    if lemma in lex.titles and tok.tag_ in ("NN", "NNP"):
        titled = [m for m in mentions if m.role and lemma in m.role.lower()]
        before = [m for m in titled if m.start < start_char]
        if before:
            return before[-1].name, before[-1].role
        if titled and _in_headline(tok):  # "Depot ablaze, governor says": named below
            return titled[0].name, titled[0].role
    if _common_singular(tok) and lemma in lex.speaker_nouns and _definite(tok):
        body = lemma in lex.body_heads
        kind = _kind_words(tok, span, lex) if body else frozenset()
        if kind:  # "the health ministry in Kyiv": its own claimant, unless named before
            return _same_kind_body(tok, kind, bodies) or strip_article(doc, *span) or None, None
        # "the army", "the ministry" named nowhere else: the body the description names
        return _titled_body(tok, bodies) or _described_before(tok, span, lex) or (
            clean_name(strip_article(doc, *span)) or None if body else None), None
    if lemma in lex.titles and _common_singular(tok) and _definite(tok):
        return _described_before(tok, span, lex), None
    if span[0] == span[1] and _mistagged_name(tok):
        return tok.text, None  # "Houthis claim attack on ship" (tagged as a pronoun)
    return None, None


def _person_before(tok: Token, mentions: list[Mention], lex: CueLexicon,
                   since: int = 0) -> tuple[str | None, str | None]:
    """(name, role) of the last person named before a "he", "she" or "his" (and from char
    offset `since` on) whose gender (if the text gives one) agrees."""
    start_char = tok.idx
    want = pronoun_gender(tok.lower_, lex)
    keys = _person_keys(mentions)
    earlier = [(m, k) for m, k in zip(mentions, keys, strict=True)
               if since <= m.start < start_char]
    for mention, key in reversed(earlier):
        full = _full_name(mention.name, mentions) or mention
        if want is None or _gender_at(key, mentions, start_char) in (None, want):
            return full.name, _role_for(full.name, mentions)
    return None, None


def _party_of(doc: Doc, proxy: Proxy, tok: Token, mentions: list[Mention], lex: CueLexicon,
              bodies: Sequence[Body]) -> tuple[str, str] | None:
    """(claimant, role) for a speaker for a party: the party, resolved as a source is ("his"
    → the person named before, "its" → the body, "the ministry" → the ministry named before),
    with the speaker's words as its role. "The army spokesman" after "army spokesman X"
    stands for X; "his" only for a person named in its sentence or the one before."""
    owner = doc[proxy.head]
    if proxy.party == (owner.i, owner.i) and person_owner(owner):
        # "..., his office said": a person named in the same sentence or the one before
        party = _person_before(owner, mentions, lex, _window_start(owner, 1))[0]
    elif proxy.party == (owner.i, owner.i) and body_owner(owner):
        party = _group_antecedent(owner, bodies)
    else:
        party = _resolve_named(doc, proxy.party, proxy.head, mentions, lex, bodies)[0] \
            or clean_name(strip_article(doc, *proxy.party)) or None
    if party is None:
        return None
    if _definite(tok):
        named = _titled_speaker(tok, party, mentions)
        if named is not None:
            return named
    return party, proxy.role


def _titled_speaker(tok: Token, party: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """The person named before with the speaker's title for the same party ("Army spokesman
    Nabil Hamed" for "the army spokesman", "the spokesman for the army")."""
    word = tok.lemma_.lower()
    last = party.lower().split()[-1]
    for mention in reversed([m for m in mentions if m.start < tok.idx and m.role]):
        role = (mention.role or "").lower().split()
        if word in role and last in role:
            return mention.name, mention.role or ""
    return None


def _common_singular(tok: Token) -> bool:
    """A singular common noun, also one the tagger took for a name in lower case ("the
    defence ministry" with "ministry" as a proper noun)."""
    return tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.text.islower()


def _mistagged_name(tok: Token) -> bool:
    """A capitalised word the tagger took for a pronoun or determiner that is none ("Houthis"
    at the head of a headline)."""
    return tok.pos_ in ("PRON", "DET") and tok.text[:1].isupper() and not tok.is_stop \
        and tok.is_alpha and len(tok.text) > 2


def _named_after_words(doc: Doc, span: tuple[int, int], name: Span,
                       head: int) -> tuple[str | None, str | None]:
    """(claimant, role) for a body's name with words before it in the source: after a noun
    or a "-backed" word that says what it is ("state broadcaster RTB", "the militant group
    Hamas", "Iran-backed Hezbollah"), the name, with those words its role; after an owner
    ("Russia's defence ministry"), the whole phrase up to its head."""
    ahead = doc[name.start - 1]
    if ahead.tag_ in ("NN", "NNS") or ahead.tag_ == "VBN" and name.start - 2 > span[0] \
            and doc[name.start - 2].text == "-":
        return clean_name(name.text) or None, strip_article(doc, span[0], name.start - 1) or None
    return strip_article(doc, span[0], head) or None, None


def _owned_body(doc: Doc, span: tuple[int, int], tok: Token, lex: CueLexicon) -> str | None:
    """ "The Israeli military", "Ukraine's air force", "the UK Maritime Trade Operations
    agency": a body's common noun that a country, a nationality or an organisation named
    before it makes one known body; fighters only with their group's name before them
    ("Yemen's Houthi rebels", not "Syrian rebels"). The words up to the noun name it."""
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ != "NOUN":
        return None
    if words & lex.body_heads:
        namers: tuple[str, ...] = ("GPE", "NORP", "ORG")
    elif words & lex.fighter_heads:
        namers = ("ORG",)
    else:
        return None
    if not any(t.ent_type_ in namers for t in doc[span[0] : tok.i]):
        return None
    return strip_article(doc, span[0], tok.i) or None


def _described_before(tok: Token, span: tuple[int, int], lex: CueLexicon) -> str | None:
    """ "the governor" after "the governor of the Kursk region", "the group" after "a group
    calling itself Free Coast": the nearest fuller mention of the same noun, a few sentences
    back, names the one meant (by the name it gives itself, else by its description)."""
    doc = tok.doc
    if span != (tok.i - 1, tok.i):
        return None  # only a bare "the governor"
    lo = _window_start(tok)
    for prior in reversed(doc[: tok.i - 1]):
        if prior.idx < lo:
            break
        if prior.lemma_ != tok.lemma_ or prior.pos_ != "NOUN":
            continue
        own = _own_name(prior, lex)
        if own is not None:
            return own
        if any(c.dep_ in ("amod", "compound") or c.dep_ == "prep" and c.lower_ == "of"
               for c in prior.children):
            start, end = noun_phrase(prior, cut_relative=True)
            return strip_article(doc, start, end) or None
    return _country_body_before(tok, lex)


def _country_body_before(tok: Token, lex: CueLexicon) -> str | None:
    """ "the army" in a story that named "Sudan's army" or "the Sudanese army" earlier: a bare
    body noun stands for the one body of that kind the text has named with its country as
    owner, however far back ("the military" for an army, as the two name one party); for
    none when it named two ("Sudan's army" and "Chad's army") or one owned by a name that
    is no country's."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.body_heads:
        return None
    kinds = _MILITARY_NOUNS if lemma in _MILITARY_NOUNS else frozenset({lemma})
    doc = tok.doc
    named: dict[str, str] = {}  # the owner's country code ("" for none) -> the first name
    for prior in doc[: tok.i - 1]:
        if prior.pos_ != "NOUN" or prior.lemma_.lower() not in kinds:
            continue
        owner = _owner_of(prior)
        if owner is not None:
            start = _after_article(doc, min(owner.left_edge.i, prior.i))
            named.setdefault(_country_code(owner), strip_article(doc, start, prior.i))
    if len(named) != 1 or "" in named:
        return None
    return next(iter(named.values())) or None


#: Nouns of a country's military as a whole, which name one party (`parties.py`).
_MILITARY_NOUNS = frozenset({"army", "military"})


def _owner_of(noun: Token) -> Token | None:
    """The name owning a body noun: "Sudan's" (a "'s" before it), or a nationality or
    country right before it ("the Sudanese army", "the Mali army")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.head.i == noun.i and before.dep_ in ("amod", "compound") \
            and before.ent_type_ in ("NORP", "GPE"):
        return before
    return None


def _country_code(owner: Token) -> str:
    """The country code of an owner, by name or by nationality ("Mali", which the tagger may
    take for a person; "Sudanese"), else the name of a place the tagger knows ("Gaza");
    "" when it is none."""
    name = owner.doc[owner.left_edge.i : owner.i + 1].text.lower()
    codes = nation_codes()
    found = codes.get(name) or codes.get(owner.lower_)
    if found is None and owner.ent_type_ == "GPE":
        found = name
    return found or ""


def _own_name(tok: Token, lex: CueLexicon) -> str | None:
    """The name a speaker gives itself in a clause on its noun ("a cell that calls itself
    Free Coast")."""
    for child in tok.children:
        if child.dep_ in ("acl", "relcl") and child.i > tok.i:
            pred = self_name(child, lex)
            if pred is not None:
                start, end = noun_phrase(pred)
                return strip_article(tok.doc, start, end) or None
    return None


def _in_headline(tok: Token) -> bool:
    """Is the token in a first line that the body of the text follows (a headline, which
    names people by title and leaves their names to the report)?"""
    text = tok.doc.text
    end = text.find("\n")
    return 0 <= tok.idx < end and bool(text[end:].strip())


def _definite(tok: Token) -> bool:
    """ "the ministry", "the regional administration", "the enclave's civil defence agency":
    a body the text has named before, or one its possessor makes definite."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               or (c.dep_ == "poss" and c.pos_ == "NOUN") for c in tok.children)


def _reaches(tok: Token, roots: set[int]) -> bool:
    """Is `tok` an object of a preposition that hangs (within a few steps) off one of `roots`?"""
    cur = tok
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "pobj":
        return False
    for _ in range(6):
        if cur.i in roots:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _on_posted_work(tok: Token, cue: Token) -> bool:
    """Does the word hang on the cue or on the work it puts out, with no clause between
    ("posted a video on Telegram that showed ...": the platform of the video)?"""
    for above in tok.ancestors:
        if above.i == cue.i:
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


def channel(doc: Doc, item: Found, lex: CueLexicon) -> str | None:
    """A platform or form the statement was made through, named in a prepositional phrase on
    the cue, its governing verb or the source ("wrote on Telegram", "In a post on Telegram",
    "X, who took to social media", "said in a statement")."""
    cue = doc[item.cue_head]
    roots = {cue.i, item.source_head, cue.head.i}
    sent = cue.sent
    words = [t.lower_ for t in sent]
    best: tuple[int, int, str] | None = None
    by_first_word = lex.channels_by_first_word
    for offset, word in enumerate(words):
        phrases = by_first_word.get(word)
        if phrases is None:
            continue
        tok = sent[offset]
        if item.content[0] <= tok.i <= item.content[1] and not _on_posted_work(tok, cue):
            continue
        for phrase, shown in phrases:
            if tuple(words[offset : offset + len(phrase)]) != phrase:
                continue
            if phrase == ("x",) and tok.text != "X":
                continue
            if not _reaches(doc[tok.i + len(phrase) - 1], roots):
                continue
            rank = 1 if " ".join(phrase) in lex.generic_channels else 0
            key = (rank, abs(tok.i - item.cue_head), shown)
            if best is None or key < best:
                best = key
            break
    return None if best is None else best[2]


def chain_for(doc: Doc, item: Found, mentions: list[Mention], lex: CueLexicon,
              bodies: Sequence[Body] = ()) -> Chain:
    """The claimant (with role and the country its words give it), channel and relay of a
    statement."""
    relayed = relayed_speaker(doc, item, lex)
    words: tuple[tuple[int, int], int] | None = None  # the claimant's own words, and head
    if item.cited is not None and item.cited_span is not None and relays_cited(doc, item, lex):
        claimant, role = resolve_claimant(doc, item.cited_span, item.cited, mentions, lex,
                                          bodies)
        words = (item.cited_span, item.cited)
        if claimant is None:  # "citing the regional emergency service": no article
            claimant = strip_article(doc, *item.cited_span) \
                or doc[item.cited_span[0] : item.cited_span[1] + 1].text
    elif (giver := issuer(doc, item, lex)) is not None:
        span = noun_phrase(giver, cut_relative=True)
        claimant, role = resolve_claimant(doc, span, giver.i, mentions, lex, bodies)
        claimant = claimant or strip_article(doc, *span) or None
    elif relayed is not None:
        span = noun_phrase(relayed, cut_relative=True)
        claimant, role = resolve_claimant(doc, span, relayed.i, mentions, lex, bodies)
        claimant, words = claimant or strip_article(doc, *span) or None, (span, relayed.i)
    elif is_answer(doc, item, lex):  # "A: ...": the one interviewed, else no one
        person = interviewee(doc, item.source[0], lex)
        claimant, role = (None, None) if person is None else resolve_claimant(
            doc, noun_phrase(person, cut_relative=True), person.i, mentions, lex, bodies)
    else:
        head = source_head(doc, item)
        claimant, role = resolve_claimant(doc, item.source, head, mentions, lex, bodies)
        words = (item.source, head)
    country = None if claimant is None or words is None else country_of(doc, *words)
    return Chain(claimant, role, channel(doc, item, lex), relay_of(doc, item, lex), country)

