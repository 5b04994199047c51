"""Structures seen elsewhere in Sweden fit the model by configuration alone.

Each class writes the structure as TOML, the way a coordinator would, loads it and
checks that the model holds what the text says. The organisations are made up: no
fact here describes a real municipality.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kbfa.config import dump_text, loads
from kbfa.errors import ConfigError
from kbfa.model import (
    BodyKind,
    Cadence,
    Count,
    Governance,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
    Period,
    Season,
    SeasonCount,
    Window,
)
from kbfa.outputs.summary import render_summary


def _load(text: str) -> Governance:
    g = loads(text, filename="variation.toml").governance
    # Every variation must also survive a write and a load unchanged.
    assert loads(dump_text(g)).governance == g
    return g


REGION = """\
[municipality]
name = "Region Exempelö"
organisation = "region"

[[organisations]]
id = "region"
name = "Region Exempelö"
kind = "region"

[[bodies]]
id = "rf"
name = "Regionfullmäktige"
kind = "assembly"

[[bodies]]
id = "rs"
name = "Regionstyrelsen"
kind = "executive_board"

[leadership]
body = "rs"
assembly = "rf"
reporting = [{ to = "rf", cadence = { times = 2, per = "year" } }]
"""


class TestRegionActingAsMunicipality:
    def test_own_organisation_is_a_region(self) -> None:
        """A region can be the organisation the config describes."""
        g = _load(REGION)
        own = g.own_organisation
        assert own is not None and own.kind is OrganisationKind.REGION

    def test_regionstyrelsen_leads_and_reports_to_regionfullmaktige(self) -> None:
        """The regionstyrelse leads the work (13 §) and reports to the regionfullmäktige."""
        g = _load(REGION)
        assert g.leadership is not None
        lead, assembly = g.body(g.leadership.body), g.body("rf")
        assert lead is not None and lead.kind is BodyKind.EXECUTIVE_BOARD
        assert assembly is not None and assembly.kind is BodyKind.ASSEMBLY
        assert [(r.to, r.cadence) for r in g.leadership.reporting] == [
            ("rf", Cadence(times=Count(2), per=Per.YEAR))
        ]

    def test_summary_names_the_region_bodies(self) -> None:
        """`kbfa show` names the regionstyrelse as leading and the regionfullmäktige as recipient."""
        text = render_summary(_load(REGION))
        assert "Leder arbetet: Regionstyrelsen" in text
        assert "Rapporterar till: Regionfullmäktige (två gånger per år)" in text


JOINT_COMMITTEE = """\
[municipality]
name = "Ekby kommun"
organisation = "ekby"

[[organisations]]
id = "ekby"
name = "Ekby kommun"
kind = "kommun"

[[organisations]]
id = "aby"
name = "Åby kommun"
kind = "kommun"
categories = ["neighbouring_municipality"]

[[organisations]]
id = "trygghetsnamnden"
name = "Gemensam nämnd för trygghet och säkerhet"
kind = "joint_committee"
hosted_by = "aby"

[[roles]]
id = "samordnare"
title = "Brottsförebyggande samordnare"
organisation = "trygghetsnamnden"

