"""Who sends job mail on an employer's behalf: applicant-tracking systems and job boards.

Their names are senders, never the hiring employer; what they do tell us is where the employer's
name sits in their mail (a display name "Acme Careers", a tenant "acme@myworkday.com").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from tracker.extraction import public_services
from tracker.extraction.hourly_platforms import HOURLY_ATS_DOMAINS, HOURLY_BOARD_DOMAINS
from tracker.extraction.phrases.roles import PERSON_ROLES
from tracker.extraction.text import Sender
from tracker.extraction.world_boards import WORLD_JOB_BOARDS, WORLD_TWO_PART_SUFFIXES

# Registrable domains of applicant-tracking and assessment systems, and the platform's name.
ATS_DOMAINS = {
    "myworkday.com": "Workday",
    "myworkdayjobs.com": "Workday",
    "workday.com": "Workday",
    "greenhouse.io": "Greenhouse",
    "greenhouse-mail.io": "Greenhouse",
    "lever.co": "Lever",
    "icims.com": "iCIMS",
    "smartrecruiters.com": "SmartRecruiters",
    "smartrecruiters-mail.com": "SmartRecruiters",
    "ashbyhq.com": "Ashby",
    "taleo.net": "Taleo",
    "oracle.com": "Oracle",
    "oraclecloud.com": "Oracle",
    "workable.com": "Workable",
    "workablemail.com": "Workable",
    "jobvite.com": "Jobvite",
    "successfactors.com": "SuccessFactors",
    "successfactors.eu": "SuccessFactors",
    "sapsf.com": "SuccessFactors",
    "sapsf.eu": "SuccessFactors",
    "ultipro.com": "UKG",
    "ukg.net": "UKG",
    "ukg.com": "UKG",
    "paylocity.com": "Paylocity",
    "bamboohr.com": "BambooHR",
    "rippling.com": "Rippling",
    "comeet-notifications.com": "Comeet",
    "comeet.co": "Comeet",
    "breezy.hr": "Breezy",
    "breezyhr.com": "Breezy",
    "recruitee.com": "Recruitee",
    "teamtailor.com": "Teamtailor",
    "teamtailor-mail.com": "Teamtailor",
    "personio.de": "Personio",
    "personio.com": "Personio",
    "jazzhr.com": "JazzHR",
    "applytojob.com": "JazzHR",
    "bullhorn.com": "Bullhorn",
    "avature.net": "Avature",
    "phenompeople.com": "Phenom",
    "eightfold.ai": "Eightfold",
    "csod.com": "Cornerstone",
    "cornerstoneondemand.com": "Cornerstone",
    "adp.com": "ADP",
    "dayforcehcm.com": "Dayforce",
    "freshteam.com": "Freshteam",
    "zohorecruit.com": "Zoho Recruit",
    "pinpointhq.com": "Pinpoint",
    "mynexthire.com": "MyNextHire",
    "kekamail.com": "Keka",
    "keka.com": "Keka",
    "joinhomebase.com": "Homebase",
    "usastaffing.gov": "USA Staffing",
    "hirevue.com": "HireVue",
    "codility.com": "Codility",
    "hackerrank.com": "HackerRank",
    "codesignal.com": "CodeSignal",
    "testgorilla.com": "TestGorilla",
    "assessfirst.com": "AssessFirst",
    "pymetrics.com": "pymetrics",
    "gem.com": "Gem",
    "goodtime.io": "GoodTime",
    "docusign.net": "DocuSign",
    "docusign.com": "DocuSign",
    "hellosign.com": "Dropbox Sign",
    "echosign.com": "Adobe Sign",
    "calendly.com": "Calendly",
    "modernloop.io": "ModernLoop",
    "prelude.co": "Prelude",
    "spark-hire.com": "Spark Hire",
    "sparkhire.com": "Spark Hire",
    "willotalent.com": "Willo",
    "paradox.ai": "Paradox",
    "karat.io": "Karat",
    "karat.com": "Karat",
    "shl.com": "SHL",
    "criteriacorp.com": "Criteria",
    "mettl.com": "Mercer Mettl",
    "harver.com": "Harver",
    "vidcruiter.com": "VidCruiter",
    "myinterview.com": "myInterview",
    "hireflix.com": "Hireflix",
    "coderbyte.com": "Coderbyte",
    # Assessment and recorded-interview platforms an employer sends its candidates to.
    "plum.io": "Plum",
    "arcticshores.com": "Arctic Shores",
    "byteboard.dev": "Byteboard",
    "sovaassessment.com": "Sova",
    "modernhire.com": "Modern Hire",
    "canditech.io": "Canditech",
    "woventeams.com": "Woven",
    "cappfinity.com": "Cappfinity",
    "savilleassessment.com": "Saville Assessment",
    "hackerearth.com": "HackerEarth",
    "testlify.com": "Testlify",
    "adaface.com": "Adaface",
    "glider.ai": "Glider AI",
    "xobin.com": "Xobin",
    "qualified.io": "Qualified",
    "codesubmit.io": "CodeSubmit",
    "devskiller.com": "DevSkiller",
    "testdome.com": "TestDome",
    "imocha.io": "iMocha",
    "vervoe.com": "Vervoe",
    "sapia.ai": "Sapia",
    "talentlens.com": "TalentLens",
    # Background, drug and reference checks, run for the employer after an offer.
    "checkr.com": "Checkr",
    "hireright.com": "HireRight",
    "sterlingcheck.com": "Sterling",
    "firstadvantage.com": "First Advantage",
    "goodhire.com": "GoodHire",
    "accuratebackground.com": "Accurate Background",
    "fieldprint.com": "Fieldprint",
    "questdiagnostics.com": "Quest Diagnostics",
    "referoo.com": "Referoo",
    "skillsurvey.com": "SkillSurvey",
    "crosschq.com": "Crosschq",
    "xref.com": "Xref",
    # Meeting tools send the invitations of every employer ("noreply@email.teams.microsoft.com").
    "teams.microsoft.com": "Microsoft Teams",
    "zoom.us": "Zoom",
    "webex.com": "Webex",
    "welcomekit.co": "Welcome to the Jungle",
    "recruiterbox.com": "Recruiterbox",
    "hrmdirect.com": "HRM Direct",
    "hackerrankforwork.com": "HackerRank",
    "brassring.com": "BrassRing",
    "kenexa.com": "BrassRing",
    "talemetry.com": "Talemetry",
    "hirebridge.com": "Hirebridge",
    "oorwin.com": "Oorwin",
    "governmentjobs.com": "GovernmentJobs",
    "neogov.com": "NEOGOV",
    "schooljobs.com": "NEOGOV",
    "peopleadmin.com": "PeopleAdmin",
    "interfolio.com": "Interfolio",
    "academicjobsonline.org": "AcademicJobsOnline",
    "frontlineeducation.com": "Frontline",
    "applitrack.com": "AppliTrack",
    "clearcompany.com": "ClearCompany",
    "hiringthing.com": "HiringThing",
    "trakstar.com": "Trakstar",
    "jobdiva.com": "JobDiva",
    "ceipal.com": "Ceipal",
    "manatal.com": "Manatal",
}

JOB_BOARD_DOMAINS = {
    "linkedin.com": "LinkedIn",
    "indeed.com": "Indeed",
    "indeedemail.com": "Indeed",
    "ziprecruiter.com": "ZipRecruiter",
    "glassdoor.com": "Glassdoor",
    "monster.com": "Monster",
    "dice.com": "Dice",
    "careerbuilder.com": "CareerBuilder",
    "simplyhired.com": "SimplyHired",
    "wellfound.com": "Wellfound",
    "angel.co": "Wellfound",
    "hired.com": "Hired",
    "joinhandshake.com": "Handshake",
    "stepstone.de": "StepStone",
    "xing.com": "XING",
    "welcometothejungle.com": "Welcome to the Jungle",
    "infojobs.net": "InfoJobs",
    "naukri.com": "Naukri",
    "seek.com.au": "SEEK",
    "reed.co.uk": "Reed",
    "totaljobs.com": "Totaljobs",
    "otta.com": "Otta",
    "builtin.com": "Built In",
    "experteer.com": "Experteer",
    "neuvoo.com": "neuvoo",
    "talent.com": "Talent.com",
    "jooble.org": "Jooble",
    "adzuna.com": "Adzuna",
    "myjobhelper.com": "MyJobHelper",
    "jobcase.com": "Jobcase",
    "snagajob.com": "Snagajob",
    "instahyre.com": "Instahyre",
    "cutshort.io": "Cutshort",
    "apna.co": "apna",
    "foundit.in": "foundit",
    "monsterindia.com": "foundit",
    "jobteaser.com": "JobTeaser",
    "apec.fr": "Apec",
    "francetravail.fr": "France Travail",
    "arbeitsagentur.de": "Arbeitsagentur",
    "usajobs.gov": "USAJOBS",
    "jobs.nhs.uk": "NHS Jobs",
    # The UK Civil Service's board posts for every department ("Policy Advisor at the Department for
    # Transport"); the department is the employer, and a scheme signing through GOV.UK's services is its own.
    "civilservicejobs.service.gov.uk": "Civil Service Jobs",
    "csjobs.cabinetoffice.gov.uk": "Civil Service Jobs",
    "higheredjobs.com": "HigherEdJobs",
}

# European ATS systems and job boards, kept together so the region's list reads as one.
ATS_DOMAINS |= {
    "softgarden.io": "softgarden", "softgarden.de": "softgarden", "join.com": "JOIN", "dvinci.de": "d.vinci",
    "dvinci-hr.com": "d.vinci", "rexx-systems.com": "rexx systems", "concludis.de": "concludis",
    "onlyfy.com": "onlyfy", "prescreen.io": "onlyfy", "umantis.com": "Haufe Umantis",
    "jobylon.com": "Jobylon",
    "flatchr.io": "Flatchr", "taleez.com": "Taleez", "gupy.io": "Gupy", "gupy.com.br": "Gupy",
    "inhire.com.br": "InHire", "kenoby.com": "Kenoby", "solides.com.br": "Sólides",
    "pandape.com.br": "Pandapé",
    "factorialhr.com": "Factorial", "inrecruiting.com": "In-Recruiting",
    "talent-soft.com": "Talentsoft", "talentsoft.com": "Talentsoft",
    "digitalrecruiters.com": "DigitalRecruiters", "jobaffinity.fr": "Jobaffinity", "beetween.com": "Beetween",
    "b-ite.de": "BITE", "onlyfy.jobs": "onlyfy", "rexx-recruitment.com": "rexx systems", "kenjo.io": "Kenjo",
}  # fmt: skip
JOB_BOARD_DOMAINS |= {
    "stepstone.at": "StepStone", "stepstone.be": "StepStone", "stepstone.nl": "StepStone",
    "karriere.at": "karriere.at", "jobs.ch": "jobs.ch", "hellowork.com": "HelloWork",
    "cadremploi.fr": "Cadremploi", "meteojob.com": "Meteojob", "indeed.fr": "Indeed", "indeed.de": "Indeed",
    "infojobs.it": "InfoJobs", "computrabajo.com": "Computrabajo", "tecnoempleo.com": "Tecnoempleo",
    "catho.com.br": "Catho", "vagas.com.br": "Vagas.com",
    "nationalevacaturebank.nl": "Nationale Vacaturebank",
    "werk.nl": "werk.nl", "net-empregos.com": "Net-Empregos",
    "bumeran.com.ar": "Bumeran", "bumeran.com.pe": "Bumeran", "zonajobs.com.ar": "ZonaJobs",
    "occ.com.mx": "OCC Mundial", "laborum.cl": "Laborum", "trabajando.com": "Trabajando.com",
    "infojobs.com.br": "InfoJobs", "infoempleo.com": "Infoempleo", "indeed.es": "Indeed",
    "indeed.it": "Indeed", "indeed.nl": "Indeed", "indeed.com.mx": "Indeed", "indeed.com.br": "Indeed",
    "jobrapido.com": "Jobrapido",
    "jobbird.com": "Jobbird", "intermediair.nl": "Intermediair", "itjobs.pt": "ITJobs",
    "regionsjob.com": "RegionsJob", "monster.fr": "Monster", "monster.de": "Monster", "monster.at": "Monster",
    "pole-emploi.fr": "Pôle emploi", "keljob.com": "Keljob", "indeed.at": "Indeed", "indeed.ch": "Indeed",
    "jobware.de": "Jobware", "stellenanzeigen.de": "stellenanzeigen.de", "meinestadt.de": "meinestadt.de",
    "hokify.at": "hokify", "hokify.de": "hokify", "jobup.ch": "jobup.ch", "stepstone.fr": "StepStone",
    "ams.at": "AMS",
    "heyjobs.co": "HeyJobs", "heyjobs.de": "HeyJobs", "jobvector.de": "jobvector",
    "absolventa.de": "Absolventa", "get-in-it.de": "get in IT", "stellenwerk.de": "Stellenwerk",
    "academics.de": "academics", "interamt.de": "Interamt", "kununu.com": "kununu",
    "glassdoor.de": "Glassdoor", "glassdoor.fr": "Glassdoor",
    "lesjeudis.com": "LesJeudis", "chooseyourboss.com": "ChooseYourBoss", "talent.io": "talent.io",
    "optioncarriere.com": "Optioncarriere", "jobijoba.com": "Jobijoba", "studentjob.fr": "StudentJob",
    "letudiant.fr": "L'Etudiant", "indeed.be": "Indeed", "stepstone.lu": "StepStone",
    # Portugal's SAPO board, under the portal whose free mail is sapo.pt.
    "emprego.sapo.pt": "SAPO Emprego",
}  # fmt: skip
# US hourly hiring's systems and boards (hourly_platforms.py), and boards of the rest of the world
# (world_boards.py).
ATS_DOMAINS |= HOURLY_ATS_DOMAINS
JOB_BOARD_DOMAINS |= HOURLY_BOARD_DOMAINS
JOB_BOARD_DOMAINS |= WORLD_JOB_BOARDS

# Brazil's and Latin America's systems and boards that sign for the employers they post for.
ATS_DOMAINS |= {
    "hiringroom.com": "Hiring Room", "magneto365.com": "Magneto", "99jobs.com": "99jobs",
    "recrutei.com.br": "Recrutei", "abler.com.br": "Abler", "quickin.io": "Quickin",
    # Chile's HR suites, whose selection modules send the receipts and news of the employers on them.
    "talana.com": "Talana", "buk.cl": "Buk", "buk.co": "Buk", "buk.pe": "Buk", "buk.mx": "Buk",
}  # fmt: skip
JOB_BOARD_DOMAINS |= {
    "elempleo.com": "elempleo.com", "bne.com.br": "BNE", "infojobs.com.co": "InfoJobs",
    "computrabajo.com.mx": "Computrabajo", "computrabajo.com.co": "Computrabajo", "bumeran.com.mx": "Bumeran",
    "empregos.com.br": "Empregos.com.br", "trabajando.cl": "Trabajando.com", "indeed.com.co": "Indeed",
}  # fmt: skip

# The UK's, Ireland's, Australia's and New Zealand's public services' systems and boards.
ATS_DOMAINS |= public_services.PUBLIC_ATS_DOMAINS
JOB_BOARD_DOMAINS |= public_services.PUBLIC_BOARD_DOMAINS

# The Netherlands' and Flanders' own: the ATS systems Dutch employers and agencies run (an Otys or Carerix
# mailbox sends for whichever employer signs), the public employment services and the boards that forward
# an application to the employer they name ("je kandidatuur werd doorgestuurd naar ...").
ATS_DOMAINS |= {
    "homerun.co": "Homerun", "otys.nl": "Otys", "otys.com": "Otys", "carerix.net": "Carerix",
    "carerix.com": "Carerix", "connexys.nl": "Connexys", "connexys.com": "Connexys",
    "mysolution.nl": "Mysolution", "mysolution.com": "Mysolution",
    "werkenvoornederland.nl": "Werken voor Nederland",
}  # fmt: skip
JOB_BOARD_DOMAINS |= {
    "vdab.be": "VDAB", "jobat.be": "Jobat", "werkzoeken.nl": "werkzoeken.nl", "uwv.nl": "UWV",
    "jobbird.nl": "Jobbird", "monsterboard.nl": "Monsterboard", "jobnet.nl": "Jobnet",
    "vacatures.nl": "Vacatures.nl", "actiris.brussels": "Actiris", "forem.be": "Le Forem",
}  # fmt: skip

# Italy's boards that forward an application to the employer they name ("la tua candidatura è stata
# trasmessa all'azienda"): the employer is the one the posting names (italian_postings.py), never the board.
JOB_BOARD_DOMAINS |= {
    "helplavoro.it": "Helplavoro", "bakeca.it": "Bakeca.it", "trovolavoro.it": "Trovolavoro",
    "subito.it": "Subito",
}  # fmt: skip

_FREE_MAIL = {
    "gmail.com", "googlemail.com", "yahoo.com", "outlook.com", "hotmail.com", "live.com", "aol.com",
    "icloud.com", "me.com", "protonmail.com", "proton.me", "gmx.de", "gmx.net", "web.de", "mail.com",
    "yandex.ru", "zoho.com", "msn.com", "qq.com", "163.com",
    # Europe's own providers, where a small firm's owner keeps the shop's mail: "fleursgarnier@orange.fr".
    "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "t-online.de", "freenet.de", "gmx.at",
    "gmx.ch", "bluewin.ch", "aon.at", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "telefonica.net",
    "ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl", "skynet.be", "telenet.be", "btinternet.com",
    "comcast.net", "sbcglobal.net", "verizon.net", "sapo.pt", "hotmail.co.uk", "hotmail.fr", "hotmail.es",
    "hotmail.it", "hotmail.de", "yahoo.co.uk", "yahoo.fr", "yahoo.es", "yahoo.it", "yahoo.de", "live.nl",
    "live.fr", "live.co.uk", "outlook.fr", "outlook.es", "outlook.de", "outlook.it",
}  # fmt: skip

# Free mail providers whose name is no one's employer under any country's suffix: "yahoo.co.in",
# "hotmail.com.br", "outlook.com.au", "gmx.ch" (ambiguous names, "orange" or "free", stay whole domains
# above: orange.com is an employer).
_FREE_MAIL_LABELS = {
    "gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "aol", "icloud",
    "protonmail", "gmx", "yandex", "rediffmail", "zoho", "zohomail", "mailinator", "naver", "hanmail",
    "seznam", "rambler", "libero", "virgilio", "tiscali", "btinternet", "sbcglobal", "bigpond",
    "optusnet",
}  # fmt: skip

# Placeholder domains used when addresses are masked: they name nobody.
_PLACEHOLDER_LABELS = {"example", "invalid", "invalidemail", "localhost", "test", "domain", "email", "mail"}

# Names that are platforms whatever domain they come from.
PLATFORM_NAMES = {name.lower() for name in (*ATS_DOMAINS.values(), *JOB_BOARD_DOMAINS.values())} | {
    "oracle cloud hcm", "oracle hcm", "taleo", "sap successfactors", "ultipro", "icims talent",
    "workday recruiting", "linkedin jobs", "indeed apply", "greenhouse software", "lever hire",
    "smartrecruiters", "jobvite", "ajo",
    # Public employment services pass an employer's posts and answers on, signing with their long names.
    "bundesagentur für arbeit", "agentur für arbeit", "pôle emploi",
    # Calendars and meeting tools send invitations for everyone.
    "google calendar", "microsoft teams", "google meet", "microsoft outlook", "outlook calendar",
    "zoom meeting", "webex",
}  # fmt: skip
PLATFORM_NAMES |= public_services.PUBLIC_PLATFORM_NAMES

# GOV.UK's shared services ("notifications.service.gov.uk" sends for every department): no one's name; an
# Australian state's level under gov.au (public_services.py).
_THREE_PART_SUFFIXES = {"service.gov.uk", *public_services.THREE_PART_SUFFIXES}
_TWO_PART_SUFFIXES = {
    "co.uk",
    "com.au",
    "co.in",
    "com.br",
    "co.jp",
    "com.mx",
    "co.nz",
    "com.sg",
    "co.za",
    "org.uk",
    "com.pt",
    "com.es",
    "com.ar",
    "com.pe",
    "com.co",
    # Universities', governments' and health services' own: "marlowe.ac.uk" is Marlowe's, not "ac"'s.
    "ac.uk",
    "gov.uk",
    "nhs.uk",
    "sch.uk",
    "police.uk",
    "ltd.uk",
    "plc.uk",
    "edu.au",
    "gov.au",
    "org.au",
    "ac.nz",
    "govt.nz",
    "ac.za",
    "ac.jp",
    "ac.in",
    "edu.sg",
    "gov.sg",
    "ac.at",
    "edu.mx",
    "gob.mx",
    "gob.es",
    "edu.br",
    "gov.br",
    "org.br",
    *public_services.TWO_PART_SUFFIXES,
} | WORLD_TWO_PART_SUFFIXES

# A country's own second level under its code: "com.ve", "co.cr", "gob.pe", "org.py".
_COUNTRY_SECOND_LEVELS = frozenset({"com", "co", "net", "org", "gov", "gob", "edu", "ac"})
# The second levels of one country only: "ind.br" (industry), "coop.br", "ltd.uk", "sch.uk"
# ("acoslaguna.ind.br" is Aços Laguna's, never "ind"'s); elsewhere a firm's own ("coop.ch", "eng.it").
_ONE_COUNTRYS_SECOND_LEVELS = {
    "br": frozenset({"ind", "coop", "adv", "eng"}),
    "uk": frozenset({"ltd", "plc", "sch"}),
}


def _boards_by_label() -> dict[str, str]:
    """Each listed board's own label ("computrabajo") and name, where one board alone holds the label and it
    is no common word of several ("jobs", "talent"; a label of four letters or fewer is too short to tell)."""
    names: dict[str, set[str]] = {}
    for domain, name in JOB_BOARD_DOMAINS.items():
        if registrable_domain(domain) == domain:
            names.setdefault(domain.split(".")[0], set()).add(name)
    return {label: next(iter(held)) for label, held in names.items() if len(held) == 1 and len(label) > 4}


_LOCAL_GENERIC = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|alerts?|jobs?|careers?|hr|"
    r"recruit(?:ing|ment|er)?|talent|mail(?:er)?|info|support|team|hello|admin|system|account|apply|"
    r"applications?|candidates?|hiring|workday|autoreply|auto[-_.]?reply|bounce|news(?:letter)?|messages?|"
    r"updates?|service|contact|people|staffing|invitations?|reply|noreply[-_.]?\w*|talentacquisition|"
    # no-reply mailboxes in the other languages read
    r"n[aã]o[-_.]?respond[ae]|no[-_.]?respond(?:er|a)|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten|"
    r"niet[-_.]?beantwoorden|non[-_.]?rispondere)$",
    re.I,
)


# A mail's one sender is asked after many times (its domain, whether it is a platform's, its label), and
# the same candidate names are checked as platforms' at each step: the answers are kept.
@functools.lru_cache(maxsize=4096)
def registrable_domain(domain: str) -> str:
    """'mail.amazon.jobs' -> 'amazon.jobs'; 'x.co.uk' keeps its two-part suffix, and so does any country's
    "com.", "co.", "gob." level ("bumeran.com.ve" is Bumeran's, never "com"'s)."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    if len(labels) >= 4 and ".".join(labels[-3:]) in _THREE_PART_SUFFIXES:
        return ".".join(labels[-4:])
    if len(labels) >= 3 and (
        ".".join(labels[-2:]) in _TWO_PART_SUFFIXES
        or (labels[-2] in _COUNTRY_SECOND_LEVELS and len(labels[-1]) == 2)
        or labels[-2] in _ONE_COUNTRYS_SECOND_LEVELS.get(labels[-1], ())
    ):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _board_on_a_country_site(domain: str) -> str | None:
    """The listed board a domain is one more country site of: "computrabajo.com.pe", "infojobs.com.mx",
    "naukri.co.in" are the boards the lists know under another country's suffix."""
    registrable = registrable_domain(domain)
    label, _, suffix = registrable.partition(".")
    if len(suffix.rsplit(".", 1)[-1]) != 2 and suffix not in ("com", "net"):
        return None
    return _BOARDS_BY_LABEL.get(label)


