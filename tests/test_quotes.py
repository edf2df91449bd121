"""Quotes and speakers through the full pipeline (the session ``nlp`` fixture)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from clio.nlp import prepare_doc
from clio.nlp.quotes import find_quotes
from clio.quotes.verbs import load_reporting_verbs
from clio.records import Actor, Quote, Span


def run(nlp: Language, text: str, *, noise: tuple[Span, ...] = ()) -> Doc:
    return nlp(prepare_doc(nlp, text, noise=noise))


def quotes_of(nlp: Language, text: str, kind: str | None = None) -> list[Quote]:
    found = list(run(nlp, text)._.quotes)
    for quote in found:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        if quote.speaker_span is not None:
            assert text[quote.speaker_span[0] : quote.speaker_span[1]] == quote.speaker
    return [q for q in found if kind is None or q.kind == kind]


def mention(text: str, quote: Quote) -> str | None:
    span = quote.speaker_mention
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaker after the quote, before it, inverted
        (
            "“We will defend our borders,” Lavrov said on Tuesday.",
            [("“We will defend our borders,”", "Lavrov")],
        ),
        ("Lavrov said: “We will defend our borders.”", [("“We will defend our borders.”", "Lavrov")]),
        ("“The talks have failed,” said Sergei Lavrov.", [("“The talks have failed,”", "Sergei Lavrov")]),
        (
            '"The talks have failed," Sergei Lavrov told reporters.',
            [('"The talks have failed,"', "Sergei Lavrov")],
        ),
        # a quote with no attribution of its own continues the previous speaker
        (
            "“We are ready for talks,” Lavrov said. “The West is not ready at all.”",
            [("“We are ready for talks,”", "Lavrov"), ("“The West is not ready at all.”", "Lavrov")],
        ),
        # nested single quotes and broken marks
        (
            "“They want ‘democracy’ only when it suits them,” Wang Yi said.",
            [("“They want ‘democracy’ only when it suits them,”", "Wang Yi")],
        ),
        (
            "Erdogan said “we will defend our borders ” and left the room.",
            [("“we will defend our borders ”", "Erdogan")],
        ),
        # a quote over two paragraphs
        (
            "“The first part of the statement is long.\n\n“The second part ends here,” Erdogan said.",
            [("“The first part of the statement is long.\n\n“The second part ends here,”", "Erdogan")],
        ),
        # a quote signed with a dash
        (
            "“He promotes hate and division in this country.” ― Jane Doe",
            [("“He promotes hate and division in this country.”", "Jane Doe")],
        ),
    ],
)
def test_direct_quotes_and_speakers(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    found = quotes_of(nlp, text, "direct")
    assert [(q.text, q.speaker) for q in found] == expected


def test_unclosed_quote_does_not_swallow_the_article(nlp: Language) -> None:
    text = (
        "“We will defend our borders, Lavrov said on Tuesday.\n\nThe ministry gave no details. Talks resume."
    )
    (quote,) = quotes_of(nlp, text, "direct")
    assert quote.text == "“We will defend our borders, Lavrov said on Tuesday."


def test_pronoun_speaker_resolves_to_the_named_person(nlp: Language) -> None:
    text = "Sergei Lavrov met reporters in Moscow. “We will not back down on this,” he said."
    (quote,) = quotes_of(nlp, text, "direct")
    assert quote.speaker == "Sergei Lavrov"
    assert quote.speaker_span == (0, 13)
    assert mention(text, quote) == "he"


@pytest.mark.parametrize(
    "text",
    [
        "They said: “We will fight until the very end.”",  # "they": unclear, no speaker
        "He said “we will fight on until the very end.”",  # "he" with no person named before
        # the only person named before is not the subject of anything: no guess
        "The tweet mentioned Donald Trump. “We will fight until the very end,” he said.",
    ],
)
def test_unclear_speaker_gives_no_speaker(nlp: Language, text: str) -> None:
    (quote,) = quotes_of(nlp, text, "direct")
    assert quote.speaker is None
    assert quote.speaker_span is None
    assert quote.speaker_code is None


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “democracy” was a sham.",  # scare quotes around one word
        "She watched “The Apprentice” last night.",  # a title
        "Pence said on “Fox News Sunday” that nothing had changed.",  # a title near a speaker
        "Clinton’s aide said it’s over and they’re leaving.",  # apostrophes
        "The team won’t say ‘never’ again.",
        'The new 12" screens arrived.',
    ],
)
def test_no_direct_quote(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text, "direct") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The minister said that the talks had failed.", "that the talks had failed", "The minister"),
        (
            "Biden responded that the sanctions would stay in place.",
            "that the sanctions would stay in place",
            "Biden",
        ),
        (
            "Erdogan told Kristersson the need to act against militants.",
            "the need to act against militants",
            "Erdogan",
        ),
        (
            "Biden stressed the need for unity among the allies.",
            "the need for unity among the allies",
            "Biden",
        ),
        ("According to Xinhua, the talks were constructive.", "the talks were constructive", "Xinhua"),
        ("The talks were constructive, according to Xinhua.", "The talks were constructive", "Xinhua"),
        # reported speech wrapping a partial quote
        (
            "Trump says voter fraud “would be one hell of a way to lose.”",
            "voter fraud “would be one hell of a way to lose.”",
            "Trump",
        ),
        # the outlet that quotes is the speaker; "quoting X" does not make X the speaker
        (
            "The talks were constructive, state television said, quoting Xinhua.",
            "The talks were constructive",
            "state television",
        ),
    ],
)
def test_reported_speech(nlp: Language, text: str, content: str, speaker: str) -> None:
    found = quotes_of(nlp, text, "indirect")
    assert [(q.text, q.speaker) for q in found] == [(content, speaker)]


def test_according_to_after_a_reporting_verb_names_no_second_speaker(nlp: Language) -> None:
    text = "China will respond firmly, Wang Yi said, according to Xinhua."
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("indirect", "China will respond firmly", "Wang Yi")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister visited Ankara on Tuesday.",  # no reporting verb
        "“We will defend our borders,” Lavrov said.",  # the verb introduces a direct quote only
        "It was said that the talks failed.",  # no speaker
    ],
)
def test_no_reported_speech(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text, "indirect") == []


def test_speaker_code_comes_from_the_actors(nlp: Language) -> None:
    text = "“We will defend our borders,” Lavrov said on Tuesday."
    doc = run(nlp, text)
    doc._.actors = [Actor(text="Lavrov", span=(30, 36), name="Sergei Lavrov", code="RUSGOV", country="RUS")]
    (quote,) = find_quotes(doc, verbs=load_reporting_verbs())
    assert (quote.speaker, quote.speaker_code) == ("Lavrov", "RUSGOV")


def test_quotes_in_noise_are_skipped(nlp: Language) -> None:
    caption = "“Protesters gather outside the ministry,” AFP said."
    text = caption + " The minister said that the talks had failed."
    found = quotes_of_with_noise(nlp, text, ((0, len(caption)),))
    assert [q.kind for q in found] == ["indirect"]


def quotes_of_with_noise(nlp: Language, text: str, noise: tuple[Span, ...]) -> list[Quote]:
    return list(run(nlp, text, noise=noise)._.quotes)


def test_never_crashes_on_odd_text(nlp: Language) -> None:
    for text in ["", "“", "”", '"""', "“ ” ‘ ’", "said said said", "“a\n\n“b\n\n“c", "— ― “x” ―"]:
        for quote in run(nlp, text)._.quotes:
            assert text[quote.span[0] : quote.span[1]] == quote.text


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "LAGOS, May 2 (Reuters) - Nigerian police fired tear gas at crowds on Tuesday, witnesses said.",
            "Nigerian police fired tear gas at crowds on Tuesday",
            "witnesses",
        ),
        (
            "BAMAKO (AP) — Mali's ruling junta warned on Friday that it would expel the envoy.",
            "that it would expel the envoy",
            "Mali's ruling junta",
        ),
    ],
)
def test_a_dateline_is_neither_reported_content_nor_speaker(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    from clio.clean import find_noise

    doc = run(nlp, text, noise=tuple(find_noise(text)))
    [quote] = [q for q in find_quotes(doc, verbs=load_reporting_verbs()) if q.kind == "indirect"]
    assert (quote.text, quote.speaker) == (content, speaker)
