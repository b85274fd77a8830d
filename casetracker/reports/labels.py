"""Words printed on case summaries, in English, Russian and Kazakh (Cyrillic).

A plain data table, not Qt translations: reports run from the command line and in worker
threads where no QTranslator is installed, and the language of a summary is chosen per export
(a volunteer working in Kazakh prints for an embassy in English). Stored values never change
with the language; only this table turns them into words. Names and free text stay as recorded.

Russian past participles and nationality nouns agree with the person's sex ("Осуждён" /
"Осуждена"); such entries hold a (male, female, unknown) triple and :func:`enum_label` picks one.
"""

from __future__ import annotations

from enum import StrEnum

from casetracker.domain.enums import (
    Confidence,
    Consent,
    Direction,
    Ethnicity,
    InteractionKind,
    NameKind,
    Relationship,
    ReportLevel,
    Response,
    Script,
    Sex,
    SourceType,
    Status,
)
from casetracker.domain.identifiers import IdentifierType

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

Gendered = tuple[str, str, str]  # male, female, unknown

# --- headings and phrases -------------------------------------------------------------------

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Case summary",
        "combined_title": "Case summaries",
        "prepared": "Prepared",
        "prepared_by": "Prepared by",
        "prepared_for": "Prepared for",
        "level": "Level",
        "page_of": "Page {page} of {pages}",
        "document_page": "document page {page} of {pages}",
        "names": "Names",
        "identity": "Identity",
        "status": "Current status",
        "timeline": "Detention and status history",
        "status_col": "Status",
        "family": "Family members reporting the case",
        "steps": "Steps already taken",
        "request": "Request",
        "background": "Background (internal)",
        "annex": "Annex: documents kept with the case",
        "consent": "Consent and risk",
        "sex": "Sex",
        "born": "Born",
        "age": "Age",
        "ethnicity": "Ethnicity",
        "citizenship": "Citizenship / residence",
        "hometown": "Hometown",
        "occupation": "Occupation",
        "as_of": "As of",
        "source": "Source",
        "confidence": "Confidence",
        "place": "Place",
        "sentence": "Sentence",
        "charge": "Charge",
        "family_account": "Account of the family and other sources",
        "prc_account": "PRC official statement",
        "prc_note": "Claim by PRC officials, not verified; shown beside the family's account.",
        "no_status": "No information about the current status has been recorded yet.",
        "date": "Date",
        "facility": "Facility / place",
        "details": "Sentence, charge, notes",
        "date_unknown": "date unknown",
        "name": "Name",
        "relationship": "Relationship",
        "phone": "Phone",
        "city": "City",
        "reporter_consent": "Consent",
        "step": "Step",
        "organisation": "Organisation",
        "summary": "Summary",
        "response": "Response",
        "file": "File",
        "description": "Description",
        "sha256": "SHA-256",
        "size": "Size",
        "photo_source": "Photo source",
        "none": "None recorded.",
        "no_family_shown": "Family members are not named in this version.",
        "cover_cases": "Cases in this document",
        "ref": "Reference",
        "page": "Page",
        "cover": "Cover",
        "withheld": "[withheld]",
        "cases_count": "{count} cases",
        "public_blurb": "For publication.",
    },
    "ru": {
        "title": "Сводка по делу",
        "combined_title": "Сводки по делам",
        "prepared": "Дата подготовки",
        "prepared_by": "Подготовлено",
        "prepared_for": "Для",
        "level": "Уровень",
        "page_of": "Стр. {page} из {pages}",
        "document_page": "стр. документа {page} из {pages}",
        "names": "Имена",
        "identity": "Личные данные",
        "status": "Текущее положение",
        "timeline": "Задержание и история положения",
        "status_col": "Положение",
        "family": "Родственники, сообщившие о деле",
        "steps": "Уже предпринятые шаги",
        "request": "Просьба",
        "background": "Справка (внутренняя)",
        "annex": "Приложение: документы по делу",
        "consent": "Согласие и риски",
        "sex": "Пол",
        "born": "Дата рождения",
        "age": "Возраст",
        "ethnicity": "Национальность",
        "citizenship": "Гражданство / вид на жительство",
        "hometown": "Место жительства в СУАР",
        "occupation": "Род занятий",
        "as_of": "По состоянию на",
        "source": "Источник",
        "confidence": "Достоверность",
        "place": "Место",
        "sentence": "Приговор",
        "charge": "Обвинение",
        "family_account": "Сведения семьи и других источников",
        "prc_account": "Официальное заявление КНР",
        "prc_note": "Утверждение официальных лиц КНР, не проверено; приведено рядом со "
        "сведениями семьи.",
        "no_status": "Сведений о текущем положении пока нет.",
        "date": "Дата",
        "facility": "Учреждение / место",
        "details": "Приговор, обвинение, примечания",
        "date_unknown": "дата неизвестна",
        "name": "Имя",
        "relationship": "Родство",
        "phone": "Телефон",
        "city": "Город",
        "reporter_consent": "Согласие",
        "step": "Шаг",
        "organisation": "Организация",
        "summary": "Содержание",
        "response": "Ответ",
        "file": "Файл",
        "description": "Описание",
        "sha256": "SHA-256",
        "size": "Размер",
        "photo_source": "Источник фото",
        "none": "Нет записей.",
        "no_family_shown": "В этой версии родственники не названы.",
        "cover_cases": "Дела в этом документе",
        "ref": "Номер дела",
        "page": "Стр.",
        "cover": "Обложка",
        "withheld": "[скрыто]",
        "cases_count": "дел: {count}",
        "public_blurb": "Для публикации.",
    },
    "kk": {
        "title": "Іс бойынша анықтама",
        "combined_title": "Істер бойынша анықтамалар",
        "prepared": "Дайындалған күні",
        "prepared_by": "Дайындаған",
        "prepared_for": "Кімге",
        "level": "Деңгейі",
        "page_of": "{pages} беттің {page}-беті",
        "document_page": "құжаттың {pages} бетінің {page}-беті",
        "names": "Аты-жөні",
        "identity": "Жеке деректер",
        "status": "Қазіргі жағдайы",
        "timeline": "Ұсталуы және жағдайының тарихы",
        "status_col": "Жағдайы",
        "family": "Іс туралы хабарлаған туыстары",
        "steps": "Жасалған қадамдар",
        "request": "Өтініш",
        "background": "Анықтама (ішкі)",
        "annex": "Қосымша: іске тіркелген құжаттар",
        "consent": "Келісім және қауіп",
        "sex": "Жынысы",
        "born": "Туған күні",
        "age": "Жасы",
        "ethnicity": "Ұлты",
        "citizenship": "Азаматтығы / тұру мәртебесі",
        "hometown": "Туған жері",
        "occupation": "Кәсібі",
        "as_of": "Мәлімет күні",
        "source": "Дереккөзі",
        "confidence": "Сенімділігі",
        "place": "Орны",
        "sentence": "Үкім",
        "charge": "Айып",
        "family_account": "Отбасы мен басқа дереккөздердің мәліметі",
        "prc_account": "ҚХР ресми мәлімдемесі",
        "prc_note": "ҚХР шенеуніктерінің тексерілмеген мәлімдемесі; отбасының мәліметімен "
        "қатар берілді.",
        "no_status": "Қазіргі жағдайы туралы мәлімет әлі жоқ.",
        "date": "Күні",
        "facility": "Мекеме / орны",
        "details": "Үкім, айып, ескертпе",
        "date_unknown": "күні белгісіз",
        "name": "Аты-жөні",
        "relationship": "Туыстығы",
        "phone": "Телефоны",
        "city": "Қаласы",
        "reporter_consent": "Келісімі",
        "step": "Қадам",
        "organisation": "Ұйым",
        "summary": "Мазмұны",
        "response": "Жауап",
        "file": "Файл",
        "description": "Сипаттамасы",
        "sha256": "SHA-256",
        "size": "Көлемі",
        "photo_source": "Сурет дереккөзі",
        "none": "Жазба жоқ.",
        "no_family_shown": "Бұл нұсқада туыстардың аты аталмайды.",
        "cover_cases": "Осы құжаттағы істер",
        "ref": "Іс нөмірі",
        "page": "Бет",
        "cover": "Мұқаба",
        "withheld": "[жасырылған]",
        "cases_count": "{count} іс",
        "public_blurb": "Жариялауға болады.",
    },
}

