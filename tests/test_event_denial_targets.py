"""Whom a denial with no one named is aimed at: the doer of the story's latest act aimed at the
one denying (the arrest or charge it replies to), else the other party its sentence names ("any
dispute with Morocco"), not the foreign country the story names most; and a story that names its
own country three times as often as all others is about that country, so an act with no one
named is aimed at home. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads


def test_a_denial_answers_the_latest_act_on_the_denier(nlp: Language) -> None:
    text = (
        "Police in Armenia arrested the former defence minister Aram Petrosyan on Friday and "
        "charged him with plotting a coup. The United States and France criticised the arrest, "
        "and Washington urged Yerevan to respect the rule of law. "
        "Petrosyan denied any wrongdoing on Saturday."
    )
    found = event_dyads(nlp, text, dt.date(2024, 3, 10))
    assert ("ARM", "016", "ARM") in found
    assert not any(code == "016" and target in ("FRA", "USA") for _, code, target in found)


def test_a_denial_is_aimed_at_the_other_party_it_names(nlp: Language) -> None:
    text = (
        "Spain and Portugal signed a water agreement on Monday. Germany welcomed the deal, and "
        "Italy said it would join the talks next month. On Tuesday the French foreign minister "
        "denied that there was any dispute with Morocco."
    )
    found = event_dyads(nlp, text, dt.date(2024, 3, 10))
    assert ("FRA", "016", "MAR") in found


def test_a_story_naming_its_country_three_times_as_often_as_others_is_domestic(nlp: Language) -> None:
    text = (
        "Protesters clashed with Kazakh police in Almaty on Friday, and the Kazakh government "
        "imposed a curfew. Kazakhstan's interior ministry said 40 officers were hurt. Russia and "
        "China offered help. On Saturday President Tokayev warned that anyone who tried to sow "
        "discord would face the full force of the law."
    )
    found = event_dyads(nlp, text, dt.date(2024, 3, 10))
    assert ("KAZ", "130", "KAZ") in found
    assert ("KAZ", "130", "RUS") not in found
