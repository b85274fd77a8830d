"""One long, invented case that fills a three-page summary: for benchmarks, tests, screenshots.

It is written through the ordinary services (so it is undoable and audited like any case) and
exercises everything a summary prints: names in four scripts plus aliases, identifiers, a
photo, a history mixing the family's account with PRC official claims, notes in Uyghur and
Russian, relatives with different consents, a dozen advocacy steps and annexed documents.
Every name, number and event in it is invented.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from casetracker.domain.enums import Consent
from casetracker.domain.identifiers import kz_iin_check_digit, prc_check_character
from casetracker.services import advocacy, attachments, cases, facilities, reporters, statuses
from casetracker.services.session import Session

NAMES = (
    {"text": "Qaliolla Tursynuly", "script": "Latn", "kind": "passport"},
    {"text": "Қалиолла Тұрсынұлы", "script": "Cyrl", "kind": "primary"},
    {"text": "قالىوللا تۇرسىنۇلى", "script": "Arab", "kind": "primary"},
    {"text": "哈力奥拉·吐尔逊", "script": "Hani", "kind": "primary"},
    {"text": "Khaliolla Tursunov", "script": "Latn", "kind": "alias"},
    {"text": "Калиолла Турсунов", "script": "Cyrl", "kind": "alias"},
)
PRC_ID = "65402119750314123" + prc_check_character("65402119750314123")
_IIN11 = next(f"75031430{n:03d}" for n in range(1, 999) if kz_iin_check_digit(f"75031430{n:03d}")
              is not None)  # fmt: skip
KZ_IIN = _IIN11 + str(kz_iin_check_digit(_IIN11))

DAUGHTER = {"name": "Айгүл Қалиоллақызы", "phone": "+7 701 555 0142", "city": "Almaty"}
SON = {"name": "Ерлан Қалиоллаұлы", "phone": "+7 705 555 0199", "city": "Zharkent"}
WIFE = {"name": "Гүлнар Серікқызы", "phone": "+7 777 555 0123", "city": "Almaty"}

REQUEST = (
    "We ask you to raise the case of Qaliolla Tursynuly with the authorities of the People's "
    "Republic of China at the next bilateral meeting, and to request: (1) confirmation of his "
    "whereabouts and a proof of life that his family can verify, namely a direct video call; "
    "(2) his release and the return of his passport; (3) permission for him to join his wife "
    "and children in Almaty, where he holds a residence permit.\n"
    "The family is willing to meet your staff and can provide originals of every document "
    "listed in the annex."
)
NOTES = (
    "Contact with the daughter is by WhatsApp only; she prefers calls after 18:00. The son "
    "fears for relatives in Tekes and asked not to be named outside the organisation. "
    "قالىوللا تۇرسىنۇلى 2018-يىلى 5-ئاينىڭ 12-كۈنى ئىلى ۋىلايىتىدە تۇتۇلغان."
)

_EVENTS = (
    ("detained_camp", "2017-23", "Tekes County re-education camp No. 1", "family_testimony",
     "confirmed", "", "", "Taken from home at night by township police; told it was 'for "
     "study'. قوشنىلىرى ئۇنىڭ ئېلىپ كېتىلگەنلىكىنى كۆرگەن."),
    ("detained_camp", "2018-05", "Ghulja City vocational training centre", "leaked_list",
     "probable", "", "", "Listed among 'trainees' transferred in May 2018."),
    ("detained_camp", "2018~", "Ghulja City vocational training centre", "prc_official",
     "unverified", "", "", "Foreign ministry spokesperson: 'graduated and living a normal "
     "life'."),
    ("pretrial_detention", "2019-03", "Ili Prefecture detention centre", "family_testimony",
     "probable", "", "", "A released cellmate saw him in March 2019; he had lost weight."),
    ("imprisoned", "2019-11-20", "Xinjiang No. 3 Prison", "document", "confirmed", "15 years",
     "'inciting ethnic hatred'", "Verdict of Ili Intermediate Court seen by the family; no "
     "lawyer of his choice. Приговор вынесен без адвоката по выбору семьи."),
    ("imprisoned", "2020-08", "Xinjiang No. 3 Prison", "proof_of_life_video", "possible",
     "15 years", "", "State television video shows him saying he is 'treated well'; the "
     "family believes he read a script."),
    ("imprisoned", "2021-22", "Xinjiang No. 3 Prison", "media", "possible", "15 years", "",
     "Reported by an international newspaper among prisoners moved to a labour workshop."),
    ("imprisoned", "2023~", "Xinjiang No. 3 Prison", "family_testimony", "probable",
     "15 years", "", "A relative in Tekes was allowed one 10-minute visit; his health is poor."),
    ("released_exit_banned", "2024-04", "", "prc_official", "unverified", "", "",
     "Chinese embassy letter: 'released, free to travel'. The family has had no contact."),
)  # fmt: skip

_STEPS = (
    ("letter", "2018-02-10", 0, "Letter asking the ministry to raise the case", "acknowledged"),
    ("petition", "2018-06", 0, "Petition signed by 40 relatives, handed in at a protest",
     "none"),
    ("un_communication", "2018-11-05", 4, "Urgent action request to the Working Group",
     "more_info_requested"),
    ("un_communication", "2019-02-14", 4, "Additional information sent with family consent",
     "acknowledged"),
    ("meeting", "2019-09-03", 1, "Meeting with a political officer; file handed over",
     "favourable"),
    ("email", "2020-01-20", 2, "Follow-up e-mail after the proof-of-life video", "none"),
    ("media", "2020-10", 8, "Interview with the daughter (name not published)", "none"),
    ("un_communication", "2021-05-17", 5, "Petition under the regular procedure", "denied"),
    ("letter", "2022-03-01", 3, "Request for help with family reunification",
     "acknowledged"),
    ("meeting", "2023-06-12", 1, "Second meeting; asked to raise the case in the dialogue",
     "favourable"),
    ("call", "2024-05-02", 0, "Call after the embassy's 'released' letter", "more_info_requested"),
    ("letter", "2024-09-10", 6, "Submission for the High Commissioner's follow-up report",
     "none"),
)  # fmt: skip

_ORGS = (
    ("Ministry of Foreign Affairs of Kazakhstan", "ministry", "Kazakhstan"),
    ("Embassy of Germany in Astana", "embassy", "Germany"),
    ("Embassy of the United States in Astana", "embassy", "United States"),
    ("Consulate General of France in Almaty", "consulate", "France"),
    ("UN Working Group on Enforced or Involuntary Disappearances", "un_body", ""),
    ("UN Working Group on Arbitrary Detention", "un_body", ""),
    ("Office of the UN High Commissioner for Human Rights", "un_body", ""),
    ("Human rights NGO (example)", "ngo", ""),
    ("International newspaper (example)", "media", ""),
)


def portrait_png(seed: int = 7) -> bytes:
    """A drawn placeholder portrait (no real face), 480 x 600 pixels."""
    img = Image.new("RGB", (480, 600), (196 - seed, 204, 214))
    draw = ImageDraw.Draw(img)
    draw.ellipse((150, 110, 330, 320), fill=(72, 84, 104))
    draw.ellipse((60, 360, 420, 760), fill=(72, 84, 104))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def _created_id(changes) -> int:
    return changes.created_ids[0]


def add_long_case(session: Session, *, consent: Consent = Consent.PUBLIC) -> int:
    """Add the long sample case and return its person id."""
    pid = _created_id(
        cases.create(
            session,
            names=NAMES,
            identifiers=[("prc_resident_id", PRC_ID), ("kz_iin", KZ_IIN), ("passport", "E1234567")],
            sex="male",
            birth_date="1975-03-14",
            ethnicity="kazakh",
            citizenship="PRC citizen; Kazakhstan residence permit since 2012",
            hometown="Ili Prefecture › Tekes County › Aqsu township › village 3, group 2",
            occupation="herder, former teacher at a Kazakh-language school",
            notes=NOTES,
            request=REQUEST,
            consent=consent.value,
        )
    )
    places = {}
    for _status, _date, facility, *_rest in _EVENTS:
        if facility and facility not in places:
            places[facility] = _created_id(facilities.add(session, name=facility, kind="camp"))
    for status, date, facility, source, confidence, sentence, charge, note in _EVENTS:
        statuses.add_event(
            session,
            pid,
            status,
            date=date,
            facility_id=places.get(facility),
            source_type=source,
            confidence=confidence,
            sentence=sentence,
            charge=charge,
            note=note,
        )
    reporters.add_to_person(session, pid, relationship="child", consent="embassy_un", **DAUGHTER)
    reporters.add_to_person(session, pid, relationship="child", consent="internal", **SON)
    reporters.add_to_person(session, pid, relationship="spouse", consent="public", **WIFE)
    orgs = [
        _created_id(advocacy.add_organization(session, name=n, kind=k, country=c))
        for n, k, c in _ORGS
    ]
    officer = _created_id(
        advocacy.add_contact(session, organization_id=orgs[1], name="A. Schmidt", role="Officer")
    )
    for kind, date, org, summary, response in _STEPS:
        advocacy.add_interaction(
            session,
            [pid],
            kind,
            date=date,
            organization_id=orgs[org],
            contact_id=officer if org == 1 else None,
            summary=summary,
            response=response,
        )
    attachments.add(
        session,
        pid,
        "portrait.png",
        portrait_png(),
        caption="Portrait, 2016",
        source_note="Family photo sent by the daughter",
    )
    for name, caption in (
        ("verdict-2019-11-20.pdf", "Court verdict (copy photographed by a relative)"),
        ("residence-permit.pdf", "Kazakhstan residence permit"),
        ("embassy-letter-2024.pdf", "Letter of the PRC embassy, April 2024"),
    ):
        data = f"%PDF-1.4\n% invented sample document: {name}\n".encode()
        attachments.add(session, pid, name, data, caption=caption, source_note="Family archive")
    return pid
