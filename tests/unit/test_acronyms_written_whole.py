"""A public body or an institution the sender names by its acronym, which the mail itself writes whole
(invented mail): the whole name set before the acronym in brackets with its inner words in lower case, as
Romance and German bodies write them, and an acronym written with its place ("XY Somewhere") where the mail
writes the acronym's full name joined to the place by "de", "du" or "of"."""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (  # French, the name defined in a signature line
            "RIEP – Ressources humaines <noreply@riep.ch>",
            "Votre dossier – Réf. RIEP-88",
            "Madame,\n\nNous avons le regret de vous informer que votre candidature au poste de Technicienne "
            "en assainissement n'a pas été retenue.\n\nMeilleures salutations\n\nRégie intercommunale des "
            "eaux du Plateau (RIEP)\nRessources humaines",
            "Régie intercommunale des eaux du Plateau",
        ),
        (  # Italian, the name defined in a sentence
            "ARMV <selezioni@armv.it>",
            "Esito della selezione",
            "Gentile candidata,\n\nla ringraziamo per aver partecipato alla selezione indetta dall'Agenzia "
            "regionale per la mobilità del Vallese (ARMV) per il profilo di Analista dei trasporti. Siamo "
            "spiacenti di comunicarle che non è stata ammessa alla fase successiva.\n\nCordiali saluti",
            "Agenzia regionale per la mobilità del Vallese",
        ),
        (  # Spanish, the acronym used in the subject and the name defined in the body
            "Convocatorias SMDT <empleo@smdt.es>",
            "SMDT – Convocatoria a entrevista",
            "Estimado Sr. Olano:\n\nEl Servicio municipal de deportes de Tordesalas (SMDT) le convoca a una "
            "entrevista para la plaza de Monitor de natación el jueves 14 a las 10:30 en la Piscina "
            "Cubierta.\n\nAtentamente,\nSección de Personal",
            "Servicio municipal de deportes de Tordesalas",
        ),
        (  # Dutch, a preposition inside the name
            "RBWD Werving <werving@rbwd.nl>",
            "Uw sollicitatie",
            "Beste mevrouw Quint,\n\nHartelijk dank voor uw sollicitatie als Medewerker vergunningen. Namens "
            "het Regionaal bureau voor waterbeheer Dommelwaard (RBWD) nodigen wij u uit voor een gesprek op "
            "3 maart om 9.00 uur.\n\nMet vriendelijke groet,\nAfdeling Personeel",
            "Regionaal bureau voor waterbeheer Dommelwaard",
        ),
    ],
)
def test_a_name_defined_before_its_acronym_in_brackets_is_the_employer(sender, subject, body, employer):
    assert extract(sender=sender, subject=subject, body=body).company == employer


@pytest.mark.parametrize(
    ("sender", "body", "employer"),
    [
        (  # Portuguese: a school cluster and its place
            "AE Vale do Lorvão – Secretaria <concursos@ae-vlorvao.pt>",
            "Informa-se que foi selecionada para o horário n.º 7 de Docente de Matemática do Agrupamento de "
            "Escolas de Vale do Lorvão. Deverá aceitar a colocação até às 23h59 do dia útil seguinte.",
            "Agrupamento de Escolas de Vale do Lorvão",
        ),
        (  # French: a hospital and its town, the display name with its unit after a dash
            "CH Saint-Aubrac – Direction des ressources humaines <drh@ch-staubrac.fr>",
            "Madame,\n\nVotre candidature au poste d'Infirmière de bloc a retenu notre attention. Nous vous "
            "proposons un entretien le 12 mai à 14 h.\n\nCentre Hospitalier de Saint-Aubrac\nDirection des "
            "ressources humaines",
            "Centre Hospitalier de Saint-Aubrac",
        ),
        (  # Portuguese: a health unit written with its unit after a dash
            "ULS Baixo Ribatejo – Gestão de Pessoal <concursos@uls-bribatejo.pt>",
            "Fica V. Ex.ª convocada para a entrevista profissional de seleção do procedimento para Técnico "
            "Superior de Diagnóstico, no dia 9 de julho às 10h00, na sede da Unidade Local de Saúde do Baixo "
            "Ribatejo.\n\nCom os melhores "
            "cumprimentos,\nA Presidente do Júri",
            "Unidade Local de Saúde do Baixo Ribatejo",
        ),
        (  # English: an office and its county
            "OPW Tallowmere - Careers <careers@opw-tallowmere.example.gov>",
            "Dear Candidate,\n\nThank you for applying for the Hydrology Technician role. We would like to "
            "invite you to an interview on 2 June at 10am at the Office of Public Works of Tallowmere, Quay "
            "Street.\n\nKind regards,\nRecruitment Unit",
            "Office of Public Works of Tallowmere",
        ),
    ],
)
def test_an_acronym_with_its_place_is_the_full_name_the_mail_joins_to_the_place(sender, body, employer):
    assert extract(sender=sender, subject="Candidatura", body=body).company == employer
