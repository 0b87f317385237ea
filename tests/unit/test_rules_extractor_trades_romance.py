"""Trades, shop, kitchen and care work in French, Spanish, Portuguese and Italian mail: titles and kind.

Invented mail (never dataset text). A trade's title is a lowercase noun no role list knows, so the rules
read it from where a sentence names the post ("Bewerbung als Zimmerer", "sollicitatie als bakker",
"applying as a hairdresser", "au poste de serveur", "per il ruolo di magazziniere") and write it as a user
types it, with a capital first letter (tracker/extraction/title_slots.py). What only looks like a post's
slot ("als Anlage", "as a reminder", "como sabes", "come da accordi", "als u vragen heeft") grows no title.
The rows checked for their title only are those whose status or employer another class reads.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

TRADES = [
    row(
        "fr_serveur_confirm",
        Status.APPLIED,
        "Brasserie du Port",
        "Serveur",
        sender="Brasserie du Port <contact@brasserieduport.example>",
        subject="Votre candidature",
        body="Bonjour Monsieur Martin,\n\nNous avons bien reçu votre candidature pour le poste de "
        "serveur. Nous reviendrons vers vous rapidement.\n\nCordialement,\nBrasserie du Port",
    ),
    row(
        "fr_designer_ux",
        Status.REJECTED,
        "Atelier Nova",
        "Designer UX",
        sender="Atelier Nova <recrutement@ateliernova.example>",
        subject="Votre candidature pour le poste de Designer UX",
        body="Bonjour Camille,\n\nMerci pour votre candidature pour le poste de Designer UX. "
        "Malheureusement, nous ne donnerons pas suite.\n\nBien cordialement,\nAtelier Nova",
    ),
    row(
        "fr_boulanger_essai",
        Status.ASSESSMENT,
        "Boulangerie Lefèvre",
        "Boulanger",
        sender="Boulangerie Lefèvre <boulangerie.lefevre@example.fr>",
        subject="Votre candidature",
        body="Bonjour Thomas,\n\nMerci pour votre candidature au poste de boulanger. Pouvez-vous "
        "venir pour une journée d'essai mardi prochain à 4h ?\n\nBien à vous,\nJean "
        "Lefèvre\nBoulangerie Lefèvre",
    ),
    row(
        "fr_aide_soignante_refus",
        Status.REJECTED,
        "EHPAD Les Tilleuls",
        "Aide-soignante",
        sender="EHPAD Les Tilleuls <rh@ehpad-tilleuls.example>",
        subject="Votre candidature",
        body="Madame,\n\nNous avons bien reçu votre candidature au poste d'aide-soignante. Nous "
        "sommes au regret de vous informer que nous ne pouvons pas y donner une suite "
        "favorable.\n\nLe service RH\nEHPAD Les Tilleuls",
    ),
    row(
        "fr_cariste_hf_indeed",
        Status.APPLIED,
        "Logisud",
        "Cariste H/F",
        sender="Indeed <no-reply@indeed.com>",
        subject="Candidature envoyée : Cariste H/F",
        body="Votre candidature a été envoyée à Logisud.\nCariste H/F\nLogisud - Marseille (13)",
    ),
    row(
        "fr_serveuse_entretien",
        Status.INTERVIEW,
        "Café des Arts",
        "Serveuse",
        sender="Café des Arts <cafedesarts@example.fr>",
        subject="Entretien",
        body="Bonjour Julie,\n\nSuite à votre candidature comme serveuse, je vous propose un "
        "entretien jeudi à 15h au café.\n\nÀ bientôt,\nNadia\nCafé des Arts",
    ),
    row(
        "fr_comme_convenu_reverse",
        Status.ASSESSMENT,
        "Garage Moreau",
        "Mécanicien",
        sender="Garage Moreau <garage.moreau@example.fr>",
        subject="Votre candidature de mécanicien",
        body="Bonjour Karim,\n\nComme convenu au téléphone, je vous attends lundi à 9h pour un "
        "essai à l'atelier.\n\nPatrick Moreau\nGarage Moreau",
    ),
    row(
        "fr_vendeur_wttj",
        Status.APPLIED,
        "Maison Clément",
        "Vendeur / Vendeuse en boulangerie",
        sender="Welcome to the Jungle <noreply@welcometothejungle.com>",
        subject="Votre candidature chez Maison Clément",
        body="Bonjour Hugo,\nVotre candidature pour le poste de Vendeur / Vendeuse en boulangerie "
        "a bien été envoyée à Maison Clément.\nBonne chance !",
    ),
    row(
        "fr_femme_de_chambre",
        Status.REJECTED,
        "Hôtel Bellevue",
        "Femme de chambre",
        sender="Hôtel Bellevue <rh@hotel-bellevue.example>",
        subject="Votre candidature",
        body="Madame,\n\nNous vous remercions de votre candidature au poste de femme de chambre. "
        "Le poste a déjà été pourvu.\n\nCordialement,\nHôtel Bellevue",
    ),
    row(
        "fr_plombier_chauffagiste",
        Status.APPLIED,
        "Thermi Plomberie",
        "Plombier chauffagiste",
        sender="Thermi Plomberie <contact@thermiplomberie.example>",
        subject="Candidature plombier chauffagiste",
        body="Bonjour,\n\nMerci pour votre candidature en tant que plombier chauffagiste. Nous "
        "vous contacterons la semaine prochaine.\n\nThermi Plomberie",
    ),
    row(
        "fr_livreur_refus",
        Status.REJECTED,
        "Vite Livré",
        "Livreur",
        sender="Vite Livré <jobs@vitelivre.example>",
        subject="Suite à votre candidature",
        body="Bonjour Samir,\n\nMerci de l'intérêt porté à notre entreprise pour le poste de "
        "livreur. Nous avons retenu un autre candidat.\n\nL'équipe Vite Livré",
    ),
    row(
        "fr_jardinier_apprenti_contrat",
        Status.INTERVIEW,
        "Les Jardins d'Émile",
        "Apprenti jardinier paysagiste",
        sender="Les Jardins d'Émile <emile@jardins-emile.example>",
        subject="Votre candidature",
        body="Bonjour Noah,\n\nMerci pour votre candidature au poste d'apprenti jardinier "
        "paysagiste. Je serais ravi de vous rencontrer mercredi à 10h.\n\nÉmile",
    ),
    row(
        "fr_coiffeuse_hellowork",
        Status.APPLIED,
        "Salon Lumière",
        "Coiffeur / Coiffeuse H/F",
        sender="HelloWork <candidature@hellowork.com>",
        subject="Votre candidature a bien été transmise",
        body="Bonjour,\nVotre candidature au poste de Coiffeur / Coiffeuse H/F chez Salon Lumière "
        "a bien été transmise au recruteur.\nL'équipe HelloWork",
    ),
    row(
        "fr_soudeur_embauche",
        Status.INTERVIEW,
        "Métallerie Roche",
        "Soudeur",
        sender="Métallerie Roche <rh@metallerie-roche.example>",
        subject="Votre candidature soudeur",
        body="Bonjour,\n\nVotre profil nous intéresse pour le poste de soudeur. Seriez-vous "
        "disponible pour un entretien vendredi ?\n\nMétallerie Roche",
    ),
    row(
        "fr_agent_entretien",
        Status.APPLIED,
        "Mairie de Saint-Avold",
        "Agent d'entretien",
        sender="Mairie de Saint-Avold <rh@saint-avold.example>",
        subject="Votre candidature",
        body="Madame,\n\nJ'accuse réception de votre candidature au poste d'agent d'entretien. "
        "Elle sera examinée avec attention.\n\nLe Maire",
    ),
    row(
        "es_camarero_confirm",
        Status.APPLIED,
        "Restaurante La Parra",
        "Camarero",
        sender="Restaurante La Parra <rrhh@laparra.example>",
        subject="Tu candidatura",
        body="Hola Javier,\n\nGracias por tu candidatura al puesto de camarero. Revisaremos tu CV "
        "y te diremos algo pronto.\n\nUn saludo,\nRestaurante La Parra",
    ),
    row(
        "es_cocinero_infojobs",
        Status.APPLIED,
        "Grupo Sabores",
        "Cocinero/a",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura a Cocinero/a ha sido leída",
        body="Hola Marta,\nLa empresa Grupo Sabores ha leído tu CV para la oferta Cocinero/a.\nInfoJobs",
    ),
    row(
        "es_dependienta_rechazo",
        Status.REJECTED,
        "Zapatería Ruiz",
        "Dependienta",
        sender="Zapatería Ruiz <tienda@zapateriaruiz.example>",
        subject="Su candidatura",
        body="Estimada Sra. López,\n\nLe agradecemos su candidatura para el puesto de "
        "dependienta. Lamentablemente, hemos seleccionado a otra "
        "persona.\n\nAtentamente,\nZapatería Ruiz",
    ),
    row(
        "es_electricista_oferta",
        Status.OFFER,
        "Instalaciones Mora",
        "Oficial electricista",
        sender="Instalaciones Mora <info@instalacionesmora.example>",
        subject="Oferta de trabajo",
        body="Hola Andrés,\n\nNos alegra ofrecerte el puesto de oficial electricista. La "
        "incorporación sería el lunes 3 de febrero. Te enviamos el contrato por "
        "correo.\n\nInstalaciones Mora",
    ),
    row(
        "es_aprendiz_panadero",
        Status.APPLIED,
        "Panadería San Isidro",
        "Aprendiz de panadero",
        sender="Panadería San Isidro <panaderia.sanisidro@example.es>",
        subject="Tu solicitud",
        body="Hola Diego,\n\nHemos recibido tu solicitud como aprendiz de panadero. Te llamaremos "
        "la semana que viene.\n\nPanadería San Isidro",
    ),
    row(
        "es_auxiliar_enfermeria",
        Status.INTERVIEW,
        "Residencia Los Olivos",
        "Auxiliar de enfermería",
        sender="Residencia Los Olivos <seleccion@losolivos.example>",
        subject="Proceso de selección",
        body="Estimada Carmen,\n\nGracias por tu interés en el puesto de auxiliar de enfermería. "
        "Nos gustaría concertar una entrevista el jueves a las 11:00.\n\nDepartamento de "
        "Selección\nResidencia Los Olivos",
    ),
    row(
        "es_repartidor_rechazo",
        Status.REJECTED,
        "Envíos Rápidos",
        "Repartidor",
        sender="Envíos Rápidos <empleo@enviosrapidos.example>",
        subject="Tu candidatura para repartidor",
        body="Hola Iván,\n\nGracias por tu interés. En esta ocasión no hemos podido avanzar con "
        "tu candidatura.\n\nEquipo de Envíos Rápidos",
    ),
    row(
        "es_limpiadora_confirm",
        Status.APPLIED,
        "Limpiezas Brillo",
        "Limpiador/a",
        sender="Limpiezas Brillo <rrhh@limpiezasbrillo.example>",
        subject="Candidatura recibida",
        body="Hola Rosa,\n\nHemos recibido tu candidatura para el puesto de limpiador/a. Te "
        "contactaremos si tu perfil encaja.\n\nLimpiezas Brillo",
    ),
    row(
        "es_carretillero",
        Status.APPLIED,
        "Almacenes Levante",
        "Carretillero",
        sender="Almacenes Levante <seleccion@almaceneslevante.example>",
        subject="Tu candidatura",
        body="Hola Sergio,\n\nGracias por inscribirte en la oferta de carretillero. Tu "
        "candidatura está en revisión.\n\nAlmacenes Levante",
    ),
    row(
        "es_peluquera_prueba",
        Status.ASSESSMENT,
        "Peluquería Estilo",
        "Peluquera",
        sender="Peluquería Estilo <estilo.pelu@example.es>",
        subject="Tu candidatura",
        body="Hola Sara,\n\nGracias por tu candidatura como peluquera. ¿Te vendría bien hacer una "
        "prueba el sábado por la mañana?\n\nPeluquería Estilo",
    ),
    row(
        "es_fontanero_contratado",
        Status.REJECTED,
        "Fontanería Díaz",
        "Fontanero",
        sender="Fontanería Díaz <fontaneria.diaz@example.es>",
        subject="Puesto de fontanero",
        body="Hola Pablo,\n\nGracias por tu interés en el puesto de fontanero. Ya hemos cubierto "
        "la vacante.\n\nFontanería Díaz",
    ),
    row(
        "es_reponedor_mx",
        Status.APPLIED,
        "Supermercados Del Valle",
        "Ayudante general",
        sender="Supermercados Del Valle <reclutamiento@delvalle.example.mx>",
        subject="Tu postulación",
        body="Hola Luis,\n\nGracias por postularte para la vacante de ayudante general en "
        "Supermercados Del Valle. Pronto nos comunicaremos contigo.\n\nReclutamiento",
    ),
    row(
        "es_soldador_entrevista",
        Status.INTERVIEW,
        "Calderería Norte",
        "Soldador",
        sender="Calderería Norte <rrhh@caldereria-norte.example>",
        subject="Entrevista puesto soldador",
        body="Buenos días Jon,\n\nTe convocamos a una entrevista para el puesto de soldador el "
        "lunes a las 8:30 en nuestras instalaciones.\n\nCalderería Norte",
    ),
    row(
        "es_ayudante_cocina",
        Status.APPLIED,
        "Hotel Mirador",
        "Ayudante de cocina",
        sender="Hotel Mirador <empleo@hotelmirador.example>",
        subject="Su candidatura al puesto de ayudante de cocina",
        body="Estimado Sr. Vidal,\n\nLe confirmamos la recepción de su candidatura. Nuestro "
        "equipo la revisará en los próximos días.\n\nHotel Mirador",
    ),
    row(
        "es_conductor_oferta",
        Status.OFFER,
        "Autocares Sol",
        "Conductor de autobús",
        sender="Autocares Sol <personal@autocaressol.example>",
        subject="Incorporación",
        body="Hola Miguel,\n\nNos complace comunicarte que has sido seleccionado para el puesto "
        "de conductor de autobús. Empiezas el 1 de marzo.\n\nAutocares Sol",
    ),
    row(
        "pt_repositor_confirm",
        Status.APPLIED,
        "Supermercados Sol",
        "Repositor",
        sender="Supermercados Sol <rh@supersol.example>",
        subject="Candidatura recebida",
        body="Olá João,\n\nRecebemos a sua candidatura para repositor. Entraremos em contacto em "
        "breve.\n\nCumprimentos,\nSupermercados Sol",
    ),
    row(
        "pt_candidatura_para_repositor_subject",
        Status.REJECTED,
        "Mercado Central",
        "Repositor",
        sender="Mercado Central <vagas@mercadocentral.example.br>",
        subject="Sua candidatura para repositor",
        body="Olá Carlos,\n\nObrigado por se candidatar. Infelizmente, decidimos seguir com "
        "outros candidatos.\n\nMercado Central",
    ),
    row(
        "pt_cozinheiro_entrevista",
        Status.INTERVIEW,
        "Restaurante Maré",
        "Cozinheiro",
        sender="Restaurante Maré <contacto@mare.example.pt>",
        subject="Entrevista",
        body="Olá Rui,\n\nObrigado pela sua candidatura à vaga de cozinheiro. Gostaríamos de o "
        "convidar para uma entrevista na quinta-feira às 15h.\n\nRestaurante Maré",
    ),
    row(
        "pt_motorista_gupy",
        Status.APPLIED,
        "Transportes Rota",
        "Motorista de Caminhão",
        sender="Transportes Rota <noreply@gupy.io>",
        subject="Candidatura enviada: Motorista de Caminhão",
        body="Olá Pedro, sua candidatura para a vaga Motorista de Caminhão na Transportes Rota "
        "foi enviada com sucesso.",
    ),
    row(
        "pt_eletricista_proposta",
        Status.OFFER,
        "Eletro Norte",
        "Eletricista",
        sender="Eletro Norte <rh@eletronorte.example.br>",
        subject="Proposta de emprego",
        body="Olá Marcos,\n\nTemos o prazer de lhe oferecer a vaga de eletricista. O início está "
        "previsto para 2 de março.\n\nEletro Norte",
    ),
    row(
        "pt_atendente_rejeitada",
        Status.REJECTED,
        "Padaria Pão Quente",
        "Atendente",
        sender="Padaria Pão Quente <padaria@paoquente.example.br>",
        subject="Re: vaga de atendente",
        body="Oi Juliana,\n\nAgradecemos seu interesse na vaga de atendente. Infelizmente não "
        "seguiremos com sua candidatura neste momento.\n\nPadaria Pão Quente",
    ),
    row(
        "pt_operador_empilhadeira",
        Status.APPLIED,
        "Logística Sul",
        "Operador de empilhadeira",
        sender="Logística Sul <selecao@logisticasul.example.br>",
        subject="Processo seletivo - Operador de empilhadeira",
        body="Olá André,\n\nRecebemos sua candidatura para operador de empilhadeira. Em breve "
        "entraremos em contato.\n\nLogística Sul",
    ),
    row(
        "pt_caixa_como_combinado_reverse",
        Status.INTERVIEW,
        "Loja Bom Preço",
        "Operadora de caixa",
        sender="Loja Bom Preço <rh@bompreco.example.br>",
        subject="Vaga de operadora de caixa",
        body="Oi Paula,\n\nComo combinado por telefone, sua entrevista para operadora de caixa "
        "será amanhã às 9h na loja.\n\nLoja Bom Preço",
    ),
    row(
        "pt_garcom_vaga",
        Status.APPLIED,
        "Bistrô Lua",
        "Garçom",
        sender="Bistrô Lua <contato@bistrolua.example.br>",
        subject="Sua candidatura à vaga de garçom",
        body="Olá Thiago,\n\nRecebemos sua candidatura. Entraremos em contato caso seu perfil "
        "seja selecionado.\n\nBistrô Lua",
    ),
    row(
        "pt_pedreiro_oferta",
        Status.OFFER,
        "Construtora Alicerce",
        "Pedreiro",
        sender="Construtora Alicerce <obras@alicerce.example.br>",
        subject="Contratação",
        body="Olá Severino,\n\nVocê foi aprovado para a vaga de pedreiro. Compareça na segunda às "
        "7h com seus documentos para assinar o contrato.\n\nConstrutora Alicerce",
    ),
    row(
        "it_magazziniere_confirm",
        Status.APPLIED,
        "Logistica Adriatica",
        "Magazziniere",
        sender="Logistica Adriatica <hr@logadriatica.example>",
        subject="La tua candidatura",
        body="Ciao Marco,\n\ngrazie per la tua candidatura per il ruolo di magazziniere. Ti "
        "contatteremo presto.\n\nLogistica Adriatica",
    ),
    row(
        "it_cameriere_prova",
        Status.INTERVIEW,
        "Trattoria Da Nino",
        "Cameriere",
        sender="Trattoria Da Nino <danino@example.it>",
        subject="Prova",
        body="Ciao Luca,\n\ngrazie per esserti candidato come cameriere. Puoi venire venerdì sera "
        "alle 18 per una prova?\n\nNino\nTrattoria Da Nino",
    ),
    row(
        "it_cuoco_a_rifiuto",
        Status.REJECTED,
        "Hotel Bellavista",
        "Cuoco/a",
        sender="Hotel Bellavista <selezione@hotelbellavista.example>",
        subject="Candidatura Cuoco/a",
        body="Gentile Sig. Russo,\n\nla ringraziamo per la candidatura alla posizione di Cuoco/a. "
        "Purtroppo abbiamo scelto un altro candidato.\n\nCordiali saluti,\nHotel Bellavista",
    ),
    row(
        "it_periodo_di_prova_offerta",
        Status.OFFER,
        "Panificio Rossi",
        "Commessa",
        sender="Panificio Rossi <panificio.rossi@example.it>",
        subject="Assunzione",
        body="Ciao Giulia,\n\nsiamo felici di offrirti il posto di commessa nel nostro panificio, "
        "con un periodo di prova di un mese. Inizi lunedì 3 marzo.\n\nPanificio Rossi",
    ),
    row(
        "it_come_da_accordi_reverse",
        Status.INTERVIEW,
        "Officina Bianchi",
        "Meccanico",
        sender="Officina Bianchi <officina.bianchi@example.it>",
        subject="Candidatura meccanico",
        body="Ciao Davide,\n\ncome da accordi, ti aspettiamo giovedì alle 9 in officina per il "
        "colloquio.\n\nOfficina Bianchi",
    ),
    row(
        "it_oss_colloquio",
        Status.INTERVIEW,
        "RSA Villa Serena",
        "Operatrice socio sanitaria",
        sender="RSA Villa Serena <risorse.umane@villaserena.example>",
        subject="Convocazione colloquio",
        body="Gentile Sig.ra Ferri,\n\nin merito alla sua candidatura come operatrice socio "
        "sanitaria, la invitiamo a un colloquio martedì 21 gennaio alle 10:00.\n\nRSA Villa Serena",
    ),
    row(
        "it_elettricista_rifiuto",
        Status.REJECTED,
        "Impianti Moretti",
        "Elettricista",
        sender="Impianti Moretti <info@impiantimoretti.example>",
        subject="Esito candidatura",
        body="Gentile Andrea,\n\ngrazie per la candidatura come elettricista. La posizione è "
        "stata coperta.\n\nImpianti Moretti",
    ),
    row(
        "it_barista_indeed",
        Status.APPLIED,
        "Caffè Centrale",
        "Barista",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Candidatura inviata: Barista",
        body="La tua candidatura è stata inviata a Caffè Centrale.\nBarista\nCaffè Centrale - Bologna",
    ),
    row(
        "it_autista_patente_c",
        Status.APPLIED,
        "Trasporti Galli",
        "Autista patente C",
        sender="Trasporti Galli <personale@trasportigalli.example>",
        subject="La sua candidatura",
        body="Gentile Sig. Conti,\n\nabbiamo ricevuto la sua candidatura per la posizione di "
        "autista patente C. La contatteremo se il profilo sarà in linea.\n\nTrasporti Galli",
    ),
    row(
        "it_pizzaiolo_prova",
        Status.INTERVIEW,
        "Pizzeria Vesuvio",
        "Pizzaiolo",
        sender="Pizzeria Vesuvio <vesuvio@example.it>",
        subject="La tua candidatura da pizzaiolo",
        body="Ciao Gennaro,\n\nti va di venire sabato alle 17 per una serata di prova?\n\nPizzeria Vesuvio",
    ),
    row(
        "it_infermiere_ricevuta",
        Status.APPLIED,
        "Clinica San Luca",
        "Infermiere di reparto",
        sender="Clinica San Luca <lavoraconnoi@clinicasanluca.example>",
        subject="Conferma ricezione candidatura",
        body="Gentile Dott. Marino,\n\nconfermiamo di aver ricevuto la sua candidatura per il "
        "ruolo di infermiere di reparto.\n\nClinica San Luca - Ufficio Personale",
    ),
    row(
        "it_saldatore_infojobs",
        Status.APPLIED,
        "Carpenteria Ferri",
        "Saldatore a filo",
        sender="InfoJobs <noreply@infojobs.it>",
        subject="La tua candidatura è stata letta",
        body="Ciao Matteo, l'azienda Carpenteria Ferri ha letto la tua candidatura per l'offerta "
        "Saldatore a filo.\nInfoJobs",
    ),
    row(
        "it_muratore_subject",
        Status.APPLIED,
        "Edilizia Fontana",
        "Muratore",
        sender="Edilizia Fontana <ufficio@ediliziafontana.example>",
        subject="Candidatura per il ruolo di muratore",
        body="Buongiorno,\n\nla sua candidatura è stata ricevuta. La ricontatteremo a "
        "breve.\n\nEdilizia Fontana",
    ),
    row(
        "fr_r2_commis_de_cuisine",
        Status.APPLIED,
        "Le Bistrot Gourmand",
        "Commis de cuisine",
        sender="Le Bistrot Gourmand <recrutement@bistrotgourmand.example>",
        subject="Votre candidature au poste de commis de cuisine",
        body="Bonjour Enzo,\n\nNous avons bien reçu votre candidature et nous vous en remercions. "
        "Le chef reviendra vers vous sous huit jours.\n\nLe Bistrot Gourmand",
    ),
    row(
        "fr_r2_comme_suite_reverse",
        Status.APPLIED,
        "Carrosserie Lambert",
        None,
        sender="Carrosserie Lambert <contact@carrosserie-lambert.example>",
        subject="Votre candidature",
        body="Bonjour,\n\nMerci pour votre candidature comme suite à notre annonce. Nous "
        "reviendrons vers vous rapidement.\n\nCarrosserie Lambert",
    ),
    row(
        "fr_r2_auxiliaire_puericulture",
        Status.REJECTED,
        "Crèche Les Petits Loups",
        "Auxiliaire de puériculture",
        sender="Crèche Les Petits Loups <direction@petitsloups.example>",
        subject="Votre candidature",
        body="Madame,\n\nSuite à votre candidature en tant qu'auxiliaire de puériculture, nous "
        "avons le regret de vous informer que le poste a été pourvu.\n\nCrèche Les Petits Loups",
    ),
    row(
        "fr_r2_preparateur_commandes_hf",
        Status.APPLIED,
        "Entrepôts Garonne",
        "Préparateur de commandes H/F",
        sender="Indeed <no-reply@indeed.com>",
        subject="Candidature envoyée : Préparateur de commandes H/F",
        body="Votre candidature a été envoyée à Entrepôts Garonne.\nPréparateur de commandes "
        "H/F\nEntrepôts Garonne - Toulouse (31)",
    ),
    row(
        "es_r2_camarero_a_infojobs",
        Status.REJECTED,
        "Hostelería Mar Azul",
        "Camarero/a de sala",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura ha sido descartada",
        body="Hola Pablo,\nLa empresa Hostelería Mar Azul ha descartado tu candidatura para la "
        "oferta Camarero/a de sala.\nInfoJobs",
    ),
    row(
        "es_r2_como_te_comente_reverse",
        Status.APPLIED,
        "Construcciones Iglesias",
        None,
        sender="Construcciones Iglesias <obra@iglesias.example>",
        subject="Tu candidatura",
        body="Hola Kike,\n\nGracias por tu candidatura. Como te comenté por teléfono, te "
        "llamaremos la semana que viene.\n\nConstrucciones Iglesias",
    ),
    row(
        "es_r2_mozo_almacen",
        Status.APPLIED,
        "Distribuciones Ebro",
        "Mozo de almacén",
        sender="Distribuciones Ebro <rrhh@distribucionesebro.example>",
        subject="Tu solicitud",
        body="Hola Óscar,\n\nHemos recibido tu solicitud como mozo de almacén. Te contactaremos "
        "si encajas en el perfil.\n\nDistribuciones Ebro",
    ),
    row(
        "pt_r2_empregado_mesa",
        Status.REJECTED,
        "Restaurante O Farol",
        "Empregado de mesa",
        sender="Restaurante O Farol <ofarol@example.pt>",
        subject="Candidatura",
        body="Olá Tiago,\n\nObrigado pela sua candidatura como empregado de mesa. Infelizmente a "
        "vaga já foi preenchida.\n\nRestaurante O Farol",
    ),
    row(
        "pt_r2_como_combinado_reverse",
        Status.APPLIED,
        "Oficina Auto Lisboa",
        None,
        sender="Oficina Auto Lisboa <geral@autolisboa.example.pt>",
        subject="A sua candidatura",
        body="Olá Nuno,\n\nRecebemos a sua candidatura como combinado. Entraremos em contacto "
        "brevemente.\n\nOficina Auto Lisboa",
    ),
    row(
        "it_r2_aiuto_cuoco",
        Status.INTERVIEW,
        "Osteria del Ponte",
        "Aiuto cuoco",
        sender="Osteria del Ponte <osteria.ponte@example.it>",
        subject="Candidatura aiuto cuoco",
        body="Ciao Simone,\n\ngrazie per la tua candidatura come aiuto cuoco. Ti andrebbe di "
        "passare giovedì alle 16 per conoscerci?\n\nOsteria del Ponte",
    ),
    row(
        "it_r2_come_anticipato_reverse",
        Status.APPLIED,
        "Ferramenta Galli",
        None,
        sender="Ferramenta Galli <info@ferramentagalli.example>",
        subject="La tua candidatura",
        body="Ciao Marta,\n\ngrazie per la candidatura, come anticipato al telefono ti faremo "
        "sapere entro venerdì.\n\nFerramenta Galli",
    ),
    row(
        "it_r2_commesso_ad_indeed",
        Status.APPLIED,
        "Calzature Rinaldi",
        "Commesso/a",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Candidatura inviata: Commesso/a part-time",
        body="La tua candidatura è stata inviata a Calzature Rinaldi.\nCommesso/a "
        "part-time\nCalzature Rinaldi - Verona",
    ),
    row(
        "fr_r3_agent_propreté",
        Status.APPLIED,
        "Net'Service",
        "Agent de propreté",
        sender="Net'Service <rh@netservice.example>",
        subject="Votre candidature",
        body="Bonjour Madame Leroy,\n\nNous avons bien reçu votre candidature pour le poste "
        "d'agent de propreté et nous vous en remercions.\n\nNet'Service",
    ),
    row(
        "fr_r3_chauffeur_livreur_refus",
        Status.REJECTED,
        "Transports Morel",
        "Chauffeur livreur",
        sender="Transports Morel <recrutement@transports-morel.example>",
        subject="Votre candidature de chauffeur livreur",
        body="Bonjour,\n\nNous vous remercions de votre intérêt. Après étude de votre profil, "
        "nous ne pouvons pas donner une suite favorable à votre candidature.\n\nTransports Morel",
    ),
    row(
        "es_r3_socorrista",
        Status.APPLIED,
        "Piscinas Municipales Alcalá",
        "Socorrista",
        sender="Piscinas Municipales Alcalá <empleo@piscinas-alcala.example>",
        subject="Candidatura socorrista",
        body="Hola Álvaro,\n\nHemos recibido tu candidatura para el puesto de socorrista para la "
        "temporada de verano. Te avisaremos.\n\nPiscinas Municipales Alcalá",
    ),
    row(
        "pt_r3_servente_obras",
        Status.APPLIED,
        "Construções Ribeiro",
        "Servente de obras",
        sender="Construções Ribeiro <rh@construcoesribeiro.example.pt>",
        subject="Candidatura",
        body="Bom dia Sr. Costa,\n\nRecebemos a sua candidatura à vaga de servente de obras. "
        "Entraremos em contacto.\n\nConstruções Ribeiro",
    ),
    row(
        "it_r3_lavapiatti",
        Status.INTERVIEW,
        "Ristorante Il Gabbiano",
        "Lavapiatti",
        sender="Ristorante Il Gabbiano <info@ilgabbiano.example>",
        subject="Candidatura lavapiatti",
        body="Ciao Ahmed,\n\ngrazie per la tua candidatura come lavapiatti. Vieni sabato alle 18 "
        "per una serata di prova?\n\nRistorante Il Gabbiano",
    ),
    row(
        "it_r3_come_sai_reverse",
        Status.APPLIED,
        "Autofficina Rizzo",
        None,
        sender="Autofficina Rizzo <rizzo@autofficinarizzo.example>",
        subject="Candidatura",
        body="Ciao Fabio,\n\ngrazie per la candidatura, come sai siamo una piccola officina: ti "
        "faremo sapere presto.\n\nAutofficina Rizzo",
    ),
    row(
        "it_r3_operaio_metalmeccanico",
        Status.REJECTED,
        "Meccanica Fabbri",
        "Operaio metalmeccanico",
        sender="Meccanica Fabbri <selezione@meccanicafabbri.example>",
        subject="Esito candidatura",
        body="Gentile Sig. Russo,\n\nla ringraziamo per la candidatura per il ruolo di operaio "
        "metalmeccanico. Purtroppo non possiamo procedere con la sua candidatura.\n\nMeccanica "
        "Fabbri",
    ),
    row(
        "fr_r4_comme_prevu",
        Status.APPLIED,
        "Boucherie Martin",
        "Boucher",
        sender="Boucherie Martin <boucherie.martin@example.fr>",
        subject="Votre candidature au poste de boucher",
        body="Bonjour,\n\nMerci pour votre candidature comme prévu par téléphone. Nous vous "
        "recontacterons.\n\nBoucherie Martin",
    ),
    row(
        "es_r4_como_ya_sabes",
        Status.APPLIED,
        "Restaurante Sol y Mar",
        "Camarero",
        sender="Restaurante Sol y Mar <rrhh@solymar.example>",
        subject="Tu candidatura a camarero",
        body="Hola Dani,\n\nGracias por tu candidatura. Como ya sabes, la temporada empieza en "
        "junio. Te llamaremos.\n\nRestaurante Sol y Mar",
    ),
    row(
        "it_r4_come_sempre",
        Status.APPLIED,
        "Gelateria Dolce Vita",
        "Gelataio",
        sender="Gelateria Dolce Vita <info@dolcevita.example>",
        subject="Candidatura",
        body="Ciao Luca,\n\ngrazie per la candidatura come gelataio. Come sempre rispondiamo a "
        "tutti entro una settimana.\n\nGelateria Dolce Vita",
    ),
    row(
        "pt_r4_como_sabe",
        Status.APPLIED,
        "Hotel Atlântico",
        "Rececionista",
        sender="Hotel Atlântico <rh@hotelatlantico.example.pt>",
        subject="A sua candidatura",
        body="Caro Rui,\n\nObrigado pela sua candidatura como rececionista. Como sabe, a época "
        "alta começa em maio.\n\nHotel Atlântico",
    ),
]

# Title and kind only: the mail's status or employer is read by another class (trial days, employers'
# trade names).
TRADES_TITLES = [
    pytest.param(
        {
            "sender": "Restaurant Le Galet <chef@legalet.example>",
            "subject": "Candidature apprenti cuisinier",
            "body": "Bonjour Lucas,\n\nNous avons bien reçu votre candidature en tant "
            "qu'apprenti cuisinier. Le chef vous contactera pour un entretien.\n\nRestaurant Le "
            "Galet",
        },
        "Apprenti cuisinier",
        id="fr_apprenti_cuisinier",
    ),
    pytest.param(
        {
            "sender": "Élec Services Dupuis <contact@elec-dupuis.example>",
            "subject": "Proposition d'embauche",
            "body": "Bonjour Monsieur Garnier,\n\nNous avons le plaisir de vous proposer le "
            "poste d'électricien en CDI à compter du 3 février. Vous trouverez la promesse "
            "d'embauche en pièce jointe.\n\nCordialement,\nÉric Dupuis",
        },
        "Électricien",
        id="fr_electricien_offre",
    ),
    pytest.param(
        {
            "sender": "Supermarché Primeur <recrutement@primeur.example>",
            "subject": "Votre candidature - Caissier / Caissière H/F",
            "body": "Bonjour,\nNous avons bien reçu votre candidature et nous vous en "
            "remercions. Nous l'étudierons avec attention.\nLe service recrutement\nSupermarché "
            "Primeur",
        },
        "Caissier / Caissière H/F",
        id="fr_caissiere_hf",
    ),
    pytest.param(
        {
            "sender": "Services à Domicile Ondine <contact@ondine-sad.example>",
            "subject": "Votre candidature",
            "body": "Bonjour Madame Diallo,\n\nComme suite à votre candidature au poste d'aide "
            "ménagère, nous vous informons qu'elle n'a pas été retenue.\n\nCordialement,\nOndine "
            "SAD",
        },
        "Aide ménagère",
        id="fr_aide_menagere_comme_suite",
    ),
    pytest.param(
        {
            "sender": "Torréfaction Mokka <bonjour@mokka.example>",
            "subject": "candidature barista",
            "body": "Salut Léa,\n\nMerci pour ta candidature comme barista ! On peut se voir "
            "samedi pour un essai ?\n\nMokka",
        },
        "Barista",
        id="fr_barista_lowercase_subject",
    ),
    pytest.param(
        {
            "sender": "Bar El Faro <elfaro.bar@example.es>",
            "subject": "Día de prueba",
            "body": "Hola Lucía,\n\nGracias por presentarte como camarera. ¿Puedes venir el "
            "viernes a las 19:00 para un día de prueba?\n\nSaludos,\nPaco\nBar El Faro",
        },
        "Camarera",
        id="es_camarera_dia_prueba",
    ),
    pytest.param(
        {
            "sender": "Taller Mecánico Gómez <taller.gomez@example.es>",
            "subject": "Candidatura mecánico",
            "body": "Hola Raúl,\n\nComo sabes, buscamos a alguien con experiencia. Te esperamos "
            "el martes a las 9:00 para una prueba en el taller.\n\nTaller Gómez",
        },
        "Mecánico",
        id="es_como_sabes_reverse",
    ),
    pytest.param(
        {
            "sender": "Familia Herrera <m.herrera@example.com>",
            "subject": "Cuidadora",
            "body": "Hola Ana,\n\nGracias por tu candidatura como cuidadora de mi madre. Nos "
            "gustaría conocerte el miércoles a las 17:00 en casa.\n\nMercedes Herrera",
        },
        "Cuidadora",
        id="es_cuidadora",
    ),
    pytest.param(
        {
            "sender": "Computrabajo <no-reply@computrabajo.com>",
            "subject": "Tu postulación fue enviada",
            "body": "Tu hoja de vida fue enviada a Farmacias Ahorro para la oferta Cajero/a - "
            "Turno tarde.\nComputrabajo",
        },
        "Cajero/a",
        id="es_cajero_computrabajo",
    ),
    pytest.param(
        {
            "sender": "Viveros Alameda <viveros.alameda@example.es>",
            "subject": "Re: candidatura jardinero",
            "body": "Hola Tomás,\n\nGracias por tu candidatura para el puesto de jardinero. "
            "Lamentamos comunicarte que no has sido seleccionado.\n\nViveros Alameda",
        },
        "Jardinero",
        id="es_jardinero_rechazo",
    ),
    pytest.param(
        {
            "sender": "Limpa Tudo Lda <recrutamento@limpatudo.example.pt>",
            "subject": "A sua candidatura",
            "body": "Cara Maria,\n\nAgradecemos a sua candidatura para a função de empregada de "
            "limpeza. Lamentamos informar que a vaga já foi preenchida.\n\nLimpa Tudo",
        },
        "Empregada de limpeza",
        id="pt_empregada_limpeza",
    ),
    pytest.param(
        {
            "sender": "Pastelaria Doce Lar <docelar@example.pt>",
            "subject": "Dia experimental",
            "body": "Olá Inês,\n\nObrigada pela candidatura como ajudante de cozinha. Pode vir "
            "no sábado às 8h para um dia experimental?\n\nFernanda\nPastelaria Doce Lar",
        },
        "Ajudante de cozinha",
        id="pt_auxiliar_cozinha_teste",
    ),
    pytest.param(
        {
            "sender": "Salão Bela <salaobela@example.br>",
            "subject": "Sua candidatura",
            "body": "Oi Fernanda,\n\nObrigada por se candidatar como cabeleireira! Você pode vir "
            "na terça às 10h para um teste prático?\n\nSalão Bela",
        },
        "Cabeleireira",
        id="pt_cabeleireira",
    ),
    pytest.param(
        {
            "sender": "Oficina São Jorge <oficina.saojorge@example.br>",
            "subject": "Sua candidatura",
            "body": "Olá Lucas,\n\nRecebemos sua candidatura para aprendiz de mecânico. Vamos "
            "analisar e retornamos em breve.\n\nOficina São Jorge",
        },
        "Aprendiz de mecânico",
        id="pt_aprendiz_mecanico",
    ),
    pytest.param(
        {
            "sender": "Quinta Verde <quintaverde@example.pt>",
            "subject": "Candidatura a jardineiro",
            "body": "Bom dia,\n\nAgradecemos a sua candidatura a jardineiro. Iremos analisá-la "
            "com atenção.\n\nQuinta Verde",
        },
        "Jardineiro",
        id="pt_jardineiro_recebida",
    ),
    pytest.param(
        {
            "sender": "Salone Stile <salone.stile@example.it>",
            "subject": "Candidatura",
            "body": "Ciao Sara,\n\nabbiamo ricevuto la tua candidatura come apprendista "
            "parrucchiera. Ti chiameremo per fissare un incontro.\n\nSalone Stile",
        },
        "Apprendista parrucchiera",
        id="it_apprendista_parrucchiere",
    ),
    pytest.param(
        {
            "sender": "Pulizie Splendor <lavoro@splendor.example>",
            "subject": "Candidatura addetta pulizie",
            "body": "Buongiorno Sig.ra Greco,\n\nla ringraziamo per l'interesse. Al momento non "
            "ci sono posizioni aperte per il suo profilo.\n\nPulizie Splendor",
        },
        "Addetta pulizie",
        id="it_addetta_pulizie",
    ),
    pytest.param(
        {
            "sender": "Vivai Verdi <vivaiverdi@example.it>",
            "subject": "Proposta di lavoro",
            "body": "Ciao Paolo,\n\nsiamo lieti di proporti il posto di giardiniere a tempo "
            "determinato. Ti mando il contratto via email.\n\nVivai Verdi",
        },
        "Giardiniere",
        id="it_giardiniere_offerta",
    ),
    pytest.param(
        {
            "sender": "Famiglia Colombo <colombo.fam@example.it>",
            "subject": "Babysitter",
            "body": "Ciao Chiara,\n\ngrazie per la tua candidatura come babysitter. Purtroppo "
            "abbiamo già trovato una persona.\n\nElena Colombo",
        },
        "Babysitter",
        id="it_babysitter",
    ),
    pytest.param(
        {
            "sender": "Librería Cervantes <libreria.cervantes@example.es>",
            "subject": "Tu candidatura",
            "body": "Hola Nerea,\n\nGracias por tu candidatura como dependienta. ¿Podrías hacer "
            "una jornada de prueba el sábado?\n\nLibrería Cervantes",
        },
        "Dependienta",
        id="es_r3_dependiente_a_prueba",
    ),
    pytest.param(
        {
            "sender": "Família Souza <souza.familia@example.br>",
            "subject": "Vaga de babá",
            "body": "Oi Larissa,\n\nObrigada pela candidatura como babá. Infelizmente já "
            "contratamos outra pessoa.\n\nPatrícia Souza",
        },
        "Babá",
        id="pt_r3_babá",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), TRADES)
def test_trade_mail_reads_the_post_and_the_employer(mail, status, company, title):
    result = extract(**mail)
    assert_reads_application(result, status, company, title)
    assert result.job_title == title, "spelled as a user types it"


@pytest.mark.parametrize(("mail", "title"), TRADES_TITLES)
def test_trade_mail_title_is_the_post_as_a_user_types_it(mail, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == title, result
