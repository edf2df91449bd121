"""clio_actors: find who acts in a Doc and resolve each mention to a CAMEO actor code.

Find, then write. Finding uses two PhraseMatchers built once per component (knowledge-base names;
role words, the "agents") and the parser's tags. Three kinds of mention become actors:

* **composed** — role words with their country: "Russian troops" (RUSMIL), "Sudan's government",
  "Security forces in Guinea", "Russian President Vladimir Putin" (RUSGOV), "Putin's foreign
  affairs adviser, Yuri Ushakov" (the adviser takes Putin's country);
* **named** — knowledge-base names: countries ("Britain" -> GBR), capitals and seats of power used
  as metonyms ("the Kremlin" -> RUSGOV), organisations (NATO -> IGOWSTNAT), media, armed groups,
  and people, whose role is the one they hold on the article date;
* **referring** — later mentions within the article: a surname ("Xi"), "the two leaders" (both),
  "he"/"she" as subject right after a named person, a bare role word ("the ministry") that takes
  the country of the last actor of the same kind.

Noise spans (photo credits, bylines), wire and photo agencies (AP, AFP, Getty Images, ...) and
places (a country after "in", "Chinese" in "Chinese food", "Georgia" in "Atlanta, Georgia") are
never actors. ``doc._.actors`` is sorted by span; mentions never partially overlap (a plural
mention such as "the two leaders" gives one Actor per referent with the same span).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import cast

import numpy as np
from spacy.attrs import DEP, IS_LOWER, LOWER, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import NOUN, PROPN
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from clio.actors import kb as kb_module
from clio.actors import lexicon as lexicon_module
from clio.actors.kb import Entry, KnowledgeBase, Resolution, load_kb, normalize, split_code
from clio.actors.lexicon import Lexicon, load_lexicon
from clio.cache import cached, fingerprint
from clio.events.modality import GENERIC_DETERMINERS
from clio.geo.gazetteer import iso3, load_gazetteer
from clio.geo.resolve import outweighed_regions
from clio.geo.resolve import prior as place_prior
from clio.nlp import membership, phrases
from clio.nlp.extensions import doc_text, noise_tokens
from clio.nlp.phrases import KeyedPhrases, Pattern, token_patterns
from clio.records import Actor

SPAN_KEY = "actors"
# Kinds of names that can stand before a role word and give it a country: "Russian troops".
_MODIFIER_KINDS = frozenset({"country", "demonym", "capital", "seat", "igo", "ngo", "group", "media", "org"})
# Offices of a US state written after its name ("Georgia Secretary of State", "Georgia governor").
_US_STATE_OFFICES = frozenset(
    {"governor", "senator", "legislature", "secretary", "attorney", "lieutenant", "senate", "lawmakers"}
)
# Organisations a generic head can speak for ("a spokesman for the UN").
_ORGANISATION_KINDS = frozenset({"igo", "ngo", "group", "media", "org", "seat"})
# Kinds that are places when used after a locative preposition ("in Moscow"). Country names stay
# actors there ("fighting in Ukraine" -> UKR), as in CAMEO coding, where the state is the referent.
_PLACE_KINDS = frozenset({"capital", "seat"})
# Sectors that may take their country from context when none is written ("the ministry said").
_CONTEXT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "MED", "PTY", "ELI"})
# Sectors of people rather than institutions: they take the country named in their own sentence
# ("refugees fleeing the war in Liberia", "students throughout Indonesia", "farmers blocked roads
# across France"), never an earlier one: civilians, refugees, students, workers, farmers, medical
# staff, radicals/fundamentalists and clergy (CAMEO's people-like secondary roles).
# Criminals are local too ("criminals in Karachi").
_LOCAL_SECTORS = frozenset({"CVL", "REF", "EDU", "LAB", "AGR", "HLH", "RAD", "REL", "CRM"})
# Unidentified armed attackers ("gunmen", "a gunman") take no country from context: the place
# they struck or their victims' nationality says nothing of who they are (CAMEO writes "---").
_UNNAMED_SECTORS = frozenset({"UAF"})
# CAMEO religion codes. A religious group of a country is coded as that country's civilians with
# the religion as a suffix ("Egyptian Muslims", "Muslim fundamentalists in Algeria" -> ...CVLMUS).
_RELIGIONS = frozenset({"MUS", "CHR", "JEW", "HIN", "BUD"})
# Gazetteer fallback for towns the knowledge base does not list ("police in Karachi").
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_TOWN_KINDS = frozenset({"city", "adm1", "adm2"})
_PLACE_PREFIXES = frozenset({"st", "saint", "ste", "san", "santa", "fort", "ft", "port", "mount", "mt"})
_GAZETTEER_CODE_FIXES = {"XKX": "KSV"}  # Kosovo: CAMEO's code
_SKIPPABLE_MODIFIERS = frozenset(
    {"senior", "top", "deputy", "former", "vice", "chief", "acting", "new", "then", "interim", "first"}
)
_POSSESSIVE = frozenset({"'s", "’s", "'"})
# How many words may stand between a country and the body it owns ("China's civil aviation authority").
_BODY_REACH = 4
# How many words may stand between "of"/"in"/"from" and the country of a role word.
_TRAILING_REACH = 4
# Verbs of reporting, and how far up the parse a reporter's name may sit below its verb
# ("officials in Nairobi said": Nairobi -> in -> officials -> said).
_REPORTING_VERBS = frozenset({"say", "report", "tell", "add", "state", "announce", "confirm", "claim"})
_REPORTER_DEPTH = 4
# How many words may stand between "leaders of" and the group they lead.
_OF_GROUP_REACH = 7
_LEADER_SECTORS = frozenset({"GOV", "MIL", "ELI"})
# People a later "he" or "she" may stand for: leaders, and private persons named in full.
_PRONOUN_SECTORS = _LEADER_SECTORS | {"CVL"}
_NON_STATE = frozenset({"IGO", "NGO", "MNC", "IMG"})
_HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prime",
        "crown",
        "foreign",
        "us",
        "u.s.",
        "former",
    }
)


@dataclass(slots=True)
class _Name:
    """A knowledge-base name found in the Doc."""

    span: Span
    entry: Entry
    code: str


@dataclass(slots=True)
class _Mention:
    """An actor under construction (token offsets)."""

    start: int
    end: int
    code: str
    name: str
    person: tuple[str, ...] = ()  # name keys ("putin"; "xi", "jinping") for later mentions
    needs_country: bool = False
    sector: str | None = None
    extra_codes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ActorTables:
    """What the component looks names and role words up in, built from the knowledge base, the
    lexicon and the tokenizer (~1 s); :func:`load_actor_tables` caches it on disk."""

    kb: KnowledgeBase
    lexicon: Lexicon
    names: dict[Pattern, tuple[str, ...]]  # an alias's LOWER hashes -> its knowledge-base keys
    # Original spellings of each alias: short all-capital aliases ("US", "WHO") match exactly.
    exact_forms: dict[str, set[str]]
    known_prefixes: frozenset[str]
    agents: dict[Pattern, tuple[str, ...]]  # a role phrase's LOWER hashes -> the phrase
    credits: tuple[Pattern, ...]  # ORTH hashes of agency credits ("AFP", "Getty Images")
    plurals: tuple[Pattern, ...]  # LOWER hashes of plural referents ("the two leaders")


def build_actor_tables(tokenizer: Tokenizer, kb: KnowledgeBase, lexicon: Lexicon) -> ActorTables:
    exact_forms: dict[str, set[str]] = {}
    known_prefixes = {r.code[:3] for e in kb.entries if e.kind == "country" for r in e.roles} | _NON_STATE
    aliases: dict[str, str] = {}
    spelled_out: set[str] = set()
    # Aliases that begin with a title or a nationality ("President Putin", "Russian President
    # Vladimir Putin") are left to composition, which finds the title, the country and the name.
    demonyms = {normalize(n) for e in kb.entries if e.kind == "demonym" for n in e.all_names}
    title_starts = {w for w in lexicon.title_words if " " not in w} | _HONORIFICS | demonyms
    for entry in kb.entries:
        for alias in entry.all_names:
            key = normalize(alias)
            if len(key) < 2:
                continue
            first = key.split(" ", 1)[0]
            if entry.kind == "person" and " " in key and first in title_starts:
                continue
            aliases.setdefault(key, _strip_the(alias))
            if _is_acronym(alias):
                exact_forms.setdefault(key, set()).add(_strip_the(alias))
            else:
                spelled_out.add(key)
    # Only names written solely as short acronyms ("US", "WHO") must match case exactly.
    for key in spelled_out:
        exact_forms.pop(key, None)
    keys = list(aliases)
    # Tokenize the original spelling: tokenizer exceptions are case-sensitive ("U.S.").
    names = _keys_by_pattern(zip(_lower_patterns(tokenizer, [aliases[k] for k in keys]), keys, strict=True))
    agent_keys = list(lexicon.agents)
    # Abbreviations are tokenizer exceptions only when capitalised ("Sen." is one token, "sen." two).
    dotted = [key for key in agent_keys if "." in key]
    capitalised = [key[:1].upper() + key[1:] for key in dotted]
    agents = _keys_by_pattern(
        [
            *zip(token_patterns(tokenizer, agent_keys, "LOWER"), agent_keys, strict=True),
            *zip(token_patterns(tokenizer, capitalised, "LOWER"), dotted, strict=True),
        ]
    )
    credits = sorted({form for credit in lexicon.credits for form in (credit, credit.upper())})
    return ActorTables(
        kb=kb,
        lexicon=lexicon,
        names=names,
        exact_forms=exact_forms,
        known_prefixes=frozenset(known_prefixes),
        agents=agents,
        credits=tuple(token_patterns(tokenizer, credits, "ORTH")),
        plurals=tuple(token_patterns(tokenizer, list(lexicon.plural_referents), "LOWER")),
    )


def _keys_by_pattern(pairs: Iterable[tuple[Pattern, str]]) -> dict[Pattern, tuple[str, ...]]:
    found: dict[Pattern, tuple[str, ...]] = {}
    for pattern, key in pairs:
        found[pattern] = (*found.get(pattern, ()), key)
    return found


def load_actor_tables(tokenizer: Tokenizer, extra_files: tuple[str, ...] = ()) -> ActorTables:
    """The actor tables for the built-in knowledge base plus ``extra_files``, from the start-up
    cache when they were built before from the same data, code and tokenizer settings."""
    code = (__file__, phrases.__file__, kb_module.__file__, lexicon_module.__file__)
    inputs: list[Path | str | bytes] = [Path(module) for module in code]
    data = Path(str(resources.files("clio") / "data" / "actors"))
    inputs += sorted(p for p in data.iterdir() if p.is_file())
    inputs += [Path(p).resolve() for p in extra_files]
    inputs.append(tokenizer.to_bytes(exclude=["vocab"]))
    # One slot per set of extra files, so runs with and without --actors do not evict each other.
    name = "actors" + (f".{fingerprint(map(str, extra_files))[:12]}" if extra_files else "")
    return cached(
        name,
        ActorTables,
        lambda: build_actor_tables(tokenizer, load_kb(extra_files), load_lexicon()),
        inputs,
    )


class ActorComponent:
    """Finds actors; see the module docstring."""

    def __init__(
        self, nlp: Language, kb: KnowledgeBase, lexicon: Lexicon, *, tables: ActorTables | None = None
    ) -> None:
        tables = tables or build_actor_tables(cast(Tokenizer, nlp.tokenizer), kb, lexicon)
        self.kb = kb
        self.lexicon = lexicon
        # Role words an official of an organisation goes by ("ministers", "officials"), one word each.
        self.member_heads = (
            frozenset(w for w in (*lexicon.title_words, *lexicon.generic_heads) if " " not in w)
            - _COLLECTIVE_HEADS
        )
        self.exact_forms = tables.exact_forms
        self.known_prefixes = tables.known_prefixes
        self.name_matcher = KeyedPhrases("LOWER", tables.names)
        self.agent_matcher = KeyedPhrases("LOWER", tables.agents)
        self.credit_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.credit_matcher.add("CREDIT", [list(p) for p in tables.credits])  # type: ignore[misc]
        self.plural_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.plural_matcher.add("PLURAL", [list(p) for p in tables.plurals])  # type: ignore[misc]

    def __call__(self, doc: Doc) -> Doc:
        with _sentence_starts(doc):
            mentions = self.find(doc)
        self.write(doc, mentions)
        return doc

    # -- finding --------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[_Mention]:
        day: dt.date | None = doc._.article_date
        blocked = self._blocked_tokens(doc)
        names, role_worded = self._names(doc, day, blocked)
        role_at = {name.span.start: name for name in role_worded}
        name_at: dict[int, _Name] = {}
        for name in names:
            for i in range(name.span.start, name.span.end):
                name_at[i] = name
        # "the Saudi-led coalition": found before the role words, which would take "forces"
        # in "U.S.-led forces" for a body of the country the context gives.
        mentions: list[_Mention] = self._led_groups(doc, day, blocked, name_at)
        consumed: set[int] = {i for m in mentions for i in range(m.start, m.end)}
        agents = self._agents(doc, blocked | consumed, name_at)
        groups = _group_agents(agents)
        sector_at = {group[0][0]: _group_sector(doc, group, self.lexicon.generic_heads) for group in groups}
        for group in groups:
            if group[0][0] in consumed:
                continue  # "King" inside "Defence Secretary Tom King", already one mention
            mention = self._compose(doc, group, name_at, day, consumed, sector_at)
            role = role_at.get(group[0][0])
            if (
                mention is not None
                and role is not None
                and mention.needs_country
                and (mention.start, mention.end) == (role.span.start, role.span.end)
            ):
                # No country written with it: the organisation the article names otherwise.
                consumed.difference_update(range(mention.start, mention.end))
                names = sorted([*names, role], key=lambda name: name.span.start)
                mention = None
            if mention is not None:
                mentions.append(mention)
                mentions.extend(self._conjoined_modifiers(doc, mention, name_at, consumed))
        places: list[tuple[int, str]] = []
        for name in names:
            if name.span.start in consumed:
                continue
            mention = self._named(doc, name, consumed, name_at)
            if mention is not None:
                mentions.append(mention)
                consumed.update(range(mention.start, mention.end))
            elif name.entry.kind in _PLACE_KINDS or name.entry.kind in ("country", "demonym"):
                # "in Moscow", "the Ukrainian town": not actors, but they place the sentence.
                country, _ = split_code(name.code)
                if country:
                    places.append((name.span.start, country))
        mentions.extend(_described_people(doc, mentions, consumed, blocked, self.lexicon))
        mentions.extend(_private_people(doc, consumed, blocked, self.lexicon))
        mentions.extend(self._person_mentions(doc, mentions, consumed, blocked))
        mentions.sort(key=lambda m: (m.start, m.end))
        _take_organisation_appositions(doc, mentions)
        referred = _apply_acronyms(doc, self._refer(doc, mentions, blocked, consumed, places), blocked)
        _take_possessed_titles(doc, referred)
        referred = _back_references(doc, referred, blocked, self.lexicon.alliance_codes, self.member_heads)
        referred = _country_references(doc, referred, blocked, self.lexicon.country_words)
        referred = _short_country_names(doc, referred, blocked)
        referred = _western_groups(doc, referred, blocked, self.lexicon)
        return _local_governments(doc, referred, blocked, self.lexicon.local_government_words)

    def _names_rulers(self, doc: Doc, mention: _Mention) -> bool:
        """Whether an unnamed government mention speaks of a country's ruling body ("the junta",
        "a government spokesman"), not of one ministry ("the Treasury")."""
        if mention.person or (mention.sector or "")[:3] != "GOV":
            return False
        return any(t.lower_ in self.lexicon.ruling_words for t in doc[mention.start : mention.end])

    def _dateline_country(self, doc: Doc) -> str | None:
        """The country of the capital an article's wire dateline names ("PRAGUE, April 19 (Wire)
        —"); None without one, or when the place is no capital the knowledge base knows."""
        text = doc_text(doc)
        for start, end in sorted(doc._.noise or ()):
            if start > _DATELINE_REACH:
                break
            if start and text[start - 1] != "\n":
                continue
            place = re.split(r"[,(—–-]", text[start:end], maxsplit=1)[0].strip()
            if not place or not place.isupper():
                continue
            resolution = self.kb.resolve(place, doc._.article_date)
            if resolution is not None and resolution.entry.kind in ("capital", "country"):
                return split_code(resolution.code)[0]
        return None

    def _blocked_tokens(self, doc: Doc) -> set[int]:
        """Tokens that can never be part of an actor: noise spans, credits and credited names."""
        blocked: set[int] = set()
        blocked.update(noise_tokens(doc))
        for _, start, end in self.credit_matcher(doc):
            blocked.update(range(start, end))
            # "Ju Peng/Xinhua via AP": everything credited through an agency is a credit too.
            if start >= 2 and doc[start - 1].lower_ == "via":
                j = start - 2
                while j >= 0 and start - j <= 7 and (_capitalised(doc[j]) or doc[j].text in ("/", "-")):
                    blocked.add(j)
                    j -= 1
            # "Jane Doe / AFP", "Jane Doe/Getty Images": the name before the slash is a photographer.
            if start >= 2 and doc[start - 1].text in ("/", "|"):
                j = start - 2
                while j >= 0 and (doc[j].ent_type_ == "PERSON" or doc[j].is_title or doc[j].is_upper):
                    blocked.add(j)
                    j -= 1
        # "JOHN ROE / AFP", "Jane Doe / Anadolu via Getty Images": capitalised words on both
        # sides of a spaced slash are a photo credit. The slashes are found in the text (most
        # articles have none) rather than by reading every token.
        for found in _SLASH.finditer(doc_text(doc)):
            span = doc.char_span(found.start(), found.end())  # None unless the token is the slash
            if span is None or len(span) != 1:
                continue
            token = span[0]
            if token.i == 0 or token.i + 1 >= len(doc):
                continue
            left, right = doc[token.i - 1], doc[token.i + 1]
            spaced = bool(left.whitespace_) and bool(token.whitespace_)  # not "SPLM/A"
            if not (spaced and _capitalised(left) and _capitalised(right)):
                continue
            j = token.i - 1
            while j >= 0 and token.i - j <= 4 and _capitalised(doc[j]):
                blocked.add(j)
                j -= 1
            k = token.i + 1
            while k < len(doc) and k - token.i <= 5 and (_capitalised(doc[k]) or doc[k].lower_ == "via"):
                blocked.add(k)
                k += 1
        for ent in doc.ents:
            before = doc[ent.start - 1] if ent.start > 0 else None
            if ent.label_ == "PERSON" and before is not None:
                marker = doc[ent.start - 2].text if ent.start > 1 else ""
                if before.text in self.lexicon.credit_markers or (
                    before.lower_ in ("by", ":") and marker in self.lexicon.credit_markers
                ):
                    blocked.update(range(ent.start, ent.end))
        return blocked

    def _names(self, doc: Doc, day: dt.date | None, blocked: set[int]) -> tuple[list[_Name], list[_Name]]:
        """Names of known actors, and organisations named by a role word (see below)."""
        spans = []
        for key, start, end in self.name_matcher(doc):
            if any(i in blocked for i in range(start, end)):
                continue
            span = Span(doc, start, end, label=key)
            if not self._case_fits(span) or _describes_location(doc, end):
                continue
            spans.append(span)
        found = []
        # "Security Council", "General Assembly": role words of states too. They name the
        # organisation only in an article that also names it otherwise ("the U.N.").
        role_worded: list[_Name] = []
        resolutions: dict[str, Resolution | None] = {}  # a document names the same actors again and again
        for span in filter_spans(spans):
            key = span.label_
            if key not in resolutions:
                resolutions[key] = self.kb.resolve(key, day)
            resolution = resolutions[key]
            if resolution is None or not self._name_is_actor(doc, span, resolution.entry):
                continue
            if resolution.code[:3] not in self.known_prefixes:
                continue  # CAMEO region codes (SEA, AFR, MEA, ...) are not actors of one country
            code = resolution.code
            if (
                resolution.entry.kind not in ("person", "country")
                and span.text.lower() in self.lexicon.agents
            ):
                # "Senate", "Parliament": a role word; composition finds its country
                if resolution.entry.kind == "igo":
                    role_worded.append(_Name(span, resolution.entry, code))
                continue
            found.append(_Name(span, resolution.entry, code))
        # A capital's name is also a town's elsewhere ("Paris, Texas"), a country's a state's or
        # a town's ("a Georgia jail", "a Palestine man" in Texas: the place finder reads the
        # whole story); a seat of power ("White House", "Kremlin") is one building, whatever
        # town the gazetteer knows.
        named = _named_countries(found)
        for name in found:
            kind = name.entry.kind
            if kind == "country" or (kind == "capital" and split_code(name.code)[0] not in named):
                name.code = _geocoded_town_code(doc, name.span, name.code)
        codes = {name.code for name in found}
        return found, [name for name in role_worded if name.code in codes]

    def _led_groups(
        self, doc: Doc, day: dt.date | None, blocked: set[int], name_at: dict[int, _Name]
    ) -> list[_Mention]:
        """ "The Saudi-led coalition struck", "U.S.-led forces": a group a country (or an
        international organisation) leads is coded as the leader, as CAMEO codes a coalition by
        the state at its head; the group word makes the mention the one a later "the coalition"
        refers back to. Without this the leader's name, a modifier of "led", was no actor and
        the group took the country of its context (often its enemy's). Found from the text's
        "-led" (most articles have none) rather than by reading every token."""
        found: list[_Mention] = []
        for hit in _LED.finditer(doc_text(doc)):
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None:
                continue
            led = span[-1]
            # Opening a sentence, "U.S.-led" may be parsed as a verb of its own: the noun after it.
            group = led.head if led.dep_ in ("amod", "compound") else doc[min(led.i + 1, len(doc) - 1)]
            if not 0 < group.i - led.i <= 3 or group.lower_ not in self.lexicon.led_groups:
                continue
            leader = self._leader(doc, led, day, name_at)
            if leader is None or any(i in blocked for i in range(leader[0], group.i + 1)):
                continue
            start, code = leader
            if not code.startswith("IGO"):
                code = f"{split_code(code)[0]}{self.lexicon.agents.get(group.lower_, '')}"
            found.append(_Mention(start, group.i + 1, code, _text_of(doc, start, group.i + 1)))
        return found

    def _leader(
        self, doc: Doc, led: Token, day: dt.date | None, name_at: dict[int, _Name]
    ) -> tuple[int, str] | None:
        """Where the name before "-led" starts and its code: a state (by its name, its
        people's or its capital's) or an international organisation; None for anything else
        ("Kurdish-led" names a people, not a state)."""
        if led.lower_ == "led":  # "Saudi" "-" "led": the name is a token sequence of its own
            name = name_at.get(led.i - 2) if led.i >= 2 and doc[led.i - 1].text == "-" else None
            if name is None:
                return None
            start, kind, code = name.span.start, name.entry.kind, name.code
        else:  # "U.S.-led": one token
            resolution = self.kb.resolve(led.text[: -len("-led")], day)
            if resolution is None:
                return None
            start, kind, code = led.i, resolution.entry.kind, resolution.code
        if kind not in _LEADING_KINDS or code[:3] not in self.known_prefixes:
            return None
        if not code.startswith("IGO") and split_code(code)[0] in (None, *_NON_STATE):
            return None
        return start, code

    def _case_fits(self, span: Span) -> bool:
        exact = self.exact_forms.get(span.label_)
        text = span.text
        if exact is not None and text in exact:
            return True
        if exact is not None and len(text) <= 5:
            return False
        # A name written all in lower case is a common word ("turkey", "chad"); any capital letter
        # makes it a name ("al-Qaeda", odd casing such as "iSrael").
        return text[:1].isdigit() or not text.islower()

    def _name_is_actor(self, doc: Doc, span: Span, entry: Entry) -> bool:
        first, last = span[0], span[-1]
        # "Michael Jordan", "Chad Smith": a country name inside a longer person name; "Wagner
        # said" after "Rep. Joseph F. Wagner": that person again, not the Wagner Group.
        if entry.kind in ("country", "capital", "demonym", "group") and first.ent_type_ == "PERSON":
            ent = _entity_of(doc, first)
            if ent is not None and (ent.start < span.start or _name_end(ent) > span.end):
                return False
        if entry.kind in ("country", "capital", "group") and _earlier_surname(doc, span):
            return False
        if entry.kind == "demonym" and _names_a_language(span):
            return False
        # "Terry Jolly, 60, Lebanon, was arrested": after a person's age, a place is where they
        # live (a town of the same name, in local news), not an actor.
        after_age = span.start > 1 and doc[span.start - 1].text == "," and doc[span.start - 2].like_num
        if entry.kind in ("country", "capital") and after_age:
            return False
        # "St. Paris, Ohio", "Fort Jordan": a prefix makes another place of the name.
        if entry.kind in ("country", "capital") and span.start > 0:
            before = doc[span.start - 1]
            if before.text == "." and span.start > 1:
                before = doc[span.start - 2]  # "ST. PARIS": the tokenizer splits the stop off
            if before.lower_.rstrip(".") in _PLACE_PREFIXES:
                return False
        # "Abdullah" in "Abdullah Ocalan": a known first name inside another person's name.
        if entry.kind == "person" and first.ent_type_ == "PERSON":
            ent = _entity_of(doc, first)
            if ent is not None and _name_end(ent) > span.end:
                return False
            # "Rezan Hassan" is not the mononymous Prince "Hassan": a one-word name after given names.
            if ent is not None and _is_mononym(entry) and self._given_names(doc[ent.start : span.start]):
                return False
            if ent is not None and self._other_person(entry, doc[ent.start : span.start]):
                return False
        if span.text in self.lexicon.us_state_homonyms and (
            _looks_like_us_state(doc, span) or (entry.kind == "country" and _among_us_places(span))
        ):
            return False
        # "Washington Post", "Georgia Tech": part of a longer organisation name; but "the U.S.
        # National Guard" is the country's own body, named by a role word the lexicon knows.
        return not (
            entry.kind in ("country", "capital")
            and last.i + 1 < len(doc)
            and doc[last.i + 1].ent_type_ == "ORG"
            and last.ent_type_ == "ORG"
            and doc[last.i + 1].ent_iob_ == "I"
            and doc[last.i + 1].tag_ != "POS"  # "Burkina Faso's": the tagger's entity takes in the "'s"
            and not (entry.kind == "country" and self._body_after(doc, last.i + 1))
        )

    def _body_after(self, doc: Doc, start: int) -> bool:
        """The rest of an organisation entity from ``start`` is a state body the lexicon knows
        ("National Guard", "National Security Council")."""
        end = start
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text.lower() in self.lexicon.agents

    def _agents(self, doc: Doc, blocked: set[int], name_at: dict[int, _Name]) -> list[tuple[int, int, str]]:
        spans = []
        for key, start, end in self.agent_matcher(doc):
            if any(i in blocked or i in name_at for i in range(start, end)):
                continue
            if doc[end - 1].pos_ not in ("NOUN", "PROPN"):
                continue  # "state-run", "armed" as adjectives, "police" as a verb
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_:
                continue  # "military-ruled", "rebel-held": a compound adjective, not an actor
            if any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.lexicon.abstract_modifiers
                for c in doc[end - 1].children
            ):
                continue  # "economic and political forces", "market forces": no one acts
            spans.append(Span(doc, start, end, label=key))
        sheriff_named = self._names_a_sheriff(doc)
        return [(s.start, s.end, self._agent_sector(s.label_, sheriff_named)) for s in filter_spans(spans)]

    def _agent_sector(self, phrase: str, sheriff_named: bool) -> str:
        if sheriff_named and phrase in self.lexicon.sheriff_officer_words:
            return "COP"
        return self.lexicon.agents[phrase]

    def _names_a_sheriff(self, doc: Doc) -> bool:
        """Whether the article names a sheriff or a sheriff's office: then its "deputies" are
        the sheriff's officers (COP), not members of a chamber of deputies (LEG)."""
        return any(token.lower_ in self.lexicon.sheriff_words for token in doc)

    def _compose(
        self,
        doc: Doc,
        group: list[tuple[int, int, str]],
        name_at: dict[int, _Name],
        day: dt.date | None,
        consumed: set[int],
        sector_at: dict[int, str],
    ) -> _Mention | None:
        start, end = group[0][0], group[-1][1]
        sector = sector_at[start]
        generic = all(_text_of(doc, s, e).lower() in self.lexicon.generic_heads for s, e, _ in group)
        if generic:
            # "leaders of the opposition", "members of parliament", "a spokesman for the army":
            # a generic head belongs to the group it is of.
            sector = _sector_of_group_after(doc, end, sector_at) or sector
        # Only a plural common noun is a group of believers ("Muslims", "Islamic fundamentalists");
        # "Archbishop", "Muslim Brotherhood", "Christian eastern Beirut" are not.
        religion = sector if sector in _RELIGIONS and doc[end - 1].tag_ in ("NNS", "NNPS") else ""
        if religion:
            sector = "CVL"
        sent_start = _sentence(doc[start]).start
        modifier: _Name | None = None
        possessor: _Name | None = None
        j = start
        while j > sent_start:
            token = doc[j - 1]
            name = name_at.get(j - 1)
            if name is not None and name.span.start in consumed:
                break  # "bombers of the U.S. airliner": U.S. already belongs to "bombers"
            if name is not None and name.entry.kind in _MODIFIER_KINDS and modifier is None:
                modifier = name
                j = name.span.start
                # "Croatian Serb refugees": the outer nationality is the country, the inner one
                # an ethnic group.
                outer = name_at.get(j - 1)
                if (
                    outer is not None
                    and outer.entry.kind == "demonym"
                    and name.entry.kind == "demonym"
                    and name.span.text.lower() not in self.lexicon.civic_demonyms
                ):
                    modifier = outer
                    j = outer.span.start
                continue
            if token.text in _POSSESSIVE and j - 2 >= sent_start and (j - 2) in name_at:
                owner = name_at[j - 2]
                if owner.span.start in consumed:
                    break
                if owner.entry.kind == "person":
                    possessor = owner
                    break
                if modifier is None:
                    modifier = owner
                    j = owner.span.start
                    continue
                break
            if modifier is None and (token.lower_ in _SKIPPABLE_MODIFIERS or token.pos_ == "ADJ"):
                j -= 1
                continue
            # "Turkish Kurd refugees", "French paper workers": a noun modifying the role word.
            if (
                modifier is None
                and token.dep_ in ("compound", "amod")
                and start <= token.head.i < end
                and j > start - 3
            ):
                j -= 1
                continue
            break
        ethnic = (
            modifier is not None
            and modifier.span.start > 0
            and doc[modifier.span.start - 1].lower_ == "ethnic"
        )
        if modifier is not None and _stance_prefixed(doc, modifier.span.start):
            # "pro-Russian separatists": the country they side with is not theirs; it is not an
            # actor of the sentence either. The role word takes its country from context.
            consumed.update(range(modifier.span.start - 2, modifier.span.end))
            modifier = None
            j = start
        elif ethnic and modifier is not None:
            # "ethnic Albanian guerrillas": an ethnic group, not the state; the country comes from
            # the sentence ("... operating in Macedonia").
            consumed.update(range(modifier.span.start, modifier.span.end))
            modifier = None
            j = start
        span_start = j if modifier is not None else start
        if modifier is None:
            # Keep leading adjectives ("senior officials") only when no name follows.
            span_start = start
        span_end = end
        person: _Name | None = None
        person_key: tuple[str, ...] = ()
        # "President Vladimir Putin": a name right after the title.
        if end in name_at and name_at[end].entry.kind == "person":
            person = name_at[end]
            span_end = person.span.end
        elif end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
            ent = _entity_of(doc, doc[end])
            if ent is not None:
                span_end = ent.end
                person = self._person_name(ent, day)
                person_key = _name_keys(ent)
        elif (
            end + 1 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].ent_type_ == "PERSON"
            and doc[end + 1].ent_iob_ == "B"
        ):
            ent = _entity_of(doc, doc[end + 1])
            if ent is not None:
                span_end = ent.end
                person = self._person_name(ent, day)
                person_key = _name_keys(ent)
        if person is not None and not person_key:
            person_key = _name_keys(person.span)
        # "the government of Sudan", "security forces in Guinea", "dissidents from military-ruled
        # Myanmar": a country after the role word, past a few modifiers.
        trailing: _Name | None = None
        town_country: str | None = None
        if modifier is None and span_end + 1 < len(doc):
            nxt = doc[span_end]
            k = span_end + 1
            while k < len(doc) and k - span_end <= _TRAILING_REACH and k not in name_at and _modifies(doc[k]):
                k += 1
            if start == 0 or doc[start - 1].lower_ not in _POSSESSIVE_PRONOUNS:
                # Not "its peacekeepers in the town of X": the owner says whose they are.
                k = _past_settlement_word(doc, k, self.lexicon.settlement_words, name_at)
            # After a name only "of" ties the country to the title ("King Hassan of Morocco");
            # "President X in Paris" is where he is.
            prepositions = ("of",) if person is not None else ("of", "in", "from")
            # "withdrew its troops from Syria": a phrase the parse hangs on the verb is where the
            # troops go or come from, not whose they are.
            on_verb = nxt.lower_ != "of" and nxt.head.lemma_ in _MOVEMENT_VERBS and nxt.head.i < span_end
            if (
                nxt.lower_ in prepositions
                and not on_verb
                and k in name_at
                and name_at[k].entry.kind in ("country", "capital")
            ):
                trailing = name_at[k]
                span_end = trailing.span.end
            elif (
                (generic or _text_of(doc, start, end).lower() in self.lexicon.organisation_titles)
                and person is None
                and nxt.lower_ in ("of", "for")
                and k in name_at
                and name_at[k].entry.kind in _ORGANISATION_KINDS
                and name_at[k].span.end not in sector_at  # not "for the Hamas government"
            ):
                # "a spokesman for the United Nations", "the head of the IMF": the organisation.
                trailing = name_at[k]
                span_end = trailing.span.end
            elif nxt.lower_ in prepositions and person is None and possessor is None and k not in name_at:
                # "police in Karachi": a town the knowledge base does not list, from the gazetteer.
                town = _place_entity(doc, k)
                town_country = (
                    _placed_country(doc, town) or _gazetteer_country(town.text) if town is not None else None
                )
                if town is not None and town_country is not None:
                    span_end = town.end
                elif k > span_end + 1 and doc[k - 1].lower_ == "of":
                    # "a court in the port city of Chattogram": the words say a town is named,
                    # so the place finder's reading stands where the tagger saw no place.
                    named = frozenset(c for n in name_at.values() if (c := split_code(n.code)[0]))
                    found = _named_town(doc, k, named)
                    if found is not None:
                        span_end, town_country = found
        if trailing is None and modifier is None and possessor is None and person is None:
            # "the president, prime minister and foreign minister of the Czech Republic": the
            # country after the last of coordinated role words is the country of them all.
            trailing = _shared_trailing_country(doc[end - 1], name_at)
        code, name_text = self._composed_code(sector, modifier, possessor, person, trailing, doc, start, end)
        if code is None and town_country is not None:
            code, name_text = f"{town_country}{sector[:3]}", f"{town_country} {_text_of(doc, start, end)}"
        if code is not None and religion and code[3:6] == "CVL":
            code = f"{code}{religion}"
        needs_country = code is None
        if code is None and sector in _NON_STATE:
            # "a human rights group": an NGO needs no country.
            code, needs_country = sector, False
            name_text = _text_of(doc, start, end)
        if code is None:
            if (
                sector not in _CONTEXT_SECTORS
                and sector not in _LOCAL_SECTORS
                and sector not in _UNNAMED_SECTORS
            ):
                return None
            code = sector = sector + religion
            name_text = _text_of(doc, start, end)
        for used in (modifier, trailing, person):
            if used is not None:
                consumed.update(range(used.span.start, used.span.end))
        consumed.update(range(span_start, span_end))
        return _Mention(
            start=span_start,
            end=span_end,
            code=code,
            name=name_text,
            person=person_key,
            needs_country=needs_country,
            sector=sector,
        )

    def _conjoined_modifiers(
        self, doc: Doc, mention: _Mention, name_at: dict[int, _Name], consumed: set[int]
    ) -> list[_Mention]:
        """ "US and British activists": the role word also belongs to the first nationality."""
        out: list[_Mention] = []
        country, sector = split_code(mention.code)
        first = name_at.get(mention.start)
        if (
            country is None
            or sector is None
            or first is None
            or first.entry.kind not in ("demonym", "country")
        ):
            return out
        i = mention.start - 1
        while i >= 1 and doc[i].text in (",", "and", "&"):
            other = name_at.get(i - 1)
            if other is None or other.entry.kind not in ("demonym", "country") or (i - 1) in consumed:
                break
            other_country, _ = split_code(other.code)
            if other_country is None:
                break
            out.append(
                _Mention(other.span.start, other.span.end, f"{other_country}{sector}", other.entry.name)
            )
            consumed.update(range(other.span.start, other.span.end))
            i = other.span.start - 1
        return out

    def _person_name(self, ent: Span, day: dt.date | None) -> _Name | None:
        for candidate in (ent.text, ent[-1].text):
            resolution = self.kb.resolve(candidate, day)
            if resolution is None or resolution.entry.kind != "person":
                continue
            if _is_mononym(resolution.entry) and self._given_names(ent[:-1]):
                continue  # "Rezan Hassan" is not the mononymous Prince "Hassan"
            if candidate != ent.text and self._other_person(resolution.entry, ent[:-1]):
                continue  # "Mukhu Aliyev" is not Ilham Aliyev
            return _Name(ent, resolution.entry, resolution.code)
        return None

    def _other_person(self, entry: Entry, given: Span) -> bool:
        """ "Mukhu Aliyev" is not Ilham Aliyev: a surname after given names none of his names
        begins like (spellings vary: "Sergei" and "Sergey" Lavrov are one man)."""
        if not len(given) or not self._given_names(given):
            return False
        stems = {w.lower()[:3] for name in entry.all_names for w in name.split()}
        return not any(t.lower_[:3] in stems for t in given if t.is_alpha)

    def _given_names(self, words: Span) -> bool:
        """Whether ``words`` (before a name) hold a given name, not only titles ("King")."""
        titles = {word for title in self.lexicon.title_words for word in title.split()}
        return any(t.lower_ not in titles and t.is_alpha for t in words)

    def _composed_code(
        self,
        sector: str,
        modifier: _Name | None,
        possessor: _Name | None,
        person: _Name | None,
        trailing: _Name | None,
        doc: Doc,
        start: int,
        end: int,
    ) -> tuple[str | None, str]:
        role_text = _text_of(doc, start, end)
        former = any(t.lower_ in ("former", "ex", "ex-", "late") for t in doc[max(start - 3, 0) : start])
        if person is not None and person.entry.kind == "person":
            person_country, person_sector = split_code(person.code)
            modifier_country = split_code(modifier.code)[0] if modifier else None
            # "NATO Secretary General Jens Stoltenberg": the organisation written with the title
            # says whom the person speaks for, whatever national office they held before.
            if modifier is not None and modifier_country is None and not former:
                return modifier.code, person.entry.name
            # "King Abdullah of Jordan": the country written after the name decides.
            if trailing is not None and not former:
                trailing_country = split_code(trailing.code)[0]
                if trailing_country and trailing_country != person_country:
                    return f"{trailing_country}{sector[:3]}", person.entry.name
            # A title written in the text ("President X") is evidence of office at the time of
            # writing; it beats a knowledge-base role of "elite" unless the title says "former".
            undated = doc._.article_date is None
            title_wins = (
                (person_sector == "ELI" or undated) and sector != "ELI" and not former and person_country
            )
            if title_wins:
                return f"{person_country}{sector}", person.entry.name
            if modifier_country is None or modifier_country == person_country:
                return person.code, person.entry.name
        if former and sector == "GOV":
            sector = "ELI"
        source = modifier or trailing or possessor
        if source is None:
            return None, role_text
        country, source_sector = split_code(source.code)
        if country is None:  # an organisation: "UN peacekeepers", "EU foreign ministers"
            return source.code, f"{source.entry.name} {role_text}"
        if source.entry.kind in ("media", "org", "ngo") and source_sector:
            return source.code, source.entry.name
        if source.entry.kind == "group" and source_sector and country not in _NON_STATE:
            # "the Hamas regime", "Hezbollah fighters": the armed group stays first (CAMEO
            # writes its role after it: PSEREB + GOV).
            suffix = "" if source.code.endswith(sector[:3]) else sector[:3]
            return f"{source.code}{suffix}", source.entry.name
        label = person.entry.name if person else f"{_country_name(source.entry)} {role_text}"
        return f"{country}{sector[:3]}", label

    def _named(self, doc: Doc, name: _Name, consumed: set[int], name_at: dict[int, _Name]) -> _Mention | None:
        entry, span = name.entry, name.span
        if entry.kind in _PLACE_KINDS and self._is_locative(span):
            return None
        if entry.kind in ("demonym", "group") and span.start > 0 and doc[span.start - 1].lower_ == "ethnic":
            # "ethnic Albanians demonstrated in Serbia": civilians of the country they live in.
            return _Mention(span.start - 1, span.end, "CVL", span.text, needs_country=True, sector="CVL")
        if entry.kind == "group":
            home = _home_country(doc, span, name_at)
            if home is not None and home != split_code(name.code)[0]:
                # "the Serbs of northern Kosovo": a people of another country's land are its civilians.
                return _Mention(span.start, span.end, f"{home}CVL", span.text)
        body = self._state_body(doc, name, consumed)
        if body is not None:
            return body
        if entry.kind == "demonym":
            # "Chinese food", "the Ukrainian border": an adjective is an actor only as a noun
            # ("the Chinese said") or on the subject of a verb ("Russian missiles hit").
            head = span[-1]
            if head.dep_ in ("amod", "compound", "nmod") or head.pos_ == "ADJ":
                return self._modified_subject(doc, name, consumed)
            if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT"):
                return None
        if entry.kind in ("country", "capital") and span[-1].dep_ == "compound":
            head = span[-1].head
            if head.pos_ == "NOUN" and head.lower_ in self.lexicon.non_actor_heads:
                return None
        person_key = _name_keys(span) if entry.kind == "person" else ()
        if entry.kind != "person" and span[-1].lower_ in self.lexicon.title_words:
            titled = self._titled_person(doc, name, consumed)
            if titled is not None:
                return titled
        return _Mention(span.start, span.end, name.code, entry.name, person=person_key)

    def _titled_person(self, doc: Doc, name: _Name, consumed: set[int]) -> _Mention | None:
        """A title known as a whole ("US President") followed by the holder's name: one mention."""
        end = name.span.end
        if end >= len(doc) or end in consumed or doc[end].ent_type_ != "PERSON" or doc[end].ent_iob_ != "B":
            return None
        ent = _entity_of(doc, doc[end])
        if ent is None:
            return None
        person = self._person_name(ent, doc._.article_date)
        code, label = name.code, ent.text
        if person is not None and split_code(person.code)[0] == split_code(name.code)[0]:
            code, label = person.code, person.entry.name
        return _Mention(name.span.start, ent.end, code, label, person=_name_keys(ent))

    def _state_body(self, doc: Doc, name: _Name, consumed: set[int]) -> _Mention | None:
        """A public body a country owns, named by a word for such bodies the role lexicon does not
        list with its purpose ("China's customs agency", "the Russian tourism agency"): the state
        acts through it, so it is that country's government. Without this the country's name alone
        would be the actor, or, where the possessive leaves the name off the subject, none at all."""
        if name.entry.kind not in ("country", "demonym"):
            return None
        country, sector = split_code(name.code)
        span = name.span
        if country is None or sector or country in _NON_STATE:
            return None
        if span.start > 0 and doc[span.start - 1].text in _POSSESSIVE:
            return None  # "the BBC's Russian service": the owner named first is not the country
        last = span[-1]
        head = last.head
        if last.dep_ not in ("poss", "amod", "compound", "nmod") or not _body_head(doc, span.end, head):
            return None
        if head.lower_ not in self.lexicon.state_body_words:
            return None
        if any(i in consumed for i in range(span.end, head.i + 1)):
            return None
        words = _text_of(doc, span.end, head.i + 1).removeprefix("'s ").removeprefix("’s ")
        return _Mention(span.start, head.i + 1, f"{country}GOV", f"{_country_name(name.entry)} {words}")

    def _modified_subject(self, doc: Doc, name: _Name, consumed: set[int]) -> _Mention | None:
        head = name.span[-1].head
        if any(i in consumed for i in range(name.span.end, head.i + 1)):
            return None
        if head.i <= name.span.end - 1 or head.i - name.span.end > 3:
            return None
        if head.lower_ in self.lexicon.civic_demonyms:
            return None  # "Greek Cypriots", "Cuban Americans": of the head's own country
        # "the Chinese side was asked to refrain": diplomatic language for the state itself.
        side = (
            head.lower_ == "side"
            and name.entry.kind == "demonym"
            and head.i == name.span.end
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "side of the border"
        )
        if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or (
            head.lower_ in self.lexicon.non_actor_heads and not side
        ):
            return None
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        return _Mention(name.span.start, head.i + 1, name.code, name.entry.name)

    def _is_locative(self, span: Span) -> bool:
        token = span[-1]
        # Walk up compounds: "in central Baghdad", "in the Georgian capital".
        while token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in self.lexicon.locative_prepositions

    def _person_mentions(
        self, doc: Doc, mentions: list[_Mention], consumed: set[int], blocked: set[int]
    ) -> list[_Mention]:
        """Later mentions of a person already coded: "Xi", "Mr Putin", "Ushakov"."""
        known: dict[str, _Mention] = {}
        out: list[_Mention] = []
        by_start = sorted(mentions, key=lambda m: m.start)
        index = 0
        # Only name-cased proper nouns can be a later mention: read the others as one array.
        # (Filtered as an array: a list of rows would make a small list per token.)
        proper_nouns = np.flatnonzero(doc.to_array([POS]) == PROPN).tolist()
        after = 0  # the end of the last mention found
        for i in proper_nouns:
            if i < after or not _name_cased(doc[i]):
                continue
            while index < len(by_start) and by_start[index].start <= i:
                for key in by_start[index].person:
                    known[key] = by_start[index]
                index += 1
            token = doc[i]
            earlier = known.get(token.lower_)
            if earlier is None or i in consumed or i in blocked:
                continue
            ent = _entity_of(doc, token) if token.ent_type_ == "PERSON" else None
            start, end = (ent.start, ent.end) if ent is not None else (i, i + 1)
            if any(j in consumed or j in blocked for j in range(start, end)):
                continue
            out.append(
                _Mention(
                    start,
                    end,
                    earlier.code,
                    earlier.name,
                    person=earlier.person,
                    needs_country=earlier.needs_country,
                    sector=earlier.sector,
                )
            )
            consumed.update(range(start, end))
            after = end
        return out

    def _refer(
        self,
        doc: Doc,
        mentions: list[_Mention],
        blocked: set[int],
        consumed: set[int],
        places: list[tuple[int, str]],
    ) -> list[_Mention]:
        """Fill countries from context, and add "the two leaders" and subject pronouns."""
        plural_at = {
            start: end
            for _, start, end in self.plural_matcher(doc)
            if not any(i in blocked for i in range(start, end))
        }
        # Word and dependency of every token as one array; a Token only for the pronoun subjects.
        strings = doc.vocab.strings
        pronouns = {strings[p] for p in self.lexicon.subject_pronouns}
        lowers, deps = doc.to_array([LOWER, DEP]).reshape(-1, 2).T
        # "urged both to settle the dispute": "both" standing alone for two parties.
        for i in np.flatnonzero(lowers == strings["both"]).tolist():
            if doc[i].dep_ in _STANDALONE_DEPS and i not in blocked and i not in plural_at:
                plural_at[i] = i + 1
        # "both Gulf states", "the two downstream countries": a counted plural of states with
        # words between the count and the noun, which no fixed phrase lists.
        is_count = np.zeros(len(doc), dtype=bool)
        for word in _PLURAL_COUNTS:
            is_count |= lowers == strings[word]
        for start, end in _counted_state_plurals(doc, np.flatnonzero(is_count).tolist()):
            if start not in plural_at and not any(i in blocked for i in range(start, end)):
                plural_at[start] = end
        # The subjects, then their words (np.isin costs more than these comparisons).
        is_subject = (deps == strings["nsubj"]) | (deps == strings["nsubjpass"])
        at_subjects = np.flatnonzero(is_subject).tolist()
        object_words = {strings[p] for p in _OBJECT_PRONOUNS}
        # "helping him raise $50,000": the parser makes an object pronoun the subject of the
        # bare infinitive; it is still someone other than the helper.
        pronoun_tokens = [
            doc[i]
            for i in at_subjects
            if int(lowers[i]) in pronouns | object_words and i not in blocked and i not in consumed
        ]
        # "phoned Putin and asked him to ...", "apologised to him": an object pronoun names
        # someone other than the subject.
        is_object = (deps == strings["dobj"]) | (deps == strings["dative"]) | (deps == strings["pobj"])
        for i in np.flatnonzero(is_object).tolist():
            token = doc[i]
            wanted = token.dep_ != "pobj" or token.head.lower_ in ("to", "with")
            if int(lowers[i]) in object_words and i not in blocked and wanted:
                pronoun_tokens.append(token)
        pronoun_tokens.sort(key=lambda t: t.i)
        # "the two leaders": a role word inside a plural referent gives way to the referents.
        covered = {i for start, end in plural_at.items() for i in range(start, end)}
        kept = [m for m in mentions if m.start not in covered]
        events: list[tuple[int, str, object]] = [(m.start, "mention", m) for m in kept]
        dropped = {m.start: m for m in mentions if m.start in covered}
        events += [(start, "plural", end) for start, end in plural_at.items()]
        events += [(t.i, "pronoun", t) for t in pronoun_tokens]
        events.sort(key=lambda e: e[0])
        out: list[_Mention] = []
        people: list[_Mention] = []
        countries: dict[str, str] = {}  # a person's name key -> the country filled in for them
        towns: list[tuple[int, str]] | None = None
        filed_from = self._dateline_country(doc)
        dateline = _named_dateline(filed_from, doc, mentions)
        # What a sentence's unplaced actors may be placed by: not a foreign mission, which stands
        # on another country's soil ("students marched on the Chilean consulate in La Paz").
        placing = _outside_missions(doc, mentions, self.lexicon.mission_words)
        for position, kind, payload in events:
            if kind == "mention" and isinstance(payload, _Mention):
                mention = payload
                owner = (
                    _relative_owner(doc, mention, out)
                    or _possessor(doc, mention, out, self.lexicon.title_words)
                    or _owning_person(doc, mention, out, mentions, self.lexicon.leading_verbs)
                    or _deed_agent(doc, mention, mentions)
                    if mention.needs_country
                    else None
                )
                if owner is not None and owner.code.startswith("IGO"):
                    # "NATO ... attacked its peacekeepers": the organisation's own forces.
                    mention.code, mention.name = owner.code, owner.name
                    out.append(mention)
                    continue
                if owner is not None and (mention.sector or "")[:3] in _UNNAMED_SECTORS:
                    # "his fighters": a named leader's armed men are of his country.
                    country = split_code(owner.code)[0]
                    mention.code = f"{country}{mention.sector or ''}"
                    out.append(mention)
                    continue
                if mention.needs_country and (mention.sector or "")[:3] in _UNNAMED_SECTORS:
                    # "gunmen", "the attackers": of the country where their sentence places them
                    # ("in northern Nigeria"), never of their victims, else of the one the story
                    # is about (as ICEWS codes them; CAMEO dictionaries leave them "---").
                    settings = [m for m in mentions if self._is_locative(doc[m.start : m.end])]
                    filled = _sentence_country(doc, mention, settings, places)
                    filled = filled or _story_country(doc, mentions)
                    if filled is not None:
                        mention.code = f"{filled}{mention.sector or ''}"
                    out.append(mention)
                    continue
                whole = (
                    _of_phrase_code(doc, mention, mentions, self.member_heads)
                    if mention.needs_country
                    else None
                )
                if whole is not None:
                    # "a delegation of ECOWAS foreign ministers": the group is what it is made of.
                    mention.code = whole
                    out.append(mention)
                    continue
                if mention.needs_country and _unspecific(doc, mention):
                    continue  # "any aircraft that attacked": nobody in particular, of no country
                if mention.needs_country and _is_foreign(doc, mention):
                    # "foreign police": not of the story's country but of the latest other one.
                    home = _story_country(doc, mentions)
                    abroad = [m for m in out if split_code(m.code)[0] not in (None, home)]
                    filled = _context_country(abroad, mention.sector or "")
                    if filled is not None:
                        mention.code = f"{filled}{mention.sector or ''}"
                        out.append(mention)
                    continue
                if mention.needs_country:
                    local = (mention.sector or "")[:3] in _LOCAL_SECTORS
                    crowd = _is_crowd(doc, mention)
                    if crowd and towns is None:
                        # A crowd is placed by its own clause, often in a town the knowledge
                        # base does not list ("marched in Barcelona").
                        locatives = self.lexicon.locative_prepositions
                        towns = _unlisted_towns(doc, blocked | consumed, locatives, mentions)
                    # A person's own description comes first ("Colonel Zhang, a spokesman for
                    # the PLA"), and later mentions of them ("Zhang said") keep its country.
                    filled = (
                        next((countries[k] for k in mention.person if k in countries), None)
                        or (split_code(owner.code)[0] if owner is not None else None)
                        or _appositive_country(doc, mention, mentions)
                        or _reported_subject_country(doc, mention, mentions)
                        or _conjunct_country(doc, mention, out)
                        or _setting_country(doc, mention, mentions, places)
                        # "four North Korean fishermen ... sent back the three surviving
                        # fishermen": a definite role word repeats the group named before with
                        # its nationality, not the country of the latest actor named.
                        or (_definite_repeat_country(doc, mention, out) if local else None)
                        or _clause_setting_country(doc, mention, mentions, places, self.lexicon.side_words)
                        or _town_modifier_country(doc, mention)
                        or (_federal_country(doc, mentions) if _home_modified(doc, mention) else None)
                        # "Azerbaijan's defence ministry said ... On Thursday the ministry denied":
                        # the organ named just before, not one of the country the story is set in.
                        or (_renamed_organ_country(doc, mention, out) if _is_state_organ(mention) else None)
                        # "HAVANA — ... Representative Carlos Gimenez called it a disgrace": a
                        # member of the U.S. Congress, titled as only its members are, is
                        # American in a story that names the United States, wherever it is filed.
                        or (
                            _congress_member_country(doc, mention, mentions, self.lexicon.us_congress_titles)
                            if mention.person
                            else None
                        )
                        # "PRAGUE — ... Industry Minister Karel Havlicek": an official the wire
                        # names without a country is of the country it files from.
                        or (dateline if mention.person and not _nationality_before(doc, mention) else None)
                        # "the junta", "a government spokesman": the ruling body of the country
                        # the wire files from or the story is about, not of the latest foreign
                        # official named.
                        or (
                            _ruling_country(None if _possessed(doc, mention) else dateline, doc, mentions)
                            if self._names_rulers(doc, mention)
                            else None
                        )
                        # "former president Alvaro Uribe": a former office holder is of the
                        # country the story is about, not of the latest foreign official.
                        or (_story_country(doc, mentions) if (mention.sector or "")[:3] == "ELI" else None)
                        # "demonstrators marched through the capital": people who gather or
                        # live somewhere are of where the story is set, not of the latest
                        # foreign visitor named.
                        or (
                            _crowd_place_country(doc, mention, mentions, [*places, *(towns or [])])
                            if crowd
                            else None
                        )
                        # "students marched through the capital": the capital the wire files from.
                        or (
                            filed_from
                            if crowd and _in_the_capital(doc, mention, self.lexicon.capital_words)
                            else None
                        )
                        or (_set_in(dateline, doc) if crowd and (mention.sector or "")[:3] == "OPP" else None)
                        # "the interior ministry", "police": a state organ the story does not
                        # tie to a country is of the country the story is set in, not of the
                        # latest foreign actor named ("Macron said ... The interior ministry said").
                        or (_speaker_country(doc, mention, out) if _is_state_organ(mention) else None)
                        or _domestic_force_country(doc, dateline, mention)
                        or (_set_in(dateline, doc) if _is_state_organ(mention) else None)
                        or (
                            _clause_located_country(doc, mention, self.lexicon.locative_prepositions)
                            if (mention.sector or "")[:3] in _ARMED_GROUP_SECTORS
                            else None
                        )
                        or (None if local else _context_country(out, mention.sector or ""))
                        or _sentence_country(doc, mention, placing, places)
                    )
                    if filled is None:
                        # The last resort: a town the knowledge base does not list, looked up once
                        # per document.
                        if towns is None:
                            locatives = self.lexicon.locative_prepositions
                            towns = _unlisted_towns(doc, blocked | consumed, locatives, mentions)
                        filled = _sentence_country(doc, mention, [], towns)
                    if filled is None:
                        # "members of the Gran Grif gang stormed a town", "Republicans voted":
                        # of the country the article is about, when nothing closer names one.
                        filled = _story_country(doc, mentions)
                    if filled is None:
                        continue
                    mention.code = f"{filled}{mention.sector or ''}"
                    mention.name = f"{filled} {mention.name}"
                    countries.update((key, filled) for key in mention.person)
                out.append(mention)
                # An international official named in full ("Zeid ..., the U.N. High
                # Commissioner") is someone a later "he" may stand for too.
                official = mention.code[:3] in _NON_STATE and bool(mention.person)
                if official or (
                    mention.code[3:6] in _PRONOUN_SECTORS and (mention.person or _one_civilian(doc, mention))
                ):
                    people.append(mention)
            elif kind == "plural" and isinstance(payload, int):
                head = doc[payload - 1].lower_
                count = next(
                    (_PLURAL_COUNTS[t.lower_] for t in doc[position:payload] if t.lower_ in _PLURAL_COUNTS), 2
                )
                # "the two countries", "both governments", "the three governments": the countries
                # the story named most, other than those acting on them in the same sentence; not
                # the last two people.
                if head in _STATE_PLURALS:
                    acting = _subject_countries(doc[payload - 1], out)
                    referents = _listed_countries(doc, out, head, count, acting)
                    # A bare "both" may be two people ("Clinton and Reno ..., with both
                    # stressing"): only a list of two countries says it is two states. So does
                    # a counted plural with words between ("the three Gulf states" may be some of
                    # the countries named most, not the first three).
                    if not referents and head != "both" and payload - position <= 2:
                        referents = _most_named_countries(out, head, count, acting)
                else:
                    subject_people = _subject_phrase_names(doc[payload - 1], people)
                    referents = _last_distinct([p for p in people if p.name not in subject_people], count)
                if len(referents) == count:
                    for referent in referents:
                        out.append(_Mention(position, payload, referent.code, referent.name))
                else:
                    for start in range(position, payload):
                        fallback = dropped.get(start)
                        if fallback is not None and not fallback.needs_country:
                            out.append(fallback)
            elif kind == "pronoun" and isinstance(payload, Token) and people:
                sentence = _sentence(payload)
                previous_start = _previous_sentence_start(doc, sentence)
                last = (
                    _reporting_speaker(payload, people)
                    or _main_subject_before(payload, sentence, people)
                    or people[-1]
                    if payload.lower_ not in _OBJECT_PRONOUNS
                    else _other_than_subject(payload, people)
                )
                if last is not None and last.start >= previous_start:
                    taken = _Mention(position, position + 1, last.code, last.name, person=last.person)
                    out.append(taken)
                    people.append(taken)  # "He ... He was cited ...": the chain goes on
        return out

    # -- writing --------------------------------------------------------------------------

    def write(self, doc: Doc, mentions: Iterable[_Mention]) -> None:
        actors: list[Actor] = []
        spans: list[Span] = []
        text = doc_text(doc)  # Span.text would join the mention's tokens again
        for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
            span = Span(doc, mention.start, mention.end, label=mention.code)
            country, sector = split_code(mention.code)
            actors.append(
                Actor(
                    text=text[span.start_char : span.end_char],
                    span=(span.start_char, span.end_char),
                    name=mention.name,
                    code=mention.code,
                    country=country,
                    sector=sector,
                )
            )
            spans.append(span)
        doc._.actors = actors
        doc.spans[SPAN_KEY] = spans


