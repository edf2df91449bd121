"""Who an event is aimed at when the text names them by reference: plurals ("the three
governments"), object pronouns ("asked him"), the source's own envoy ("recalled its
ambassadors from both countries"), officials posted abroad ("the advisers at Pakistan's High
Commission"), and a nationality written before a name. Also the code of a government's
protest and of summoning an envoy. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from clio.nlp import prepare_doc
from tests.event_text import event_dyads


def parsed(nlp: Language, text: str, day: dt.date) -> Doc:
    return nlp(prepare_doc(nlp, text, article_id="t", article_date=day))


def actor_countries(nlp: Language, text: str, day: dt.date) -> dict[str, str | None]:
    """Each actor's text and the country it was resolved to."""
    return {a.text: a.country for a in parsed(nlp, text, day)._.actors}


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2021, 9, 18))


CASES = [
    # A plural with a number takes the list of that many countries written before it.
    (
        "The United States, Britain and Australia signed a defence pact. "
        "China criticised the three governments.",
        {("CHN", "111", "USA"), ("CHN", "111", "GBR"), ("CHN", "111", "AUS")},
    ),
    # "both countries" are the other two, not the side that acts on them.
    (
        "France is furious with the United States and Australia. "
        "Paris recalled its ambassadors from both countries.",
        {("FRA", "161", "USA"), ("FRA", "161", "AUS")},
    ),
    (
        "Algeria cut ties with Morocco on Tuesday. "
        "Saudi Arabia urged the two neighbours on Wednesday to resolve their differences.",
        {("DZA", "161", "MAR"), ("SAU", "025", "DZA"), ("SAU", "025", "MAR")},
    ),
    # "all sides" of a clash are its two parties; "both Koreas" are the two Korean states.
    (
        "Thailand and Cambodia exchanged fire on Thursday. "
        "The United States urged all sides to show restraint.",
        {("USA", "020", "THA"), ("USA", "020", "KHM")},
    ),
    (
        "North Korea blew up the liaison office. South Korea condemned the demolition. "
        "China urged both Koreas to exercise restraint.",
        {("CHN", "020", "PRK"), ("CHN", "020", "KOR")},
    ),
    # "both" standing alone is the two countries of a list before it.
    (
        "Kyrgyzstan and Tajikistan clashed on Friday. "
        "Russian President Vladimir Putin urged both to settle the dispute by peaceful means.",
        {("RUS", "025", "KGZ"), ("RUS", "025", "TJK")},
    ),
    # An object pronoun is the person named who is not the subject.
    (
        "German Chancellor Angela Merkel phoned Vladimir Putin on Wednesday "
        "and asked him to use his influence.",
        {("DEU", "041", "RUS"), ("DEU", "020", "RUS")},
    ),
    (
        "Vladimir Putin telephoned Ilham Aliyev on Saturday and apologised to him.",
        {("RUS", "041", "AZE"), ("RUS", "055", "AZE")},
    ),
    # Officials at a foreign mission are that mission's country's.
    (
        "India ordered the military advisers at Pakistan's High Commission to leave within a week.",
        {("IND", "166", "PAK")},
    ),
    # Summoning an envoy is an official complaint, and so is a government's protest.
    (
        "Iraq's foreign ministry summoned the Iranian ambassador "
        "to protest against a breach of its sovereignty.",
        {("IRQ", "114", "IRN")},
    ),
    # "It" opening a sentence is the main subject of the one before, not one it reported.
    (
        "Iran warned that any Israeli counterattack would draw a severe response. "
        "It also told the United States to stay out of the conflict.",
        {("IRN", "100", "USA")},
    ),
    # Officials landing somewhere visit; troops arriving are deployed.
    (
        "Hungarian Prime Minister Viktor Orban landed in Tbilisi on Monday for a two-day visit.",
        {("HUN", "042", "GEO")},
    ),
    ("American troops arrived in Poland on Monday.", {("USA", "154", "POL")}),
    ("Troops from Senegal crossed into Gambia on Thursday.", {("SEN", "154", "GMB")}),
    # Sending food, medicine or supplies is humanitarian aid.
    ("Japan sent food and medicine to Turkey on Monday.", {("JPN", "073", "TUR")}),
    # Opening relations, and signing a joint communique, are diplomatic cooperation.
    ("Honduras opened diplomatic relations with China on Sunday.", {("HND", "054", "CHN")}),
    (
        "Honduras and China signed a joint communique on Sunday.",
        {("HND", "057", "CHN"), ("CHN", "057", "HND")},
    ),
    # Cutting hotlines or communication links with a country reduces relations with it.
    ("Pyongyang cut all communication lines with Seoul on Tuesday.", {("PRK", "160", "KOR")}),
    # Closing a border, a crossing or the airspace reduces relations with the other side.
    ("Pakistan sealed its main border crossings with Afghanistan on Sunday.", {("PAK", "160", "AFG")}),
    (
        "Belarus massed migrants at the border. Warsaw shut the nearby road crossing on Tuesday.",
        {("POL", "160", "BLR")},
    ),
    # Reaffirming support or a commitment is a supportive statement like expressing it.
    ("Washington reaffirmed its support for Guyana's sovereignty on Tuesday.", {("USA", "051", "GUY")}),
    # Vowing to make someone pay threatens them; making them pay more money does not.
    ("Israeli minister Benny Gantz said on Sunday that Israel would make Iran pay.", {("ISR", "130", "IRN")}),
    # An attitude voiced about nothing named is about the latest deed by someone else.
    (
        "Tunisia's president suspended parliament on Sunday. "
        "Turkey's foreign ministry expressed deep concern the same day.",
        {("TUN", "160", "TUN"), ("TUR", "110", "TUN")},
    ),
    # A reaction to an agreement is aimed at both sides that made it.
    (
        "Peru and Chile agreed on Monday to reopen their border. Brazil welcomed the agreement on Tuesday.",
        {("BRA", "051", "PER"), ("BRA", "051", "CHL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_referred_targets(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


def test_nationality_before_a_name_beats_the_dateline(nlp: Language) -> None:
    text = (
        "MOSCOW, March 31 (Wire) - Moscow released the American basketball player Brittney Griner "
        "in December in return for an arms dealer."
    )
    codes = actor_countries(nlp, text, dt.date(2023, 3, 31))
    assert codes["Brittney Griner"] == "USA"


def test_protesting_crowds_still_demonstrate(nlp: Language) -> None:
    found = dyads(
        nlp, "Thousands of Kenyan protesters protested against the government in Nairobi on Tuesday."
    )
    assert any(code.startswith("14") for _, code, _ in found), found
    assert not any(code == "114" for _, code, _ in found), found


def test_an_attitude_about_something_named_is_not_aimed_at_the_last_deed(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Tunisia's president suspended parliament on Sunday. "
        "Turkey's foreign ministry expressed concern over the floods.",
    )
    assert ("TUR", "012", "TUN") not in found, found
    assert ("TUR", "110", "TUN") not in found, found


def test_a_definite_role_word_is_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "THE HAGUE, March 13 (Wire) - Duterte spent his first night in a detention unit of the "
        "International Criminal Court on Wednesday. China's foreign ministry warned the court on "
        "Wednesday against politicising its work."
    )
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2025, 3, 13)))
    courts = [a.code for a in doc._.actors if a.text == "the court"]
    assert courts and all(code.startswith("IGO") for code in courts), courts


