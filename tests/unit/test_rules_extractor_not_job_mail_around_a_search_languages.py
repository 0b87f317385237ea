"""Mail around a job search that is no application, in French, Spanish, Dutch, Portuguese and Italian
(invented mail), and applications in near wording that must stay applications (issue 14).

A board's advice after a rejection ("comment rebondir ?"), salary studies, a job fair with interview
workshops, a webinar on "come affrontare il colloquio", friends pointing the reader to a job ("ti ci vedo
benissimo!", "você vai se candidatar?"), the reader's own note to a friend, LinkedIn, HR mail at the
current employer. Beside them: confirmations, rejections with a tip, casual invitations from small
employers ("Passi giovedì?"), an offer naming a salary.
"""

import pytest

from tests.extraction_support import (
    application_row,
    assert_reads_application,
    extract,
    not_application_of_kind,
)
from tracker.models import Kind, Status

NOT_APPLICATIONS = [
    not_application_of_kind(
        "fr_conseils_apres_refus",
        Kind.OTHER,
        sender="Welcome to the Jungle <newsletter@welcometothejungle.example>",
        subject="Refus après un entretien : comment rebondir ?",
        body=(
            "Bonjour Sam,\n\nVous avez reçu un refus après un entretien ? Nos conseils de la semaine pour "
            "demander un retour, mettre à jour votre CV et préparer votre prochain entretien.\n\nLire "
            "l'article\n\nSe désabonner"
        ),
    ),
    not_application_of_kind(
        "fr_etude_salaires",
        Kind.OTHER,
        sender="Cadremploi <etudes@cadremploi.example>",
        subject="Étude des salaires 2027 : les cadres augmentés de 3 %",
        body=(
            "Bonjour Sam,\n\nNotre étude annuelle est parue : les salaires des cadres progressent de 3 %. "
            "Découvrez les postes les mieux payés et comment négocier lors de votre entretien "
            "d'embauche.\n\nTélécharger l'étude"
        ),
    ),
    not_application_of_kind(
        "fr_ami_parle_offre",
        Kind.OTHER,
        sender="Camille Morel <camille.morel@gmail.com>",
        subject="Le poste chez Decathlon",
        body=(
            "Salut Sam,\n\nJ'ai vu l'offre d'emploi chez Decathlon dont tu m'as parlé, ça a l'air top pour "
            "toi ! Tu as envoyé ta candidature ? On en parle samedi.\n\nBises,\nCamille"
        ),
    ),
    not_application_of_kind(
        "fr_rh_fiche_de_paie",
        Kind.OTHER,
        sender="Ressources humaines <rh@groupe-lumiere.example>",
        subject="Votre bulletin de paie de décembre",
        body=(
            "Bonjour Sam,\n\nVotre bulletin de paie de décembre est disponible sur le portail "
            "collaborateur. Pensez à vérifier votre taux de prélèvement.\n\nLe service RH"
        ),
    ),
    not_application_of_kind(
        "es_invitacion_feria_empleo",
        Kind.OTHER,
        sender="Feria de Empleo Madrid <eventos@feriaempleo.example>",
        subject="Te invitamos a la Feria de Empleo 2027",
        body=(
            "Hola Sam,\n\nMás de 60 empresas buscan talento: trae tu currículum, asiste a talleres de "
            "entrevista y conoce a los reclutadores. Inscripción gratuita.\n\n¡Te esperamos!"
        ),
    ),
    not_application_of_kind(
        "es_curso_entrevistas",
        Kind.OTHER,
        sender="Escuela Impulso <marketing@escuelaimpulso.example>",
        subject="Supera tu próxima entrevista de trabajo",
        body=(
            "Hola Sam,\n\nNuestro curso online te prepara para cualquier entrevista: preguntas frecuentes, "
            "simulaciones y negociación de la oferta. 40 % de descuento hasta el domingo."
        ),
    ),
    not_application_of_kind(
        "es_amigo_pide_recomendacion",
        Kind.OTHER,
        sender="Lucía Fernández <lucia.fernandez@gmail.com>",
        subject="¿Me recomiendas en Telefónica?",
        body=(
            "Hola Sam,\n\nHe visto una vacante de analista en Telefónica y sé que trabajas allí. ¿Podrías "
            "recomendarme? Te paso mi currículum cuando quieras.\n\nUn abrazo,\nLucía"
        ),
    ),
    not_application_of_kind(
        "es_rrhh_evaluacion_desempeno",
        Kind.OTHER,
        sender="Recursos Humanos <rrhh@grupo-sierra.example>",
        subject="Evaluación de desempeño anual",
        body=(
            "Hola Sam,\n\nYa está abierta la evaluación de desempeño anual. Completa tu autoevaluación "
            "antes del viernes; tu responsable te convocará a una reunión la semana próxima.\n\nRecursos "
            "Humanos"
        ),
    ),
    not_application_of_kind(
        "nl_salarisonderzoek",
        Kind.OTHER,
        sender="Intermediair <nieuwsbrief@intermediair.example>",
        subject="Salarisonderzoek 2027: wat verdien jij?",
        body=(
            "Hoi Sam,\n\nHet nieuwe salarisonderzoek is uit: hbo'ers verdienen gemiddeld 3 % meer. Lees "
            "ook onze tips voor je volgende sollicitatiegesprek.\n\nAfmelden voor deze nieuwsbrief"
        ),
    ),
    not_application_of_kind(
        "nl_interne_vacatures",
        Kind.OTHER,
        sender="HR <hr@stadsbank.example>",
        subject="Nieuwe interne vacatures",
        body=(
            "Hoi Sam,\n\nDeze maand staan er vijf interne vacatures open, onder andere Teamleider "
            "Klantenservice en Data Engineer. Bespreek het eerst met je leidinggevende.\n\nHR Stadsbank"
        ),
    ),
    not_application_of_kind(
        "nl_eigen_mail_aan_vriend",
        Kind.OTHER,
        sender="Sam de Vries <sam.devries@gmail.com>",
        subject="Re: die baan bij Coolblue",
        body=(
            "Hoi Mark,\n\nJa, ik heb vorige week gesolliciteerd bij Coolblue, nog niets gehoord. Als ze me "
            "uitnodigen voor een gesprek hoor je het meteen. Biertje vrijdag?\n\nSam"
        ),
    ),
    not_application_of_kind(
        "pt_relatorio_salarios",
        Kind.OTHER,
        sender="Robert Walters Brasil <marketing@robertwalters.example>",
        subject="Guia Salarial 2027 já disponível",
        body=(
            "Olá Sam,\n\nO nosso Guia Salarial 2027 mostra as tendências de remuneração por cargo e setor, "
            "e dicas para negociar na entrevista. Faça o download gratuito."
        ),
    ),
    not_application_of_kind(
        "pt_amigo_processo_seletivo",
        Kind.OTHER,
        sender="Beatriz Souza <beatriz.souza@gmail.com>",
        subject="Vaga no Itaú",
        body=(
            "Oi Sam,\n\nVi que o Itaú abriu processo seletivo para analista de dados, lembrei de você! "
            "Você vai se candidatar? Me conta depois.\n\nBeijos,\nBia"
        ),
    ),
    not_application_of_kind(
        "pt_linkedin_parabenize",
        Kind.OTHER,
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Parabenize o João pelo novo cargo",
        body=(
            "João Pereira começou em um novo cargo como Gerente de Produto na Nubank.\n\nDiga "
            "parabéns\n\nCancelar inscrição"
        ),
    ),
    not_application_of_kind(
        "it_webinar_colloquio",
        Kind.OTHER,
        sender="Jobbando Eventi <eventi@jobbando.example>",
        subject="Webinar gratuito: come affrontare il colloquio",
        body=(
            "Ciao Sam,\n\nGiovedì alle 18 il nostro webinar gratuito su come prepararsi al colloquio di "
            "lavoro e rispondere alle domande più difficili. Iscriviti ora."
        ),
    ),
    not_application_of_kind(
        "it_amico_offerta_di_lavoro",
        Kind.OTHER,
        sender="Marco Bianchi <marco.bianchi@gmail.com>",
        subject="Offerta di lavoro in Ferrero",
        body=(
            "Ciao Sam,\n\nho visto un'offerta di lavoro in Ferrero come analista, ti ci vedo benissimo! "
            "Mandi il curriculum? Sentiamoci stasera.\n\nMarco"
        ),
    ),
    # Written after the third commit landed (its first look: see docs/accuracy.md).
    not_application_of_kind(
        "fr_ami_recommandation_cooptation",
        Kind.OTHER,
        sender="Hugo Lefèvre <hugo.lefevre@gmail.com>",
        subject="Cooptation chez Capgemini ?",
        body=(
            "Salut Sam,\n\nJ'ai vu que Capgemini recrute un développeur Java. Tu pourrais me coopter ? Je "
            "t'envoie mon CV ce soir.\n\nMerci !\nHugo"
        ),
    ),
    not_application_of_kind(
        "fr_rh_entretien_annuel",
        Kind.OTHER,
        sender="RH Groupe Lumière <rh@groupe-lumiere.example>",
        subject="Campagne d'entretiens annuels 2027",
        body=(
            "Bonjour Sam,\n\nLa campagne d'entretiens annuels est ouverte. Votre manager vous proposera un "
            "créneau avant le 31 janvier.\n\nL'équipe RH"
        ),
    ),
    not_application_of_kind(
        "es_newsletter_consejos",
        Kind.OTHER,
        sender="InfoJobs Blog <newsletter@infojobs.example>",
        subject="5 errores que arruinan tu entrevista",
        body=(
            "Hola Sam,\n\n¿Tienes una entrevista pronto? Evita estos cinco errores y aprende a responder a "
            "la pregunta sobre el salario.\n\nLeer más\n\nDarse de baja"
        ),
    ),
    not_application_of_kind(
        "nl_linkedin_felicitatie",
        Kind.OTHER,
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Feliciteer Sanne met haar nieuwe functie",
        body=(
            "Sanne de Boer is begonnen in een nieuwe functie als Marketing Manager bij Bol.\n\nFeliciteer "
            "Sanne\n\nAfmelden"
        ),
    ),
    not_application_of_kind(
        "pt_curso_preparatorio",
        Kind.OTHER,
        sender="Alura <marketing@alura.example>",
        subject="Prepare-se para a entrevista técnica",
        body=(
            "Olá Sam,\n\nNosso curso prepara você para a entrevista técnica com exercícios e simulações. "
            "Matrícula com 30% de desconto até domingo."
        ),
    ),
    not_application_of_kind(
        "it_hr_busta_paga",
        Kind.OTHER,
        sender="Ufficio Personale <personale@lavazza.example>",
        subject="Cedolino di dicembre disponibile",
        body=(
            "Ciao Sam,\n\nil tuo cedolino di dicembre è disponibile sul portale dipendenti.\n\nUfficio "
            "Personale"
        ),
    ),
    not_application_of_kind(
        "it_amica_posizione_aperta",
        Kind.OTHER,
        sender="Sara Greco <sara.greco@gmail.com>",
        subject="Posizione aperta da noi",
        body=(
            "Ciao Sam,\n\nda noi in Barilla si è aperta una posizione da marketing analyst, ho pensato a "
            "te! Se vuoi ti giro l'annuncio.\n\nSara"
        ),
    ),
    # Written after the fourth commit landed.
    not_application_of_kind(
        "fr_newsletter_relancer_candidature",
        Kind.OTHER,
        sender="HelloWork Conseils <newsletter@hellowork.example>",
        subject="Relancer après une candidature : nos modèles",
        body=(
            "Bonjour Sam,\n\nVous avez envoyé votre candidature il y a deux semaines et pas de réponse ? "
            "Nos conseils pour relancer un recruteur sans être insistant, et trois modèles de mail.\n\nSe "
            "désabonner"
        ),
    ),
    not_application_of_kind(
        "es_webinar_proceso_seleccion",
        Kind.OTHER,
        sender="Adecco Eventos <eventos@adecco.example>",
        subject="Webinar: cómo destacar en un proceso de selección",
        body=(
            "Hola Sam,\n\nEl jueves a las 18h, nuestro webinar gratuito sobre cómo destacar en un proceso "
            "de selección y preparar la entrevista por competencias. Inscríbete aquí."
        ),
    ),
    not_application_of_kind(
        "es_amiga_oferta_inditex",
        Kind.OTHER,
        sender="Marta López <marta.lopez@hotmail.com>",
        subject="Oferta en Inditex",
        body=(
            "Hola Sam!\n\n¿Has visto la oferta de Inditex para diseñador/a? Te pega muchísimo, pensé en ti "
            "enseguida. ¿Te vas a presentar?\n\nBesos,\nMarta"
        ),
    ),
    not_application_of_kind(
        "nl_recruiter_nieuwsbrief",
        Kind.OTHER,
        sender="Brunel Nieuws <nieuws@brunel.example>",
        subject="Onze vacatures van de week en tips voor je sollicitatie",
        body=(
            "Hoi Sam,\n\nDeze week: vijf tips voor je volgende sollicitatiegesprek en onze nieuwste "
            "opdrachten in de techniek. Bekijk ze op onze site.\n\nAfmelden"
        ),
    ),
    not_application_of_kind(
        "pt_linkedin_pesquisas",
        Kind.OTHER,
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Seu perfil apareceu em 12 pesquisas",
        body=(
            "Sam, seu perfil apareceu em 12 pesquisas esta semana. Recrutadores da Ambev e do Itaú "
            "encontraram você.\n\nExperimente o Premium grátis."
        ),
    ),
    not_application_of_kind(
        "it_master_colloquio_ammissione",
        Kind.OTHER,
        sender="Business School Milano <admissions@bsmilano.example>",
        subject="Master in HR: colloquio di ammissione",
        body=(
            "Ciao Sam,\n\ngrazie per la tua candidatura al Master in Risorse Umane. Ti invitiamo al "
            "colloquio di ammissione il 10 marzo.\n\nUfficio Ammissioni"
        ),
    ),
    not_application_of_kind(
        "it_corso_selezione",
        Kind.OTHER,
        sender="Talent Academy <info@talentacademy.example>",
        subject="Corso: diventa recruiter in 8 settimane",
        body=(
            "Ciao Sam,\n\nil nostro corso online ti insegna a condurre un colloquio di selezione e a "
            "gestire i candidati. Iscrizioni aperte, 25% di sconto."
        ),
    ),
    # Written after the fifth commit landed.
    not_application_of_kind(
        "fr_linkedin_anniversaire",
        Kind.OTHER,
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Félicitez Claire pour son nouveau poste",
        body=(
            "Claire Dubois a commencé un nouveau poste de Directrice Marketing chez L'Oréal.\n\nFélicitez "
            "Claire"
        ),
    ),
    not_application_of_kind(
        "es_rrhh_nomina",
        Kind.OTHER,
        sender="Nóminas <nominas@grupo-sierra.example>",
        subject="Tu nómina de enero",
        body=(
            "Hola Sam,\n\nYa puedes consultar tu nómina de enero en el portal del empleado.\n\nRecursos "
            "Humanos"
        ),
    ),
    not_application_of_kind(
        "nl_vriend_tip",
        Kind.OTHER,
        sender="Joost Bakker <joost.bakker@gmail.com>",
        subject="Vacature bij ASML",
        body=(
            "Hoi Sam,\n\nASML zoekt een Software Engineer in Veldhoven, ik dacht meteen aan jou. Ga je "
            "solliciteren?\n\nJoost"
        ),
    ),
    not_application_of_kind(
        "pt_evento_carreira",
        Kind.OTHER,
        sender="Feira Carreiras USP <eventos@feirausp.example>",
        subject="Participe da Feira de Carreiras",
        body=(
            "Olá Sam,\n\nMais de 80 empresas, entrevistas rápidas e palestras sobre como se destacar no "
            "processo seletivo. Inscrições gratuitas."
        ),
    ),
    not_application_of_kind(
        "it_newsletter_consigli",
        Kind.OTHER,
        sender="InfoJobs Italia <newsletter@infojobs.example>",
        subject="Colloquio andato male? Ecco cosa fare",
        body=(
            "Ciao Sam,\n\nhai ricevuto un rifiuto dopo il colloquio? I nostri consigli per chiedere un "
            "feedback e prepararsi al prossimo colloquio.\n\nDisiscriviti"
        ),
    ),
]