def _apply_acronyms(doc: Doc, mentions: list[_Mention], blocked: set[int]) -> list[_Mention]:
    """ "Sudan's Rapid Support Forces (RSF)": within the article the acronym names that actor,
    whatever else the knowledge base knows by it (RSF is also Reporters Without Borders)."""
    defined: dict[str, _Mention] = {}
    for mention in mentions:
        end = mention.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1].text
            words = [t.text for t in doc[mention.start : end] if t.text[:1].isupper()]
            # Its letters must fit the name: "Rapid Support Forces (RSF)", not "in Lebanon (UNIFIL)".
            fits = bool(words) and acronym[:1] == words[0][0] and acronym[-1:] == words[-1][0]
            if fits and 2 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha():
                defined.setdefault(acronym, mention)
    # Local news shortens a name without defining it: "Paris Police Department ... The PPD said".
    capitals = {t.text for t in doc if 2 <= len(t.text) <= 6 and t.text.isupper() and t.text.isalpha()}
    for mention in mentions:
        initials = _initials(doc, mention)
        if initials in capitals:
            defined.setdefault(initials, mention)
    if not defined:
        return mentions
    out: list[_Mention] = []
    for mention in mentions:
        acronym = doc[mention.start : mention.end].text if mention.end - mention.start == 1 else ""
        source = defined.get(acronym)
        if source is not None and source is not mention:
            mention = dataclasses.replace(mention, code=source.code, name=source.name, person=())
        out.append(mention)
    # The acronym where the knowledge base does not know it ("the TPLF said").
    covered = {i for m in mentions for i in range(m.start, m.end)} | blocked
    text = doc_text(doc)
    for acronym, source in defined.items():
        position = text.find(acronym)
        while position != -1:
            span = doc.char_span(position, position + len(acronym))
            if span is not None and len(span) == 1 and span.start not in covered:
                out.append(_Mention(span.start, span.end, source.code, source.name))
            position = text.find(acronym, position + len(acronym))
    return sorted(out, key=lambda m: (m.start, m.end))