def test_an_object_pronoun_parsed_as_a_subject_is_the_other_person(nlp: Language) -> None:
    text = (
        "Former Arkansas Gov. Mike Huckabee campaigned with Virginia gubernatorial candidate "
        "Bob McDonnell in Roanoke yesterday, helping him raise $50,000."
    )
    doc = parsed(nlp, text, dt.date(2009, 4, 1))
    him = [a for a in doc._.actors if a.text == "him"]
    candidate = next(a for a in doc._.actors if "McDonnell" in a.text)
    assert len(him) == 1 and him[0].name == candidate.name, [(a.text, a.name) for a in doc._.actors]


def test_a_described_role_is_not_a_second_party(nlp: Language) -> None:
    # "the EU's foreign policy chief and a former Spanish foreign minister" describes the one
    # speaker: neither the EU nor Spain acts or is acted on.
    found = dyads(
        nlp,
        "Josep Borrell, the European Union's foreign policy chief and a former Spanish foreign "
        "minister, criticised Iran on Monday.",
    )
    assert found and all("ESP" not in (source, target) for source, _, target in found), found


def test_co_subjects_are_not_each_others_implied_target(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Sudanese troops shelled El Fasher on Monday. "
        "The United States, Britain and Norway condemned the attack.",
    )
    assert {("USA", "111", "SDN"), ("GBR", "111", "SDN"), ("NOR", "111", "SDN")} <= found, found
    found = dyads(nlp, "The United States, Britain and Norway condemned the attack.")
    partners = {"USA", "GBR", "NOR"}
    assert not any(s in partners and t in partners for s, _, t in found), found


def test_a_subject_pronoun_continues_the_main_subject_before(nlp: Language) -> None:
    # "He" is Lula, the main subject before, not Maduro, named later inside what he reported.
    found = dyads(
        nlp,
        "Brazilian President Luiz Inacio Lula da Silva said on Friday that Nicolas Maduro had "
        "telephoned his office on Thursday. He accused Venezuela's election council of hiding the results.",
    )
    assert ("BRA", "112", "VEN") in found, found


