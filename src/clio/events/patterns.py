"""Verb and noun event patterns and modality frames, loaded from JSONL and validated on load.

A pattern maps a lemma (plus optional constraints) to a CAMEO code; ``"---"`` means "this is not
an event" and suppresses weaker patterns. Constraints, all optional:

- ``particle``: a particle or adjacent preposition ("crack down", "call for");
- ``prep``: a preposition governed by the predicate ("meet with", "warn of");
- ``objects``: lemmas of the direct object (for nouns: of the ``of`` or ``on`` object) ("sign a
  treaty", "a ban on imports"); an entry ``"@name"`` stands for the word list ``name`` of the
  event lexicon, ``lexicon.json`` (the naming verbs share one list of condemning words);
- ``prep_objects``: lemmas of the object of the pattern's ``prep`` (which it requires), with
  ``"@name"`` lists as for ``objects``: what one withdraws from decides the act ("withdrew from
  the treaty" reduces relations, "withdrew from the town" de-escalates);
- ``modifiers``: lemmas of a modifier of a noun predicate ("military aid", "air strike").

``mutual: true`` marks acts the named partner does too ("held talks with X", "clashed with X"):
they are coded in both directions.

When several patterns of a lemma match, the one with most satisfied constraints wins; on a tie,
hand-written patterns (earlier files) win over imported ones. Every pattern has an ``id`` that
goes into ``Event.pattern`` so an analyst can audit why an event was coded.
"""

from __future__ import annotations

import difflib
import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from clio.errors import DataError
from clio.events.lexicon import LEXICON_FILE, load_event_lexicon
from clio.ontology import load_cameo