[coordination]
held_by = ["samordnare"]
organisation = "trygghetsnamnden"
placement = "Anställd av den gemensamma nämnden, värdkommun Åby"
tasks = ["coordinate_support", "contact_point", "inform_public"]
"""


class TestCoordinatorInJointCommittee:
    def test_coordinator_is_employed_by_the_joint_committee(self) -> None:
        """The coordination function is held by a role of a gemensam nämnd."""
        g = _load(JOINT_COMMITTEE)
        assert g.coordination is not None
        (holder,) = g.coordination.held_by
        role = g.role(holder)
        assert role is not None and role.organisation == "trygghetsnamnden"
        committee = g.organisation(role.organisation)
        assert committee is not None and committee.kind is OrganisationKind.JOINT_COMMITTEE

    def test_joint_committee_is_hosted_by_the_neighbour(self) -> None:
        """The gemensam nämnd is hosted by a neighbouring municipality, not by the config's own."""
        g = _load(JOINT_COMMITTEE)
        committee = g.organisation("trygghetsnamnden")
        assert committee is not None and committee.hosted_by == "aby"
        host = g.organisation("aby")
        assert host is not None and PartnerCategory.NEIGHBOURING_MUNICIPALITY in host.categories
        assert {o.id for o in g.partners} == {"aby", "trygghetsnamnden"}

    def test_unknown_host_is_an_error(self) -> None:
        """A host that is not an organisation of the config is reported with its key path."""
        text = JOINT_COMMITTEE.replace('hosted_by = "aby"', 'hosted_by = "abby"')
        with pytest.raises(ConfigError) as info:
            loads(text, filename="variation.toml")
        assert any("organisations[2].hosted_by" in str(p) for p in info.value.problems)


COUNCIL = """\
[municipality]
name = "Ekby kommun"
organisation = "ekby"

[[organisations]]
id = "ekby"
name = "Ekby kommun"
kind = "kommun"

[[organisations]]
id = "polisen"
name = "Polismyndigheten, lokalpolisområde Ekby"
kind = "police"
categories = ["police"]

[[organisations]]
id = "lansstyrelsen"
name = "Länsstyrelsen"
kind = "county_board"
categories = ["county_board"]

[[roles]]
id = "kso"
title = "Kommunstyrelsens ordförande"
organisation = "ekby"
senior = true

[[roles]]
id = "kso-vice"
title = "Kommunstyrelsens vice ordförande"
organisation = "ekby"
senior = true

[[roles]]
id = "lpo-chef"
title = "Lokalpolisområdeschef"
organisation = "polisen"
senior = true

[[roles]]
id = "lpo-stf"
title = "Biträdande lokalpolisområdeschef"
organisation = "polisen"
senior = true

[[roles]]
id = "samordnare"
title = "Brottsförebyggande samordnare"
organisation = "ekby"

[[roles]]
id = "lansstyrelsen-handlaggare"
title = "Handläggare för brottsförebyggande frågor"
organisation = "lansstyrelsen"

[[bodies]]
id = "ks"
name = "Kommunstyrelsen"
kind = "executive_board"

[[bodies]]
id = "rad"
name = "Strategiskt råd"
kind = "strategic_council"
chair = "kso"
chair_appointed_by = "ks"
convener = "samordnare"
convener_appointed_by = "polisen"
members = [
  { role = "kso", substitute = "kso-vice" },
  { role = "lpo-chef", substitute = "lpo-stf" },
  { role = "samordnare" },
  { role = "lansstyrelsen-handlaggare", participation = "offered" },
]
"""


class TestCouncilSeats:
    def test_seats_held_by_office_with_personal_substitutes(self) -> None:
        """Each seat belongs to an office, and each office can have its own substitute."""
        council = _load(COUNCIL).body("rad")
        assert council is not None
        substitutes = {m.role: m.substitute for m in council.members}
        assert substitutes == {
            "kso": "kso-vice",
            "lpo-chef": "lpo-stf",
            "samordnare": None,
            "lansstyrelsen-handlaggare": None,
        }

    def test_a_seat_only_offered(self) -> None:
        """A partner's seat can be offered without being counted as taken."""
        council = _load(COUNCIL).body("rad")
        assert council is not None
        offered = [m.role for m in council.members if m.participation is Participation.OFFERED]
        assert offered == ["lansstyrelsen-handlaggare"]

    def test_chair_and_convener_appointed_by_different_bodies(self) -> None:
        """The chair can be appointed by the kommunstyrelse and the convener by the police."""
        council = _load(COUNCIL).body("rad")
        assert council is not None
        assert (council.chair, council.chair_appointed_by) == ("kso", "ks")
        assert (council.convener, council.convener_appointed_by) == ("samordnare", "polisen")