def _initials(doc: Doc, mention: _Mention) -> str:
    """The initials of the capitalised name around a mention ("Paris Police Department" for
    "Police": PPD; "Federal Bureau of Investigation": FBI), or "" for a one-word name."""
    start, end = mention.start, mention.end
    sentence = _sentence(doc[start])
    while start - 1 >= sentence.start and _capitalised(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < sentence.end and (
        _capitalised(doc[end])
        or (doc[end].lower_ in _NAME_JOINERS and end + 1 < sentence.end and _capitalised(doc[end + 1]))
    ):
        end += 1
    words = [t.text for t in doc[start:end] if _capitalised(t)]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


_NAME_JOINERS = frozenset({"of", "for", "and", "on", "&"})

# Verbs that move people somewhere: their "from/in" phrase is a place, not the people's country.
_MOVEMENT_VERBS = frozenset(
    {"withdraw", "pull", "remove", "evacuate", "send", "deploy", "redeploy", "move", "transfer", "station"}
)


def _is_foreign(doc: Doc, mention: _Mention) -> bool:
    """ "foreign troops", "foreign police": of some other country than the story's; not "its
    foreign ministry", whose "foreign" names the office, not whose it is."""
    head = doc[mention.end - 1]
    if head.lower_ in _FOREIGN_AFFAIRS_OFFICES:
        return False
    return any(c.dep_ == "amod" and c.lower_ == "foreign" for c in head.children)


# Offices in charge of foreign affairs, which every country has ("the foreign minister").
_FOREIGN_AFFAIRS_OFFICES = frozenset({
    "minister", "ministry", "secretary", "office", "adviser", "chief",
    "spokesman", "spokeswoman", "spokesperson", "affairs",
})  # fmt: skip


# "world leaders", "international observers": of many countries, none of them the story's.
MANY_NATIONS = frozenset({"world", "global", "international"})


def _unspecific(doc: Doc, mention: _Mention) -> bool:
    """ "any aircraft", "no soldier": a quantified role word refers to no one the story names;
    "world leaders" to no one country."""
    head = doc[mention.end - 1]
    if any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in head.children):
        return True
    # "world leaders and diplomats": the conjoined role words share the modifier.
    heads = [head, head.head] if head.dep_ == "conj" else [head]
    modifiers = [c for h in heads for c in h.children if c.i < h.i and c.dep_ in ("compound", "amod")]
    return any(c.lower_ in MANY_NATIONS for c in modifiers)


