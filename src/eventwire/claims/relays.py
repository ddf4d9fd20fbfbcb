"""Who passed a statement on: the outlet that relays it ("quoted by TASS", "according to
Reuters", "told state media", "in an interview with the BBC"), and the speaker whose words an
outlet or a statement relays ("X said ..., according to TASS", "citing police")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon
from .names import clean_name, ents_within, strip_article
from .spans import Found, noun_phrase
from .speakers import QUOTING, can_speak
from .unverified import CHECKING

_RELAY_NOUNS = frozenset({"report", "media", "dispatch", "bulletin"})
#: Participles whose agent passes a statement on: "quoted by", "carried by", "cited by"
#: ("carried", "published", "aired" only with an outlet as agent).
_RELAYING = frozenset({"quote", "carry", "cite", "publish", "air", "broadcast", "relay"})


def relay_of(doc: Doc, item: Found, lex: CueLexicon) -> str | None:
    """The outlet that passed the statement on, wherever the text names it. An outlet telling
    of its own checking ("Reuters could not independently verify the claims") passes on no
    one's words: it speaks for itself."""
    if any(t.lemma_.lower() in CHECKING for t in doc[item.cue[0] : item.cue[1] + 1]) \
            and is_outlet(doc, item.source, lex) or _of_itself(doc, item, lex):
        return None
    return reported_by(doc, item, lex) or _relay_after(doc, item, lex) \
        or _interviewer(doc, item, lex)


#: Words by which a statement speaks of its speaker: "our", "we" always; "its" when no noun
#: before it in the statement could be what it stands for ("one of its camera operators").
_FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves"})
_ITS = frozenset({"its", "itself"})
#: Media an outlet speaks through in its own name only.
_OWN_MEDIA = frozenset({"statement", "release"})


def _of_itself(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    """Does an outlet that is the source speak for itself, of itself or its people ("Al
    Jazeera said one of its camera operators was among the wounded", "the agency said its
    office had been hit", "Reuters said in a statement"), rather than pass on the news? It
    is then the claimant, and relays nothing."""
    speaker = doc[source_head(doc, item)]
    if speaker.ent_type_ == "PERSON" or speaker.pos_ == "PRON" \
            or not is_outlet(doc, item.source, lex):
        return False  # (a person of an outlet speaks of themselves, not of the outlet)
    cue = doc[item.cue_head]
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _OWN_MEDIA
                                    for g in c.children) for c in cue.children):
        return True
    content = doc[item.content[0] : item.content[1] + 1]
    name = entity_text(doc, item.source, lex)
    if name is not None and name.lower() in content.text.lower():
        return True  # "a Reuters photographer was wounded, Reuters said"
    for tok in content:
        if tok.lower_ in _FIRST_PERSON:
            return True
        if tok.lower_ in _ITS:
            return not any(t.pos_ in ("NOUN", "PROPN") for t in doc[content.start : tok.i])
    return False


def entity_text(doc: Doc, span: tuple[int, int], lex: CueLexicon) -> str | None:
    """The name inside a token range that best names a relay or speaker: a known outlet, else
    an organisation, a person, any other entity, else the first proper-noun run."""
    ents = ents_within(doc, span)
    rank = {"ORG": 1, "PERSON": 2, "FAC": 3, "GPE": 4, "NORP": 5}
    root = doc[span[0] : span[1] + 1].root.i
    if ents:  # of two organisations, the one the phrase is built on ("Kremlin-run Channel One")
        best = min(ents, key=lambda e: (clean_name(e.text).lower() not in lex.outlets,
                                        rank.get(e.label_, 6), not e.start <= root < e.end,
                                        e.start))
        if best.label_ not in ("GPE", "NORP"):
            return clean_name(best.text)
    props = [t for t in doc[span[0] : span[1] + 1] if t.pos_ == "PROPN"]
    if props:
        head = props[-1]
        run = [t for t in props if head.i - t.i < 4 and all(
            doc[k].pos_ == "PROPN" for k in range(t.i, head.i + 1))]
        return doc[run[0].i : head.i + 1].text
    return clean_name(ents[0].text) if ents else None


def is_outlet(doc: Doc, span: tuple[int, int], lex: CueLexicon) -> bool:
    text = entity_text(doc, span, lex)
    if text is not None and text.lower() in lex.outlets:
        return True
    return any(outlet_noun(t, lex) for t in doc[span[0] : span[1] + 1])