NO_EVENT = "---"
KEEP_INNER = "="  # in a frame's code map: the framed event keeps the inner event's code
POS_VALUES = ("VERB", "NOUN")
FRAME_KINDS = ("intent", "threat", "refuse", "deny", "appeal", "demand", "halt", "hypothetical")
# Hand-written patterns first: on equal specificity the earlier file wins.
PATTERN_FILES = ("verbs.jsonl", "nouns.jsonl", "petrarch_verbs.jsonl")
FRAME_FILE = "frames.jsonl"
# The word lists (light verbs, carrier nouns, ...) come from the event lexicon in the same folder.
DATA_FILES = (*PATTERN_FILES, FRAME_FILE, LEXICON_FILE)
_PATTERN_KEYS = {
    *("id", "lemma", "pos", "code"),
    *("particle", "prep", "objects", "prep_objects", "modifiers", "confidence", "mutual"),
}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lemma -> CAMEO code rule with optional constraints."""

    id: str
    lemma: str
    pos: str
    code: str
    particle: str | None = None
    prep: str | None = None
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    # Lemmas of the object of ``prep``: "withdraw from [the treaty]".
    prep_objects: frozenset[str] = frozenset()
    confidence: float = 0.8
    rank: int = 0  # file order: lower wins ties
    mutual: bool = False  # the partner does it too ("held talks with X", "clashed with X")
    # How many constraints the pattern has: set once, as the coder reads it for every candidate.
    specificity: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        constraints = (
            self.particle is not None,
            self.prep is not None,
            bool(self.objects),
            bool(self.modifiers),
            bool(self.prep_objects),
        )
        object.__setattr__(self, "specificity", sum(constraints))


@dataclass(frozen=True, slots=True)
class Frame:
    """A modality frame: a verb that changes the code of the event it governs ("plan to meet")."""

    id: str
    kind: str
    lemmas: frozenset[str]
    codes: dict[str, str]
    default: str
    # Lemmas that frame only with a particle: "rule out" refuses, "the court ruled" does not.
    particles: dict[str, str] = field(default_factory=dict)
    # Lemmas that frame only a "to" clause: "told Iran to stop" demands, "told reporters that
    # Iran had stopped" reports.
    infinitive_only: frozenset[str] = frozenset()
    # Lemmas whose framed clause is an event (the frame's default) even when the act in it is
    # none of its own, provided someone is named as the other party: "was ready to explain its
    # data to Chinese experts" states an intent towards China; "will explain" states nothing.
    stands_alone: frozenset[str] = frozenset()
    # Lemmas that frame only as adjectives: "open to talks" states an intent, "opened talks" is
    # the act itself.
    adjective_only: frozenset[str] = frozenset()

    def transform(self, inner_code: str) -> str:
        """The code of the framed event: longest matching prefix of ``inner_code``, else the default."""
        for length in range(len(inner_code), 1, -1):
            code = self.codes.get(inner_code[:length])
            if code is not None:
                return inner_code if code == KEEP_INNER else code
        return self.default


@dataclass(frozen=True, slots=True)
class PatternBook:
    """All patterns indexed for per-token dict lookups."""

    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    frames: dict[str, Frame]
    light_verbs: frozenset[str]
    # Nouns that carry the event of their compound modifier ("mediation effort", "aid convoy").
    carrier_nouns: frozenset[str] = frozenset()
    # Document nouns whose participle speaks for the one who issued them ("a declaration demanding").
    document_nouns: frozenset[str] = frozenset()
    # Acts done by speaking that a reporter makes in the same breath as a report ("said ... and urged").
    speech_acts: frozenset[str] = frozenset()
    # Verbs whose subject is the target and whose "from" object the source ("received aid from").
    receiver_verbs: frozenset[str] = frozenset()
    # Accidents and disasters: never an actor's act ("a bus crash in Peru killed 20").
    happening_nouns: frozenset[str] = frozenset()
    # Nouns that refer back to something the story reported ("condemned the takeover", "the move").
    reference_nouns: frozenset[str] = frozenset()
    said_reference_nouns: frozenset[str] = frozenset()  # words that refer back to words, not deeds
    # What a warning says will follow ("warned that punitive measures would follow").
    consequence_nouns: frozenset[str] = frozenset()
    # Words that condemn what they are said of ("X is a disgrace", "the plan is reckless").
    judgement_words: frozenset[str] = frozenset()
    # Words that praise what they are said of ("X was absolutely right", "the superior candidate").
    praise_words: frozenset[str] = frozenset()
    # States that are bad news in themselves: "the deal is not dead" affirms the deal.
    negative_states: frozenset[str] = frozenset()
    # Feelings one states about another's doings: "unhappy with X" criticises, "pleased with X"
    # praises (and "not pleased with X" criticises).
    discontent_words: frozenset[str] = frozenset()
    content_words: frozenset[str] = frozenset()

    def patterns_for(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        table = self.verbs if pos == "VERB" else self.nouns
        return table.get(lemma, ())


def _fail(where: str, problem: str) -> DataError:
    return DataError(f"{where}: {problem}")


def jsonl_records(text: str, source: str) -> Iterable[tuple[str, dict[str, Any]]]:
    """(file:line, object) for each JSON object line; blank lines and # comments are skipped."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(where, f"not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise _fail(where, "each line must be a JSON object")
        yield where, record


