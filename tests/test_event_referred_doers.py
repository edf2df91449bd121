"""What a reaction to "the attack", "the takeover" or "the move" is aimed at: the doer of the
deed the story told, never a fellow reactor in the same sentence nor the doer of some other act
of the same quad class. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2023, 8, 31))


def test_a_fellow_reactor_is_not_the_target(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Soldiers in Niger seized power on Wednesday. The African Union chairman condemned the "
        "coup on Thursday, and Germany, a large donor, also condemned the takeover.",
    )
    german = {t for s, code, t in found if s == "DEU" and code.startswith("11")}
    assert german and "IGO" not in {t or "" for t in german} and None not in german, found


def test_an_attack_is_not_an_expulsion(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Montenegro cut diplomatic ties with Iran on Monday over a cyberattack on its ministries. "
        "It ordered the embassy's diplomats to leave within two days. "
        "European governments condemned the attack on Tuesday.",
    )
    assert not any(s != "MNE" and t == "MNE" for s, _, t in found), found


def test_a_reaction_refers_to_nothing_told_as_happening_after_it(nlp: Language) -> None:
    found = dyads(
        nlp,
        "The African Union suspended Mali from all its activities on Aug. 30, five days after army "
        "officers seized power in the country and detained the president. The decision came two "
        "days after the Economic Community of West African States suspended Mali at a summit of its "
        "own. The UN secretary-general condemned the takeover on Aug. 25.",
    )
    condemned = {t for s, code, t in found if code.startswith("11")}
    assert condemned == {"MLI"}, found
