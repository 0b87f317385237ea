"""One-way video interviews: answers recorded to set questions, with no one on the other side.

The dataset's convention (datasets README, "assessment": "video questionnaire (e.g. HireVue one-way)")
makes them a test, not an interview, whatever the mail calls them: "entretien vidéo différé",
"zeitversetztes Video-Interview", "videoentrevista grabada" are read as assessments. Words are lowercase,
in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text around an interview's
phrase; each names the recording, not the video alone (a video call is a conversation).
"""

from __future__ import annotations

import re

RECORDED = re.compile(
    r"\b(?:one[- ]way|recorded|pre-recorded|on-demand|asynchronous|record (?:your )?(?:answers|responses|"
    r"video)|you (?:can|will|may) record(?: it)? (?:at|in|on|whenever|any))\b|\bhirevue\b|\bspark hire\b|"
    r"\bwillo\b|\b(?:complete|take|record) (?:a |an |the |your |this )?(?:\w+ )?(?:video|virtual|digital) "
    r"interview\b"
    # German: "zeitversetztes Video-Interview", "Sie nehmen Ihre Antworten auf", "aufgezeichnet".
    r"|\bzeitversetzt\w*|\baufgezeichnet\w*|\baufzeichn\w*|\b(?:nehmen sie|nimmst du) (?:ihre|deine) "
    r"antworten (?:\w+ ){0,3}auf\b"
    # French: "entretien vidéo différé", "vous enregistrerez vos réponses".
    r"|\bdifféré\w*|\benregistr\w* (?:vos|tes|les|votre|ta) (?:\w+ )?(?:réponses|vidéo)|"
    r"\bvidéo enregistrée|\basynchrone\b"
    # Spanish and Portuguese: "videoentrevista grabada", "grabarás tus respuestas", "gravar suas respostas".
    r"|\bdiferid[ao]\b|\b(?:grabad|gravad)[ao]s?\b|\b(?:grab|grav)\w* (?:tus?|sus?|las?|suas?|as?|tuas?) "
    r"(?:\w+ )?respuestas?|\b(?:grab|grav)\w* (?:tus?|sus?|las?|suas?|as?|tuas?) (?:\w+ )?respostas?|"
    r"\bas[ií]ncron\w*"
    # Dutch: "video-opname", "je neemt je antwoorden op", "asynchroon".
    r"|\bvideo-?opname|\b(?:je|uw) antwoorden (?:\w+ ){0,2}op(?: te)? ?(?:nemen|neemt)\b|"
    r"\bneem(?:t)? (?:je|u) (?:je|jouw|uw) antwoorden\b|\basynchro\w*"
    # Italian: "videocolloquio registrato", "in differita", "registrare le tue risposte".
    r"|\bin differita\b|\bdifferit[oa]\b|\bregistrat[oa] in video\b|"
    r"\b(?:video(?:colloquio|intervista)?|(?:colloquio|intervista) video) registrat[oa]\b|"
    r"\bregistr\w* (?:le (?:tue |sue )?risposte|un video)|\basincron\w*"
)
# No one on the other side, said without the recording: no interviewer, the questions shown on the
# screen, the answers given to the camera, seconds to prepare each. (Read near an interview's phrase or
# where the interview is named a video one, as the words above.)
RECORDED = re.compile(
    RECORDED.pattern
    + r"|\bno (?:live )?interviewer\b|\bwithout an? (?:live )?interviewer\b|\bon your own time\b|"
    r"\b(?:questions?|prompts?) (?:will )?(?:appear|be shown|shown|displayed) on (?:the |your )?screen\b|"
    r"\bseconds to (?:prepare|think)\b"
    # No live interviewer in the other six languages: "kein Live-Gesprächspartner", "no hay un entrevistador
    # en vivo", "não há entrevistador ao vivo", "pas d'interlocuteur en direct", "nessun intervistatore dal
    # vivo", "geen live-interviewer".
    r"|\b(?:kein\w*|no hay|sin|não há|sem|pas d'|aucun|nessun\w*|non c'è|geen) (?:un |una |um |une |alcun |"
    r"een )?(?:live[- ]?)?(?:gesprächspartner|interviewer|entrevistador\w*|interlocuteur|recruteur|"
    r"intervieweur|selezionatore|intervistatore|gesprekspartner)\b"
    r"|\b(?:entrevistador\w*|interlocuteur|recruteur|intervistatore|selezionatore|gesprekspartner|"
    r"interviewer) "
    r"(?:en vivo|ao vivo|en direct|dal vivo|in diretta|live)\b"
    r"|\bper webcam\b|\b(?:ohne|kein(?:en)?) gesprächspartner\b|\bgesprächspartner ist nicht dabei\b|"
    r"\bfragen auf dem bildschirm\b|\b(?:filmst du|filmen sie|filmst|filmen) (?:deine|ihre) antworten\b|"
    r"\bsekunden (?:bedenkzeit|zur vorbereitung)\b"
    r"|\bface (?:à la )?caméra\b|\bsans (?:recruteur|interlocuteur|intervenant)\b|"
    r"\b(?:s'afficheront|s'affichent|apparaîtront|apparaissent) à l'écran\b|\bfilm\w* (?:votre|vos|ta|tes) "
    r"réponses?\b"
    r"|\bsin entrevistador\b|\b(?:ante|frente a) la cámara\b|\bpreguntas (?:\w+ ){0,2}en (?:la )?pantalla\b"
    r"|\bvoor de camera\b|\b(?:zonder|geen) (?:gesprekspartner|interviewer)\b|"
    r"\bvragen op (?:het|je|uw) scherm\b"
    r"|\bsem entrevistador\b|\b(?:diante|em frente|frente) (?:d[ao]|à) (?:câmera|câmara)\b|"
    r"\bperguntas (?:\w+ ){0,2}na tela\b|\brespond\w* sozinh[oa]\b"
    r"|\bsenza (?:un |alcun )?(?:selezionatore|intervistatore|recruiter)\b|"
    r"\bdavanti alla (?:webcam|telecamera)\b|"
    r"\bdomande (?:\w+ ){0,2}sullo schermo\b|\brisponder\w* in autonomia\b"
    # At the reader's own pace, which no meeting with a person is: "a tu ritmo", "à votre rythme", "in
    # Ihrem eigenen Tempo", "ao seu ritmo", "in je eigen tempo", "al tuo ritmo", "at your own pace".
    r"|\bat your own pace\b|"
    r"\b(?:a|al|ao) (?:tu|su|seu|teu|tuo|suo|vostro) (?:propio |próprio |proprio )?ritmo\b|"
    r"\bà (?:votre|ton) (?:propre )?rythme\b|\bin (?:ihrem|deinem|eurem) (?:eigenen )?tempo\b|"
    r"\bin (?:je|jouw|uw) eigen tempo\b"
    # The video interview to be completed, as a test is (one held, "realizar", may be a call): "completar
    # una entrevista en video", "compléter un entretien vidéo", "ein Video-Interview absolvieren".
    r"|\b(?:completar|completa|completes|concluir|conclua|compléter|complétez|completare|completi|invullen|"
    r"voltooien|afronden) (?:una |un |la |le |il |a |uma |o |de |het |een |l\x27)?"
    r"(?:(?:entrevista|entretien|colloquio|intervista) (?:(?:en|em|in) )?v[ií]d[eé]o|videointervista|"
    r"videocolloquio|videoentrevista|video-?interview|video-?sollicitatie)\b"
    r"|\bvideo-?interview (?:\w+ ){0,3}(?:absolvieren|abschließen|ausfüllen)\b"
    # An interview answered in writing has no one on the other side either: "a written interview", "un
    # entretien écrit", "ein schriftliches Interview", "una entrevista escrita", "een schriftelijk interview",
    # "uma entrevista escrita", "un colloquio scritto".
    r"|\bwritten interview|\bentretien écrit|\bschriftliche[ns]? (?:interview|gespräch)|"
    r"\bentrevista (?:por )?escrit[ao]\b|\bschriftelijke? (?:interview|gesprek)|"
    r"\b(?:colloquio|intervista) (?:scritt[oa]|in forma scritta)\b"
)
# The interview named as a video one, so that recording said in another sentence makes it one-way.
VIDEO = re.compile(r"\b(?:video|virtual|vidéo|vídeo|visio|digital|digitaal)")
