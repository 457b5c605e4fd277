"""The claim ledger on the sample corpus, with the statements a good extractor finds built by hand.

The extractors are tested elsewhere; here the statements (speaker, code, cue, content) are written out
for the sample story so that the ledger logic is tested on its own, day by day.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from watchfloor.link import AppearanceRole, Claim, ClaimAppearance, build_ledger, party_of, replay
from watchfloor.model import (
    Article,
    ClaimStatus,
    Extraction,
    Span,
    Speaker,
    Statement,
    StatementKind,
    stable_id,
)
from watchfloor.settings import Settings

SAMPLE = resources.files("watchfloor") / "sample"
_BOILERPLATE = (
    "Share this story",
    "Read more",
    "Twitter:",
    "Instagram:",
    "You can license",
    "Подпис",
    "Ещё",
    "新闻",
)

# file or jsonl id -> [(speaker name, speaker code, cue, content)], as a reader would attribute them.
STATEMENTS: dict[str, list[tuple[str, str | None, str, str]]] = {
    "2024-02-06_bastion_units_return.txt": [
        (
            "Russia's Defence Ministry",
            "RUSMIL",
            "said",
            "some units that had taken part in winter drills near the Estonian border were returning to "
            "their permanent bases",
        ),
        ("Kristjan Tamm", "ESTGOV", "said", 'Tallinn had "no reason yet to relax"'),
        (
            "Tomas Lindqvist",
            "NATO",
            "said",
            "the alliance welcomed any genuine reduction of forces but would judge Moscow by what it did, "
            "not by what it said",
        ),
    ],
    "2024-02-13_images_show_units_moved_closer.txt": [
        ("Hanna Mikkola", None, "said", '"They did not go home. They went in the opposite direction,"'),
        ("Tomas Lindqvist", "NATO", "said", "the images contradicted Russia's announcement of a pullback"),
    ],
    "2024-03-07_russia_says_units_return.txt": [
        (
            "Russia's Defence Ministry",
            "RUSMIL",
            "said",
            "some units taking part in the Northern Bastion exercises near the Estonian border were "
            "returning to their bases",
        ),
        ("Pavel Dronov", "RUSGOV", "said", "Russia had never planned to attack anyone"),
    ],
    "2024-03-07_moscow_offers_talks.txt": [
        (
            "Arkady Merkulov",
            "RUSGOV",
            "said",
            "Moscow was ready for talks with the United States and NATO on limits for military exercises "
            "near shared borders and on military transparency",
        ),
        (
            "Pavel Dronov",
            "RUSGOV",
            "said",
            "troops that had finished the Northern Bastion drills were returning to their barracks",
        ),
    ],
    "2024-03-08_nato_no_signs.txt": [
        (
            "Anneke Vos",
            "NATO",
            "said",
            "the alliance had seen no signs of de-escalation on the ground since Russia announced that some "
            "of its units were returning to their bases",
        ),
        (
            "Raymond Castell",
            "USAGOV",
            "said",
            "Washington was seeking to verify Moscow's movements, as a similar claim in February saw Russian "
            'troops move in the "opposite direction"',
        ),
    ],
    "wf-sample-2024-03-08-estonia": [
        (
            "Kristjan Tamm",
            "ESTGOV",
            "said",
            "his country could not confirm any Russian pullback from the border",
        ),
        (
            "Pavel Dronov",
            "RUSGOV",
            "said",
            "the withdrawal of units after the Northern Bastion drills was continuing as planned",
        ),
    ],
    "2024-03-09_sea_drills_and_warnings.txt": [
        (
            "Yelena Sablina",
            "RUSGOV",
            "said",
            "the units that had finished the Northern Bastion drills were withdrawing to their bases",
        ),
    ],
    "wf-sample-2024-03-09-merkulov": [
        ("Arkady Merkulov", "RUSGOV", "said", "Russian troops were returning to their bases"),
        (
            "Raymond Castell",
            "USAGOV",
            "said",
            "Washington was still seeking to verify the Russian troop movements and had seen no evidence "
            "of a pullback",
        ),
    ],
    "2024-03-10_images_show_no_pullback.txt": [
        ("Hanna Mikkola", None, "said", '"We see no withdrawal. We see units moving closer to the border,"'),
        (
            "Raymond Castell",
            "USAGOV",
            "said",
            "the images showed that Russia's announcement of a pullback was false",
        ),
    ],
    "wf-sample-2024-03-10-fabricated": [
        (
            "Russia's Defence Ministry",
            "RUSMIL",
            "said",
            "satellite images showing its armoured units near the Estonian border were fabricated, and "
            "insisted that units were returning to their bases",
        ),
        (
            "Antti Rask",
            "FINGOV",
            "said",
            "Finland's observers in Estonia had seen Russian armoured columns moving toward the border, not "
            "away from it",
        ),
    ],
}


def _article(name: str) -> Article:
    if name.endswith(".txt"):
        text = (SAMPLE / name).read_text(encoding="utf-8")
        close = text.index(")") + 2
        lines = text.splitlines(keepends=True)
        end = 0
        for line in lines:
            if line.startswith(_BOILERPLATE):
                break
            end += len(line)
        published = dt.date.fromisoformat(name[:10])
        return Article(
            id=stable_id("article", name),
            text=text,
            body=((close, end),),
            published=published,
            url=f"https://example.org/{name}",
        )
    for line in (SAMPLE / "2024-03_wire_feed.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == name:
            return Article(
                id=stable_id("article", name),
                text=row["text"],
                body=((0, len(row["text"])),),
                published=dt.date.fromisoformat(row["published"]),
                url=row["url"],
                external_id=name,
            )
    raise KeyError(name)


def _statement(article: Article, speaker: str, code: str | None, cue: str, content: str) -> Statement:
    start = article.text.index(content)
    end = start + len(content)
    line_start = article.text.rfind("\n", 0, start) + 1
    line_end = article.text.find("\n", end)
    line_end = len(article.text) if line_end == -1 else line_end
    cue_at = (
        article.text.find(cue, end)
        if article.text.find(cue, end) != -1
        else article.text.find(cue, line_start)
    )
    return Statement(
        id=stable_id(article.id, start, end, "statement"),
        source=None,
        cue=Span.of(article.text, cue_at, cue_at + len(cue)),
        content=Span.of(article.text, start, end),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name=speaker, code=code),
        sentence=Span.of(article.text, line_start, line_end),
        date=article.published.isoformat() if article.published else None,
    )


def _extractions(until: dt.date | None = None) -> list[Extraction]:
    names = [p.name for p in SAMPLE.iterdir() if p.name.endswith(".txt")]
    names += [
        json.loads(line)["id"] for line in (SAMPLE / "2024-03_wire_feed.jsonl").read_text().splitlines()
    ]
    out = []
    for name in sorted(names):
        article = _article(name)
        if until is not None and article.published is not None and article.published > until:
            continue
        statements = tuple(_statement(article, *row) for row in STATEMENTS.get(name, []))
        out.append(Extraction(article=article, statements=statements))
    return out


@pytest.fixture(scope="module")
def ledger():
    return build_ledger(_extractions(), Settings())


def _withdrawal(ledger, month: int) -> Claim:
    found = [
        c
        for c in ledger.claims
        if c.party == "RUS"
        and c.first_date is not None
        and c.first_date.month == month
        and c.topic == "force_posture"
        and c.polarity == -1
    ]
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def test_build_ledger_clusters_the_repeated_withdrawal_claim(ledger):
    claim = _withdrawal(ledger, 3)
    asserters = {a.speaker for a in claim.appearances if a.role is AppearanceRole.ASSERTS}
    assert asserters >= {"Russia's Defence Ministry", "Pavel Dronov", "Yelena Sablina", "Arkady Merkulov"}
    assert claim.first_date == dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 3, 7), ClaimStatus.ASSERTED),
        (dt.date(2024, 3, 8), ClaimStatus.DISPUTED),
        (dt.date(2024, 3, 9), ClaimStatus.DISPUTED),
        (dt.date(2024, 3, 10), ClaimStatus.CONTRADICTED),
        (dt.date(2024, 3, 11), ClaimStatus.CONTRADICTED),
    ],
)
def test_ledger_status_day_by_day(ledger, day, expected):
    assert ledger.status(_withdrawal(ledger, 3), as_of=day) is expected


def test_ledger_replays_the_same_on_a_partial_corpus():
    """Ingesting only up to a day gives the same status as the full ledger seen as of that day."""
    partial = build_ledger(_extractions(until=dt.date(2024, 3, 8)), Settings())
    assert partial.status(_withdrawal(partial, 3)) is ClaimStatus.DISPUTED


def test_ledger_disputes_come_from_other_parties(ledger):
    claim = _withdrawal(ledger, 3)
    disputers = {a.speaker for a in claim.appearances if a.role is AppearanceRole.DISPUTES}
    assert {"Anneke Vos", "Raymond Castell", "Kristjan Tamm"} <= disputers
    assert all(a.party != "RUS" for a in claim.appearances if a.role is not AppearanceRole.ASSERTS)


def test_ledger_contradiction_cites_the_evidence(ledger):
    claim = _withdrawal(ledger, 3)
    contra = [a for a in claim.appearances if a.role is AppearanceRole.CONTRADICTS]
    assert any(a.speaker is None and "Satellite images" in a.sentence.text for a in contra)
    assert any(a.speaker == "Antti Rask" for a in contra)
    for a in claim.appearances:
        art = next(x.article for x in _extractions() if x.article.id == a.article_id)
        assert art.text[a.sentence.start : a.sentence.end] == a.sentence.text


def test_ledger_history_links_the_earlier_false_claim(ledger):
    march, february = _withdrawal(ledger, 3), _withdrawal(ledger, 2)
    assert february.id in march.history
    precedent = [a for a in march.appearances if a.role is AppearanceRole.PRECEDENT]
    assert any(a.related_claim_id == february.id and a.speaker == "Raymond Castell" for a in precedent)
    assert ledger.status(february) is ClaimStatus.CONTRADICTED
    # Estonia and NATO were already wary the same day; the images of the 13th settled it.
    assert ledger.status(february, as_of=dt.date(2024, 2, 7)) is ClaimStatus.DISPUTED
    assert [s.status for s in ledger.trail(february)] == [
        ClaimStatus.ASSERTED,
        ClaimStatus.DISPUTED,
        ClaimStatus.CONTRADICTED,
    ]


def test_ledger_the_february_claim_stays_separate(ledger):
    """A month apart (beyond stale_days) the same words are a new claim, not more of the old one."""
    february = _withdrawal(ledger, 2)
    assert all(a.date is not None and a.date.month == 2 for a in february.appearances)


def test_ledger_denial_is_its_own_claim(ledger):
    never = ledger.find("never planned to attack")
    assert len(never) == 1 and ledger.status(never[0]) is ClaimStatus.ASSERTED


def test_ledger_to_json_has_status_and_trail(ledger):
    rows = ledger.to_json(as_of=dt.date(2024, 3, 8))
    row = next(r for r in rows if r["id"] == _withdrawal(ledger, 3).id)
    assert row["status"] == "disputed"
    assert [s["status"] for s in row["trail"]] == ["asserted", "disputed"]


def _app(role: AppearanceRole, day: int, speaker: str = "X") -> ClaimAppearance:
    return ClaimAppearance(
        claim_id="c",
        article_id="a",
        role=role,
        date=dt.date(2024, 3, day),
        sentence=Span(start=0, end=1, text="x"),
        speaker=speaker,
    )


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ([AppearanceRole.ASSERTS], ClaimStatus.ASSERTED),
        ([AppearanceRole.ASSERTS, AppearanceRole.DISPUTES], ClaimStatus.DISPUTED),
        ([AppearanceRole.ASSERTS, AppearanceRole.CORROBORATES], ClaimStatus.CORROBORATED),
        (
            [AppearanceRole.ASSERTS, AppearanceRole.CORROBORATES, AppearanceRole.DISPUTES],
            ClaimStatus.CORROBORATED,
        ),
        (
            [AppearanceRole.ASSERTS, AppearanceRole.DISPUTES, AppearanceRole.CONTRADICTS],
            ClaimStatus.CONTRADICTED,
        ),
        (
            [AppearanceRole.ASSERTS, AppearanceRole.CONTRADICTS, AppearanceRole.ASSERTS],
            ClaimStatus.CONTRADICTED,
        ),
        ([AppearanceRole.ASSERTS, AppearanceRole.PRECEDENT], ClaimStatus.ASSERTED),
    ],
)
def test_replay_state_machine(roles, expected):
    apps = [_app(role, day) for day, role in enumerate(roles, 1)]
    assert replay(apps)[0] is expected


def test_replay_order_of_arrival_does_not_matter():
    apps = [
        _app(AppearanceRole.CONTRADICTS, 3),
        _app(AppearanceRole.ASSERTS, 1),
        _app(AppearanceRole.DISPUTES, 2),
    ]
    status, trail = replay(apps)
    assert status is ClaimStatus.CONTRADICTED
    assert [s.status for s in trail] == [ClaimStatus.ASSERTED, ClaimStatus.DISPUTED, ClaimStatus.CONTRADICTED]


def test_replay_goes_stale_without_new_evidence():
    apps = [_app(AppearanceRole.ASSERTS, 1)]
    assert replay(apps, as_of=dt.date(2024, 3, 10), stale_days=14)[0] is ClaimStatus.ASSERTED
    status, trail = replay(apps, as_of=dt.date(2024, 3, 30), stale_days=14)
    assert status is ClaimStatus.UNVERIFIED and trail[-1].role is None


def test_replay_without_assertion_is_an_error():
    with pytest.raises(ValueError):
        replay([_app(AppearanceRole.DISPUTES, 1)])


@pytest.mark.parametrize(
    ("code", "country", "party"),
    [
        ("RUSMIL", None, "RUS"),
        ("NATO", None, "NATO"),
        ("USAGOV", None, "USA"),
        (None, "EST", "EST"),
        (None, None, None),
        ("SDNREB", "SDN", "SDNREB"),  # an armed group is the other side of its country's war
        ("SDNMIL", "SDN", "SDN"),
        ("UKRREB", None, "UKRREB"),
        ("CODOPP", None, "CODOPP"),
        ("SDNREB", "EGY", "EGY"),  # a code of another country does not override the stated country
    ],
)
def test_party_of_folds_codes_to_sides(code, country, party):
    assert party_of(code, country) == party


def test_build_ledger_gives_an_uncoded_spokesman_the_side_of_his_ministry():
    text = (
        "Russia's Defence Ministry said Thursday that some units were returning to their bases. "
        'Ministry spokesman Oleg Varnikov said "the troops are going home".'
    )
    article = Article(
        id="a1",
        text=text,
        body=((0, len(text)),),
        published=dt.date(2024, 3, 7),
        url="https://example.org/a1",
    )

    def st(source: str, speaker: Speaker, content: str) -> Statement:
        s, c = text.index(source), text.index(content)
        return Statement(
            id=f"s{s}",
            source=Span.of(text, s, s + len(source)),
            cue=None,
            content=Span.of(text, c, c + len(content)),
            kind=StatementKind.INDIRECT,
            speaker=speaker,
            sentence=Span.of(text, 0, len(text)),
        )

    ministry = st(
        "Russia's Defence Ministry",
        Speaker(name="Defence Ministry", organization="Defence Ministry"),
        "some units were returning to their bases",
    )
    spokesman = st(
        "Ministry spokesman Oleg Varnikov",
        Speaker(name="Oleg Varnikov", role="Ministry spokesman"),
        "the troops are going home",
    )
    built = build_ledger([Extraction(article=article, statements=(ministry, spokesman))], Settings())
    assert len(built.claims) == 1
    assert [a.party for a in built.claims[0].appearances] == ["RUS", "RUS"]


def test_build_ledger_is_independent_of_arrival_order(ledger):
    shuffled = build_ledger(list(reversed(_extractions())), Settings())
    assert [(c.id, str(ledger.status(c))) for c in ledger.claims] == [
        (c.id, str(shuffled.status(c))) for c in shuffled.claims
    ]
