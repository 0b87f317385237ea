"""Job mail about no application of the reader's, and applications in near wording (issue 14; invented
mail, the kinds helper's blind batches of the ninth session, 2026-12-04).

No application: talent-community sign-ups and talent pools joined (six languages), "complete your
profile" nudges whose step is one employers at large may offer ("recruiters can invite you to an
interview"), saved-search digests in five languages, referral requests, salary surveys, recruiters'
cold outreach ("are you open to..."), coding-challenge platforms' marketing and practice plans
("technical interviews at top companies ... Unsubscribe"), interview-prep courses, a vendor's and an
investor's "hear more about your work", recruiters who found the reader's profile before proposing a
call or an interview, career fairs and open days, a step for people at large ("former colleagues who
rejoin skip the first interview round"), and the reader's own mail from a domain made of their name
("Jordan Lee <hello@jordanlee.dev>": "I am writing to apply") or, applying in their own words, from a
university's or a current employer's address. Beside them, applications in the same words: a
confirmation that also joins a talent community or asks for a profile, a recruiter's screen after the
reader applied, a coding challenge for one's application, and small employers from a free mailbox whose
"Tuesday works for me" follows the reader's application named in the second person.
"""

import pytest

from tests.extraction_support import (
    application_row,
    assert_reads_application,
    extract,
    not_application,
    with_misreads,
)
from tracker.models import Kind, Status

FIRST_BATCH_NOT_APPLICATIONS = [
    not_application(
        "talent_community_signup_en",
        sender="Harwick Energy Talent <talent@harwickenergy.com>",
        subject="You're in! Welcome to Harwick Energy's talent network",
        body="Hi Jordan,\n\nThanks for signing up to hear from Harwick Energy. We'll let you know when "
        "roles that match your interests open up, and invite you to events near you.\n\nYou can update "
        "your preferences at any time.\n\nThe Harwick Talent Team",
    ),
    not_application(
        "complete_profile_nudge_en",
        sender="Staffly <hello@staffly.io>",
        subject="Your profile is 40% complete",
        body="Hi Jordan,\n\nEmployers are 3x more likely to contact candidates with a complete profile. Add "
        "your work history and skills so recruiters can find you for interviews.\n\nComplete my "
        "profile\n\nStaffly",
    ),
    not_application(
        "saved_search_digest_fr",
        sender="Emploi Direct <alertes@emploidirect.fr>",
        subject="Votre recherche « chef de projet » : 12 nouvelles offres",
        body="Bonjour,\n\nVoici les dernières offres correspondant à votre recherche enregistrée :\n\nChef "
        "de projet digital - Groupe Verlaine - Lyon\nChef de projet BTP - Batiroc - Nantes\nChef de "
        "projet IT - Solvane - Paris\n\nVoir toutes les offres\n\nSe désabonner de cette alerte",
    ),
    not_application(
        "saved_search_digest_nl",
        sender="Vacaturebank <noreply@werkzoeker.nl>",
        subject="8 nieuwe vacatures voor 'logistiek medewerker'",
        body="Hallo,\n\nEr zijn nieuwe vacatures die passen bij je zoekopdracht:\n\nLogistiek medewerker - "
        "Van Dort Transport - Tilburg\nMagazijnmedewerker - Koel & Co - Breda\nOrderpicker - DistriNed "
        "- Venlo\n\nBekijk alle vacatures\n\nAfmelden voor deze e-mails",
    ),
    not_application(
        "referral_request_en",
        sender="Priya Nair <priya.nair@gmail.com>",
        subject="Could you refer me at Lumencraft?",
        body="Hey Sam,\n\nHope you're well! I saw Lumencraft has a Product Designer opening and I know you "
        "work there. Would you be willing to refer me? I've attached my CV so you can see if it's a "
        "fit.\n\nThanks so much,\nPriya",
    ),
    not_application(
        "salary_survey_en",
        sender="Paywise Insights <survey@paywise.com>",
        subject="How does your salary compare? Take our 2027 survey",
        body="Hi there,\n\nOur annual salary survey is open. Tell us your role, pay and benefits in 5 "
        "minutes and get a free report comparing your salary with others in your field.\n\nStart the "
        "survey\n\nYou are receiving this because you subscribed to Paywise updates. Unsubscribe",
    ),
    not_application(
        "cold_outreach_open_to_en",
        sender="Marco Bellini <marco@northgate-talent.com>",
        subject="Data Engineer - fintech, London",
        body="Hi Alex,\n\nAre you open to hearing about a Data Engineer role at a Series B fintech in "
        "London? Hybrid, strong salary, great team. If it sounds interesting, when would suit you for "
        "a quick call this week?\n\nBest,\nMarco\nNorthgate Talent",
    ),
    not_application(
        "cold_outreach_de",
        sender="Julia Brandt <j.brandt@kopfwerk-personal.de>",
        subject="Neue Herausforderung als Controller?",
        body="Hallo Herr Weber,\n\nsind Sie offen für einen Wechsel? Für ein mittelständisches Unternehmen "
        "in Stuttgart suche ich einen Controller (m/w/d). Wann passt Ihnen ein kurzes "
        "Telefonat?\n\nViele Grüße\nJulia Brandt\nKopfwerk Personal",
    ),
    not_application(
        "coding_platform_marketing_en",
        sender="CodeArena <news@codearena.dev>",
        subject="This week's challenge: can you beat 2,000 developers?",
        body="Hi coder,\n\nThe weekly contest starts Saturday. Solve 4 problems in 90 minutes, climb the "
        "leaderboard and get noticed by companies hiring engineers. Top scorers get interview "
        "invitations from our partners.\n\nRegister now\n\nUnsubscribe",
    ),
    not_application(
        "interview_prep_course_es",
        sender="Entrevista Pro <hola@entrevistapro.es>",
        subject="¿Tienes una entrevista pronto? Prepárala con nosotros",
        body="Hola,\n\nNuestro curso online te enseña a responder las preguntas más difíciles de una "
        "entrevista de trabajo. 6 módulos, simulaciones de entrevista y feedback de expertos. "
        "Inscríbete antes del viernes y obtén un 30% de descuento.\n\nDarse de baja",
    ),
    not_application(
        "talent_community_pt",
        sender="Carreiras Lusomar <carreiras@lusomar.pt>",
        subject="Bem-vindo à comunidade de talentos Lusomar",
        body="Olá Ana,\n\nObrigado por se juntar à nossa comunidade de talentos. Vamos enviar-lhe novas "
        "vagas que correspondam ao seu perfil e convites para eventos de recrutamento.\n\nEquipa de "
        "Recrutamento Lusomar",
    ),
    not_application(
        "complete_profile_it",
        sender="LavoroFacile <info@lavorofacile.it>",
        subject="Completa il tuo profilo e fatti trovare dalle aziende",
        body="Ciao Luca,\n\nil tuo profilo è completo solo al 50%. Aggiungi le tue esperienze e il tuo CV: "
        "le aziende che cercano candidati come te potranno contattarti per un colloquio.\n\nCompleta "
        "il profilo\n\nLavoroFacile",
    ),
    not_application(
        "cold_outreach_fr",
        sender="Claire Dumas <claire.dumas@talentis-conseil.fr>",
        subject="Opportunité Responsable Achats - Bordeaux",
        body="Bonjour Thomas,\n\nJe me permets de vous contacter au sujet d'un poste de Responsable Achats "
        "chez l'un de nos clients à Bordeaux. Seriez-vous ouvert à un échange téléphonique cette "
        "semaine ?\n\nBien cordialement,\nClaire Dumas\nTalentis Conseil",
    ),
    not_application(
        "referral_bonus_internal_en",
        sender="Oakridge People Team <people@oakridge.com>",
        subject="Know someone great? Refer a friend for our open roles",
        body="Hi all,\n\nWe're hiring across engineering and sales. Refer a friend for any open role and "
        "earn a $2,000 bonus if they're hired. Submit referrals through the internal "
        "portal.\n\nThanks,\nOakridge People Team",
    ),
    not_application(
        "coding_challenge_invite_marketing_de",
        sender="CodeDuell <team@codeduell.de>",
        subject="Neue Coding-Challenge: Zeig, was du kannst",
        body="Hallo,\n\ndie neue Challenge ist online! Löse drei Aufgaben in Python oder Java und sammle "
        "Punkte. Die besten Teilnehmer werden von unseren Partnerunternehmen zu Vorstellungsgesprächen "
        "eingeladen.\n\nJetzt kostenlos anmelden\n\nNewsletter abbestellen",
    ),
    not_application(
        "saved_search_digest_es",
        sender="Trabajos Hoy <alertas@trabajoshoy.es>",
        subject="Nuevas ofertas para tu búsqueda: administrativo en Valencia",
        body="Hola,\n\nEstas son las nuevas ofertas que coinciden con tu búsqueda "
        "guardada:\n\nAdministrativo contable - Grupo Turia - Valencia\nAuxiliar administrativo - "
        "Levante Logística - Paterna\n\nVer todas las ofertas\n\nDejar de recibir esta alerta",
    ),
]

SECOND_BATCH_NOT_APPLICATIONS = [
    not_application(
        "own_domain_application_en",
        sender="Jordan Lee <hello@jordanlee.dev>",
        subject="Application for Frontend Developer",
        body="Dear Hiring Team,\n\nI am writing to apply for the Frontend Developer position advertised on "
        "your website. Please find attached my CV and portfolio link.\n\nKind regards,\nJordan Lee",
    ),
    not_application(
        "own_domain_reply_tuesday_en",
        sender="Maria Gonzalez <maria@mariagonzalez.com>",
        subject="Re: Interview - Marketing Coordinator",
        body="Hi Karen,\n\nThank you for the invitation. Tuesday at 11am works for me, and I'll bring "
        "copies of my portfolio.\n\nBest,\nMaria Gonzalez",
    ),
    not_application(
        "own_domain_followup_de",
        sender="Lena Hoffmann <kontakt@lenahoffmann.de>",
        subject="Nachfrage zu meiner Bewerbung als UX Designerin",
        body="Sehr geehrte Frau Krause,\n\nich möchte mich gerne nach dem Stand meiner Bewerbung als UX "
        "Designerin erkundigen, die ich Ihnen am 3. November geschickt habe.\n\nMit freundlichen "
        "Grüßen\nLena Hoffmann",
    ),
    not_application(
        "own_domain_fr_disponible",
        sender="Hugo Martin <contact@hugo-martin.fr>",
        subject="Re: Entretien - Chargé de communication",
        body="Bonjour Madame Leroy,\n\nMerci pour votre message. Je suis disponible jeudi à 14h pour "
        "l'entretien.\n\nCordialement,\nHugo Martin",
    ),
    not_application(
        "talent_community_es",
        sender="Empleo Aldaba <talento@aldaba.es>",
        subject="Te damos la bienvenida a la comunidad de talento de Aldaba",
        body="Hola Marta,\n\nGracias por unirte a nuestra comunidad de talento. Te avisaremos cuando "
        "publiquemos ofertas que encajen con tu perfil y podrás recibir invitaciones a entrevistas con "
        "nuestros equipos.\n\nEquipo de Talento Aldaba",
    ),
    not_application(
        "complete_profile_nl",
        sender="Werkspot Carrière <info@werkhaven.nl>",
        subject="Maak je profiel compleet",
        body="Hoi Kim,\n\nJe profiel is nog maar voor 60% ingevuld. Vul je werkervaring aan, dan kunnen "
        "werkgevers je uitnodigen voor een sollicitatiegesprek.\n\nProfiel aanvullen\n\nWerkhaven",
    ),
    not_application(
        "complete_profile_fr",
        sender="TalentPlace <bonjour@talentplace.fr>",
        subject="Complétez votre profil pour être contacté",
        body="Bonjour Thomas,\n\nVotre profil n'est complété qu'à 50 %. Ajoutez vos expériences : les "
        "recruteurs pourront vous proposer un entretien directement.\n\nCompléter mon profil",
    ),
    not_application(
        "saved_search_it",
        sender="Cerco Lavoro <avvisi@cercolavoro.it>",
        subject="5 nuovi annunci per la tua ricerca salvata",
        body='Ciao Luca,\n\necco i nuovi annunci per la tua ricerca "magazziniere":\n\nMagazziniere - '
        "Logistica Padana - Piacenza\nCarrellista - Emme Trasporti - Lodi\n\nVedi tutti gli "
        "annunci\n\nDisattiva questo avviso",
    ),
    not_application(
        "saved_search_pt",
        sender="Vagas Já <alertas@vagasja.pt>",
        subject="Novas vagas para a sua pesquisa: rececionista",
        body="Olá Ana,\n\nEncontrámos novas vagas para a sua pesquisa guardada:\n\nRececionista - Hotel "
        "Atlântico - Porto\nRececionista de clínica - Clínica Sol - Braga\n\nVer todas as "
        "vagas\n\nCancelar alerta",
    ),
    not_application(
        "cold_outreach_es",
        sender="Pablo Ruiz <pablo.ruiz@talentohunters.es>",
        subject="Oportunidad: Jefe de Almacén en Zaragoza",
        body="Hola Marta,\n\n¿Estarías abierta a escuchar una propuesta? Estoy buscando un Jefe de Almacén "
        "para una empresa cliente en Zaragoza. Si te interesa, ¿cuándo te viene bien una "
        "llamada?\n\nSaludos,\nPablo Ruiz\nTalento Hunters",
    ),
    not_application(
        "cold_outreach_nl",
        sender="Sanne de Vries <sanne@werving-plus.nl>",
        subject="Interesse in een nieuwe uitdaging?",
        body="Hoi Kim,\n\nSta je open voor een nieuwe uitdaging? Voor een klant in Utrecht zoek ik een "
        "Teamleider Logistiek. Zullen we deze week even bellen?\n\nGroet,\nSanne de Vries\nWerving "
        "Plus",
    ),
    not_application(
        "cold_outreach_it",
        sender="Giulia Conti <giulia.conti@headhunt.it>",
        subject="Posizione Responsabile Qualità - Bologna",
        body="Ciao Luca,\n\nsaresti aperto a valutare una nuova opportunità? Per un nostro cliente a "
        "Bologna cerco un Responsabile Qualità. Possiamo sentirci per una breve chiamata?\n\nGiulia "
        "Conti",
    ),
    not_application(
        "interview_prep_course_fr",
        sender="Réussir Son Entretien <contact@reussirsonentretien.fr>",
        subject="Préparez votre prochain entretien d'embauche",
        body="Bonjour,\n\nNotre formation en ligne vous apprend à répondre aux questions pièges en "
        "entretien. 5 modules, des simulations d'entretien et un coach dédié. -20 % jusqu'à "
        "dimanche.\n\nSe désinscrire",
    ),
    not_application(
        "salary_survey_de",
        sender="Gehaltsradar <umfrage@gehaltsradar.de>",
        subject="Verdienen Sie genug? Nehmen Sie an unserer Gehaltsumfrage teil",
        body="Hallo,\n\nunsere große Gehaltsumfrage 2027 läuft. Geben Sie Ihre Position und Ihr Gehalt an "
        "und erhalten Sie kostenlos einen Vergleich mit Ihrer Branche.\n\nZur Umfrage\n\nNewsletter "
        "abbestellen",
    ),
    not_application(
        "referral_request_de",
        sender="Tobias Richter <tobias.richter84@web.de>",
        subject="Kannst du mich bei Sennwald empfehlen?",
        body="Hi Lena,\n\nich habe gesehen, dass Sennwald einen Projektmanager sucht. Könntest du mich "
        "intern empfehlen? Meinen Lebenslauf habe ich angehängt.\n\nDanke dir!\nTobias",
    ),
    not_application(
        "coding_platform_pt",
        sender="DevDesafio <novidades@devdesafio.com.br>",
        subject="Novo desafio de programação: ganhe destaque com recrutadores",
        body="Olá,\n\nO desafio desta semana já está no ar! Resolva 3 problemas e os melhores colocados "
        "podem ser convidados para entrevistas por empresas parceiras.\n\nParticipe agora\n\nCancelar "
        "inscrição",
    ),
]


