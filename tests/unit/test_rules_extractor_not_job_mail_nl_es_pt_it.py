"""Mail about job-seeking that is no application, in Dutch, Spanish, Portuguese and Italian (invented): job
boards' alerts ("nieuwe vacatures", "ti consigliamo queste offerte"), recruiters' cold approaches, a
board's newsletter with interview tips, a review site asking "hoe was je sollicitatiegesprek bij X?", a
job-centre coach, unemployment benefit, a master's place, a parking permit. None may become a record;
the kind each is read as is the one a user would give it.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

NOT_APPLICATIONS = [
    pytest.param(
        {
            "sender": "Indeed <alert@indeed.com>",
            "subject": "15 nieuwe vacatures voor Data Analist in Utrecht",
            "body": "Hoi Sam,\n\nNieuwe vacatures die passen bij je zoekopdracht:\n\nData Analist - "
            "Stadsbank Oost - Utrecht\nJunior Data Analist - Noordkaap Energie - Groningen\nBI "
            "Analist - Provincie Utrecht - Utrecht\n\nSolliciteer direct\nAfmelden voor deze e-mails",
        },
        Kind.JOB_ALERT,
        id="nl_indeed_alert",
    ),
    pytest.param(
        {
            "sender": "LinkedIn <jobs-listings@linkedin.com>",
            "subject": "Sam, bedrijven zoeken mensen zoals jij",
            "body": "Vacatures die bij je profiel passen\n\nProduct Owner · bol · Utrecht\nScrum "
            "Master · ING · Amsterdam\nAgile Coach · Rabobank · Utrecht\n\nBekijk alle vacatures",
        },
        Kind.JOB_ALERT,
        id="nl_linkedin_alert",
    ),
    pytest.param(
        {
            "sender": "InfoJobs <alertas@infojobs.net>",
            "subject": "Nuevas ofertas: Administrativo en Madrid",
            "body": "Hola Sam,\n\nTe enviamos las nuevas ofertas que coinciden con tu "
            "alerta:\n\nAdministrativo/a - Grupo Lar - Madrid\nAuxiliar administrativo - Mercadona "
            "- Getafe\n\nInscríbete ya",
        },
        Kind.JOB_ALERT,
        id="es_infojobs_alert",
    ),
    pytest.param(
        {
            "sender": "Vagas.com <alertas@vagas.com.br>",
            "subject": "Novas vagas para Analista de Marketing",
            "body": "Olá Sam,\n\nEncontramos novas vagas para você:\n\nAnalista de Marketing Pleno "
            "- Boticário - Curitiba\nAnalista de Marketing Digital - Magalu - São Paulo\n\nCandidate-se já!",
        },
        Kind.JOB_ALERT,
        id="pt_vagas_alert",
    ),
    pytest.param(
        {
            "sender": "Indeed <alert@indeed.com>",
            "subject": "Nuove offerte di lavoro: Magazziniere a Milano",
            "body": "Ciao Sam,\n\nEcco le nuove offerte per la tua ricerca:\n\nMagazziniere - "
            "Amazon Italia Logistica - Milano\nAddetto carico scarico - DHL - Lodi\n\nCandidati ora",
        },
        Kind.JOB_ALERT,
        id="it_indeed_alert",
    ),
    pytest.param(
        {
            "sender": "Monster <noreply@monster.it>",
            "subject": "Offerte consigliate per te",
            "body": "Ciao Sam,\n\nin base al tuo profilo ti consigliamo queste "
            "offerte:\n\nContabile - Brembo - Bergamo\nImpiegato amministrativo - Lavazza - Torino",
        },
        Kind.JOB_ALERT,
        id="it_monster_ti_consigliamo",
    ),
    pytest.param(
        {
            "sender": "Pieter de Graaf <pieter@techtalent.nl>",
            "subject": "Nieuwe uitdaging als Lead Developer?",
            "body": "Hoi Sam,\n\nIk kwam je profiel tegen op LinkedIn en denk dat je perfect past "
            "bij een rol als Lead Developer bij een van mijn klanten in Amsterdam. Sta je open voor "
            "een korte kennismaking?\n\nGroet,\nPieter\nTechTalent",
        },
        Kind.RECRUITER_OUTREACH,
        id="nl_recruiter_nieuwe_uitdaging",
    ),
    pytest.param(
        {
            "sender": "Beatriz Lima <beatriz@hunt-rh.com.br>",
            "subject": "Oportunidade: Gerente de Produto",
            "body": "Olá Sam,\n\nVi o seu perfil no LinkedIn e tenho uma oportunidade de Gerente de "
            "Produto em uma fintech cliente. Teria interesse em conversar?\n\nAbraço,\nBeatriz",
        },
        Kind.RECRUITER_OUTREACH,
        id="pt_recruiter_oportunidade",
    ),
    pytest.param(
        {
            "sender": "Marco Rossi <marco@talentsearch.it>",
            "subject": "Opportunità come Data Engineer",
            "body": "Ciao Sam,\n\nho visto il tuo profilo e credo che potresti essere interessato a "
            "una posizione di Data Engineer presso un nostro cliente a Milano. Ti andrebbe di fare "
            "una chiacchierata?\n\nMarco",
        },
        Kind.RECRUITER_OUTREACH,
        id="it_recruiter_opportunita",
    ),
    pytest.param(
        {
            "sender": "Nationale Vacaturebank <nieuwsbrief@nationalevacaturebank.nl>",
            "subject": "5 tips voor je sollicitatiegesprek",
            "body": "Hoi Sam,\n\nEen sollicitatiegesprek staat voor de deur? Met deze 5 tips ga je "
            "goed voorbereid. Lees ook: hoe onderhandel je over je salaris bij een aanbod?\n\nLees "
            "meer op onze blog",
        },
        Kind.OTHER,
        id="nl_newsletter_tips_voor_je_sollicitatiegesprek",
    ),
    pytest.param(
        {
            "sender": "Catho <newsletter@catho.com.br>",
            "subject": "Como se sair bem na entrevista de emprego",
            "body": "Olá Sam,\n\nConfira nossas dicas para arrasar na entrevista e conquistar a "
            "vaga dos sonhos. Aproveite 30% de desconto no plano Premium!",
        },
        Kind.OTHER,
        id="pt_newsletter_dicas_entrevista",
    ),
    pytest.param(
        {
            "sender": "UWV <noreply@uwv.nl>",
            "subject": "Uitnodiging werkcoachgesprek",
            "body": "Geachte heer De Vries,\n\nU bent uitgenodigd voor een gesprek met uw werkcoach "
            "op dinsdag 13 januari om 10.00 uur bij het UWV-kantoor in Utrecht. Neem uw "
            "identiteitsbewijs mee.\n\nUWV",
        },
        Kind.OTHER,
        id="nl_uwv_werkcoachgesprek",
    ),
    pytest.param(
        {
            "sender": "INPS <noreply@inps.it>",
            "subject": "Esito domanda NASpI",
            "body": "Gentile Sam,\n\nla sua domanda di indennità NASpI è stata accolta. L'importo "
            "verrà accreditato entro il mese.\n\nINPS",
        },
        Kind.OTHER,
        id="it_inps_naspi",
    ),
    pytest.param(
        {
            "sender": "Glassdoor <noreply@glassdoor.com>",
            "subject": "Hoe was je sollicitatiegesprek bij Coolblue?",
            "body": "Hoi Sam,\n\nDeel je ervaring met het sollicitatiegesprek bij Coolblue en help "
            "andere werkzoekenden. Het kost maar 2 minuten.\n\nGlassdoor",
        },
        Kind.OTHER,
        id="nl_glassdoor_hoe_was_je_sollicitatiegesprek",
    ),
    pytest.param(
        {
            "sender": "Universidade de Lisboa <candidaturas@ulisboa.pt>",
            "subject": "Candidatura ao Mestrado em Gestão",
            "body": "Caro Sam,\n\nInformamos que a sua candidatura ao Mestrado em Gestão foi "
            "aceite. A matrícula decorre de 1 a 5 de setembro.\n\nUniversidade de Lisboa",
        },
        Kind.OTHER,
        id="pt_mestrado",
    ),
    pytest.param(
        {
            "sender": "Gemeente Utrecht <noreply@utrecht.nl>",
            "subject": "Uw aanvraag parkeervergunning",
            "body": "Geachte heer De Vries,\n\nUw aanvraag voor een parkeervergunning is "
            "goedgekeurd. De vergunning gaat in op 1 februari.\n\nGemeente Utrecht",
        },
        Kind.OTHER,
        id="nl_parkeervergunning",
    ),
]


@pytest.mark.parametrize(("mail", "kind"), NOT_APPLICATIONS)
def test_job_seeking_mail_that_is_no_application_makes_no_record(mail, kind):
    assert extract(**mail).kind is kind