# --- the consent and risk statement ---------------------------------------------------------

#: Keys: ``person.<consent>`` (the person's consent), ``level.<level>``, and phrases.
_CONSENT: dict[str, dict[str, str]] = {
    "en": {
        "person.public": "The family consented to this case being made public.",
        "person.embassy_un": "The family consented to this case being shared with governments, "
        "embassies and UN bodies. It is not for publication.",
        "person.internal": "The family has not consented to this case being shared outside "
        "the organisation that prepared it.",
        "level.public": "This public version leaves out identity document numbers and the "
        "names and contact details of family members.",
        "level.embassy": "This version names the family members who agreed to it but "
        "leaves out their contact details; the organisation that prepared it can put you in "
        "touch with them if they agree.",
        "level.internal": "Internal version with the contact details of family members: "
        "do not pass it on.",
        "withheld_reporters": "Family members who did not consent to this level of sharing "
        "are left out.",
        "prc": 'Statements by PRC officials (including state-made "proof-of-life" videos) are '
        "marked as such and shown beside the family's account; they have not been verified.",
        "risk": "Relatives in Xinjiang and in Kazakhstan may face reprisals. Please do not "
        "publish personal details or pass this document on beyond its purpose without "
        "consulting the organisation that prepared it.",
    },
    "ru": {
        "person.public": "Семья согласна на публичное освещение этого дела.",
        "person.embassy_un": "Семья согласна на передачу сведений о деле правительствам, "
        "посольствам и органам ООН. Не для публикации.",
        "person.internal": "Семья не давала согласия на передачу сведений о деле за пределы "
        "подготовившей их организации.",
        "level.public": "В этой публичной версии нет номеров документов, имён и "
        "контактов родственников.",
        "level.embassy": "В этой версии названы родственники, давшие на это согласие, "
        "но нет их контактов; связаться с ними с их согласия можно через организацию, "
        "подготовившую сводку.",
        "level.internal": "Внутренняя версия с контактами родственников: не передавайте "
        "её третьим лицам.",
        "withheld_reporters": "Родственники, не давшие согласия на такой уровень, не указаны.",
        "prc": "Заявления официальных лиц КНР (в том числе снятые государством видео "
        "«доказательства жизни») отмечены как таковые и приведены рядом со сведениями семьи; "
        "они не проверены.",
        "risk": "Родственникам в Синьцзяне и в Казахстане могут угрожать преследования. "
        "Пожалуйста, не публикуйте личные данные и не передавайте этот документ дальше без "
        "согласования с подготовившей его организацией.",
    },
    "kk": {
        "person.public": "Отбасы бұл істі жария етуге келісті.",
        "person.embassy_un": "Отбасы іс туралы мәліметті үкіметтерге, елшіліктерге және БҰҰ "
        "органдарына беруге келісті. Жариялауға болмайды.",
        "person.internal": "Отбасы іс туралы мәліметті оны дайындаған ұйымнан тыс беруге "
        "келіскен жоқ.",
        "level.public": "Бұл жария нұсқада құжат нөмірлері, туыстардың аты-жөні мен "
        "байланыс деректері жоқ.",
        "level.embassy": "Бұл нұсқада келісім берген туыстардың аты аталады, бірақ "
        "байланыс деректері жоқ; олардың келісімімен құжатты дайындаған ұйым арқылы "
        "байланысуға болады.",
        "level.internal": "Туыстардың байланыс деректері бар ішкі нұсқа: басқа біреуге бермеңіз.",
        "withheld_reporters": "Бұл деңгейге келісім бермеген туыстар көрсетілмеген.",
        "prc": "ҚХР шенеуніктерінің мәлімдемелері (мемлекет түсірген «тірі екенінің "
        "дәлелі» бейнежазбаларын қоса) белгіленіп, отбасының мәліметімен қатар берілді; олар "
        "тексерілмеген.",
        "risk": "Шыңжаңдағы және Қазақстандағы туыстарға қысым көрсетілуі мүмкін. Жеке "
        "деректерді жарияламаңыз және бұл құжатты оны дайындаған ұйымның келісімінсіз "
        "басқа мақсатқа бермеңіз.",
    },
}