THIRD_BATCH_NOT_APPLICATIONS = [
    not_application(
        "cold_outreach_invites_interview_en",
        sender="Greg Holt <greg.holt@apexsearch.co.uk>",
        subject="Senior Accountant opportunity",
        body="Hi Alex,\n\nI'm working on a Senior Accountant vacancy with a client in Leeds and I think "
        "your background would suit it. My client would like to interview a shortlist next week - are "
        "you open to a conversation first?\n\nCheers,\nGreg Holt\nApex Search",
    ),
    not_application(
        "referral_request_fr",
        sender="Inès Moreau <ines.moreau@hotmail.fr>",
        subject="Petit service : une cooptation chez Solvane ?",
        body="Salut Thomas,\n\nJ'ai vu que Solvane recrute un chef de projet IT. Est-ce que tu pourrais me "
        "coopter ? Je t'envoie mon CV en pièce jointe.\n\nMerci beaucoup !\nInès",
    ),
    not_application(
        "referral_request_es",
        sender="Diego Navarro <diego.navarro@gmail.com>",
        subject="¿Me recomiendas en Aldaba?",
        body="Hola Marta,\n\nHe visto que en Aldaba buscan un técnico de soporte. ¿Podrías recomendarme "
        "internamente? Te adjunto mi currículum.\n\nGracias,\nDiego",
    ),
    not_application(
        "salary_survey_fr",
        sender="Baromètre Salaires <enquete@barometre-salaires.fr>",
        subject="Enquête rémunération 2027 : 5 minutes pour comparer votre salaire",
        body="Bonjour,\n\nParticipez à notre enquête annuelle sur les salaires : indiquez votre poste et "
        "votre rémunération, et recevez gratuitement votre positionnement par rapport au "
        "marché.\n\nRépondre à l'enquête\n\nSe désinscrire",
    ),
    not_application(
        "salary_survey_nl",
        sender="Salariskompas <onderzoek@salariskompas.nl>",
        subject="Verdien jij marktconform? Doe mee aan het salarisonderzoek",
        body="Hoi,\n\nVul in 5 minuten je functie en salaris in en ontvang gratis een rapport waarin je "
        "jouw salaris vergelijkt met anderen in je vakgebied.\n\nStart het onderzoek\n\nAfmelden",
    ),
    not_application(
        "interview_prep_course_de",
        sender="Karriereschmiede <info@karriereschmiede.de>",
        subject="Souverän ins Vorstellungsgespräch: neuer Online-Kurs",
        body="Hallo,\n\nin unserem Online-Kurs lernen Sie, die typischen Fragen im Vorstellungsgespräch "
        "sicher zu beantworten. 8 Lektionen, Übungsinterviews mit Feedback. Nur diese Woche 25 % "
        "Rabatt.\n\nNewsletter abbestellen",
    ),
    not_application(
        "interview_prep_course_it",
        sender="Colloquio Perfetto <info@colloquioperfetto.it>",
        subject="Hai un colloquio di lavoro? Preparati con il nostro corso",
        body="Ciao,\n\nil nostro corso online ti insegna a rispondere alle domande più difficili del "
        "colloquio. Simulazioni di colloquio e un coach dedicato. Iscriviti entro domenica: sconto del "
        "30%.\n\nDisiscriviti",
    ),
    not_application(
        "coding_platform_fr",
        sender="CodeDéfi <news@codedefi.io>",
        subject="Le défi de la semaine est en ligne",
        body="Bonjour,\n\nRésolvez 3 exercices d'algorithmique et grimpez dans le classement. Les meilleurs "
        "profils pourront être invités à des entretiens par nos entreprises "
        "partenaires.\n\nParticiper\n\nSe désabonner",
    ),
    not_application(
        "coding_platform_practice_en",
        sender="LeetPrep <hello@leetprep.io>",
        subject="Your weekly practice plan is ready",
        body="Hi Alex,\n\nYou solved 12 problems last week. This week: dynamic programming and system "
        "design, the topics that come up most in technical interviews at top companies. Keep your "
        "streak going!\n\nStart practising\n\nUnsubscribe",
    ),
    not_application(
        "talent_community_de",
        sender="Sennwald Karriere <karriere@sennwald.de>",
        subject="Willkommen in unserem Talent Pool",
        body="Hallo Lena,\n\nvielen Dank für Ihre Registrierung in unserem Talent Pool. Sobald eine "
        "passende Stelle frei wird, können unsere Recruiter Sie direkt zu einem Kennenlerngespräch "
        "einladen.\n\nIhr Sennwald Recruiting-Team",
    ),
    not_application(
        "complete_profile_es",
        sender="InfoTrabajo <avisos@infotrabajo.es>",
        subject="Tu perfil está incompleto",
        body="Hola Marta,\n\nLas empresas pueden invitarte a una entrevista si tu perfil está completo. "
        "Añade tu experiencia y tu formación en 2 minutos.\n\nCompletar perfil",
    ),
    not_application(
        "complete_profile_pt",
        sender="Emprego Fácil <info@empregofacil.pt>",
        subject="Complete o seu perfil",
        body="Olá Ana,\n\nO seu perfil está 70% completo. Adicione a sua experiência para que os "
        "recrutadores possam convidá-la para uma entrevista.\n\nCompletar perfil",
    ),
    not_application(
        "saved_search_de",
        sender="Jobbörse Nord <jobagent@jobboerse-nord.de>",
        subject="3 neue Stellen für Ihren Suchauftrag „Buchhalter“",
        body="Hallo,\n\nfür Ihren Suchauftrag gibt es neue Stellenangebote:\n\nBuchhalter (m/w/d) - Hansa "
        "Logistik - Bremen\nFinanzbuchhalter - Nordmetall - Hamburg\n\nAlle Stellen "
        "ansehen\n\nSuchauftrag löschen",
    ),
    not_application(
        "own_domain_thanks_interview_en",
        sender="Priya Nair <priya@priyanair.design>",
        subject="Thank you - Product Designer interview",
        body="Hi Sofia,\n\nThank you for taking the time to speak with me today about the Product Designer "
        "role. I really enjoyed hearing about the team's plans and I'm excited about the "
        "opportunity.\n\nBest wishes,\nPriya Nair",
    ),
    not_application(
        "own_domain_accept_offer_en",
        sender="Sam Ortiz <sam@samortiz.me>",
        subject="Re: Offer - Account Executive",
        body="Hi Dana,\n\nThank you so much! I'm delighted to accept the offer for the Account Executive "
        "role and look forward to starting on 4 January.\n\nBest,\nSam Ortiz",
    ),
    not_application(
        "own_domain_it_candidatura",
        sender="Luca Bianchi <info@lucabianchi.it>",
        subject="Candidatura spontanea - Impiegato amministrativo",
        body="Gentile Ufficio Selezione,\n\nvi invio la mia candidatura per la posizione di Impiegato "
        "amministrativo. In allegato trovate il mio curriculum vitae.\n\nCordiali saluti,\nLuca "
        "Bianchi",
    ),
    # Guards of the firm's leaders meeting the reader "to hear more about your work.": a vendor's and an
    # investor's meetings go on to their own business.
    not_application(
        "vendor_ceo_hear_more_about_your_work",
        sender="Ethan Cole <ethan@brightsheet.io>",
        subject="Quick intro from Brightsheet",
        body="Hi Ben,\n\nOur CEO, Laura, would love to find 30 minutes with you next week to hear more "
        "about your work at Tidewell and show you a demo of our reporting platform. What days suit "
        "you?\n\nEthan\nBrightsheet",
    ),
    not_application(
        "investor_founder_hear_more",
        sender="Mia Grant <mia@northpeakventures.com>",
        subject="Coffee next week?",
        body="Hi Ben,\n\nOur founders would love to hear more about your work on the seed round and discuss "
        "a possible investment. Would Tuesday suit you for a call?\n\nMia\nNorthpeak Ventures",
    ),
]

FOURTH_BATCH_NOT_APPLICATIONS = [
    not_application(
        "outreach_client_colloquio_it",
        sender="Marta Ferri <m.ferri@selectaitalia.it>",
        subject="Opportunità Controller - Brescia",
        body="Ciao Luca,\n\nper un nostro cliente, azienda metalmeccanica di Brescia, sto cercando un "
        "Controller. Il tuo profilo LinkedIn mi sembra in linea: ti andrebbe di fare un colloquio "
        "conoscitivo telefonico giovedì?\n\nMarta Ferri\nSelecta Italia",
    ),
    not_application(
        "outreach_client_entrevista_pt",
        sender="Rui Costa <rui.costa@talentobridge.pt>",
        subject="Oportunidade: Engenheiro de Qualidade",
        body="Olá Ana,\n\nEstou a recrutar um Engenheiro de Qualidade para um cliente em Aveiro e o seu "
        "perfil chamou-me a atenção. Teria disponibilidade para uma breve entrevista telefónica esta "
        "semana?\n\nRui Costa\nTalento Bridge",
    ),
    not_application(
        "outreach_inmail_en",
        sender="LinkedIn <inmail-hit-reply@linkedin.com>",
        subject="Hannah Wu sent you a message",
        body="Hannah Wu, Technical Recruiter at Corvel Robotics\n\nHi Alex, are you open to new "
        "opportunities? We're building out our controls team and your experience at Pinecrest looks "
        "like a great fit. Would you be up for a quick chat?\n\nReply",
    ),
    not_application(
        "profile_viewed_by_employer_en",
        sender="JobNest <alerts@jobnest.com>",
        subject="An employer viewed your profile",
        body="Hi Jordan,\n\nGood news: a recruiter at a healthcare company viewed your profile this week. "
        "Keep your profile up to date to get more interview invitations.\n\nSee who viewed "
        "you\n\nUnsubscribe",
    ),
    not_application(
        "invited_to_apply_de",
        sender="StepJobs <noreply@stepjobs.de>",
        subject="Hansa Logistik lädt Sie ein, sich zu bewerben",
        body="Hallo Frau Hoffmann,\n\nHansa Logistik hat Ihr Profil gesehen und lädt Sie ein, sich auf die "
        "Stelle Lohnbuchhalter (m/w/d) zu bewerben. Mit einem Klick können Sie Ihre Unterlagen "
        "senden.\n\nJetzt bewerben",
    ),
    not_application(
        "career_fair_registration_en",
        sender="Harbour City Careers Fair <events@harbourcareersfair.com>",
        subject="You're registered: Harbour City Careers Fair, 14 March",
        body="Hi Jordan,\n\nYour registration for the Harbour City Careers Fair is confirmed. Over 60 "
        "employers will be there, and many run on-the-spot interviews, so bring copies of your "
        "CV.\n\nSee the exhibitor list",
    ),
    not_application(
        "open_day_thanks_nl",
        sender="Van Dort Transport <werken@vandort.nl>",
        subject="Bedankt voor je bezoek aan onze open dag",
        body="Hoi Kim,\n\nLeuk dat je zaterdag op onze open dag was! Bekijk onze openstaande vacatures op "
        "werkenbijvandort.nl en solliciteer direct.\n\nGroet,\nTeam Werving Van Dort",
    ),
    not_application(
        "own_domain_es_candidatura",
        sender="Marta López <hola@martalopez.es>",
        subject="Candidatura: Técnica de Marketing",
        body="Estimado equipo de selección:\n\nMe pongo en contacto con ustedes para presentar mi "
        "candidatura al puesto de Técnica de Marketing. Adjunto mi currículum y carta de "
        "presentación.\n\nUn saludo,\nMarta López",
    ),
    not_application(
        "own_domain_nl_bevestiging",
        sender="Kim de Boer <mail@kimdeboer.nl>",
        subject="Re: Uitnodiging sollicitatiegesprek Planner",
        body="Beste mevrouw Jansen,\n\nDank voor de uitnodiging. Dinsdag 14 januari om 10.00 uur schikt mij "
        "goed; ik zal er zijn.\n\nMet vriendelijke groet,\nKim de Boer",
    ),
    not_application(
        "own_domain_pt_disponibilidade",
        sender="Ana Sousa <contacto@anasousa.pt>",
        subject="Re: Entrevista - Rececionista",
        body="Bom dia,\n\nObrigada pelo convite. Confirmo a minha presença na entrevista de sexta-feira às "
        "15h.\n\nCom os melhores cumprimentos,\nAna Sousa",
    ),
    not_application(
        "internal_vacancy_newsletter_en",
        sender="Fenmore Group Internal Comms <news@fenmoregroup.com>",
        subject="This month at Fenmore: new internal vacancies",
        body="Hi everyone,\n\nThis month we have six internal vacancies, including Team Lead (Operations) "
        "and Finance Business Partner. Speak to your manager before applying. Interviews for internal "
        "candidates take place in February.\n\nInternal Comms",
    ),
    not_application(
        "talent_pool_registration_fr",
        sender="Groupe Verlaine Recrutement <recrutement@groupe-verlaine.fr>",
        subject="Votre inscription à notre vivier de talents",
        body="Bonjour,\n\nMerci pour votre inscription dans notre vivier de talents. Nos recruteurs vous "
        "contacteront dès qu'un poste correspondant à votre profil sera ouvert.\n\nL'équipe "
        "Recrutement",
    ),
    not_application(
        "salary_survey_es",
        sender="Salarios.es <encuesta@salarios.es>",
        subject="¿Cobras lo que mereces? Participa en nuestra encuesta salarial",
        body="Hola,\n\nIndica tu puesto y tu salario en 3 minutos y recibe gratis un informe que compara tu "
        "sueldo con el del mercado.\n\nEmpezar la encuesta\n\nDarse de baja",
    ),
    not_application(
        "referral_request_pt_it",
        sender="Francesca Greco <francesca.greco@libero.it>",
        subject="Mi segnaleresti per la posizione in Ferrero?",
        body="Ciao Luca,\n\nho visto che nella tua azienda cercano un Product Manager. Potresti segnalarmi "
        "all'ufficio HR? Ti mando il mio CV in allegato.\n\nGrazie mille,\nFrancesca",
    ),
    not_application(
        "prep_course_nl",
        sender="Sollicitatietraining.nl <info@sollicitatietraining.nl>",
        subject="Klaar voor je volgende sollicitatiegesprek?",
        body="Hoi,\n\nIn onze online cursus oefen je de lastigste vragen uit een sollicitatiegesprek, met "
        "video-oefeningen en feedback van een coach. Schrijf je voor vrijdag in en krijg 20% "
        "korting.\n\nAfmelden",
    ),
]