SEVERAL_CADENCES = """\
[municipality]
name = "Ekby kommun"
organisation = "ekby"

[[organisations]]
id = "ekby"
name = "Ekby kommun"
kind = "kommun"

[[bodies]]
id = "ks"
name = "Kommunstyrelsen"
kind = "executive_board"

[[deliverables]]
id = "lagesbild"
kind = "lagesbild"
title = "Lägesbild"
cadence = [
  { times = 1, per = "week", note = "Operativ lägesbild" },
  { times = 1, per = "tertial", note = "Taktisk lägesbild" },
  { times = 1, per = "year", window = "year_end", note = "Strategisk lägesbild" },
]
recipients = [{ to = "ks", cadence = { times = 1, per = "year", window = "tertial_3" } }]
"""


class TestDeliverableWithSeveralCadences:
    def test_weekly_tertial_and_yearly_at_once(self) -> None:
        """One lägesbild can be produced weekly, per tertial and yearly at the same time."""
        (b,) = _load(SEVERAL_CADENCES).deliverables
        assert [(c.per, c.window) for c in b.cadence] == [
            (Per.WEEK, None),
            (Per.TERTIAL, None),
            (Per.YEAR, Window.YEAR_END),
        ]
        assert [c.note for c in b.cadence] == [
            "Operativ lägesbild",
            "Taktisk lägesbild",
            "Strategisk lägesbild",
        ]


SEASONS = """\
[municipality]
name = "Ekby kommun"
organisation = "ekby"

[[organisations]]
id = "ekby"
name = "Ekby kommun"
kind = "kommun"

[[bodies]]
id = "ks"
name = "Kommunstyrelsen"
kind = "executive_board"

[[bodies]]
id = "bra"
name = "Brottsförebyggande rådet"
kind = "preparatory_group"
cadence = [{ times = 3, per = "year", seasons = [{ season = "spring", times = 2 }, { season = "autumn", times = 1 }] }]

[[deliverables]]
id = "atgardsplan"
kind = "atgardsplan"
title = "Åtgärdsplan"
cadence = [{ times = 1, per = "year", window = "autumn" }]
recipients = [{ to = "ks", cadence = { times = 1, per = "year", window = "spring" } }]
"""


class TestSeasonalWindows:
    def test_meetings_split_over_spring_and_autumn(self) -> None:
        """Meetings can be counted per season rather than per calendar quarter."""
        body = _load(SEASONS).body("bra")
        assert body is not None
        (cadence,) = body.cadence
        assert cadence.seasons == (
            SeasonCount(Season.SPRING, Count(2)),
            SeasonCount(Season.AUTUMN, Count(1)),
        )

    def test_due_in_a_season(self) -> None:
        """A deliverable can fall due in the autumn and be presented in the spring."""
        plan = _load(SEASONS).deliverable("atgardsplan")
        assert plan is not None
        assert plan.cadence[0].window is Window.AUTUMN
        recipient = plan.recipients[0].cadence
        assert recipient is not None and recipient.window is Window.SPRING

    def test_seasons_must_add_up(self) -> None:
        """Season counts that do not add up to the cadence are an error at the seasons key."""
        text = SEASONS.replace(
            '{ season = "autumn", times = 1 }', '{ season = "autumn", times = 2 }'
        )
        with pytest.raises(ConfigError) as info:
            loads(text, filename="variation.toml")
        assert any("bodies[1].cadence[0].seasons" in str(p) for p in info.value.problems)