def _is_mononym(entry: Entry) -> bool:
    """A person known by one name only (kings, princes: "Hassan", "Fahd")."""
    return " " not in entry.name.strip()


def _text_of(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, sliced from the Doc's text (the Span would join its tokens)."""
    if end <= start:
        return ""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx : last.idx + len(last)]


def _sentence(token: Token) -> Span:
    """The token's sentence; the whole Doc when nothing set sentence boundaries."""
    doc = token.doc
    starts = doc.user_data.get(_SENTENCE_STARTS_KEY)
    if starts is not None:
        # Inside _sentence_starts: the sentence is looked up, not walked to (Token.sent makes
        # two Spans and walks the sentence for each of the ~25 calls per article).
        after = bisect.bisect_right(starts, token.i)
        return doc[starts[after - 1] : starts[after] if after < len(starts) else len(doc)]
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return token.sent
    return doc[:]


_SENTENCE_STARTS_KEY = "clio.actor_sentence_starts"


@contextmanager
def _sentence_starts(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`_sentence` finds a token's sentence among the Doc's sentence
    starts, read once. Only for a Doc whose sentences come from its own boundaries (no
    sentence hooks, which Token.sent would follow); the starts are gone after the block."""
    hooked = "sents" in doc.user_hooks or "sent" in doc.user_span_hooks or "sent" in doc.user_token_hooks
    bounded = len(doc) > 0 and doc.has_annotation("SENT_START")
    if hooked or not bounded or _SENTENCE_STARTS_KEY in doc.user_data:
        yield
        return
    doc.user_data[_SENTENCE_STARTS_KEY] = [sentence.start for sentence in doc.sents]
    try:
        yield
    finally:
        del doc.user_data[_SENTENCE_STARTS_KEY]


# A slash or bar standing alone between words: "JOHN ROE / AFP".
_SLASH = re.compile(r"[/|]")


def _shared_trailing_country(role: Token, name_at: dict[int, _Name]) -> _Name | None:
    """The country in "of <country>" after the last conjunct coordinated with ``role`` (the
    parser makes the second of three role words an apposition of the first)."""
    listed = [
        *role.conjuncts,
        *(c for a in role.children if a.dep_ == "appos" and a.conjuncts for c in (a, *a.conjuncts)),
    ]
    later = sorted((c for c in listed if c.i > role.i), key=lambda c: -c.i)
    for conjunct in later:  # the last first; the parser may hang the phrase on any of them
        for prep in conjunct.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for noun in prep.children:
                name = name_at.get(noun.i)
                if noun.dep_ == "pobj" and name is not None and name.entry.kind in ("country", "capital"):
                    return name
    return None


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _written_as_name(span: Span) -> bool:
    """Whether a word of ``span`` begins with a capital ("Karachi", "al-Bayda"), as a place's
    name does; "the gulf", "the north" are common words."""
    return any(t.text[:1].isupper() for t in span)


def _name_cased(token: Token) -> bool:
    """Cased as a name: "Smith", and "McClung", "DeLeo", which spaCy's is_title rejects."""
    return token.is_title or (token.text[:1].isupper() and not token.is_upper)


# "the Saudi-led coalition", "U.S.-led forces": the participle after a leader's name.
_LED = re.compile(r"-led\b", re.IGNORECASE)
# What may lead a group: a state (by its name, its people's or its capital's) or an organisation.
_LEADING_KINDS = frozenset({"country", "demonym", "capital", "igo"})

# "a London-based group": the place says where the group sits, it is not an actor.
_LOCATED_SUFFIXES = frozenset({"based", "headquartered"})
_STANCE_PREFIXES = frozenset({"pro", "anti"})


def _describes_location(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _LOCATED_SUFFIXES


def _stance_prefixed(doc: Doc, start: int) -> bool:
    """ "pro-Russian separatists", "an anti-Syria journalist": allegiance, not nationality."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _STANCE_PREFIXES


_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _lower_patterns(tokenizer: Tokenizer, texts: list[str]) -> list[Pattern]:
    """PhraseMatcher patterns (LOWER hashes per token) for ``texts``, tokenized as spaCy would.

    Tokenizing ~30,000 names took seconds at start-up. Plain letter words separated by single
    spaces are never split by the tokenizer unless a word is a special case ("XD", "cannot"), so
    those are split on spaces; every other text goes through the tokenizer.
    """
    strings = tokenizer.vocab.strings
    special = tokenizer.rules or {}
    patterns: list[Pattern | None] = []
    hard: list[int] = []
    for i, text in enumerate(texts):
        words = text.split(" ")
        if _PLAIN_WORDS.fullmatch(text) and not any(w in special for w in words):
            patterns.append(tuple(strings.add(w.lower()) for w in words))
        else:
            patterns.append(None)
            hard.append(i)
    for i, doc in zip(hard, tokenizer.pipe(texts[i] for i in hard), strict=True):
        patterns[i] = tuple(t.lower for t in doc)
    return [p for p in patterns if p is not None]


def _strip_the(alias: str) -> str:
    return alias[4:] if alias.lower().startswith("the ") else alias


def _is_acronym(alias: str) -> bool:
    bare = _strip_the(alias).replace(".", "")
    return bare.isupper() and len(bare) <= 5


def _entity_of(doc: Doc, token: Token) -> Span | None:
    """The entity ``token`` is in, read from the IOB tags around it (``doc.ents`` builds every
    entity on each access: looking one up there made a names-only text quadratic)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type)


def _name_keys(span: Span) -> tuple[str, ...]:
    """Keys a person is referred to by later: the surname, and for two-word names the first word
    too (family name first in Chinese and Korean names: "Xi Jinping" -> "Xi")."""
    words = [t.lower_ for t in span if t.is_alpha and _name_cased(t)]
    if not words:
        return ()
    if len(words) == 2:
        return (words[1], words[0])
    return (words[-1],)


def _looks_like_us_state(doc: Doc, span: Span) -> bool:
    """'Atlanta, Georgia', 'Washington state', 'the state of Georgia', 'Seattle, Washington'."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ("state", "state's"):
        return True
    if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].pos_ == "PROPN":
        previous = doc[span.start - 2]
        if previous.ent_type_ in ("DATE", "TIME"):
            return False  # "In May, Washington imposed sanctions": a date opens the clause
        return previous.ent_type_ in ("GPE", "LOC") or previous.is_title
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == "state":
        return True
    return after is not None and after.lower_ in _US_STATE_OFFICES


def _among_us_places(span: Span) -> bool:
    """'Georgia beat Alabama', 'from Atlanta, Georgia ...': a sentence naming another American
    place makes a state-and-country homonym the state."""
    return any(
        ent.label_ in ("GPE", "LOC", "ORG")
        and ent.start != span.start
        and _gazetteer_country(ent.text) == "USA"
        for ent in span.sent.ents
    )


def _body_head(doc: Doc, end: int, head: Token) -> bool:
    """Whether ``head`` is the noun a name ending at ``end`` stands before, past at most a few
    words that only qualify it ("China's [civil aviation] authority"), so the name owns that noun
    and not some other word of the phrase."""
    if head.pos_ not in ("NOUN", "PROPN") or not end <= head.i <= end + _BODY_REACH:
        return False
    return all(t.dep_ in ("case", "compound", "amod") and t.head.i <= head.i for t in doc[end : head.i])


def _modifies(token: Token) -> bool:
    """A word between a preposition and the country it introduces: "the", "northern", "military-ruled"."""
    doc = token.doc
    hyphenated = token.text == "-" or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-")
    premodifier = token.dep_ in ("amod", "compound") and token.head.i > token.i
    return (
        token.lower_ == "the"
        or token.pos_ == "ADJ"
        or token.tag_ in ("VBN", "VBG")
        or hyphenated
        or premodifier
    )


def _group_agents(agents: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Adjacent role-word matches form one mention: "police officers", "army chief of staff"."""
    groups: list[list[tuple[int, int, str]]] = []
    for agent in agents:
        if groups and groups[-1][-1][1] == agent[0]:
            groups[-1].append(agent)
        else:
            groups.append([agent])
    return groups


def _group_sector(doc: Doc, group: list[tuple[int, int, str]], generic_heads: frozenset[str]) -> str:
    """The head decides ("civilian advisers" -> GOV) unless it is generic ("rebel leader" -> REB)."""
    for start, end, code in reversed(group):
        if _text_of(doc, start, end).lower() not in generic_heads:
            return code[:3]
    return group[-1][2][:3]


def _take_organisation_appositions(doc: Doc, mentions: list[_Mention]) -> None:
    """ "Kenzo Oshima, the United Nations relief coordinator": a person described by an
    organisation's title in apposition speaks for the organisation, whatever national office the
    knowledge base lists for them. Updates ``mentions`` (sorted by start) in place."""
    for person, title in pairwise(mentions):
        if not person.person or split_code(title.code)[0] is not None or title.needs_country:
            continue
        between = [t.lower_ for t in doc[person.end : title.start]]
        if between not in ([","], [",", "the"]):
            continue
        root = doc[title.start : title.end].root
        # A title is headed by a role noun ("the NATO envoy") or closed by a comma ("the UN Relief
        # Coordinator,"); "Putin, the UN and NATO" is a list.
        closed = title.end < len(doc) and doc[title.end].text == ","
        if (
            (root.pos_ == "NOUN" or closed)
            and root.dep_ == "appos"
            and person.start <= root.head.i < person.end
        ):
            person.code = title.code


def _take_possessed_titles(doc: Doc, mentions: list[_Mention]) -> None:
    """ "Jane Roe, the Finance Ministry's chief negotiator, said": a person described as an official
    of a body, its name written as the title's owner, speaks for the body (its country and sector
    as resolved), not as a private person of the story's country. Updates ``mentions`` in place."""
    for person, body in pairwise(sorted(mentions, key=lambda m: m.start)):
        if not person.person or body.person or split_code(body.code)[0] is None:
            continue
        between = [t.lower_ for t in doc[person.end : body.start]]
        if between not in ([","], [",", "the"]) or body.end >= len(doc) or doc[body.end].tag_ != "POS":
            continue
        title = doc[body.start : body.end].root.head  # "coordinator" in "the Council's coordinator"
        if title.dep_ == "appos" and title.pos_ == "NOUN" and person.start <= title.head.i < person.end:
            person.code = body.code


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _possessor(
    doc: Doc, mention: _Mention, earlier: list[_Mention], titles: frozenset[str] = frozenset()
) -> _Mention | None:
    """Whose "its troops" are: the latest actor that was the subject of a clause, in the
    mention's sentence or the one before ("NATO said ..., a day after protesters attacked its
    peacekeepers" -> NATO; "Azerbaijan's border service said its troops had responded").
    "his"/"her" stand for a person: one named, or an official known by a title (``titles``):
    "Jamaica's foreign minister said her government ..." is Jamaica's government."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is None or before.lower_ not in _POSSESSIVE_PRONOUNS:
        return None
    start = _previous_sentence_start(doc, _sentence(before))
    clause = _clause_verb(doc[mention.start : mention.end].root)
    personal_pronoun = before.lower_ in ("his", "her")
    for other in reversed(earlier):
        if other.start < start:
            break
        titled = personal_pronoun and doc[other.end - 1].lower_ in titles
        if other.end > mention.start or (bool(other.person) or titled) != personal_pronoun:
            continue
        root = doc[other.start : other.end].root
        while root.dep_ in ("poss", "compound") and root.head.i != root.i:
            root = root.head  # "Azerbaijan's border service said": the service is the subject
        if clause is not None and root.head.i == clause.i:
            continue  # "protesters attacked its peacekeepers": not the protesters' own
        if before.lower_ == "its" and root.tag_ in ("NNS", "NNPS"):
            continue  # "its" is one actor
        if _reported_elsewhere(root, doc[mention.start : mention.end].root):
            continue  # "X said Minsk had acted, and its spokesman ...": the speaker's, not Minsk's
        if root.dep_ in ("nsubj", "nsubjpass") and (
            split_code(other.code)[0] is not None or other.code.startswith("IGO")
        ):
            return other
    return None


def _reported_elsewhere(subject: Token, owned: Token) -> bool:
    """Whether ``subject`` is the doer of a reported clause ("X said Minsk had acted") of the
    sentence that ``owned`` stands outside of: a later "its" in a clause of its own ("..., and its
    spokesman accused") speaks of the reporter, the one whose words the clause carries, not of
    the actor those words are about."""
    verb = subject.head
    if verb.dep_ != "ccomp" or subject.sent.start != owned.sent.start:
        return False
    if owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ == "conj" and owned.head.head.i == verb.i:
        # The parser hangs a coordinated clause with a subject of its own (", and its spokesman
        # accused") on the reported verb; it is the reporter's next act, not part of the report.
        return True
    return not (verb.left_edge.i <= owned.i <= verb.right_edge.i)


def _relative_owner(doc: Doc, mention: _Mention, earlier: list[_Mention]) -> _Mention | None:
    """Whose "whose delegation" is: the actor the relative clause hangs on ("the European Union,
    whose delegation urged Guatemala" -> the EU), not the latest country named before it, which
    is often the one compared with or acted on."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is None or before.lower_ != "whose":
        return None
    clause = _clause_verb(before)
    if clause is None or clause.dep_ != "relcl":
        return None
    antecedent = clause.head.i
    for other in reversed(earlier):
        if other.start <= antecedent < other.end:
            country = split_code(other.code)[0]
            return other if country not in (None, *_NON_STATE) or other.code.startswith("IGO") else None
    return None


def _owning_person(
    doc: Doc, mention: _Mention, earlier: list[_Mention], mentions: list[_Mention], leading: frozenset[str]
) -> _Mention | None:
    """The named person a body is written with: "Prime Minister X's government" (the title made
    the name a mention of its own, so the role word could not take it as owner when it was
    composed) or "the interim government led by X" (``leading``: "led", "headed"). The body is
    of that person's country; without this it took the country named last or the one most of
    the story's places are in, often the other side of a dispute."""
    i = mention.start - 1
    # "X's interim government": back over the words that only describe the body.
    while i > 0 and (doc[i].pos_ == "ADJ" or doc[i].lower_ in _SKIPPABLE_MODIFIERS):
        i -= 1
    if i > 0 and doc[i].text in _POSSESSIVE:
        owner = next((m for m in reversed(earlier) if m.end == i), None)
        # A leader's or an official's, not a private person's, whose country is often a guess.
        if owner is not None and owner.person and _is_leader(owner):
            return owner
    end = mention.end
    if end + 2 < len(doc) and doc[end].lower_ in leading and doc[end + 1].lower_ == "by":
        leader = next((m for m in mentions if m.start == end + 2), None)
        if leader is not None and leader.person and not leader.needs_country and _is_leader(leader):
            return leader
    return None


def _deed_agent(doc: Doc, mention: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """Who a deed written as an agent is by: "an air strike by Syrian forces" is Syria's, not of
    the country named last ("Turkish artillery pounded ... after an air strike by Syrian forces
    killed 33 Turkish soldiers"). The agent follows the mention's "by" and has a country."""
    end = mention.end
    if end >= len(doc) or doc[end].lower_ != "by":
        return None
    objects = [t for t in doc[end].children if t.dep_ == "pobj"]
    if not objects:
        return None
    phrase = range(objects[0].left_edge.i, objects[0].right_edge.i + 1)
    agent = next((m for m in mentions if m.start in phrase and m.end - 1 in phrase), None)
    if agent is None or agent.needs_country or split_code(agent.code)[0] is None:
        return None
    return agent


def _is_leader(mention: _Mention) -> bool:
    """Whether a mention is a state's leader or official (government, military, elite) or an
    intergovernmental organisation's: the people whose country a body they own or head takes."""
    country, sector = split_code(mention.code)
    if mention.code.startswith("IGO"):
        return True
    return country is not None and country not in _NON_STATE and (sector or "")[:3] in _LEADER_SECTORS


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause ``token`` is in."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


# Nouns by which a story refers back to an organisation it named ("the council", "the bloc").
_WESTERN = re.compile(r"\b[Ww]estern\b")
_ORGANISATION_BACK_REFERENCES = frozenset({
    "council", "bloc", "alliance", "organisation", "organization", "body", "commission", "agency",
    "mission", "union", "coalition", "court", "assembly", "parliament", "board", "committee", "panel",
})  # fmt: skip
# Of these, the words any international organisation can be called.
_GENERIC_IGO_WORDS = frozenset({"bloc", "alliance", "organisation", "organization", "body", "grouping"})


def _nouns_after_the(doc: Doc) -> list[Token]:
    """Every common noun right after "the", found in the POS and LOWER columns (a Token for each
    word would cost more than the test). The tagger often calls a lower-case "bloc" a proper noun
    ("that the bloc would lift"); written in lower case it is still the common noun."""
    pos, lowers, lower_cased = doc.to_array([POS, LOWER, IS_LOWER]).reshape(-1, 3).T
    noun = (pos[1:] == NOUN) | ((pos[1:] == PROPN) & (lower_cased[1:] == 1))
    after_the = noun & (lowers[:-1] == doc.vocab.strings["the"])
    return [doc[i + 1] for i in np.flatnonzero(after_the).tolist()]


def _back_references(
    doc: Doc,
    mentions: list[_Mention],
    blocked: set[int],
    alliances: frozenset[str] = frozenset(),
    member_heads: frozenset[str] = frozenset(),
) -> list[_Mention]:
    """ "The council then rejected ...", "the bloc's Peace and Security Council": a definite
    noun the story uses for an organisation it named before takes that organisation's code; a
    word any organisation goes by ("the bloc") refers to the latest international one, and
    "the alliance" to the latest of the ``alliances`` when the story named one."""
    # "the court" after "the International Criminal Court": a role word the context would give
    # a country to is the organisation named before.
    role_words = {m.end - 1: m for m in mentions if m.needs_country and m.end - m.start <= 2}
    covered = {
        i for m in mentions if role_words.get(m.end - 1) is not m for i in range(m.start, m.end)
    } | blocked
    added: list[_Mention] = []
    for token in _nouns_after_the(doc):
        lemma = token.lemma_.lower()
        if lemma not in _ORGANISATION_BACK_REFERENCES or token.i in covered:
            continue
        earlier = [m for m in mentions if m.end <= token.i]
        if lemma == "alliance" and any(m.code[:9] in alliances for m in earlier):
            earlier = [m for m in earlier if m.code[:9] in alliances]
        for other in reversed(earlier):
            # The word the name ends in or is headed by ("the school board in Ohio").
            heads = {doc[other.end - 1].lemma_.lower(), doc[other.start : other.end].root.lemma_.lower()}
            role = role_words.get(token.i)
            if role is not None and other.needs_country:
                continue  # another role word ("a court ... the court") names no organisation
            if lemma in heads or (lemma in _GENERIC_IGO_WORDS and other.code.startswith("IGO")):
                if role is not None:
                    if other.code.startswith("IGO"):
                        role.code, role.name = other.code, other.name
                    break
                reference = _Mention(token.i - 1, token.i + 1, other.code, other.name)
                added.append(reference)
                if reference.code.startswith("IGO"):
                    # "the bloc's Peace and Security Council": an organ the organisation owns is
                    # the organisation's, not of the country the context gave it.
                    for owned in mentions:
                        if owned.needs_country and (
                            _owns(doc, reference, owned)
                            # "foreign ministers of the bloc": its officials
                            or _member_of_organisation(doc, owned, (reference,), member_heads) is not None
                        ):
                            owned.code, owned.name = reference.code, reference.name
                    # "the bloc's secretary-general, Jane Roe": a private person named as the
                    # organisation's official speaks for it.
                    official = _apposed_private_person(doc, reference, mentions)
                    if official is not None:
                        official.code, official.name = reference.code, reference.name
                break
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _apposed_private_person(doc: Doc, owner: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """The person nobody else describes ("Jane Roe", a private person of the context's country)
    named in apposition with a title ``owner`` owns: "the bloc's envoy, Jane Roe," or "Jane Roe,
    the bloc's envoy,"."""
    owning = doc[owner.end - 1]
    if owning.dep_ != "poss":
        return None
    title = owning.head
    for person in mentions:
        if not person.person or person.sector != "CVL" or not person.needs_country:
            continue
        root = doc[person.start : person.end].root
        # "the bloc's secretary-general, Jane Roe": the name hangs on a word of the title
        after = root.dep_ == "appos" and owner.end <= root.head.i < person.start <= owner.end + 6
        before = title.dep_ == "appos" and person.start <= title.head.i < person.end
        if after or before:
            return person
    return None


def _country_references(
    doc: Doc, mentions: list[_Mention], blocked: set[int], words: frozenset[str]
) -> list[_Mention]:
    """ "The kingdom said", "the Gulf state agreed": a country told by what it is, as the subject
    of its clause, is the country last named as a subject before its sentence, else the country
    last named; within its own sentence it is never that sentence's subject ("China recalled its
    envoy, three weeks after the Baltic state agreed ...")."""
    countries = [m for m in mentions if len(m.code) == 3 and not m.needs_country and m.code not in _NON_STATE]
    if not countries:
        return mentions
    role_words = {m.end - 1: m for m in mentions if m.needs_country}
    covered = {i for m in mentions if m.end - 1 not in role_words for i in range(m.start, m.end)} | blocked
    added: list[_Mention] = []
    # Only the nouns spelled as one of the words are looked at (a Token per word would cost more).
    pos, lowers = doc.to_array([POS, LOWER]).reshape(-1, 2).T
    hashes = membership.sorted_values(doc.vocab.strings.add(w) for w in words)
    spelled = np.flatnonzero((pos == NOUN) & membership.members(lowers, hashes)).tolist()
    for token in (doc[i] for i in spelled):
        if token.i in covered or token.dep_ not in ("nsubj", "nsubjpass") or not _after_the(token):
            continue
        start = _sentence(token).start
        earlier = [m for m in countries if m.end <= start]
        subjects = [m for m in earlier if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
        own = [m for m in countries if start <= m.start and m.end <= token.i]
        others = [m for m in own if doc[m.end - 1].dep_ not in ("nsubj", "nsubjpass")]
        candidates = others if own else (subjects or earlier)
        if not candidates:
            continue
        country = _speaking_country(token, mentions, countries) or candidates[-1]
        role = role_words.get(token.i)
        if role is not None:
            role.code, role.name, role.needs_country, role.sector = country.code, country.name, False, None
        else:
            added.append(_Mention(token.i, token.i + 1, country.code, country.name))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _speaking_country(token: Token, mentions: list[_Mention], countries: list[_Mention]) -> _Mention | None:
    """ "Saudi Arabia's aviation authority said the kingdom would open its airspace": a country word
    subject of what a state's body or official says is the speaker's own country (the country
    ``countries`` names with that code), not the latest country named as a subject before."""
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    speakers = [c.i for c in clause.head.children if c.dep_ == "nsubj" and c.i < clause.i]
    if not speakers:
        return None
    speaker = next((m for m in mentions if m.start <= speakers[0] < m.end), None)
    if speaker is None or len(speaker.code) <= 3:
        return None
    country = split_code(speaker.code)[0]
    if country is None or country in _NON_STATE:
        return None
    return next((m for m in reversed(countries) if m.code == country), None) or _Mention(
        speaker.start, speaker.end, country, country
    )


# The words a country's name may open with that, alone after "the", still name it: a closed class.
_COMPASS_NAMES = frozenset({"North", "South"})


def _short_country_names(doc: Doc, mentions: list[_Mention], blocked: set[int]) -> list[_Mention]:
    """ "The North fired a shell", "the South's unification ministry": a country the story names
    in full ("North Korea") and then by the compass word its name opens with, after "the", is
    that country. Only when the story names one country so (a story naming South Korea and
    South Africa leaves "the South" alone), and not when the word opens a longer name ("the
    North Atlantic"); "the West" is the Western powers, never the West Bank."""
    firsts: dict[str, set[str]] = {}
    for mention in mentions:
        words = doc[mention.start : mention.end]
        if mention.needs_country or len(words) < 2 or len(mention.code) != 3 or mention.code in _NON_STATE:
            continue
        if words[0].is_title and words[1].is_title:
            firsts.setdefault(words[0].text, set()).add(mention.code)
    short = {
        word: codes.pop() for word, codes in firsts.items() if len(codes) == 1 and word in _COMPASS_NAMES
    }
    if not short:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)} | blocked
    added: list[_Mention] = []
    for token in doc:
        code = short.get(token.text)
        if code is None or token.i in covered or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.is_title and following.lower_ != "'s":
            continue  # "the North Atlantic": a longer name, not the country
        added.append(_Mention(token.i, token.i + 1, code, token.text))
        for owned in mentions:
            # "the North's army": the organ it owns is of it too.
            if owned.needs_country and token in doc[owned.start : owned.end].root.children:
                owned.code, owned.name = f"{code}{owned.sector or ''}", f"{code} {owned.name}"
                owned.needs_country = False
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _after_the(token: Token) -> bool:
    """A noun whose phrase opens with "the" ("the Gulf state", "the oil-rich kingdom")."""
    first = token.left_edge
    modifiers = ("det", "amod", "compound", "npadvmod", "punct", "nmod")
    return first.lower_ == "the" and all(t.dep_ in modifiers for t in token.doc[first.i : token.i])


def _western_groups(
    doc: Doc, mentions: list[_Mention], blocked: set[int], lexicon: Lexicon
) -> list[_Mention]:
    """ "Western powers", "Western governments": the Western states the story names, each of
    them (one mention per state on the same words). Named nowhere, they are no one in particular:
    not the country the bare "governments" would take from the sentence (the speaker's own)."""
    covered = {i for m in mentions for i in range(m.start, m.end)} | blocked
    named: list[str] = []
    for mention in mentions:
        country = split_code(mention.code)[0]
        if country in lexicon.western_countries and country not in named:
            named.append(country)
    added: list[_Mention] = []
    replaced: set[int] = set()
    # Found in the text: most articles have no "Western", and a Token per word costs.
    for found in _WESTERN.finditer(doc_text(doc)):
        span = doc.char_span(found.start(), found.end())
        if span is None or span.end >= len(doc):
            continue
        token, group = span[0], doc[span.end]
        if token.i in covered or group.lower_ not in lexicon.western_group_words:
            continue
        # "governments" alone took a country from context; "Western" says whose they are.
        taken = [m for m in mentions if m.start <= group.i < m.end]
        if any(m.start != group.i or not m.needs_country for m in taken):
            continue
        replaced.update(id(m) for m in taken)
        for country in named:
            added.append(_Mention(token.i, group.i + 1, country, f"{country} (Western {group.lower_})"))
    if not replaced:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _local_governments(
    doc: Doc, mentions: list[_Mention], blocked: set[int], words: frozenset[str]
) -> list[_Mention]:
    """ "Late Sunday night, the city lifted the curfew": a town or county that acts, as the
    subject of a verb, is its local government, of the country the story is about."""
    covered = {i for m in mentions for i in range(m.start, m.end)} | blocked
    # Every actor's country counts here, also those filled from context ("police in Ohio").
    countries = Counter(c for m in mentions if (c := split_code(m.code)[0]) and c not in _NON_STATE)
    country = countries.most_common(1)[0][0] if countries else None
    added: list[_Mention] = []
    for token in _nouns_after_the(doc):
        if token.lower_ not in words or token.i in covered or country is None:
            continue
        if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
            continue
        added.append(_Mention(token.i - 1, token.i + 1, f"{country}GOV", f"{country} {token.lower_}"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _owns(doc: Doc, owner: _Mention, mention: _Mention) -> bool:
    """Whether ``owner`` is the possessor of ``mention`` ("the bloc's council")."""
    return any(c.dep_ == "poss" and owner.start <= c.i < owner.end for c in doc[mention.end - 1].children)


# Group words that are what they are made of ("a delegation of ECOWAS foreign ministers").
_COLLECTIVE_HEADS = frozenset({"delegation", "team", "group", "contingent", "unit", "members", "member"})


def _of_phrase_code(
    doc: Doc, mention: _Mention, mentions: list[_Mention], member_heads: frozenset[str] = frozenset()
) -> str | None:
    """The code of the actors a collective mention is made of: "a delegation of X" -> X's code;
    and the organisation officials of no country of their own serve ("foreign ministers of the
    six-nation bloc", "officials of the Arab League") -> the organisation's code."""
    organisation = _member_of_organisation(doc, mention, mentions, member_heads)
    if organisation is not None:
        return organisation.code
    if doc[mention.end - 1].lemma_.lower() not in _COLLECTIVE_HEADS:
        return None
    if mention.end >= len(doc) or doc[mention.end].lower_ != "of":
        return None
    for other in mentions:
        if other.start > mention.end and not other.needs_country:
            between = {t.lower_ for t in doc[mention.end + 1 : other.start]}
            return other.code if between <= {"the", "a", "an", "its", "their"} else None
    return None


def _member_of_organisation(
    doc: Doc, mention: _Mention, organisations: Iterable[_Mention], member_heads: frozenset[str]
) -> _Mention | None:
    """The international organisation a role mention is "of" ("foreign ministers of the six-nation
    bloc", "officials of the Arab League"): the object of the "of" right after the role word lies
    inside the organisation's mention, whatever words modify it."""
    head = doc[mention.end - 1]
    if head.lemma_.lower() not in member_heads and head.lower_ not in member_heads:
        return None
    if mention.end >= len(doc) or doc[mention.end].lower_ != "of" or doc[mention.end].head.i != head.i:
        return None
    objects = [c for c in doc[mention.end].children if c.dep_ == "pobj"]
    if not objects:
        return None
    found = [m for m in organisations if m.code.startswith("IGO") and not m.person]
    named = next((m for m in found if m.start <= objects[0].i < m.end), None)
    if named is not None or objects[0].lemma_.lower() not in _GENERIC_IGO_WORDS:
        return named
    # "of the six-nation bloc": the latest international organisation named before
    if not any(c.lower_ == "the" for c in objects[0].children):
        return None
    return next((m for m in reversed(found) if m.end <= mention.start), None)


def _main_country(mentions: list[_Mention]) -> str | None:
    """The country an article names most often (ties: the first named)."""
    counts: dict[str, int] = {}
    for mention in mentions:
        country = None if mention.needs_country else split_code(mention.code)[0]
        if country and country not in _NON_STATE:
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _one_civilian(doc: Doc, mention: _Mention) -> bool:
    """An unnamed person ("a man", "the driver") whom "he" or "she" may take up next."""
    short = mention.end - mention.start <= 3
    return mention.code[3:6] == "CVL" and short and doc[mention.end - 1].tag_ == "NN"


def _town_modifier_country(doc: Doc, mention: _Mention) -> str | None:
    """ "a Miami lawyer", "Newark police": the country of a geocoded town naming the mention."""
    head = doc[mention.end - 1]
    # A town is written with a capital: "the justice ministry" is no ministry of Justice, Illinois.
    modifiers = [
        c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i and _capitalised(c)
    ]
    for location in doc._.locations or ():
        if location.country and any(
            m.idx <= location.span[0] and location.span[1] <= m.idx + len(m.text) for m in modifiers
        ):
            return _GAZETTEER_CODE_FIXES.get(location.country, location.country)
    return None


def _home_modified(doc: Doc, mention: _Mention) -> bool:
    """ "federal prosecutors": an organ of the country the story is about, not of the latest
    foreign actor named."""
    head = doc[mention.end - 1]
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "federal" for c in head.children)


def _federal_country(doc: Doc, mentions: list[_Mention]) -> str | None:
    """The country whose federal organs a story means: where most of its places are (a story
    on a Cuban boy's custody case, set in Miami and Atlanta, names Cuba most but its courts
    are American), else the country the story is about."""
    return _majority_place_country(_place_counts(doc)) or _story_country(doc, mentions)


def _majority_place_country(places: dict[str, int]) -> str | None:
    """The country of more than half of a story's geocoded places, if one has them."""
    located = max(places, key=lambda c: places[c]) if places else None
    return located if located is not None and 2 * places[located] > sum(places.values()) else None


def _earlier_surname(doc: Doc, span: Span) -> bool:
    """Whether ``span`` is the last word of a longer person's name written before it."""
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= span.start and ent[-1].text == span.text
        for ent in doc.ents
    )


def _speaker_country(doc: Doc, mention: _Mention, earlier: list[_Mention]) -> str | None:
    """The country of a government that reports what a state body of no named country does:
    "The White House said that the National Security Council's coordinator would lead the
    delegation" -> USA; a government speaks of its own bodies unnamed, and names another
    country's ("the Kenyan interior ministry"). Not for police, who are of where they act."""
    if (mention.sector or "")[:3] != "GOV":
        return None
    token = doc[mention.end - 1]
    for _ in range(_SPEECH_DEPTH):
        verb = token.head
        if verb.i == token.i:
            return None
        if token.dep_ == "ccomp" and verb.lemma_ in _REPORTING_VERBS:
            speakers = {c.i for c in verb.children if c.dep_ == "nsubj"}
            for other in earlier:
                country, sector = split_code(other.code)
                if (
                    country
                    and (sector or "")[:3] == "GOV"
                    and any(other.start <= i < other.end for i in speakers)
                ):
                    return None if country in _NON_STATE else country
            return None
        token = verb
    return None


# How far up the parse a body's name may sit under the reporting verb ("the Council's coordinator
# would lead ..." under "said": the possessor, the title, the subject, the clause).
_SPEECH_DEPTH = 5


def _congress_member_country(
    doc: Doc, mention: _Mention, mentions: list[_Mention], titles: frozenset[str]
) -> str | None:
    """ "Rep. Al Green", "Congresswoman Maxine Waters": the United States, when the title opens
    the person's name, no nationality comes before it and the story names the United States."""
    if doc[mention.start].lower_ not in titles or _nationality_before(doc, mention):
        return None
    if any(split_code(m.code)[0] == _US for m in mentions if m is not mention):
        return _US
    return None


_US = "USA"


def _is_state_organ(mention: _Mention) -> bool:
    """An unnamed body or officer of a state ("the interior ministry", "police", "security
    officers"): every country has one, so the word alone says nothing of whose it is."""
    return not mention.person and (mention.sector or "")[:3] in _STATE_ORGAN_SECTORS


def _domestic_force_country(doc: Doc, dateline: str | None, mention: _Mention) -> str | None:
    """The country of unnamed police or security forces: that of the wire's dateline, where they
    act as the reporter sees them ("BAGHDAD -- ... Security forces arrested 20 people"), before
    the country most of the story's places are in, which in a row between two states is often
    the other side's (a Baghdad story on Koran burnings in Swedish towns). Not when their own
    phrase places them somewhere the gazetteer does not know ("police in Tripura state", in a
    story filed from Dhaka): the reporter's seat is no clue then."""
    if not _is_state_organ(mention) or (mention.sector or "")[:3] != "COP":
        return None
    return None if _placed_by_own_phrase(doc, mention) else dateline


def _placed_by_own_phrase(doc: Doc, mention: _Mention) -> bool:
    """Whether a mention's own phrase names where it is: "police in Tripura state"."""
    following = [doc[mention.end]] if mention.end < len(doc) and doc[mention.end].lower_ == "in" else []
    return any(
        prep.dep_ == "prep" and prep.lower_ == "in" and any(t.pos_ == "PROPN" for t in prep.subtree)
        for prep in [*doc[mention.end - 1].children, *following]
    )


# Sectors of a state's own bodies and officers.
_STATE_ORGAN_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "SPY", "MIL"})


def _renamed_organ_country(doc: Doc, mention: _Mention, earlier: list[_Mention]) -> str | None:
    """The country of the organ a bare "the ministry" or "the army" renames: the latest one with
    a country, headed by the same word, in its sentence or the one before; a reader takes the
    short form for the organ just named, whoever the story is about. The head is the phrase's
    own, not its last word: "the foreign ministry in New Delhi" is a ministry too."""
    words = doc[mention.start : mention.end]
    if len(words) != 1 or mention.start == 0 or doc[mention.start - 1].lower_ != "the":
        return None
    head = words[-1].lemma_.lower()
    start = _previous_sentence_start(doc, _sentence(words[0]))
    for other in reversed(earlier):
        if other.start < start:
            break
        country = split_code(other.code)[0]
        named = doc[other.start : other.end]
        if (
            other.end <= mention.start
            and country not in (None, *_NON_STATE)
            and named.root.lemma_.lower() == head
        ):
            return country
    return None


def _named_dateline(dateline: str | None, doc: Doc, mentions: list[_Mention]) -> str | None:
    """The dateline's country, unless the story is set in another: a wire filed from a regional
    hub ("JAKARTA" over a story on Myanmar's junta, with its places in Myanmar) says where the
    reporter sits, not whose officials, troops or crowds the story's unnamed actors are, when
    no actor or place of the story is in that country. A story with no such places elsewhere
    keeps it ("PRAGUE — Industry Minister Karel Havlicek said")."""
    if dateline is None:
        return None
    places = _place_counts(doc)
    named = any(not m.needs_country and split_code(m.code)[0] == dateline for m in mentions)
    elsewhere = max(places.values(), default=0) >= _SETTLED_PLACES
    return dateline if named or places.get(dateline) or not elsewhere else None


def _ruling_country(dateline: str | None, doc: Doc, mentions: list[_Mention]) -> str | None:
    """Whose ruling body a bare "the government" or "the junta" is: that of the dateline's country
    when the story is set there (``dateline`` is None otherwise), else of the country the story
    names most. A wire files from the capital whose government it covers ("MEXICO CITY — ... a
    week after the government bowed to U.S. tariff threats"), even when the foreign power that
    government deals with is named more often in the story."""
    return dateline or _story_country(doc, mentions)


def _possessed(doc: Doc, mention: _Mention) -> bool:
    """Whether a mention's phrase names an owner ("its neighbour's government"): whose it is
    is then the owner's business, not the dateline's."""
    return any(child.dep_ == "poss" for child in doc[mention.start : mention.end].root.children)


def _set_in(dateline: str | None, doc: Doc) -> str | None:
    """Where a story is set: the country of most of its places, else of its dateline."""
    return _majority_place_country(_place_counts(doc)) or dateline


def _is_crowd(doc: Doc, mention: _Mention) -> bool:
    """Protesters and demonstrators (coded as opposition), not a named party or leader; and
    people who gather or march ("several hundred people gathered outside the embassy"), students,
    farmers or workers as much as anyone: they are of where they march, not of whom they march on."""
    if mention.person:
        return False
    if (mention.sector or "")[:3] == "OPP":
        return True
    head = _quantified(doc[mention.end - 1])
    return (
        (mention.sector or "")[:3] in _LOCAL_SECTORS
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in _GATHERING_VERBS
    )


def _quantified(head: Token) -> Token:
    """The subject word a counted group stands in: "hundreds" in "hundreds of people"."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "nsubj":
        return head.head.head
    return head


def _outside_missions(doc: Doc, mentions: list[_Mention], mission_words: frozenset[str]) -> list[_Mention]:
    """The mentions other than a country's embassy or consulate: a mission is on the host's soil,
    so the police outside the Russian consulate in Ankara are Turkey's, not Russia's."""
    return [m for m in mentions if doc[m.end - 1].lower_ not in mission_words]


def _crowd_place_country(
    doc: Doc, mention: _Mention, mentions: list[_Mention], places: list[tuple[int, str]]
) -> str | None:
    """Where a crowd's own clause puts it: "people gathered outside the Bulgarian embassy in
    Skopje" are in North Macedonia, whichever country the story names most."""
    head = _quantified(doc[mention.end - 1])
    if head.dep_ != "nsubj":
        return None
    countries = _place_countries(doc, mentions, places)
    for token in head.head.subtree:
        if token.i in countries and token.dep_ == "pobj" and token.head.lower_ == "in":
            return countries[token.i]
    return None


def _in_the_capital(doc: Doc, mention: _Mention, capital_words: frozenset[str]) -> bool:
    """Whether a crowd's own clause puts it in "the capital" ("marched through the capital",
    "gathered outside the embassy in the capital"): a wire's unnamed capital is the one its
    dateline names, not that of a country the crowd marches against or an embassy belongs to."""
    head = _quantified(doc[mention.end - 1])
    if head.dep_ != "nsubj":
        return False
    return any(
        token.lower_ in capital_words
        and token.dep_ == "pobj"
        and token.head.lower_ in _CROWD_PLACE_PREPOSITIONS
        and any(child.lower_ == "the" for child in token.children)
        for token in head.head.subtree
    )


# Prepositions that put a crowd somewhere ("in", "through" the capital).
_CROWD_PLACE_PREPOSITIONS = frozenset({"in", "through", "into", "across", "around", "outside"})


# What crowds do where they are: their country is where the story is set.
_GATHERING_VERBS = frozenset(
    {"gather", "rally", "march", "protest", "demonstrate", "assemble", "mass", "converge", "chant", "riot"}
)


def _story_country(doc: Doc, mentions: list[_Mention]) -> str | None:
    """The country the story is about: the one its actors name most, unless none of its
    geocoded places is there while several are in one other country ("ST. PARIS" on a story
    set in Ohio); a local story that names no country takes its places' country ("COLUMBUS --
    The Lakeview Board of Education met ...")."""
    named = _main_country(mentions)
    places = _place_counts(doc)
    located = _majority_place_country(places)
    if located is None:
        return named
    if named is None or (named not in places and places[located] >= _SETTLED_PLACES):
        return located
    # A country named in passing ("a high school in Germany") does not outweigh a story set in
    # another: more of its places than that country has mentions and places together.
    times = sum(1 for m in mentions if not m.needs_country and split_code(m.code)[0] == named)
    if places[located] >= _SETTLED_PLACES and places[located] > times + places.get(named, 0):
        return located
    return named


# Geocoded places in one country that outweigh an actor country with no place of its own.
_SETTLED_PLACES = 3


def _place_counts(doc: Doc) -> dict[str, int]:
    """How many of the story's geocoded places are in each country (CAMEO codes)."""
    counts: dict[str, int] = {}
    for location in doc._.locations or ():
        if location.country:
            country = _GAZETTEER_CODE_FIXES.get(location.country, location.country)
            counts[country] = counts.get(country, 0) + 1
    return counts


def _described_people(
    doc: Doc, mentions: list[_Mention], consumed: set[int], blocked: set[int], lexicon: Lexicon
) -> list[_Mention]:
    """People the knowledge base does not know, described in apposition by a role it does
    ("Jimmy Cherizier, a former police officer who leads ..."; "Jane Roe, the bloc's envoy"):
    they act in that role. A description that is no actor ("an analyst at a think tank")
    leaves them out."""
    starts = {m.start: m for m in mentions}
    out: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in consumed or i in blocked for i in range(ent.start, ent.end)):
            continue
        appositions = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end - 1]
        # A title told right before the name says whose official the person is, whatever the
        # parser hangs the name on ("NAIROBI -- Director of the FBI Louis Freeh said").
        role: _Mention | None = _titled_by_organisation(doc, ent, mentions, lexicon)
        if role is None and appositions:
            head = appositions[0]
            role = (
                next(
                    (m for m in starts.values() if m.start <= head.i < m.end and m.start > ent.end - 1),
                    None,
                )
                or _organisation_of_title(head, starts)
                or _one_of_role(head, mentions)
            )
        elif role is None and _apposed_after_role(doc, ent):
            # "The OAS secretary-general, Luis Almagro, urged": a title of an organisation told
            # first. A role the knowledge base knows ("The U.S. ambassador, MaryKay Carlson,")
            # is the actor already, and the name beside it no second one.
            head = ent.root.head
            if any(m.start <= head.i < m.end for m in starts.values()):
                continue
            role = _organisation_of_title(head, starts) or _organisation_headed(head, mentions, lexicon)
        if role is None or role.person:
            continue
        out.append(
            _Mention(
                ent.start,
                ent.end,
                role.code,
                ent.text,
                person=_name_keys(ent),
                needs_country=role.needs_country,
                sector=role.sector,
            )
        )
        consumed.update(range(ent.start, ent.end))
    return out