FIFTH_BATCH_NOT_APPLICATIONS = [
    not_application(
        "own_university_address_apply_en",
        sender="Jordan Lee <j.lee@student.harwell.ac.uk>",
        subject="Application - Graduate Analyst",
        body="Dear Recruitment Team,\n\nI would like to apply for the Graduate Analyst position. Please "
        "find attached my CV and cover letter.\n\nKind regards,\nJordan Lee",
    ),
    not_application(
        "own_work_address_apply_de",
        sender="Lena Hoffmann <lena.hoffmann@kreativhaus-nord.de>",
        subject="Bewerbung als Art Director",
        body="Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um die Stelle als Art Director. "
        "Meine Bewerbungsunterlagen finden Sie im Anhang.\n\nMit freundlichen Grüßen\nLena Hoffmann",
    ),
    not_application(
        "own_work_address_followup_en",
        sender="Sam Ortiz <sam.ortiz@northwindlabs.com>",
        subject="Following up: Senior Data Analyst application",
        body="Hi Dana,\n\nI'm following up on my application for the Senior Data Analyst role submitted two "
        "weeks ago. I remain very interested and would be happy to share more about my "
        "work.\n\nBest,\nSam Ortiz",
    ),
    not_application(
        "agency_registration_en",
        sender="Bridgeway Recruitment <register@bridgewayrecruitment.co.uk>",
        subject="Thanks for registering with Bridgeway",
        body="Hi Jordan,\n\nThanks for registering with Bridgeway Recruitment. One of our consultants will "
        "call you to talk about the kind of work you're looking for, and we'll send you suitable roles "
        "as they come in.\n\nBridgeway Recruitment",
    ),
    not_application(
        "walk_in_interviews_en",
        sender="Crestline Hotels Careers <careers@crestlinehotels.com>",
        subject="Walk-in interviews every Tuesday this month",
        body="Hi there,\n\nWe're hiring housekeepers, kitchen porters and front desk staff. Walk-in "
        "interviews every Tuesday from 10am to 2pm at the Crestline Riverside. No appointment needed - "
        "just bring your CV.\n\nCrestline Hotels",
    ),
    not_application(
        "employer_webinar_candidates_en",
        sender="Oakridge Early Careers <earlycareers@oakridge.com>",
        subject="Live Q&A: life as an Oakridge graduate",
        body="Hi Sam,\n\nJoin our graduates for a live Q&A on 3 February and hear how our assessment "
        "centres and interviews work. Register now to save your place.\n\nOakridge Early "
        "Careers\n\nUnsubscribe",
    ),
    not_application(
        "alumni_boomerang_en",
        sender="Fenmore Alumni <alumni@fenmoregroup.com>",
        subject="We'd love to have you back",
        body="Hi Alex,\n\nAs a Fenmore alumnus, you're invited to explore our open roles. Former colleagues "
        "who rejoin skip the first interview round. See which teams are hiring this "
        "quarter.\n\nFenmore Alumni Network",
    ),
    not_application(
        "survey_after_interview_es",
        sender="Aldaba Talento <encuestas@aldaba.es>",
        subject="¿Qué tal fue tu entrevista con Aldaba?",
        body="Hola Marta,\n\nNos gustaría conocer tu opinión sobre tu experiencia como candidata. Responde "
        "a nuestra breve encuesta (2 minutos).\n\nResponder encuesta",
    ),
    not_application(
        "job_board_apply_now_it",
        sender="InfoLavoro <offerte@infolavoro.it>",
        subject="Ferrero assume: candidati ora",
        body="Ciao Luca,\n\nFerrero sta assumendo per la posizione di Addetto al controllo qualità ad Alba. "
        "Candidati ora con un clic, sei tra i primi candidati!\n\nVedi altre offerte "
        "simili\n\nDisiscriviti",
    ),
    not_application(
        "interview_tips_board_fr",
        sender="Emploi Direct <conseils@emploidirect.fr>",
        subject="5 questions qu'on vous posera en entretien",
        body="Bonjour Thomas,\n\nVous avez un entretien bientôt ? Voici les 5 questions les plus fréquentes "
        "et comment y répondre. Lire l'article\n\nSe désabonner",
    ),
    not_application(
        "coding_bootcamp_de",
        sender="CodeWerk Akademie <info@codewerk-akademie.de>",
        subject="Ihr Weg zum Entwickler-Job: Bootcamp ab März",
        body="Hallo,\n\nin 12 Wochen zum Junior Developer: unser Bootcamp bereitet Sie auf technische "
        "Interviews vor und vermittelt Kontakte zu Partnerunternehmen. Jetzt 15 % Frühbucherrabatt "
        "sichern.\n\nNewsletter abbestellen",
    ),
    not_application(
        "own_gmail_withdraw_en",
        sender="Priya Nair <priya.nair@gmail.com>",
        subject="Withdrawing my application - Product Designer",
        body="Hi Sofia,\n\nThank you for considering me. I've accepted another offer, so I'd like to "
        "withdraw my application for the Product Designer role.\n\nBest wishes,\nPriya",
    ),
    not_application(
        "friend_forwarded_job_nl",
        sender="Joris Bakker <joris.bakker@outlook.com>",
        subject="Fwd: Vacature Planner bij Van Dort",
        body="Hé Kim, zag deze vacature en dacht meteen aan jou! Misschien iets om op te "
        "solliciteren?\n\n---------- Doorgestuurd bericht ----------\nVan Dort Transport zoekt een "
        "Planner (32-40 uur) in Tilburg. Solliciteer via werkenbijvandort.nl.",
    ),
    not_application(
        "cold_outreach_internal_sourcer_en",
        sender="Hannah Wu <hannah.wu@corvelrobotics.com>",
        subject="Controls roles at Corvel Robotics",
        body="Hi Alex,\n\nI came across your profile on GitHub and was impressed by your motor-control "
        "projects. We're hiring controls engineers at Corvel Robotics - would you be up for an "
        "informal chat with our hiring manager next week?\n\nHannah Wu\nTechnical Recruiter, Corvel "
        "Robotics",
    ),
]

SIXTH_BATCH_NOT_APPLICATIONS = [
    not_application(
        "outreach_de_profil_aufgefallen",
        sender="Markus Lenz <m.lenz@personalwerk-sued.de>",
        subject="Kennenlernen? Position Teamleiter Logistik",
        body="Hallo Herr Weber,\n\nIhr Profil auf XING ist mir aufgefallen. Für einen Kunden in Ulm besetze "
        "ich die Position Teamleiter Logistik (m/w/d). Hätten Sie Zeit für ein kurzes "
        "Kennenlerngespräch am Donnerstag?\n\nMarkus Lenz\nPersonalwerk Süd",
    ),
    not_application(
        "outreach_es_perfil",
        sender="Lucía Martín <lucia.martin@seleccionplus.es>",
        subject="Propuesta: Responsable de Compras",
        body="Hola Marta,\n\nHe visto tu perfil en LinkedIn y creo que encajarías en un puesto de "
        "Responsable de Compras para un cliente en Madrid. ¿Tendrías un momento para una entrevista "
        "telefónica esta semana?\n\nLucía Martín\nSelección Plus",
    ),
    not_application(
        "own_org_address_es",
        sender="Marta López <marta.lopez@uv.es>",
        subject="Candidatura - Técnica de Laboratorio",
        body="Estimados señores:\n\nMe dirijo a ustedes para presentar mi candidatura al puesto de Técnica "
        "de Laboratorio. Adjunto mi currículum vitae.\n\nAtentamente,\nMarta López",
    ),
    not_application(
        "own_org_address_it",
        sender="Luca Bianchi <luca.bianchi@studenti.unimi.it>",
        subject="Candidatura stage Marketing",
        body="Gentile Responsabile,\n\ncon la presente invio la mia candidatura per lo stage in Marketing. "
        "In allegato trovate il mio curriculum.\n\nCordiali saluti,\nLuca Bianchi",
    ),
    not_application(
        "own_org_address_fr",
        sender="Hugo Martin <hugo.martin@atelier-lumen.fr>",
        subject="Candidature - Chef de projet",
        body="Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature au poste de Chef de "
        "projet. Vous trouverez ci-joint mon CV et ma lettre de motivation.\n\nCordialement,\nHugo "
        "Martin",
    ),
    not_application(
        "talent_community_it",
        sender="Ferrero Careers <careers@ferrero.example>",
        subject="Benvenuto nella Ferrero Talent Community",
        body="Ciao Luca,\n\ngrazie per esserti iscritto alla nostra Talent Community. Riceverai "
        "aggiornamenti sulle nuove posizioni aperte e sugli eventi di recruiting.\n\nFerrero Talent "
        "Acquisition",
    ),
    not_application(
        "talent_community_nl",
        sender="Werken bij Koel & Co <talent@koelenco.nl>",
        subject="Welkom in onze talentpool",
        body="Hoi Kim,\n\nBedankt voor je aanmelding voor onze talentpool. Zodra er een vacature is die bij "
        "je past, kunnen onze recruiters je uitnodigen voor een kennismaking.\n\nTeam Koel & Co",
    ),
    not_application(
        "profile_nudge_en_could",
        sender="HireLoop <team@hireloop.io>",
        subject="3 steps to get noticed",
        body="Hi Alex,\n\nAdd a headline, your skills and a photo, and hiring managers could invite you to "
        "interviews directly through HireLoop.\n\nFinish my profile",
    ),
    not_application(
        "referral_request_work_address_en",
        sender="Chris Doyle <chris.doyle@harbourbank.com>",
        subject="Quick favour - Lumencraft",
        body="Hi Sam,\n\nI noticed Lumencraft is hiring a Product Manager. Would you be able to refer me, "
        "or introduce me to the hiring manager? Happy to send my CV.\n\nThanks,\nChris",
    ),
    not_application(
        "salary_report_pt",
        sender="Salários PT <estudo@salariospt.pt>",
        subject="Estudo salarial 2027: quanto ganha um engenheiro?",
        body="Olá,\n\nConsulte o nosso estudo salarial e descubra quanto ganham os profissionais da sua "
        "área. Responda ao inquérito e receba o relatório completo.\n\nCancelar subscrição",
    ),
    not_application(
        "coding_challenge_es",
        sender="RetoCode <hola@retocode.es>",
        subject="Nuevo reto semanal: ¿te atreves?",
        body="Hola,\n\nEl reto de esta semana ya está disponible. Los mejores participantes pueden ser "
        "invitados a entrevistas con empresas tecnológicas.\n\nParticipar\n\nDarse de baja",
    ),
    not_application(
        "interview_prep_pt",
        sender="Entrevista Certa <ola@entrevistacerta.pt>",
        subject="Prepare a sua próxima entrevista de emprego",
        body="Olá,\n\nO nosso curso online ensina-o a responder às perguntas mais difíceis numa entrevista. "
        "Inscreva-se até domingo e ganhe 25% de desconto.\n\nCancelar subscrição",
    ),
    not_application(
        "hiring_event_candidates_who_de",
        sender="Hansa Logistik Karriere <karriere@hansa-logistik.de>",
        subject="Recruiting-Tag am 7. März",
        body="Hallo,\n\nam 7. März öffnen wir unsere Türen. Bewerberinnen und Bewerber, die ihren "
        "Lebenslauf mitbringen, können direkt vor Ort ein Vorstellungsgespräch führen.\n\nIhr Hansa "
        "Logistik Team",
    ),
]