_BOARDS_BY_LABEL = _boards_by_label()


def platform_of(sender: Sender) -> str | None:
    """The ATS or job board that sent this mail, or None when the sender is not one."""
    return _platform_of_domain(sender.domain)


@functools.lru_cache(maxsize=4096)
def _platform_of_domain(domain: str) -> str | None:
    # Any suffix of the domain may be the platform's: "us.greenhouse-mail.io", "talent.icims.com".
    labels = domain.lower().split(".")
    for start in range(len(labels) - 1):
        suffix = ".".join(labels[start:])
        name = ATS_DOMAINS.get(suffix) or JOB_BOARD_DOMAINS.get(suffix)
        if name:
            return name
    return _board_on_a_country_site(domain)


def is_job_board(sender: Sender) -> bool:
    """True for job boards (LinkedIn, Indeed...), whose mail is often alerts rather than applications."""
    return _is_board_domain(sender.domain) if sender.domain else False


@functools.lru_cache(maxsize=4096)
def _is_board_domain(sender_domain: str) -> bool:
    domain = registrable_domain(sender_domain)
    return domain in JOB_BOARD_DOMAINS or _board_on_a_country_site(domain) is not None


_NOT_WORD_OR_SPACE = re.compile(r"[^\w ]+")
_SPACES = re.compile(r"\s+")
_DOMAIN_ENDING = re.compile(r"\s+(?:com|net|io|co|org|ch|de|fr|at)$")