def test_a_reaction_to_a_referred_deed_is_aimed_at_its_doer(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Finnish President Alexander Stubb said Finland would protect its airspace after two "
        "Russian fighter jets flew into Finnish airspace on Friday. "
        "Germany's foreign minister condemned the flight on Saturday.",
    )
    assert ("DEU", "111", "RUS") in found, found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Russian border guards seized three Ukrainian boats on Sunday. Washington condemned "
            "the seizure on Monday.",
            ("USA", "111", "RUS"),
        ),
        (
            "Moscow expelled two Estonian diplomats on Monday. Tallinn condemned the expulsion on Tuesday.",
            ("EST", "111", "RUS"),
        ),
    ],
)
def test_a_reaction_to_a_seizure_or_expulsion_is_aimed_at_its_doer(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found


def test_a_denial_abroad_answers_the_other_side(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Britain and France accused Iran of supplying drones to Russia on Monday. "
        "Meeting in London, the two governments summoned Iran's envoys. "
        "Tehran denied sending any weapons.",
    )
    assert any(s == "IRN" and code == "016" and t in ("GBR", "FRA") for s, code, t in found), found


def test_neither_nor_negates_both_verbs(nlp: Language) -> None:
    found = dyads(nlp, "Israel has neither confirmed nor denied carrying out the strike on the consulate.")
    assert not any(code in ("016", "010") and s == "ISR" for s, code, _ in found), found


def test_a_person_titled_by_an_international_organisation_speaks_for_it(nlp: Language) -> None:
    text = (
        "Maria Lindqvist, the U.N. High Commissioner for Refugees, visited the camp on Monday. "
        "Later that day she urged Myanmar to let the refugees return."
    )
    doc = parsed(nlp, text, dt.date(2017, 9, 12))
    codes = {a.text: a.code for a in doc._.actors}
    assert codes.get("Maria Lindqvist", "").startswith("IGOUNO"), codes
    assert codes.get("she", "").startswith("IGOUNO"), codes
    appeals = [e for e in doc._.events if e.cameo.startswith("02")]
    assert any(
        e.source.code.startswith("IGOUNO") and e.target and e.target.code.startswith("MMR") for e in appeals
    )


def test_civilians_crossing_a_border_deploy_no_force(nlp: Language) -> None:
    found = dyads(nlp, "Thousands of refugees crossed into Bangladesh on Monday.")
    assert not any(code == "154" for _, code, _ in found), found


def test_approval_of_something_told_is_aimed_at_its_doer(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Ethiopia freed 50 Eritrean prisoners on Monday. Eritrea welcomed the gesture.",
    )
    assert ("ERI", "051", "ETH") in found, found


def test_a_warning_of_what_a_named_body_will_do_is_a_threat(nlp: Language) -> None:
    found = dyads(nlp, "Kenya's president warned that the government would respond to violence with force.")
    assert any(s == "KEN" and code.startswith("13") for s, code, _ in found), found
    found = dyads(nlp, "The minister warned that prices would rise.")
    assert not any(code.startswith("13") for _, code, _ in found), found


def test_a_former_office_holder_is_of_the_story_country(nlp: Language) -> None:
    text = (
        "Colombia's government signed a peace deal with the FARC rebels on Monday, and Colombian "
        "President Juan Manuel Santos called on Colombians to back it. U.S. Secretary of State John "
        "Kerry said Washington would review its policy. A few blocks away, former president Alvaro "
        "Uribe marched with his supporters."
    )
    codes = actor_countries(nlp, text, dt.date(2016, 9, 27))
    assert codes.get("former president Alvaro Uribe") == "COL", codes


def test_a_protest_with_no_one_named_is_aimed_at_the_protesters_own_country(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Parliament in Tashkent approved the amendments. "
        "On Friday thousands of people marched in Nukus against the changes.",
    )
    assert ("UZB", "141", "UZB") in found, found
    # An organisation's protest has no own government to be aimed at.
    found = dyads(nlp, "The United Nations protested against the decision.")
    assert all(target is None for _, code, target in found if code.startswith("14")), found


def test_an_unqualified_ruling_body_is_of_the_story_country(nlp: Language) -> None:
    text = (
        "Niger's military rulers ordered France's ambassador to leave Niamey within 48 hours on "
        "Friday. The order came a day after protesters rallied in Niamey. French ministers had "
        "called the coup illegitimate. A government spokesman said the junta would not accept lectures."
    )
    codes = actor_countries(nlp, text, dt.date(2023, 8, 1))
    assert codes.get("junta") == "NER", codes
    assert codes.get("government spokesman") == "NER", codes


def test_an_appeal_with_no_one_named_is_aimed_at_the_other_side(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Uzbek police detained dozens of protesters in Nukus on Friday, and President Shavkat "
        "Mirziyoyev imposed a curfew on the region. Washington urged calm the same day.",
    )
    assert ("USA", "020", "UZB") in found, found


def test_what_a_vehicle_carries_says_what_is_sent(nlp: Language) -> None:
    found = dyads(
        nlp,
        "The volcano erupted near Tonga on Saturday. "
        "Japan said on Thursday it would send two C-130 planes with drinking water to Tonga.",
    )
    assert ("JPN", "0333", "TON") in found, found


def test_a_sum_announced_in_aid_is_aid(nlp: Language) -> None:
    quake = "A powerful earthquake struck Nepal on Saturday. "
    found = dyads(nlp, quake + "Britain announced 5 million pounds in aid on Sunday.")
    assert ("GBR", "070", "NPL") in found, found
    found = dyads(nlp, quake + "The United States raised its emergency aid for Nepal to 10 million dollars.")
    assert ("USA", "073", "NPL") in found, found


def test_an_official_takes_the_country_where_the_clause_is_set(nlp: Language) -> None:
    text = (
        "Vietnam protested to Manila. At a regular briefing in Beijing on Thursday, foreign ministry "
        "spokeswoman Hua Lin said Manila was to blame."
    )
    codes = actor_countries(nlp, text, dt.date(2024, 3, 4))
    assert codes.get("foreign ministry spokeswoman Hua Lin") == "CHN", codes


def test_an_organisations_chief_titled_by_a_field_speaks_for_it(nlp: Language) -> None:
    text = "Sudan's army withdrew. U.N. aid chief Martin Griffiths said he was shocked."
    codes = {a.text: a.code for a in parsed(nlp, text, dt.date(2023, 10, 29))._.actors}
    assert codes.get("U.N. aid chief Martin Griffiths", "").startswith("IGOUNO"), codes


def test_approval_of_an_act_told_but_not_coded_is_aimed_at_the_latest_doer(nlp: Language) -> None:
    found = dyads(
        nlp,
        "U.S. President Donald Trump spoke with Argentina's president on Tuesday. On Wednesday he "
        "signed an order that doubles duties on Brazilian steel. Brazilian congressman Eduardo "
        "Bolsonaro praised the tariff that night.",
    )
    assert ("BRA", "051", "USA") in found, found


def test_officials_travelling_together_visit_their_destination_not_each_other(nlp: Language) -> None:
    text = (
        "Mali's junta refused to hold elections. Senegalese President Macky Sall and Ghana's President "
        "Nana Akufo-Addo flew to the Malian capital on Friday morning for talks with the junta."
    )
    doc = parsed(nlp, text, dt.date(2021, 1, 15))
    found = {(e.source.country, e.cameo, e.target.country if e.target else None) for e in doc._.events}
    assert ("SEN", "042", "MLI") in found and ("GHA", "042", "MLI") in found, found
    assert ("SEN", "042", "GHA") not in found and ("GHA", "042", "SEN") not in found, found


def test_a_response_promised_in_kind_is_a_threat(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Trump imposed a tariff on Brazil. "
        "Lula said on Thursday that Brazil would respond with tariffs of its own.",
    )
    assert ("BRA", "1312", "USA") in found, found
    found = dyads(
        nlp,
        "Russia shot down the plane. Azerbaijan's foreign minister Jeyhun Bayramov warned on Sunday "
        "that relations would suffer without a transparent investigation.",
    )
    assert ("AZE", "130", "RUS") in found, found


def test_a_hostile_step_the_speakers_side_could_take_is_a_threat(nlp: Language) -> None:
    found = dyads(nlp, "Erdogan said on Friday that Ankara could suspend diplomatic relations with the UAE.")
    assert any(s == "TUR" and code.startswith("13") and t == "ARE" for s, code, t in found), found
    # What others might do is no one's threat.
    assert not dyads(nlp, "Analysts said Russia could invade Ukraine.")


def test_a_country_told_by_what_it_is_refers_back(nlp: Language) -> None:
    codes = {
        a.text: a.code
        for a in parsed(
            nlp,
            "Saudi Arabia cut ties with Iran. The kingdom said it would expel the envoy.",
            dt.date(2016, 1, 4),
        )._.actors
    }
    assert codes.get("kingdom") == "SAU", codes
    text = (
        "China recalled its ambassador to Lithuania on Tuesday, three weeks after the Baltic state "
        "agreed to let Taiwan open an office."
    )
    codes = {a.text: a.code for a in parsed(nlp, text, dt.date(2021, 8, 10))._.actors}
    assert codes.get("state") == "LTU", codes


def _home_events(nlp: Language, text: str, day: dt.date) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.country, e.cameo[:2], e.target.country if e.target else None)
        for e in parsed(nlp, text, day)._.events
    }