# Dependencies of the words before an organisation's name inside its noun phrase ("the U.S.").
_NAME_MODIFIER_DEPS = frozenset({"det", "compound", "amod", "nmod", "poss"})


def _one_of_role(head: Token, mentions: list[_Mention]) -> _Mention | None:
    """ "Jane Roe, one of four airport police who ...": a person described as one of a group of
    role holders holds the role; the group is the object of the "of" the word "one" governs."""
    if head.lower_ != "one":
        return None
    objects = [
        p.i
        for of in head.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for p in of.children
        if p.dep_ == "pobj"
    ]
    return next((m for m in mentions if objects and m.start <= objects[0] < m.end and not m.person), None)


def _names_a_language(span: Span) -> bool:
    """ "airing in English and Spanish", "spoke in Arabic", "translated into French", "speaks
    Russian": a people's word with no article, as what something is said or written in, is
    their language, neither an actor nor a place that sets the story's country."""
    word = span.root
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "in English and Spanish": the first conjunct's place in the clause
    if any(c.dep_ == "det" for c in span.root.children):
        return False  # "in the Spanish": the people
    if word.dep_ == "pobj":
        return word.head.lower_ in ("in", "into")
    return word.dep_ == "dobj" and word.head.lemma_.lower() in ("speak", "translate")