def outlet_noun(tok: Token, lex: CueLexicon) -> bool:
    """ "newspaper", "broadcaster"; "agency" only as a news agency ("state news agency", not
    "military intelligence agency")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.marked_outlet_nouns:
        return any(c.lower_ in lex.news_marks for c in tok.lefts)
    # "media" has the lemma "medium"; as a modifier ("a media request") it heads nothing
    return lemma in lex.outlet_nouns or tok.lower_ in lex.outlet_nouns and tok.dep_ != "compound"


def described_outlet(doc: Doc, span: tuple[int, int], lex: CueLexicon) -> bool:
    """Outlets named by what they are ("local media", "Russian news agencies", "a
    pro-Kremlin channel"), not by a name: the outlet noun heads the source with a describing
    word before it."""
    head = next((t for t in doc[span[0] : span[1] + 1] if outlet_noun(t, lex)
                 and t.head.i not in range(span[0], span[1] + 1)), None)
    return head is not None and any(
        c.dep_ in ("amod", "compound") and c.tag_ in ("JJ", "NN", "NNP", "NNPS", "HYPH")
        for c in head.lefts)


def reported_by(doc: Doc, item: Found, lex: CueLexicon) -> str | None:
    """The outlet or agency that relays the statement, if the text names one."""
    head = doc[item.source_head]
    # the source less a relative clause, which names others ("Saba, which the rebels run")
    source = (item.source[0], max(item.source[0], min(
        item.source[1], noun_phrase(head, cut_relative=True)[1])))
    giver = issuer(doc, item, lex)  # "a report from the regional administration": no outlet
    if (head.lemma_.lower() in _RELAY_NOUNS or head.lower_ in _RELAY_NOUNS
            or is_outlet(doc, source, lex)) \
            and (giver is None or is_outlet(doc, noun_phrase(giver), lex)):
        name = entity_text(doc, source, lex)
        if name is not None and name.lower() not in lex.outlets \
                and _nationality(doc, source, name) \
                or name is None and described_outlet(doc, source, lex):
            # "Russian news agencies", "local media": the outlets are named by the phrase
            return strip_article(doc, *source) or name
        if name is not None:
            return name
    if relays_cited(doc, item, lex):
        return entity_text(doc, item.source, lex) or doc[item.source[0] : item.source[1] + 1].text
    quoted = _quoted_by(doc, item, lex)
    if quoted is not None:
        return entity_text(doc, quoted, lex) or doc[quoted[0] : quoted[1] + 1].text
    cue = doc[item.cue_head]
    for child in cue.children:
        if child.dep_ in ("dative", "dobj") and child.i != item.source_head:
            span = noun_phrase(child)
            if span[0] <= item.content[1] and item.content[0] <= span[1]:
                continue  # "criticized the media for ...": what is said, no relay
            if is_outlet(doc, span, lex):
                # "told state media", "told local media": the outlets named by the phrase
                return entity_text(doc, span, lex) or (
                    strip_article(doc, *span) if described_outlet(doc, span, lex) else None)
    return None


def _nationality(doc: Doc, span: tuple[int, int], name: str) -> bool:
    """Is `name` only a place or a nationality in the span ("Russian media")?"""
    return any(e.label_ in ("GPE", "NORP") and clean_name(e.text) == name
               for e in ents_within(doc, span))


def _quoted_by(doc: Doc, item: Found, lex: CueLexicon) -> tuple[int, int] | None:
    """The agent of a quoting verb in the cue ("was quoted by TASS as saying", "TASS quoted X
    as saying"), or of a participle on the source or its medium (`_relaying_participle`):
    who relays."""
    head = doc[item.cue_head]
    if head.dep_ == "pcomp" and head.head.lower_ == "as" \
            and head.head.head.lemma_.lower() in QUOTING:  # "TASS quoted X as saying"
        relay = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
        if relay is not None:  # ("Saba, which the rebels run, quoted": not the rebels)
            return noun_phrase(relay, cut_relative=True)
    cue = doc[item.cue[0] : item.cue[1] + 1]
    for tok in cue:
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in QUOTING:
            obj = next((g for g in tok.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return noun_phrase(obj)
    if any(t.lemma_.lower() in QUOTING for t in cue):
        # "was quoted as saying by Interfax": the parser hangs the agent on "saying"
        for tok in cue:
            by = next((c for c in tok.children if c.lower_ == "by"
                       and c.dep_ in ("agent", "prep") and c.i > item.cue[1]), None)
            obj = None if by is None else next((g for g in by.children if g.dep_ == "pobj"),
                                               None)
            if obj is not None:
                return noun_phrase(obj)
    return _relaying_participle(doc, item, lex)


def _relaying_participle(doc: Doc, item: Found, lex: CueLexicon) -> tuple[int, int] | None:
    """ "The mayor, quoted by Interfax, said", "said in a statement carried by RIA Novosti":
    the agent of a relaying participle on the source or on the medium the cue names."""
    cue = doc[item.cue_head]
    for tok in cue.sent:
        lemma = tok.lemma_.lower()
        if tok.dep_ not in ("acl", "advcl", "amod") or lemma not in _RELAYING \
                or not (_on_source(tok, item) or _on_medium(tok, cue, lex)):
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if obj is not None and (lemma in QUOTING or is_outlet(doc, noun_phrase(obj), lex)):
                return noun_phrase(obj)
    return None


def _on_source(participle: Token, item: Found) -> bool:
    return item.source[0] <= participle.head.i <= item.source[1]


def _on_medium(participle: Token, cue: Token, lex: CueLexicon) -> bool:
    """ "said in a statement carried by ...", "in comments aired by ...": a participle on the
    medium or the words the cue names."""
    medium = participle.head
    return medium.lemma_.lower() in lex.media | lex.statement_nouns \
        and medium.head.dep_ == "prep" and medium.head.head.i == cue.i


def relaying_according(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    """Is the source of "according to" a relay of another's words: an outlet ("according to
    TASS", "a translation by Reuters") or a statement or document ("a statement released by
    the group")?"""
    head = doc[item.source_head]
    return is_outlet(doc, item.source, lex) or head.lemma_.lower() in lex.stand_ins \
        or head.lemma_.lower() in lex.media


def named_relay(doc: Doc, span: tuple[int, int]) -> bool:
    """Is the phrase after a closing "according to" a named organisation or person ("JNIM
    claimed the attack, according to the SITE Intelligence Group"), which passes on the
    words of the speaker before it as an outlet does?"""
    return any(e.label_ in ("ORG", "PERSON") for e in ents_within(doc, span)) or any(
        t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC", "DATE")
        for t in doc[span[0] : span[1] + 1])


def relayed_speaker(doc: Doc, item: Found, lex: CueLexicon) -> Token | None:
    """ "X said ..., according to TASS": the subject of the reporting verb that "according
    to" hangs on, when that verb lies in the content; the one whose words are relayed."""
    if item.kind != "according" or not relaying_according(doc, item, lex):
        return None
    verb = doc[item.cue_head].head
    at = item.cue[0]
    if at >= 2 and doc[at - 1].text == "," and doc[at - 2].lemma_.lower() in lex.cue_verbs:
        verb = doc[at - 2]  # "..., X said, according to ...": whatever the parse hung it on
    if verb.lemma_.lower() not in lex.cue_verbs or not item.content[0] <= verb.i <= item.content[1]:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"
                 and item.content[0] <= c.i <= item.content[1]), None)