def test_support_at_home_is_for_the_other_side_there(nlp: Language) -> None:
    text = (
        "Oxfordshire County Council launched a scheme to give contraceptive implants to teenagers. "
        "The council leader defended the plan on Monday, and Oxford police officers and local health "
        "officials backed it. Parents criticised the council. But Anglican minister Roger Burne, a "
        "former GP, expressed his support for the scheme."
    )
    found = _home_events(nlp, text, dt.date(2009, 3, 30))
    assert ("GBR", "05", "GBR") in found, found


def test_yielding_at_home_is_for_the_other_side_there(nlp: Language) -> None:
    text = (
        "COLUMBUS, Ohio (AP) -- Ohio Governor Ted Strickland met Columbus Mayor Michael Coleman and the "
        "Ohio Senate president on Monday. Ohio police had warned of wildfires, and the mayor criticised "
        "the state. Strickland lifted the burn ban on Tuesday."
    )
    found = _home_events(nlp, text, dt.date(2009, 3, 20))
    assert ("USA", "08", "USA") in found, found
    # A lone sentence does not tell who is at home.
    assert not any(
        t
        for _, code, t in _home_events(nlp, "Hamas fighters surrendered on Monday.", dt.date(2021, 5, 20))
        if code == "08"
    )


def test_an_international_bodys_own_session_consults_no_one(nlp: Language) -> None:
    found = dyads(nlp, "At Russia's request, the U.N. Security Council met in emergency session on Monday.")
    assert not any(code.startswith("04") for _, code, _ in found), found
    found = dyads(nlp, "NATO Secretary-General Jens Stoltenberg met Zelensky in Kyiv on Monday.")
    assert any(c == "040" and t == "UKR" for _, c, t in found), found