@functools.lru_cache(maxsize=4096)
def is_platform_name(name: str) -> bool:
    """True when `name` names a platform rather than an employer."""
    if name.lower().strip() in PLATFORM_NAMES:
        return True  # "jobs.ch", "karriere.at": a board named by its domain
    folded = _NOT_WORD_OR_SPACE.sub(" ", name.lower()).strip()
    # "Monster.com", "Monster.de"
    folded = _DOMAIN_ENDING.sub("", _SPACES.sub(" ", folded))
    return folded in PLATFORM_NAMES or folded.replace(" ", "") in PLATFORM_NAMES


def domain_employer(sender: Sender) -> str | None:
    """The employer a sender's own domain names ('noreply@tesla.com' -> 'tesla'), if it names one."""
    return _domain_employer(sender.domain)


@functools.lru_cache(maxsize=4096)
def _domain_employer(sender_domain: str) -> str | None:
    if not sender_domain or _platform_of_domain(sender_domain) or sender_domain in _FREE_MAIL:
        return None
    domain = registrable_domain(sender_domain)
    label = domain.split(".")[0]
    if domain in _FREE_MAIL or label in _FREE_MAIL_LABELS:
        return None
    if _GENERIC_HIRING_LABEL.match(label):
        return None  # "talentmail.io", "hiringhub.com": a mailer of some system, nobody's name
    label = _HIRING_AFFIX.sub("", label)
    if label in _PLACEHOLDER_LABELS or len(label) < 2:
        return None
    return label