# --- vocabularies ---------------------------------------------------------------------------

_ENUM_ROWS: dict[str, list[tuple[StrEnum, str | Gendered]]] = {
    "en": [
        (Status.DETAINED_CAMP, "Detained in a camp"),
        (Status.PRETRIAL, "Pre-trial detention"),
        (Status.IMPRISONED, "Sentenced / in prison"),
        (Status.HOUSE_ARREST, "House arrest"),
        (Status.FORCED_LABOUR, "Forced labour"),
        (Status.EXIT_BANNED, "Released, cannot leave China"),
        (Status.RELEASED, "Released"),
        (Status.LEFT_CHINA, "Allowed to leave China"),
        (Status.ARRIVED_KZ, "Arrived in Kazakhstan"),
        (Status.DIED, "Died"),
        (Status.DISAPPEARED, "Disappeared / whereabouts unknown"),
        (Status.UNKNOWN, "Unknown"),
        (SourceType.FAMILY, "Family testimony"),
        (SourceType.DOCUMENT, "Document"),
        (SourceType.MEDIA, "Media"),
        (SourceType.LEAKED_LIST, "Leaked official list"),
        (SourceType.PRC_OFFICIAL, "PRC official statement"),
        (SourceType.PROOF_OF_LIFE, 'PRC "proof-of-life" video'),
        (SourceType.OTHER, "Other"),
        (Confidence.CONFIRMED, "Confirmed"),
        (Confidence.PROBABLE, "Probable"),
        (Confidence.POSSIBLE, "Possible"),
        (Confidence.UNVERIFIED, "Unverified"),
        (Sex.MALE, "Male"),
        (Sex.FEMALE, "Female"),
        (Sex.UNKNOWN, "Not known"),
        (Consent.INTERNAL, "Internal use only"),
        (Consent.EMBASSY, "Embassies and UN"),
        (Consent.PUBLIC, "Public"),
        (ReportLevel.PUBLIC, "Public"),
        (ReportLevel.EMBASSY, "Embassies and UN bodies"),
        (ReportLevel.INTERNAL, "Internal"),
        (Relationship.SPOUSE, "Spouse"),
        (Relationship.CHILD, "Son or daughter"),
        (Relationship.PARENT, "Parent"),
        (Relationship.SIBLING, "Brother or sister"),
        (Relationship.GRANDCHILD, "Grandchild"),
        (Relationship.GRANDPARENT, "Grandparent"),
        (Relationship.NEPHEW_NIECE, "Nephew or niece"),
        (Relationship.UNCLE_AUNT, "Uncle or aunt"),
        (Relationship.COUSIN, "Cousin"),
        (Relationship.IN_LAW, "In-law"),
        (Relationship.OTHER_RELATIVE, "Other relative"),
        (Relationship.FRIEND, "Friend or neighbour"),
        (Relationship.SELF, "The person themself"),
        (Relationship.OTHER, "Other"),
        (InteractionKind.LETTER, "Letter"),
        (InteractionKind.EMAIL, "E-mail"),
        (InteractionKind.MEETING, "Meeting"),
        (InteractionKind.CALL, "Phone call"),
        (InteractionKind.PETITION, "Petition"),
        (InteractionKind.UN_COMMUNICATION, "UN communication"),
        (InteractionKind.MEDIA, "Media"),
        (Direction.OUTGOING, "sent"),
        (Direction.INCOMING, "received"),
        (Response.NONE, "No response"),
        (Response.ACKNOWLEDGED, "Acknowledged"),
        (Response.DENIED, "Denied"),
        (Response.MORE_INFO, "Asked for more information"),
        (Response.FAVOURABLE, "Favourable"),
        (IdentifierType.PRC_RESIDENT_ID, "PRC resident ID"),
        (IdentifierType.PASSPORT, "Passport"),
        (IdentifierType.KZ_IIN, "Kazakhstan IIN"),
        (IdentifierType.OTHER, "Other ID"),
        (Ethnicity.KAZAKH, "Kazakh"),
        (Ethnicity.UYGHUR, "Uyghur"),
        (Ethnicity.KYRGYZ, "Kyrgyz"),
        (Ethnicity.HUI, "Hui"),
        (Ethnicity.UZBEK, "Uzbek"),
        (Ethnicity.TATAR, "Tatar"),
        (Ethnicity.HAN, "Han Chinese"),
        (Ethnicity.OTHER, "Other"),
        (Script.LATN, "Latin"),
        (Script.CYRL, "Cyrillic"),
        (Script.ARAB, "Arabic script"),
        (Script.HANI, "Chinese"),
        (Script.OTHER, "Other"),
        (NameKind.PRIMARY, ""),
        (NameKind.PASSPORT, "passport"),
        (NameKind.ALIAS, "alias"),
    ],
    "ru": [
        (Status.DETAINED_CAMP, "Содержится в лагере"),
        (Status.PRETRIAL, "В следственном изоляторе"),
        (
            Status.IMPRISONED,
            (
                "Осуждён, в заключении",
                "Осуждена, в заключении",
                "Осуждён(а), в заключении",
            ),
        ),
        (Status.HOUSE_ARREST, "Под домашним арестом"),
        (Status.FORCED_LABOUR, "Принудительный труд"),
        (
            Status.EXIT_BANNED,
            (
                "Освобождён, выезд из Китая запрещён",
                "Освобождена, выезд из Китая запрещён",
                "Освобождён(а), выезд из Китая запрещён",
            ),
        ),
        (Status.RELEASED, ("Освобождён", "Освобождена", "Освобождён(а)")),
        (
            Status.LEFT_CHINA,
            (
                "Получил разрешение выехать из Китая",
                "Получила разрешение выехать из Китая",
                "Получил(а) разрешение выехать из Китая",
            ),
        ),
        (Status.ARRIVED_KZ, ("Прибыл в Казахстан", "Прибыла в Казахстан", "Прибыл(а) в Казахстан")),
        (Status.DIED, ("Умер", "Умерла", "Умер(ла)")),
        (Status.DISAPPEARED, "Пропал(а) без вести / местонахождение неизвестно"),
        (Status.UNKNOWN, "Нет сведений"),
        (SourceType.FAMILY, "Показания семьи"),
        (SourceType.DOCUMENT, "Документ"),
        (SourceType.MEDIA, "СМИ"),
        (SourceType.LEAKED_LIST, "Утёкший официальный список"),
        (SourceType.PRC_OFFICIAL, "Официальное заявление КНР"),
        (SourceType.PROOF_OF_LIFE, "Видео КНР «доказательство жизни»"),
        (SourceType.OTHER, "Другое"),
        (Confidence.CONFIRMED, "Подтверждено"),
        (Confidence.PROBABLE, "Вероятно"),
        (Confidence.POSSIBLE, "Возможно"),
        (Confidence.UNVERIFIED, "Не проверено"),
        (Sex.MALE, "Мужской"),
        (Sex.FEMALE, "Женский"),
        (Sex.UNKNOWN, "Неизвестен"),
        (Consent.INTERNAL, "Только для внутреннего использования"),
        (Consent.EMBASSY, "Посольства и ООН"),
        (Consent.PUBLIC, "Публично"),
        (ReportLevel.PUBLIC, "Публичный"),
        (ReportLevel.EMBASSY, "Для посольств и органов ООН"),
        (ReportLevel.INTERNAL, "Внутренний"),
        (Relationship.SPOUSE, "Супруг(а)"),
        (Relationship.CHILD, "Сын или дочь"),
        (Relationship.PARENT, "Отец или мать"),
        (Relationship.SIBLING, "Брат или сестра"),
        (Relationship.GRANDCHILD, "Внук или внучка"),
        (Relationship.GRANDPARENT, "Дедушка или бабушка"),
        (Relationship.NEPHEW_NIECE, "Племянник или племянница"),
        (Relationship.UNCLE_AUNT, "Дядя или тётя"),
        (Relationship.COUSIN, "Двоюродный брат или сестра"),
        (Relationship.IN_LAW, "Родственник по браку"),
        (Relationship.OTHER_RELATIVE, "Другой родственник"),
        (Relationship.FRIEND, "Друг или сосед"),
        (Relationship.SELF, "Сам(а) о себе"),
        (Relationship.OTHER, "Другое"),
        (InteractionKind.LETTER, "Письмо"),
        (InteractionKind.EMAIL, "Электронное письмо"),
        (InteractionKind.MEETING, "Встреча"),
        (InteractionKind.CALL, "Телефонный звонок"),
        (InteractionKind.PETITION, "Петиция"),
        (InteractionKind.UN_COMMUNICATION, "Обращение в ООН"),
        (InteractionKind.MEDIA, "СМИ"),
        (Direction.OUTGOING, "отправлено"),
        (Direction.INCOMING, "получено"),
        (Response.NONE, "Нет ответа"),
        (Response.ACKNOWLEDGED, "Получение подтверждено"),
        (Response.DENIED, "Отказ"),
        (Response.MORE_INFO, "Запрошены дополнительные сведения"),
        (Response.FAVOURABLE, "Положительный ответ"),
        (IdentifierType.PRC_RESIDENT_ID, "Удостоверение личности КНР"),
        (IdentifierType.PASSPORT, "Паспорт"),
        (IdentifierType.KZ_IIN, "ИИН (Казахстан)"),
        (IdentifierType.OTHER, "Другой документ"),
        (Ethnicity.KAZAKH, ("казах", "казашка", "казах / казашка")),
        (Ethnicity.UYGHUR, ("уйгур", "уйгурка", "уйгур / уйгурка")),
        (Ethnicity.KYRGYZ, ("кыргыз", "кыргызка", "кыргыз / кыргызка")),
        (Ethnicity.HUI, ("хуэй (дунганин)", "хуэй (дунганка)", "хуэй (дунганин / дунганка)")),
        (Ethnicity.UZBEK, ("узбек", "узбечка", "узбек / узбечка")),
        (Ethnicity.TATAR, ("татарин", "татарка", "татарин / татарка")),
        (Ethnicity.HAN, ("ханец", "ханька", "ханец / ханька")),
        (Ethnicity.OTHER, "другая"),
        (Script.LATN, "Латиница"),
        (Script.CYRL, "Кириллица"),
        (Script.ARAB, "Арабская графика"),
        (Script.HANI, "Китайские иероглифы"),
        (Script.OTHER, "Другое"),
        (NameKind.PRIMARY, ""),
        (NameKind.PASSPORT, "паспорт"),
        (NameKind.ALIAS, "другое имя"),
    ],
    "kk": [
        (Status.DETAINED_CAMP, "Лагерьде ұсталуда"),
        (Status.PRETRIAL, "Тергеу изоляторында"),
        (Status.IMPRISONED, "Сотталған, түрмеде"),
        (Status.HOUSE_ARREST, "Үй қамағында"),
        (Status.FORCED_LABOUR, "Мәжбүрлі еңбекте"),
        (Status.EXIT_BANNED, "Босатылған, Қытайдан шығуға тыйым салынған"),
        (Status.RELEASED, "Босатылған"),
        (Status.LEFT_CHINA, "Қытайдан шығуға рұқсат алған"),
        (Status.ARRIVED_KZ, "Қазақстанға келген"),
        (Status.DIED, "Қайтыс болған"),
        (Status.DISAPPEARED, "Хабар-ошарсыз кеткен / қайда екені белгісіз"),
        (Status.UNKNOWN, "Мәлімет жоқ"),
        (SourceType.FAMILY, "Отбасының айғағы"),
        (SourceType.DOCUMENT, "Құжат"),
        (SourceType.MEDIA, "БАҚ"),
        (SourceType.LEAKED_LIST, "Жария болған ресми тізім"),
        (SourceType.PRC_OFFICIAL, "ҚХР ресми мәлімдемесі"),
        (SourceType.PROOF_OF_LIFE, "ҚХР-дың «тірі екенінің дәлелі» бейнежазбасы"),
        (SourceType.OTHER, "Басқа"),
        (Confidence.CONFIRMED, "Расталған"),
        (Confidence.PROBABLE, "Ықтимал"),
        (Confidence.POSSIBLE, "Мүмкін"),
        (Confidence.UNVERIFIED, "Тексерілмеген"),
        (Sex.MALE, "Ер"),
        (Sex.FEMALE, "Әйел"),
        (Sex.UNKNOWN, "Белгісіз"),
        (Consent.INTERNAL, "Тек ішкі пайдалану үшін"),
        (Consent.EMBASSY, "Елшіліктер мен БҰҰ"),
        (Consent.PUBLIC, "Жария"),
        (ReportLevel.PUBLIC, "Жария"),
        (ReportLevel.EMBASSY, "Елшіліктер мен БҰҰ органдары үшін"),
        (ReportLevel.INTERNAL, "Ішкі"),
        (Relationship.SPOUSE, "Жұбайы"),
        (Relationship.CHILD, "Ұлы не қызы"),
        (Relationship.PARENT, "Әкесі не шешесі"),
        (Relationship.SIBLING, "Туған бауыры"),
        (Relationship.GRANDCHILD, "Немересі"),
        (Relationship.GRANDPARENT, "Атасы не әжесі"),
        (Relationship.NEPHEW_NIECE, "Бауырының баласы"),
        (Relationship.UNCLE_AUNT, "Ата-анасының бауыры"),
        (Relationship.COUSIN, "Немере туысы"),
        (Relationship.IN_LAW, "Құда-жекжаты"),
        (Relationship.OTHER_RELATIVE, "Басқа туысы"),
        (Relationship.FRIEND, "Досы не көршісі"),
        (Relationship.SELF, "Өзі"),
        (Relationship.OTHER, "Басқа"),
        (InteractionKind.LETTER, "Хат"),
        (InteractionKind.EMAIL, "Электрондық хат"),
        (InteractionKind.MEETING, "Кездесу"),
        (InteractionKind.CALL, "Телефон қоңырауы"),
        (InteractionKind.PETITION, "Петиция"),
        (InteractionKind.UN_COMMUNICATION, "БҰҰ-ға өтініш"),
        (InteractionKind.MEDIA, "БАҚ"),
        (Direction.OUTGOING, "жіберілді"),
        (Direction.INCOMING, "алынды"),
        (Response.NONE, "Жауап жоқ"),
        (Response.ACKNOWLEDGED, "Алғаны расталды"),
        (Response.DENIED, "Бас тартылды"),
        (Response.MORE_INFO, "Қосымша мәлімет сұралды"),
        (Response.FAVOURABLE, "Оң жауап"),
        (IdentifierType.PRC_RESIDENT_ID, "ҚХР жеке куәлігі"),
        (IdentifierType.PASSPORT, "Төлқұжат"),
        (IdentifierType.KZ_IIN, "ЖСН (Қазақстан)"),
        (IdentifierType.OTHER, "Басқа құжат"),
        (Ethnicity.KAZAKH, "қазақ"),
        (Ethnicity.UYGHUR, "ұйғыр"),
        (Ethnicity.KYRGYZ, "қырғыз"),
        (Ethnicity.HUI, "дүнген (хуэй)"),
        (Ethnicity.UZBEK, "өзбек"),
        (Ethnicity.TATAR, "татар"),
        (Ethnicity.HAN, "қытай (хань)"),
        (Ethnicity.OTHER, "басқа"),
        (Script.LATN, "Латын"),
        (Script.CYRL, "Кирилл"),
        (Script.ARAB, "Араб жазуы"),
        (Script.HANI, "Қытай иероглифі"),
        (Script.OTHER, "Басқа"),
        (NameKind.PRIMARY, ""),
        (NameKind.PASSPORT, "төлқұжат"),
        (NameKind.ALIAS, "басқа есімі"),
    ],
}

