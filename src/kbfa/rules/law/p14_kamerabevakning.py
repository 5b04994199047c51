"""14 § lag (2023:196): the municipality may run camera surveillance (from 2025-04-01).

Reference (https://lagen.nu/2023:196#P14, added by SFS 2025:223, in force
2025-04-01 per bet. 2024/25:JuU27): a municipality "får" run camera surveillance to
help make places in the municipality to which the public has access safe and secure.
A permission, not a duty, so KBFA-L14A only informs and can never be a breach:

- 14 § covers places the public has access to; premises the public has no access
  to need another legal basis;
- the same reform removed the permit requirement of kamerabevakningslagen
  (2018:1200); the municipality now makes its own assessment under that law and the
  data protection regulation (GDPR), so a policy should cite kamerabevakningslagen.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import CameraPlace, Strength
from kbfa.rules._context import Context
from kbfa.rules._rule import CAMERA_IN_FORCE, Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN

__all__ = ["RULES"]

M: Catalogue = {
    "none": {
        "sv": "Styrdokumentet tar inte upp kamerabevakning; 14 § ger kommunen en rätt, ingen "
        "skyldighet.",
        "en": "The steering document does not deal with camera surveillance; s. 14 gives the "
        "municipality a right, not a duty.",
    },
    "public": {
        "sv": "Kamerabevakningen avser platser dit allmänheten har tillträde, som 14 § gäller.",
        "en": "The camera surveillance concerns places the public has access to, as s. 14 does.",
    },
    "places_unstated": {
        "sv": "Det är inte registrerat vilka slags platser kamerabevakningen avser; 14 § gäller "
        "platser dit allmänheten har tillträde.",
        "en": "It is not recorded which kinds of places the surveillance concerns; s. 14 covers "
        "places the public has access to.",
    },
    "not_public": {
        "sv": "Kamerabevakningen kan enligt styrdokumentet avse även platser eller lokaler dit "
        "allmänheten inte har tillträde. Där ger 14 § ingen grund; det krävs annan rättslig "
        "grund enligt kamerabevakningslagen (2018:1200) och dataskyddsförordningen.",
        "en": "According to the steering document the surveillance may also concern places or "
        "premises the public has no access to. There s. 14 gives no basis; another legal basis "
        "under the Camera Surveillance Act (2018:1200) and the GDPR is needed.",
    },
    "law_cited": {
        "sv": "Styrdokumentet hänvisar till kamerabevakningslagen.",
        "en": "The steering document cites the Camera Surveillance Act.",
    },
    "law_not_cited": {
        "sv": "Styrdokumentet hänvisar inte till kamerabevakningslagen (2018:1200). Sedan den 1 "
        "april 2025 behövs inget tillstånd för kommunens kamerabevakning av platser dit "
        "allmänheten har tillträde; kommunen gör själv bedömningen enligt den lagen och "
        "dataskyddsförordningen.",
        "en": "The steering document does not cite the Camera Surveillance Act (2018:1200). "
        "Since 1 April 2025 no permit is needed; the municipality makes its own assessment "
        "under that Act and the GDPR.",
    },
}

_LAW_NAMES = ("kamerabevakningslag", "2018:1200")


def _camera(ctx: Context) -> Iterator[Outcome]:
    cam = ctx.g.camera_surveillance
    if cam is None:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("camera_surveillance",), ctx.say(M, "none"))
        return
    places = ("camera_surveillance", "places")
    if CameraPlace.NOT_PUBLIC in cam.places:
        msg = ctx.say(M, "not_public")
        yield Outcome(Verdict.DELVIS, places, msg, situation=Situation.CONTRARY)
    elif CameraPlace.PUBLIC in cam.places:
        yield Outcome(Verdict.UPPFYLLT, places, ctx.say(M, "public"))
    else:
        msg = ctx.say(M, "places_unstated")
        yield Outcome(Verdict.EJ_BEDOMBART, places, msg, situation=Situation.UNRECORDED)
    cited = any(name in text.lower() for text in cam.legal_framework for name in _LAW_NAMES)
    path = ("camera_surveillance", "legal_framework")
    if cited:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "law_cited"))
    else:
        msg = ctx.say(M, "law_not_cited")
        yield Outcome(Verdict.DELVIS, path, msg, situation=Situation.MISSING_STEP)


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L14A",
        law(14),
        strength=Strength.MUST,
        level=DESIGN,
        duty=None,
        informational=True,
        in_force=CAMERA_IN_FORCE,
        title=(
            "Kamerabevakning av platser dit allmänheten har tillträde",
            "Camera surveillance of places open to the public",
        ),
        paraphrase=(
            "Kommunen får bedriva kamerabevakning för att verka för att platser i kommunen dit "
            "allmänheten har tillträde är trygga och säkra (14 §, från den 1 april 2025). Det "
            "är en rätt, inte en skyldighet, så regeln rapporteras bara som information: för "
            "lokaler dit allmänheten inte har tillträde krävs annan rättslig grund, och "
            "kommunen gör själv bedömningen enligt kamerabevakningslagen (2018:1200) och "
            "dataskyddsförordningen.",
            "The municipality may run camera surveillance of places open to the public (s. 14, "
            "from 1 April 2025). A right, not a duty, so the rule only informs: premises not open "
            "to the public need another legal basis, and the municipality makes its own "
            "assessment under the Camera Surveillance Act and the GDPR.",
        ),
        satisfied=(
            '[camera_surveillance].places är bara "public" och legal_framework nämner '
            "kamerabevakningslagen.",
            '[camera_surveillance].places is only "public" and legal_framework cites the Camera '
            "Surveillance Act.",
        ),
        fix=(
            "Avgränsa kamerabevakningen enligt 14 § till platser dit allmänheten har tillträde, "
            "ange annan rättslig grund för övriga lokaler, och hänvisa till "
            "kamerabevakningslagen (2018:1200).",
            "Limit surveillance under s. 14 to places open to the public, state another legal "
            "basis for other premises, and cite the Camera Surveillance Act (2018:1200).",
        ),
        action=(
            "{Lead} ser till att kamerabevakning enligt 14 § bara avser platser dit "
            "allmänheten har tillträde, och att styrdokumentet hänvisar till "
            "kamerabevakningslagen (2018:1200).",
            "{Lead} sees to it that camera surveillance under s. 14 covers only places open "
            "to the public, and that the steering document cites the Camera Surveillance Act "
            "(2018:1200).",
        ),
        check=_camera,
    ),
)