# A domain made only of hiring words and a system's word: an unknown ATS or mailer.
_GENERIC_HIRING_LABEL = re.compile(
    r"^(?:talent|careers?|jobs?|hire|hiring|recruit(?:ing|ment)?|apply|applicants?|candidates?|ats|hr|"
    r"people|staff)-?(?:mail|mailer|hub|box|link|flow|desk|base|track|tracker|hq|app|ly|ify|io|pro|cloud|"
    r"portal|system|systems|soft|tech|notify|notifications|send)?s?$"
)


# Words an employer glues to its name for a hiring domain: joinacme.com, acmehq.com, acme-careers.com,
# acmejobs.com. ("get" is left alone: Getaround and Getty are names.)
_HIRING_AFFIX = re.compile(
    r"^join-?(?=[a-z0-9]{4,})|(?<=[a-z0-9]{4})-?(?:hq|jobs|careers?|recruiting|recruitment|hiring|talent)$"
)


_NO_REPLY = re.compile(r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)[-_.]?", re.I)


def ats_tenant(sender: Sender) -> str | None:
    """The employer tenant an ATS address carries ("acme@myworkday.com", "acme+x@talent.icims.com")."""
    if not platform_of(sender) or is_job_board(sender):
        return None
    return _tenant(sender.local)


