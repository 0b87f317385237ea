"""Registrable domains of applicant-tracking, assessment, check and meeting systems, and each system's name.

An employer sends its candidates mail through them; their names are senders, never the hiring employer
(platforms.py reads them).
"""

from __future__ import annotations

from tracker.extraction import public_services
from tracker.extraction.hourly_platforms import HOURLY_ATS_DOMAINS

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

# European ATS systems, kept together so the region's list reads as one (board_domains.py has its boards).
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
    # Italy's: the recruiting portals of Zucchetti's HR suite, Altamira's and In-Recruiting's (Intervieweb).
    "zucchetti.it": "Zucchetti", "altamirahrm.com": "Altamira HRM", "intervieweb.it": "In-Recruiting",
}  # fmt: skip

# US hourly hiring's systems (hourly_platforms.py).
ATS_DOMAINS |= HOURLY_ATS_DOMAINS

# Brazil's and Latin America's systems that sign for the employers they post for.
ATS_DOMAINS |= {
    "hiringroom.com": "Hiring Room", "magneto365.com": "Magneto", "99jobs.com": "99jobs",
    "recrutei.com.br": "Recrutei", "abler.com.br": "Abler", "quickin.io": "Quickin",
    # Chile's HR suites, whose selection modules send the receipts and news of the employers on them.
    "talana.com": "Talana", "buk.cl": "Buk", "buk.co": "Buk", "buk.pe": "Buk", "buk.mx": "Buk",
}  # fmt: skip

# Spain's HR suites and hiring apps, sending for the employers on them.
ATS_DOMAINS |= {
    "sesamehr.com": "Sesame HR", "pandape.com": "Pandapé", "talentclue.com": "Talentclue",
    "jobandtalent.com": "Jobandtalent",
}  # fmt: skip

# The UK's, Ireland's, Australia's and New Zealand's public services' systems.
ATS_DOMAINS |= public_services.PUBLIC_ATS_DOMAINS

# The Netherlands' and Flanders' own: the ATS systems Dutch employers and agencies run (an Otys or Carerix
# mailbox sends for whichever employer signs).
ATS_DOMAINS |= {
    "homerun.co": "Homerun", "otys.nl": "Otys", "otys.com": "Otys", "carerix.net": "Carerix",
    "carerix.com": "Carerix", "connexys.nl": "Connexys", "connexys.com": "Connexys",
    "mysolution.nl": "Mysolution", "mysolution.com": "Mysolution",
    "werkenvoornederland.nl": "Werken voor Nederland",
    # The HR suites Dutch employers recruit in (AFAS's InSite portal, Visma Raet's Youforce) and Recruit Now.
    "afasinsite.nl": "AFAS InSite", "afasonline.com": "AFAS Online", "youforce.nl": "Youforce",
    "recruitnow.nl": "Recruit Now",
}  # fmt: skip

# Systems more employers hire through: HR suites' recruiting (HiBob, Paycor, iSolved), XING's Onlyfy,
# Beamery's CRM, Australia's JobAdder and LiveHire, Ireland's HireHive, JobScore and ApplicantStack.
ATS_DOMAINS |= {
    "hibob.com": "HiBob", "onlyfy.io": "Onlyfy", "onlyfy.com": "Onlyfy", "beamery.com": "Beamery",
    "paycor.com": "Paycor", "isolvedhire.com": "isolved Hire", "jobadder.com": "JobAdder",
    "livehire.com": "LiveHire", "hirehive.com": "HireHive", "jobscore.com": "JobScore",
    "applicantstack.com": "ApplicantStack",
}  # fmt: skip