def _is_organisation(mention: _Mention) -> bool:
    """A body with a code of its own ("FBI" USACOP, "IAEA", "Kenyan police"), not a bare
    country ("Kenya") or a person."""
    return not mention.person and (len(mention.code) > 3 or mention.code[:3] in _NON_STATE)


def _titled_by_organisation(
    doc: Doc, ent: Span, mentions: list[_Mention], lexicon: Lexicon
) -> _Mention | None:
    """The organisation a name's title ties it to, told before the name: "FBI Director Louis
    Freeh", "Kenyan police chief John Roe" (the organisation, then title words), or "Director of
    the U.S. Federal Bureau of Investigation (FBI) Louis Freeh" (title words, "of", the
    organisation and its acronym). None where anything else stands between."""
    start = ent.start
    while start > 0 and doc[start - 1].lower_ in lexicon.organisation_head_titles:
        start -= 1
    ends = {m.end: m for m in mentions if _is_organisation(m)}
    if start < ent.start and start in ends:
        return ends[start]  # "FBI Director Louis Freeh"
    # "Director of the FBI Louis Freeh", "... Investigation (FBI) Louis Freeh"
    end = ent.start
    if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        end -= 3
    organisation = ends.get(end)
    if organisation is None:
        return None
    k = organisation.start - 1
    # "the U.S." before "Federal Bureau of Investigation": words of the organisation's phrase
    inside = range(organisation.start, organisation.end)
    while k >= 0 and doc[k].dep_ in _NAME_MODIFIER_DEPS and doc[k].head.i in inside:
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in lexicon.organisation_head_titles:
        return None
    return organisation


