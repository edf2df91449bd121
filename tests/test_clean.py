"""Noise marking: credits, captions and bylines become spans; running text is left alone."""

from __future__ import annotations

import itertools

import pytest

from clio.clean import AgencyNames, build_patterns, find_noise, load_agency_names
from clio.errors import DataError

NOISE_CASES = [
    # (text, the noise strings in order)
    # Whole lines under a link, caption or footer label.
    (
        "Talks resumed in Doha.\nRead more: Qatar hosts a new round of talks\nThe envoy left.",
        ["Read more: Qatar hosts a new round of talks"],
    ),
    ("The talks ended.\nRELATED: Envoys meet in Cairo", ["RELATED: Envoys meet in Cairo"]),
    (
        "The talks ended.\nPhoto: Soldiers guard the crossing near Rafah, May 2, 2024. / AFP\nMore text.",
        ["Photo: Soldiers guard the crossing near Rafah, May 2, 2024. / AFP"],
    ),
    (
        "The talks ended.\n(c) 2024 Reuters. All rights reserved.\nClick here to subscribe to our newsletter",
        ["(c) 2024 Reuters. All rights reserved.", "Click here to subscribe to our newsletter"],
    ),
    ("The talks ended.\nCopyright 2025 The Associated Press.", ["Copyright 2025 The Associated Press."]),
    (
        "Jane Doe / Xinhua via ZUMA Press The minister (right) told reporters on Monday.",
        ["Jane Doe / Xinhua via ZUMA Press", "(right)"],
    ),
    (
        "JOHN ROE / SPUTNIK / AFP via Getty Images The two leaders shook hands in Sochi.",
        ["JOHN ROE / SPUTNIK / AFP via Getty Images"],
    ),
    ("The summit opened in Geneva. Pool photo via AP, file", ["Pool photo via AP, file"]),
    ("Erdogan (left) and Kristersson (L) met in Vilnius.", ["(left)", "(L)"]),
    ("Delegates (2nd R) and (L-R) aides (from left) listen.", ["(2nd R)", "(L-R)", "(from left)"]),
    ("The talks ended without a deal.\nWith wires", ["With wires"]),
    ("The talks ended without a deal. With AFP", ["With AFP"]),
    ("The talks ended.\n- With Reuters and agencies.\n", ["- With Reuters and agencies."]),
    (
        "The talks ended. (Reporting by Jane Doe in Ankara; Editing by Mark Heinrich)",
        ["(Reporting by Jane Doe in Ankara; Editing by Mark Heinrich)"],
    ),
    (
        "Reporting by Jane Doe and John Roe; Additional reporting by Ali Khan in Kabul; Editing by Tom Li",
        ["Reporting by Jane Doe and John Roe; Additional reporting by Ali Khan in Kabul; Editing by Tom Li"],
    ),
    (
        "(Writing by Nidal al-Mughrabi; editing by Jon Boyle)",
        ["(Writing by Nidal al-Mughrabi; editing by Jon Boyle)"],
    ),
    ("Photo: Jane Doe/AFP The minister arrived late.", ["Photo: Jane Doe/AFP"]),
    (
        "Kazakh Foreign Ministry / Handout via Xinhua Kulubaev (left) and Muhriddin (right) shake hands.",
        # a present-tense picture description after a credit is its caption
        [
            "Kazakh Foreign Ministry / Handout via Xinhua",
            "Kulubaev (left) and Muhriddin (right) shake hands.",
        ],
    ),
    (
        "(Reporting by Laura Becker in Brussels and Aida Sultanova in Bishkek; Editing by Tom Hollis)",
        ["(Reporting by Laura Becker in Brussels and Aida Sultanova in Bishkek; Editing by Tom Hollis)"],
    ),
    ("(Photo by JANE DOE/AFP via Getty Images)", ["(Photo by JANE DOE/AFP via Getty Images)"]),
    ("(AP Photo/Jane Doe, File)", ["(AP Photo/Jane Doe, File)"]),
    (
        "REUTERS/Kevin Lamarque/File Photo President Biden speaks.",
        ["REUTERS/Kevin Lamarque/File Photo", "President Biden speaks."],
    ),
    (
        "Adem Altan / AFP via Getty Images U.S. Secretary of State Antony Blinken waves as he boards a"
        " plane in Ankara. Blinken met Erdogan on Friday.",
        [
            "Adem Altan / AFP via Getty Images",
            "U.S. Secretary of State Antony Blinken waves as he boards a plane in Ankara.",
        ],
    ),
    (
        "REUTERS/Jane Doe Protesters march through central Nairobi.\nPolice fired tear gas.",
        ["REUTERS/Jane Doe", "Protesters march through central Nairobi."],
    ),
    # After a credit, past-tense or reported text is news, not a caption.
    ("Jane Doe / Reuters The army said troops arrive in the city on Monday.", ["Jane Doe / Reuters"]),
    ("JOHN ROE / AFP The delegations met in Ankara. Soldiers march in the parade.", ["JOHN ROE / AFP"]),
    ("JOHN ROE / AFP\nPresident Biden speaks at noon, the White House said.", ["JOHN ROE / AFP"]),
    ("Rescuers dig. Umit Bektas/Reuters Officials said 40 died.", ["Umit Bektas/Reuters"]),
    ("Ahmed Gharabli / AFP The army said.", ["Ahmed Gharabli / AFP"]),
    ("Sputnik/Kremlin via Reuters The two men met.", ["Sputnik/Kremlin via Reuters"]),
    (
        "Image caption, Protesters gathered outside parliament on Sunday. The government said.",
        ["Image caption, Protesters gathered outside parliament on Sunday."],
    ),
    (
        "Image source, Getty Images\nImage caption, Police detained dozens\nThe police said",
        ["Image source, Getty Images", "Image caption, Police detained dozens"],
    ),
    ("The picture was licensed from Getty Images last year.", ["Getty Images"]),
    ("File photo The minister spoke to reporters.", ["File photo"]),
    (
        "FILE PHOTO: Soldiers march in Kyiv, March 1, 2022. REUTERS/Jane Doe/File Photo\nThe army said.",
        ["FILE PHOTO: Soldiers march in Kyiv, March 1, 2022. REUTERS/Jane Doe/File Photo"],
    ),
    # Agency captions end their line with the credit; the sentence before it is the caption.
    (
        "Police said two died.\nPeople inspect the damage in Rafah, Gaza Strip, Tuesday, Feb. 13, 2024."
        " (AP Photo/Jane Doe)",
        ["People inspect the damage in Rafah, Gaza Strip, Tuesday, Feb. 13, 2024.", "(AP Photo/Jane Doe)"],
    ),
    (
        "Police said two died. Soldiers fire a howitzer near Bakhmut, Ukraine, May 13, 2023."
        " REUTERS/Stringer",
        ["Soldiers fire a howitzer near Bakhmut, Ukraine, May 13, 2023.", "REUTERS/Stringer"],
    ),
    (
        "Protesters clash with police in Nairobi. Picture taken June 5, 2024. REUTERS/Jane Doe",
        ["Protesters clash with police in Nairobi. Picture taken June 5, 2024.", "REUTERS/Jane Doe"],
    ),
    (
        "FILE - The president attends a meeting in Moscow, Jan. 5, 2024. (Jo Roe, Pool Photo via AP, File)",
        ["FILE - The president attends a meeting in Moscow, Jan. 5, 2024. (Jo Roe, Pool Photo via AP, File)"],
    ),
    # ... but a news sentence before a credit stays, even with a date.
    ("The minister said the talks failed. Jane Doe / AFP\nNext.", ["Jane Doe / AFP"]),
    ("The talks ended in Geneva on Friday, Jan. 5, 2024. Jane Doe / AFP", ["Jane Doe / AFP"]),
    (
        "The talks ended. Associated Press writer Jim Smith in Kyiv contributed to this report.",
        ["Associated Press writer Jim Smith in Kyiv contributed to this report."],
    ),
    ("UPDATE 2-Turkey urges Sweden to act", ["UPDATE 2-"]),
    ("EXCLUSIVE-Iran offers talks", ["EXCLUSIVE-"]),
    ("An UPDATE-style change was made.", []),
    # Datelines, from the place to the dash (the date is the filing date).
    ("WASHINGTON (AP) — The president said on Friday.", ["WASHINGTON (AP) —"]),
    ("NAIROBI, June 10 (AP) — Police fired tear gas.", ["NAIROBI, June 10 (AP) —"]),
    ("WASHINGTON \u2015 The president said on Friday.", ["WASHINGTON \u2015"]),  # a horizontal bar
    ("Ankara, March 14 (Reuters) - Turkey's foreign minister met.", ["Ankara, March 14 (Reuters) -"]),
    ("SPRINGFIELD, Ill., Sept. 26 (UPI) — The governor said.", ["SPRINGFIELD, Ill., Sept. 26 (UPI) —"]),
    ("DAR ES SALAAM, Tanzania (AP) _ Police said.", ["DAR ES SALAAM, Tanzania (AP) _"]),
    ("BISHKEK, March 4 (Steppe Wire) - Guards fired.", ["BISHKEK, March 4 (Steppe Wire) -"]),
    ("The talks ended.\nKYIV, Ukraine — Drones attacked overnight.", ["KYIV, Ukraine —"]),
    # Not datelines: a Title-case place without date and agency, or a dash inside a sentence.
    ("Paris - the capital - was quiet.", []),
    ("Georgia, March 3 was a cold day - really.", []),
    ("The talks were held in BEIJING — a first.", []),
    ("KYIV, Dec 16 (Reuters) - Ukraine said.", ["KYIV, Dec 16 (Reuters) -"]),
    ("Reuters and AFP contributed to this report.", ["Reuters and AFP contributed to this report."]),
    ("By Jane Doe\nThe minister said.", ["By Jane Doe"]),
]