def _word_set(value: Any, where: str, key: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(where, f"{key!r} must be a list of non-empty strings")
    return frozenset(v.lower() for v in value)


def _expand(words: frozenset[str], word_lists: Mapping[str, frozenset[str]], where: str) -> frozenset[str]:
    """``words`` with each ``"@name"`` replaced by the word list it names."""
    out = {w for w in words if not w.startswith("@")}
    for reference in sorted(words - out):
        if reference[1:] not in word_lists:
            hint = _nearest(reference, word_lists)
            raise _fail(
                where, f"{reference!r} names no word list of the event lexicon ({LEXICON_FILE}){hint}"
            )
        out |= word_lists[reference[1:]]
    return frozenset(out)


def _nearest(reference: str, word_lists: Mapping[str, frozenset[str]]) -> str:
    """A hint for a misspelt ``"@name"``: the lexicon has ~100 lists, too many to print them all."""
    close = difflib.get_close_matches(reference[1:], list(word_lists), n=3)
    return f" (did you mean {', '.join(repr('@' + name) for name in close)}?)" if close else ""


def _optional_word(value: Any, where: str, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise _fail(where, f"{key!r} must be a non-empty string")
    return value.lower()


def parse_patterns(
    text: str, *, source: str, rank: int = 0, word_lists: Mapping[str, frozenset[str]] | None = None
) -> list[Pattern]:
    """Parse and validate one pattern JSONL file; ``word_lists`` resolves ``"@name"`` objects."""
    codes = load_cameo()
    patterns: list[Pattern] = []
    for where, record in jsonl_records(text, source):
        unknown = set(record) - _PATTERN_KEYS
        if unknown:
            raise _fail(where, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(_PATTERN_KEYS)}")
        for key in ("id", "lemma", "pos", "code"):
            if not isinstance(record.get(key), str) or not record[key]:
                raise _fail(where, f"missing or empty {key!r}")
        if record["pos"] not in POS_VALUES:
            raise _fail(where, f"pos must be one of {POS_VALUES}, not {record['pos']!r}")
        code = record["code"]
        if code != NO_EVENT and code not in codes:
            raise _fail(where, f"code {code!r} is not a CAMEO code (or '---' for no event)")
        confidence = record.get("confidence", 0.8)
        if not isinstance(confidence, int | float) or not 0.0 < confidence <= 1.0:
            raise _fail(where, "confidence must be a number in (0, 1]")
        mutual = record.get("mutual", False)
        if not isinstance(mutual, bool):
            raise _fail(where, "'mutual' must be true or false")
        if record.get("prep_objects") is not None and record.get("prep") is None:
            raise _fail(where, "'prep_objects' constrains the object of 'prep', so it needs a 'prep'")
        patterns.append(
            Pattern(
                id=record["id"],
                lemma=record["lemma"].lower(),
                pos=record["pos"],
                code=code,
                particle=_optional_word(record.get("particle"), where, "particle"),
                prep=_optional_word(record.get("prep"), where, "prep"),
                objects=_expand(_word_set(record.get("objects"), where, "objects"), word_lists or {}, where),
                modifiers=_word_set(record.get("modifiers"), where, "modifiers"),
                prep_objects=_expand(
                    _word_set(record.get("prep_objects"), where, "prep_objects"), word_lists or {}, where
                ),
                confidence=float(confidence),
                rank=rank,
                mutual=mutual,
            )
        )
    return patterns


def parse_frames(text: str, *, source: str) -> list[Frame]:
    """Parse and validate the modality frames file."""
    codes = load_cameo()
    frames: list[Frame] = []
    for where, record in jsonl_records(text, source):
        kind = record.get("kind")
        if kind not in FRAME_KINDS:
            raise _fail(where, f"kind must be one of {FRAME_KINDS}, not {kind!r}")
        mapping = record.get("codes", {})
        if not isinstance(mapping, dict):
            raise _fail(where, "'codes' must map a code prefix to a CAMEO code")
        default = record.get("default")
        for target in [*mapping.values(), default]:
            if target not in (NO_EVENT, KEEP_INNER) and target not in codes:
                raise _fail(where, f"{target!r} is not a CAMEO code (or '---')")
        lemmas = _word_set(record.get("lemmas"), where, "lemmas")
        particles = record.get("particles", {})
        if not isinstance(particles, dict) or not set(particles) <= lemmas:
            raise _fail(where, "'particles' must map some of the frame's lemmas to a particle")
        infinitive_only = _word_set(record.get("infinitive_only", []), where, "infinitive_only")
        if not infinitive_only <= lemmas:
            raise _fail(where, "'infinitive_only' must list some of the frame's lemmas")
        stands_alone = _word_set(record.get("stands_alone", []), where, "stands_alone")
        if not stands_alone <= lemmas:
            raise _fail(where, "'stands_alone' must list some of the frame's lemmas")
        adjective_only = _word_set(record.get("adjective_only", []), where, "adjective_only")
        if not adjective_only <= lemmas:
            raise _fail(where, "'adjective_only' must list some of the frame's lemmas")
        frames.append(
            Frame(
                id=str(record.get("id") or f"frame.{kind}"),
                kind=kind,
                lemmas=lemmas,
                codes={str(k): str(v) for k, v in mapping.items()},
                default=str(default),
                particles={str(k): str(v) for k, v in particles.items()},
                infinitive_only=infinitive_only,
                stands_alone=stands_alone,
                adjective_only=adjective_only,
            )
        )
    return frames


def build_book(
    patterns: Iterable[Pattern],
    frames: Iterable[Frame],
    light_verbs: Iterable[str],
    *,
    carrier_nouns: Iterable[str] = (),
    document_nouns: Iterable[str] = (),
    speech_acts: Iterable[str] = (),
    receiver_verbs: Iterable[str] = (),
    happening_nouns: Iterable[str] = (),
    reference_nouns: Iterable[str] = (),
    said_reference_nouns: Iterable[str] = (),
    consequence_nouns: Iterable[str] = (),
    judgement_words: Iterable[str] = (),
    praise_words: Iterable[str] = (),
    negative_states: Iterable[str] = (),
    discontent_words: Iterable[str] = (),
    content_words: Iterable[str] = (),
) -> PatternBook:
    """Index patterns by lemma; duplicate ids or a lemma in two frames are errors."""
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    seen: set[str] = set()
    for pattern in patterns:
        if pattern.id in seen:
            raise DataError(f"duplicate pattern id {pattern.id!r}; ids must be unique across pattern files")
        seen.add(pattern.id)
        (verbs if pattern.pos == "VERB" else nouns).setdefault(pattern.lemma, []).append(pattern)
    frame_index: dict[str, Frame] = {}
    for frame in frames:
        for lemma in frame.lemmas:
            if lemma in frame_index:
                raise DataError(f"lemma {lemma!r} is in two frames ({frame_index[lemma].id}, {frame.id})")
            frame_index[lemma] = frame
    return PatternBook(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        frames=frame_index,
        light_verbs=frozenset(light_verbs),
        carrier_nouns=frozenset(carrier_nouns),
        document_nouns=frozenset(document_nouns),
        speech_acts=frozenset(speech_acts),
        receiver_verbs=frozenset(receiver_verbs),
        happening_nouns=frozenset(happening_nouns),
        reference_nouns=frozenset(reference_nouns),
        said_reference_nouns=frozenset(said_reference_nouns),
        consequence_nouns=frozenset(consequence_nouns),
        judgement_words=frozenset(judgement_words),
        praise_words=frozenset(praise_words),
        negative_states=frozenset(negative_states),
        discontent_words=frozenset(discontent_words),
        content_words=frozenset(content_words),
    )


def default_data_dir() -> Path:
    return Path(str(resources.files("clio.data").joinpath("events")))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read event pattern file: {exc}") from exc


@functools.lru_cache(maxsize=4)
def load_book(data_dir: Path | None = None) -> PatternBook:
    """The pattern book from ``data_dir`` (default: the bundled ``clio/data/events``), read once.

    The folder holds the pattern files, the frames and the event lexicon whose lists the book's
    word sets and the patterns' ``"@name"`` objects come from.
    """
    folder = data_dir or default_data_dir()
    lexicon = load_event_lexicon(folder / LEXICON_FILE)
    word_lists = {name: lexicon.words(name) for name in lexicon.lists}
    patterns: list[Pattern] = []
    for rank, name in enumerate(PATTERN_FILES):
        path = folder / name
        patterns.extend(parse_patterns(_read(path), source=str(path), rank=rank, word_lists=word_lists))
    frames = parse_frames(_read(folder / FRAME_FILE), source=str(folder / FRAME_FILE))
    words = lexicon.words
    return build_book(
        patterns,
        frames,
        words("light_verbs"),
        carrier_nouns=words("carrier_nouns"),
        document_nouns=words("document_nouns"),
        speech_acts=words("speech_acts"),
        receiver_verbs=words("receiver_verbs"),
        happening_nouns=words("happening_nouns"),
        reference_nouns=words("reference_nouns"),
        said_reference_nouns=words("said_reference_nouns"),
        consequence_nouns=words("consequence_nouns"),
        judgement_words=words("judgements"),  # "@judgements" in the naming verbs' patterns
        praise_words=words("praise_words"),
        negative_states=words("negative_states"),
        discontent_words=words("discontent_words"),
        content_words=words("content_words"),
    )