def _organisation_headed(head: Token, mentions: list[_Mention], lexicon: Lexicon) -> _Mention | None:
    """ "The head of the FBI, Louis Freeh,": the organisation a title word of the name's
    apposition is "of"."""
    if head.lower_ not in lexicon.organisation_head_titles:
        return None
    ofs = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = {p.i for of in ofs for p in of.children if p.dep_ == "pobj"}
    owners = (m for m in mentions if _is_organisation(m) and any(m.start <= i < m.end for i in objects))
    return next(owners, None)


def _apposed_after_role(doc: Doc, ent: Span) -> bool:
    """A name set off by a comma after the role it holds ("the bloc's envoy, Jane Roe,"), which
    the parser may also hang on the role as an adverbial noun."""
    root = ent.root
    return root.head.i < ent.start and (
        root.dep_ == "appos" or (root.dep_ == "npadvmod" and doc[ent.start - 1].text == ",")
    )


def _organisation_of_title(head: Token, starts: dict[int, _Mention]) -> _Mention | None:
    """ "the U.N. High Commissioner for Human Rights", "a NATO official": an international
    organisation named before the head of a title, whose official the title's holder is."""
    before = {t.i for t in head.subtree if t.i < head.i}
    return next(
        (m for m in starts.values() if m.start in before and m.code.startswith("IGO") and not m.person),
        None,
    )


def _private_people(doc: Doc, consumed: set[int], blocked: set[int], lexicon: Lexicon) -> list[_Mention]:
    """Named people the knowledge base does not know and nothing describes as holding an office
    ("Steve Hurley told the board", "Quina Jones, 25, said"): private persons, the civilians
    (CVL) of the country their story places them in, so what they do and what is done to them
    is coded. Commentators ("analyst Jane Roe", "Jane Roe, a professor at ...") comment on
    events rather than take part in them, and stay out."""
    out: list[_Mention] = []
    for ent in doc.ents:
        end = _name_end(ent)
        if ent.label_ != "PERSON" or end - ent.start < 2:
            continue  # a lone word ("Raglin") is a later mention, or not surely a person
        if any(i in consumed or i in blocked for i in range(ent.start, ent.end)):
            continue
        if not all(_name_cased(t) or not t.is_alpha for t in doc[ent.start : end]):
            continue
        if ent.start > 0 and doc[ent.start - 1].text in ("/", "|"):
            continue  # "REUTERS/Jane Roe": a photographer's credit
        if ent.root.dep_ == "appos" and ent.root.head.i in consumed:
            continue  # "The U.S. ambassador, Jane Roe,": the role names the actor already
        if doc[end - 1].lower_ in lexicon.street_words:
            continue  # "the 500 block of Kelley Lane": a street the tagger took for a person
        if _headline_cased(_sentence(ent.root)):
            continue  # "Obama Seeks More Refugees": capitals there mark no names
        described = [c for c in ent.root.children if c.dep_ in ("appos", "compound", "amod")]
        # "analyst Jane Roe", "additional reporting from Jane Roe", "Jane Roe, an economist"
        around = doc[max(ent.start - 3, 0) : ent.start]
        words = {*(t.lower_ for t in around), *(w.lower_ for c in described for w in c.subtree)}
        if words & lexicon.commentator_words:
            continue
        if any(t.lower_ in lexicon.agents for t in doc[ent.start : end - 1]):
            continue  # "Archbishop Desmond Tutu": a title the name carries is a role, not a private life
        # Surnames only: the first word of a Western name is no later mention ("Charlotte").
        keys = _name_keys(doc[ent.start : end])[:1]
        out.append(_Mention(ent.start, end, "CVL", doc[ent.start : end].text, person=keys,
                            needs_country=True, sector="CVL"))  # fmt: skip
        consumed.update(range(ent.start, ent.end))
    return out


def _headline_cased(sentence: Span) -> bool:
    """A title in headline case ("Obama Seeks More Muslim Refugees As He Recognizes ...")."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title or t.is_upper for t in words) >= 0.75 * len(words)


def _appositive_country(doc: Doc, mention: _Mention, mentions: list[_Mention]) -> str | None:
    """The country of a description set beside a mention: "Senior Colonel Zhang Wenbo, a
    spokesman for the People's Liberation Army" -> CHN."""
    for other in mentions:
        # a comma and at most two articles between them
        if not 0 < other.start - mention.end <= 3:
            continue
        country = (
            _role_phrase_country(doc, other, mentions) if other.needs_country else split_code(other.code)[0]
        )
        if country is None:
            continue
        between = [t.lower_ for t in doc[mention.end : other.start]]
        if not between or between[0] != "," or not set(between[1:]) <= {"a", "an", "the"}:
            continue
        root = doc[other.start - len(between) + 1 : other.end].root
        if root.dep_ != "appos" or not mention.start <= root.head.i < mention.end:
            return None
        return country
    return None


def _role_phrase_country(doc: Doc, role: _Mention, mentions: list[_Mention]) -> str | None:
    """The country of what a role word is for: "a spokesman for the Russian foreign ministry",
    "an adviser to the Kenyan president" -> the organ's country."""
    if role.end >= len(doc) or doc[role.end].lower_ not in ("for", "of", "to", "at"):
        return None
    for other in mentions:
        if other.start <= role.end or other.needs_country:
            continue
        between = {t.lower_ for t in doc[role.end + 1 : other.start]}
        if not between <= {"the", "a", "an"}:
            return None
        country = split_code(other.code)[0]
        return None if country in _NON_STATE else country
    return None


def _reported_subject_country(doc: Doc, mention: _Mention, mentions: list[_Mention]) -> str | None:
    """An unnamed spokesperson speaks for the organ whose act they report: "The foreign ministry
    in Manila has lodged a protest with the Chinese embassy, a spokeswoman said" -> PHL, not
    the embassy named nearer."""
    head = doc[mention.end - 1]
    if head.lemma_.lower() not in _SPOKESPEOPLE or head.dep_ != "nsubj":
        return None
    verb = head.head
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
        clauses.append(verb.head)  # "..., a spokeswoman said" parsed as the reported clause's child
    subjects = [c.i for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for other in mentions:
        country = split_code(other.code)[0]
        if other is not mention and country and any(other.start <= i < other.end for i in subjects):
            return country
    return None


def _nationality_before(doc: Doc, mention: _Mention) -> bool:
    """ "Vietnamese President To Lam", "the American basketball player Brittney Griner": a
    nationality or country written with the name or in the noun phrase just before it."""
    start = max(mention.start - 1, 0)
    while start > 0 and doc[start].pos_ in _NOUN_PHRASE_POS and doc[start - 1].pos_ in _NOUN_PHRASE_POS:
        start -= 1
    return any(t.ent_type_ in ("NORP", "GPE") for t in doc[start : mention.end])


# Words a noun phrase before a name is made of ("the American basketball player").
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})

# How far into an article its dateline may open a paragraph (a headline and a byline come first).
_DATELINE_REACH = 400

_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})


def _home_country(doc: Doc, span: Span, name_at: dict[int, _Name]) -> str | None:
    """The country in "<people> of [southern] <country>" ("the Albanians of southern Serbia")."""
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    k = span.end + 1
    while k < len(doc) and k - span.end <= _TRAILING_REACH and k not in name_at and _modifies(doc[k]):
        k += 1
    name = name_at.get(k)
    if name is None or name.entry.kind != "country":
        return None
    return split_code(name.code)[0]


def _sector_of_group_after(doc: Doc, end: int, sector_at: dict[int, str]) -> str | None:
    """The sector of the role word that "of"/"for" after token ``end`` introduces, past a few
    modifiers and a parenthesised name ("of the Azadliq (Freedom) opposition coalition")."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "for"):
        return None
    k = end + 1
    while k < len(doc) and k - end <= _OF_GROUP_REACH:
        if k in sector_at:
            return sector_at[k]
        token = doc[k]
        if not (
            token.pos_ in ("DET", "ADJ", "PROPN") or token.text in ("(", ")") or token.dep_ == "compound"
        ):
            return None
        k += 1
    return None


def _country_name(entry: Entry) -> str:
    country = entry.notes.get("country") if entry.notes else None
    return str(country) if country else entry.name


def _named_countries(names: list[_Name]) -> set[str | None]:
    """The countries a story names by their name or their people's ("Pakistan", "Pakistani"). A
    capital of one of them is that capital, not a same-named town the place finder found in
    another country of the story ("Islamabad" in a story on Pakistan and India is not the
    Kashmiri town; "New Zealand's foreign minister said Wellington saw no need")."""
    return {split_code(name.code)[0] for name in names if name.entry.kind in ("country", "demonym")}


def _geocoded_town_code(doc: Doc, span: Span, code: str) -> str:
    """A capital's code, or that of the same-named town the place finder resolved the name to
    from the story's other places ("Paris" among "Northeast Texas" and "Dallas" is Paris,
    Texas; "Nassau County" is on Long Island): its country, the capital's sector."""
    country, sector = split_code(code)
    for location in doc._.locations or ():
        start, end = location.span
        if start <= span.start_char and span.end_char <= end and location.country:
            placed = _GAZETTEER_CODE_FIXES.get(location.country, location.country)
            return code if placed == country else f"{placed}{sector or ''}"
    return code


def _past_settlement_word(doc: Doc, k: int, words: frozenset[str], name_at: dict[int, _Name]) -> int:
    """The token after "city of" in "police in the southern city of Karachi" (``k`` at "city"):
    the town word and its "of" stand between a role word and the place that says whose it is.
    Unchanged when no such words are there, or when they open a name ("City of London")."""
    if k + 2 < len(doc) and k not in name_at and doc[k].lower_ in words and doc[k + 1].lower_ == "of":
        return k + 2
    return k


def _named_town(doc: Doc, i: int, named: frozenset[str]) -> tuple[int, str] | None:
    """The end and country of the town named at token ``i`` after "the city of": the place
    finder's reading, else the gazetteer's for the capitalised words there (the tagger may call
    an unfamiliar town an organisation), among the countries the story ``named``: "the village
    of Moura" in a story about Mali is no Portuguese town."""
    start = doc[i].idx
    for location in doc._.locations or ():
        if location.span[0] == start and location.country:
            span = doc.char_span(location.span[0], location.span[1], alignment_mode="expand")
            if span is not None:
                return span.end, _GAZETTEER_CODE_FIXES.get(location.country, location.country)
    end = i
    while end < len(doc) and _capitalised(doc[end]) and doc[end].pos_ == "PROPN":
        end += 1
    country = _gazetteer_country(doc[i:end].text, named) if end > i and named else None
    return (end, country) if country is not None else None


def _place_entity(doc: Doc, i: int) -> Span | None:
    """The place-name entity starting at token ``i`` ("Karachi", "Khanty-Mansiysk"). A name
    is written with a capital: "in the gulf" names no town (the tagger's place is the Gulf
    Province of Papua New Guinea in the gazetteer)."""
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ not in _PLACE_LABELS:
        return None
    ent = _entity_of(doc, doc[i])
    return ent if ent is not None and _written_as_name(ent) else None


def _placed_country(doc: Doc, span: Span, named: frozenset[str] = frozenset()) -> str | None:
    """The country the place finder resolved the name at ``span`` to, reading the whole story
    ("Swansea" among towns of South Carolina is no Welsh city); None where it made no reading,
    or read it in a country other than those the story's actors ``named`` (its places may be
    few: "Liancourt" in a story about Haiti is still no French town)."""
    for location in doc._.locations or ():
        if location.span == (span.start_char, span.end_char) and location.country:
            country = _GAZETTEER_CODE_FIXES.get(location.country, location.country)
            return country if not named or country in named else None
    return None


def _gazetteer_country(name: str, named: frozenset[str] = frozenset()) -> str | None:
    """The country of the likeliest town or region called ``name``: one in a country the
    article ``named`` ("Liancourt" in a story about Haiti), else the gazetteer's prior (the
    most populous, e.g. Tripoli in Libya), as a CAMEO country code; None for unknown names and
    names of countries or continents, which the knowledge base covers."""
    gazetteer = load_gazetteer()
    found = [gazetteer.place(i) for i in gazetteer.lookup(name)]
    outweighed = outweighed_regions(found)  # the place finder's reading of the name too
    places = [p for position, p in enumerate(found) if position not in outweighed]
    towns = [p for p in places if p.cc and p.kind in _TOWN_KINDS]
    if not towns or len(towns) < len(places):
        return None
    codes = [(town, iso3(town.cc)) for town in towns]
    fixed = [(town, _GAZETTEER_CODE_FIXES.get(code, code)) for town, code in codes if code]
    in_story = [pair for pair in fixed if pair[1] in named]
    if named and not in_story:
        return None  # "Liancourt" in a story about Haiti is not the French town
    if not (in_story or fixed):
        return None
    return max(in_story or fixed, key=lambda pair: place_prior(pair[0]))[1]