def _relay_after(doc: Doc, item: Found, lex: CueLexicon) -> str | None:
    """ "X said ..., according to TASS": the outlet after the reporting verb relays X."""
    if item.kind == "according":
        return None
    end = item.cue[1]
    after = [doc[end + 2]] if end + 2 < len(doc) and doc[end + 1].text == "," else []
    if item.cue_head < item.content[0]:  # "X said A had done B, according to TASS"
        after += [c for t in doc[item.content[0] : item.content[1] + 1] for c in t.children
                  if c.i > item.content[1]]
    for prep in [*doc[item.cue_head].children, *after]:
        if prep.lower_ != "according" or prep.i < item.cue_head:
            continue
        to = next((c for c in prep.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if pobj is not None:
            span = noun_phrase(pobj, cut_relative=True)
            if is_outlet(doc, span, lex):
                # "told state media", "told local media": the outlets named by the phrase
                return entity_text(doc, span, lex) or (
                    strip_article(doc, *span) if described_outlet(doc, span, lex) else None)
            if named_relay(doc, span):
                return entity_text(doc, span, lex)
    return None


def _interviewer(doc: Doc, item: Found, lex: CueLexicon) -> str | None:
    """ "said in an interview with Reuters": the outlet that held the interview relays it."""
    for prep in doc[item.cue_head].children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() != "interview":
                continue
            for with_ in (c for c in noun.children if c.lower_ == "with"):
                pobj = next((c for c in with_.children if c.dep_ == "pobj"), None)
                if pobj is not None and is_outlet(doc, (span := noun_phrase(pobj)), lex):
                    return entity_text(doc, span, lex)
    return None


def issuer(doc: Doc, item: Found, lex: CueLexicon) -> Token | None:
    """ "according to a statement from the regional administration", "a statement released by
    the Israeli military said": who put out the statement or document the source is."""
    head = doc[source_head(doc, item)]
    if head.lemma_.lower() not in lex.statement_nouns | lex.documents | lex.media:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            preps = [child]
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "released by", "issued by"
            preps = [c for c in child.children if c.dep_ == "agent"]
        else:
            continue
        for prep in preps:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and item.source[0] <= obj.i <= item.source[1] \
                    and can_speak(obj, lex):
                return obj
    return None


def relays_cited(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    """Does the source pass on what it cites: an outlet citing anything ("TASS, citing the
    ministry's report"), or anyone citing a speaker ("the governor, citing police")? A body
    citing a record or report ("the ministry said, citing intelligence reports") still
    speaks for itself."""
    if item.cited is None:
        return False
    cited = doc[item.cited]
    return is_outlet(doc, item.source, lex) or cited.pos_ in ("PROPN", "PRON") \
        or cited.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or cited.lemma_.lower() in lex.speaker_nouns


def source_head(doc: Doc, item: Found) -> int:
    """The head of the source; when the parse hung the name on a word the source leaves out (a
    dateline: "KYIV (Reuters) - Ukraine's air force said"), the head of what the source holds."""
    start, end = item.source
    if start <= item.source_head <= end:
        return item.source_head
    return doc[start : end + 1].root.i
