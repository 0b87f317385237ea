"""An agency's mail putting the reader forward to its client after its own call: applied, not interviewed.

"Really enjoyed our call. I've sent your resume and my notes to their hiring manager", "he presentado tu
candidatura a nuestro cliente ... junto con mi informe de la entrevista": the conversation the mail thanks
for or reports on is the recruiter's, behind the reader; the news is the submission, a receipt at the client.
"""

from __future__ import annotations

import re

from tracker.extraction.meeting_or_test import no_meeting_ahead
from tracker.extraction.phrases import interview_shape
from tracker.extraction.status_sentences import sentence_bounds

# The writer sending the reader on, in the seven languages' CONFIRMATION phrases of an agency.
_PUT_FORWARD = re.compile(
    r"\b(?:submitted|resubmitted|sent|forwarded|presented|put|passed|enviado|remitido|presentado|trasladado|"
    r"propuesto|inoltrato|inviato|presentato|girato|proposto|transmis|envoyé|présentée?|proposé|positionnée?|"
    r"weitergeleitet|vorgestellt|übermittelt|eingereicht|geschickt|doorgestuurd|voorgesteld|voorgedragen|"
    r"aangeboden|enviei|encaminhei|apresentei|indiquei|enviamos|encaminhamos|apresentamos)\b"
)


def put_forward_after_own_meeting(
    text: str, hits: dict[str, list[re.Match[str]]], receipt_at: int | None, interview_at: int
) -> bool:
    """True when the mail's receipt (at `receipt_at`) is the writer putting the reader forward ("I've sent
    your CV to", "ti ho proposto"), no interview phrase names a meeting ahead (no_meeting_ahead) and the
    interview read (at `interview_at`) is a phrase, or a sentence naming a meeting held. A meeting the client
    asks for is set ahead: it stays the interview."""
    if receipt_at is None:
        return False
    receipt = next(match for match in hits.get("CONFIRMATION", ()) if match.start() == receipt_at)
    if _PUT_FORWARD.search(receipt.group(0)) is None or not no_meeting_ahead(text, hits):
        return False
    if any(match.start() == interview_at for match in hits.get("INTERVIEW", ())):
        return True
    sentence = text[slice(*sentence_bounds(text, interview_at, interview_at))]
    return interview_shape.names_a_held_meeting(sentence)