# How mail names the system it came by, before or after the system's name: "Powered by X", "this
# business uses X to manage", "the X system", "the X platform"; a display name "X Apply", "A via X".
_SYSTEM_BEFORE = re.compile(r"(?:powered by|uses|using) (?:the |your |our )?$")
_SYSTEM_AFTER = re.compile(r" (?:system|platform)\b")
_DISPLAY_AFTER = re.compile(r" (?:apply|application)\b")
# Words an employer's own portal is named by too ("log in to your Acme account", "Acme Application:
# ..."): they tell a system only when the sender does not write itself as the domain's name.
_PORTAL_BEFORE = re.compile(r"(?:log ?in ?to|log ?in on|sign ?in to) (?:the |your |our )?$")
# Not a post named with the word: "Silverline Account Executive", "Acme App Developer", "Accounts Payable
# Clerk" (a person's role noun, roles.PERSON_ROLES, or a post the word heads).
_PORTAL_AFTER = re.compile(
    r" (?:(?:account|app|profile)\b(?! (?:executives?|leads?|payable|receivable|reps)\b"
    rf"| {PERSON_ROLES})|application:)"
)
# "on X", "with X", "via X", "through X" are as often the employer's ("follow us on X", "a career with X",
# "you applied via Brightpath Recruitment").
_SYSTEM_WINDOW = 30
# "Application submitted to Bluefin Kitchen", "your CV was sent to Acme": the mail hands the application to
# another organisation, so its sender relays it (whatever it signs: "The Harri Team").
_SENT_TO_ANOTHER = re.compile(
    r"\b(?:application|resume|cv|profile)s? (?:(?:was|has been|have been) )?(?:successfully )?(?:submitted|"
    r"sent|delivered|forwarded) to (?!(?:the|our|your|a|an|this|that|their|its|his|her|you|us|them|"
    r"hiring|recruit\w*|employer|company|team|manager)\b)(\w+)"
)