SEVENTH_BATCH_NOT_APPLICATIONS = [
    not_application(
        "en_inmail_open_to_relocating",
        sender="Owen Reilly <owen.reilly@peakhire.com>",
        subject="Relocation opportunity - Dublin",
        body="Hi Jordan,\n\nWould you consider relocating to Dublin for the right role? I'm hiring a "
        "Payroll Lead for a fast-growing client and your LinkedIn profile stood out. Free for a "
        "15-minute call on Wednesday?\n\nOwen\nPeakHire",
    ),
    not_application(
        "en_talent_network_events",
        sender="Brightmoor Health Talent Network <talentnetwork@brightmoorhealth.org>",
        subject="You've joined the Brightmoor Health Talent Network",
        body="Hi Jordan,\n\nThanks for joining our Talent Network! You'll get invitations to our hiring "
        "events, where nurses and allied health professionals can meet our managers and interview on "
        "the day.\n\nBrightmoor Health",
    ),
    not_application(
        "en_profile_strength",
        sender="Staffly <hello@staffly.io>",
        subject="Jordan, recruiters are searching for Medical Receptionists",
        body="Hi Jordan,\n\n14 recruiters searched for Medical Receptionists near you this week. Profiles "
        "with a photo and three skills are 5x more likely to be invited to an interview.\n\nImprove my "
        "profile\n\nManage email preferences",
    ),
    not_application(
        "fr_alerte_recherche",
        sender="Cadres Emploi <alertes@cadresemploi.example>",
        subject="Alerte emploi : 6 offres Responsable RH",
        body="Bonjour Thomas,\n\nDe nouvelles offres correspondent à votre alerte « Responsable RH » "
        ":\n\nResponsable RH - Groupe Ardent - Lille\nRRH Site - Logimax - Arras\n\nVoir les "
        "offres\n\nGérer mes alertes",
    ),
    not_application(
        "de_gehaltscheck",
        sender="StepJobs Gehaltscheck <gehalt@stepjobs.de>",
        subject="Was verdienen Lohnbuchhalter in Bremen?",
        body="Hallo Frau Hoffmann,\n\nmit unserem kostenlosen Gehaltscheck vergleichen Sie Ihr Gehalt mit "
        "über 50.000 Angaben. Nur 3 Minuten!\n\nZum Gehaltscheck\n\nNewsletter abbestellen",
    ),
    not_application(
        "it_referral_request",
        sender="Paolo Russo <paolo.russo@outlook.it>",
        subject="Un favore: referenza in Emme Trasporti?",
        body="Ciao Luca,\n\nso che lavori in Emme Trasporti e che cercate un autista. Potresti fare il mio "
        "nome al responsabile? Ti giro il mio curriculum.\n\nGrazie,\nPaolo",
    ),
    not_application(
        "es_reto_programacion_empresa",
        sender="Aldaba Tech Talent <techtalent@aldaba.es>",
        subject="Aldaba Code Challenge 2027: inscríbete",
        body="Hola Marta,\n\nParticipa en nuestro Code Challenge el 20 de marzo. Los equipos ganadores "
        "podrán hacer entrevistas con nuestros equipos de ingeniería.\n\nInscríbete aquí\n\nDarse de "
        "baja",
    ),
    not_application(
        "nl_sollicitatiecursus",
        sender="CarrièreCoach <info@carrierecoach.nl>",
        subject="Gratis webinar: zo overtuig je in een sollicitatiegesprek",
        body="Hoi,\n\nIn ons gratis webinar van donderdag leer je hoe je overtuigt in een "
        "sollicitatiegesprek. Meld je nu aan!\n\nAfmelden",
    ),
    not_application(
        "pt_outreach_linkedin",
        sender="Inês Ferreira <ines.ferreira@recrutamais.pt>",
        subject="Oportunidade: Gestor de Produto",
        body="Olá Ana,\n\nVi o seu perfil no LinkedIn e estou a recrutar um Gestor de Produto para um "
        "cliente no Porto. Estaria aberta a conversar? Podemos marcar uma chamada na "
        "quinta-feira.\n\nInês Ferreira\nRecruta Mais",
    ),
    not_application(
        "own_gmail_thanks_after_interview_it",
        sender="Luca Bianchi <luca.bianchi90@gmail.com>",
        subject="Grazie per il colloquio",
        body="Gentile Dott.ssa Rinaldi,\n\nla ringrazio per il colloquio di ieri per la posizione di "
        "Impiegato amministrativo. È stato un piacere conoscere lei e il team.\n\nCordiali "
        "saluti,\nLuca Bianchi",
    ),
    not_application(
        "own_domain_reschedule_en",
        sender="Jordan Lee <hello@jordanlee.dev>",
        subject="Re: Interview - Frontend Developer",
        body="Hi Karen,\n\nI'm so sorry, but could we move my interview on Thursday to Friday at the same "
        "time? A family matter has come up.\n\nThanks,\nJordan Lee",
    ),
    not_application(
        "own_uni_address_followup_de",
        sender="Jonas Keller <jonas.keller@stud.tu-muenchen.de>",
        subject="Nachfrage Bewerbung Werkstudent Data Science",
        body="Sehr geehrte Frau Berger,\n\nich wollte mich nach dem Status meiner Bewerbung als Werkstudent "
        "Data Science erkundigen, die ich vor drei Wochen eingereicht habe.\n\nViele Grüße\nJonas "
        "Keller",
    ),
    not_application(
        "alumni_colleagues_fr",
        sender="Solvane Alumni <alumni@solvane.com>",
        subject="Revenez chez Solvane",
        body="Bonjour Thomas,\n\nLes anciens collaborateurs qui postulent à nouveau passent directement à "
        "l'entretien final. Découvrez nos postes ouverts ce trimestre.\n\nSolvane Alumni",
    ),
    not_application(
        "en_career_fair_interviews_on_day",
        sender="Crestline Hotels Careers <careers@crestlinehotels.com>",
        subject="Join us at our Open Hiring Day",
        body="Hi Jordan,\n\nWe're holding an Open Hiring Day on 12 April at the Crestline Riverside. "
        "Candidates who attend can interview with our managers on the spot. No application "
        "needed.\n\nCrestline Hotels",
    ),
]

EIGHTH_BATCH_NOT_APPLICATIONS = [
    not_application(
        "en_sourcer_github_interview",
        sender="Dana Price <dana.price@quillstack.com>",
        subject="Your open-source work",
        body="Hi Alex,\n\nI saw your contributions to the pgsync project on GitHub - really impressive. I "
        "lead recruiting at Quillstack and we'd love to interview you for our Staff Engineer opening. "
        "Any chance you're free next week?\n\nDana Price\nQuillstack",
    ),
    not_application(
        "de_talent_community_newsletter",
        sender="Nordmetall Talent Community <talent@nordmetall.de>",
        subject="Neuigkeiten aus der Nordmetall Talent Community",
        body="Hallo Frau Hoffmann,\n\nin diesem Monat: Einblicke in unser Werk in Hamburg, neue "
        "Ausbildungsplätze und Tipps für Ihr Vorstellungsgespräch. Mehr lesen\n\nNewsletter "
        "abbestellen",
    ),
    not_application(
        "fr_completer_profil_candidat",
        sender="Batiroc Carrières <no-reply@batiroc.fr>",
        subject="Complétez votre profil candidat",
        body="Bonjour Thomas,\n\nVotre profil candidat Batiroc est incomplet. Ajoutez votre CV pour que nos "
        "recruteurs puissent vous proposer des postes adaptés.\n\nBatiroc Carrières",
    ),
    not_application(
        "es_alerta_guardada",
        sender="Trabajos Hoy <alertas@trabajoshoy.es>",
        subject="Tu alerta 'contable': 4 ofertas nuevas",
        body="Hola Marta,\n\nHay 4 ofertas nuevas para tu alerta:\n\nContable senior - Grupo Turia - "
        "Valencia\nTécnico contable - Mediterránea Foods - Alicante\n\nVer ofertas",
    ),
    not_application(
        "it_webinar_colloquio",
        sender="Lavoro Smart <eventi@lavorosmart.it>",
        subject="Webinar gratuito: come superare il colloquio di lavoro",
        body="Ciao,\n\ngiovedì alle 18 ti aspettiamo al webinar gratuito: come prepararsi al colloquio di "
        "lavoro e rispondere alle domande più difficili. Iscriviti ora!\n\nDisiscriviti",
    ),
    not_application(
        "pt_inquerito_salarial",
        sender="Carreiras Hoje <inquerito@carreirashoje.pt>",
        subject="Quanto vale o seu trabalho? Inquérito salarial 2027",
        body="Olá Ana,\n\nPartilhe o seu salário e a sua função de forma anónima e receba um relatório "
        "personalizado.\n\nResponder ao inquérito\n\nCancelar subscrição",
    ),
    not_application(
        "nl_doorverwijzing_verzoek",
        sender="Ruben Visser <ruben.visser@gmail.com>",
        subject="Kun je me aanbevelen bij Koel & Co?",
        body="Hoi Kim,\n\nIk zag dat Koel & Co een teamleider zoekt. Zou jij me kunnen aanbevelen bij de "
        "recruiter? Mijn cv stuur ik mee.\n\nGroet,\nRuben",
    ),
    not_application(
        "own_work_address_accept_offer_en",
        sender="Chris Doyle <chris.doyle@harbourbank.com>",
        subject="Re: Offer - Product Manager",
        body="Hi Lena,\n\nThank you - I'm delighted to accept the offer for the Product Manager role. I'll "
        "sign the contract this week.\n\nBest,\nChris Doyle",
    ),
    not_application(
        "own_domain_thanks_de",
        sender="Jonas Keller <mail@jonaskeller.de>",
        subject="Danke für das Gespräch",
        body="Sehr geehrte Frau Berger,\n\nvielen Dank, dass Sie sich gestern Zeit für das Gespräch mit mir "
        "genommen haben. Ich bin weiterhin sehr an der Stelle interessiert.\n\nViele Grüße\nJonas "
        "Keller",
    ),
    not_application(
        "coding_platform_hiring_partners_en",
        sender="CodeArena Careers <careers@codearena.dev>",
        subject="Companies that hire through CodeArena",
        body="Hi Alex,\n\nThese companies hire engineers through CodeArena: Pinecrest Labs, Northwind "
        "Analytics, Corvel Robotics. Top-rated developers may be invited to interviews within "
        "days.\n\nSee all hiring partners\n\nUnsubscribe",
    ),
]

NINTH_BATCH_NOT_APPLICATIONS = [
    not_application(
        "en_hey_open_to_chat_contract",
        sender="Raj Patel <raj@contractbridge.io>",
        subject="Contract React role - 6 months",
        body="Hey Alex, hope you're well. I have a 6-month React contract with a fintech client, fully "
        "remote, £550/day. Are you open to a quick chat tomorrow? Cheers, Raj",
    ),
    not_application(
        "de_profil_vervollstaendigen",
        sender="Jobwelt <service@jobwelt.example>",
        subject="Vervollständigen Sie Ihr Profil",
        body="Hallo Herr Weber,\n\nIhr Profil ist erst zu 40 % ausgefüllt. Ergänzen Sie Ihre "
        "Berufserfahrung, damit Arbeitgeber Sie zu einem Vorstellungsgespräch einladen "
        "können.\n\nProfil vervollständigen",
    ),
    not_application(
        "fr_coaching_entretien",
        sender="Coach Carrière <bonjour@coachcarriere.fr>",
        subject="Entretien d'embauche : notre méthode en 3 séances",
        body="Bonjour,\n\nAvec nos 3 séances de coaching, préparez votre prochain entretien d'embauche en "
        "toute confiance. Première séance offerte !\n\nSe désinscrire",
    ),
    not_application(
        "es_own_org_address_gracias_entrevista",
        sender="Marta López <marta.lopez@uv.es>",
        subject="Gracias por la entrevista",
        body="Estimada Sra. Gil:\n\nMuchas gracias por la entrevista de ayer para el puesto de Técnica de "
        "Laboratorio. Sigo muy interesada en la posición.\n\nAtentamente,\nMarta López",
    ),
    not_application(
        "nl_talentcommunity_nieuwsbrief",
        sender="Van Dort Talent <talent@vandort.nl>",
        subject="Nieuws uit onze talentcommunity",
        body="Hoi Kim,\n\nDeze maand: een kijkje in onze planning-afdeling, drie nieuwe vacatures en tips "
        "voor je sollicitatiegesprek. Lees meer\n\nAfmelden",
    ),
    not_application(
        "pt_pedido_referencia",
        sender="Sofia Almeida <sofia.almeida@sapo.pt>",
        subject="Podes recomendar-me na Lusomar?",
        body="Olá Ana,\n\nVi que a Lusomar está a recrutar um técnico de manutenção. Podias recomendar-me "
        "aos recursos humanos? Envio-te o meu CV.\n\nObrigada!\nSofia",
    ),
    not_application(
        "it_hackathon_recruiting",
        sender="HackItalia <info@hackitalia.it>",
        subject="Hackathon Milano: iscrizioni aperte",
        body="Ciao,\n\nil 15 maggio si terrà l'Hackathon Milano. I partecipanti che si distinguono potranno "
        "sostenere un colloquio con le aziende sponsor.\n\nIscriviti ora\n\nDisiscriviti",
    ),
    not_application(
        "en_salary_benchmark_board",
        sender="JobNest Insights <insights@jobnest.com>",
        subject="Your salary report: Medical Receptionist",
        body="Hi Jordan,\n\nMedical Receptionists in your area earn £22,000-£26,000. See how your pay "
        "compares and which skills lead to interviews for higher-paying roles.\n\nSee the full "
        "report\n\nUnsubscribe",
    ),
    not_application(
        "own_domain_withdraw_fr",
        sender="Hugo Martin <contact@hugo-martin.fr>",
        subject="Retrait de ma candidature",
        body="Bonjour Madame Leroy,\n\nJ'ai accepté une autre proposition et je souhaite donc retirer ma "
        "candidature au poste de Chargé de communication. Merci pour votre "
        "considération.\n\nCordialement,\nHugo Martin",
    ),
]

NOT_APPLICATIONS = (
    FIRST_BATCH_NOT_APPLICATIONS
    + SECOND_BATCH_NOT_APPLICATIONS
    + THIRD_BATCH_NOT_APPLICATIONS
    + FOURTH_BATCH_NOT_APPLICATIONS
    + FIFTH_BATCH_NOT_APPLICATIONS
    + SIXTH_BATCH_NOT_APPLICATIONS
    + SEVENTH_BATCH_NOT_APPLICATIONS
    + EIGHTH_BATCH_NOT_APPLICATIONS
    + NINTH_BATCH_NOT_APPLICATIONS
)


@pytest.mark.parametrize("mail", NOT_APPLICATIONS)
def test_job_mail_about_no_application_of_the_readers_makes_no_record(mail):
    assert extract(**mail).kind is not Kind.APPLICATION