def test_a_person_described_as_the_role_of_an_organ_is_of_its_country(nlp: Language) -> None:
    text = (
        "Finland and Estonia closed their borders on Sunday. Maria Petrova, a spokeswoman for the "
        "Russian foreign ministry, criticised the decision on Monday."
    )
    codes = actor_countries(nlp, text, dt.date(2024, 3, 4))
    assert codes.get("Maria Petrova") == "RUS", codes


def test_a_pronoun_in_what_a_person_says_is_the_speaker(nlp: Language) -> None:
    text = (
        "French President Emmanuel Macron thanked Kenya's president, William Ruto, for his country's "
        "help and said he expected to meet Sudanese leaders soon."
    )
    codes = actor_countries(nlp, text, dt.date(2024, 3, 4))
    assert codes.get("he") == "FRA", codes


def test_arriving_with_relief_is_giving_aid(nlp: Language) -> None:
    quake = "A powerful earthquake struck Nepal on Saturday. "
    found = dyads(
        nlp, quake + "Two Indian air force planes landed in Kathmandu on Sunday carrying tents and medicine."
    )
    assert ("IND", "073", "NPL") in found, found
    found = dyads(nlp, quake + "A Chinese transport plane touched down in Kathmandu with tents on Sunday.")
    assert ("CHN", "073", "NPL") in found, found


def test_a_sum_pledged_in_relief_supplies_is_an_aid_pledge(nlp: Language) -> None:
    found = dyads(
        nlp,
        "A powerful earthquake struck Nepal on Saturday. "
        "Beijing pledged 20 million yuan in emergency supplies.",
    )
    assert ("CHN", "0333", "NPL") in found, found
    assert not any(code.startswith("07") for _, code, _ in dyads(nlp, "Russia cut gas supplies to Ukraine."))


def test_joining_others_in_an_act_does_it(nlp: Language) -> None:
    found = dyads(
        nlp,
        "The United States, France and Germany joined Britain on Thursday in blaming Russia for the attack.",
    )
    assert {("USA", "112", "RUS"), ("FRA", "112", "RUS"), ("DEU", "112", "RUS")} <= found, found


def test_a_country_named_in_passing_does_not_outweigh_the_storys_setting(nlp: Language) -> None:
    text = (
        "WILSON, N.C. (AP) -- A gunman killed six people at a warehouse in Wilson, North Carolina, on "
        "Sunday, police said. Police Chief Ann Ford said the suspect, James Porter, was wounded by an "
        "officer. Residents of Wilson County, North Carolina, held a vigil on Monday. The shooting was "
        "the worst since a gunman killed 10 people at a school in Finland this month."
    )
    codes = actor_countries(nlp, text, dt.date(2009, 3, 30))
    assert codes.get("Police Chief Ann Ford") == "USA", codes
    assert codes.get("James Porter") == "USA", codes


def test_ones_own_side_being_asked_is_no_request_by_the_speaker(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Clearwater Police Chief Robert Douglas said his officers were called to Bubba's Bar at "
        "about 1:30 a.m. Saturday to break up a fight.",
    )
    assert not any(code.startswith("02") for _, code, _ in found), found
    found = dyads(
        nlp,
        "The Chinese side was asked to refrain from provocations, "
        "Indian Defence Minister Rajnath Singh said.",
    )
    assert ("IND", "020", "CHN") in found, found


def test_a_countrys_law_is_no_actor(nlp: Language) -> None:
    text = "German law requires parties to publish the name of anyone who donates more than 20,000 marks."
    actors = [a.text for a in parsed(nlp, text, dt.date(1998, 6, 26))._.actors]
    assert "German law" not in actors, actors