#: Keyed by (enum class, value): members of different vocabularies share values ("unknown" is
#: a Sex and a Status, "public" a Consent and a ReportLevel) and StrEnum members hash like
#: their value, so a dict keyed by the members themselves would silently merge them.
_ENUMS: dict[str, dict[tuple[type, str], str | Gendered]] = {
    lang: {(type(member), member.value): words for member, words in rows}
    for lang, rows in _ENUM_ROWS.items()
}

_SIZE_UNITS = {"en": ("B", "KB", "MB"), "ru": ("Б", "КБ", "МБ"), "kk": ("Б", "КБ", "МБ")}


def check_language(lang: str) -> str:
    """``lang`` if reports can be printed in it, else ValueError naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r} (use one of {', '.join(LANGUAGES)})")
    return lang


def text(lang: str, key: str, **values: object) -> str:
    """A heading or phrase; ``values`` fill its ``{placeholders}``."""
    phrase = _TEXT[check_language(lang)][key]
    return phrase.format(**values) if values else phrase


def consent_text(lang: str, key: str) -> str:
    """A sentence of the consent and risk statement (keys: see ``_CONSENT``)."""
    return _CONSENT[check_language(lang)][key]


def enum_label(lang: str, value: StrEnum, sex: Sex = Sex.UNKNOWN) -> str:
    """The word for a vocabulary value; falls back to English, then to the stored value."""
    key = (type(value), value.value)
    entry = _ENUMS[check_language(lang)].get(key, _ENUMS["en"].get(key))
    if entry is None:
        return str(value)
    if isinstance(entry, tuple):
        return entry[(Sex.MALE, Sex.FEMALE).index(sex) if sex in (Sex.MALE, Sex.FEMALE) else 2]
    return entry


def ethnicity_label(lang: str, stored: str, sex: Sex = Sex.UNKNOWN) -> str:
    """Ethnicity is free text that is usually one of the standard values: translate those."""
    try:
        return enum_label(lang, Ethnicity(stored), sex)
    except ValueError:
        return stored


def size_label(lang: str, size: int) -> str:
    units = _SIZE_UNITS[check_language(lang)]
    if size < 1024:
        return f"{size} {units[0]}"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} {units[1]}"
    return f"{size / (1024 * 1024):.1f} {units[2]}"