FIRST_BATCH_APPLICATIONS = [
    application_row(
        "confirm_plus_talent_community_en",
        Status.APPLIED,
        "Harwick Energy",
        "Field Technician",
        sender="Harwick Energy Careers <careers@harwickenergy.com>",
        subject="Thanks for applying - Field Technician",
        body="Hi Jordan,\n\nThank you for applying for the Field Technician position at Harwick Energy. Our "
        "recruiting team will review your application and be in touch if your experience matches our "
        "needs. You've also joined our talent network, so you'll hear about similar roles.\n\nHarwick "
        "Energy Talent Acquisition",
    ),
    application_row(
        "profile_complete_after_apply_en",
        Status.APPLIED,
        "Brightmoor Health",
        "Medical Receptionist",
        sender="Brightmoor Health Recruiting <no-reply@brightmoor.myworkdayjobs.com>",
        subject="Your application for Medical Receptionist has been received",
        body="Hi Jordan,\n\nWe've received your application for Medical Receptionist. While we review it, "
        "you can complete your candidate profile to help our recruiters learn more about "
        "you.\n\nBrightmoor Health",
    ),
    application_row(
        "recruiter_after_applied_open_to_call_en",
        Status.INTERVIEW,
        "Caldera Systems",
        "Data Engineer",
        sender="Nina Park <nina.park@calderasystems.com>",
        subject="Your application - Data Engineer",
        body="Hi Alex,\n\nThanks for applying for the Data Engineer role at Caldera Systems. I'd like to "
        "set up a 30-minute phone screen to learn more about your background. Are you available "
        "Thursday or Friday afternoon?\n\nBest,\nNina Park\nTalent Acquisition, Caldera Systems",
    ),
    application_row(
        "coding_challenge_for_application_en",
        Status.ASSESSMENT,
        "Pinecrest Labs",
        "Backend Developer",
        sender="Pinecrest Labs Hiring <hiring@pinecrestlabs.com>",
        subject="Next step: coding challenge for Backend Developer",
        body="Hi Alex,\n\nThanks for your application for the Backend Developer role. As the next step, "
        "please complete our online coding challenge on CodeArena within 5 days. It takes about 90 "
        "minutes.\n\nGood luck!\nPinecrest Labs Recruiting",
    ),
    application_row(
        "referral_application_received_en",
        Status.APPLIED,
        "Lumencraft",
        "Product Designer",
        sender="Lumencraft Recruiting <jobs@lumencraft.com>",
        subject="We received your application (referred by Sam Ortiz)",
        body="Hi Priya,\n\nThanks for applying for the Product Designer role at Lumencraft. Sam Ortiz "
        "referred you, and your application is now with our design hiring team. We'll be in touch "
        "within two weeks.\n\nLumencraft Recruiting",
    ),
    application_row(
        "salary_expectations_in_process_en",
        Status.INTERVIEW,
        "Fenmore Group",
        "Operations Analyst",
        sender="Tara Quinn <tara.quinn@fenmoregroup.com>",
        subject="Operations Analyst - interview and salary expectations",
        body="Hi Alex,\n\nThanks again for your application for the Operations Analyst role. Before we "
        "schedule your interview with the hiring manager next week, could you share your salary "
        "expectations and notice period?\n\nKind regards,\nTara Quinn\nFenmore Group HR",
    ),
    application_row(
        "de_agency_after_application",
        Status.INTERVIEW,
        "Kopfwerk Personal",
        "Controller",
        sender="Julia Brandt <j.brandt@kopfwerk-personal.de>",
        subject="Ihre Bewerbung als Controller (m/w/d)",
        body="Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Controller (m/w/d) über unsere "
        "Website. Gerne würde ich Sie in einem kurzen Telefoninterview näher kennenlernen. Wann passt "
        "Ihnen ein Termin diese Woche?\n\nViele Grüße\nJulia Brandt\nKopfwerk Personal",
    ),
    application_row(
        "fr_candidature_recue_vivier",
        Status.APPLIED,
        "Groupe Verlaine",
        "Chef de projet digital",
        sender="Groupe Verlaine Recrutement <recrutement@groupe-verlaine.fr>",
        subject="Votre candidature : Chef de projet digital",
        body="Bonjour,\n\nNous avons bien reçu votre candidature au poste de Chef de projet digital et vous "
        "en remercions. Elle sera étudiée avec attention. Votre profil rejoint également notre vivier "
        "de talents.\n\nL'équipe Recrutement Groupe Verlaine",
    ),
    application_row(
        "nl_sollicitatie_ontvangen_profiel",
        Status.APPLIED,
        "Van Dort Transport",
        "Logistiek medewerker",
        sender="Van Dort Transport <werken@vandort.nl>",
        subject="Bevestiging sollicitatie Logistiek medewerker",
        body="Beste Kim,\n\nBedankt voor je sollicitatie op de vacature Logistiek medewerker. We hebben je "
        "cv en motivatie in goede orde ontvangen. Je hoort binnen twee weken van ons.\n\nMet "
        "vriendelijke groet,\nVan Dort Transport",
    ),
    application_row(
        "es_prueba_tecnica",
        Status.ASSESSMENT,
        "Grupo Turia",
        "Administrativo contable",
        sender="Grupo Turia RRHH <rrhh@grupoturia.es>",
        subject="Proceso de selección Administrativo contable - prueba online",
        body="Hola Marta,\n\nGracias por tu candidatura al puesto de Administrativo contable. Como "
        "siguiente paso del proceso de selección, te invitamos a realizar una prueba online de Excel "
        "antes del lunes.\n\nUn saludo,\nRRHH Grupo Turia",
    ),
    application_row(
        "pt_entrevista_apos_candidatura",
        Status.INTERVIEW,
        "Lusomar",
        "Técnico de Manutenção",
        sender="Carreiras Lusomar <carreiras@lusomar.pt>",
        subject="A sua candidatura - Técnico de Manutenção",
        body="Olá Ana,\n\nObrigado pela sua candidatura à vaga de Técnico de Manutenção. Gostaríamos de a "
        "convidar para uma entrevista presencial na próxima quarta-feira às 10h na nossa sede em "
        "Aveiro.\n\nEquipa de Recrutamento Lusomar",
    ),
    application_row(
        "it_colloquio_dopo_candidatura",
        Status.INTERVIEW,
        "Ferrovie Nord Servizi",
        "Impiegato amministrativo",
        sender="Selezione Ferrovie Nord Servizi <selezione@fnservizi.it>",
        subject="Candidatura Impiegato amministrativo - invito a colloquio",
        body="Gentile Luca,\n\nla ringraziamo per la sua candidatura alla posizione di Impiegato "
        "amministrativo. Siamo lieti di invitarla a un colloquio conoscitivo martedì 15 alle ore "
        "11.\n\nCordiali saluti,\nUfficio Selezione Ferrovie Nord Servizi",
    ),
    application_row(
        "small_employer_free_mailbox_tuesday",
        Status.INTERVIEW,
        "Mercer Plumbing & Heating",
        None,
        sender="Dave Mercer <dave.mercer.plumbing@gmail.com>",
        subject="Re: Apprentice plumber application",
        body="Hi Jordan,\n\nThanks for your application for the apprentice plumber job. Tuesday works for "
        "me too - come to the yard at 9am and we'll have a chat.\n\nDave\nMercer Plumbing & Heating",
    ),
    application_row(
        "rejection_with_newsletter_footer_en",
        Status.REJECTED,
        "Solvane",
        "IT Project Manager",
        sender="Solvane Careers <careers@solvane.com>",
        subject="Your application for IT Project Manager",
        body="Dear Thomas,\n\nThank you for your interest in the IT Project Manager position at Solvane. "
        "After careful review, we have decided to move forward with other candidates.\n\nWe'd love to "
        "stay in touch: join our talent community to hear about future openings.\n\nSolvane Talent "
        "Acquisition",
    ),
    application_row(
        "offer_en_after_challenge",
        Status.OFFER,
        "Pinecrest Labs",
        "Backend Developer",
        sender="Maya Chen <maya.chen@pinecrestlabs.com>",
        subject="Offer - Backend Developer",
        body="Hi Alex,\n\nGreat news: after your coding challenge and interviews, we're delighted to offer "
        "you the Backend Developer position at Pinecrest Labs. Your offer letter is attached; please "
        "let us know by Friday.\n\nMaya Chen\nHead of Engineering, Pinecrest Labs",
    ),
    application_row(
        "de_absage_talentpool",
        Status.REJECTED,
        "Batiroc",
        "Bauleiter",
        sender="Batiroc Karriere <karriere@batiroc.de>",
        subject="Ihre Bewerbung als Bauleiter",
        body="Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Bauleiter. Leider müssen wir "
        "Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Gerne nehmen "
        "wir Sie in unseren Talentpool auf.\n\nMit freundlichen Grüßen\nBatiroc Karriere",
    ),
]

SECOND_BATCH_APPLICATIONS = [
    application_row(
        "small_employer_gmail_tuesday_first",
        Status.INTERVIEW,
        "Mercer Plumbing & Heating",
        None,
        sender="Dave Mercer <dave.mercer.plumbing@gmail.com>",
        subject="Re: Apprentice plumber",
        body="Hi Jordan,\n\nTuesday works for me. Come to the yard at 9am for an interview and bring your "
        "CV.\n\nDave\nMercer Plumbing & Heating",
    ),
    application_row(
        "small_employer_gmail_free_thursday",
        Status.INTERVIEW,
        "Rosa's Café",
        None,
        sender="Rosa's Café <rosascafe.bristol@gmail.com>",
        subject="Re: Waitress job",
        body="Hi Jordan,\n\nThanks for your CV. I'm free Thursday afternoon if you'd like to pop in for a "
        "quick interview around 3pm.\n\nRosa",
    ),
    application_row(
        "employer_domain_named_after_owner",
        Status.INTERVIEW,
        "Mercer Plumbing",
        None,
        sender="Dave Mercer <dave@mercerplumbing.co.uk>",
        subject="Your application - apprentice plumber",
        body="Hi Jordan,\n\nThanks for applying. Could you come in for an interview on Tuesday at 9am at "
        "our yard?\n\nDave Mercer\nMercer Plumbing",
    ),
    application_row(
        "es_comunidad_talento_y_candidatura",
        Status.APPLIED,
        "Aldaba",
        "Técnico de Soporte",
        sender="Empleo Aldaba <talento@aldaba.es>",
        subject="Hemos recibido tu candidatura: Técnico de Soporte",
        body="Hola Marta,\n\nGracias por tu candidatura para el puesto de Técnico de Soporte. La "
        "revisaremos con atención. Además, ya formas parte de nuestra comunidad de talento.\n\nEquipo "
        "de Talento Aldaba",
    ),
    application_row(
        "nl_profiel_na_sollicitatie",
        Status.APPLIED,
        "Werkhaven",
        "Servicemonteur",
        sender="Werkhaven Recruitment <recruitment@werkhaven.nl>",
        subject="We hebben je sollicitatie ontvangen",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie als Servicemonteur. Maak ook je profiel compleet, "
        "zodat onze recruiters je beter leren kennen.\n\nWerkhaven Recruitment",
    ),
    application_row(
        "fr_entretien_recruteur_apres_candidature",
        Status.INTERVIEW,
        "Talentis Conseil",
        None,
        sender="Claire Dumas <claire.dumas@talentis-conseil.fr>",
        subject="Suite à votre candidature - Responsable Achats",
        body="Bonjour Thomas,\n\nSuite à votre candidature pour le poste de Responsable Achats, je "
        "souhaiterais échanger avec vous lors d'un entretien téléphonique. Seriez-vous disponible "
        "mercredi ?\n\nClaire Dumas\nTalentis Conseil",
    ),
    application_row(
        "it_test_online_candidatura",
        Status.ASSESSMENT,
        "Logistica Padana",
        "Magazziniere",
        sender="Logistica Padana Selezione <selezione@logisticapadana.it>",
        subject="La tua candidatura come Magazziniere",
        body="Ciao Luca,\n\ngrazie per la tua candidatura come Magazziniere. Il prossimo passo è un breve "
        "test online di logica da completare entro venerdì.\n\nUfficio Selezione",
    ),
    application_row(
        "pt_rejeicao_banco_talentos",
        Status.REJECTED,
        "Hotel Atlântico",
        "Rececionista",
        sender="Hotel Atlântico RH <rh@hotelatlantico.pt>",
        subject="A sua candidatura a Rececionista",
        body="Olá Ana,\n\nAgradecemos a sua candidatura à vaga de Rececionista. Infelizmente, decidimos "
        "avançar com outros candidatos. O seu currículo ficará no nosso banco de talentos.\n\nRH Hotel "
        "Atlântico",
    ),
    application_row(
        "de_einladung_nach_bewerbung_gmx",
        Status.INTERVIEW,
        "Bäckerei Sommer",
        None,
        sender="Bäckerei Sommer <baeckerei.sommer@gmx.de>",
        subject="Re: Bewerbung Verkäuferin",
        body="Hallo Frau Hoffmann,\n\ndanke für Ihre Bewerbung. Donnerstag passt mir gut, kommen Sie gern "
        "um 15 Uhr zu einem Vorstellungsgespräch in die Filiale.\n\nViele Grüße\nMonika Sommer",
    ),
    application_row(
        "en_referral_in_process_interview",
        Status.INTERVIEW,
        "Oakridge",
        "Account Executive",
        sender="Oakridge Recruiting <recruiting@oakridge.com>",
        subject="Interview invitation - Account Executive",
        body="Hi Sam,\n\nThanks for applying for the Account Executive role through an employee referral. "
        "We'd like to invite you to a video interview with our sales director next Monday at "
        "2pm.\n\nOakridge Recruiting",
    ),
    application_row(
        "en_challenge_platform_ats",
        Status.ASSESSMENT,
        "Northwind Analytics",
        "Data Scientist",
        sender="Northwind Analytics via CodeArena <no-reply@codearena.dev>",
        subject="Northwind Analytics has invited you to a coding assessment",
        body="Hi Alex,\n\nAs part of your application for Data Scientist at Northwind Analytics, you have "
        "been invited to complete a 60-minute coding assessment. The link expires in 7 "
        "days.\n\nCodeArena",
    ),
    application_row(
        "en_salary_offer_negotiation",
        Status.OFFER,
        "Fenmore Group",
        "Operations Analyst",
        sender="Tara Quinn <tara.quinn@fenmoregroup.com>",
        subject="Offer - Operations Analyst",
        body="Hi Alex,\n\nWe're pleased to offer you the Operations Analyst role at Fenmore Group with a "
        "base salary of £42,000. Please review the attached offer letter and let me know if you have "
        "questions.\n\nTara Quinn\nFenmore Group HR",
    ),
    application_row(
        "en_recruiter_are_you_open_after_applying",
        Status.INTERVIEW,
        "Brightmoor Health",
        "Medical Receptionist",
        sender="Kelly Hart <kelly.hart@brightmoorhealth.org>",
        subject="Medical Receptionist application",
        body="Hi Jordan,\n\nI saw your application for the Medical Receptionist position. Are you open to a "
        "quick phone interview tomorrow morning?\n\nKelly Hart\nRecruiter, Brightmoor Health",
    ),
    application_row(
        "nl_uitnodiging_gesprek",
        Status.INTERVIEW,
        "Van Dort Transport",
        "Planner",
        sender="Van Dort Transport <werken@vandort.nl>",
        subject="Uitnodiging sollicitatiegesprek Planner",
        body="Beste Kim,\n\nNaar aanleiding van je sollicitatie als Planner nodigen we je graag uit voor "
        "een gesprek op dinsdag 14 januari om 10.00 uur.\n\nMet vriendelijke groet,\nVan Dort "
        "Transport",
    ),
    application_row(
        "es_rechazo_comunidad",
        Status.REJECTED,
        "Levante Logística",
        "Auxiliar administrativo",
        sender="Levante Logística <empleo@levantelogistica.es>",
        subject="Tu candidatura a Auxiliar administrativo",
        body="Hola Marta,\n\nGracias por tu interés en el puesto de Auxiliar administrativo. Lamentamos "
        "comunicarte que hemos seleccionado a otra persona. Te invitamos a unirte a nuestra comunidad "
        "de talento.\n\nLevante Logística",
    ),
]