CLEAN_CASES = [
    "AFP reported that the army had left the town on Tuesday.",
    "Troops left the border area, Reuters reported, citing two officials.",
    "They left (right away) and reporting by state media said the left wing voted.",
    "The Environmental Protection Agency (EPA) said it would act.",
    "A Reuters/Ipsos poll showed support for the ceasefire.",
    "The US/EU sanctions hit exports.",
    "He traveled via Moscow to Ankara for talks.",
    "With wires cut, the town went dark for two days.",
    "Editing of the draft by diplomats took a week.",
    "The photo, the minister said, was fake.",
    "Sources told the Associated Press the deal was near.",
    "Voting by mail was extended, officials said.",
    "Copyright laws were debated in parliament.\nWatch the talks closely, the envoy said.",
    "The photo: a forgery, officials said.\nRelated talks are planned for May.",
]


@pytest.mark.parametrize(("text", "expected"), NOISE_CASES)
def test_noise_spans(text: str, expected: list[str]) -> None:
    spans = find_noise(text)
    assert [text[start:end] for start, end in spans] == expected


@pytest.mark.parametrize("text", CLEAN_CASES)
def test_running_text_is_not_noise(text: str) -> None:
    assert find_noise(text) == []


@pytest.mark.parametrize(("text", "_expected"), NOISE_CASES)
def test_spans_are_sorted_disjoint_and_tight(text: str, _expected: list[str]) -> None:
    spans = find_noise(text)
    assert spans == sorted(spans)
    for (_s1, e1), (s2, _e2) in itertools.pairwise(spans):
        assert e1 <= s2
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()


