"""Job boards outside the US and Western Europe (and English-speaking ones platforms.py's lists lacked:
Ireland's, the UK's, Canada's), and the country suffixes their mail comes under.

A board names itself everywhere in its mail (display name, footer, "Team Naukri.com") and the employer
once ("your application for X at Y was sent"); known by its domain, its name is never the employer's.
platforms.py merges these into its lists.
"""

from __future__ import annotations

# Registrable domains (and the country sites a board mails from) and the board's name.
WORLD_JOB_BOARDS = {
    # South Africa
    "pnet.co.za": "PNet", "careers24.com": "Careers24", "careerjunction.co.za": "CareerJunction",
    "jobmail.co.za": "Job Mail", "executiveplacements.com": "Executive Placements",
    "jobplacements.com": "Job Placements", "indeed.co.za": "Indeed",
    # South-east and east Asia
    "jobstreet.com": "JobStreet", "jobstreet.com.my": "JobStreet", "jobstreet.com.sg": "JobStreet",
    "jobstreet.com.ph": "JobStreet", "jobstreet.co.id": "JobStreet", "jobstreet.vn": "JobStreet",
    "mycareersfuture.gov.sg": "MyCareersFuture", "mycareersfuture.sg": "MyCareersFuture",
    "jobsdb.com": "jobsDB", "jobsdb.com.hk": "jobsDB", "jobsdb.co.th": "jobsDB", "kalibrr.com": "Kalibrr",
    "glints.com": "Glints", "vietnamworks.com": "VietnamWorks", "jobthai.com": "JobThai",
    "104.com.tw": "104 Job Bank", "jobkorea.co.kr": "JobKorea", "saramin.co.kr": "Saramin",
    "51job.com": "51job", "zhaopin.com": "Zhaopin", "doda.jp": "doda", "rikunabi.com": "Rikunabi",
    "indeed.com.sg": "Indeed", "indeed.com.my": "Indeed", "indeed.com.ph": "Indeed", "indeed.hk": "Indeed",
    # Australia and New Zealand
    "seek.co.nz": "SEEK", "trademe.co.nz": "Trade Me Jobs", "jora.com": "Jora",
    "careerone.com.au": "CareerOne", "indeed.com.au": "Indeed", "indeed.co.nz": "Indeed",
    # South Asia
    "shine.com": "Shine", "timesjobs.com": "TimesJobs", "foundit.sg": "foundit", "foundit.hk": "foundit",
    "foundit.my": "foundit", "foundit.ae": "foundit", "internshala.com": "Internshala",
    "iimjobs.com": "iimjobs", "hirist.com": "hirist", "hirist.tech": "hirist", "rozee.pk": "Rozee.pk",
    "bdjobs.com": "Bdjobs", "indeed.co.in": "Indeed",
    # Africa
    "jobberman.com": "Jobberman", "jobberman.com.gh": "Jobberman", "brightermonday.co.ke": "BrighterMonday",
    "brightermonday.co.ug": "BrighterMonday", "brightermonday.co.tz": "BrighterMonday", "fuzu.com": "Fuzu",
    "myjobmag.com": "MyJobMag", "myjobmag.co.ke": "MyJobMag", "wuzzuf.net": "Wuzzuf",
    "ethiojobs.net": "Ethiojobs",
    # The Gulf
    "bayt.com": "Bayt", "gulftalent.com": "GulfTalent", "naukrigulf.com": "Naukrigulf",
    "dubizzle.com": "dubizzle",
    # Ireland, the UK, Canada: boards and public portals that post for every employer (the public
    # services' own boards, Ireland's publicjobs.ie among them, are public_services.py's)
    "irishjobs.ie": "IrishJobs", "jobs.ie": "Jobs.ie", "indeed.ie": "Indeed",
    "indeed.co.uk": "Indeed", "cv-library.co.uk": "CV-Library", "indeed.ca": "Indeed",
    "workopolis.com": "Workopolis", "jobbank.gc.ca": "Job Bank", "careerjet.com": "Careerjet",
    # Quebec's boards: "Votre candidature pour le poste de X chez Y a bien été transmise".
    "jobillico.com": "Jobillico", "jobboom.com": "Jobboom",
}  # fmt: skip

# Country suffixes under which a domain's own name is the label before them ("kellyservices.com.my" is
# Kelly Services', not "com"'s).
WORLD_TWO_PART_SUFFIXES = {
    "com.my", "com.ph", "com.hk", "com.tw", "com.cn", "com.vn", "co.th", "co.id", "co.kr", "com.pk",
    "com.bd", "com.lk", "net.in", "org.in", "gov.in", "co.ke", "co.ug", "co.tz", "com.ng", "com.gh",
    "co.zw", "org.za", "gov.za", "com.eg", "com.sa", "co.ae", "com.qa", "com.kw", "com.om", "com.bh",
    "co.il", "com.tr", "net.au", "net.nz", "org.nz", "edu.my", "gov.my", "gov.ph", "edu.ph",
    "gc.ca",
}  # fmt: skip