THIRD_BATCH_APPLICATIONS = [
    application_row(
        "person_domain_employer_with_reference",
        Status.INTERVIEW,
        "Anna Berg Fotografie",
        None,
        sender="Anna Berg <anna@annaberg.de>",
        subject="Re: Bewerbung als Fotoassistenz",
        body="Hallo Jonas,\n\nvielen Dank für deine Bewerbung als Fotoassistenz. Freitag passt mir gut: "
        "komm doch um 10 Uhr ins Studio zu einem Vorstellungsgespräch.\n\nAnna\nAnna Berg Fotografie",
    ),
    application_row(
        "recruiter_after_application_client_interview_en",
        Status.INTERVIEW,
        "Apex Search",
        None,
        sender="Greg Holt <greg.holt@apexsearch.co.uk>",
        subject="Your application - Senior Accountant",
        body="Hi Alex,\n\nThanks for applying for the Senior Accountant vacancy I advertised. My client "
        "would like to interview you on Wednesday at 2pm at their Leeds office. Can you "
        "confirm?\n\nGreg Holt\nApex Search",
    ),
    application_row(
        "talent_pool_de_then_interview",
        Status.INTERVIEW,
        "Sennwald",
        "Projektmanager",
        sender="Sennwald Karriere <karriere@sennwald.de>",
        subject="Einladung zum Vorstellungsgespräch - Projektmanager",
        body="Hallo Herr Richter,\n\nvielen Dank für Ihre Bewerbung als Projektmanager. Wir möchten Sie "
        "gerne zu einem Vorstellungsgespräch am 12. Januar um 10 Uhr einladen.\n\nIhr Sennwald "
        "Recruiting-Team",
    ),
    application_row(
        "es_entrevista_empresa",
        Status.INTERVIEW,
        "InfoTrabajo",
        "Comercial",
        sender="InfoTrabajo Selección <seleccion@infotrabajo.es>",
        subject="Entrevista para el puesto de Comercial",
        body="Hola Marta,\n\nGracias por tu candidatura al puesto de Comercial. Nos gustaría invitarte a "
        "una entrevista el jueves a las 10:00 en nuestras oficinas de Madrid.\n\nUn saludo,\nEquipo de "
        "Selección",
    ),
    application_row(
        "fr_test_codedefi_pour_candidature",
        Status.ASSESSMENT,
        "Solvane",
        "Développeur Java",
        sender="Solvane via CodeDéfi <no-reply@codedefi.io>",
        subject="Solvane vous invite à un test technique",
        body="Bonjour Thomas,\n\nDans le cadre de votre candidature au poste de Développeur Java chez "
        "Solvane, vous êtes invité à passer un test technique en ligne d'une heure. Le lien est "
        "valable 7 jours.\n\nCodeDéfi",
    ),
    application_row(
        "en_salary_discussion_after_interview",
        Status.INTERVIEW,
        "Caldera Systems",
        "Data Engineer",
        sender="Nina Park <nina.park@calderasystems.com>",
        subject="Next steps - Data Engineer",
        body="Hi Alex,\n\nThanks for your time in the first interview last week. The team would like you to "
        "come back for a final round on Monday at 11am; we can also talk through salary "
        "then.\n\nBest,\nNina Park\nTalent Acquisition, Caldera Systems",
    ),
    application_row(
        "nl_afwijzing_met_talentpool",
        Status.REJECTED,
        "Werkhaven",
        "Servicemonteur",
        sender="Werkhaven Recruitment <recruitment@werkhaven.nl>",
        subject="Je sollicitatie als Servicemonteur",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie als Servicemonteur. Helaas hebben we gekozen voor "
        "een andere kandidaat. Wil je in onze talentpool blijven? Dan kunnen we je benaderen voor "
        "toekomstige vacatures.\n\nWerkhaven Recruitment",
    ),
    application_row(
        "pt_entrevista_recrutadora",
        Status.INTERVIEW,
        "Hotel Atlântico",
        "Rececionista",
        sender="Hotel Atlântico RH <rh@hotelatlantico.pt>",
        subject="Entrevista - Rececionista",
        body="Olá Ana,\n\nNa sequência da sua candidatura à vaga de Rececionista, gostaríamos de a convidar "
        "para uma entrevista na sexta-feira às 15h.\n\nRH Hotel Atlântico",
    ),
    application_row(
        "it_rifiuto_newsletter",
        Status.REJECTED,
        "Emme Trasporti",
        "Carrellista",
        sender="Emme Trasporti <lavora@emmetrasporti.it>",
        subject="La tua candidatura come Carrellista",
        body="Ciao Luca,\n\ngrazie per la tua candidatura come Carrellista. Purtroppo abbiamo scelto un "
        "altro candidato. Iscriviti alla nostra newsletter per ricevere le nuove offerte.\n\nEmme "
        "Trasporti",
    ),
    application_row(
        "en_offer_after_referral",
        Status.OFFER,
        "Lumencraft",
        "Product Designer",
        sender="Lumencraft Recruiting <jobs@lumencraft.com>",
        subject="Your offer from Lumencraft",
        body="Hi Priya,\n\nWe're thrilled to offer you the Product Designer position at Lumencraft. Thank "
        "you again to Sam for the referral! Your offer letter is attached.\n\nLumencraft Recruiting",
    ),
    application_row(
        "en_application_received_complete_profile_prompt",
        Status.APPLIED,
        "Oakridge",
        "Sales Development Rep",
        sender="Oakridge Careers <no-reply@oakridge.greenhouse.io>",
        subject="Thank you for applying to Oakridge",
        body="Hi Sam,\n\nThanks for applying to the Sales Development Rep role at Oakridge! Our team will "
        "review your application. Recruiters can reach you faster if you complete your candidate "
        "profile.\n\nOakridge Recruiting",
    ),
    application_row(
        "de_kennenlerngespraech_nach_bewerbung",
        Status.INTERVIEW,
        "Hansa Logistik",
        "Buchhalter",
        sender="Hansa Logistik Personal <personal@hansa-logistik.de>",
        subject="Ihre Bewerbung als Buchhalter (m/w/d)",
        body="Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Buchhalter (m/w/d). Gerne "
        "laden wir Sie zu einem Kennenlerngespräch per Video am Dienstag um 9 Uhr ein.\n\nHansa "
        "Logistik Personalabteilung",
    ),
    application_row(
        "fr_refus_vivier",
        Status.REJECTED,
        "Batiroc",
        "Conducteur de travaux",
        sender="Batiroc Recrutement <recrutement@batiroc.fr>",
        subject="Votre candidature - Conducteur de travaux",
        body="Bonjour Thomas,\n\nNous vous remercions pour votre candidature au poste de Conducteur de "
        "travaux. Malheureusement, nous avons retenu un autre profil. Les recruteurs pourront vous "
        "recontacter si un poste correspondant se libère.\n\nBatiroc Recrutement",
    ),
    application_row(
        "small_employer_gmail_with_application_named",
        Status.INTERVIEW,
        "Rosa's Café",
        None,
        sender="Rosa's Café <rosascafe.bristol@gmail.com>",
        subject="Re: Waitress job",
        body="Hi Jordan,\n\nThanks for your application for the waitress job. I'm free Thursday at 3pm - "
        "can you come in for an interview then?\n\nRosa",
    ),
]

FOURTH_BATCH_APPLICATIONS = [
    application_row(
        "application_viewed_board_en",
        Status.APPLIED,
        "Brightmoor Health",
        "Medical Receptionist",
        sender="JobNest <alerts@jobnest.com>",
        subject="Your application was viewed by Brightmoor Health",
        body="Hi Jordan,\n\nGood news: Brightmoor Health viewed your application for Medical Receptionist. "
        "We'll let you know if they get in touch.\n\nJobNest",
    ),
    application_row(
        "forwarded_to_employer_de",
        Status.APPLIED,
        "Hansa Logistik",
        "Lohnbuchhalter",
        sender="StepJobs <noreply@stepjobs.de>",
        subject="Ihre Bewerbung wurde an Hansa Logistik gesendet",
        body="Hallo Frau Hoffmann,\n\nIhre Bewerbung als Lohnbuchhalter (m/w/d) wurde erfolgreich an Hansa "
        "Logistik übermittelt. Das Unternehmen meldet sich direkt bei Ihnen.\n\nIhr StepJobs-Team",
    ),
    application_row(
        "interview_at_fair_after_applying_en",
        Status.INTERVIEW,
        "Harbour Freight Lines",
        "Logistics Coordinator",
        sender="Harbour Freight Lines Careers <careers@harbourfreightlines.com>",
        subject="Interview at the Harbour City Careers Fair - Logistics Coordinator",
        body="Hi Jordan,\n\nThanks for applying for the Logistics Coordinator role. We'd like to interview "
        "you at our stand at the Harbour City Careers Fair on 14 March at 11:30. Please reply to "
        "confirm.\n\nHarbour Freight Lines Recruitment",
    ),
    application_row(
        "internal_application_received_en",
        Status.APPLIED,
        "Fenmore Group",
        "Team Lead (Operations)",
        sender="Fenmore Group Recruitment <recruitment@fenmoregroup.com>",
        subject="Internal application received - Team Lead (Operations)",
        body="Hi Sam,\n\nThank you for your internal application for the Team Lead (Operations) vacancy. "
        "We've let your line manager know and will be in touch about interviews in "
        "February.\n\nFenmore Group Recruitment",
    ),
    application_row(
        "vivier_then_poste_fr",
        Status.INTERVIEW,
        "Groupe Verlaine",
        "Chargée de communication",
        sender="Groupe Verlaine Recrutement <recrutement@groupe-verlaine.fr>",
        subject="Votre candidature au poste de Chargée de communication",
        body="Bonjour,\n\nSuite à votre candidature au poste de Chargée de communication, nous aimerions "
        "vous rencontrer pour un entretien le mardi 20 janvier à 14h.\n\nL'équipe Recrutement Groupe "
        "Verlaine",
    ),
    application_row(
        "agency_after_application_it",
        Status.INTERVIEW,
        "Selecta Italia",
        None,
        sender="Marta Ferri <m.ferri@selectaitalia.it>",
        subject="La tua candidatura per Controller - Brescia",
        body="Ciao Luca,\n\ngrazie per esserti candidato all'annuncio di Controller per il nostro cliente "
        "di Brescia. Ti andrebbe di fare un colloquio conoscitivo telefonico giovedì alle 11?\n\nMarta "
        "Ferri\nSelecta Italia",
    ),
    application_row(
        "hackerrank_invite_en",
        Status.ASSESSMENT,
        "Corvel Robotics",
        "Controls Engineer",
        sender="Corvel Robotics <no-reply@hackerrank.com>",
        subject="Corvel Robotics invites you to a HackerRank test",
        body="Hi Alex,\n\nThank you for your interest in the Controls Engineer position at Corvel Robotics. "
        "You have been invited to take a 75-minute online test. Please complete it within 7 "
        "days.\n\nHackerRank on behalf of Corvel Robotics",
    ),
    application_row(
        "es_rechazo_encuesta",
        Status.REJECTED,
        "Salarios Consulting",
        "Analista de datos",
        sender="Salarios Consulting RRHH <rrhh@salariosconsulting.es>",
        subject="Tu candidatura - Analista de datos",
        body="Hola Marta,\n\nGracias por tu candidatura al puesto de Analista de datos. Lamentablemente "
        "hemos decidido continuar con otros candidatos. Si quieres, puedes contarnos tu experiencia en "
        "una breve encuesta.\n\nRRHH Salarios Consulting",
    ),
    application_row(
        "nl_afspraak_gesprek_kleine_werkgever",
        Status.INTERVIEW,
        "Bakkerij Smit",
        None,
        sender="Bakkerij Smit <bakkerijsmit@hotmail.com>",
        subject="Re: sollicitatie verkoopmedewerker",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie. Zaterdag om 10 uur schikt mij goed, kom gerust "
        "langs in de winkel voor een kennismakingsgesprek.\n\nGroet,\nPeter Smit\nBakkerij Smit",
    ),
    application_row(
        "pt_oferta",
        Status.OFFER,
        "Lusomar",
        "Técnico de Manutenção",
        sender="Carreiras Lusomar <carreiras@lusomar.pt>",
        subject="Proposta - Técnico de Manutenção",
        body="Olá Ana,\n\nTemos o prazer de lhe apresentar uma proposta para a vaga de Técnico de "
        "Manutenção na Lusomar. Segue em anexo a carta com as condições.\n\nEquipa de Recrutamento "
        "Lusomar",
    ),
    application_row(
        "de_absage_mit_umfrage",
        Status.REJECTED,
        "Nordmetall",
        "Finanzbuchhalter",
        sender="Nordmetall Karriere <karriere@nordmetall.de>",
        subject="Ihre Bewerbung als Finanzbuchhalter",
        body="Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Finanzbuchhalter. Leider "
        "können wir Ihnen keine positive Rückmeldung geben. Wir würden uns freuen, wenn Sie an einer "
        "kurzen Umfrage zu unserem Bewerbungsprozess teilnehmen.\n\nNordmetall Karriere",
    ),
    application_row(
        "en_application_complete_unsubscribe_footer",
        Status.APPLIED,
        "Corvel Robotics",
        "Controls Engineer",
        sender="Corvel Robotics Careers <careers@corvelrobotics.com>",
        subject="Application received: Controls Engineer",
        body="Hi Alex,\n\nThanks for applying for the Controls Engineer role at Corvel Robotics. Our team "
        "reviews every application and will contact you about interviews if there's a match.\n\nCorvel "
        "Robotics Talent\n\nUnsubscribe from job updates",
    ),
    application_row(
        "en_interview_with_unsubscribe_footer",
        Status.INTERVIEW,
        "Corvel Robotics",
        "Controls Engineer",
        sender="Corvel Robotics Careers <careers@corvelrobotics.com>",
        subject="Interview invitation: Controls Engineer",
        body="Hi Alex,\n\nWe'd like to invite you to a video interview for the Controls Engineer role on "
        "Tuesday at 3pm. Please pick a slot using the link below.\n\nCorvel Robotics Talent\n\nManage "
        "email preferences | Unsubscribe",
    ),
    application_row(
        "fr_entretien_recruteurs_pourront",
        Status.INTERVIEW,
        "Batiroc",
        "Conducteur de travaux",
        sender="Batiroc Recrutement <recrutement@batiroc.fr>",
        subject="Votre candidature - Conducteur de travaux",
        body="Bonjour Thomas,\n\nMerci pour votre candidature. Nos recruteurs pourront vous rencontrer en "
        "entretien le jeudi 22 janvier à 10h à notre agence de Nantes.\n\nBatiroc Recrutement",
    ),
]