def test_what_someone_does_not_know_or_think_happened_is_not_told(nlp: Language) -> None:
    found = dyads(nlp, "Officials said they did not think Russia attacked the ship.")
    assert not any(code.startswith("19") for _, code, _ in found), found
    found = dyads(nlp, "Officials said they think Russia attacked the ship.")
    assert any(code.startswith("19") for _, code, _ in found), found


def test_a_police_account_of_a_crime_accuses_its_doer(nlp: Language) -> None:
    text = (
        "DAYTON, Ohio (AP) -- Police said a Kettering man assaulted a pharmacy clerk in Dayton, Ohio, "
        "on Friday."
    )
    attributed = "A 30-year-old Dayton woman assaulted a neighbour on Sunday, according to police."
    for story in (text, attributed):
        doc = parsed(nlp, story, dt.date(2009, 3, 30))
        found = {
            (e.source.sector or "", e.cameo, e.target.country if e.target else None) for e in doc._.events
        }
        assert ("COP", "112", "USA") in found, found
        # The crime is only what the police say: not coded as an assault of its own.
        assert not any(code.startswith("18") for _, code, _ in found), found


def test_the_foreign_ministry_of_a_country_is_its_own(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Ecuador expelled Peru's consul on Monday, and its foreign ministry denounced the border incursion.",
    )
    assert ("ECU", "111", "PER") in found or ("ECU", "111", None) in found, found
    assert not any(src == "PER" and code == "111" for src, code, _ in found), found


def test_demonstrators_are_of_where_the_story_is_set(nlp: Language) -> None:
    text = (
        "QUITO, March 4 (Wire) -- Ecuador's president received U.S. Secretary of State Antony Blinken "
        "in Quito on Monday. Hundreds of demonstrators marched through Guayaquil and Cuenca chanting "
        "against Blinken's visit."
    )
    codes = actor_countries(nlp, text, dt.date(2024, 3, 4))
    assert codes.get("demonstrators") == "ECU", codes


def test_a_similar_appeal_is_aimed_where_the_first_one_was(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Canada urged the junta in Bamako on Friday to free the detained ministers, "
        "and Norway made a similar appeal.",
    )
    assert ("NOR", "020", "MLI") in found or ("NOR", "025", "MLI") in found, found
    assert not any(src == "NOR" and tgt == "CAN" for src, _, tgt in found), found


def test_a_call_for_a_truce_is_aimed_at_those_who_fight(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Armenian and Azerbaijani troops clashed on the border on Tuesday. Iran held talks with Turkey "
        "on Wednesday. France called for a truce on Thursday.",
    )
    assert any(
        src == "FRA" and code.startswith("02") and tgt in ("ARM", "AZE") for src, code, tgt in found
    ), found


def test_those_who_make_the_same_appeal_are_partners_not_targets(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Congolese troops and M23 rebels fought near Goma on Monday. The U.N. Secretary-General called "
        "for calm on Tuesday, and the African Union Commission appealed for a ceasefire.",
    )
    appeals = [tgt for _, code, tgt in found if code.startswith("02")]
    assert len(appeals) == 2 and set(appeals) == {"COD"}, found


def test_a_call_for_de_escalation_answers_no_escalation(nlp: Language) -> None:
    text = (
        "Kenya sent troops to its border on Monday. Fighting between Ethiopian forces and rebels spread "
        "on Tuesday. Norway called for an immediate de-escalation."
    )
    doc = parsed(nlp, text, dt.date(2021, 9, 18))
    calls = [e for e in doc._.events if e.source.country == "NOR"]
    # Whom the call addresses comes from the story, not from an "escalation" it would react to.
    assert calls and all(e.pattern.endswith("+implied") for e in calls), calls


def test_a_name_set_off_after_its_role_holds_that_role(nlp: Language) -> None:
    text = "The ASEAN secretary-general, Kao Kim Hourn, urged both sides to return to talks."
    codes = {a.text: a.code for a in parsed(nlp, text, dt.date(2024, 5, 2))._.actors}
    assert codes.get("Kao Kim Hourn") == codes.get("ASEAN"), codes


def test_summoning_or_expelling_a_charge_d_affaires_is_a_diplomatic_protest(nlp: Language) -> None:
    found = dyads(nlp, "Ghana summoned Togo's charge d'affaires on Friday over the border shooting.")
    assert ("GHA", "114", "TGO") in found, found
    found = dyads(nlp, "Ghana expelled Togo's charge d'affaires on Friday.")
    assert ("GHA", "161", "TGO") in found, found


