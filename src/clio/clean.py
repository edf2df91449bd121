"""Noise in scraped news: photo credits, captions and bylines, often glued into sentences.

    "Jane Doe / Xinhua via ZUMA Press The minister (right) told ..."
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^             ^^^^^^^

``find_noise(text)`` returns sorted, non-overlapping character spans of such noise; the text
itself is never changed, so every downstream span stays an offset into the article as ingested.
Components skip anything inside these spans (``clio.nlp.in_noise``).

What counts as noise is structure, not single words, so running text stays untouched:

- credits: names and agencies joined by ``/`` or ``via`` with at least one known agency
  ("JOHN ROE / SPUTNIK / AFP via Getty Images", "REUTERS/Jane Doe/File Photo",
  "Pool photo via AP, file"), or after a label ("Photo: ...", "Photo by ...", "Image source, ...");
- photo agencies and markers that never carry news ("Getty Images", "File photo");
- caption positions in parentheses ("(left)", "(L)", "(2nd R)", "(L-R)") and caption lines
  ("Image caption ..." up to the end of its sentence);
- agency captions that end their line with the credit ("People inspect the damage in Rafah,
  Tuesday, Feb. 13, 2024. (AP Photo/Jane Doe)", "FILE - ...", "... Picture taken ... REUTERS/...")
  when the sentence reads like a caption (a picture date, a present-tense picture verb);
- credit sentences: "Associated Press writer Jane Doe in Kyiv contributed to this report.";
- captions glued after a credit on the same line: a present-tense picture description ("Jane Doe /
  AFP The minister speaks during a news conference.") up to the end of its sentence;
- wire bylines and credits: "Reporting by ...; Editing by ...", "(Writing by ...)", a whole credit
  line however its places read ("Reporting by Jane Doe at the United Nations; Editing by John Roe"),
  "With wires", "AFP contributed to this report", a lone "By Jane Doe" line;
- wire slugs opening a headline or paragraph ("UPDATE 2-", "EXCLUSIVE-");
- wire datelines opening a paragraph ("WASHINGTON (AP) — ", "KYIV, Ukraine, March 3 (Reuters) - "):
  the place names where the story was filed, not who acted, and the date is the filing date, which
  the article's own date already gives.

"AFP reported that ..." or "left" as a verb are not noise: an agency name alone is news.
Agency names are data: ``clio/data/noise/agencies.tsv``; so are the present-tense verbs that mark a
caption after a credit: ``clio/data/noise/caption_verbs.txt``. A verb after an article, a possessive
or a preposition ("its work", "due to hold"), or after a finite past verb ("who had waited"), is no
caption verb: such a sentence is news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from clio.errors import DataError
from clio.lazy_regex import LazyPattern
from clio.records import Span

AGENCY_KINDS = ("agency", "credit", "photo")

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# Capitalised words that open sentences or label credits, never part of a name in a credit:
# a credit glued to "The minister ..." must not swallow "The".
_FUNCTION_WORDS = (
    "The|A|An|In|On|At|To|For|Of|By|From|With|He|She|It|They|We|I|You|This|That|These|Those|His|Her|"
    "Their|Its|Our|But|And|Or|As|After|Before|When|While|If|Since|Despite|During|Under|Over|"
    "Some|Many|Most|All|Two|Three|Four|Five|Several|Thousands|Hundreds|Dozens|"
    "Reporting|Additional|Writing|Editing|Edited|Compiled|Photo|Image|Caption|File|Pool|Handout|Via"
)
# Words that open the sentence a trailing credit name is glued to ("REUTERS/Jane Doe President
# Biden ..."); they may still begin a credit ("Kazakh Foreign Ministry / Handout").
_ROLE_WORDS = (
    "President|Prime|Minister|Foreign|Secretary|General|Chancellor|King|Queen|Pope|Sheikh|Senator|"
    "Governor|Mayor|Police|Officials|Protesters|Demonstrators|Soldiers|Troops|Rescuers|Residents|"
    "Supporters|Members|Workers|People|Leaders|Delegates"
)


def _name_pattern(stop_words: str) -> str:
    """One to four capitalised words (or initials, or al-/bin- forms), none of ``stop_words``."""
    token = (
        rf"(?!(?:{stop_words})(?![\w'’-]))"
        rf"(?:[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}{_LOWER}]+)*"
        rf"|[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]+)*"
        rf"|[{_UPPER}]\.(?=[ ])"
        rf"|(?:al|el|ad|bin|ben)-[{_UPPER}][{_LOWER}]+)"
        r"(?![\w'’-])"
    )
    return rf"{token}(?:[ ](?:{_PARTICLE}[ ])?{token}){{0,3}}"


_PARTICLE = r"(?:de|da|dos|du|van|von|der|den|la|le|al|el|bin|ibn)"
_NAME = _name_pattern(_FUNCTION_WORDS)
_TRAILING_NAME = _name_pattern(f"{_FUNCTION_WORDS}|{_ROLE_WORDS}")
_PERSON_AT = rf"{_NAME}(?:[ ]+in[ ]+{_NAME})?"
_NAME_LIST = rf"{_PERSON_AT}(?:(?:[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+|[ ]*&[ ]*){_PERSON_AT})*"

_SLASH = r"[ \t]*/[ \t]*"
_FILE_SUFFIX = r"(?:,[ \t]*[Ff]ile(?![\w-])|[ \t]*/[ \t]*File(?:[ \t]+Photo)?(?![\w-]))"
_POSITION_WORD = (
    r"(?:far[ ]+)?(?:left|right|centre|center|top|bottom|front|back|rear|middle|foreground|background)"
    r"|L|R|C|L-R|R-L|left[ ]+to[ ]+right|clockwise[ ]+from[ ]+(?:top|bottom)[ ]+(?:left|right)"
    r"|pictured|seated|standing"
)
_POSITION_ONE = rf"(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth)[ ]+)?(?:from[ ]+)?(?:{_POSITION_WORD})"
_POSITION = rf"\((?:{_POSITION_ONE})(?:(?:[ ]*[,/&][ ]*|[ ]*-[ ]*|[ ]+and[ ]+|[ ]+){_POSITION_ONE})*\)"
_BYLINE_KEYWORD = (
    r"(?:(?:additional|further)[ ]+)?reporting|writing|editing|edited|compiled|compiling|written"
    r"|graphics|production"
)
_BYLINE_CLAUSE = (
    rf"(?i:{_BYLINE_KEYWORD})"
    rf"[ ]+(?i:by)[ ]+{_NAME_LIST}"
)
_BYLINE_CHAIN = rf"{_BYLINE_CLAUSE}(?:[ ]*[;,.]?[ ]*{_BYLINE_CLAUSE})*"
# A wire credit line: "Reporting by Jane Doe at the United Nations and John Roe in Port of Spain;
# Editing by Tom Hollis". The places and names between its clauses vary too much for the name
# pattern, so a line that opens with one byline clause and ends with another is noise in full.
_BYLINE_LINE = re.compile(
    rf"(?m)^[ \t]*\(?(?i:{_BYLINE_KEYWORD})[ ]+(?i:by)[ ]+{_NAME}[^\n]{{0,300}}?[;,.][ ]*"
    rf"(?i:{_BYLINE_KEYWORD})[ ]+(?i:by)[ ]+{_NAME_LIST}[ \t]*\)?\.?[ \t]*$"
)
_CAPTION = r"(?:Image|Media|Photo|Video)[ ]+caption[ \t]*[:,]?[ \t]*[^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$)"
# Present-tense verbs that describe a picture ("Jane Doe / AFP The minister speaks during a news
# conference"): news copy reports in the past tense, so right after a credit they mark a caption.
# The verbs are data (clio/data/noise/caption_verbs.txt); the present passive ("A tanker is moored
# off the port", "Smoke is seen") and "pictured" are forms of any verb. "is expected to" and the
# like announce news, not a picture.
_PRESENT_PASSIVE = (
    r"(?:is|are)[ ]+(?:being[ ]+)?(?:[a-z]+ed|seen|shown|held|driven|taken|thrown|flown|worn|built|led)"
    r"(?![ ]+to(?![\w-]))"
)
_PICTURE_PARTICIPLES = r"pictured|photographed"
# A caption's subject is short: the verb comes within this many words of the credit.
_CAPTION_SUBJECT_WORDS = 12
_CAPTION_WORD = r"(?:[^\s.!?]+|(?:[A-Za-z]\.)+)"  # a word, or an abbreviation such as "U.S."
_REPORTING = re.compile(r"(?<![\w-])(?:said|says|told|tells|added|announced|according)(?![\w-])")
# A finite verb of reported news before the picture verb ("The ship was seen ...", "Officials who
# have visited the site ...") makes the sentence news: a caption's subject is a bare noun phrase.
# "warned the court", "detained 14 people": a past-tense verb taking its object is news too.
_FINITE_NEWS_VERB = re.compile(
    r"(?<![\w-])(?:was|were|had|has|have|will|would|could|did)(?![\w-])"
    r"|(?<![\w-])[a-z]+ed[ ]+(?:the|a|an|its|his|her|their|our|\d)(?![\w-])"
)
# A verb never follows an article, a possessive or a preposition: "its work", "to protest" and
# "on the march" are nouns and infinitives, not the caption's verb.
_NOT_BEFORE_VERB = (
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "of",
    "to",
    "for",
    "in",
    "on",
    "at",
    "with",
    "by",
    "from",
    "and",
    "or",
)
_VERB_LOOKBEHIND = "".join(rf"(?<![ ]{word}[ ])" for word in _NOT_BEFORE_VERB)
# Where a sentence ends inside a line: after a lower-case word, a number or a closing mark ("U.S."
# and "Feb. 13" do not end one).
_CAPTION_BOUNDARY = re.compile(r"(?<=[a-z0-9)\"”’])[.!?][\"”’]?[ \t]+(?=[A-Z\"“])")
# The picture date agencies end captions with: "..., Tuesday, Feb. 13, 2024." / "..., May 13, 2023."
_PICTURE_DATE = re.compile(
    r",[ ](?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ ])?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|"
    r"August|September|October|November|December)\.?[ ]\d{1,2},[ ]\d{4}\.?[ \t]*$"
)
# Wire slugs opening a headline or a paragraph: "UPDATE 2-", "EXCLUSIVE-", "REFILE-".
_SLUG = re.compile(
    r"(?m)^[ \t]*(?:UPDATE|EXCLUSIVE|WRAPUP|REFILE|CORRECTED|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|"
    r"BREAKINGVIEWS|RPT|POLL|TIMELINE|BRIEF)(?:[ ]\d{1,2})?[ ]?(?:-|—|–|:)"
)
_NEWS_DAY = re.compile(r"(?<![\w-])on[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]\"”’'])[.!?](?=\s|$)|\n")
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
    r"|January|February|March|April|June|July|August|September|October|November|December"
)
# Wire slugs that open a line like a dateline but name no place.
_SLUGS = r"FILE|UPDATE|EXCLUSIVE|ANALYSIS|BREAKING|WATCH|PHOTOS|VIDEO|LIVE|FACTBOX|EXPLAINER"
_CAPS_PLACE = rf"(?!(?:{_SLUGS})(?![A-Z]))[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){{0,3}}"
_TITLE_PLACE = rf"[{_UPPER}][{_LOWER}'’-]+(?:[ ][{_UPPER}][{_LOWER}'’-]+){{0,2}}"
_REGION = rf"(?:,[ ](?:[{_UPPER}][{_LOWER}.]+|[A-Z]\.(?:[A-Z]\.)+)(?:[ ][{_UPPER}][{_LOWER}.]+){{0,2}})"
_DASH = r"[ \t]*(?:—|–|―|--|-|_)"
_DAY = rf"(?:{_MONTH})[ ]\d{{1,2}}"
_ANY_TAG = rf"\([{_UPPER}][\w .&'’-]{{0,40}}\)"
# Lines that are never the story: links to other stories, a caption under its label, the
# copyright footer and calls to action. The whole line goes, label and all.
_LINK_LINE = re.compile(
    r"(?im)^[ \t]*(?:read[ ]+more|read[ ]+also|also[ ]+read|see[ ]+also|more[ ]+on[ ]+this(?:[ ]+story)?|"
    r"related(?:[ ]+(?:stories|story|coverage|articles|content|news|reading))?|recommended|most[ ]+read|"
    r"watch|listen|more[ ]+from[ ]+[^\n:]{1,40})[ \t]*:[^\n]*"
)
_FOOTER_LINE = re.compile(
    r"(?m)^[ \t]*(?:\([cC]\)|©|(?:Copyright|COPYRIGHT)[ ]+(?:\([cC]\)[ ]+|©[ ]*)?\d{4}"
    r"|All[ ]+rights[ ]+reserved)[^\n]*"
    r"|(?i:^[ \t]*(?:click[ ]+here|subscribe[ ]+(?:to|now|for)|sign[ ]+up[ ]+(?:for|to|here)|"
    r"follow[ ]+us[ ]+on|download[ ]+(?:our|the)[ ]+app)\b[^\n]{0,200}$)"
)
_CAPTION_LINE = re.compile(
    r"(?m)^[ \t]*(?:Photo|Picture|Image|Caption|Pictured|Photograph|Top[ ]+photo|Main[ ]+photo)[ \t]*:"
    r"[^\n]{0,400}$"
)
_CREDIT_LABEL = (
    r"(?:Photo[ ]+credit|Image[ ]+source|Image[ ]+credit|Photograph|Photo|Photos|Picture|Pictures|"
    r"Image|Credit)[ \t]*[:,]"
)


@dataclass(frozen=True, slots=True)
class AgencyNames:
    """Names from the agencies file, by kind (see its header)."""

    agency: tuple[str, ...]
    credit: tuple[str, ...]
    photo: tuple[str, ...]


def load_agency_names(path: Path | None = None) -> AgencyNames:
    """Read and validate an agencies file (``kind<TAB>name`` lines, ``#`` comments)."""
    if path is None:
        return _bundled_agency_names()
    return _parse_agency_names(path.read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=1)
def _bundled_agency_names() -> AgencyNames:
    resource = resources.files("clio") / "data" / "noise" / "agencies.tsv"
    return _parse_agency_names(resource.read_text(encoding="utf-8"), "clio/data/noise/agencies.tsv")


def _parse_agency_names(content: str, where: str) -> AgencyNames:
    names: dict[str, list[str]] = {kind: [] for kind in AGENCY_KINDS}
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            raise DataError(f"{where}:{number}: expected 'kind<TAB>name', got {line!r}")
        kind, name = parts[0].strip(), parts[1].strip()
        if kind not in names:
            raise DataError(f"{where}:{number}: unknown kind {kind!r}; use one of {', '.join(AGENCY_KINDS)}")
        names[kind].append(name)
    return AgencyNames(
        agency=tuple(names["agency"]), credit=tuple(names["credit"]), photo=tuple(names["photo"])
    )


_CAPTION_VERB_LINE = re.compile(r"[a-z]+(?:-[a-z]+)*(?:[ ][a-z]+(?:-[a-z]+)*)*")


def load_caption_verbs(path: Path | None = None) -> tuple[str, ...]:
    """Read and validate a caption verbs file (one base-form verb or phrase a line, ``#`` comments)."""
    if path is None:
        return _bundled_caption_verbs()
    return _parse_caption_verbs(path.read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=1)
def _bundled_caption_verbs() -> tuple[str, ...]:
    resource = resources.files("clio") / "data" / "noise" / "caption_verbs.txt"
    return _parse_caption_verbs(resource.read_text(encoding="utf-8"), "clio/data/noise/caption_verbs.txt")


def _parse_caption_verbs(content: str, where: str) -> tuple[str, ...]:
    verbs: list[str] = []
    for number, line in enumerate(content.splitlines(), start=1):
        verb = line.strip()
        if not verb or verb.startswith("#"):
            continue
        if not _CAPTION_VERB_LINE.fullmatch(verb):
            raise DataError(f"{where}:{number}: expected a lower-case verb or verb phrase, got {line!r}")
        if verb in verbs:
            raise DataError(f"{where}:{number}: {verb!r} is listed twice")
        verbs.append(verb)
    return tuple(verbs)


def present_forms(phrase: str) -> tuple[str, str]:
    """A verb phrase in the base and the third-person present form: "carry on" -> "carries on"."""
    verb, _, rest = phrase.partition(" ")
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = verb + "es"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return phrase, f"{third} {rest}" if rest else third


def _caption_verb_pattern(verbs: tuple[str, ...]) -> str:
    """Every present form of the caption verbs (longest first), the present passive and "pictured"."""
    forms = {form for verb in verbs for form in present_forms(verb)}
    body = "|".join(
        re.escape(form).replace(r"\ ", "[ ]+") for form in sorted(forms, key=lambda f: (-len(f), f))
    )
    return rf"(?:{_PRESENT_PASSIVE}|{_PICTURE_PARTICIPLES}|{body})"


def _alternation(names: tuple[str, ...]) -> str:
    """Names and their ALL-CAPS forms, longest first, as one bounded regex alternation."""
    forms = {form for name in names for form in (name, name.upper())}
    body = "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f)))
    return rf"(?<![\w-])(?:{body})(?![\w-])"


@dataclass(frozen=True, slots=True)
class NoisePatterns:
    """The patterns. Costly ones run only near a cheap anchor (a slash, "via", a byline keyword)
    or when a literal trigger occurs, so marking noise stays a small fraction of parsing time;
    each is compiled when first used (see clio.lazy_regex), so start-up does not pay for them."""

    credit_anchor: LazyPattern
    credit: LazyPattern
    known_agency: LazyPattern
    labelled_anchor: LazyPattern
    labelled_credit: LazyPattern
    byline_alone: LazyPattern
    caption_opener: LazyPattern
    photo_names: LazyPattern
    byline_anchor: LazyPattern
    byline: LazyPattern
    with_wires: LazyPattern
    caption_start: LazyPattern
    dateline: LazyPattern
    triggered: tuple[tuple[str, LazyPattern], ...]


def build_patterns(names: AgencyNames, caption_verbs: tuple[str, ...] | None = None) -> NoisePatterns:
    caption_verb = _caption_verb_pattern(_bundled_caption_verbs() if caption_verbs is None else caption_verbs)
    any_agency = _alternation(names.agency + names.credit + names.photo)
    news_agency = _alternation(names.agency)
    credit = (
        rf"(?<![\w-])(?:{any_agency}|{_NAME})(?:{_SLASH}(?:{any_agency}|{_TRAILING_NAME}))*"
        rf"(?:[ \t]+via[ \t]+{any_agency})?{_FILE_SUFFIX}?"
        # "a Reuters/Ipsos poll" names a survey, not a photographer
        r"(?![ \t]+(?:poll|polls|survey|surveys)(?![\w-]))"
    )
    labelled = rf"(?:{_CREDIT_LABEL}[ \t]*|Photos?[ ]+by[ ]+)(?:{credit})"
    photo_forms = {form for name in names.photo for form in (name, name.upper())}
    photo_names = "|".join(re.escape(f) for f in sorted(photo_forms, key=lambda f: (-len(f), f)))
    triggered = (
        ("(", LazyPattern(_POSITION)),
        ("caption", LazyPattern(_CAPTION)),
        # the agency tag of a wire dateline: WASHINGTON (AP) —
        ("(", LazyPattern(rf"\((?:{news_agency})\)(?=[ \t]*[-—–])")),
        (
            # a whole credit sentence: "Associated Press writer Jane Doe in Kyiv contributed to this report."
            "contributed to this",
            LazyPattern(
                r"(?:(?<=[.!?”\"’)][ ])|(?<=\n)|^)[^.!?\n]{0,200}?contributed(?:[ ]+reporting)?[ ]+to[ ]+this"
                r"[ ]+(?:report|story|article)\.?",
                re.MULTILINE,
            ),
        ),
        (
            "contributed to this",
            LazyPattern(
                rf"(?:{news_agency}|Wire[ ]+services|Agencies|Wires)(?:(?:[ ]*,[ ]*|[ ]+and[ ]+)"
                rf"(?:{news_agency}|wire[ ]+services|agencies))*[ ]+contributed[ ]+to[ ]+this[ ]+"
                r"(?:report|story|article)\.?"
            ),
        ),
    )
    return NoisePatterns(
        credit_anchor=LazyPattern(r"/|(?<=[ \t])via(?=[ \t])"),
        credit=LazyPattern(credit),
        known_agency=LazyPattern(any_agency),
        labelled_anchor=LazyPattern(r"Photo|Image|Picture|Credit"),
        labelled_credit=LazyPattern(labelled),
        byline_alone=LazyPattern(
            rf"By[ ]+{_NAME_LIST}(?:[ ]*,[ ]*(?:{news_agency}|{_NAME}))?(?=[ \t]*(?:\n|$))"
        ),
        caption_opener=LazyPattern(
            r"(?:FILE PHOTO|File photo|FILE PICTURE|File picture)[ ]*:|(?m:^)[ \t]*FILE[ ]*(?:-|—|–)"
        ),
        photo_names=LazyPattern(rf"(?:{photo_names})(?![\w-])(?:[ ]*:)?"),
        byline_anchor=LazyPattern(rf"(?:{_BYLINE_KEYWORD})[ ]+$", re.IGNORECASE),
        byline=LazyPattern(_BYLINE_CHAIN),
        with_wires=LazyPattern(
            rf"With[ ]+(?:wires|wire[ ]+services|agencies|agency[ ]+reports|{news_agency})"
            rf"(?:(?:[ ]*,[ ]*|[ ]+and[ ]+)(?:wires|agencies|{news_agency}))*\)?\.?(?=[ \t]*(?:\n|$))"
        ),
        caption_start=LazyPattern(
            rf"[ \t]*(?:{_CAPTION_WORD}[ \t]+){{0,{_CAPTION_SUBJECT_WORDS}}}?"
            rf"{_VERB_LOOKBEHIND}(?P<verb>{caption_verb})(?![\w-])"
        ),
        # An ALL-CAPS place needs the dash (with any agency's tag); a Title-case one also the date and
        # a known agency's tag.
        dateline=LazyPattern(
            rf"(?m)^[ \t]*(?:{_CAPS_PLACE}{_REGION}?(?:,[ ]{_DAY})?[ ]*(?:{_ANY_TAG})?{_DASH}"
            rf"|{_TITLE_PLACE}{_REGION}?,[ ]{_DAY}[ ]*\((?:{news_agency})\){_DASH})"
        ),
        triggered=triggered,
    )


@lru_cache(maxsize=1)
def _bundled_patterns() -> NoisePatterns:
    return build_patterns(_bundled_agency_names())


def find_noise(text: str, *, patterns: NoisePatterns | None = None) -> list[Span]:
    """Sorted, non-overlapping ``(start, end)`` spans of credits, captions and bylines in ``text``."""
    patterns = patterns or _bundled_patterns()
    spans = _credits(text, patterns)
    for anchor in patterns.labelled_anchor.finditer(text):
        match = patterns.labelled_credit.match(text, anchor.start())
        if match and _word_starts(text, match.start()):
            spans.append(match.span())
    spans.extend(_lone_bylines(text, patterns))
    spans.extend(_captions_before_credits(text, patterns, spans))
    spans.extend(_captions_after_credits(text, patterns, spans))
    spans.extend(_captions_ending_in_credits(text, patterns, spans))
    spans.extend(
        match.span() for match in patterns.photo_names.finditer(text) if _word_starts(text, match.start())
    )
    spans.extend(_bylines(text, patterns))
    if " by " in text or " By " in text:
        spans.extend(match.span() for match in _BYLINE_LINE.finditer(text))
    spans.extend(_datelines(text, patterns))
    spans.extend(_label_lines(text))
    spans.extend(match.span() for match in _SLUG.finditer(text))
    if "With " in text:
        for match in patterns.with_wires.finditer(text):
            start = _paragraph_closer_start(text, match.start())
            if start is not None:
                spans.append((start, match.end()))
    for trigger, pattern in patterns.triggered:
        if trigger in text:
            spans.extend(match.span() for match in pattern.finditer(text))
    return _merge(text, spans)


def _label_lines(text: str) -> list[Span]:
    """Whole lines under a link, caption or footer label ("Read more: ...", "Photo: Police
    vehicles outside the embassy. / AFP", "(c) 2024 Reuters"). A caption label followed at once
    by a credit ("Photo: Jane Doe/AFP The minister ...") is a glued credit, left to the credit
    rules so the text after it stays."""
    spans = [m.span() for m in _LINK_LINE.finditer(text)] if ":" in text else []
    spans.extend(m.span() for m in _FOOTER_LINE.finditer(text))
    for match in _CAPTION_LINE.finditer(text):
        label_end = text.index(":", match.start()) + 1
        if not _CREDIT_SOON.search(text, label_end, min(match.end(), label_end + _CREDIT_SOON_REACH)):
            spans.append(match.span())
    return spans


# A slash or "via" within a few words of a caption label makes it a credit ("Photo: Jane Doe/AFP").
_CREDIT_SOON = re.compile(r"/|(?<=[ \t])via(?=[ \t])")
_CREDIT_SOON_REACH = 50
_CREDIT_BEFORE = 100  # characters: room for a name of four words before a slash
_CREDIT_AFTER = 300


def _credits(text: str, patterns: NoisePatterns) -> list[Span]:
    """Credits around each slash or "via": they must contain one and name a known agency."""
    spans: list[Span] = []
    covered = 0
    for anchor in patterns.credit_anchor.finditer(text):
        position = anchor.start()
        if position < covered:
            continue
        low = max(covered, position - _CREDIT_BEFORE)
        high = min(len(text), anchor.end() + _CREDIT_AFTER)
        for match in patterns.credit.finditer(text, low, high):
            if match.start() > position:
                break
            if match.end() <= position:
                continue
            found = match.group()
            if ("/" in found or " via " in found) and patterns.known_agency.search(found):
                spans.append(match.span())
                covered = match.end()
            break
    return spans


_KEYWORD_REACH = 30  # characters: the longest byline keyword ("additional reporting") and spaces


def _bylines(text: str, patterns: NoisePatterns) -> list[Span]:
    """Byline chains, found from each " by " (a fast literal scan) back to its keyword."""
    spans: list[Span] = []
    needles = (" by ", " By ", " BY ")
    for needle in needles:
        position = text.find(needle)
        while position >= 0:
            window_start = max(0, position - _KEYWORD_REACH)
            keyword = patterns.byline_anchor.search(text, window_start, position + 1)
            if keyword:
                match = patterns.byline.match(text, keyword.start())
                if match and _word_starts(text, match.start()):
                    spans.append(match.span())
            position = text.find(needle, position + 1)
    return spans


def _lone_bylines(text: str, patterns: NoisePatterns) -> list[Span]:
    """A line holding only "By Jane Doe" (optionally ", Agency")."""
    spans: list[Span] = []
    position = text.find("By ")
    while position >= 0:
        line_start = text.rfind("\n", 0, position) + 1
        if not text[line_start:position].strip():
            match = patterns.byline_alone.match(text, position)
            if match:
                spans.append(match.span())
        position = text.find("By ", position + 1)
    return spans


def _word_starts(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_")


def _paragraph_closer_start(text: str, start: int) -> int | None:
    """Where a "With wires" line really starts (taking in a leading dash or parenthesis), or
    None when it does not close a paragraph: it must open a line or follow a sentence end."""
    while start > 0 and text[start - 1] in " \t(-—–":
        start -= 1
    if start == 0 or text[start - 1] == "\n":
        return start
    return start if text[start - 1] in '.!?”"’)' or text[start - 2 : start] in {". ", "! ", "? "} else None


_CAPTION_REACH = 400


def _datelines(text: str, patterns: NoisePatterns) -> list[Span]:
    """Each wire dateline, from its place to its dash."""
    return [match.span() for match in patterns.dateline.finditer(text)]


def _captions_after_credits(text: str, patterns: NoisePatterns, credits: list[Span]) -> list[Span]:
    """A credit glued to a present-tense picture description on the same line ("Jane Doe / AFP
    The minister speaks during a news conference in Ankara.") closes a caption: the description
    runs to the end of its sentence. Past-tense or reported text after a credit is left alone."""
    found: list[Span] = []
    for credit_start, credit_end in credits:
        begin = _caption_begin(text, credit_start, credit_end)
        match = patterns.caption_start.match(text, begin)
        if match is None or "\n" in text[begin : match.end()] or not _bare_subject(match):
            continue
        end = _caption_end(text, match.end())
        start = begin + len(text[begin:end]) - len(text[begin:end].lstrip())
        if not _REPORTING.search(text, start, end):
            found.append((start, end))
    return found


def _bare_subject(match: re.Match[str]) -> bool:
    """The words before a caption verb hold no finite verb of their own (see _FINITE_NEWS_VERB)."""
    return not _FINITE_NEWS_VERB.search(match.string, match.start(), match.start("verb"))


def _caption_begin(text: str, credit_start: int, credit_end: int) -> int:
    """Where the text after a credit begins. A photographer's name may swallow the capitalised
    first word of the caption glued to it ("AP Photo / Jane Doe Students throw stones"): when a
    lower-case word follows the credit, that last word opens the caption."""
    rest = text[credit_end : credit_end + 2]
    if not rest.startswith(" ") or not rest[1:2].islower():
        return credit_end
    last_space = text.rfind(" ", credit_start, credit_end)
    word = text[last_space + 1 : credit_end]
    if last_space < 0 or not word[:1].isupper() or "/" in word:
        return credit_end
    return last_space + 1


# "Jan." and other month abbreviations do not end a caption ("... in Bamako on Jan. 14.").
_MONTH_ABBREVIATION = re.compile(r"(?<![\w-])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")


def _caption_end(text: str, position: int) -> int:
    """The end of the sentence running from ``position``: after its closing mark, or before a
    line break, or the end of the text."""
    for match in _SENTENCE_END.finditer(text, position):
        if match.group() == "\n":
            return match.start()
        if _MONTH_ABBREVIATION.search(text, max(0, match.start() - 5), match.start()):
            continue
        return match.end()
    return len(text)


def _captions_ending_in_credits(text: str, patterns: NoisePatterns, credits: list[Span]) -> list[Span]:
    """Agency captions put the credit last on the line: "Palestinians inspect the damage in Rafah,
    Tuesday, Feb. 13, 2024. (AP Photo/Jane Doe)". The sentence before such a credit is a caption
    when it reads like one: a present-tense picture verb, a picture date at its end, or
    "Picture taken"."""
    found: list[Span] = []
    for credit_start, credit_end in credits:
        # A credit glued to the next sentence ("... on Sunday. SALIF KABRE / AFP via Getty Images
        # Police also detained ...") closes the caption before it too, when that sentence reads
        # as a picture description.
        glued = not _ends_line(text, credit_end)
        line_start = text.rfind("\n", 0, credit_start) + 1
        end = credit_start
        while end > line_start and text[end - 1] in " \t(":
            end -= 1
        boundaries = [m.end() for m in _CAPTION_BOUNDARY.finditer(text, line_start, max(line_start, end - 1))]
        start = boundaries.pop() if boundaries else line_start
        if text.startswith(
            "Picture taken", start
        ):  # Reuters: "<caption>. Picture taken <date>. REUTERS/<name>"
            start = boundaries.pop() if boundaries else line_start
        sentence = text[start:end]
        start_match = patterns.caption_start.match(sentence)
        described = bool(start_match and _bare_subject(start_match)) and not _REPORTING.search(sentence)
        looks_like_caption = (
            described if glued else (_has_picture_date(sentence) or "Picture taken" in sentence or described)
        )
        if sentence.strip() and looks_like_caption:
            found.append((start, end))
    return found


def _has_picture_date(sentence: str) -> bool:
    """A date closing the sentence as a picture date does; "on Friday, Jan. 5, 2024" is news."""
    match = _PICTURE_DATE.search(sentence)
    return match is not None and not _NEWS_DAY.search(sentence, 0, match.start())


def _ends_line(text: str, position: int) -> bool:
    rest = text[position : position + 3].lstrip(" \t)")
    return not rest or rest.startswith("\n")


def _captions_before_credits(text: str, patterns: NoisePatterns, credits: list[Span]) -> list[Span]:
    """Wire captions ("FILE PHOTO: Soldiers march in Kyiv ... REUTERS/Jane Doe/File Photo") run
    from their opener to the credit that closes them on the same line; the words between
    describe a picture, not the news."""
    found: list[Span] = []
    for match in patterns.caption_opener.finditer(text):
        line_end = text.find("\n", match.end())
        limit = min(match.end() + _CAPTION_REACH, len(text) if line_end < 0 else line_end)
        closing = [end for start, end in credits if match.end() <= start and end <= limit]
        end = min(closing) if closing else match.end()
        found.append((match.start(), end + 1 if text[end : end + 1] == ")" else end))
    return found


def _merge(text: str, spans: list[Span]) -> list[Span]:
    """Trim spans to their non-space content, take in enclosing parentheses, merge overlaps."""
    tidy: list[Span] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if start > 0 and end < len(text) and text[start - 1] == "(" and text[end] == ")":
            start, end = start - 1, end + 1
        tidy.append((start, end))
    merged: list[Span] = []
    for start, end in sorted(tidy):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