FIFTH_BATCH_APPLICATIONS = [
    application_row(
        "agency_vacancy_applied_en",
        Status.APPLIED,
        "Bridgeway Recruitment",
        "Warehouse Operative",
        sender="Bridgeway Recruitment <jobs@bridgewayrecruitment.co.uk>",
        subject="Your application: Warehouse Operative",
        body="Hi Jordan,\n\nThanks for applying for our Warehouse Operative vacancy in Coventry. A "
        "consultant will review your CV and call you if you're a good match.\n\nBridgeway Recruitment",
    ),
    application_row(
        "walk_in_then_invited_en",
        Status.INTERVIEW,
        "Crestline Hotels",
        "Front Desk Agent",
        sender="Crestline Hotels Careers <careers@crestlinehotels.com>",
        subject="Interview - Front Desk Agent",
        body="Hi Jordan,\n\nThanks for applying for the Front Desk Agent role. Rather than the walk-in day, "
        "we'd like to book you a 20-minute interview with our front office manager on Thursday at "
        "11am.\n\nCrestline Hotels",
    ),
    application_row(
        "assessment_centre_graduate_en",
        Status.ASSESSMENT,
        "Oakridge",
        "Graduate Analyst",
        sender="Oakridge Early Careers <earlycareers@oakridge.com>",
        subject="Assessment centre invitation - Graduate Analyst",
        body="Hi Sam,\n\nCongratulations - following your online tests, we'd like to invite you to our "
        "assessment centre for the Graduate Analyst programme on 10 February.\n\nOakridge Early "
        "Careers",
    ),
    application_row(
        "alumni_rehire_interview_en",
        Status.INTERVIEW,
        "Fenmore Group",
        "Finance Business Partner",
        sender="Tara Quinn <tara.quinn@fenmoregroup.com>",
        subject="Your application - Finance Business Partner",
        body="Hi Alex,\n\nGreat to see your application for Finance Business Partner - welcome back! As a "
        "former colleague you'll skip the first round; can you meet the finance director on Wednesday "
        "at 10am?\n\nTara Quinn\nFenmore Group HR",
    ),
    application_row(
        "es_entrevista_con_encuesta_previa",
        Status.INTERVIEW,
        "Aldaba",
        "Técnico de Soporte",
        sender="Aldaba Talento <talento@aldaba.es>",
        subject="Entrevista - Técnico de Soporte",
        body="Hola Marta,\n\nGracias por tu candidatura al puesto de Técnico de Soporte. Te proponemos una "
        "entrevista por videollamada el martes a las 12:00. Después te enviaremos una breve encuesta "
        "sobre tu experiencia.\n\nAldaba Talento",
    ),
    application_row(
        "it_candidatura_ricevuta_board",
        Status.APPLIED,
        "Ferrero",
        "Addetto al controllo qualità",
        sender="InfoLavoro <candidature@infolavoro.it>",
        subject="La tua candidatura è stata inviata a Ferrero",
        body="Ciao Luca,\n\nla tua candidatura per Addetto al controllo qualità è stata inviata a Ferrero. "
        "Ti avviseremo quando l'azienda la visualizzerà.\n\nVedi altre offerte simili\n\nDisiscriviti",
    ),
    application_row(
        "fr_entretien_conseils_joints",
        Status.INTERVIEW,
        "Solvane",
        "Chef de projet IT",
        sender="Solvane Recrutement <recrutement@solvane.fr>",
        subject="Convocation à un entretien - Chef de projet IT",
        body="Bonjour Thomas,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un "
        "entretien le lundi 26 janvier à 9h30. Vous trouverez en pièce jointe quelques conseils pour "
        "préparer votre venue.\n\nSolvane Recrutement",
    ),
    application_row(
        "de_absage_bootcamp_hinweis",
        Status.REJECTED,
        "CodeWerk GmbH",
        "Junior Developer",
        sender="CodeWerk GmbH <jobs@codewerk.de>",
        subject="Ihre Bewerbung als Junior Developer",
        body="Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Junior Developer. Leider haben wir "
        "uns für andere Bewerber entschieden, die mehr Berufserfahrung mitbringen.\n\nViele "
        "Grüße\nCodeWerk GmbH",
    ),
    application_row(
        "nl_uitnodiging_na_doorverwijzing",
        Status.INTERVIEW,
        "Van Dort Transport",
        "Planner",
        sender="Team Werving Van Dort <werken@vandort.nl>",
        subject="Uitnodiging kennismakingsgesprek Planner",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie als Planner - leuk dat Joris je heeft getipt! We "
        "nodigen je graag uit voor een kennismakingsgesprek op woensdag om 14.00 uur.\n\nTeam Werving "
        "Van Dort",
    ),
    application_row(
        "sourcer_after_application_en",
        Status.INTERVIEW,
        "Corvel Robotics",
        "Controls Engineer",
        sender="Hannah Wu <hannah.wu@corvelrobotics.com>",
        subject="Your application - Controls Engineer",
        body="Hi Alex,\n\nThanks for applying to Corvel Robotics - your profile really stood out. Would you "
        "be up for a 30-minute phone interview with our hiring manager next Tuesday?\n\nHannah "
        "Wu\nTechnical Recruiter, Corvel Robotics",
    ),
    application_row(
        "pt_recusa",
        Status.REJECTED,
        "Talento Bridge",
        "Engenheiro de Qualidade",
        sender="Rui Costa <rui.costa@talentobridge.pt>",
        subject="A sua candidatura - Engenheiro de Qualidade",
        body="Olá Ana,\n\nObrigado pela sua candidatura à vaga de Engenheiro de Qualidade. Infelizmente o "
        "nosso cliente decidiu avançar com outro candidato.\n\nRui Costa\nTalento Bridge",
    ),
    application_row(
        "en_hiring_manager_gmail_thanks_for_invitation",
        Status.INTERVIEW,
        "Greenleaf Landscaping",
        None,
        sender="Tom Barker <greenleaf.landscaping@gmail.com>",
        subject="Re: Landscaper job",
        body="Hi Jordan,\n\nThanks for sending your CV over. Could you come in for an interview on Monday "
        "at 8am at our depot on Mill Lane?\n\nTom\nGreenleaf Landscaping",
    ),
]

SIXTH_BATCH_APPLICATIONS = [
    application_row(
        "profile_caught_attention_after_application_en",
        Status.INTERVIEW,
        "Caldera Systems",
        "Site Reliability Engineer",
        sender="Nina Park <nina.park@calderasystems.com>",
        subject="Your application - Site Reliability Engineer",
        body="Hi Alex,\n\nThanks for your application for the Site Reliability Engineer role - your profile "
        "caught my attention. Do you have time for a 30-minute call with me on Thursday at "
        "2pm?\n\nNina Park\nTalent Acquisition, Caldera Systems",
    ),
    application_row(
        "agency_after_application_de",
        Status.INTERVIEW,
        "Personalwerk Süd",
        None,
        sender="Markus Lenz <m.lenz@personalwerk-sued.de>",
        subject="Ihre Bewerbung: Teamleiter Logistik (m/w/d)",
        body="Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung auf unsere Anzeige Teamleiter Logistik "
        "(m/w/d). Ihr Profil hat mich überzeugt. Hätten Sie am Donnerstag um 10 Uhr Zeit für ein "
        "Telefoninterview?\n\nMarkus Lenz\nPersonalwerk Süd",
    ),
    application_row(
        "es_agency_after_application",
        Status.INTERVIEW,
        "Selección Plus",
        None,
        sender="Lucía Martín <lucia.martin@seleccionplus.es>",
        subject="Tu candidatura: Responsable de Compras",
        body="Hola Marta,\n\nGracias por inscribirte en nuestra oferta de Responsable de Compras. Tu perfil "
        "encaja con lo que busca nuestro cliente. ¿Podemos hacer una entrevista telefónica el "
        "miércoles a las 11:00?\n\nLucía Martín\nSelección Plus",
    ),
    application_row(
        "it_talent_community_and_application",
        Status.APPLIED,
        "Ferrero",
        "Addetto al controllo qualità",
        sender="Ferrero Careers <careers@ferrero.example>",
        subject="Candidatura ricevuta - Addetto al controllo qualità",
        body="Ciao Luca,\n\ngrazie per la tua candidatura per la posizione di Addetto al controllo qualità. "
        "Il nostro team la valuterà al più presto. Sei anche iscritto alla nostra Talent "
        "Community.\n\nFerrero Talent Acquisition",
    ),
    application_row(
        "nl_talentpool_uitnodiging",
        Status.INTERVIEW,
        "Koel & Co",
        "Magazijnmedewerker",
        sender="Werken bij Koel & Co <talent@koelenco.nl>",
        subject="Uitnodiging gesprek Magazijnmedewerker",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie als Magazijnmedewerker. We nodigen je graag uit voor "
        "een gesprek op maandag om 13.00 uur op ons distributiecentrum in Breda.\n\nTeam Koel & Co",
    ),
    application_row(
        "en_hiring_event_slot_after_applying",
        Status.INTERVIEW,
        "Hansa Logistik",
        "Lagerist",
        sender="Hansa Logistik Karriere <karriere@hansa-logistik.de>",
        subject="Ihr Gesprächstermin am Recruiting-Tag - Lagerist",
        body="Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Lagerist. Wir haben für Sie am "
        "Recruiting-Tag am 7. März um 11:30 Uhr ein Vorstellungsgespräch reserviert.\n\nIhr Hansa "
        "Logistik Team",
    ),
    application_row(
        "pt_teste_online_apos_candidatura",
        Status.ASSESSMENT,
        "Lusomar",
        "Analista Financeiro",
        sender="Carreiras Lusomar <carreiras@lusomar.pt>",
        subject="Candidatura Analista Financeiro - teste online",
        body="Olá Ana,\n\nObrigado pela sua candidatura à vaga de Analista Financeiro. O próximo passo é um "
        "teste online de raciocínio numérico, a concluir até sexta-feira.\n\nEquipa de Recrutamento "
        "Lusomar",
    ),
    application_row(
        "en_referral_thanks_then_interview",
        Status.INTERVIEW,
        "Lumencraft",
        "Product Manager",
        sender="Lumencraft Recruiting <jobs@lumencraft.com>",
        subject="Interview - Product Manager",
        body="Hi Chris,\n\nThanks for applying for the Product Manager role - Sam's referral came through. "
        "We'd like to invite you to a video interview on Friday at 10am with our head of "
        "product.\n\nLumencraft Recruiting",
    ),
    application_row(
        "fr_refus_apres_entretien",
        Status.REJECTED,
        "Atelier Lumen",
        "Chef de projet",
        sender="Atelier Lumen <recrutement@atelier-lumen.fr>",
        subject="Votre candidature - Chef de projet",
        body="Bonjour Hugo,\n\nMerci pour le temps accordé lors de notre entretien. Nous avons le regret de "
        "vous informer que nous avons retenu un autre candidat pour le poste de Chef de "
        "projet.\n\nAtelier Lumen",
    ),
    application_row(
        "es_oferta_tras_entrevistas",
        Status.OFFER,
        "Selección Plus",
        "Responsable de Compras",
        sender="Lucía Martín <lucia.martin@seleccionplus.es>",
        subject="Oferta - Responsable de Compras",
        body="Hola Marta,\n\nTengo el placer de comunicarte que nuestro cliente quiere ofrecerte el puesto "
        "de Responsable de Compras. Te envío la oferta por escrito en el documento adjunto.\n\nLucía "
        "Martín\nSelección Plus",
    ),
]