def test_wanting_someone_else_to_act_asks_it_of_them(nlp: Language) -> None:
    found = dyads(
        nlp,
        "TOPEKA, Kan. (AP) -- Kansas Attorney General Paul Morrison wants the Topeka city council to "
        "work fewer hours.",
    )
    assert ("USA", "020", "USA") in found, found
    found = dyads(nlp, "TOPEKA, Kan. (AP) -- Kansas Attorney General Paul Morrison wants to delay the vote.")
    assert not any(code.startswith("02") for _, code, _ in found), found


def test_calling_a_deed_a_crime_criticises_it(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Rebels shelled the port of Hodeidah on Sunday. Yemen's foreign minister called the shelling "
        '"an act of piracy" on Monday.',
    )
    assert any(src == "YEM" and code == "111" for src, code, _ in found), found
    # A reported deed named by such a word is still the deed, not a criticism of it.
    found = dyads(nlp, "Officials said the army staged a coup in Niamey on Wednesday.")
    assert not any(code == "111" for _, code, _ in found), found


def test_calling_off_a_visit_cancels_it(nlp: Language) -> None:
    found = dyads(nlp, "Japan's prime minister called off a trip to Beijing planned for next week.")
    assert any(src == "JPN" and code.startswith("16") for src, code, _ in found), found
    assert not any(code.startswith("02") for _, code, _ in found), found


def test_ordering_ones_own_people_out_of_a_country_reduces_relations_with_it(nlp: Language) -> None:
    found = dyads(nlp, "Bahrain ordered its nationals to leave Qatar on Monday.")
    assert ("BHR", "160", "QAT") in found, found


def test_a_foreigner_arrested_in_a_story_is_arrested_where_the_story_is_set(nlp: Language) -> None:
    text = (
        "CHARLESTON, S.C. (AP) -- South Carolina's treasurer resigned on Monday in Charleston. "
        "Federal prosecutors in Columbia, South Carolina, charged two of his aides. Pascal Moreau, a "
        "French wine dealer, was arrested last week."
    )
    doc = parsed(nlp, text, dt.date(2009, 3, 25))
    arrests = [e for e in doc._.events if e.cameo.startswith("17")]
    assert arrests and all(e.source.country == "USA" for e in arrests), arrests


def test_an_implied_target_of_the_same_code_but_another_name_is_kept(nlp: Language) -> None:
    text = (
        "WASHINGTON (AP) -- Senate Democrats held a news conference on Tuesday. "
        "House Republicans criticized them."
    )
    doc = parsed(nlp, text, dt.date(2016, 9, 23))
    criticism = [e for e in doc._.events if e.cameo.startswith("11")]
    assert criticism and all(e.target is not None for e in criticism), criticism


def test_a_name_parsed_as_the_root_still_does_what_its_verbs_say(nlp: Language) -> None:
    # The small parser hangs "called" on "Okafor" as a participle and "urged" as a conjunct of
    # the name; the name is still their subject.
    found = dyads(
        nlp,
        "Nigerian Foreign Minister Chidi Okafor spoke to reporters. Okafor, who announced both steps on "
        'Monday, called Ghana\'s conduct "unacceptable" and urged Togo to reopen its border.',
    )
    assert ("NGA", "111", "GHA") in found, found
    assert any(src == "NGA" and code.startswith("02") and tgt == "TGO" for src, code, tgt in found), found


def test_a_coordinated_description_after_the_object_is_still_a_description(nlp: Language) -> None:
    text = (
        "Peru's president hit back the same day, calling the Chilean response "
        '"reckless" and "incomprehensible" at a news conference in Lima.'
    )
    assert ("PER", "111", "CHL") in dyads(nlp, text)


def test_a_crowd_outside_an_embassy_protests_against_its_country(nlp: Language) -> None:
    text = (
        "LIMA, March 4 (Wire) -- Peru expelled a Chilean diplomat on Monday. Several hundred people "
        "gathered outside the Chilean embassy in Lima on Tuesday evening."
    )
    found = {(e.source.country, e.cameo[:2], e.target.country if e.target else None)
             for e in parsed(nlp, text, dt.date(2024, 3, 6))._.events}  # fmt: skip
    assert ("PER", "14", "CHL") in found, found


def test_a_plural_pronoun_after_a_plural_object_is_that_object(nlp: Language) -> None:
    # "them" are the men rounded up, so the shooting is the soldiers' act, not the reporting
    # group's (which "urged it to stop" would make it).
    text = (
        "Amnesty International said on Tuesday that Congolese soldiers rounded up men in Beni and shot them."
    )
    shootings = [e for e in parsed(nlp, text, dt.date(2021, 9, 18))._.events if e.cameo.startswith("19")]
    assert shootings, "the shooting is coded"
    assert all(e.source.country == "COD" for e in shootings), [(e.source.code, e.cameo) for e in shootings]


def test_a_party_telling_of_force_with_no_one_named_as_harmed_accuses_the_doer(nlp: Language) -> None:
    # Who was fired on is left unsaid: the speaking side was.
    found = dyads(nlp, "Iranian border commander Ali Rezaei said the Taliban opened fire first.")
    assert ("IRN", "112", "AFG") in found, found


