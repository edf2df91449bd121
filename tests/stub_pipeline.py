"""A model-free pipeline whose stub component writes one actor pair and one event per sentence
mentioning "attacked" — enough to prove the plumbing from reader to store to query."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from clio.nlp import ensure_extensions, in_noise
from clio.records import Actor, Event, Location, Quote, Timex, event_id


class StubComponent:
    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        actors: list[Actor] = []
        events: list[Event] = []
        start = text.find("Russia attacked Ukraine")
        if start >= 0 and not in_noise(doc, start, start + 6):
            source = Actor("Russia", (start, start + 6), "Russia", "RUS", "RUS", None)
            target = Actor("Ukraine", (start + 16, start + 23), "Ukraine", "UKR", "UKR", None)
            actors = [source, target]
            span = (start, start + 23)
            events.append(
                Event(
                    id=event_id(doc._.article_id, span, "190", "RUS", "UKR"),
                    source=source,
                    target=target,
                    cameo="190",
                    cameo_root="19",
                    plover="ASSAULT",
                    quad_class=4,
                    goldstein=-10.0,
                    sentence=text[span[0] : span[1]],
                    span=span,
                    date=doc._.article_date.isoformat() if doc._.article_date else None,
                    date_precision="article",
                    location=Location(
                        "Ukraine", (start + 16, start + 23), "Ukraine", "UKR", 49.0, 32.0, "690791"
                    ),
                    pattern="stub.attack",
                )
            )
        doc._.actors = actors
        doc._.events = events
        today = text.find("today")
        doc._.timexes = [Timex("today", (today, today + 5), "DATE", "PRESENT_REF")] if today >= 0 else []
        doc._.quotes = [Quote('"', (0, 1), "direct")] if text.startswith('"') else []
        doc._.locations = []
        return doc


@Language.factory("clio_test_stub")
def make_stub(nlp: Language, name: str) -> StubComponent:
    return StubComponent()


class BrokenComponent:
    """Fails on any text containing BOOM, to test that one bad article never stops a batch."""

    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise RuntimeError("component exploded")
        return doc


@Language.factory("clio_test_broken")
def make_broken(nlp: Language, name: str) -> BrokenComponent:
    return BrokenComponent()


def stub_nlp(*, broken: bool = False) -> Language:
    ensure_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("clio_test_stub")
    if broken:
        nlp.add_pipe("clio_test_broken")
    return nlp
