"""The event coder's word lists (``clio/data/events/lexicon.json``), validated on load.

The rule coder recognises constructions by their words: reporting verbs, prepositions that name a
target, modals that leave an act unasserted, nouns of weapons and crowds. Those words are data an
analyst may extend for a new kind of text, so they live in one JSON file of named lists, each with
an ``about`` saying what the list is for::

    {"reporting_verbs": {"about": "verbs that introduce reported speech", "words": ["say", ...]}}

The file must hold exactly the lists the coder asks for (``LIST_NAMES``); every entry is a
non-empty, lower-case string (the coder compares lower-cased lemmas and words) without surrounding
spaces, and no list repeats an entry. Anything else raises a DataError naming the file, the list
and the entry. The order of a list is kept: a few lists are tried in order (``in_order``).

The pattern book (``clio.events.patterns.load_book``) takes its word lists (light verbs, carrier
nouns, condemning words, ...) from the same file, and a pattern's objects may name any list as
``"@name"``, so one file holds all the coder's vocabulary.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from clio.errors import DataError

LEXICON_FILE = "lexicon.json"  # beside the pattern files in an events data folder
BUNDLED_FILE = Path(__file__).resolve().parent.parent / "data" / "events" / LEXICON_FILE
ENTRY_KEYS = frozenset({"about", "words"})
# The lists the event modules read, by module; the file must hold exactly these.
LIST_NAMES = (
    # coder.py
    "consequence_verbs",
    "weighty_consequence_verbs",
    "grave_consequence_nouns",
    "unanswered_words",
    "hypothetical_determiners",
    "craft_hitting_verbs",
    "measure_taking_verbs",
    "measure_nouns",
    "reprisal_verbs",
    "condition_marks",
    "resolute_words",
    "promise_lemmas",
    "phrasal_particles",
    "wanting_lemmas",
    "acting_orders",
    "stance_preps",
    "comment_verbs",
    "warned_possibility",
    "force_destination_preps",
    "owned_act_nouns",
    "accusing_lemmas",
    "expelling_orders",
    "hosting_verbs",
    "inquiry_verbs",
    "dismissal_verbs",
    "phoning_verbs",
    "acceptance_verbs",
    "asking_for_lemmas",
    "state_preps",
    "own_pronouns",
    "envoy_nouns",
    "audience_nouns",
    "channel_preps",
    "telling_verbs",
    "message_nouns",
    "place_target_preps",
    "public_nouns",
    "agreement_nouns",
    "decision_verbs",
    "generic_harm_lemmas",
    "victim_subject_lemmas",
    "alleging_verbs",
    "protest_venue_preps",
    "obligation_modals",
    "advice_modals",
    "obligation_verbs",
    "advice_verbs",
    "standing_nouns",
    "first_person",
    "first_person_possessives",
    "opinion_verbs",
    "enabling_verbs",
    "topic_preps",
    "expressing_verbs",
    "attitude_preps",
    "noun_own_target_preps",
    "possible_modals",
    "crewed_craft",
    "intangible_objects",
    # syntax.py
    "mediating_verbs",
    "reporting_verbs",
    "day_words",
    "leaving_lemmas",
    "deadline_verbs",
    "deadline_preps",
    "response_verbs",
    "same_moment_marks",
    "plea_lemmas",
    "punished_wrongs",
    "negating_prefixes",
    "likening_words",
    # anaphora.py
    "copying_phrases",
    "copying_verbs_alone",
    "in_kind_verbs",
    "deed_nouns",
    "setting_preps",
    "owned_deed_preps",
    "span_nouns",
    "nationals",
    "money_paying_marks",
    "paid_for_pronouns",
    "definite_determiners",
    "response_preps",
    "not_guilty_marks",
    "indefinite_articles",
    "country_nouns",
    "occasion_preps",
    "blamed_deeds",
    "wrongdoing_verbs",
    "charging_verbs",
    "blame_states",
    "blame_nouns",
    # roles.py
    "weapon_nouns",
    "crowd_nouns",
    "placing_preps",
    "custody_words",
    "custody_preps",
    # readings.py
    "killing_lemmas",
    "bodily_lemmas",
    "reaction_preps",
    "deed_pronouns",
    "launched_weapons",
    "gathering_verbs",
    "crowd_gathering_verbs",
    "session_verbs",
    "ongoing_state_verbs",
    "ongoing_state_preps",
    # roles.py and coder.py, looked up where they are used
    "partner_preps",
    "antecedent_pronouns",
    # arguments.py
    "decision_nouns",
    "partitive_words",
    # matching.py
    "time_spans",
    "time_words",
    "referring_pronouns",
    "separated_particles",
    # arguments.py
    "target_preps",
    "noun_only_target_preps",
    "inner_preps",
    "adjectival_passives",
    "relative_pronouns",
    "echo_verbs",
    "echo_adverbs",
    "companion_preps",
    "companion_participles",
    "gerund_preps",
    "issuing_verbs",
    "pronouns",
    "back_pointing_pronouns",
    "plural_pronouns",
    # modality.py
    "contact_verbs",
    "delivered_acts",
    "standing_claims",
    "negators",
    "conditional_marks",
    "hypothetical_modals",
    "future_aux",
    "non_asserting_preps",
    "aspectual_verbs",
    "wish_verbs",
    "necessity_verbs",
    "generic_determiners",
    "cognition_verbs",
    "causative_verbs",
    "hearsay_nouns",
    "likelihood_words",
    "possibility_aux",
    "background_marks",
    # patterns.py: the pattern book's word lists, and the lists patterns name as "@name" objects
    "light_verbs",
    "carrier_nouns",
    "document_nouns",
    "speech_acts",
    "receiver_verbs",
    "happening_nouns",
    "reference_nouns",
    "said_reference_nouns",
    "consequence_nouns",
    "judgements",
    "crimes",
    "praise_words",
    "praising_names",
    "negative_states",
    "discontent_words",
    "content_words",
    "money",
    "relief",
    "memberships",
    "hazard_nouns",
    "negotiations",
    "aid_words",
    "visiting_party_nouns",
    "riot_control_weapons",
)


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """The named word lists of one lexicon file, in file order; read-only."""

    source: str
    lists: Mapping[str, tuple[str, ...]]
    abouts: Mapping[str, str]

    def words(self, name: str) -> frozenset[str]:
        """The list ``name`` as a set, for membership tests."""
        return frozenset(self.in_order(name))

    def in_order(self, name: str) -> tuple[str, ...]:
        """The list ``name`` in file order, for lists that are tried one entry after another."""
        try:
            return self.lists[name]
        except KeyError:
            raise KeyError(f"{self.source}: no word list {name!r}") from None


def check_entry(words: Any, *, source: str, name: str) -> tuple[str, ...]:
    """One list's words, or a DataError saying which entry is wrong: the coder compares
    lower-cased text, so an upper-case or padded entry would silently never match."""
    if not isinstance(words, list) or not words:
        raise DataError(f"{source}: list {name!r}: 'words' must be a non-empty JSON array of strings")
    seen: set[str] = set()
    for position, word in enumerate(words):
        where = f"{source}: list {name!r}, entry {position}"
        if not isinstance(word, str):
            raise DataError(f"{where}: must be a string, got {word!r}")
        if not word.strip():
            raise DataError(f"{where}: empty string")
        if word != word.strip():
            raise DataError(f"{where}: {word!r} has spaces around it")
        if word != word.lower():
            raise DataError(f"{where}: {word!r} must be lower case (the coder compares lower-cased words)")
        if word in seen:
            raise DataError(f"{where}: duplicate {word!r}")
        seen.add(word)
    return tuple(words)


def parse_event_lexicon(data: Any, *, source: str) -> EventLexicon:
    """Check a decoded lexicon object against ``LIST_NAMES`` and build the read-only lexicon."""
    if not isinstance(data, dict):
        raise DataError(f"{source}: must hold a JSON object of named word lists")
    unknown = [name for name in data if name not in LIST_NAMES]
    if unknown:
        raise DataError(
            f"{source}: unknown word list {unknown[0]!r} (no event module reads it; the names are "
            "LIST_NAMES in clio/events/lexicon.py)"
        )
    missing = [name for name in LIST_NAMES if name not in data]
    if missing:
        raise DataError(f"{source}: word list {missing[0]!r} is missing")
    lists: dict[str, tuple[str, ...]] = {}
    abouts: dict[str, str] = {}
    for name in LIST_NAMES:
        entry = data[name]
        if not isinstance(entry, dict) or set(entry) != ENTRY_KEYS:
            raise DataError(f"{source}: list {name!r} must be an object with exactly 'about' and 'words'")
        about = entry["about"]
        if not isinstance(about, str) or not about.strip():
            raise DataError(f"{source}: list {name!r}: 'about' must say what the list is for")
        lists[name] = check_entry(entry["words"], source=source, name=name)
        abouts[name] = about
    return EventLexicon(source, MappingProxyType(lists), MappingProxyType(abouts))


def load_event_lexicon(path: Path | None = None) -> EventLexicon:
    """The bundled lexicon (read once), or the one at ``path`` (read on every call)."""
    if path is None:
        return _bundled()
    return _read(path)


@functools.lru_cache(maxsize=256)
def event_words(name: str) -> frozenset[str]:
    """The bundled list ``name`` as a set: what the event modules bind their word constants to.
    Kept once built, so that a lookup written inside a function costs no more than a constant."""
    return _bundled().words(name)


def event_words_in_order(name: str) -> tuple[str, ...]:
    """The bundled list ``name`` in file order, for lists the coder tries one entry at a time."""
    return _bundled().in_order(name)


@functools.lru_cache(maxsize=1)
def _bundled() -> EventLexicon:
    return _read(BUNDLED_FILE)


def _unique_keys(pairs: list[tuple[str, Any]], *, source: str) -> dict[str, Any]:
    """A JSON object's members, refusing a key given twice: ``json`` would silently keep the last
    one, and a list written twice is an edit that went astray."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DataError(f"{source}: the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _read(path: Path) -> EventLexicon:
    """The lexicon at ``path``; a missing file is a DataError too, since a pattern folder handed to
    ``load_book`` must now bring its own ``lexicon.json``."""
    source = str(path)
    hook = functools.partial(_unique_keys, source=source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{source}: cannot read the event lexicon: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text, object_pairs_hook=hook)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise DataError(f"{source}: not valid JSON ({exc.msg}, {where})") from exc
    return parse_event_lexicon(data, source=source)