def test_noise_in_a_longer_article_keeps_offsets() -> None:
    text = (
        "ANKARA (Reuters) - Turkey's foreign minister said on Wednesday talks would resume.\n\n"
        "Jane Doe / Anadolu via Getty Images The minister (left) told his Swedish counterpart that "
        "AFP had misreported the talks.\n\n(Reporting by Ali Kucukgocmen; Editing by Tom Hogue)\n"
    )
    found = [text[start:end] for start, end in find_noise(text)]
    assert found == [
        "ANKARA (Reuters) -",
        "Jane Doe / Anadolu via Getty Images",
        "(left)",
        "(Reporting by Ali Kucukgocmen; Editing by Tom Hogue)",
    ]


def test_custom_agency_names() -> None:
    names = AgencyNames(agency=("Foo Wire",), credit=(), photo=("Barpix",))
    patterns = build_patterns(names)
    text = "Jane Doe / Foo Wire The minister spoke. Barpix"
    assert [text[s:e] for s, e in find_noise(text, patterns=patterns)] == ["Jane Doe / Foo Wire", "Barpix"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("agency\n", "expected 'kind<TAB>name'"),
        ("wire\tFoo\n", "unknown kind 'wire'"),
        ("# comment\nagency\t\n", ":2:"),
    ],
)
def test_bad_agency_file_names_file_and_line(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "agencies.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_agency_names(path)


def test_bundled_agency_file_loads() -> None:
    names = load_agency_names()
    assert "AFP" in names.agency
    assert "Getty Images" in names.photo
