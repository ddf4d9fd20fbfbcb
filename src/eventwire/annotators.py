"""Table-driven stand-ins for two of the spaCy model's rule components, same output, less time.

The English model ends its tagging with two rule components: `attribute_ruler` (about 180
one- and two-token Matcher patterns that map fine tags to coarse POS and morphology) and the
rule `lemmatizer`. Both are pure functions of annotations the model's networks have already
set. On news text the Matcher is the slow part: it tries every pattern at every token, about
a tenth of all spaCy time, as long as the parser. Here the same patterns are compiled into
column tests over `Doc.to_array`, and lemmas are memoised on (ORTH, POS, MORPH), the key the
stock lemmatizer caches on.

Exactness is the contract: `tests/test_annotators.py` compares every token attribute with the
stock components. A pattern this module cannot compile (quantifiers, regular expressions,
extension attributes) makes `compile_attribute_ruler` return None and the stock component runs.
Neither component reads what NER writes, and NER reads only lexical features, so both can run
after NER.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Token attributes a compiled pattern may test: all are plain columns of `Doc.to_array`.
MATCHABLE = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT")
# Of those, the ones that hold a string id, so that a REGEX can be tested on the string.
STRING_VALUED = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA"})
TAKEOVER = ("attribute_ruler", "lemmatizer")


@dataclass(frozen=True)
class TokenTest:
    """One attribute test of one pattern token: value in `values` (or not, if `negated`)."""

    column: int
    values: tuple[int, ...]
    negated: bool

    def mask(self, table: np.ndarray) -> np.ndarray:
        column = table[:, self.column]
        hit = column == self.values[0] if len(self.values) == 1 else np.isin(column, self.values)
        return ~hit if self.negated else hit


@dataclass(frozen=True)
class RegexTest:
    """A REGEX test: the attribute's string, searched as the Matcher does (`re.search`)."""

    column: int
    pattern: re.Pattern[str]
    strings: Any  # the vocab's StringStore

    def mask(self, table: np.ndarray) -> np.ndarray:
        column = table[:, self.column]
        values = np.unique(column)
        hits = [v for v in values.tolist() if self.pattern.search(self.strings[v])]
        return np.isin(column, hits)


MaskMemo = dict[TokenTest | RegexTest, np.ndarray]


@dataclass(frozen=True)
class CompiledRule:
    """Every pattern of one `AttributeRuler.add` call, the token it writes and what."""

    patterns: tuple[tuple[tuple[TokenTest | RegexTest, ...], ...], ...]
    index: int
    attrs: tuple[tuple[int, int], ...]

    def targets(self, table: np.ndarray, masks: MaskMemo) -> np.ndarray:
        """Indices of the tokens this rule writes in a Doc whose columns are `table`."""
        found = [self._pattern_targets(tests, table, masks) for tests in self.patterns]
        return np.unique(np.concatenate(found)) if len(found) > 1 else found[0]

    def _pattern_targets(
        self,
        tests: tuple[tuple[TokenTest | RegexTest, ...], ...],
        table: np.ndarray,
        masks: MaskMemo,
    ) -> np.ndarray:
        width, length = len(tests), len(table)
        if length < width:
            return np.empty(0, dtype=np.int64)
        match = np.ones(length - width + 1, dtype=bool)
        for offset, token_tests in enumerate(tests):
            for test in token_tests:
                mask = masks.get(test)
                if mask is None:
                    mask = masks[test] = test.mask(table)
                match &= mask[offset : offset + length - width + 1]
        starts = np.flatnonzero(match)
        return starts + (self.index if self.index >= 0 else width + self.index)


@dataclass(frozen=True)
class CompiledAttributeRuler:
    """The model's attribute ruler as column tests; call it on a Doc like the component."""

    attribute_ids: tuple[int, ...]
    rules: tuple[CompiledRule, ...]
    written: tuple[int, ...]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array(list(self.attribute_ids)).reshape(len(doc), -1)
        columns = doc.to_array(list(self.written)).reshape(len(doc), -1).copy()
        where = {attr: i for i, attr in enumerate(self.written)}
        masks: MaskMemo = {}  # one Doc's test results: many rules share a test (TAG == VBZ)
        # Rules apply in the order they were added: a later rule overwrites an earlier one,
        # as the stock component's sorted matches do. All tests read the Doc as it came in.
        for rule in self.rules:
            targets = rule.targets(table, masks)
            if targets.size:
                for attr, value in rule.attrs:
                    columns[targets, where[attr]] = value
        doc.from_array(list(self.written), cast(Any, columns))
        return doc


