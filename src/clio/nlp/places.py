"""Places: find toponyms in a Doc and resolve them to gazetteer entries (``doc._.locations``).

Finding (here, with spaCy) and resolving (:mod:`clio.geo.resolve`, pure) are separate steps.

1. Find. A mention is a name in the gazetteer that is
   - a GPE/LOC entity of the model ("western Tigray" looks up "Tigray");
   - a demonym (NORP): "Russian", "Palestinians", "the Ukrainian border" -> the country;
   - another entity or a run of proper nouns with a cue: a preposition or verb before it ("in
     Gainesville", "struck Kharkiv and Odesa"), a noun after it ("Alexandria woman"), a region after
     a comma ("Greer, S.C."), or a dateline ("COLUMBUS, Ohio --");
   - the leading place of an organisation ("Rapides Parish Fire District", "U.S. Army");
   - another occurrence of a name already taken as a place (one sense per discourse).
   Surnames of people named in the document ("Bill Taylor" ... "Taylor") are not read as towns.
2. Resolve every mention with the whole document as context; a place written right after a comma
   ("Paris, Texas", "Alexandria, La.") qualifies the one before it.

:func:`location_for_sentence` picks the place where a sentence's event happens: the toponym
governed by a locative preposition ("in Beijing", "on the Ukrainian border").
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass

from spacy.attrs import IDX, IS_TITLE, IS_UPPER, LENGTH, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from clio.geo.gazetteer import Gazetteer, iso3, load_gazetteer, normalize_name
from clio.geo.lexicon import Lexicon, load_lexicon
from clio.geo.resolve import Mention, outweighed_regions, resolve_mentions
from clio.nlp.extensions import doc_text, in_spans
from clio.records import Location

PLACE_LABELS = ("GPE", "LOC")
# Entities of these labels are toponyms only with a cue ("in Gainesville", "Alexandria woman").
CUED_LABELS = ("PERSON", "ORG", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART")
ADMIN2_SUFFIXES = ("County", "Parish", "Borough")
MAX_NAME_TOKENS = 4
DATELINE_MARKS = frozenset([",", "-", "--", "\u2014", "\u2013", "\u2015", "("])
# How far up the parse from a toponym we look for its preposition ("in the city of Kyiv").
MAX_HEAD_STEPS = 4


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # character offsets of the mention as written
    end: int
    name: str  # the name to look up
    candidates: tuple[int, ...]
    first: int  # token indexes [first, last) covering the mention
    last: int
    kind_hint: str | None = None


class _Finder:
    """Finds toponym mentions in one Doc (the "find" step; resolution comes after)."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.text = doc_text(doc)
        self.ents = list(doc.ents)
        # Token attributes read as one array: creating Token objects is what costs here.
        # (One list per attribute: a list per token would be as many small objects.)
        starts, lengths, pos, title, upper = (
            doc.to_array([IDX, LENGTH, POS, IS_TITLE, IS_UPPER]).reshape(-1, 5).T
        )
        self.starts: list[int] = starts.tolist()
        self.ends: list[int] = (starts + lengths).tolist()
        self.proper: list[bool] = ((pos == PROPN) & ((title != 0) | (upper != 0))).tolist()
        self.in_entity = {i for ent in self.ents for i in range(ent.start, ent.end)}
        # Surnames of multi-word person names ("Bill Taylor" ... "Taylor said") are not towns here.
        self.person_words = {
            self.token_text(ent.end - 1) for ent in self.ents if ent.label_ == "PERSON" and len(ent) > 1
        }
        # A document asks about the same names again and again ("Kyiv", every prefix tried).
        self.known: dict[str, tuple[int, ...]] = {}

    def token_text(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def token_at(self, char: int) -> int | None:
        """The token that starts at character ``char``, if one does."""
        i = bisect.bisect_left(self.starts, char)
        return i if i < len(self.starts) and self.starts[i] == char else None

    def candidates(self, name: str) -> tuple[int, ...]:
        found = self.known.get(name)
        if found is None:
            found = self.known[name] = self._candidates(name)
        return found

    def _candidates(self, name: str) -> tuple[int, ...]:
        if name.lower() in self.lexicon.not_places:
            return ()
        if name in self.person_words and all(
            self.gazetteer.place(i).kind in ("city", "adm2") for i in self.gazetteer.lookup(name)
        ):
            return ()  # "Taylor" after "Bill Taylor": a surname, though towns bear it too
        ids = self.gazetteer.lookup(name)
        if not ids and name[:1].isupper() and " " not in name:
            # Counties are often written without their suffix ("Avoyelles deputies").
            for suffix in ADMIN2_SUFFIXES[:2]:
                ids = self.gazetteer.lookup(f"{name} {suffix}")
                if ids:
                    break
        return self._prefer_cities(ids)

    def _prefer_cities(self, ids: tuple[int, ...]) -> tuple[int, ...]:
        outweighed = outweighed_regions([self.gazetteer.place(i) for i in ids])
        return tuple(i for position, i in enumerate(ids) if position not in outweighed)

    def match(self, span: SpacySpan, *, whole: bool = True) -> _Found | None:
        """The span as a toponym, without a leading "the" and compass words ("western Tigray").

        ``whole``: the span is the entire entity, so an article before a town's name means it is
        something else ("the White House", "the Gulf"); in "the Gainesville Police" it does not.
        """
        start, end = span.start, span.end
        while end > start + 1 and self.doc[end - 1].is_punct:
            end -= 1
        article = start < end - 1 and self.doc[start].lower_ == "the"
        start += article
        while start < end:
            piece = self.doc[start:end]
            name = self.text[piece.start_char : piece.end_char]  # Span.text would join its tokens
            ids = self.candidates(name)
            if ids and article and whole:
                ids = tuple(i for i in ids if self.gazetteer.place(i).kind not in ("city", "adm2"))
            if ids:
                hint = "adm2" if piece[-1].text in ADMIN2_SUFFIXES else None
                return _Found(piece.start_char, piece.end_char, name, ids, piece.start, piece.end, hint)
            if self.doc[start].lower_ not in self.lexicon.compass_words:
                return None
            start += 1
        return None

    def prefix_match(self, span: SpacySpan) -> _Found | None:
        """The longest leading run of ``span`` that is a toponym ("Gainesville Police Department")."""
        for end in range(min(span.end - 1, span.start + MAX_NAME_TOKENS), span.start, -1):
            found = self.match(self.doc[span.start : end], whole=False)
            if found is not None:
                return found
        return None

    def is_dateline(self, start: int, end: int) -> bool:
        """An upper-case place opening a sentence: "COLUMBUS, Ohio --", "NEWARK (AP) -"."""
        doc = self.doc
        return (
            doc[start].is_upper
            and bool(doc[start].is_sent_start)
            and end < len(doc)
            and doc[end].text in DATELINE_MARKS
            and all(doc[i].is_upper or doc[i].is_punct for i in range(start, end))
        )

    def spaced_dateline(self, start: int, end: int) -> bool:
        """A dateline set off from the rest by a space ("DANIELSVILLE - Madison County"): inside a
        tagged name, a mark right after an upper-case word joins a name ("RED-Tabara")."""
        return self.is_dateline(start, end) and bool(self.doc[end - 1].whitespace_)

    def as_dateline(self, found: _Found) -> _Found:
        """A dateline names a city (NEW YORK is the city, not the state)."""
        if found.kind_hint is None and self.is_dateline(found.first, found.last):
            return dataclasses.replace(found, kind_hint="city")
        return found

    def before_town_noun(self, end: int) -> bool:
        """The name ending before token ``end`` modifies a noun that belongs to a town ("Berea
        police", "a Lebanon woman", "Delta city council"): regions and countries are written
        otherwise ("Lebanese woman", "state police"), so a town of the name is meant."""
        return end < len(self.doc) and self.doc[end].lower_ in self.lexicon.town_nouns

    def has_cue(self, start: int, end: int) -> bool:
        """A word before or after the tokens [start, end) that makes them a place."""
        doc = self.doc
        before = start - 1
        while before > 0 and doc[before].lower_ in self.lexicon.compass_words:
            before -= 1  # "in western Tigray", "in the north of"
        if before >= 0 and doc[before].lower_ in self.lexicon.cue_prepositions:
            return True
        if (
            before >= 1
            and doc[before].lower_ in ("and", "or", ",")
            and self.proper[before - 1]
            and self.candidates(doc[before - 1].text)
            and self.has_cue(before - 1, before)
        ):
            return True  # "struck Kharkiv and Odesa": the cue covers the whole list
        if self.is_dateline(start, end):
            return True
        if end < len(doc) and doc[end].lower_ in self.lexicon.place_head_nouns:
            return True
        if end + 1 < len(doc) and doc[end].text == ",":
            following = doc[end + 1 : min(end + 4, len(doc))]
            for stop in range(len(following), 0, -1):
                ids = self.gazetteer.lookup(following[:stop].text)
                if any(self.gazetteer.place(i).kind in ("country", "adm1") for i in ids):
                    return True
        return False

    def entity_mentions(self) -> list[_Found]:
        found: list[_Found] = []
        for ent in self.ents:
            if ent.label_ in PLACE_LABELS:
                mention = self.match(ent)
                if mention is not None:
                    found.append(mention)
                else:
                    found.extend(self._split_qualified(ent))
                continue
            if ent.label_ not in CUED_LABELS:
                continue
            if ent.label_ == "NORP":
                found.extend(self._demonym(ent))
                continue
            mention = self.match(ent)
            if mention is not None and self._accept_cued(mention, ent):
                found.append(mention)
                continue
            if len(ent) > 1:
                mention = self.prefix_match(ent)
                if mention is not None and (
                    mention.kind_hint == "adm2"  # "Rapides Parish Fire District" is never a person
                    or (ent.label_ in ("ORG", "FAC") and self._accept_prefix(mention, ent))
                    # "DANIELSVILLE - Madison County" read as one name: the dateline still opens it
                    or self.spaced_dateline(mention.first, mention.last)
                ):
                    found.append(mention)
                    found.extend(self._after_dateline(mention, ent))
                elif mention is None and ent.label_ in ("ORG", "FAC"):
                    found.extend(self._demonym(ent[:1], nouns=False))
        return found

    def _after_dateline(self, dateline: _Found, ent: SpacySpan) -> list[_Found]:
        """The place after the dateline's mark in the same entity ("Madison County" in
        "DANIELSVILLE - Madison County"): it tells which of the towns of that name is meant."""
        if not self.spaced_dateline(dateline.first, dateline.last) or dateline.last + 1 >= ent.end:
            return []
        rest = self.match(self.doc[dateline.last + 1 : ent.end], whole=False)
        if rest is None:
            rest = self.prefix_match(self.doc[dateline.last + 1 : ent.end])
        return [rest] if rest is not None else []

    def _split_qualified(self, ent: SpacySpan) -> list[_Found]:
        """ "Alexandria, La." tagged as one entity: both parts, the second qualifying the first."""
        parts = []
        start = ent.start
        for token in [*ent, None]:
            if token is None or token.text == ",":
                stop = ent.end if token is None else token.i
                if stop > start:
                    mention = self.match(self.doc[start:stop])
                    if mention is not None:
                        parts.append(mention)
                start = stop + 1
        return parts

    def _accept_cued(self, mention: _Found, ent: SpacySpan) -> bool:
        kinds = {self.gazetteer.place(i).kind for i in mention.candidates}
        if ent.label_ == "PERSON" and ent.text in self.person_words:
            return False
        if ent.label_ == "PERSON" and (len(ent) > 1 and mention.end - mention.start < len(ent.text)):
            return False
        if kinds & {"country", "continent", "region", "adm1"} and ent.label_ != "PERSON":
            return True
        return self.has_cue(ent.start, ent.end)

    def _accept_prefix(self, mention: _Found, ent: SpacySpan) -> bool:
        """ "U.S. Army", "Texas Rangers", "Gainesville Police Department": the leading place counts."""
        if mention.kind_hint == "adm2" or any(
            self.gazetteer.place(i).kind in ("country", "adm1") for i in mention.candidates
        ):
            return True
        if mention.last >= ent.end:
            return False
        return self.doc[mention.last].lower_ in self.lexicon.org_place_heads

    def _demonym(self, ent: SpacySpan, *, nouns: bool = True) -> list[_Found]:
        """ "Russian", "Palestinians", "the Ukrainian border" as mentions of their country."""
        text = ent.text
        cc = self.gazetteer.demonym_country(text)
        if cc is None and text.endswith("s"):
            cc = self.gazetteer.demonym_country(text[:-1])
        if cc is None:
            if not nouns:
                return []
            ids = self.candidates(text)
            if ids and self.has_cue(ent.start, ent.end):
                return [_Found(ent.start_char, ent.end_char, text, ids, ent.start, ent.end)]
            return []
        country = self.gazetteer.country(cc)
        if country is None:
            return []
        last = ent.end
        if last < len(self.doc) and self.doc[last].lower_ in self.lexicon.demonym_place_nouns:
            last += 1
        end_char = self.doc[last - 1].idx + len(self.doc[last - 1].text)
        return [_Found(ent.start_char, end_char, text, (country,), ent.start, last)]

    def proper_noun_mentions(self) -> list[_Found]:
        """Runs of proper nouns outside any entity that name a place and have a cue ("in Cottonport")."""
        doc, proper, in_entity = self.doc, self.proper, self.in_entity
        found = []
        i = 0
        while i < len(doc):
            if i in in_entity or not proper[i]:
                i += 1
                continue
            end = i
            while end < len(doc) and end - i < MAX_NAME_TOKENS and proper[end] and end not in in_entity:
                end += 1
            if _hyphen_joined(doc, i):
                # "Miami-Dade police": the end of a hyphenated name is no place of its own (Dade
                # is a town in China); the whole name may be one ("Miami-Dade County").
                whole = self.match(doc[i - 2 : end])
                if whole is not None:
                    found.append(whole)
                i = end
                continue
            mention = None
            for stop in range(end, i, -1):
                mention = self.match(doc[i:stop])
                if mention is not None and self.has_cue(i, stop):
                    break
                mention = None
            if mention is not None:
                found.append(mention)
            i = end
        return found


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Token ``i`` is written glued by a hyphen to the word before it ("Dade" in "Miami-Dade")."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _propagate(doc: Doc, found: list[_Found], finder: _Finder) -> list[_Found]:
    """Other occurrences of names already taken as places ("one sense per discourse"), and places
    written after a comma that qualify one ("Greer, S.C.")."""
    names = {f.name: f for f in found if f.name[:1].isupper()}
    taken = {i for f in found for i in range(f.first, f.last)}
    extra: list[_Found] = []
    text, words = finder.text, finder.token_text
    for name, known in names.items():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            first = finder.token_at(start)
            if first is not None and first not in taken:
                last = first
                while last < len(doc) and finder.starts[last] < end:
                    last += 1
                whole = finder.ends[last - 1] == end
                if whole and (last >= len(doc) or not words(last)[:1].isupper()):
                    extra.append(_Found(start, end, name, known.candidates, first, last, known.kind_hint))
                    taken.update(range(first, last))
            start = text.find(name, end)
    for f in found:
        if f.last + 1 >= len(doc) or words(f.last) != ",":
            continue
        following = doc[f.last + 1 : min(f.last + 4, len(doc))]
        for stop in range(len(following), 0, -1):
            piece = following[:stop]
            if piece.start in taken:
                break
            ids = tuple(
                i
                for i in finder.gazetteer.lookup(piece.text)
                if finder.gazetteer.place(i).kind in ("country", "adm1")
            )
            if ids:
                extra.append(
                    _Found(piece.start_char, piece.end_char, piece.text, ids, piece.start, piece.end)
                )
                taken.update(t.i for t in piece)
                break
    return extra


def _qualifiers(finder: _Finder, found: list[_Found], gazetteer: Gazetteer) -> dict[int, tuple[int, ...]]:
    """Mention index -> candidates of the place written right after it after a comma."""
    qualifiers: dict[int, tuple[int, ...]] = {}
    text = finder.text
    for i in range(len(found) - 1):
        this, following = found[i], found[i + 1]
        if text[this.end : following.start].strip() == ",":
            ids = tuple(q for q in following.candidates if gazetteer.place(q).kind in ("country", "adm1"))
            if ids:
                qualifiers[i] = ids
    return qualifiers


def find_locations(doc: Doc, gazetteer: Gazetteer, lexicon: Lexicon) -> list[Location]:
    """The toponyms of ``doc`` resolved against ``gazetteer``, in text order, noise skipped."""
    finder = _Finder(doc, gazetteer, lexicon)
    found = [finder.as_dateline(f) for f in finder.entity_mentions()]
    found += [finder.as_dateline(f) for f in finder.proper_noun_mentions()]
    # Noise goes first so that a name seen only in a photo caption is not spread to the text.
    noise = doc._.noise or []
    found = [f for f in found if f.end > f.start and not in_spans(noise, f.start, f.end)]
    found += [f for f in _propagate(doc, found, finder) if not in_spans(noise, f.start, f.end)]
    found.sort(key=lambda f: (f.start, -f.end))
    deduped: list[_Found] = []
    for f in found:
        if deduped and f.start < deduped[-1].end:
            continue  # overlaps the previous, longer mention
        deduped.append(f)
    qualifiers = _qualifiers(finder, deduped, gazetteer)
    mentions = [
        Mention(
            normalize_name(f.name),
            f.candidates,
            qualifiers.get(i, ()),
            f.kind_hint,
            finder.before_town_noun(f.last),
        )
        for i, f in enumerate(deduped)
    ]
    choices = resolve_mentions(gazetteer, mentions)
    locations = []
    text = finder.text
    for f, choice in zip(deduped, choices, strict=True):
        if choice is None:
            continue
        place = gazetteer.place(choice)
        locations.append(
            Location(
                text=text[f.start : f.end],
                span=(f.start, f.end),
                name=place.name,
                country=iso3(place.cc),
                lat=place.lat,
                lon=place.lon,
                geonameid=place.id,
            )
        )
    return locations


def _governing_preposition(token: Token, sent: SpacySpan, lexicon: Lexicon) -> Token | None:
    """The locative preposition whose object contains ``token``, if any."""
    current = token
    for _ in range(MAX_HEAD_STEPS):
        head = current.head
        if head.i == current.i or not (sent.start <= head.i < sent.end):
            return None
        if current.dep_ == "pobj" and head.lower_ in lexicon.locative_prepositions:
            return head
        if current.dep_ in ("pobj", "compound", "amod", "nmod", "poss", "appos", "conj", "prep", "npadvmod"):
            current = head
            continue
        return None
    return None


def location_for_sentence(doc: Doc, sent: SpacySpan) -> Location | None:
    """Where the event of ``sent`` happens: its first toponym governed by a locative preposition
    ("in Beijing", "on the Ukrainian border", "at talks in Ankara"), else None."""
    lexicon = load_lexicon()
    for location in doc._.locations or []:
        start, end = location.span
        if start < sent.start_char or end > sent.end_char:
            continue
        span = doc.char_span(start, end)
        if span is None:
            continue
        if _governing_preposition(span.root, sent, lexicon) is not None:
            return location
    return None


class PlaceComponent:
    """Writes ``doc._.locations`` (list[Location]); the gazetteer is loaded once per process."""

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = find_locations(doc, self.gazetteer, self.lexicon)
        return doc


@Language.factory("clio_places", assigns=["doc._.locations"])
def make_places(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