THREE_PARTIES = """\
[municipality]
name = "Ekby kommun"
organisation = "ekby"

[[organisations]]
id = "ekby"
name = "Ekby kommun"
kind = "kommun"

[[organisations]]
id = "polisen"
name = "Polismyndigheten, lokalpolisområde Ekby"
kind = "police"
categories = ["police"]

[[organisations]]
id = "lansstyrelsen"
name = "Länsstyrelsen"
kind = "county_board"
categories = ["county_board"]

[[roles]]
id = "kso"
title = "Kommunstyrelsens ordförande"
organisation = "ekby"

[[roles]]
id = "lpo-chef"
title = "Lokalpolisområdeschef"
organisation = "polisen"

[[roles]]
id = "landshovding"
title = "Landshövding"
organisation = "lansstyrelsen"

[[bodies]]
id = "rad"
name = "Strategiskt råd"
kind = "strategic_council"

[[agreements]]
id = "trepartsavtal"
title = "Överenskommelse om samverkan mot våldsbejakande extremism"
parties = ["ekby", "polisen", "lansstyrelsen"]
purposes = ["Förebygga våldsbejakande extremism"]
areas = ["Skola", "Föreningsliv"]
signatories = ["kso", "lpo-chef", "landshovding"]
period = { start = 2025-01-01, end = 2027-06-30 }
placement = ["rad"]
placement_role = "Länsstyrelsen deltar i rådet två gånger per år."
"""


class TestThreePartyAgreement:
    def test_three_parties_including_the_county_board(self) -> None:
        """An agreement can bind the municipality, the police and the county board."""
        g = _load(THREE_PARTIES)
        (a,) = g.agreements
        assert a.parties == ("ekby", "polisen", "lansstyrelsen")
        kinds = [o.kind for p in a.parties if (o := g.organisation(p)) is not None]
        assert OrganisationKind.COUNTY_BOARD in kinds
        assert a.signatories == ("kso", "lpo-chef", "landshovding")

    def test_fixed_end_date(self) -> None:
        """The agreement ends on a fixed date that is not a year end."""
        (a,) = _load(THREE_PARTIES).agreements
        assert a.period == Period(start=dt.date(2025, 1, 1), end=dt.date(2027, 6, 30))

    def test_end_before_start_is_an_error(self) -> None:
        """A period that ends before it starts is reported at the agreement's period."""
        text = THREE_PARTIES.replace("end = 2027-06-30", "end = 2024-06-30")
        with pytest.raises(ConfigError) as info:
            loads(text, filename="variation.toml")
        assert any("agreements[0].period.end" in str(p) for p in info.value.problems)


PER_MEASURE = """\
[municipality]
name = "Ekby kommun"
organisation = "ekby"

[[organisations]]
id = "ekby"
name = "Ekby kommun"
kind = "kommun"

[[roles]]
id = "fritidschef"
title = "Fritidschef"
organisation = "ekby"

[[bodies]]
id = "beredning"
name = "Beredningsgrupp"
kind = "preparatory_group"

[[bodies]]
id = "atgardsgrupper"
name = "Åtgärdsgrupper"
kind = "working_group"
permanent = false
any_number = true
created_by = "beredning"
created_per = "åtgärd"

[[deliverables]]
id = "atgardsplan"
kind = "atgardsplan"
title = "Åtgärdsplan"

[[measures]]
id = "nattvandring"
title = "Nattvandring i centrum"
owner = "fritidschef"
plan = "atgardsplan"

[[measures]]
id = "belysning"
title = "Bättre belysning vid busstorget"
plan = "atgardsplan"
"""


class TestWorkingGroupsPerMeasure:
    def test_one_group_per_measure_set_up_by_the_preparatory_group(self) -> None:
        """Temporary working groups can be created one per measure, in any number."""
        groups = _load(PER_MEASURE).body("atgardsgrupper")
        assert groups is not None
        assert (groups.permanent, groups.any_number) == (False, True)
        assert (groups.created_by, groups.created_per) == ("beredning", "åtgärd")

    def test_measures_belong_to_the_plan(self) -> None:
        """The measures the groups are created for are items of the åtgärdsplan."""
        g = _load(PER_MEASURE)
        assert [m.plan for m in g.measures] == ["atgardsplan", "atgardsplan"]