def _context_country(previous: list[_Mention], sector: str) -> str | None:
    """The country of the latest earlier actor of the same sector, else of any earlier actor."""
    for wanted_same_sector in (True, False):
        for mention in reversed(previous):
            country, other_sector = split_code(mention.code)
            if country is None or country in _NON_STATE:
                continue
            if wanted_same_sector and other_sector != sector:
                continue
            return country
    return None


def _name_end(ent: Span) -> int:
    """Where an entity's name ends: the tagger's entity may take in a possessive ("Donald
    Trump's", "Sri Lanka's" as a person), which makes no longer name."""
    return ent.end - 1 if ent[-1].tag_ == "POS" else ent.end


def _conjunct_country(doc: Doc, mention: _Mention, earlier: list[_Mention]) -> str | None:
    """The country of the mention a role word is coordinated with ("four children and a man")."""
    head = doc[mention.end - 1]
    if head.dep_ != "conj":
        return None
    first = head.head.i
    owner = next((m for m in reversed(earlier) if m.start <= first < m.end), None)
    return split_code(owner.code)[0] if owner is not None else None


_DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})


def _definite_repeat_country(doc: Doc, mention: _Mention, earlier: list[_Mention]) -> str | None:
    """The country of the latest earlier mention headed by the same word whose country its own
    words gave ("North Korean fishermen"), when the mention is that word made definite ("the
    fishermen", "those three fishermen") and nothing in its own phrase names another. Callers
    ask it for private people only: state organs and forces have their own back-references ("the
    foreign ministry" is the speaker's; "the contingent" may be a bloc's)."""
    head = doc[mention.end - 1]
    determiners = [c for c in head.children if c.dep_ == "det"]
    if not determiners or any(d.lower_ not in _DEFINITE_DETERMINERS for d in determiners):
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None
    lemma = head.lemma_.lower()
    for other in reversed(earlier):
        if other.needs_country or other.end > mention.start:
            continue
        country = split_code(other.code)[0]
        if country is None or country in _NON_STATE:
            continue
        if doc[other.end - 1].lemma_.lower() == lemma:
            return country
    return None


# Sectors of officials posted at a mission abroad ("the defence attaches at the embassy").
_POSTED_SECTORS = frozenset({"GOV", "MIL", "SPY"})


def _place_countries(doc: Doc, mentions: list[_Mention], places: list[tuple[int, str]]) -> dict[int, str]:
    """The country of each token that heads a place's or a country actor's name (a place name,
    not "Israeli" in "Israeli tank shelling"). A place is known by its first token; a name of
    several words ("La Paz", "New Delhi") is headed by its last, where prepositions attach."""
    countries = {start: country for start, country in places}
    for start, place_country in places:
        token = doc[start]
        for _ in range(_COMPOUND_HOPS):
            if token.dep_ != "compound" or token.head.i <= token.i:
                break
            token = token.head
        countries.setdefault(token.i, place_country)
    for other in mentions:
        country = split_code(other.code)[0]
        if country and country not in _NON_STATE and not other.needs_country:
            countries.setdefault(other.end - 1, country)
    return countries


_COMPOUND_HOPS = 4  # words before a place name's head ("Bandar Seri Begawan")


def _clause_setting_country(
    doc: Doc,
    mention: _Mention,
    mentions: list[_Mention],
    places: list[tuple[int, str]],
    side_words: frozenset[str] = frozenset(),
) -> str | None:
    """The country of the place where the clause of a subject is set: "In La Paz, police fired
    tear gas", "At a briefing in Beijing, a foreign ministry spokesman said", "On the Moroccan
    side, police fired tear gas" (a country's side of a shared place)."""
    head = doc[mention.end - 1]
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    countries = _place_countries(doc, mentions, places)
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "on") or prep.i > head.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or (prep.lower_ == "on" and pobj.lemma_.lower() not in side_words):
                continue
            if pobj.i in countries:
                return countries[pobj.i]
            if prep.lower_ == "on":
                # "on the Pakistani side of the border": the country its modifier names
                owners = [
                    c.i for c in pobj.children if c.dep_ in ("amod", "compound", "poss") and c.i in countries
                ]
                if owners:
                    return countries[owners[0]]
                continue
            # "at a regular briefing in Beijing": the occasion's own place.
            for inner in pobj.children:
                if inner.dep_ == "prep" and inner.lower_ == "in":
                    found = [p.i for p in inner.children if p.dep_ == "pobj" and p.i in countries]
                    if found:
                        return countries[found[0]]
    return None


def _setting_country(
    doc: Doc, mention: _Mention, mentions: list[_Mention], places: list[tuple[int, str]]
) -> str | None:
    """The country of the place in a mention's own phrase: "forces in northeastern Syria" are
    Syria's, whoever the sentence's other actors are; "the military advisers at Pakistan's High
    Commission" are Pakistan's (officials only: protesters at an embassy are not its country's)."""
    preps = ("in", "at") if (mention.sector or "")[:3] in _POSTED_SECTORS else ("in",)
    countries = _place_countries(doc, mentions, places)
    # The parser often hangs the phrase on the verb ("ordered the advisers at X to leave").
    following = [doc[mention.end]] if mention.end < len(doc) and doc[mention.end].lower_ == "at" else []
    for prep in [*doc[mention.end - 1].children, *following]:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.i in countries:
                return countries[place.i]
            # A region the knowledge base does not list ("an army patrol in the Bekaa Valley"):
            # the place finder's reading of it.
            found = _located_country(doc, place) if place.dep_ == "pobj" and _capitalised(place) else None
            if found is not None:
                return found
    return None


def _located_places(doc: Doc, locatives: frozenset[str]) -> list[tuple[int, str]]:
    """(start, country) of the places the place finder resolved that the text sets something in
    ("opened fire on a patrol in the Bekaa Valley"), the knowledge base's or not; a demonym
    ("Palestinian") sets nothing."""
    out = []
    for location in doc._.locations or ():
        span = doc.char_span(location.span[0], location.span[1], alignment_mode="expand")
        if span is None or not location.country or not _written_as_name(span):
            continue
        before = span.start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        if before >= 0 and doc[before].lower_ in locatives:
            out.append((span.start, _GAZETTEER_CODE_FIXES.get(location.country, location.country)))
    return out


# Armed groups of no named country, placed by where their deed is done (unnamed gunmen, UAF,
# are placed earlier by their sentence).
_ARMED_GROUP_SECTORS = frozenset({"REB"})


def _clause_located_country(doc: Doc, mention: _Mention, locatives: frozenset[str]) -> str | None:
    """The country of a place in the clause whose subject ``mention`` is: "armed groups opened
    fire on an army patrol in the Bekaa Valley" were in Lebanon, not of the Palestinians named
    in the clause before."""
    head = doc[mention.end - 1]
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = range(head.head.left_edge.i, head.head.right_edge.i + 1)
    inside = [country for start, country in _located_places(doc, locatives) if start in clause]
    return inside[0] if inside else None


def _located_country(doc: Doc, token: Token) -> str | None:
    """The country the place finder resolved the toponym covering ``token`` to, if any."""
    for location in doc._.locations or ():
        start, end = location.span
        if start <= token.idx < end and location.country:
            return _GAZETTEER_CODE_FIXES.get(location.country, location.country)
    return None


def _sentence_country(
    doc: Doc, mention: _Mention, mentions: list[_Mention], places: list[tuple[int, str]]
) -> str | None:
    """The country named nearest to ``mention`` in its sentence, as an actor or as a place."""
    sentence = _sentence(doc[mention.start])
    candidates: list[tuple[int, str]] = list(places)
    for other in mentions:
        country, _ = split_code(other.code)
        if country in _NON_STATE:
            continue  # an armed group's IMG code is no country ("Moro Islamic ... and the military")
        # "anti-Israel protests" name the country protested against, not where people are.
        if country and not other.needs_country and not _stance_prefixed(doc, other.start):
            candidates.append((other.start, country))
    inside = [
        (_reports(doc, start, mention.start), abs(start - mention.start), country)
        for start, country in candidates
        if sentence.start <= start < sentence.end
    ]
    return min(inside)[2] if inside else None


def _reports(doc: Doc, start: int, mention_start: int) -> bool:
    """Whether token ``start`` is in the subject of a reporting verb that ``mention_start`` is not
    in: "killing 20 people, relief officials in Nairobi said" does not place the people in Kenya
    (such a country is used only when the sentence names no other)."""
    token = doc[start]
    for _ in range(_REPORTER_DEPTH):
        if token.dep_ == "nsubj" and token.head.lemma_ in _REPORTING_VERBS:
            return not (token.left_edge.i <= mention_start <= token.right_edge.i)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _unlisted_towns(
    doc: Doc, taken: set[int], locatives: frozenset[str], mentions: list[_Mention]
) -> list[tuple[int, str]]:
    """The towns of ``doc`` outside actors, read in the light of the countries its actors name."""
    return _towns(doc, taken, locatives, frozenset(c for m in mentions if (c := split_code(m.code)[0])))


def _towns(
    doc: Doc, taken: set[int], locatives: frozenset[str], named: frozenset[str] = frozenset()
) -> list[tuple[int, str]]:
    """(start, gazetteer country) of the towns named in ``doc`` outside actors ("the city's
    police" in a sentence about Khanty-Mansiysk). A name counts as a town when tagged as a place
    or written after a locative ("in Omsk"), since the tagger often takes unfamiliar towns for
    organisations."""
    out = []
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        located = root.dep_ == "pobj" and root.head.lower_ in locatives and ent.label_ != "PERSON"
        if (ent.label_ in _PLACE_LABELS or located) and _written_as_name(ent):
            country = _placed_country(doc, ent, named) or _gazetteer_country(ent.text, named)
            if country is not None:
                out.append((ent.start, country))
    return out


# Plural referents that stand for states, and the sector each gives them.
_STATE_PLURALS = {
    "countries": "",
    "nations": "",
    "sides": "",
    "koreas": "",  # "both Koreas"
    "both": "",
    "neighbours": "",
    "neighbors": "",
    "governments": "GOV",
    "states": "",  # only counted: "the three Gulf states", never "the United States"
    "capitals": "GOV",  # "both capitals": the two governments
    "powers": "",
}


# Words that may stand between a count and the plural it counts ("the two Gulf states").
_COUNTED_MODIFIER_POS = frozenset({"ADJ", "PROPN", "NOUN", "ADV"})
_COUNTED_MODIFIER_REACH = 2


def _counted_state_plurals(doc: Doc, counts: list[int]) -> list[tuple[int, int]]:
    """Spans from a count (at the ``counts`` positions) to the plural of states it counts, with up
    to two modifiers between ("Both Gulf states", "the three Arab countries", "the two downstream
    countries"): the story names the states in a list before, as it does for the fixed "two
    countries". The caller finds the counts in the word array: a Token per word costs more."""
    found: list[tuple[int, int]] = []
    for i in counts:
        token = doc[i]
        for end in range(token.i + 2, min(token.i + 3 + _COUNTED_MODIFIER_REACH, len(doc) + 1)):
            head = doc[end - 1]
            between = doc[token.i + 1 : end - 1]
            if any(t.pos_ not in _COUNTED_MODIFIER_POS or t.head.i != head.i for t in between):
                break
            if head.lower_ in _STATE_PLURALS and head.lower_ != "both" and token.head.i == head.i:
                found.append((token.i, end))
                break
    return found


# Dependencies of "both" standing for two parties rather than qualifying a noun.
_STANDALONE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "dative"})

# How many referents a plural names ("both countries", "the three governments").
_PLURAL_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


_OBJECT_PRONOUNS = ("him", "her")


def _reporting_speaker(pronoun: Token, people: list[_Mention]) -> _Mention | None:
    """The speaker, for a subject pronoun of what a person is reported to say ("Trump thanked the
    emir ... and said he expected to meet": Trump, not the emir named last)."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in _REPORTING_VERBS:
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "thanked the emir and said": the first verb's subject says it
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    return next((m for m in reversed(people) if m.end - 1 in subjects and m.start < pronoun.i), None)


def _main_subject_before(pronoun: Token, sentence: Span, people: list[_Mention]) -> _Mention | None:
    """The person who is the main subject of the sentence before, for a pronoun that is the main
    subject of its own ("Kim Yo Jong ... rejected an offer by President Moon. She also mocked
    ...": Kim, not Moon). A pronoun continues the topic more often than the latest name; not
    when a person is named earlier in its own sentence."""
    if pronoun.head.i != sentence.root.i or sentence.start == 0:
        return None
    if any(sentence.start <= m.start < pronoun.i for m in people):
        return None
    previous_root = _sentence(pronoun.doc[sentence.start - 1]).root
    subjects = {c.i for c in previous_root.children if c.dep_ in ("nsubj", "nsubjpass")}
    return next((m for m in reversed(people) if m.end - 1 in subjects), None)


def _other_than_subject(pronoun: Token, people: list[_Mention]) -> _Mention | None:
    """The latest person named who is not the subject of the pronoun's verb or of the verb it
    is coordinated with ("Merkel phoned Putin and asked him": Putin)."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects: set[int] = set()
    # A conjunct, or a participle or complement with no subject of its own ("campaigned with
    # McDonnell, helping him raise $50,000"), shares the subject of the verb it hangs on.
    while True:
        subjects |= {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i}
        if subjects or verb.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    names = {m.name for m in people if m.end - 1 in subjects}
    if not names:
        return None  # no subject to tell apart: a guess would as likely be the speaker
    return next((m for m in reversed(people) if m.name not in names and m.start < pronoun.i), None)


def _subject_countries(token: Token, earlier: list[_Mention]) -> set[str | None]:
    """The countries of the subject of the verb a plural hangs on ("Paris recalled its envoys
    from both countries": France is not one of them)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return {split_code(m.code)[0] for m in earlier if m.end - 1 in subjects}


def _listed_countries(
    doc: Doc, earlier: list[_Mention], head: str, count: int, excluded: set[str | None]
) -> list[_Mention]:
    """The latest list of exactly ``count`` countries joined by "and" ("the United States,
    Britain and Australia ... the three governments")."""
    lists: dict[int, list[_Mention]] = {}
    for mention in earlier:
        token = doc[mention.end - 1]
        # The parser may hang the second item of a list on the first as an apposition
        # ("Saudi Arabia, the UAE, Bahrain and Egypt").
        while token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
        lists.setdefault(token.i, []).append(mention)
    for members in sorted(lists.values(), key=lambda ms: ms[-1].start, reverse=True):
        by_country = {split_code(m.code)[0]: m for m in members}
        if len(members) == count and len(by_country) == count and not (set(by_country) & excluded):
            if None in by_country or set(by_country) & _NON_STATE:
                continue
            return [
                _Mention(m.start, m.end, f"{split_code(m.code)[0]}{_STATE_PLURALS[head]}", m.name)
                for m in members
            ]
    return []


def _most_named_countries(
    earlier: list[_Mention], head: str, count: int, excluded: set[str | None]
) -> list[_Mention]:
    """The ``count`` countries the story has named most so far, the latest first on a tie, as
    states ("the two countries": a mediator named last is not one of them), leaving out
    ``excluded`` ("Paris recalled its envoys from both countries": not France)."""
    counts: Counter[str] = Counter()
    latest: dict[str, _Mention] = {}
    for mention in earlier:
        country, _ = split_code(mention.code)
        if country and country not in _NON_STATE and country not in excluded:
            counts[country] += 1
            latest[country] = mention
    ranked = sorted(counts, key=lambda c: (counts[c], latest[c].start), reverse=True)[:count]
    chosen = sorted((latest[c] for c in ranked), key=lambda m: m.start)
    return [
        _Mention(m.start, m.end, f"{split_code(m.code)[0]}{_STATE_PLURALS[head]}", m.name) for m in chosen
    ]


def _subject_phrase_names(token: Token, people: list[_Mention]) -> set[str]:
    """The names of the people in the subject phrase of the verb a plural hangs on, with the
    subject's descriptions and relative clauses ("Mogherini, who attended with Hahn, praised
    both leaders": neither is one of the leaders). None when the plural is in the subject."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    spans = [(c.left_edge.i, c.right_edge.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(low <= token.i <= high for low, high in spans):
        return set()
    return {m.name for m in people if any(low <= m.start <= high for low, high in spans)}


def _last_distinct(people: list[_Mention], count: int) -> list[_Mention]:
    chosen: list[_Mention] = []
    names: set[str] = set()
    for mention in reversed(people):
        if mention.name not in names:
            chosen.append(mention)
            names.add(mention.name)
        if len(chosen) == count:
            break
    return list(reversed(chosen))


def _previous_sentence_start(doc: Doc, sentence: Span) -> int:
    if sentence.start == 0:
        return 0
    return _sentence(doc[sentence.start - 1]).start


def actor_for_token(doc: Doc, token: Token) -> Actor | None:
    """The actor whose span covers ``token``; for the head of a noun phrase ("bulldozers" in
    "Israeli army bulldozers"), the actor covering one of its modifiers."""
    actors: list[Actor] = doc._.actors or []
    position = token.idx
    for actor in actors:
        if actor.span[0] <= position < actor.span[1]:
            return actor
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and child.i < token.i:
            for actor in actors:
                if actor.span[0] <= child.idx < actor.span[1]:
                    return actor
    return None


def actors_for_token(doc: Doc, token: Token) -> list[Actor]:
    """All actors covering ``token`` (a plural mention such as "the two leaders" has several)."""
    first = actor_for_token(doc, token)
    if first is None:
        return []
    return [a for a in doc._.actors or [] if a.span == first.span]


@Language.factory(
    "clio_actors",
    assigns=["doc._.actors", "doc.spans"],
    default_config={"extra_files": []},
)
def make_actors(nlp: Language, name: str, extra_files: list[str]) -> ActorComponent:
    tables = load_actor_tables(cast(Tokenizer, nlp.tokenizer), tuple(extra_files))
    return ActorComponent(nlp, tables.kb, tables.lexicon, tables=tables)