NEAR_WORDING_APPLICATIONS = [
    application_row(
        "fr_refus_avec_conseils",
        Status.REJECTED,
        "Groupe Lumière",
        sender="Talents Groupe Lumière <recrutement@groupe-lumiere.example>",
        subject="Votre candidature au poste de Chef de projet",
        body=(
            "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de Chef de projet. Après "
            "étude, nous ne donnerons pas suite. Conseil : n'hésitez pas à consulter nos autres "
            "offres.\n\nL'équipe recrutement, Groupe Lumière"
        ),
    ),
    application_row(
        "fr_invitation_decontractee",
        Status.INTERVIEW,
        "Atelier Brioche",
        sender="Julie Martin <julie.martin@atelier-brioche.example>",
        subject="Un café pour discuter ?",
        body=(
            "Bonjour Sam,\n\nMerci pour votre candidature au poste de vendeuse à l'Atelier Brioche ! "
            "Seriez-vous disponible jeudi à 10h pour un entretien à la boutique ?\n\nJulie\nAtelier "
            "Brioche"
        ),
    ),
    application_row(
        "fr_confirmation_candidature",
        Status.APPLIED,
        "Decathlon Recrutement",
        sender="Decathlon Recrutement <noreply@decathlon-recrutement.example>",
        subject="Confirmation de votre candidature",
        body=(
            "Bonjour Sam,\n\nNous avons bien reçu votre candidature au poste de Responsable de rayon chez "
            "Decathlon. Nous revenons vers vous rapidement.\n\nL'équipe recrutement"
        ),
    ),
    application_row(
        "es_confirmacion",
        Status.APPLIED,
        "Telefónica",
        sender="Telefónica Empleo <empleo@telefonica.example>",
        subject="Hemos recibido tu candidatura",
        body=(
            "Hola Sam,\n\nGracias por tu candidatura al puesto de Analista de Datos en Telefónica. "
            "Revisaremos tu perfil y te contactaremos.\n\nEquipo de Selección"
        ),
    ),
    application_row(
        "es_rechazo_con_consejo",
        Status.REJECTED,
        "Grupo Sierra",
        sender="Grupo Sierra Selección <seleccion@grupo-sierra.example>",
        subject="Tu candidatura en Grupo Sierra",
        body=(
            "Hola Sam,\n\nGracias por tu interés en el puesto de Contable. Lamentablemente hemos decidido "
            "continuar con otros candidatos. Te animamos a seguir nuestras ofertas en LinkedIn.\n\nGrupo "
            "Sierra"
        ),
    ),
    application_row(
        "es_entrevista_informal",
        Status.INTERVIEW,
        "Cafetería Sol",
        sender="Pablo Ruiz <pablo@cafeteria-sol.example>",
        subject="¿Te pasas el martes?",
        body=(
            "Hola Sam, gracias por enviar tu currículum para el puesto de camarero en Cafetería Sol. ¿Te "
            "vendría bien pasarte el martes a las 11 para una entrevista?\n\nPablo\nCafetería Sol"
        ),
    ),
    application_row(
        "es_oferta_con_salario",
        Status.OFFER,
        "Grupo Sierra",
        sender="Recursos Humanos Grupo Sierra <rrhh@grupo-sierra.example>",
        subject="Oferta de empleo - Contable",
        body=(
            "Hola Sam,\n\nNos complace ofrecerte el puesto de Contable en Grupo Sierra con un salario "
            "bruto anual de 32.000 euros. Adjuntamos la carta de oferta.\n\nRecursos Humanos"
        ),
    ),
    application_row(
        "nl_bevestiging",
        Status.APPLIED,
        "Coolblue",
        sender="Coolblue Werken bij <werkenbij@coolblue.example>",
        subject="Bedankt voor je sollicitatie",
        body=(
            "Hoi Sam,\n\nBedankt voor je sollicitatie op de functie Data Analist bij Coolblue. We bekijken "
            "je cv en laten binnen twee weken iets van ons horen.\n\nTeam Recruitment"
        ),
    ),
    application_row(
        "nl_afwijzing_met_tips",
        Status.REJECTED,
        "Stadsbank",
        sender="Stadsbank Recruitment <recruitment@stadsbank.example>",
        subject="Je sollicitatie bij Stadsbank",
        body=(
            "Hoi Sam,\n\nBedankt voor je sollicitatie als Teamleider Klantenservice. Helaas hebben we "
            "besloten om niet verder te gaan met je sollicitatie. Tip: houd onze vacaturesite in de "
            "gaten.\n\nStadsbank"
        ),
    ),
    application_row(
        "nl_losse_uitnodiging",
        Status.INTERVIEW,
        "Bakkerij Jansen",
        sender="Eva Jansen <eva@bakkerij-jansen.example>",
        subject="Even langskomen?",
        body=(
            "Hoi Sam, leuk dat je hebt gesolliciteerd als verkoper bij Bakkerij Jansen! Kun je woensdag om "
            "14.00 uur langskomen voor een sollicitatiegesprek?\n\nEva"
        ),
    ),
    application_row(
        "pt_confirmacao",
        Status.APPLIED,
        "Itaú",
        sender="Itaú Carreiras <carreiras@itau.example>",
        subject="Recebemos sua candidatura",
        body=(
            "Olá Sam,\n\nObrigado por se candidatar à vaga de Analista de Dados no Itaú. Nossa equipe vai "
            "analisar o seu currículo.\n\nEquipe de Recrutamento"
        ),
    ),
    application_row(
        "pt_reprovacao_com_dica",
        Status.REJECTED,
        "Nubank",
        sender="Nubank Recrutamento <recrutamento@nubank.example>",
        subject="Atualização sobre sua candidatura",
        body=(
            "Olá Sam,\n\nAgradecemos seu interesse na vaga de Gerente de Produto. Infelizmente decidimos "
            "seguir com outros candidatos. Dica: acompanhe nossas vagas no site.\n\nNubank"
        ),
    ),
    application_row(
        "pt_convite_informal",
        Status.INTERVIEW,
        "Padaria Lima",
        sender="Rafael Lima <rafael@padaria-lima.example>",
        subject="Bora conversar?",
        body=(
            "Oi Sam, obrigado por se candidatar para atendente na Padaria Lima! Você pode passar aqui na "
            "quinta às 15h para uma entrevista?\n\nRafael"
        ),
    ),
    application_row(
        "it_conferma",
        Status.APPLIED,
        "Ferrero",
        sender="Ferrero Careers <careers@ferrero.example>",
        subject="Conferma della tua candidatura",
        body=(
            "Ciao Sam,\n\ngrazie per esserti candidato per la posizione di Analista presso Ferrero. "
            "Valuteremo il tuo profilo e ti contatteremo.\n\nTeam Selezione"
        ),
    ),
    application_row(
        "it_rifiuto_con_consiglio",
        Status.REJECTED,
        "Lavazza",
        sender="Lavazza Selezione <selezione@lavazza.example>",
        subject="La tua candidatura in Lavazza",
        body=(
            "Ciao Sam,\n\ngrazie per il tuo interesse per la posizione di Contabile. Purtroppo abbiamo "
            "deciso di proseguire con altri candidati. Ti consigliamo di seguire le nostre "
            "offerte.\n\nLavazza"
        ),
    ),
    application_row(
        "it_invito_informale",
        Status.INTERVIEW,
        "Trattoria Conti",
        sender="Giulia Conti <giulia@trattoria-conti.example>",
        subject="Passi giovedì?",
        body=(
            "Ciao Sam, grazie per la candidatura come cameriere alla Trattoria Conti! Riesci a passare "
            "giovedì alle 16 per un colloquio?\n\nGiulia"
        ),
    ),
    # Written after the third commit landed.
    application_row(
        "fr_invitation_entretien",
        Status.INTERVIEW,
        "Capgemini",
        sender="Capgemini Recrutement <recrutement@capgemini.example>",
        subject="Invitation à un entretien",
        body=(
            "Bonjour Sam,\n\nSuite à votre candidature au poste de développeur Java, nous souhaitons vous "
            "rencontrer pour un entretien le 12 mars à 10h.\n\nL'équipe recrutement Capgemini"
        ),
    ),
    application_row(
        "fr_cooptation_confirmee",
        Status.APPLIED,
        "Capgemini",
        sender="Capgemini Talents <talents@capgemini.example>",
        subject="Votre candidature a bien été reçue",
        body=(
            "Bonjour Hugo,\n\nVotre candidature au poste de développeur Java chez Capgemini a bien été "
            "reçue suite à la cooptation de Sam Carter. Nous revenons vers vous rapidement.\n\nCapgemini"
        ),
    ),
    application_row(
        "es_rechazo_con_consejos",
        Status.REJECTED,
        "Mercadona",
        sender="Selección Mercadona <seleccion@mercadona.example>",
        subject="Tu candidatura a Mercadona",
        body=(
            "Hola Sam,\n\nGracias por participar en nuestro proceso de selección para Cajero/a. "
            "Lamentablemente no has sido seleccionado. Te recomendamos seguir formándote y volver a "
            "intentarlo.\n\nMercadona"
        ),
    ),
    application_row(
        "es_entrevista_por_whatsapp_tono",
        Status.INTERVIEW,
        "Clínica Dental Gil",
        sender="Laura Gil <laura@clinicadental-gil.example>",
        subject="Tu CV para recepcionista",
        body=(
            "Hola Sam! Recibimos tu CV para el puesto de recepcionista en la Clínica Dental Gil. ¿Puedes "
            "venir el jueves a las 17h a una entrevista?\n\nLaura"
        ),
    ),
    application_row(
        "nl_uitnodiging_gesprek",
        Status.INTERVIEW,
        "Bol",
        sender="Bol Recruitment <recruitment@bol.example>",
        subject="Uitnodiging sollicitatiegesprek",
        body=(
            "Hoi Sam,\n\nBedankt voor je sollicitatie als Marketing Manager bij Bol. We nodigen je graag "
            "uit voor een sollicitatiegesprek op dinsdag 14 maart.\n\nTeam Recruitment"
        ),
    ),
    application_row(
        "pt_proposta",
        Status.OFFER,
        "Alura",
        sender="RH Alura <rh@alura.example>",
        subject="Proposta de trabalho",
        body=(
            "Olá Sam,\n\nTemos o prazer de oferecer a você a vaga de Instrutor de Python na Alura, com "
            "salário de R$ 9.000. Segue a proposta em anexo.\n\nRH Alura"
        ),
    ),
    application_row(
        "it_invito_colloquio",
        Status.INTERVIEW,
        "Barilla",
        sender="Barilla Careers <careers@barilla.example>",
        subject="Invito a colloquio",
        body=(
            "Ciao Sam,\n\ngrazie per la tua candidatura per la posizione di Marketing Analyst in Barilla. "
            "Ti invitiamo a un colloquio il 3 aprile alle 11.\n\nBarilla Talent Acquisition"
        ),
    ),
    application_row(
        "it_esito_negativo",
        Status.REJECTED,
        "Barilla",
        sender="Selezione Personale Barilla <selezione@barilla.example>",
        subject="Esito della tua candidatura",
        body=(
            "Ciao Sam,\n\ngrazie per aver partecipato alla selezione. Purtroppo la tua candidatura non è "
            "stata selezionata. Ti consigliamo di restare aggiornato sulle nostre posizioni "
            "aperte.\n\nBarilla"
        ),
    ),
    # Written after the fourth commit landed.
    application_row(
        "fr_refus_avec_conseils_candidatures",
        Status.REJECTED,
        "Maison Dorée",
        sender="Recrutement Maison Dorée <rh@maisondoree.example>",
        subject="Votre candidature chez Maison Dorée",
        body=(
            "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de chargé de "
            "communication. Nous sommes au regret de ne pouvoir y donner suite. Nos conseils pour vos "
            "prochaines candidatures : soignez votre lettre.\n\nMaison Dorée"
        ),
    ),
    application_row(
        "fr_proposition_entretien",
        Status.INTERVIEW,
        "Maison Dorée",
        sender="Recrutement Maison Dorée <rh@maisondoree.example>",
        subject="Proposition d'entretien",
        body=(
            "Bonjour Sam,\n\nSuite à votre candidature, nous avons le plaisir de vous proposer un "
            "entretien le 4 avril à 14h dans nos locaux.\n\nMaison Dorée"
        ),
    ),
    application_row(
        "es_nos_gustaria_conocerte",
        Status.INTERVIEW,
        "Inditex",
        sender="Inditex Talent <talent@inditex.example>",
        subject="Tu candidatura para Diseñador/a",
        body=(
            "Hola Sam,\n\nHemos revisado tu candidatura para el puesto de Diseñador/a en Inditex y nos "
            "gustaría conocerte en una entrevista el lunes 8.\n\nInditex Talent"
        ),
    ),
    application_row(
        "nl_afwijzing",
        Status.REJECTED,
        "Brunel",
        sender="Brunel Recruitment <recruitment@brunel.example>",
        subject="Je sollicitatie bij Brunel",
        body=(
            "Hoi Sam,\n\nBedankt voor je sollicitatie als Projectleider. Helaas gaan we niet verder met je "
            "sollicitatie. Vijf tips voor je volgende sollicitatiegesprek vind je op onze site.\n\nBrunel"
        ),
    ),
    application_row(
        "pt_reprovacao",
        Status.REJECTED,
        "Ambev",
        sender="Ambev Talentos <talentos@ambev.example>",
        subject="Sua candidatura na Ambev",
        body=(
            "Olá Sam,\n\nAgradecemos sua participação no processo seletivo para Analista de Marketing. "
            "Infelizmente não seguiremos com sua candidatura neste momento.\n\nAmbev"
        ),
    ),
    application_row(
        "it_offerta",
        Status.OFFER,
        "Brembo",
        sender="HR Brembo <hr@brembo.example>",
        subject="La nostra proposta",
        body=(
            "Ciao Sam,\n\nsiamo lieti di offrirti la posizione di Ingegnere di Processo in Brembo. In "
            "allegato trovi la lettera di assunzione.\n\nHR Brembo"
        ),
    ),
    application_row(
        "es_confirmacion_feria",
        Status.APPLIED,
        "Iberdrola",
        sender="Selección Iberdrola <seleccion@iberdrola.example>",
        subject="Hemos recibido tu candidatura",
        body=(
            "Hola Sam,\n\nGracias por dejarnos tu candidatura para el puesto de Técnico de Mantenimiento "
            "en la feria de empleo. La revisaremos y te contactaremos.\n\nIberdrola"
        ),
    ),
    # Written after the fifth commit landed.
    application_row(
        "fr_confirmation",
        Status.APPLIED,
        "L'Oréal",
        sender="L'Oréal Talent <talent@loreal.example>",
        subject="Votre candidature a bien été envoyée",
        body=(
            "Bonjour Sam,\n\nVotre candidature au poste de Chef de produit chez L'Oréal a bien été "
            "envoyée. Nous reviendrons vers vous.\n\nL'Oréal"
        ),
    ),
    application_row(
        "es_rechazo",
        Status.REJECTED,
        "Grupo Sierra",
        sender="Grupo Sierra Selección <seleccion@grupo-sierra.example>",
        subject="Tu candidatura",
        body=(
            "Hola Sam,\n\nGracias por tu candidatura al puesto de Analista. Lamentablemente hemos "
            "seleccionado a otro candidato.\n\nGrupo Sierra"
        ),
    ),
    application_row(
        "nl_uitnodiging",
        Status.INTERVIEW,
        "ASML",
        sender="ASML Recruitment <recruitment@asml.example>",
        subject="Uitnodiging gesprek Software Engineer",
        body=(
            "Hoi Sam,\n\nBedankt voor je sollicitatie als Software Engineer bij ASML. We nodigen je uit "
            "voor een gesprek op 9 april.\n\nASML"
        ),
    ),
    application_row(
        "pt_feira_entrevista_real",
        Status.INTERVIEW,
        "Natura",
        sender="Natura Recrutamento <recrutamento@natura.example>",
        subject="Sua entrevista na Feira de Carreiras",
        body=(
            "Olá Sam,\n\nObrigado por se candidatar à vaga de Trainee na Natura. Gostaríamos de fazer sua "
            "entrevista no nosso estande da Feira de Carreiras, dia 15.\n\nNatura"
        ),
    ),
    application_row(
        "it_rifiuto_con_consigli",
        Status.REJECTED,
        "Ferrero",
        sender="Selezione Ferrero <selezione@ferrero.example>",
        subject="La tua candidatura in Ferrero",
        body=(
            "Ciao Sam,\n\ngrazie per la tua candidatura come Analista. Purtroppo abbiamo scelto un altro "
            "candidato. I nostri consigli per il prossimo colloquio sono sul nostro blog.\n\nFerrero"
        ),
    ),
]


@pytest.mark.parametrize(("mail", "kind"), NOT_APPLICATIONS)
def test_mail_around_a_job_search_makes_no_record(mail, kind):
    result = extract(**mail)
    assert result.kind is kind, result


@pytest.mark.parametrize(("mail", "status", "company", "title"), NEAR_WORDING_APPLICATIONS)
def test_an_application_in_near_wording_stays_an_application(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