def system_label(
    sender: Sender, subject_lower: str, body_lower: str, names: Callable[[str], list[str]]
) -> str | None:
    """The label of a sender's domain ("hirevane" for hirevane.net) when the sender is a system no
    list knows, relaying an employer's mail: the display name or the text names the label as a system
    ("Acme via Hirevane", "Hirevane Apply", "Powered by Hirevane", "the Hirevane system"; "log in to your
    Hirevane account", "Hirevane Application: ..." where the sender's name is not Hirevane's), or the
    address's mailbox spells the start of another of `names(label)` ("freddiemac@mail.hirevane.net" beside
    "Freddie Mac": an ATS tenant). None for a listed platform, free mail, an employer's own domain."""
    label = domain_employer(sender)
    if not label or len(label) < 3:
        return None
    display = sender.name.lower()
    for at in _word_places(display, label):
        relayed = display[max(0, at - 4) : at].endswith(("via ", " @ "))
        if relayed or _DISPLAY_AFTER.match(display, at + len(label)):
            return label  # "No Reply via Hirevane (Acme)", "Acme @ Hirevane", "Hirevane Apply"
    own_name = label in re.sub(r"[^a-z0-9]", "", display)
    for text in (subject_lower, body_lower):
        if " to " in text and (sent := _SENT_TO_ANOTHER.search(text)) and not label.startswith(sent.group(1)):
            return label
        for at in _word_places(text, label):
            before, after = (text, max(0, at - _SYSTEM_WINDOW), at), (text, at + len(label))
            if _SYSTEM_BEFORE.search(*before) or _SYSTEM_AFTER.match(*after):
                return label
            if not own_name and (_PORTAL_BEFORE.search(*before) or _PORTAL_AFTER.match(*after)):
                return label
    tenant = _tenant(sender.local)
    if tenant and _names_a_tenant(display, tenant, label):
        return label
    # "Sarah at Fernway <sarah@fernway.co>": a mailbox named as its writer is a person's, no tenant.
    if tenant and not (
        tenant.startswith(label[:3]) or label.startswith(tenant[:3]) or display.startswith(tenant)
    ):
        spelled = (re.sub(r"[^a-z0-9]", "", name.lower()) for name in names(label))
        if any(name.startswith(tenant) and name != label for name in spelled):
            return label
    return None