def test_a_reaction_answers_the_fresh_event_not_an_older_one_told_later(nlp: Language) -> None:
    text = (
        "Iran launched more than 300 drones and missiles at Israel on Sunday. Tehran said it was "
        "retaliation for the April 1 air strike on its consulate in Damascus, which killed two generals. "
        "Leaders of the Group of Seven condemned the attack on Sunday."
    )
    doc = parsed(nlp, text, dt.date(2024, 4, 14))
    condemned = {e.target.country for e in doc._.events if e.cameo == "111" and e.target}
    assert condemned == {"IRN"}, [(e.source.code, e.cameo, e.target) for e in doc._.events]


def test_police_in_a_city_of_several_words_are_of_its_country(nlp: Language) -> None:
    # The parser hangs "in" on the name's last word ("Delhi"); the place is known by its first.
    text = "Pakistan's foreign minister spoke on Monday. In New Delhi, police arrested two men on Tuesday."
    countries = actor_countries(nlp, text, dt.date(2021, 9, 18))
    assert countries.get("police") == "IND", countries


@pytest.mark.parametrize(
    "text",
    [
        'Russian President Vladimir Putin called the Turkish decision "a stab in the back".',
        "Russian President Vladimir Putin described Turkey's move as disproportionate and escalatory.",
    ],
)
def test_naming_anothers_act_with_a_condemning_word_criticises_it(nlp: Language, text: str) -> None:
    assert ("RUS", "111", "TUR") in dyads(nlp, text)


def test_what_a_negated_letting_would_permit_is_not_told_as_done(nlp: Language) -> None:
    found = dyads(nlp, "The rebels pledged not to let foreign fighters use their bases to attack Kenya.")
    assert not any(code.startswith(("13", "18", "19")) for _, code, _ in found), found


def test_a_states_own_soldiers_are_not_the_target_of_sending_them(nlp: Language) -> None:
    found = dyads(nlp, "Portugal said on Monday it would send about 60 soldiers to Mozambique.")
    assert any(src == "PRT" and tgt == "MOZ" for src, _, tgt in found), found
    assert not any(tgt == "PRT" for _, _, tgt in found), found


def test_working_with_another_state_is_cooperation(nlp: Language) -> None:
    text = "Kenya's foreign minister said Nairobi would work with Addis Ababa to secure the border."
    found = dyads(nlp, text)
    assert any(src == "KEN" and code.startswith("03") and tgt == "ETH" for src, code, tgt in found), found


def test_a_consequence_promised_to_a_named_doer_threatens_that_doer(nlp: Language) -> None:
    text = (
        "Iran's envoy spoke to Britain's foreign secretary on Sunday. "
        "Iran warned that any Israeli counterattack would draw a severe response."
    )
    doc = parsed(nlp, text, dt.date(2024, 4, 14))
    threats = [e for e in doc._.events if e.cameo.startswith("13")]
    assert [(e.source.country, e.target.country if e.target else None) for e in threats] == [("IRN", "ISR")]
    # Named by the clause, not implied by the story: trusted as much as any named target.
    assert "+implied" not in (threats[0].pattern or ""), threats[0].pattern


def test_a_reaction_refers_to_what_happened_before_a_detail_of_a_noun(nlp: Language) -> None:
    text = (
        "Britain and France fired missiles at Syrian army bases on Saturday in retaliation for an "
        "attack by government forces on Douma that killed dozens of people. Russia condemned the strikes."
    )
    condemned = {t for src, code, t in dyads(nlp, text) if src == "RUS" and code.startswith("11")}
    assert condemned and condemned <= {"GBR", "FRA"}, condemned


def test_small_pacific_states_are_countries(nlp: Language) -> None:
    text = "Cook Islands Prime Minister Mark Brown met Niuean officials."
    found = actor_countries(nlp, text, dt.date(2025, 2, 20))
    assert found.get("Cook Islands Prime Minister Mark Brown") == "COK", found
    assert "NIU" in found.values(), found


def test_countries_named_beside_co_subjects_are_not_their_targets(nlp: Language) -> None:
    # A possessive country before each leader ("Peru's ... and Brazil's ...") is a partner's
    # country too, and so is the country of one who does the very same in the sentence.
    found = dyads(
        nlp,
        "Gunmen attacked a convoy of Ecuador's interior minister in Quito on Monday. "
        "Peru's Dina Boluarte and Brazil's Luiz Inacio Lula da Silva condemned the ambush, "
        "and German Chancellor Olaf Scholz said Berlin condemned it too.",
    )
    condemners = {"PER", "BRA", "DEU"}
    condemnations = {(s, t) for s, code, t in found if code.startswith("11") and s in condemners}
    assert condemnations, found
    assert not any(t in condemners for _, t in condemnations), found
