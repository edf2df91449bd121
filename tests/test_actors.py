"""Actor recognition through the spaCy component (model-only pipeline: parser + clio_actors)."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from spacy.language import Language

from clio.nlp import build_nlp, prepare_doc
from clio.nlp.actors import actor_for_token, actors_for_token
from clio.records import Actor
from clio.settings import Settings


@pytest.fixture(scope="module")
def actor_nlp(settings: Settings) -> Language:
    return build_nlp(settings, components=("clio_actors",))


def run(nlp: Language, text: str, date: str | None = None, noise: list[tuple[int, int]] | None = None):
    day = dt.date.fromisoformat(date) if date else None
    return nlp(prepare_doc(nlp, text, article_date=day, noise=noise or []))


def found(nlp: Language, text: str, date: str | None = None) -> list[tuple[str, str]]:
    return [(a.text, a.code) for a in run(nlp, text, date)._.actors]


# (text, article date, mentions that must be found as (text, code))
POSITIVE = [
    # A known surname after a given name none of the known person's names begins like is someone
    # else (Ilham Aliyev leads Azerbaijan); spellings of one given name vary.
    ("Dagestan's leader, Mukhu Aliyev, spoke.", "2009-03-20", [("leader, Mukhu Aliyev", "RUSGOV")]),
    ("Foreign Minister Sergei Lavrov spoke.", "2020-03-20", [("Foreign Minister Sergei Lavrov", "RUSGOV")]),
    ("Russian troops shelled the town.", None, [("Russian troops", "RUSMIL")]),
    # Troops moved "from" a country are not that country's: the phrase is where they leave.
    ("Russia withdrew its troops from Syria.", None, [("troops", "RUSMIL"), ("Syria", "SYR")]),
    ("The minister met dissidents from Belarus.", None, [("dissidents from Belarus", "BLROPP")]),
    (
        "Chinese President Xi Jinping arrived on Monday.",
        "2024-05-01",
        [("Chinese President Xi Jinping", "CHNGOV")],
    ),
    ("Ukrainian officials said the bridge was hit.", None, [("Ukrainian officials", "UKRGOV")]),
    ("Britain and the US signed the pact.", None, [("Britain", "GBR"), ("US", "USA")]),
    ("South Korea protested to Burma.", None, [("South Korea", "KOR"), ("Burma", "MMR")]),
    ("Ivory Coast rejected the plan.", None, [("Ivory Coast", "CIV")]),
    ("The Kremlin denied the report.", None, [("Kremlin", "RUSGOV")]),
    ("The White House said talks would go on.", None, [("White House", "USAGOV")]),
    ("The Pentagon said it had sent jets.", None, [("Pentagon", "USAMIL")]),
    ("Downing Street rejected the claim.", None, [("Downing Street", "GBRGOV")]),
    ("The Elysee said Paris would respond.", None, [("Elysee", "FRAGOV")]),
    ("Moscow warned Kyiv against the move.", None, [("Moscow", "RUSGOV"), ("Kyiv", "UKRGOV")]),
    (
        "NATO and the United Nations condemned the attack.",
        None,
        [("NATO", "IGOWSTNAT"), ("United Nations", "IGOUNO")],
    ),
    (
        "The European Union and the African Union met.",
        None,
        [("European Union", "IGOEUREEC"), ("African Union", "IGOAFRAFU")],
    ),
    (
        "The IMF and the World Bank approved the loan.",
        None,
        [("IMF", "IGOUNODEVIMF"), ("World Bank", "IGOUNODEVWBK")],
    ),
    ("The Red Cross visited the prisoners.", None, [("Red Cross", "NGOHLHIRC")]),
    ("China's state-run news agency Xinhua reported the visit.", None, [("Xinhua", "CHNMED")]),
    ("Iraqi police arrested two men.", None, [("Iraqi police", "IRQCOP")]),
    ("Egyptian lawmakers approved the bill.", None, [("Egyptian lawmakers", "EGYLEG")]),
    ("Sudan's government lifted the curfew.", None, [("Sudan's government", "SDNGOV")]),
    ("Security forces in Guinea detained refugees.", None, [("Security forces in Guinea", "GINCOP")]),
    ("Afghan rebels kidnapped the advisers.", None, [("Afghan rebels", "AFGREB")]),
    ("Syrian refugees crossed into Jordan.", None, [("Syrian refugees", "SYRREF")]),
    (
        "Putin's foreign affairs adviser, Yuri Ushakov, spoke to reporters.",
        "2024-03-01",
        [("Putin", "RUSGOV"), ("foreign affairs adviser, Yuri Ushakov", "RUSGOV")],
    ),
    (
        "Russian President Vladimir Putin met the envoy.",
        "2023-06-01",
        [("Russian President Vladimir Putin", "RUSGOV")],
    ),
    ("US and British activists staged a protest.", None, [("US", "USAOPP"), ("British activists", "GBROPP")]),
    ("Ethnic Hungarians rallied on Sunday in Romania.", None, [("Ethnic Hungarians", "ROUCVL")]),
    (
        "Croatian authorities failed to protect Croatian Serb refugees.",
        None,
        [("Croatian Serb refugees", "HRVREF")],
    ),
    ("Bangladesh rejected an Indian proposal.", None, [("Indian proposal", "IND")]),
    # Georgia the country, Washington the government.
    ("Georgia accused Russia of aggression.", None, [("Georgia", "GEO"), ("Russia", "RUS")]),
    # The tagger's organisation entity may take in a possessive: "Burkina Faso's" stays a country.
    ("Burkina Faso's junta expelled two diplomats.", None, [("Burkina Faso's junta", "BFAGOV")]),
    ("Sri Lanka's navy arrested 20 Indian fishermen.", None, [("Sri Lanka's navy", "LKAMIL")]),
    ("Washington warned Beijing on Tuesday.", None, [("Washington", "USAGOV"), ("Beijing", "CHNGOV")]),
    ("Jordan closed its border with Syria.", None, [("Jordan", "JOR")]),
    # A leader before and after leaving office.
    ("Angela Merkel said Germany would help.", "2015-05-01", [("Angela Merkel", "DEUGOV")]),
    ("Angela Merkel said Germany would help.", "2023-05-01", [("Angela Merkel", "DEUELI")]),
    ("Boris Johnson met the envoy.", "2021-02-01", [("Boris Johnson", "GBRGOV")]),
    ("Boris Johnson met the envoy.", "2023-02-01", [("Boris Johnson", "GBRELI")]),
    ("President Barack Obama spoke.", "2012-02-01", [("President Barack Obama", "USAGOV")]),
    ("Former President Barack Obama spoke.", "2019-02-01", [("Former President Barack Obama", "USAELI")]),
    # A country after the role word, past a few modifiers.
    ("Police detained two activists from Belarus.", None, [("activists from Belarus", "BLROPP")]),
    (
        "The envoy met exiled dissidents from military-ruled Myanmar.",
        None,
        [("dissidents from military-ruled Myanmar", "MMROPP")],
    ),
    (
        "The ambassador of neighbouring Belarus left.",
        None,
        [("ambassador of neighbouring Belarus", "BLRGOV")],
    ),
    # An organisation written before a title speaks for the person, whatever office they held
    # before; "of <country>" after the name decides over the knowledge base.
    (
        "NATO Secretary General Jens Stoltenberg arrived in Vilnius.",
        "2019-07-01",
        [("NATO Secretary General Jens Stoltenberg", "IGOWSTNAT")],
    ),
    (
        "The Arab League secretary general urged a ceasefire.",
        None,
        [("Arab League secretary general", "IGOMEAARL")],
    ),
    (
        "King Abdullah of Jordan received the delegation in Amman.",
        None,
        [("King Abdullah of Jordan", "JORGOV")],
    ),
    ("Police in Northern Ireland defused a bomb.", None, [("Police in Northern Ireland", "GBRCOP")]),
    # An organ an organisation owns ("the bloc's council") is the organisation's, and so are
    # later mentions of it, whatever country the story is about.
    (
        "Guinea's junta seized power. The African Union met on Friday. The decision by the bloc's "
        "Peace and Security Council came late. The council warned the junta.",
        None,
        [("Security Council", "IGOAFRAFU"), ("The council", "IGOAFRAFU"), ("junta", "GINGOV")],
    ),
    # "The Chinese side" speaks for China (not "the Chinese side of the border").
    ("The Chinese side rejected the claim.", None, [("Chinese side", "CHN")]),
    # Abbreviated titles are one token only when capitalised ("Sen.", "Rep.").
    ("Vermont Sen. Bernie Sanders is against it.", None, [("Sen. Bernie Sanders", "USALEG")]),
    # Men and women are civilians, and a role word coordinated with another shares its country.
    (
        "Police in Moscow shot two women and a man on Friday.",
        None,
        [("Police in Moscow", "RUSCOP"), ("women", "RUSCVL"), ("man", "RUSCVL")],
    ),
    (
        "GAZA CITY, Palestinian Territories: Four children and a man were killed in Israeli tank shelling.",
        None,
        [("children", "PSECVL"), ("man", "PSECVL")],
    ),
    # "Foreign" police are of the story's other country, not of the one it is set in.
    (
        "Kenyan officers arrived in Haiti in June. Haitian gangs vowed to fight the foreign police.",
        None,
        [("Haitian gangs", "HTICRM"), ("police", "KENCOP")],
    ),
    # Forces placed by their own phrase are of that place, whoever else the sentence names.
    (
        "A Turkish drone struck a base used by Kurdish-led forces in northern Syria.",
        None,
        [("Turkish drone", "TUR"), ("forces in northern Syria", "SYRMIL")],
    ),
    ("A Canadian national was arrested in Tehran.", None, [("Canadian national", "CANCVL")]),
    # "pro-"/"anti-" say whom a group sides with, not its nationality.
    (
        "Pro-Russian separatists shelled a Ukrainian village overnight.",
        None,
        [("separatists", "UKRREB")],
    ),
    # Lower-case Arabic article; an armed group keeps its own code before the role.
    ("Five al-Qaeda militants were killed in Yemen.", None, [("al-Qaeda militants", "IMGREB")]),
    ("The Hamas government rejected the truce offer.", None, [("Hamas government", "PSEREBGOV")]),
    ("Troops disarmed Libyan armed groups near the port.", None, [("Libyan armed groups", "LBYREB")]),
    # Towns the knowledge base does not list give their country through the gazetteer.
    (
        "Police in Lahore arrested two Afghan nationals.",
        None,
        [("Police in Lahore", "PAKCOP"), ("Afghan nationals", "AFGCVL")],
    ),
    (
        "A plot to kill the mayor was foiled in Omsk, the city's police said.",
        None,
        [("mayor", "RUSGOV"), ("police", "RUSCOP")],
    ),
    # A person described by an organisation's title in apposition speaks for it.
    (
        "Boris Johnson, the NATO envoy, arrived in Kyiv.",
        "2021-02-01",
        [("Boris Johnson", "IGOWSTNAT")],
    ),
    (
        "Vladimir Putin, the UN and NATO discussed the plan.",
        "2023-06-01",
        [("Vladimir Putin", "RUSGOV"), ("UN", "IGOUNO")],
    ),
    # Armed groups of current conflicts, and organised extremist or militant groups.
    (
        "Hayat Tahrir al-Sham fighters seized two villages near Idlib.",
        None,
        [("Hayat Tahrir al-Sham fighters", "SYRREBUAF")],
    ),
    ("The Pakistani Taliban claimed the bombing.", None, [("Pakistani Taliban", "PAKREB")]),
    ("The army said MILF rebels had laid down arms.", None, [("MILF rebels", "PHLREB")]),
    (
        "Police raided an extremist group in Bavaria.",
        None,
        [("extremist group in Bavaria", "DEUREB")],
    ),
    (
        "Police arrested members of a militant group in Kenya.",
        None,
        [("militant group in Kenya", "KENREB")],
    ),
    ("A Norwegian peace movement urged both sides to talk.", None, [("Norwegian peace movement", "NOROPP")]),
    # Any capital letter makes a name; only all-lower-case words are common words.
    ("Delegates from MOROCCO and Spain met on Monday.", None, [("Spain", "ESP")]),
    ("Envoys of MOROCCO arrived.", None, [("Envoys of MOROCCO", "MARGOV")]),
    # Air strikes and shelling are the military of the country written with them.
    ("Turkish air strikes hit two villages in northern Iraq.", None, [("Turkish air strikes", "TURMIL")]),
    ("Russian shelling killed two civilians in Kherson.", None, [("Russian shelling", "RUSMIL")]),
    # A generic head ("leaders", "spokesman") belongs to the group it is of.
    (
        "Leaders of the main opposition bloc in Georgia rejected the result.",
        None,
        [("Leaders", "GEOOPP")],
    ),
    ("A spokesman for the Israeli army said troops fired.", None, [("spokesman", "ISRMIL")]),
    (
        "A spokesman for the United Nations said convoys were blocked.",
        None,
        [("spokesman for the United Nations", "IGOUNO")],
    ),
    ("Leaders of Hezbollah rejected the offer.", None, [("Leaders of Hezbollah", "LBNREBGOV")]),
    # A journalist takes the country of the sentence when none is written.
    ("A journalist was shot dead in Kabul on Monday.", None, [("journalist", "AFGMED")]),
    # A named private person is a civilian of the story's country; a later surname is them too.
    (
        "Steve Hurley of Charleston, West Virginia, spoke to the board. Hurley was laid off.",
        None,
        [("Steve Hurley", "USACVL"), ("Hurley", "USACVL")],
    ),
    # A role word that is also an organisation's name: the organisation when the article names
    # it otherwise and no country is written with the word; else the country's own body.
    (
        "The U.N. met. The Security Council condemned the test. Russia's Security Council met.",
        None,
        [("U.N.", "IGOUNO"), ("Security Council", "IGOUNO"), ("Russia's Security Council", "RUSGOV")],
    ),
    ("World leaders denounce N. Korea test", None, [("N. Korea", "PRK")]),
    # A country after the last of coordinated role words is the country of them all.
    (
        "Peres met with the president, prime minister and foreign minister of the Czech Republic.",
        None,
        [("president", "CZEGOV"), ("prime minister", "CZEGOV")],
    ),
    # Names with inner capitals are names too ("McClung", "DeLeo": not title case for spaCy).
    (
        "Brian McClung of Charleston, West Virginia, spoke to the board. McClung was laid off.",
        None,
        [("Brian McClung", "USACVL"), ("McClung", "USACVL")],
    ),
    # A date before the comma makes no "town, state" of it: the capital is the government.
    (
        "In May, Washington imposed sanctions on Mali's defence minister.",
        "2023-07-01",
        [("Washington", "USAGOV")],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), POSITIVE)
def test_recognises(
    actor_nlp: Language, text: str, date: str | None, expected: list[tuple[str, str]]
) -> None:
    actors = found(actor_nlp, text, date)
    for item in expected:
        assert item in actors, f"{item} not in {actors}"


# (text, article date, texts that must not be actors)
NEGATIVE = [
    # A prefix makes another place of a capital's name.
    (
        "ST. PARIS — Hundreds of mourners paid their last respects in St. Paris, Ohio.",
        None,
        ["PARIS", "Paris"],
    ),
    # Abstract forces are no one's armed forces.
    ("Market forces and economic forces pushed prices up in Canada.", None, ["forces", "Market forces"]),
    # A street the tagger takes for a person's name is no private person.
    (
        "Officer Michael Trotter of the Newark police went to the 500 block of Kelley Lane to help a man.",
        None,
        ["Kelley Lane"],
    ),
    ("We ate Chinese food in the evening.", None, ["Chinese", "Chinese food"]),
    # Intelligence as information is no agency ("Japanese intelligence officials" still are).
    ("Japan and Korea agreed on intelligence sharing.", None, ["intelligence"]),
    ("She moved to Atlanta, Georgia, last year.", None, ["Georgia"]),
    ("Washington state passed a new law.", None, ["Washington"]),
    # A state office after the name, or another American place in the sentence, makes it the state.
    ("The Georgia Secretary of State certified the count.", None, ["Georgia"]),
    ("Georgia defeated Tennessee in the college final.", None, ["Georgia"]),
    ("The company is based in Seattle, Washington.", None, ["Washington"]),
    ("Terry Jolly, 60, Lebanon, was arrested Thursday.", None, ["Lebanon"]),  # a hometown after an age
    ("Michael Jordan visited the school.", None, ["Jordan", "Michael Jordan"]),
    ("Troops on the Chinese side of the border were killed.", None, ["Chinese side"]),
    # A one-word royal name after someone's given name is that person's surname.
    ("Rezan Hassan visited the school.", None, ["Hassan", "Rezan Hassan"]),
    ("Troops gathered near the Ukrainian border.", None, ["Ukrainian", "Ukrainian border"]),
    ("The summit was held in Moscow.", None, ["Moscow"]),
    ("Jane Doe / AFP The minister spoke.", None, ["Jane Doe", "AFP"]),
    ("Photo: John Roe / Getty Images", None, ["John Roe", "Getty Images", "Getty"]),
    ("Jane Doe / Anadolu via Getty Images The minister (left) said.", None, ["Jane Doe", "Anadolu"]),
    ("JOHN ROE / AFP The two delegations met.", None, ["JOHN ROE", "AFP"]),
    ("Xi Jinping waves. Ju Peng/Xinhua via AP", None, ["Ju Peng", "Xinhua", "AP"]),
    ("Putin speaks in Moscow. REUTERS/Maxim Shemetov", None, ["REUTERS", "Maxim Shemetov"]),
    ("The talks ended (Reporting by Tom Smith; Editing by Ann Lee)", None, ["Tom Smith", "Ann Lee"]),
    ("ZUMA Press and Pool photographers waited outside.", None, ["ZUMA Press", "Pool"]),
    ("He sang a song for us.", None, ["us", "He"]),
    # The first word of a compound adjective is not an actor.
    ("Rebels shelled the government-held district.", None, ["government"]),
    ("Exiles from military-ruled Burma protested.", None, ["military"]),
    ("We served roast turkey and rice to the guests.", None, ["turkey"]),
    # Labour strikes are not air strikes.
    ("Dock workers staged general strikes across Belgium.", None, ["general strikes", "strikes"]),
    # A place a group is based in, and a country a group sides with, are not actors.
    ("A London-based monitor said 12 civilians were killed in Syria.", None, ["London"]),
    ("Pro-Russian separatists shelled Donetsk.", None, ["Pro-Russian", "Russian", "Pro-Russian separatists"]),
    # Commentators, credits and headline capitals are no private persons.
    ("Analyst John Smith said Russia would win.", None, ["John Smith"]),
    ("Russia won, said John Smith, an analyst at a think tank in Moscow.", None, ["John Smith"]),
    ("Putin spoke in Moscow. Additional reporting from Jane Roe.", None, ["Jane Roe"]),
    ("Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday", None, ["Obama Seeks"]),
    # "World leaders" (and the role words conjoined with them) are of no one country, not the
    # story's.
    (
        "North Korea tested a bomb. World leaders and diplomats denounced the test.",
        None,
        ["leaders", "diplomats", "World leaders"],
    ),
    # A name set beside a role is the role's holder, no private person of another country.
    ("The U.S. ambassador in Manila, MaryKay Carlson, condemned China.", None, ["MaryKay Carlson"]),
]


@pytest.mark.parametrize(("text", "date", "not_actors"), NEGATIVE)
def test_not_actors(actor_nlp: Language, text: str, date: str | None, not_actors: list[str]) -> None:
    texts = [t for t, _ in found(actor_nlp, text, date)]
    for item in not_actors:
        assert item not in texts, f"{item!r} wrongly coded in {texts}"


def test_noise_spans_are_skipped(actor_nlp: Language) -> None:
    text = "Russian troops advanced. Reuters photo by Jane Doe of Russian troops."
    noise_start = text.index("Reuters")
    doc = run(actor_nlp, text, noise=[(noise_start, len(text))])
    assert [a.span for a in doc._.actors] == [(0, len("Russian troops"))]


COREFERENCE = [
    (
        "Russian President Vladimir Putin met Chinese President Xi Jinping. Xi said the two leaders agreed.",
        "2024-05-16",
        [("Xi", "CHNGOV"), ("two leaders", "RUSGOV"), ("two leaders", "CHNGOV")],
    ),
    (
        "Iranian President Masoud Pezeshkian arrived. He said talks were useful.",
        "2025-01-10",
        [("He", "IRNGOV")],
    ),
    (
        "Turkish officials met the envoy. The ministry said the talks went well.",
        None,
        [("ministry", "TURGOV")],
    ),
    (
        "Putin arrived in Minsk. The Russian leader said ties were strong.",
        "2024-05-24",
        [("Russian leader", "RUSGOV")],
    ),
    # An acronym defined in the article names that actor, whatever else it can mean.
    (
        "Sudan's army clashed with the Rapid Support Forces (RSF) in Khartoum. The RSF denied it.",
        "2023-05-02",
        [("RSF", "SDNREB")],
    ),
    (
        "Reporters Without Borders (RSF) condemned the arrest. RSF said the reporter was held for days.",
        "2023-05-02",
        [("RSF", "NGOHRI")],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), COREFERENCE)
def test_coreference(
    actor_nlp: Language, text: str, date: str | None, expected: list[tuple[str, str]]
) -> None:
    actors = found(actor_nlp, text, date)
    for item in expected:
        assert item in actors, f"{item} not in {actors}"


def test_unnamed_person_is_taken_up_by_a_chain_of_pronouns(actor_nlp: Language) -> None:
    text = "A man was hurt in a crash in Newark, New Jersey. He admitted drinking. He was cited."
    assert found(actor_nlp, text).count(("He", "USACVL")) == 2


def test_actor_records_and_spans(actor_nlp: Language) -> None:
    text = "  Israeli army bulldozers demolished homes, the White House said."
    doc = run(actor_nlp, text)
    actors: list[Actor] = doc._.actors
    assert actors == sorted(actors, key=lambda a: a.span)
    for actor in actors:
        assert text[actor.span[0] : actor.span[1]] == actor.text
    assert [s.label_ for s in doc.spans["actors"]] == [a.code for a in actors]
    army = next(a for a in actors if a.code == "ISRMIL")
    assert (army.country, army.sector) == ("ISR", "MIL")
    bulldozers = next(t for t in doc if t.text == "bulldozers")
    assert actor_for_token(doc, bulldozers) == army
    homes = next(t for t in doc if t.text == "homes")
    assert actor_for_token(doc, homes) is None


def test_igo_has_no_country(actor_nlp: Language) -> None:
    doc = run(actor_nlp, "NATO warned Moscow.")
    nato = doc._.actors[0]
    assert (nato.code, nato.country, nato.sector) == ("IGOWSTNAT", None, "IGO")


def test_plural_mention_gives_every_referent(actor_nlp: Language) -> None:
    doc = run(actor_nlp, "Joe Biden met Xi Jinping. The two leaders spoke for hours.", "2023-11-15")
    token = next(t for t in doc if t.text == "leaders")
    assert sorted(a.code for a in actors_for_token(doc, token)) == ["CHNGOV", "USAGOV"]


def test_undefined_acronym_names_the_actor_it_abbreviates(settings: Settings) -> None:
    nlp = build_nlp(settings, components=("clio_places", "clio_actors"))
    text = "It is a hoax, according to Paris Police Department officials in Texas. The PPD said so."
    assert ("PPD", "USACOP") in found(nlp, text)
    # Capitals that abbreviate no earlier name stay unknown.
    assert all(name != "NBA" for name, _ in found(nlp, text.replace("PPD", "NBA")))


# A capital's name is the town the place finder resolves it to among the story's other places.
GEOCODED_TOWNS = [
    (
        "A rumor spread across Northeast Texas and Dallas, according to Paris Police Department officials.",
        ("Police", "USACOP"),
    ),
    (
        "Hofstra security and Nassau County police removed Stein from the campus.",
        ("Nassau County police", "USACOP"),
    ),
    ("Paris said the French army will stay in Mali.", ("Paris", "FRAGOV")),
]


@pytest.mark.parametrize(("text", "expected"), GEOCODED_TOWNS)
def test_capital_names_follow_the_geocoded_town(
    settings: Settings, text: str, expected: tuple[str, str]
) -> None:
    nlp = build_nlp(settings, components=("clio_places", "clio_actors"))
    assert expected in found(nlp, text)


def test_a_known_name_after_a_person_of_that_surname_is_the_person(actor_nlp: Language) -> None:
    text = "Rep. Joseph F. Wagner of Massachusetts spoke. Wagner said the tolls would rise."
    assert all(code != "RUSMIL" for _, code in found(actor_nlp, text, "2009-03-19"))


def test_federal_organs_and_town_named_people_are_of_the_home_country(settings: Settings) -> None:
    nlp = build_nlp(settings, components=("clio_places", "clio_actors"))
    text = (
        "The Department of Homeland Security runs the American visa program. People with ties "
        "to Chinese intelligence tried to infiltrate it. Federal prosecutors charged two "
        "developers. Ronald Fieldstone, a Miami lawyer, said more oversight is needed."
    )
    actors = found(nlp, text)
    assert ("prosecutors", "USAJUD") in actors
    assert ("lawyer", "USAJUD") in actors


def test_federal_organs_are_of_where_the_story_is_set(settings: Settings) -> None:
    # The story names Cuba most, but it is set in Florida and Georgia: its federal court is American.
    nlp = build_nlp(settings, components=("clio_places", "clio_actors"))
    text = (
        "A federal appeals court refused on Thursday to hear the case of the Cuban boy. His father "
        "wants to take him home to Cuba, and Cuba's government has demanded his return. The boy's "
        "Miami relatives want him to stay. Protesters gathered in Miami, Florida, and in Atlanta."
    )
    actors = found(nlp, text)
    assert ("appeals court", "USAJUD") in actors
    assert ("relatives", "USACVL") in actors  # kin are civilians, of the town that names them


def test_an_unnamed_spokesperson_speaks_for_the_organ_whose_act_they_report(actor_nlp: Language) -> None:
    text = (
        "The foreign ministry in Manila has lodged a diplomatic protest with the Chinese embassy, "
        "a spokeswoman said."
    )
    assert ("spokeswoman", "PHLGOV") in found(actor_nlp, text)


def test_an_official_named_without_a_country_is_of_the_datelines_country(actor_nlp: Language) -> None:
    # Wire copy names its home country's officials without the country; the dateline says it.
    text = (
        "PRAGUE, April 19 (Wire) — The Russian embassy was told to cut its staff. Industry "
        "Minister Karel Havlicek said on Monday that Rosatom would be barred from the tender. "
        "Vietnamese President To Lam was not told."
    )
    dateline = (0, text.index("The Russian"))
    actors = [(a.text, a.code) for a in run(actor_nlp, text, "2021-04-19", noise=[dateline])._.actors]
    assert ("Industry Minister Karel Havlicek", "CZEGOV") in actors
    assert ("Vietnamese President To Lam", "VNMGOV") in actors
    # Without a dateline the nearest earlier government decides, as before.
    undated = found(actor_nlp, text[dateline[1] :], "2021-04-19")
    assert ("Industry Minister Karel Havlicek", "RUSGOV") in undated


def test_the_two_countries_are_the_story_s_two_not_the_mediator(actor_nlp: Language) -> None:
    text = (
        "Thai troops shelled Cambodian positions on Thursday. Thailand accused Cambodia of laying "
        "mines. Malaysian Prime Minister Anwar Ibrahim spoke by phone with the leaders of both countries."
    )
    both = {code for name, code in found(actor_nlp, text, "2025-07-25") if name == "both countries"}
    assert both == {"THA", "KHM"}


def test_local_story_takes_the_country_of_its_places(settings: Settings) -> None:
    # No actor names a country: a private person is a civilian of where the story's places are.
    nlp = build_nlp(settings, components=("clio_places", "clio_actors"))
    text = "The Omaha firm met the board in Columbus, Nebraska. Jerry Ehlers told the board it costs more."
    assert ("Jerry Ehlers", "USACVL") in found(nlp, text)
    # Without places there is no country to give.
    assert found(nlp, "The firm met the board. Jerry Ehlers told the board it would cost more.") == []


def test_actors_in_full_pipeline(nlp: Language) -> None:
    doc = run(nlp, "Russian troops shelled the town, Ukrainian officials said.")
    assert [a.code for a in doc._.actors] == ["RUSMIL", "UKRGOV"]


# Mentions never partially overlap: a title word inside a longer mention ("King" in "... Jane
# King") and a name already used by one mention ("Egypt" in "leaders of Egypt's ...") start no other.
NO_OVERLAP = [
    "Australian Trade Minister Jane King arrived in Jakarta on Monday.",
    "Qatar agreed to expel senior leaders of Egypt's Muslim Brotherhood.",
    "Investigators questioned the hijackers of the Indian airliner.",
]


@pytest.mark.parametrize("text", NO_OVERLAP)
def test_mentions_never_partially_overlap(actor_nlp: Language, text: str) -> None:
    spans = sorted({actor.span for actor in run(actor_nlp, text)._.actors})
    assert spans, "expected at least one actor"
    for first, second in pairwise(spans):
        assert second[0] >= first[1], f"{first} and {second} overlap in {text!r}"