# "noreply vrtx", "vrtx no-reply": a display name that is a no-reply word beside the mailbox's own name.
_NO_REPLY_WORD = re.compile(r"^(?:no[-_. ]?reply|do[-_. ]?not[-_. ]?reply|donotreply)$")


def _names_a_tenant(display: str, tenant: str, label: str) -> bool:
    """True when the display name writes the mailbox as another domain's account on this one: a no-reply
    word beside the mailbox ("noreply vrtx <vrtx@talentloop.io>"), or an address with the same mailbox on
    a domain that holds the label ("BrennanFoods@myhirevane.com <brennanfoods@hirevane.net>"), the mailbox
    no spelling of the label's."""
    if tenant.startswith(label[:3]) or label.startswith(tenant[:3]):
        return False
    words = display.split()
    if len(words) == 2 and tenant in words and any(_NO_REPLY_WORD.match(word) for word in words):
        return True
    written, _, domain = display.partition("@")
    return bool(domain) and written == tenant and label in domain.split(".")[0] and " " not in display


def tenant_on_system(sender: Sender) -> str | None:
    """The employer tenant of an address on a system no list knows (`system_label`): its mailbox."""
    return _tenant(sender.local)


def is_generic_mailbox(local: str) -> bool:
    """True for a mailbox no one is named by: "no-reply", "notifications", "jobs", "noreply-system"."""
    return bool(_LOCAL_GENERIC.match(local))


def _tenant(local: str) -> str | None:
    local = local.split("+", 1)[0]
    local = _NO_REPLY.sub("", local)
    if len(local) < 3 or _LOCAL_GENERIC.match(local) or not local.isalpha():
        return None
    return local


def _word_places(text: str, word: str) -> list[int]:
    places, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            places.append(at)
        at = text.find(word, at + 1)
    return places
