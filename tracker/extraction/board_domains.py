"""Registrable domains of job boards and public employment services, and each board's name.

A board forwards an application to the employer it names, and sends alerts of other employers' posts;
its name is never the employer's (platforms.py reads them).
"""

from __future__ import annotations

from tracker.extraction import public_services
from tracker.extraction.hourly_platforms import HOURLY_BOARD_DOMAINS
from tracker.extraction.world_boards import WORLD_JOB_BOARDS

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

# European job boards, kept together so the region's list reads as one (ats_domains.py has its systems).
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

# US hourly hiring's boards (hourly_platforms.py), and boards of the rest of the world (world_boards.py).
JOB_BOARD_DOMAINS |= HOURLY_BOARD_DOMAINS
JOB_BOARD_DOMAINS |= WORLD_JOB_BOARDS

# Brazil's and Latin America's boards that sign for the employers they post for.
JOB_BOARD_DOMAINS |= {
    "elempleo.com": "elempleo.com", "bne.com.br": "BNE", "infojobs.com.co": "InfoJobs",
    "computrabajo.com.mx": "Computrabajo", "computrabajo.com.co": "Computrabajo", "bumeran.com.mx": "Bumeran",
    "empregos.com.br": "Empregos.com.br", "trabajando.cl": "Trabajando.com", "indeed.com.co": "Indeed",
}  # fmt: skip
# Spain's hospitality board.
JOB_BOARD_DOMAINS |= {"turijobs.com": "Turijobs"}

# The UK's, Ireland's, Australia's and New Zealand's public services' boards.
JOB_BOARD_DOMAINS |= public_services.PUBLIC_BOARD_DOMAINS

# The Netherlands' and Flanders' public employment services and the boards that forward an application to
# the employer they name ("je kandidatuur werd doorgestuurd naar ...").
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

# Healthcare's boards and marketplaces: a hospital, a clinic or a staffing agency posts there and answers
# through them ("<Hospital> wants to interview you", "the job you applied to with <Agency> has been filled").
JOB_BOARD_DOMAINS |= {
    "incrediblehealth.com": "Incredible Health", "vivian.com": "Vivian Health", "nurse.com": "Nurse.com",
    "healthecareers.com": "Health eCareers", "hospitalrecruiting.com": "HospitalRecruiting.com",
    "bluepipes.com": "BluePipes", "nursefly.com": "NurseFly", "wanderly.us": "Wanderly",
    "practicelink.com": "PracticeLink",
}  # fmt: skip

# Boards for one trade, one kind of seeker or one country more: tech (Landing.jobs, Programathor, Trampos),
# graduates (Milkround, Gradcracker, Targetjobs, Prospects), charities (CharityJob, Idealist, EthicalJobs),
# hospitality (Caterer.com), teaching (Tes), remote work (FlexJobs), and national ones (Jobsite, Eluta,
# yourfirm, Expresso Emprego, Alerta Emprego).
JOB_BOARD_DOMAINS |= {
    "landing.jobs": "Landing.jobs", "programathor.com.br": "Programathor", "trampos.co": "Trampos",
    "milkround.com": "Milkround", "gradcracker.com": "Gradcracker", "targetjobs.co.uk": "Targetjobs",
    "prospects.ac.uk": "Prospects", "charityjob.co.uk": "CharityJob", "idealist.org": "Idealist",
    "ethicaljobs.com.au": "EthicalJobs", "caterer.com": "Caterer.com", "tes.com": "Tes",
    "flexjobs.com": "FlexJobs", "themuse.com": "The Muse", "jobsite.co.uk": "Jobsite", "eluta.ca": "Eluta",
    "yourfirm.de": "yourfirm", "expressoemprego.pt": "Expresso Emprego", "alertaemprego.pt": "Alerta Emprego",
    "jobleads.com": "JobLeads",
}  # fmt: skip
