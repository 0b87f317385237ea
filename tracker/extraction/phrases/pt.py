"""Portuguese phrasing of job-search mail (Portugal and Brazil): the common phrases.

Categories as in en_status / en_kinds. Brazil says "vaga", "você" and "processo seletivo"; Portugal
says "a sua candidatura" and "registada".
"""

_YOUR = r"(?:a sua|sua|a tua|tua|o seu|seu|o teu|teu)"

CONFIRMATION = [
    rf"\brecebemos {_YOUR} (?:candidatura|inscrição|currículo|cv|aplicação)",
    r"\b(?:obrigad[oa]|agradecemos) (?:pela|por) (?:sua |tua |a sua |a tua )?(?:candidatura|inscrição|"
    r"interesse|se candidatar|te candidatares|candidatar-se)",
    rf"\bagradecemos {_YOUR} (?:candidatura|interesse|inscrição)",
    rf"\b{_YOUR} (?:candidatura|inscrição)\b[^.\n]{{0,100}}?\b(?:foi|está) (?:\w+ )?(?:recebida|enviada|"
    rf"registrada|"
    r"registada|submetida|realizada|concluída)",
    r"\b(?:você se candidatou|candidatura enviada|inscrição realizada)\b",
    r"\bitens (?:seguintes )?foram enviados\b",
    r"\b(?:vamos|iremos) (?:analisar|avaliar) (?:a sua|sua|o seu|seu) (?:candidatura|perfil|currículo)",
]
APPLICATION_REFERENCE = [
    rf"\b{_YOUR} candidatura\b",
    r"\bprocesso seletivo\b",
    r"\bprocesso de recrutamento\b",
]
REJECTION = [
    r"\binfelizmente\b[^.\n]{0,80}\bnão\b",
    r"\blamentamos (?:informar|comunicar|dizer)\b",
    r"\bnão (?:foi|fomos|foste) (?:\w+ )?(?:selecionad|escolhid|possível avançar)",
    r"\b(?:seguir|avançar|prosseguir|continuar) com (?:outros?|outras?) (?:candidat|perfis|perfil)",
    r"\boptamos por (?:outros?|outras?|um outro) (?:candidat|perfil|perfis)",
    rf"\b{_YOUR} perfil não (?:\w+ ){{0,2}}(?:está alinhado|corresponde|se enquadra|atende)",
    r"\bvaga (?:\w+ ){0,2}(?:já )?(?:foi )?preenchida",
    rf"\bnão (?:seguir|avançar|prosseguir|continuar)(?:emos|á)? (?:\w+ ){{0,2}}com {_YOUR} (?:candidatura|"
    r"processo|aplicação)",
    r"\b(?:sucesso|boa sorte)\b[^.\n]{0,40}\b(?:sua|tua|seus|teus) (?:busca|procura|carreira|"
    r"próximos desafios|"
    r"jornada)",
]
WITHDRAWN = [
    r"\b(?:vaga|processo|posição)\w* (?:\w+ ){0,3}(?:cancelad|suspens|congelad|encerrad)",
    rf"\b(?:retirou|retiraste|desistiu de) {_YOUR} candidatura",
]
SEARCH_STOPPED: list[str] = []
OFFER = [
    r"\bcarta (?:de )?(?:oferta|proposta)\b",
    r"\bproposta (?:formal )?(?:de emprego|de trabalho|de contratação)",
    r"\b(?:temos o prazer|é com (?:grande )?prazer que) (?:\w+ ){0,3}(?:oferecer|propor|"
    r"apresentar a proposta)",
]
INTERVIEW = [
    r"\bentrevista\b",
    r"\bconvid(?:ar|amos|á-lo|á-la)\w* (?:\w+ ){0,3}(?:para|a) (?:uma )?(?:entrevista|conversa|chamada|"
    r"reunião)",
    r"\b(?:agendar|marcar) (?:uma )?(?:entrevista|conversa|chamada|reunião)",
    r"\b(?:sua|tua) disponibilidade\b",
]
ASSESSMENT = [
    r"\b(?:teste|avaliação|prova) (?:técnic[oa]|online|on-line|de lógica|de perfil|comportamental)",
    r"\bdesafio técnico\b",
    r"\bestudo de caso\b",
]
GENERAL_CANDIDATES = [r"\b(?:candidatos|perfis) (?:selecionad|aprovad|que)\w*"]
HEDGE = [r"\bse\b", r"\bcaso\b", r"\bquando\b"]
JOB_ALERT = [
    r"\bvagas (?:recomendadas|para (?:você|ti)|que combinam)",
    r"\bnovas vagas\b",
    r"\balertas? de (?:vagas|emprego)\b",
    r"\bcandidate-se (?:já|agora)\b",
    r"\bvagas (?:semelhantes|similares)\b",
]
OUTREACH = [
    r"\b(?:nosso|meu) cliente\b",
    r"\b(?:seu|teu) perfil (?:chamou|despertou)",
    r"\b(?:vi|encontrei) (?:o )?(?:seu|teu) perfil\b",
    r"\b(?:teria|tem) interesse\b",
    r"\boportunidade (?:de trabalho|profissional)\b",
]
REMINDER = [rf"\b(?:conclua|finalize|complete) {_YOUR} candidatura"]
ACCOUNT = [r"\bconta (?:foi )?(?:criada|ativada)", r"\b(?:senha|palavra-passe)\b"]
SURVEY = [r"\b(?:pesquisa de satisfação|inquérito)\b"]
JOB_WORDS = [r"\b(?:vagas?|candidat\w+|recrutamento|processo seletivo|currículo|entrevista|cargo)"]
SUBJECT_APPLICATION = [r"\b(?:candidatura|inscrição)\b"]
SUBJECT_ALERT = [r"\bnovas vagas\b", r"\bvagas recomendadas\b"]
SUBJECT_REJECTION = [r"\bnão (?:foi )?selecionad", r"\bretorno negativo\b"]
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\bproposta de (?:emprego|trabalho)\b"]
SUBJECT_INTERVIEW = [r"\bentrevista\b"]
SUBJECT_ASSESSMENT = [r"\b(?:teste|desafio) técnico\b"]

NAME_STOP_WORDS = {
    "sua", "seu", "tua", "teu", "você", "olá", "prezado", "prezada", "candidatura",
    "obrigado", "obrigada", "infelizmente", "atenciosamente", "equipe", "equipa",
}  # fmt: skip