SEVENTH_BATCH_APPLICATIONS = [
    application_row(
        "en_talent_network_and_applied",
        Status.APPLIED,
        "Brightmoor Health",
        "Staff Nurse",
        sender="Brightmoor Health Talent Network <talentnetwork@brightmoorhealth.org>",
        subject="Application received: Staff Nurse",
        body="Hi Jordan,\n\nThank you for applying for the Staff Nurse position at Brightmoor Health. "
        "You've also joined our Talent Network, so you'll hear about hiring events too.\n\nBrightmoor "
        "Health",
    ),
    application_row(
        "en_recruiter_relocation_after_apply",
        Status.INTERVIEW,
        "PeakHire",
        None,
        sender="Owen Reilly <owen.reilly@peakhire.com>",
        subject="Your application - Payroll Lead, Dublin",
        body="Hi Jordan,\n\nThanks for applying for the Payroll Lead role in Dublin. Would you consider "
        "relocating? If so, I'd like to set up a 15-minute call on Wednesday at "
        "10am.\n\nOwen\nPeakHire",
    ),
    application_row(
        "de_gehalt_in_einladung",
        Status.INTERVIEW,
        "Hansa Logistik",
        "Lohnbuchhalter",
        sender="Hansa Logistik Personal <personal@hansa-logistik.de>",
        subject="Einladung: Lohnbuchhalter (m/w/d)",
        body="Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Lohnbuchhalter (m/w/d). Wir "
        "laden Sie zu einem Vorstellungsgespräch am 18. Februar um 14 Uhr ein. Bitte nennen Sie uns "
        "vorab Ihre Gehaltsvorstellung.\n\nHansa Logistik Personalabteilung",
    ),
    application_row(
        "it_candidatura_via_referenza",
        Status.APPLIED,
        "Emme Trasporti",
        "Autista",
        sender="Emme Trasporti <lavora@emmetrasporti.it>",
        subject="Candidatura ricevuta - Autista",
        body="Ciao Paolo,\n\nabbiamo ricevuto la tua candidatura per la posizione di Autista, segnalata da "
        "Luca. Ti contatteremo entro due settimane.\n\nEmme Trasporti",
    ),
    application_row(
        "es_code_challenge_for_application",
        Status.ASSESSMENT,
        "Aldaba",
        "Desarrollador Backend",
        sender="Aldaba Tech Talent <techtalent@aldaba.es>",
        subject="Tu candidatura: prueba técnica Desarrollador Backend",
        body="Hola Marta,\n\nGracias por tu candidatura al puesto de Desarrollador Backend. El siguiente "
        "paso es una prueba técnica online de 90 minutos que debes completar antes del "
        "viernes.\n\nAldaba Tech Talent",
    ),
    application_row(
        "nl_gesprek_na_webinar",
        Status.INTERVIEW,
        "CarrièreCoach",
        "Loopbaanadviseur",
        sender="CarrièreCoach <werving@carrierecoach.nl>",
        subject="Uitnodiging sollicitatiegesprek Loopbaanadviseur",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie als Loopbaanadviseur. We nodigen je uit voor een "
        "sollicitatiegesprek op dinsdag 3 maart om 11.00 uur.\n\nCarrièreCoach",
    ),
    application_row(
        "pt_recrutadora_apos_candidatura",
        Status.INTERVIEW,
        "Recruta Mais",
        None,
        sender="Inês Ferreira <ines.ferreira@recrutamais.pt>",
        subject="A sua candidatura - Gestor de Produto",
        body="Olá Ana,\n\nObrigada pela sua candidatura ao anúncio de Gestor de Produto. O seu perfil "
        "encaixa no que o nosso cliente procura. Podemos marcar uma entrevista telefónica na "
        "quinta-feira às 10h?\n\nInês Ferreira\nRecruta Mais",
    ),
    application_row(
        "fr_alumni_reprise_entretien",
        Status.INTERVIEW,
        "Solvane",
        "Responsable Achats",
        sender="Solvane Recrutement <recrutement@solvane.com>",
        subject="Votre candidature - Responsable Achats",
        body="Bonjour Thomas,\n\nMerci pour votre candidature au poste de Responsable Achats. En tant "
        "qu'ancien collaborateur, vous passez directement à l'entretien final, le mardi 10 mars à "
        "15h.\n\nSolvane Recrutement",
    ),
    application_row(
        "en_hiring_day_slot",
        Status.INTERVIEW,
        "Crestline Hotels",
        "Kitchen Porter",
        sender="Crestline Hotels Careers <careers@crestlinehotels.com>",
        subject="Your interview slot - Kitchen Porter",
        body="Hi Jordan,\n\nThanks for applying for the Kitchen Porter role. We've booked you an interview "
        "at our Open Hiring Day on 12 April at 10:40 with the head chef.\n\nCrestline Hotels",
    ),
    application_row(
        "en_employer_reply_my_interview_moved",
        Status.INTERVIEW,
        "Lumencraft",
        "Frontend Developer",
        sender="Karen Holt <karen.holt@lumencraft.com>",
        subject="Re: Interview - Frontend Developer",
        body="Hi Jordan,\n\nNo problem at all - I've moved your interview to Friday at 2pm. The video link "
        "stays the same.\n\nKaren Holt\nLumencraft Recruiting",
    ),
    application_row(
        "de_absage_uni_mailbox_employer",
        Status.REJECTED,
        "Technische Universität München",
        "Werkstudent Data Science",
        sender="Technische Universität München <bewerbung@tum.example>",
        subject="Ihre Bewerbung als Werkstudent Data Science",
        body="Sehr geehrter Herr Keller,\n\nvielen Dank für Ihre Bewerbung als Werkstudent Data Science. "
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden "
        "haben.\n\nTechnische Universität München",
    ),
]

EIGHTH_BATCH_APPLICATIONS = [
    application_row(
        "en_github_after_application",
        Status.INTERVIEW,
        "Quillstack",
        "Staff Engineer",
        sender="Dana Price <dana.price@quillstack.com>",
        subject="Your application - Staff Engineer",
        body="Hi Alex,\n\nThanks for applying for the Staff Engineer role. I saw your contributions to "
        "pgsync too - impressive. Could we schedule a 45-minute interview with our CTO next Tuesday at "
        "4pm?\n\nDana Price\nQuillstack",
    ),
    application_row(
        "de_absage_talent_community",
        Status.REJECTED,
        "Nordmetall",
        "Schichtleiter",
        sender="Nordmetall Talent Community <talent@nordmetall.de>",
        subject="Ihre Bewerbung als Schichtleiter",
        body="Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Schichtleiter. Nach "
        "sorgfältiger Prüfung haben wir uns für andere Kandidaten entschieden. Gerne bleiben wir über "
        "unsere Talent Community in Kontakt.\n\nNordmetall",
    ),
    application_row(
        "fr_profil_complete_apres_candidature",
        Status.APPLIED,
        "Batiroc",
        "Chef de chantier",
        sender="Batiroc Carrières <no-reply@batiroc.fr>",
        subject="Candidature reçue - Chef de chantier",
        body="Bonjour Thomas,\n\nNous avons bien reçu votre candidature au poste de Chef de chantier. "
        "Pensez à compléter votre profil candidat pour faciliter l'étude de votre dossier.\n\nBatiroc "
        "Carrières",
    ),
    application_row(
        "it_colloquio_dopo_webinar",
        Status.INTERVIEW,
        "Lavoro Smart",
        "Consulente HR",
        sender="Lavoro Smart Selezione <selezione@lavorosmart.it>",
        subject="Colloquio - Consulente HR",
        body="Ciao Luca,\n\ngrazie per la tua candidatura come Consulente HR. Ti invitiamo a un colloquio "
        "in videochiamata mercoledì alle 15.\n\nLavoro Smart Selezione",
    ),
    application_row(
        "nl_aangenomen",
        Status.OFFER,
        "Koel & Co",
        "Teamleider",
        sender="Team Koel & Co <talent@koelenco.nl>",
        subject="Goed nieuws: je bent aangenomen!",
        body="Hoi Ruben,\n\nNa de gesprekken van vorige week willen we je graag aannemen als Teamleider. "
        "Het contract sturen we je deze week toe.\n\nTeam Koel & Co",
    ),
    application_row(
        "es_rechazo_tras_prueba",
        Status.REJECTED,
        "Mediterránea Foods",
        "Técnico contable",
        sender="Mediterránea Foods RRHH <rrhh@mediterraneafoods.es>",
        subject="Proceso de selección - Técnico contable",
        body="Hola Marta,\n\nGracias por participar en el proceso de selección para Técnico contable. Tras "
        "revisar los resultados de la prueba, hemos decidido no continuar con tu candidatura.\n\nRRHH "
        "Mediterránea Foods",
    ),
    application_row(
        "pt_entrevista_apos_inquerito",
        Status.INTERVIEW,
        "Carreiras Hoje",
        "Analista de Dados",
        sender="Carreiras Hoje RH <rh@carreirashoje.pt>",
        subject="Entrevista - Analista de Dados",
        body="Olá Ana,\n\nNa sequência da sua candidatura a Analista de Dados, convidamo-la para uma "
        "entrevista por videochamada na terça-feira às 11h.\n\nRH Carreiras Hoje",
    ),
    application_row(
        "en_codearena_invite_from_employer",
        Status.ASSESSMENT,
        "Northwind Analytics",
        "Data Engineer",
        sender="Northwind Analytics Recruiting <recruiting@northwindanalytics.com>",
        subject="Next step: CodeArena assessment - Data Engineer",
        body="Hi Alex,\n\nThanks for applying for the Data Engineer role. The next step is a 60-minute "
        "assessment on CodeArena; you'll receive the link separately. Please complete it within 5 "
        "days.\n\nNorthwind Analytics Recruiting",
    ),
]

NINTH_BATCH_APPLICATIONS = [
    application_row(
        "en_contract_after_application",
        Status.INTERVIEW,
        "ContractBridge",
        None,
        sender="Raj Patel <raj@contractbridge.io>",
        subject="Re: your application - React contract",
        body="Hey Alex, thanks for applying for the React contract. Are you free for a quick call tomorrow "
        "at 11 to go through it? Cheers, Raj",
    ),
    application_row(
        "de_einladung_jobwelt_relay",
        Status.INTERVIEW,
        "Nordmetall",
        "Schichtleiter",
        sender="Jobwelt <service@jobwelt.example>",
        subject="Nordmetall möchte Sie kennenlernen",
        body="Hallo Herr Weber,\n\nNordmetall hat Ihre Bewerbung als Schichtleiter gelesen und möchte Sie "
        "zu einem Vorstellungsgespräch am 4. März um 9 Uhr einladen. Bitte bestätigen Sie den "
        "Termin.\n\nIhr Jobwelt-Team",
    ),
    application_row(
        "fr_entretien_coaching_employeur",
        Status.INTERVIEW,
        "Coach Carrière",
        "Coach emploi",
        sender="Coach Carrière Recrutement <recrutement@coachcarriere.fr>",
        subject="Votre candidature - Coach emploi",
        body="Bonjour Thomas,\n\nMerci pour votre candidature au poste de Coach emploi. Nous vous proposons "
        "un entretien le 12 mars à 10h dans nos locaux.\n\nCoach Carrière",
    ),
    application_row(
        "es_rechazo_uv",
        Status.REJECTED,
        "Laboratorios Turia",
        "Técnica de Laboratorio",
        sender="Laboratorios Turia RRHH <rrhh@laboratoriosturia.es>",
        subject="Su candidatura - Técnica de Laboratorio",
        body="Estimada Sra. López:\n\nLe agradecemos su interés en el puesto de Técnica de Laboratorio. "
        "Lamentamos comunicarle que hemos seleccionado a otra candidata.\n\nRRHH Laboratorios Turia",
    ),
    application_row(
        "nl_afwijzing_talentcommunity",
        Status.REJECTED,
        "Van Dort Transport",
        "Planner",
        sender="Van Dort Talent <talent@vandort.nl>",
        subject="Je sollicitatie als Planner",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie als Planner. Helaas gaan we niet verder met je "
        "sollicitatie. We houden je graag op de hoogte via onze talentcommunity.\n\nVan Dort Transport",
    ),
    application_row(
        "it_colloquio_hackathon_sponsor",
        Status.INTERVIEW,
        "Ferrero",
        "Software Engineer",
        sender="Ferrero Careers <careers@ferrero.example>",
        subject="Colloquio - Software Engineer",
        body="Ciao Luca,\n\ndopo l'Hackathon Milano e la tua candidatura per Software Engineer, vorremmo "
        "invitarti a un colloquio tecnico il 20 maggio alle 14.\n\nFerrero Talent Acquisition",
    ),
    application_row(
        "pt_oferta_recrutadora",
        Status.OFFER,
        "Recruta Mais",
        "Gestor de Produto",
        sender="Inês Ferreira <ines.ferreira@recrutamais.pt>",
        subject="Proposta - Gestor de Produto",
        body="Olá Ana,\n\nTenho o prazer de lhe comunicar que o nosso cliente lhe quer fazer uma proposta "
        "para a função de Gestor de Produto. Envio em anexo as condições.\n\nInês Ferreira\nRecruta "
        "Mais",
    ),
]

APPLICATIONS = (
    FIRST_BATCH_APPLICATIONS
    + SECOND_BATCH_APPLICATIONS
    + THIRD_BATCH_APPLICATIONS
    + FOURTH_BATCH_APPLICATIONS
    + FIFTH_BATCH_APPLICATIONS
    + SIXTH_BATCH_APPLICATIONS
    + SEVENTH_BATCH_APPLICATIONS
    + EIGHTH_BATCH_APPLICATIONS
    + NINTH_BATCH_APPLICATIONS
)

# The status rules (not the kind's) read no step from a small employer's own words.
STATUS_MISREAD = {
    "small_employer_free_mailbox_tuesday": "no interview read from 'Tuesday works for me too - come to the "
    "yard at 9am and we'll have a chat'",
    "small_employer_gmail_free_thursday": "no interview read from 'pop in for a quick interview around 3pm'",
    "en_recruiter_relocation_after_apply": "no interview read from 'If so, I'd like to set up a 15-minute "
    "call on Wednesday at 10am' (the condition hedges it)",
}
# Applications whose kind and status read right, but not their employer or title (employer_*, title.py).
MISREAD = {
    "en_contract_after_application": "the employer is read as 'React' from 'the React contract', not the "
    "mailbox's ContractBridge",
    "es_code_challenge_for_application": "the display name 'Aldaba Tech Talent' gives 'Tech'; the title "
    "keeps the subject's 'prueba técnica'",
    "de_einladung_jobwelt_relay": "the board 'Jobwelt' is read, not the employer it relays, 'Nordmetall'",
    "nl_uitnodiging_na_doorverwijzing": "'Van Dort' of the display name, not the signature's 'Van Dort "
    "Transport'",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(APPLICATIONS, STATUS_MISREAD))
def test_an_application_in_near_wording_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(APPLICATIONS, STATUS_MISREAD | MISREAD)
)
def test_an_application_in_near_wording_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
