"""An act told again with a new doer: "Bahrain followed suit", "Canada did the same on Friday"
copy the earlier act's code and target with the new source; "answered in kind" turns the act
done to the new source back on its doer. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 3)

FOLLOWED = (
    "Saudi Arabia expelled Qatar's ambassador on Wednesday over what it called support for"
    " militants. Bahrain followed suit hours later, officials said."
)

SAME = (
    "Germany recalled its ambassador from Belarus on Tuesday after the forced landing of a"
    " passenger jet in Minsk. Poland did the same on Thursday, its foreign ministry said."
)

IN_KIND = (
    "Serbia expelled two Croatian diplomats on Monday over a row about war crimes trials."
    " Croatia responded in kind on Tuesday, its foreign ministry said."
)

FUTURE = (
    "Serbia expelled two Croatian diplomats on Monday, accusing them of spying. Croatia said"
    " it would respond in kind if the expulsions were not reversed."
)


def test_followed_suit_copies_the_act_and_its_target(nlp: Language) -> None:
    dyads = event_dyads(nlp, FOLLOWED, DAY, root_only=True)
    assert ("SAU", "17", "QAT") in dyads or ("SAU", "16", "QAT") in dyads
    copied = {root for source, root, target in dyads if source == "BHR" and target == "QAT"}
    assert copied & {"16", "17"}


def test_did_the_same_copies_the_act_and_its_target(nlp: Language) -> None:
    dyads = event_dyads(nlp, SAME, DAY, root_only=True)
    assert ("POL", "16", "BLR") in dyads


def test_in_kind_turns_the_act_back_on_its_doer(nlp: Language) -> None:
    dyads = event_dyads(nlp, IN_KIND, DAY, root_only=True)
    assert any(s == "HRV" and t == "SRB" and r in ("16", "17") for s, r, t in dyads)
    assert not any(s == "HRV" and t == "HRV" for s, r, t in dyads)


def test_a_reply_in_kind_promised_copies_no_act(nlp: Language) -> None:
    dyads = event_dyads(nlp, FUTURE, DAY, root_only=True)
    assert not any(s == "HRV" and r in ("16", "17") for s, r, t in dyads)


FOLLOWED_ALONE = (
    "Saudi Arabia and the United Arab Emirates welcomed the accord between Israel and Sudan on"
    " Thursday. Bahrain and Oman followed on Friday. Protests followed in Khartoum."
)

MATCHING = (
    "Canada imposed sanctions on Tuesday on two Russian hackers it blamed for an attack on a"
    " hospital network. Britain and Norway imposed matching sanctions on the pair the same day."
)

SIMILAR_ELSEWHERE = (
    "Canada imposed sanctions on Russia on Tuesday over the hacking of a hospital network."
    " Japan imposed similar sanctions on Iran on Wednesday."
)

PROMISED_IN_KIND = (
    "Washington raised tariffs on Colombian coffee on Sunday. Petro hit back by raising duties on"
    " U.S. cars, writing that Colombia would answer every measure in kind."
)


def test_following_with_a_time_alone_copies_the_act_for_every_side(nlp: Language) -> None:
    dyads = event_dyads(nlp, FOLLOWED_ALONE, DAY, root_only=True)
    for follower in ("BHR", "OMN"):
        assert (follower, "05", "ISR") in dyads and (follower, "05", "SDN") in dyads


def test_matching_measures_are_aimed_where_the_first_were(nlp: Language) -> None:
    dyads = event_dyads(nlp, MATCHING, DAY, root_only=True)
    assert ("GBR", "16", "RUS") in dyads and ("NOR", "16", "RUS") in dyads
    assert ("GBR", "16", "CAN") not in dyads


def test_a_likened_act_with_its_own_target_keeps_it(nlp: Language) -> None:
    dyads = event_dyads(nlp, SIMILAR_ELSEWHERE, DAY, root_only=True)
    assert ("JPN", "16", "IRN") in dyads and ("JPN", "16", "RUS") not in dyads


def test_an_answer_in_kind_only_promised_copies_nothing(nlp: Language) -> None:
    dyads = event_dyads(nlp, PROMISED_IN_KIND, DAY)
    assert not any(s == "COL" and t == "USA" and c.startswith("16") for s, c, t in dyads)


THING_FOLLOWED = (
    "Israel struck militant positions in Gaza on Sunday. A statement from Russia followed hours"
    " later, and a Turkish statement followed on Monday."
)


def test_a_thing_that_followed_copies_no_act(nlp: Language) -> None:
    dyads = event_dyads(nlp, THING_FOLLOWED, DAY, root_only=True)
    assert not any(s in ("RUS", "TUR") and r in ("18", "19", "20") for s, r, t in dyads)
