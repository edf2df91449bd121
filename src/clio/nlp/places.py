"""Places: find toponyms in a Doc and resolve them to gazetteer entries (``doc._.locations``).

Finding (here, with spaCy) and resolving (:mod:`clio.geo.resolve`, pure) are separate steps:

1. candidates are the model's GPE/LOC entities, "<demonym> border/region/..." phrases
   ("the Ukrainian border") and "X County"/"X Parish" names; leading "the" and compass words
   ("western Tigray") are left out of the looked-up name; a place written right after a comma
   ("Paris, Texas", "Alexandria, La.") qualifies the one before it;
2. every mention with gazetteer candidates is resolved with the whole document as context.

:func:`location_for_sentence` picks the place where a sentence's event happens: the toponym
governed by a locative preposition ("in Beijing", "on the Ukrainian border").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from clio.geo.gazetteer import Gazetteer, iso3, load_gazetteer, normalize_name
from clio.geo.resolve import Mention, resolve_mentions
from clio.nlp.extensions import in_noise
from clio.records import Location

PLACE_LABELS = ("GPE", "LOC")
COMPASS_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "central",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "upper",
        "lower",
        "greater",
    ]
)
# Nouns after a demonym that make it a place: "the Ukrainian border", "Syrian territory".
DEMONYM_PLACE_NOUNS = frozenset(
    [
        "border",
        "borders",
        "frontier",
        "territory",
        "territories",
        "coast",
        "coastline",
        "side",
        "capital",
        "airspace",
        "waters",
        "soil",
        "mainland",
        "countryside",
    ]
)
ADMIN2_SUFFIXES = ("County", "Parish", "Borough")
LOCATIVE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "near",
        "on",
        "inside",
        "outside",
        "across",
        "along",
        "throughout",
        "within",
        "around",
        "off",
        "over",
    ]
)
# How far up the parse from a toponym we look for its preposition ("in the city of Kyiv").
MAX_HEAD_STEPS = 4


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # character offsets of the mention as written
    end: int
    name: str  # the name to look up
    kind_hint: str | None = None
    country: str | None = None  # ISO2, for demonym phrases


def _trim(span: SpacySpan) -> SpacySpan:
    """Drop a leading determiner and compass words: "the western Tigray" -> "Tigray"."""
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].lower_ in COMPASS_WORDS or span.doc[start].lower_ == "the"
    ):
        start += 1
    end = span.end
    while end > start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


def _entity_mentions(doc: Doc, gazetteer: Gazetteer) -> list[_Found]:
    found: list[_Found] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        span = _trim(ent)
        text = span.text
        # "Alexandria, La." tagged as one entity: the head is the place, the rest qualifies it.
        if ", " in text and not gazetteer.lookup(text):
            head = text.split(", ", 1)[0]
            found.append(_Found(span.start_char, span.start_char + len(head), head))
            tail_start = span.start_char + len(head) + 2
            tail = doc.text[tail_start : span.end_char]
            found.append(_Found(tail_start, span.end_char, tail))
            continue
        hint = "adm2" if span[-1].text in ADMIN2_SUFFIXES else None
        found.append(_Found(span.start_char, span.end_char, text, kind_hint=hint))
    return found


def _demonym_mentions(doc: Doc, gazetteer: Gazetteer) -> list[_Found]:
    found = []
    for token in doc[:-1]:
        if not token.is_title:
            continue
        following = doc[token.i + 1]
        if following.lower_ not in DEMONYM_PLACE_NOUNS:
            continue
        cc = gazetteer.demonym_country(token.text)
        if cc is not None:
            found.append(_Found(token.idx, following.idx + len(following.text), token.text, country=cc))
    return found


def _qualifiers(doc: Doc, found: list[_Found], gazetteer: Gazetteer) -> dict[int, tuple[int, ...]]:
    """Mention index -> candidates of the place written right after it after a comma."""
    qualifiers: dict[int, tuple[int, ...]] = {}
    for i in range(len(found) - 1):
        this, following = found[i], found[i + 1]
        between = doc.text[this.end : following.start]
        if between.strip() == ",":
            ids = tuple(
                q for q in gazetteer.lookup(following.name) if gazetteer.place(q).kind in ("country", "adm1")
            )
            if ids:
                qualifiers[i] = ids
    return qualifiers


def _candidates(found: _Found, gazetteer: Gazetteer) -> tuple[int, ...]:
    if found.country is not None:
        country = gazetteer.country(found.country)
        return () if country is None else (country,)
    ids = gazetteer.lookup(found.name)
    if not ids and found.name[:1].isupper() and " " not in found.name:
        # Counties are often written without their suffix ("Avoyelles deputies").
        for suffix in ADMIN2_SUFFIXES[:2]:
            ids = gazetteer.lookup(f"{found.name} {suffix}")
            if ids:
                break
    return ids


def find_locations(doc: Doc, gazetteer: Gazetteer) -> list[Location]:
    """The toponyms of ``doc`` resolved against ``gazetteer``, in text order, noise skipped."""
    found = [f for f in _entity_mentions(doc, gazetteer) + _demonym_mentions(doc, gazetteer)]
    found = [f for f in found if f.end > f.start and not in_noise(doc, f.start, f.end)]
    found.sort(key=lambda f: (f.start, -f.end))
    deduped: list[_Found] = []
    for f in found:
        if deduped and f.start < deduped[-1].end:
            continue  # overlaps the previous, longer mention
        deduped.append(f)
    qualifiers = _qualifiers(doc, deduped, gazetteer)
    mentions = []
    kept: list[_Found] = []
    for i, f in enumerate(deduped):
        candidates = _candidates(f, gazetteer)
        if not candidates:
            continue
        key = f"country:{f.country}" if f.country else normalize_name(f.name)
        mentions.append(Mention(key, candidates, qualifiers.get(i, ()), f.kind_hint))
        kept.append(f)
    choices = resolve_mentions(gazetteer, mentions)
    locations = []
    for f, choice in zip(kept, choices, strict=True):
        if choice is None:
            continue
        place = gazetteer.place(choice)
        locations.append(
            Location(
                text=doc.text[f.start : f.end],
                span=(f.start, f.end),
                name=place.name,
                country=iso3(place.cc),
                lat=place.lat,
                lon=place.lon,
                geonameid=place.id,
            )
        )
    return locations


def _governing_preposition(token: Token, sent: SpacySpan) -> Token | None:
    """The locative preposition whose object contains ``token``, if any."""
    current = token
    for _ in range(MAX_HEAD_STEPS):
        head = current.head
        if head is current or not (sent.start <= head.i < sent.end):
            return None
        if current.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
            return head
        if current.dep_ in ("pobj", "compound", "amod", "nmod", "poss", "appos", "conj", "prep", "npadvmod"):
            current = head
            continue
        return None
    return None


def location_for_sentence(doc: Doc, sent: SpacySpan) -> Location | None:
    """Where the event of ``sent`` happens: its first toponym governed by a locative preposition
    ("in Beijing", "on the Ukrainian border", "at talks in Ankara"), else None."""
    for location in doc._.locations or []:
        start, end = location.span
        if start < sent.start_char or end > sent.end_char:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if _governing_preposition(span.root, sent) is not None:
            return location
    return None


class PlaceComponent:
    """Writes ``doc._.locations`` (list[Location]); the gazetteer is loaded once per process."""

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = find_locations(doc, self.gazetteer)
        return doc


@Language.factory("clio_places", assigns=["doc._.locations"])
def make_places(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
