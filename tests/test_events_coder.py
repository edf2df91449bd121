"""The rule coder on parsed sentences with hand-built actors (independent of the actor component).

Each case: a sentence, the actors in it (surface text -> CAMEO actor code), and the expected
events as (source, code, target) where code is a full code or a two-digit root. Hard negatives
expect no event at all.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from clio.events.coder import EventCoder
from clio.events.patterns import load_book
from clio.nlp import prepare_doc
from clio.records import Actor, Event

ACTORS = {
    "Russia": "RUS", "Ukraine": "UKR", "China": "CHN", "Lithuania": "LTU", "Iran": "IRN", "Israel": "ISR",
    "Hamas": "PSEHMS", "Egypt": "EGY", "the United States": "USA", "Washington": "USAGOV", "Moscow": "RUSGOV",
    "Beijing": "CHNGOV", "Turkey": "TUR", "Sweden": "SWE", "France": "FRA", "Germany": "DEU",
    "NATO": "IGOWSTNAT",
    "Britain": "GBR", "Canada": "CAN", "Crimea": "UKR", "the European Union": "IGOEUREEC", "Japan": "JPN",
    "India": "IND", "Pakistan": "PAK", "Syria": "SYR", "the UN": "IGOUNO", "police": "---COP",
    "protesters": "---OPP", "Russian": "RUS", "the Kremlin": "RUSGOV",
}  # fmt: skip


def _actors(doc: Doc) -> list[Actor]:
    """Every occurrence of every known surface string, longest first, without overlaps."""
    text = doc.text
    lowered = text.lower()
    taken: set[int] = set()
    out: list[Actor] = []
    for surface in sorted(ACTORS, key=len, reverse=True):
        start = lowered.find(surface.lower())
        while start != -1:
            end = start + len(surface)
            boundary = (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if boundary and not taken & set(range(start, end)):
                taken |= set(range(start, end))
                code = ACTORS[surface]
                out.append(
                    Actor(text=text[start:end], span=(start, end), name=surface, code=code, country=code[:3])
                )
            start = lowered.find(surface.lower(), end)
    return sorted(out, key=lambda a: a.span)


def code(nlp: Language, text: str, *, noise: tuple[tuple[int, int], ...] = ()) -> list[Event]:
    doc = prepare_doc(nlp, text, article_id="t", article_date=dt.date(2022, 3, 1), noise=noise)
    doc = nlp(doc)
    doc._.actors = _actors(doc)
    return EventCoder(load_book())(doc)


def assert_exactly(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """The coded events are exactly ``expected`` (source, CAMEO prefix, target): no more, no fewer."""
    got = {(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(nlp, text)}
    assert len(got) == len(expected), got
    for source, cameo, target in expected:
        assert any(s == source and c.startswith(cameo) and t == target for s, c, t in got), got


POSITIVE = [
    ("Russia attacked Ukraine on Thursday.", {("RUS", "19", "UKR")}),
    ("China imposed sanctions on Lithuania.", {("CHN", "163", "LTU")}),
    ("Iran was sanctioned by the United States.", {("USA", "163", "IRN")}),
    ("Turkey held talks with Sweden in Ankara.", {("TUR", "04", "SWE")}),
    ("Israel and Hamas signed a ceasefire agreement.", {("ISR", "057", "PSEHMS"), ("PSEHMS", "057", "ISR")}),
    ("The United States, Canada and Britain condemned Russia.",
     {("USA", "111", "RUS"), ("CAN", "111", "RUS"), ("GBR", "111", "RUS")}),
    ("France plans to meet Germany next week.", {("FRA", "036", "DEU")}),
    ("Russia said it will attend the talks with Ukraine.", {("RUS", "036", "UKR")}),
    ("The United States urged Iran to withdraw its troops from Syria.", {("USA", "02", "IRN")}),
    ("Egypt demanded that Israel withdraw its troops.", {("EGY", "10", "ISR")}),
    ("Russia threatened to attack Ukraine.", {("RUS", "138", "UKR")}),
    # Joint exercises are military cooperation between the sides, not a show of force at the venue.
    ("France and India held joint military exercises in Rajasthan.",
     {("FRA", "062", "IND"), ("IND", "062", "FRA")}),
    ("Turkey and Sweden held talks in Berlin.", {("TUR", "046", "SWE"), ("SWE", "046", "TUR")}),
    # The partner of a conversation hangs on its means; deployed forces are the source's own.
    ("Turkey spoke by telephone with Sweden.", {("TUR", "04", "SWE")}),
    ("Russia deployed additional troops to its border with Ukraine.", {("RUS", "154", "UKR")}),
    ("China deployed warships near Japan.", {("CHN", "154", "JPN")}),
    # "Commit" with an object is the act itself, not a commitment.
    ("Russia committed genocide in Ukraine, the court ruled.", {("RUS", "202", "UKR")}),
    ("China threatened sanctions against Japan.", {("CHN", "13", "JPN")}),
    ("India refused to meet Pakistan.", {("IND", "12", "PAK")}),
    ("Russia denied having any plans for military action.", {("RUS", "016", None)}),
    ("Japan agreed to provide aid to Ukraine.", {("JPN", "03", "UKR")}),
    ("The minister said Russia had attacked Ukraine.", {("RUS", "19", "UKR")}),
    ("Germany criticized China over its human rights record.", {("DEU", "111", "CHN")}),
    ("Russia's annexation of Crimea was condemned by the European Union.",
     {("RUS", "192", "UKR"), ("IGOEUREEC", "111", "RUS")}),
    ("Russia accused Ukraine of shelling civilians.", {("RUS", "112", "UKR")}),
    ("Police arrested protesters in Moscow.", {("---COP", "17", "---OPP")}),
    ("NATO praised Sweden.", {("IGOWSTNAT", "051", "SWE")}),
    ("Washington expelled Russian diplomats.", {("USAGOV", "161", "RUS")}),
    ("Israel released Hamas prisoners.", {("ISR", "084", "PSEHMS")}),
    ("Russia said it would not attend the talks with Ukraine.", {("RUS", "12", "UKR")}),
    ("France wants Germany to attack Russia.", {("FRA", "02", "DEU")}),
    ("Ukraine received weapons from the United States.", {("USA", "07", "UKR")}),
    ("Turkey refused to commit to any assistance to Sweden.", {("TUR", "12", "SWE")}),
    ("India and Pakistan met in Geneva.", {("IND", "04", "PAK"), ("PAK", "04", "IND")}),
    ("Israel is opposed to talks with Hamas.", {("ISR", "12", "PSEHMS")}),
    ("Egypt ended its mediation between Israel and Hamas.",
     {("EGY", "165", "ISR"), ("EGY", "165", "PSEHMS")}),
    # An announced coercive act is a threat; a pledged one (owed to a third party) is the act.
    ("China said it would impose sanctions on Lithuania.", {("CHN", "1312", "LTU")}),
    ("China announced it would impose sanctions on Lithuania.", {("CHN", "163", "LTU")}),  # decided
    ("Japan pledged to expel Russian diplomats.", {("JPN", "161", "RUS")}),
    # An intent made conditional ("unless") is a threat if the act hurts; an offer stays an intent.
    # The one the condition is put to is the target of the threat (the other side of the story).
    ("Turkey will withdraw its troops unless Russia agrees to a ceasefire.", {("TUR", "13", "RUS")}),
    ("Iran will cooperate with the UN unless Israel attacks Syria.", {("IRN", "03", "IGOUNO")}),
    # Blocking roads and bridges is a protest (CAMEO 144), not a generic coercive act.
    ("Protesters blocked the main bridge for hours.", {("---OPP", "144", None)}),
    # Violence against a named victim: the attack's side, else an unknown source ("").
    ("Ten police were killed in a bomb explosion.", {("", "19", "---COP")}),
    ("A roadside bomb killed ten police.", {("", "183", "---COP")}),  # a non-military bombing (183)
    ("Ten police were killed in Russian shelling.", {("RUS", "19", "---COP")}),
    ("France lodged a formal protest with Germany.", {("FRA", "114", "DEU")}),  # a complaint
    ("India defended Pakistan against the criticism.", {("IND", "052", "PAK")}),
    ("Hamas fighters surrendered on Monday.", {("PSEHMS", "0874", None)}),
]  # fmt: skip

NEGATIVE = [
    "Russia did not attack Ukraine.",
    "The court in Russia ruled that the election in Ukraine was valid.",  # a ruling, not "ruled out"
    "Russia never attacked Ukraine.",
    "The minister said Russia was ready.",
    "Russia said it was studying the proposal from Ukraine.",
    "If Russia attacks Ukraine, the West will respond.",
    "Russia could attack Ukraine.",
    "Germany is considering sanctions against Russia.",
    "The weather was fine in Moscow.",
    "The minister noted the appreciation for Russia's assistance.",  # a topic noun, not an event
    "Russia may attack Ukraine.",
    "Ten police were injured in a car accident.",  # harm without an attack or a weapon
    "Ten people were killed in a bomb explosion.",  # no coded victim
    "Russia defended its position.",  # defending without "against" is no event
    "Jordan scored 30 points in the final.",  # sport, not a statement
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_coder_positive(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    events = code(nlp, text)
    got = {(e.source.code, e.cameo, e.target.code if e.target else None) for e in events}
    for source, cameo, target in expected:
        assert any(s == source and c.startswith(cameo) and t == target for s, c, t in got), got


@pytest.mark.parametrize("text", NEGATIVE)
def test_coder_hard_negatives(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_event_record_fields(nlp: Language) -> None:
    text = "Russia attacked Ukraine. Russia attacked Ukraine again."
    events = code(nlp, text)
    assert len(events) == 1
    event = events[0]
    assert event.plover == "ASSAULT" and event.quad_class == 4 and event.goldstein == -10.0
    assert event.date == "2022-03-01" and event.date_precision == "article"
    assert text[event.span[0] : event.span[1]] == event.sentence == "Russia attacked Ukraine."
    assert len(event.evidence) == 2
    assert event.pattern and 0.0 < event.confidence <= 1.0


def test_events_take_the_date_of_their_time_expression(nlp: Language) -> None:
    # The article is dated Tuesday 2022-03-01: Friday is 2022-02-25 in a past-tense report,
    # so the two attacks are separate events and are not merged.
    text = "Russia attacked Ukraine. Russia attacked Ukraine again on Friday."
    dates = sorted((e.date, e.date_precision) for e in code(nlp, text))
    assert dates == [("2022-02-25", "day"), ("2022-03-01", "article")]


def test_no_events_from_noise(nlp: Language) -> None:
    text = "Russia attacked Ukraine. China condemned Japan."
    assert code(nlp, text, noise=((0, 24),)) and all(
        e.source.code == "CHN" for e in code(nlp, text, noise=((0, 24),))
    )


def test_headline_is_coded(nlp: Language) -> None:
    assert any(e.cameo.startswith("163") for e in code(nlp, "China imposes sanctions on Lithuania"))


@pytest.mark.parametrize(
    ("text", "source_country", "root", "target_country"),
    [
        ("Russia attacked Ukraine on Thursday.", "RUS", "19", "UKR"),
        ("China imposed sanctions on Lithuania.", "CHN", "16", "LTU"),
        # A place named as the setting is the target when nobody else is.
        ("British activists staged a protest in Beijing on Wednesday.", "GBR", "14", "CHN"),
        ("China is conducting naval drills in Fiji.", "CHN", "15", "FJI"),
    ],
)
def test_end_to_end_with_actor_component(
    nlp: Language, text: str, source_country: str, root: str, target_country: str
) -> None:
    """Through the whole pipeline, actors coming from the actor component."""
    doc = nlp(prepare_doc(nlp, text, article_id="e2e", article_date=dt.date(2022, 3, 1)))
    assert any(
        e.source.code.startswith(source_country)
        and e.cameo_root == root
        and e.target is not None
        and e.target.code.startswith(target_country)
        for e in doc._.events
    ), [(e.source.code, e.cameo, e.target.code if e.target else None) for e in doc._.events]


@pytest.mark.parametrize(
    ("text", "wrong_target"),
    [
        # A real target wins over the setting; a setting in the source's own country is no target.
        ("Russia attacked Ukraine in Moscow.", "RUS"),
        ("Egyptian police arrested a journalist in Alexandria.", "EGY"),
        ("India and Pakistan met in Geneva.", "CHE"),
    ],
)
def test_place_is_not_preferred_as_target(nlp: Language, text: str, wrong_target: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="e2e"))
    targets = [e.target.code if e.target else None for e in doc._.events]
    assert targets and wrong_target not in targets, targets


def test_end_to_end_negation(nlp: Language) -> None:
    doc = nlp(prepare_doc(nlp, "Russia did not attack Ukraine.", article_id="e2e"))
    assert doc._.events == []


@pytest.mark.parametrize(("variant", "score"), [("phoenix", 3.4), ("gdelt", -2.0)])
def test_goldstein_variant_is_a_setting(nlp: Language, variant: str, score: float) -> None:
    doc = nlp(prepare_doc(nlp, "Russia denied the report.", article_id="g"))
    doc._.actors = _actors(doc)
    events = EventCoder(load_book(), goldstein=variant)(doc)
    assert [(e.cameo, e.goldstein) for e in events] == [("016", score)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No doer named: the police of the country where it happened, implied by the verb.
        ("Two American tourists were arrested in Iran on Monday.", ("IRNCOP", "arrested", "173")),
        # The story names the police: that mention is the doer.
        (
            "An opposition leader was detained in Minsk on Tuesday, Belarusian police said.",
            ("BLRCOP", "Belarusian police", "173"),
        ),
        # A doer named by "by" is the doer.
        ("Two Kenyan journalists were arrested by Ugandan police.", ("UGACOP", "Ugandan police", "17")),
    ],
)
def test_an_arrest_without_a_named_doer_is_done_by_the_police_of_its_place(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="arrest", article_date=dt.date(2022, 3, 1)))
    got = [(e.source.code, e.source.text, e.cameo) for e in doc._.events]
    code, mention, cameo = expected
    assert any(g[:2] == (code, mention) and g[2].startswith(cameo) for g in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan journalists could be arrested if they return.",  # not asserted
        "Three Afghan migrants were deported from Iran last week.",  # the deporting side is not told
    ],
)
def test_no_doer_is_implied_for_unasserted_arrests_or_deportations(nlp: Language, text: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="arrest", article_date=dt.date(2022, 3, 1)))
    assert [e.cameo for e in doc._.events] == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # What a naming verb says its object is decides the act: a disparaging description is
        # criticism (as an oprd, a second object, an apposition or an "as" phrase) ...
        ("Tehran called the sanctions illegal.", "111"),
        ('South Korea\'s main opposition Democratic Party called the summit "humiliating diplomacy".', "111"),
        ("The U.S. envoy called the Russian draft a distraction.", "111"),
        ("Iran described the move as a provocation.", "111"),
        # (one list of condemning words serves every naming verb and reported judgement)
        ("Kyiv described the Russian president as a dictator.", "111"),
        ('"The Russian president is a liar," the Ukrainian foreign minister said.', "111"),
        # ... a claim so described is rejected ...
        ("The UAE's foreign ministry called the accusations baseless.", "016"),
        ("The UAE's foreign ministry denied the accusations and called them baseless.", "016"),
        # ... and "call for" still asks for something.
        ("Washington called for a summit.", "026"),
    ],
)
def test_a_naming_verb_is_coded_by_the_description_it_gives(nlp: Language, text: str, cameo: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="call", article_date=dt.date(2022, 3, 1)))
    assert [e.cameo for e in doc._.events] == [cameo]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A pledge in the future tense is made when it is said, not when it is to be kept.
        ("Kenya said on Tuesday it would send 600 more police officers to Haiti in November.", "2024-09-03"),
        ("Kenya will send 600 more police officers to Haiti in November.", "2024-09-06"),
    ],
)
def test_an_intent_is_dated_when_it_is_said(nlp: Language, text: str, date: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="pledge", article_date=dt.date(2024, 9, 6)))
    assert [(e.cameo[:2], e.date) for e in doc._.events] == [("03", date)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels set fire to the governor's office in Goma.",
        "Militants burned down a church in Kaduna state.",
    ],
)
def test_arson_destroys_property(nlp: Language, text: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="arson", article_date=dt.date(2022, 3, 1)))
    assert [e.cameo for e in doc._.events] == ["1712"]


def test_a_promise_of_what_will_be_done_is_an_intent_of_the_one_who_promises(nlp: Language) -> None:
    """A finite clause in the future after vow, swear, pledge or promise is what is promised."""
    text = "President Roch Marc Christian Kabore vowed on Sunday that the attackers would be hunted down."
    doc = nlp(prepare_doc(nlp, text, article_id="vow", article_date=dt.date(2018, 10, 8)))
    assert [(e.source.code, e.cameo, e.date) for e in doc._.events] == [("BFAGOV", "138", "2018-10-07")]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Qatar brokered a ceasefire between Israel and Hamas.",
        "Egypt and Qatar mediated talks between Israel and Hamas.",
    ],
)
def test_mediators_act_towards_the_parties_not_each_other(nlp: Language, text: str) -> None:
    # The brokers of a deal are not its parties: each mediates (045) with each side named in
    # "between", and no ceasefire is coded between the two mediators.
    doc = nlp(prepare_doc(nlp, text, article_id="broker", article_date=dt.date(2024, 3, 1)))
    dyads = {(e.source.country, e.cameo, e.target.country if e.target else None) for e in doc._.events}
    assert dyads == {(m, "045", p) for m in ("EGY", "QAT") for p in ("ISR", "PSE")}


def test_a_reaction_at_home_refers_back_to_another_organ_of_the_same_country(nlp: Language) -> None:
    # In a story about one country, "the ruling" its president praises is its own court's:
    # only the reacting actor is excluded from the acts a reaction may refer back to.
    text = (
        "A federal appeals court in Atlanta blocked the Texas immigration law on Thursday. "
        "President Biden praised the ruling."
    )
    doc = nlp(prepare_doc(nlp, text, article_id="ruling", article_date=dt.date(2024, 3, 1)))
    praise = [e for e in doc._.events if e.cameo == "051"]
    assert [(e.source.code, e.target.code if e.target else None) for e in praise] == [("USAGOV", "USAJUD")]


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        (
            "The Philippine army chief demanded that China return the rifles and pay for the damage, "
            "likening the boarding to piracy.",
            "PHL",
            "111",
        ),
        ("Ukraine said that Russia had shelled the plant, accusing it of nuclear blackmail.", "UKR", "112"),
    ],
)
def test_a_trailing_participle_of_a_that_clause_is_the_reporters(
    nlp: Language, text: str, source: str, cameo: str
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="participle", article_date=dt.date(2024, 6, 19)))
    assert [e.source.country for e in doc._.events if e.cameo == cameo] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parser coordinates the second act with the reported clause, but no one urges or
        # condemns itself: an object pronoun pointing back at that clause's subject makes the
        # act the reporter's, aimed at what the pronoun stands for.
        (
            "Chinese foreign ministry spokesman Zhao Lihua said Manila bore full responsibility for "
            "the incident and urged it to stop its provocations.",
            ("CHN", "020", "PHL"),
        ),
        (
            "Mali's Foreign Minister Abdoulaye Diop told the U.N. Security Council on Friday that the "
            "mission had failed in its task and demanded its withdrawal.",
            ("MLI", "1056", "IGOUNO"),
        ),
    ],
)
def test_a_conjunct_whose_object_points_back_is_the_reporters(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="conjunct", article_date=dt.date(2024, 6, 20)))
    # An IGO has no country: its code stands for its side.
    coded = {
        (e.source.country or e.source.code, e.cameo, e.target.country or e.target.code)
        for e in doc._.events
        if e.target is not None
    }
    assert expected in coded


def test_an_unknown_doer_is_never_made_a_target(nlp: Language) -> None:
    # "Fighting erupted" has no known doer; coding the fight both ways must not turn that
    # unknown doer into the target of the side that is named.
    text = "Fighting with Sudan's army erupted on April 15 in Khartoum."
    doc = nlp(prepare_doc(nlp, text, article_id="fight", article_date=dt.date(2023, 5, 23)))
    assert all(e.target is None or e.target.code for e in doc._.events)


@pytest.mark.parametrize(
    "text",
    ["Germany said it would pay for the reconstruction of Ukraine.", "Iran said Israel would pay its debts."],
)
def test_paying_money_is_no_threat(nlp: Language, text: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="pay", article_date=dt.date(2024, 1, 12)))
    assert not [e for e in doc._.events if e.cameo.startswith("13")]


def test_force_shown_at_home_is_shown_to_its_own_people(nlp: Language) -> None:
    text = (
        "The United Nations urged calm in Bangladesh. "
        "Bangladeshi soldiers patrolled the streets of Dhaka on Saturday."
    )
    doc = nlp(prepare_doc(nlp, text, article_id="patrol", article_date=dt.date(2024, 7, 20)))
    shows = [e for e in doc._.events if e.cameo.startswith("15")]
    assert [(e.source.country, e.target.country if e.target else None) for e in shows] == [("BGD", "BGD")]
