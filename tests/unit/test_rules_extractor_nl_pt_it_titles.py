"""Office titles where Dutch, Portuguese and Italian mail names the post (invented): "je sollicitatie op de
functie Projectengineer Offshore", "in de rol van Data Analist", "o processo seletivo para Engenheiro de
Software", "ao anúncio Rececionista de Hotel", "la selezione per Graduate Program Risk", "la tua
candidatura per Brand Manager", "candidato a Product Designer". The word for the post names it, so the
title is what follows though no role list knows it; a reference in brackets, "da empresa X" and "para a
qual você se candidatou" end it.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

POSTS = [
    application_row(
        "nl_op_de_functie_a_title_no_role_list_knows",
        Status.APPLIED,
        "Van Oord",
        "Projectengineer Offshore",
        sender="Werken bij Van Oord <noreply@vanoord.recruitee.com>",
        subject="Bedankt voor je sollicitatie op Projectengineer Offshore",
        body="Beste Sam,\n\nBedankt voor je sollicitatie op de functie Projectengineer Offshore bij "
        "Van Oord. We hebben je gegevens in goede orde ontvangen en nemen binnen twee weken contact "
        "met je op.\n\nMet vriendelijke groet,\nTeam Recruitment Van Oord",
    ),
    application_row(
        "nl_in_de_rol_van",
        Status.REJECTED,
        "Coolblue",
        "Data Analist",
        sender="Coolblue <jobs@coolblue.nl>",
        subject="Je sollicitatie bij Coolblue",
        body="Hoi Sam,\n\nBedankt voor je interesse in de rol van Data Analist. We hebben je cv en "
        "motivatie zorgvuldig bekeken, maar we gaan helaas niet verder met je sollicitatie. We "
        "kiezen voor kandidaten die beter aansluiten bij het profiel.\n\nSucces met je "
        "zoektocht!\nCoolblue Recruitment",
    ),
    application_row(
        "nl_a_reference_in_brackets_ends_the_title",
        Status.APPLIED,
        "Rijkswaterstaat",
        "Jurist Omgevingsrecht",
        sender="no-reply@werkenbijdeoverheid.nl",
        subject="Ontvangstbevestiging sollicitatie",
        body="Geachte mevrouw Visser,\n\nWij hebben uw sollicitatie voor de vacature Jurist "
        "Omgevingsrecht (vacaturenummer 2026-0412) bij Rijkswaterstaat in goede orde "
        "ontvangen.\n\nMet vriendelijke groet,\nRijkswaterstaat",
    ),
    application_row(
        "nl_a_case_to_work_out_for_the_subjects_voor_de_rol",
        Status.ASSESSMENT,
        "Picnic",
        "Operations Analyst",
        sender="Picnic <careers@picnic.app>",
        subject="Casus voor de rol Operations Analyst",
        body="Hoi Sam,\n\nLeuk dat je door bent naar de volgende ronde! Hierbij de business case "
        "die we je vragen uit te werken. Je hebt 72 uur; stuur je uitwerking naar dit "
        "adres.\n\nGroet,\nPicnic Recruitment",
    ),
    application_row(
        "pt_processo_seletivo_para",
        Status.REJECTED,
        "Itaú Unibanco",
        "Engenheiro de Software",
        sender="Itaú Unibanco <vagas@itau-unibanco.com.br>",
        subject="Retorno do processo seletivo",
        body="Olá Sam,\n\nAgradecemos sua participação no processo seletivo para Engenheiro de "
        "Software. Neste momento, decidimos seguir com outros candidatos cujo perfil está mais "
        "alinhado à vaga.\n\nDesejamos sucesso!\nItaú Unibanco",
    ),
    application_row(
        "pt_ao_anuncio",
        Status.APPLIED,
        "Pestana Hotel Group",
        "Rececionista de Hotel",
        sender="Net-Empregos <noreply@net-empregos.com>",
        subject="A sua candidatura foi enviada",
        body="Olá Sam,\n\nA sua candidatura ao anúncio Rececionista de Hotel foi enviada com "
        "sucesso para a empresa Pestana Hotel Group.\n\nOfertas semelhantes:\nEmpregado de Balcão - "
        "Lisboa\n\nNet-Empregos",
    ),
    application_row(
        "pt_para_a_qual_voce_se_candidatou_ends_the_title",
        Status.WITHDRAWN,
        "Mercado Livre",
        "Analista Financeiro",
        sender="Mercado Livre <talentos@mercadolivre.com>",
        subject="Vaga encerrada",
        body="Olá Sam,\n\nGostaríamos de informar que a vaga de Analista Financeiro para a qual "
        "você se candidatou foi cancelada. Agradecemos seu interesse e esperamos contar com você em "
        "futuras oportunidades.\n\nMercado Livre",
    ),
    application_row(
        "pt_aprovado_no_processo_seletivo_para",
        Status.OFFER,
        "Magalu",
        "Desenvolvedor Backend",
        sender="Magalu <vagas@magazineluiza.com.br>",
        subject="Parabéns! Você foi aprovado",
        body="Olá Sam!\n\nÉ com muita alegria que comunicamos que você foi aprovado no processo "
        "seletivo para Desenvolvedor Backend. Em breve nosso time entrará em contato com os "
        "próximos passos da admissão.\n\nMagalu",
    ),
    application_row(
        "it_la_selezione_per",
        Status.ASSESSMENT,
        "UniCredit",
        "Graduate Program Risk",
        sender="UniCredit <careers@unicredit.eu>",
        subject="Test online",
        body="Gentile Sam,\n\nsei invitato a completare il test di ragionamento numerico come "
        "prossimo step della selezione per Graduate Program Risk. Il link scade tra 5 "
        "giorni.\n\nUniCredit HR",
    ),
    application_row(
        "it_la_candidatura_per",
        Status.OFFER,
        "Ferrero",
        "Brand Manager",
        sender="Ferrero HR <hr@ferrero.com>",
        subject="Proposta di assunzione",
        body="Gentile Sam,\n\nsiamo lieti di comunicarti che la tua candidatura per Brand Manager "
        "ha avuto esito positivo. In allegato trovi la lettera di assunzione da restituire "
        "firmata.\n\nCordiali saluti,\nFerrero Risorse Umane",
    ),
    application_row(
        "it_candidato_a",
        Status.REJECTED,
        "Bending Spoons",
        "Product Designer",
        sender="Bending Spoons <jobs@bendingspoons.com>",
        subject="La tua candidatura",
        body="Ciao Sam,\n\ngrazie per esserti candidato a Product Designer. Purtroppo non siamo in "
        "grado di proseguire con la tua candidatura in questo momento.\n\nIl team di Bending Spoons",
    ),
    application_row(
        "pt_da_empresa_ends_the_title",
        Status.INTERVIEW,
        "Creditas",
        "Desenvolvedor Java",
        sender="Gupy <noreply@gupy.com.br>",
        subject="Você avançou de etapa!",
        body="Olá Sam,\n\nParabéns! Você avançou para a etapa de Entrevista com o gestor na vaga "
        "Desenvolvedor Java da empresa Creditas.\n\nEquipe Gupy",
    ),
    application_row(
        "it_candidatura_per_x_presso_y",
        Status.APPLIED,
        "Amazon Italia Logistica",
        "Magazziniere",
        sender="Monster <noreply@monster.it>",
        subject="Conferma candidatura",
        body="Ciao Sam,\n\nhai inviato la tua candidatura per Magazziniere presso Amazon Italia "
        "Logistica.\n\nMonster",
    ),
    application_row(
        "nl_je_sollicitatie_voor_a_title_no_role_list_knows",
        Status.APPLIED,
        "Proximus",
        "Netwerkarchitect",
        sender="Jobat <noreply@jobat.be>",
        subject="Je sollicitatie werd verstuurd naar Proximus",
        body="Hallo Sam,\n\nJe sollicitatie voor Netwerkarchitect werd succesvol verstuurd naar "
        "Proximus.\n\nVacatures die je misschien interesseren:\nAccountmanager - Telenet - "
        "Mechelen\nSysteembeheerder - Colruyt - Halle\n\nVeel succes!\nJobat",
    ),
    application_row(
        "nl_je_sollicitatie_bij_x_voor_the_title",
        Status.REJECTED,
        "Booking.com",
        "Senior Data Scientist",
        sender="Booking.com <noreply@booking.com>",
        subject="Bedankt voor je sollicitatie",
        body="Beste Sam,\n\nBedankt voor je sollicitatie bij Booking.com voor Senior Data "
        "Scientist. Helaas is de positie inmiddels ingevuld.\n\nMet vriendelijke "
        "groet,\nBooking.com Talent Acquisition",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), POSTS)
def test_the_post_named_in_dutch_portuguese_and_italian_mail_is_the_title(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