class MemoLemmatizer:
    """The model's rule lemmatizer, memoised on (ORTH, POS, MORPH) for a whole process."""

    def __init__(self, lemmatize: Callable[[Any], list[str]], vocab: Vocab) -> None:
        self._lemmatize = lemmatize
        self._vocab = vocab
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma:  # set before (the stock component does not overwrite either)
                continue
            key = (orth, pos, morph)
            value = self._memo.get(key)
            if value is None:
                value = self._vocab.strings.add(self._lemmatize(doc[i])[0])
                self._memo[key] = value
            lemmas[i] = value
        doc.from_array([LEMMA], cast(Any, lemmas))
        return doc


def compile_attribute_ruler(ruler: Any, vocab: Vocab) -> CompiledAttributeRuler | None:
    """Column tests for every pattern of a stock `AttributeRuler`, or None if one will not go."""
    from spacy.attrs import IDS

    names = [name for name in MATCHABLE if name in IDS]
    attribute_ids = tuple(IDS[name] for name in names)
    rules: list[CompiledRule] = []
    for entry, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True):
        rule = _compile_rule(entry["patterns"], attrs, index, names, vocab)
        if rule is None:
            return None
        rules.append(rule)
    written = tuple(sorted({attr for rule in rules for attr, _ in rule.attrs}))
    return CompiledAttributeRuler(attribute_ids, tuple(rules), written)


def _compile_rule(
    patterns: Sequence[Sequence[Mapping[str, Any]]],
    attrs: Mapping[Any, Any],
    index: int,
    names: list[str],
    vocab: Vocab,
) -> CompiledRule | None:
    if not all(isinstance(attr, int) and isinstance(value, int) for attr, value in attrs.items()):
        return None  # extension attributes ("_") and unnormalised values stay with spaCy
    compiled = []
    for pattern in patterns:
        if not pattern or not -len(pattern) <= index < len(pattern):
            return None
        tokens = [_compile_token(spec, names, vocab) for spec in pattern]
        if any(token is None for token in tokens):
            return None
        compiled.append(tuple(token for token in tokens if token is not None))
    if not compiled:
        return None
    return CompiledRule(tuple(compiled), index, tuple(sorted(attrs.items())))


def _compile_token(
    spec: Mapping[str, Any], names: list[str], vocab: Vocab
) -> tuple[TokenTest | RegexTest, ...] | None:
    tests: list[TokenTest | RegexTest] = []
    for key, wanted in spec.items():
        name = key.upper()
        if name not in names:
            return None
        test = _compile_test(names.index(name), wanted, vocab, name in STRING_VALUED)
        if test is None:
            return None
        tests.append(test)
    return tuple(tests)


def _compile_test(
    column: int, wanted: Any, vocab: Vocab, string_valued: bool
) -> TokenTest | RegexTest | None:
    if isinstance(wanted, dict):
        if len(wanted) != 1:
            return None
        ((operator, values),) = wanted.items()
        if operator == "REGEX" and string_valued and isinstance(values, str):
            return RegexTest(column, re.compile(values), vocab.strings)
        if operator not in ("IN", "NOT_IN") or not isinstance(values, list) or not values:
            return None
        codes = [_value_code(value, vocab) for value in values]
        if any(code is None for code in codes):
            return None
        return TokenTest(column, tuple(c for c in codes if c is not None), operator == "NOT_IN")
    code = _value_code(wanted, vocab)
    return None if code is None else TokenTest(column, (code,), False)


def _value_code(value: Any, vocab: Vocab) -> int | None:
    """The integer the Matcher compares with: a string's id (symbols keep theirs), a flag's 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return int(vocab.strings.add(value))
    return None


def takeover(nlp: Language) -> tuple[Callable[[Doc], Doc], ...] | None:
    """The stand-ins for the model's attribute ruler and lemmatizer, in pipeline order, or None
    when the model's pipeline does not end with them as expected (then spaCy runs its own)."""
    names = list(nlp.pipe_names)
    if names[-3:-1] != list(TAKEOVER) or names[-1] != "ner":
        return None
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return None
    ruler = compile_attribute_ruler(nlp.get_pipe("attribute_ruler"), nlp.vocab)
    if ruler is None:
        return None
    return ruler, MemoLemmatizer(lemmatizer.lemmatize, nlp.vocab)


def annotate(doc: Doc, stages: Iterable[Callable[[Doc], Doc]]) -> Doc:
    """Run the stand-in stages over one Doc that spaCy parsed without them."""
    for stage in stages:
        doc = stage(doc)
    return doc
