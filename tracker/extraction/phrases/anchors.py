"""Where employers' names and job titles sit in running text (lowercase patterns, any language we read).

An anchor is the phrase next to which a name or a title habitually stands: "your application was sent
to <employer>", "the <title> position at <employer>", "<employer> has decided". Each has a weight:
how much to trust what is read there.
"""

from tracker.extraction.phrases import (
    board_anchors,
    french_anchors,
    hand_anchors,
    language_anchors,
    post_nouns,
    posts_before_nouns,
    procedure_codes,
    public_careers,
    spanish_anchors,
)
from tracker.extraction.phrases.title_dots import with_dots_inside_words

# What an agency sends its client beside the reader's CV: "your resume and cover note", "your CV and my
# notes", "your profile and portfolio".
_SENT_WITH_THE_CV = (
    r"(?: and (?:your |my |our )?(?:cover (?:note|letter)|notes|portfolio|references|writing sample|"
    r"(?:cv|resume|profile|details)|(?:supporting|personal) statement|application form))?"
)

# The employer's name begins right after these (read from the original text, capitalised words).
EMPLOYER_AFTER: list[tuple[str, float]] = [
    (r"\byour application (?:was|has been) (?:sent|submitted|delivered|forwarded) to ", 5.0),
    (r"\b(?:successfully |officially )?applied (?:to|at|with) ", 3.0),
    (
        r"\b(?:items?|application|resume|cv|profile|details)s? (?:were|was|has been|have been) (?:sent|"
        r"submitted|shared) (?:to|with) ",
        4.0,
    ),
    (
        r"\bthank(?:s| you)(?: \w+){0,2} for (?:applying|your (?:recent |online |job )?application|"
        r"your (?:recent )?interest|expressing (?:your )?interest|considering|choosing|investing time|"
        r"your (?:recent )?inquiry into employment opportunities)(?: here)? (?:to|at|with|in|"
        r"for)(?: (?:a (?:job|position|role|career)|joining|working|employment|(?:career |"
        r"employment )?opportunities|careers?|a career)(?: (?:at|with|in|for))?)? ",
        3.0,
    ),
    (
        r"\b(?:position|role|job|opening|opportunity|internship|vacancy|program|career|employment|"
        r"application|opportunities|interviewing|apply|applying|openings|candidacy)(?: here)? (?:at|with|@|"
        r"within) ",
        3.0,
    ),
    (r"\b(?:with|for|to) us(?: here)? at ", 3.0),
    # "Your application for Java Developer at Terranov has been submitted": the title, then the employer.
    (r"\b(?:applying|applied|application|apply) (?:for|to) (?:the )?[^\n.!?;@]{2,80}? at ", 3.0),
    # A board's "You have successfully applied for HSE Engineer with Sahara Petroserv".
    (r"\bsuccessfully applied (?:for|to) (?:the )?[^\n.!?;@]{2,80}? with (?!the\b|us\b|our\b|your\b)", 3.0),
    # "you have passed the sift for Policy Advisor (ref 341205) at the Department for Transport": a step
    # of the process for the title, then the employer (a board's mail: its own name signs it).
    (
        r"\b(?:sift|shortlist(?:ing)?|selection|screening|interview|assessment|recruitment) for (?:the )?"
        r"[^\n.!?;@]{2,80}? at ",
        3.0,
    ),
    # "shortlisted for the post of Band 5 Staff Nurse at Ashworth NHS Foundation Trust": whatever the verb.
    (r"\bthe (?:post|position|role|vacancy) of [^\n.!?;@]{2,80}? at ", 3.0),
    # "Your application for Budget Analyst, announcement number X, with the Internal Revenue Service": a
    # public employer is an agency, a department or a county, named with its article.
    (
        r"\b(?:applying|applied|application|apply|announcement|examination|exam) (?:for|to) (?:the )?"
        r"[^\n.!?;@]{2,80}?,? with the ",
        2.5,
    ),
    (r"\bat (?=[\w&.'-]+(?: [\w&.'-]+){0,4}, (?:we|our)\b)", 3.0),
    (r"\b(?:interest in|interested in) (?:joining |working (?:at|for|with) |a career (?:at|with) )?", 2.0),
    (r"\b(?:applying|application|apply) (?:to|with) ", 2.0),
    (r"\bjoin(?:ing)? the (?=[^\n]{1,60} (?:team|family)\b)", 2.5),
    # "your interest in joining our team at Acme", "join our growing team at Acme", "becoming part of our
    # team at Acme".
    (
        r"\b(?:join(?:ing)?|(?:be|become|becoming) (?:a )?part of) our (?:\w+ )?(?:team|family) (?:at|with) ",
        3.0,
    ),
    (r"\b(?:joining|join|consider(?:ing)?|choos(?:e|ing)|about|by) ", 1.0),
    (r"\b(?:here|everyone) at ", 2.0),
    # A hiring system's chat assistant under its own name: "I'm Olivia, the hiring assistant for Acme".
    (r"\b(?:hiring|recruiting|virtual|digital|scheduling) assistant (?:for|at|with) ", 3.0),
    # A board telling who looked: "Your application was viewed by Acme" (as "consultée par X").
    (r"\b(?:application|resume|cv|profile) (?:was|has been) (?:viewed|opened|seen|downloaded) by ", 3.0),
    (r"\b(?:your |an |the )?interview with ", 2.0),
    # An ATS's footer: "Sent on behalf of Acme.", "Powered by Ashby | Acme Careers".
    (r"\b(?:sent |written )?on behalf of (?:the hiring team (?:at|of) )?(?!(?:our|my|the) client)", 2.5),
    (r"\bpowered by [\w.-]+ [|·•] ", 2.5),
    # "Your application for Research Associate II has been sent to Harlow Biosciences".
    (
        r"\b(?:application|resume|cv|profile) for [^\n.!?;]{2,80}? (?:has been|was|is) "
        r"(?:successfully )?(?:sent|submitted|delivered|forwarded) to ",
        4.0,
    ),
    # An assessment platform's mail: "You have been invited by Acme to take an online test".
    (
        r"\b(?:invited|requested|asked) by (?=[^\n.!?;]{2,60}? to (?:take|complete|record|schedule|attend|"
        r"do)\b)",
        3.0,
    ),
    (r"\b(?:invitation|message|update|note|news|offer|opportunity|hello|greetings) from ", 2.5),
    (r"\b(?:check|screening|investigation|references?) (?:requested|ordered|initiated) by ", 2.5),
    # The US federal ATS's receipt: "..., announcement number FAA-ATO-26-1187, with the Federal Aviation
    # Administration".
    (r"\bannouncement (?:number |no\.? |#)?[a-z0-9-]+,? with (?:the )?", 3.0),
    # A screening firm's report names whom it was for: "your background check for Acme is complete",
    # "your fingerprinting appointment for Lakeside Unified School District".
    (
        # Its subject's "Background Check Authorization for Acme": the form the check asks of the reader.
        r"\b(?:background|reference|pre-employment|fingerprint(?:ing)?) "
        r"(?:check|screening|report|appointment)"
        r"(?: (?:authori[sz]ation|consent|request|invitation|form))? for ",
        2.5,
    ),
    # A team signing for its employer: "Recruiting Team Prudential", "the Talent Acquisition Team at Acme".
    (r"\b(?:recruiting|recruitment|talent acquisition|hiring|hr|careers) team,? (?:at |of |for )?", 2.0),
    # "Profile submitted to Calloway for Software Engineer I": an ATS's subject names the employer.
    (r"\b(?:profile|application|resume|cv|candidacy) (?:submitted|sent) to ", 3.0),
    # Agencies relaying a client's process name the client: it is the employer.
    (
        r"\b(?:(?:submitted|sent|forwarded|presented|put forward|shared|passed) (?:you|your (?:\w+ )?(?:"
        rf"profile|resume|cv|application|details|candidacy)){_SENT_WITH_THE_CV} (?:over |across |on )?|"
        r"put (?:you|your (?:\w+ )?"
        r"(?:profile|resume|cv|application|details|candidacy)) forward )(?:to|with) ",
        4.0,
    ),
    # "your resume is now with Alder Crest for the Project Manager opening": the client holds it.
    (r"\byour (?:resume|cv|profile|details|application) (?:is|are) now with ", 4.0),
    # "my client, a regional credit union, Tallow Federal": the client described before it is named.
    # "The client is Marlowe Retail", "our client: Marlowe Retail": the agency naming its client at last.
    (
        r"\b(?:on behalf of |for |with |to )?(?:our|my|the) client(?: is |: |,? )"
        r"(?:company |an? (?:[\w-]+ ){0,3}[\w-]+, )?",
        4.0,
    ),
    # "the client for the Senior SRE role is Marlowe Retail": the name comes after the role.
    (
        r"\b(?:our|my|the) client (?:for|on|behind) (?:the|this|your) [^.\n]{1,60}? (?:role|position|"
        r"contract|job|vacancy|opening) is ",
        4.5,
    ),
    # "I represent Quantis on their Head of Data search", "I'm working with Quantis", "I'm recruiting for X".
    (
        r"\b(?:i|we) (?:represent|am representing|are representing|(?:am|'m|are|'re) working with|"
        r"(?:am|'m) recruiting for) ",
        3.0,
    ),
    # "I have heard back from X", "the hiring manager at X": the agency passing on the client's news.
    # "Just heard from the team at Orbis": the team named for its organisation.
    (r"\b(?:heard back|heard|feedback|news|an update|word) from (?:the (?:team|hiring team) at )?", 2.5),
    (r"\b(?:hiring manager|hiring team|interview panel|line manager|client) (?:at|from) ", 3.0),
    # A person introducing themselves by their place: "Jordan, founder of Lumen Loop".
    (r"\b(?:co-?founder|founder|ceo|cto|coo|owner|head of [\w-]+) (?:of|at|@) ", 3.0),
    # The client's person an agency names by post: "the Head of Admissions at Larchmont Prep asked".
    (r"\bthe (?:director|manager|head) of [\w-]+(?: (?:&|and) [\w-]+)? (?:at|from) ", 3.0),
    # A shop's manager writing by hand from their own mailbox: "I'm the manager at Family Thrift on Beech St".
    (
        r"\b(?:i'm|i am|this is \w+,) the (?:(?:store|general|assistant|shift|restaurant|kitchen) )?manager "
        r"(?:at|of) ",
        3.0,
    ),
    # The employer after a preposition of the language ("bei der X", "chez X", "bij X", "presso X").
    (r"\b(?:bei|beim|chez|au sein de|bij|presso)(?: (?:der|dem|den|de|het) )?(?: |$)", 1.5),
    (r"\b(?:interesse an|intérêt pour|interés en|bewerbung bei|candidature chez) ", 2.5),
]

# The employer's name ends right before these ("Acme has decided...", "Acme did not select...").
EMPLOYER_BEFORE: list[tuple[str, float]] = [
    (
        r"\b(?:has|have) (?:received|reviewed|decided|moved|chosen|filled|selected|identified|shortlisted|"
        r"short-listed|progressed)\b",
        3.0,
    ),
    (r"\bdid not select\b", 3.0),
    (r"\breceived your (?:\w+ )?(?:application|resume|cv)\b", 3.0),
    (r"\b(?:has|have) invited you\b", 3.0),
    (r"\b(?:would like|wants|want) to (?:interview|meet|speak (?:to|with)|talk (?:to|with)) you\b", 3.0),
    (
        r"\b(?:would like|wants|want) to (?:schedule|arrange|set up) (?:an? |your )?(?:[\w-]+ )?(?:interview|"
        r"call|meeting|chat|round|stage|conversation)\b",
        3.0,
    ),
    (r"\binvites you\b", 2.5),
    (r"\b(?:is|are) (?:keen|eager) to (?:meet|interview|speak (?:to|with)) you\b", 3.0),
    (r"\b(?:would like|wants|want) to (?:move|progress|take) you (?:forward|to|through|on)\b", 3.0),
    # "Acme has requested that you complete ...", "Acme has partnered with Karat to ...": a platform's
    # mail names the employer it writes for.
    (r"\bhas (?:requested|asked) (?:that )?you\b", 2.5),
    (r"\bhas partnered with\b", 2.5),
    (
        r"\bhas requested an? (?:\w+ )?(?:interview|background (?:check|screening)|reference check|"
        r"(?:pre-employment |employment )?screening)\b",
        2.5,
    ),
    # A screening firm working for the employer: "Acme has asked Sterling to conduct a background check".
    # "Acme has requested that ClearPath Screening conduct ...": the firm named by its name, not "us".
    (
        r"\bhas (?:asked|requested that|engaged|instructed) (?:us|[\w-]+(?: [\w-]+){0,2})(?: to)? "
        r"(?:conduct|complete|collect|run|perform|carry out)\b",
        2.5,
    ),
    (r"\bhas scheduled (?:an?|your) (?:[\w-]+ ){0,2}(?:drug|screen|screening|check|test|interview)", 2.5),
    (r"\b(?:want|wants|would like) to make you an? (?:\w+ )?offer\b", 3.0),
    # An agency passing on its client's news: "Acme came back to me", "Pellworth have gone with another
    # candidate", "Orrin Labs loved your profile".
    (r"\b(?:has|have) gone with (?:another|a different|an(?:other)? internal|someone|somebody)\b", 2.5),
    (r"\b(?:loved|liked|really liked) your (?:profile|cv|resume|application|background)\b", 2.5),
    (r"\b(?:came|has come|have come|got|has got|have got) back to (?:me|us)\b", 2.5),
    # "Halcyon have got sign-off": a role going live again, as the agency tells it.
    (
        r"\b(?:has|have) (?:now )?(?:got|had|received) (?:the )?(?:sign-off|approval|budget|green light)\b",
        2.5,
    ),
    # Job boards telling what the employer does: "Acme is reviewing your application", "Acme wants to chat".
    (r"\b(?:is|are) (?:currently )?reviewing your (?:application|profile|resume)\b", 2.5),
    (r"\b(?:is|are) interested in your (?:application|profile)\b", 2.5),
    (r"\b(?:(?:has|have) )?(?:viewed|opened|downloaded) your (?:application|resume|cv)\b", 2.5),
    (r"\b(?:wants|want) to (?:chat|talk|speak|meet)\b", 2.5),
    # An agency passing on its client's wish: "Orchard Bank want to see you for the final round".
    (r"\b(?:would like|wants|want|would love) to see you\b", 2.5),
    # "Acme invited you to take the Acme 2023 Coding Assessment on CodeSignal"
    (r"\binvited you to (?:take|complete)\b", 3.0),
    (r"\b(?:would like|wants) to invite you\b", 2.5),
    # A test vendor's mail: "Orchard Foods would like you to take the Support Engineer Screening test".
    (r"\b(?:would like|wants) you to (?:take|complete|sit)\b", 2.5),
    (
        r"\b(?:would like|wants|want|is delighted|are delighted|is pleased|are pleased) to (?:offer|extend) "
        r"you\b",
        3.0,
    ),
    (r"\bhat (?:sich )?(?:entschieden|ihre bewerbung)\b", 2.5),
    (r"\ba (?:bien )?reçu votre candidature\b", 2.5),
    # "Votre candidature pour l'offre X - Acme a bien été envoyée au recruteur".
    (r"\ba bien été (?:envoyée|transmise)\b", 2.0),
]

# Job titles: the (?P<t>...) group is the title. (pattern, weight, needs a role word, needs a
# capitalised word right after the match)
_END = (
    r"(?=\s+(?:at|with|within|@|for|in|through|via|on (?:ward|the|our))\s|\s*[.!?;]\s|\s*[.!?;]?$|\s*\n|"
    r",?\s+and\s+(?:are|we|is|will|have|"
    r"has|would|you|thank|look|hope)|\s+(?:has|have) been\s)"
)
_LINE_END = r"[ \t]*(?:\n|$)"
# "for Senior Analyst (Job ID 1234): we have decided": an id in brackets, then the sentence goes on.
_ID_THEN_COLON = r"\s*\([^()\n]{1,40}\):"
# "for the Fleet Analyst - Summer 2026 (ID: 48213) position": the posting's id in brackets closes its
# title, whatever follows (a preview may cut the sentence right after it, or inside it: "(ID").
_ID_BRACKET = r"\s*\((?:job |req(?:uisition)? )?(?:id|req)\b"
# A comma ends a title only when a new clause follows ("Engineer, Payments, and we are delighted").
# ("your application as Embedded Software Engineer and your interest in X": "and your" goes on too.)
_CLAUSE_END = (
    r",\s+(?:and|we|our|you|your|which|as|but|so|please|thank|with|at|in|located|based)\b|"
    r"\s+and (?:for )?(?:your|our)\b"
)
TITLES: list[tuple[str, float, bool, bool]] = [
    (
        r"\b(?:application|applying|applied|apply|candidacy|interest|interview(?:ing)?|submission|"
        r"consider(?:ing)? you|submitted|speak with us|talk with us)\s+(?:to|for|in|about|"
        r"with)\s+(?:the\s+|our\s+|a\s+|an\s+|this\s+)?(?:(?:position|role|post|"
        # (The title is no clause: "interview with Dana Reyes, we would like to offer you the position".)
        r"job)\s+of\s+)?(?P<t>(?:(?!,\s(?:we|i|they|you|he|she)\s)[^\n.!?;]){2,120}?)\s+"
        r"(?:position|role|opening|opportunity|job|vacancy|post|"
        r"req|requisition)\b",
        3.0,
        False,
        False,
    ),
    (
        rf"\b(?:position|role|post|job|vacancy|opening)\s+(?:of\b|as\b|:|"
        rf"title:)\s*(?P<t>[^\n!?;]{{2,120}}?){_END}",
        3.0,
        False,
        False,
    ),
    # A public service's vacancy by its number, then its title: "for vacancy 405771, Policy Officer (EO),
    # Home Office" (the body after the comma is cut with the title's tail).
    (
        rf"\bvacancy (?:ref(?:erence)?\.? |no\.? |number )?\d{{4,}}\s*[,:\u2013-]\s*"
        rf"(?P<t>[^\n!?;]{{2,120}}?){_END}",
        3.0,
        False,
        False,
    ),
    # A public employer's or a school district's posting by its number, a comma, then its title: "JobID 4410,
    # Library Technician at Elm Street School", "Competition #2026-31, Payroll Clerk, Finance Division".
    (
        rf"\b(?:job ?id|job ?(?:#|no\.?|number)|competition|posting|req(?:uisition)?(?: ?id)?)\s*(?:#|no\.?|"
        rf"number)?\s*:?\s*(?:[a-z]{{1,5}}-?)?\d[a-z0-9-]{{0,20}},\s+"
        # The title ends at a comma or at a bracket listing after one ("(Public Works, Temporary, 18
        # months)"); a bracket without a comma is its own ("Clinic Nurse (RN)").
        rf"(?P<t>(?:\([^()\n,]{{0,40}}\)|[^\n!?;,(]){{2,120}}?)(?:(?=\s*(?:,|\([^()\n]{{0,40}},))|{_END})",
        3.0,
        True,
        False,
    ),
    # A public body's recruitment for a post: "we have paused the recruitment for the Youth Worker post",
    # "the recruitment process for Civil Engineer II (Job #31-220) is now closed".
    (
        rf"\brecruitment (?:process |campaign )?for (?:the |our |a |an |this )?"
        rf"(?:(?:position|role|post) of )?(?P<t>[^\n.!?;]{{2,100}}?)(?=\s*[.!;,]|{_CLAUSE_END}|"
        rf"\s+(?:role|position|post|vacancy|job|opening|at|with|in|on|has|have|is|was|will|until|pending)\b|\s*\((?:job|req|ref|vacancy|posting)\b|"
        rf"{_LINE_END})",
        2.5,
        True,
        False,
    ),
    # An agency putting the reader forward to its client: "I've submitted you to Harbor Foods for the Line
    # Lead role", "sent your CV over to Acme for their Payroll Officer opening".
    (
        rf"\b(?:submitted|sent|put|forwarded|passed) (?:you|your (?:cv|resume|résumé|profile|details|"
        rf"application)){_SENT_WITH_THE_CV}(?: over| forward| through)? to [^\n.!?;]{{1,80}}? for "
        r"(?:the |their |a |an |this )?"
        # A comma ends the title before a number or a sentence ("for Travel Nurse RN, 13 weeks, starts"), as
        # a bracket listing terms does ("(days, $21/hr)"); a team after a comma stays ("Manager, Platform
        # role").
        rf"(?P<t>[^\n.!?;]{{2,100}}?)(?=\s*[.!;]|,\s*\d|\s*\([^()\n]{{0,40}},|{_CLAUSE_END}|\s+(?:role|position|"
        rf"job|opening|spot|vacancy|post|contract|at|in|with|on|starting|from)\b|{_LINE_END})",
        # Below the subject's segments: an agency's subject names the post as its client's advert does.
        0.9,
        True,
        False,
    ),
    (
        r"\b(?:application|applying|applied|apply|candidacy|interest|interviewing)\s+(?:to|for|"
        r"in)\s+(?:the\s+|our\s+)?(?P<t>[^\n.!?;]{2,100}?)\s+(?:at|with|@)\s+(?=\w)",
        2.0,
        True,
        True,
    ),
    (
        rf"\b(?:interest in|applying (?:to|for)|application (?:to|for)|applied (?:to|for)|apply (?:to|for)|"
        rf"candidacy (?:to|for)|announcement for|"
        rf"application (?:has been |was )?received for|received your application for)\s+(?:the\s+|"
        rf"our\s+)?(?P<t>[^\n.!?;]{{2,80}}?)(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:and|at|with|in|here|"
        rf"within|was|has|is|will|forward|through to)\b|{_ID_THEN_COLON}|{_ID_BRACKET}|{_LINE_END})",
        1.5,
        True,
        False,
    ),
    (
        r"\byour (?:\w+ )?application (?:for|to) (?:the )?(?P<t>[^\n.!?;]{2,100}?)(?: (?:at|with) "
        r"[^\n.!?;]{1,60}?)? (?:has been|was|is) (?:successfully )?(?:received|submitted|sent)",
        3.0,
        False,
        False,
    ),
    (
        rf"\b(?:received your|for your) (?:[\w-]+[/ ]){{0,2}}(?:application|resume|cv|submission|"
        rf"profile) for (?:the )?(?P<t>[^\n.!?;]{{2,120}}?)(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|with|"
        rf"in)\b|{_ID_BRACKET}|{_LINE_END})",
        2.0,
        True,
        False,
    ),
    (
        rf"\b(?:applying|application|applied) (?:with|to|at) [^\n.!?;]{{1,60}}? for (?:the "
        rf")?(?P<t>[^\n.!?;]{{2,100}}?)(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|in|with)\b|{_LINE_END})",
        2.0,
        True,
        False,
    ),
    # "your application for the role Visual Merchandiser at H&M", "applying to be a Crew Member at".
    (
        rf"\b(?:application|applying|applied|apply|interest)\s+(?:to|for)\s+the\s+(?:role|position|job|post|"
        rf"vacancy)\s+(?!(?:of|as|at|with|you|that|which|has|is|was|for|in)\b)(?P<t>[^\n.!?;]{{2,100}}?)"
        rf"(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|with|in|here|has|is|was|will)\b|{_LINE_END})",
        2.0,
        True,
        False,
    ),
    (
        rf"\bapply(?:ing)? to be (?:a|an|our|the|one of our) (?P<t>[^\n.!?;]{{2,80}}?)(?=\s*[.!;]|"
        rf"{_CLAUSE_END}|\s+(?:at|with|in|on|for|here)\b|{_LINE_END})",
        2.0,
        True,
        False,
    ),
    # "thanks for applying as a hairdresser with us", "your application to work as a care assistant at X":
    # what one would be is the post, whatever its noun (title_slots.py).
    (
        rf"\b(?:applying|applied|application|apply|to work)(?: to work)? as an? (?P<t>[^\n.!?;]{{2,80}}?)"
        rf"(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|with|in|on|for|here)\b|{_LINE_END})",
        2.5,
        False,
        False,
    ),
    # "thank you for applying as Product Designer for our Lisbon office": no article, the post's name
    # capitalised (the capital is asked: "applying as soon as", "applied as well" name none).
    (
        rf"\b(?:applying|applied|apply)(?: to work)? as (?P<t>[^\n.!?;]{{2,80}}?)"
        rf"(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|with|in|on|for|here)\b|{_LINE_END})",
        2.5,
        False,
        True,
    ),
    # "Thank you for your application as Frontend Developer at X": German mail's English ("Bewerbung als").
    (
        rf"\byour application as (?!an? |soon|well|part|of|per|discussed|requested|mentioned|outlined|"
        rf"described|such)(?P<t>[^\n.!?;]{{2,80}}?)(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|with|in|on|for|here|"
        rf"has|was|is)\b|{_LINE_END})",
        2.0,
        False,
        False,
    ),
    # A person writing by hand names the post in lowercase with its article: "come in and talk about the
    # head groomer post", "I'm writing regarding the kennel assistant vacancy", "your CV over for the
    # night porter position"; a role's word must name it ("about the new role" names none). Not "your":
    # "catching up about your new job" is the reader's own.
    (
        r"\b(?:about|regarding|discuss|discussing|over for|in for) (?:the|our) "
        r"(?P<t>[^\n.!?;,]{2,60}?) (?:position|role|job|post|vacancy|opening)\b",
        2.0,
        True,
        False,
    ),
    # "the vacancy for a kennel assistant", "we're looking for an RN clinic lead for our new site" (not "I'm
    # looking for a ...": the job seeker's own search).
    (
        rf"\b(?:(?:vacancy|opening|position|role) for|(?:we're|we are) (?:currently )?(?:looking for|hiring|"
        rf"recruiting)|(?:i'm|i am) (?:currently )?(?:hiring|recruiting)) an? (?P<t>[^\n.!?;,]{{2,60}}?)"
        rf"(?=\s+(?:for|to|at|in|who|with|on|you|that|which|we)\b|\s*[.!?;,]|{_LINE_END})",
        2.0,
        True,
        False,
    ),
    # "we'd like to offer you the forklift driver job at X".
    (
        r"\boffer(?:ing)? you (?:the|a|an|our) (?P<t>[^\n.!?;]{2,60}?) (?:job|position|role|post)\b",
        3.0,
        False,
        False,
    ),
    # "the position you applied for (Senior Analyst) has been filled".
    (
        r"\b(?:position|role|job|vacancy|opening) (?:you applied (?:for|to)|you have applied (?:for|to)|for "
        r"which you applied)\s*\((?P<t>[^()\n]{2,100})\)",
        3.0,
        False,
        False,
    ),
    (
        r"\bfollowing (?:position|role|job|vacancy|opening|requisition)(?:\(s\)|"
        r"s)?:[ \t]*\n?[ \t]*(?P<t>[^\n]{2,100})",
        3.0,
        False,
        False,
    ),
    (
        # Belgian posts are "fonctions": "votre candidature pour la fonction d'Employé(e) (D6)".
        rf"\b(?:au poste d[e']|pour le poste d[e']|poste d[e']|en tant qu(?:e|')|la fonction d[e']|"
        rf"(?:pour|à) l'offre(?: d[e'])?|candidature pour(?: l'offre| le poste| la fonction)?(?: d[e'])?)"
        # ("si le poste devait être affiché": "de" is a word, and a word after it is the title.)
        # (An article or a determiner opens no title: "votre candidature pour la sélection suivante :".)
        rf"(?:(?<=')\s*|\s+)(?!(?:la|le|les|l'|un|une|des|ce|cet|cette|votre|notre|vos|nos)\b)"
        rf"(?P<t>[^\n.!?;]{{2,100}}?)(?=\s+(?:chez|"
        rf"au sein|à|a|ne|est|qui|que|pour l'entreprise|pour la société|dans l'entreprise|de la société|"
        rf"de l'entreprise)\s|\s+n'|"
        rf"\s+et\s+(?:vous|nous|je|confirmons|accusons|reviendrons|revenons|remercions|étudierons|"
        # "Lumeo a bien reçu votre candidature au poste de X et souhaite vous remercier": the employer's verb.
        rf"examinerons|sommes|avons|a|y|l'|souhaite|tient|remercie|reviendra)(?:\b|(?<='))|\s*[.!,;]|{_LINE_END})",
        3.0,
        False,
        False,
    ),
    # "a phone screen for Site Reliability Engineer", "the technical exercise for the X role".
    (
        rf"\b(?:interview|screen|screening|onsite|on-site|call|conversation|chat|exercise|assessment|"
        rf"challenge|assignment|offer|requisition|process|examination|exam|centre|center|superday|loop|"
        rf"test)s? "
        rf"(?:with (?:you|us|[^\n.!?;,]{{2,50}}?) )?(?:for|regarding) "
        rf"(?:the |our |a |an )?"
        rf"(?:(?:position|role|job) of )?(?P<t>[^\n.!?;]{{2,100}}?)(?=\s*[.!;]|{_CLAUSE_END}|"
        rf"\s+(?:role|position|opening|at|with|in|on|here|has|have|is|was|will)\b|{_LINE_END})",
        2.5,
        True,
        False,
    ),
    # "an offer to join Acme as Senior Data Engineer", "joining the team as a Data Analyst".
    (
        rf"\b(?:join|joining) [^\n.!?;]{{1,60}}? as (?:an? |the |our )?(?P<t>[^\n.!?;]{{2,100}}?)(?=\s*[.!;]|"
        rf"{_CLAUSE_END}|\s+(?:at|with|in|on|starting|from|effective|reporting)\b|{_LINE_END})",
        2.5,
        True,
        False,
    ),
    # A title in quotes after the word for a job: le poste « Ingénieur Data », the position "Analyst".
    (
        r"\b(?:poste|position|role|job|vacancy|opening|stelle|puesto|vacante)\s*(?:de |d'|of |as |als )?"
        r"[«\"]\s*(?P<t>[^»\"\n]{2,100}?)\s*[»\"]",
        3.0,
        False,
        False,
    ),
    (
        # ("abramos otra posición de diseño": another post, opened later, is not the reader's.)
        rf"\b(?<!otra )(?<!otro )(?:para el puesto de|al puesto de|para la posición de|a la vacante de|"
        rf"puesto de|posición de|"
        rf"(?:para|a) la oferta(?: de)?|vacante de|para la vacante de|(?:a|para) la plaza de|"
        # A public body's post as a place to fill: "la cobertura de una plaza de X", "convoca una plaza de X".
        rf"una plaza de)\s+"
        rf"(?P<t>[^\n.!?;]{{2,100}}?)"
        rf"(?={spanish_anchors.EN_OF_THE_POST}\s+en\s|"
        rf"\s+(?:con|ha sido|fue|se ha|de la empresa|de nuestr[oa] cliente|"
        rf"para (?:la|el|nuestr[oa]s?))\s|"
        rf"\s+y\s+(?:te|le|la|lo|los|las|que|estamos|se|"
        rf"nos)\b|\s*[.!,;]|{_LINE_END})",
        3.0,
        False,
        False,
    ),
    # Workday's sign-off naming the post: "The hiring team for Clinical Research Associate (JR-55120)"; a
    # scheduling tool's sentence: "The hiring manager for Store Lead would like to meet you".
    (
        r"\bthe hiring (?:team|manager|panel) for (?:the )?(?P<t>[^\n.!?;]{2,100}?)(?:[ \t]*(?:\n|$)|"
        r"\s+(?:would|wants|has|have|is|are|will|invites|invited)\b)",
        2.5,
        True,
        False,
    ),
    # An employer naming the post it hires the reader into: "to have you on board as our new Head Chef",
    # "welcome you as our next Office Manager", "bring you in as the new Site Lead"; a small firm's owner
    # writes the post bare: "We'd love to have you on board as Bar Supervisor".
    (
        rf"\b(?:have|having|welcome|welcoming|bring|bringing|appoint|appointing|hire|hiring) you "
        rf"(?:on ?board |aboard |in |on )?as (?:(?:our|the|a|an) )?(?:new |next )?(?P<t>[^\n.!?;]{{2,80}}?)"
        rf"(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|with|in|on|starting|from|effective|reporting)\b|{_LINE_END})",
        2.5,
        True,
        False,
    ),
    # ... and with no article, a capital opening the post: "we'd love to have you on board as Shift Manager".
    (
        rf"\b(?:have|having|welcome|welcoming|bring|bringing|appoint|appointing|hire|hiring) you "
        rf"(?:on ?board |aboard |in |on )?as (?P<t>[^\n.!?;]{{2,80}}?)"
        rf"(?=\s*[.!;]|{_CLAUSE_END}|\s+(?:at|with|in|on|starting|from|effective|reporting)\b|{_LINE_END})",
        2.5,
        True,
        True,
    ),
]

# A title's brackets are read whole, in every language's sentence: an abbreviation's full stop inside them
# ends no sentence ("la búsqueda de Analista de Costos (Ssr.) y", "incarico di Tecnico (Cat. D), la prova
# si terrà"). A bracket not closed soon after, or listing after a comma (a site, a place and a tag: "(Ward
# 12, Kingsmead Hospital)", "(Madrid, hybrid)"), is read as the sentence's characters, its comma ending the
# title as before.
_SENTENCE_TITLE = "(?P<t>[^\\n.!?;]{2,100}?)"
_BRACKETED_TITLE = "(?P<t>(?:\\([^()\\n,]{0,40}\\)|\\((?![^()\\n,]{0,40}\\))|[^\\n.!?;(]){2,100}?)"


def _brackets_whole(titles: list[tuple[str, float, bool, bool]]) -> list[tuple[str, float, bool, bool]]:
    return [
        (pattern.replace(_SENTENCE_TITLE, _BRACKETED_TITLE), weight, needs_role_word, needs_capital_after)
        for pattern, weight, needs_role_word, needs_capital_after in titles
    ]


# The last resort, tried only when no anchor above gave a title ("... the Data Analyst position", "op onze
# Junior Data Engineer vacature"): per language in posts_before_nouns.py. A text writing none of the nouns
# closing it has none: tested first, it spares most texts the scan.
GENERIC_TITLE_NOUNS = posts_before_nouns.GENERIC_TITLE_NOUNS
GENERIC_TITLES = posts_before_nouns.GENERIC_TITLES

# A job or requisition id stated on its own ("Job ID: 12345", "Req #R-778"); group 1 is the id. Its label
# perhaps shortened with a full stop ("Req. 58127", "Ref. KT-1180", French "Réf.", Italian "Rif.", "cod.") or
# in another language's word (German "Kennziffer", "Referenznummer"; Dutch "vacaturenummer"; Italian
# "Riferimento", "Codice annuncio"; Spanish "Referencia"; Portuguese "Referência", "Código da vaga"). Never
# a code alone ("codice" is the reader's tax code, "código" a sign-in code) nor the candidate's own number.
REQUISITION = (
    r"\b(?:job\s*id|req(?:uisition)?\b\.?(?:\s*(?:id|#|no\.?|number))?|reference\s*(?:no\.?|#|number)|job\s*(?:no\.?|"
    r"number)|(?:job )?announcement\s*(?:no\.?|#|number)|ref\.?|réf\.?|kennziffer|referenznummer|"
    r"vacaturenummer|rif\.?|riferimento|cod\.|codice (?:annuncio|offerta|posizione|selezione)|referencia|"
    r"referência|código da vaga)\s*[:#]?\s*([a-z0-9][\w-]*\d[\w-]*)"
)

# German, French, Spanish, Dutch, Portuguese and Italian places (language_anchors.py), read alike.
EMPLOYER_AFTER += language_anchors.EMPLOYER_AFTER
EMPLOYER_BEFORE += language_anchors.EMPLOYER_BEFORE
TITLES += language_anchors.TITLES
# Latin America's words for the post, kept with Spain's in spanish_anchors.py, and read where they were.
TITLES += spanish_anchors.LATIN_AMERICAN_TITLES
EMPLOYER_AFTER += spanish_anchors.LATIN_AMERICAN_EMPLOYER_AFTER
# A job board's or an agency's own voice naming the employer and the post (board_anchors.py).
EMPLOYER_AFTER += board_anchors.EMPLOYER_AFTER
EMPLOYER_BEFORE += board_anchors.EMPLOYER_BEFORE
TITLES += board_anchors.TITLES
# Spanish titles after the post's noun without "de", a client after its site (spanish_anchors.py).
TITLES += spanish_anchors.TITLES
EMPLOYER_AFTER += spanish_anchors.EMPLOYER_AFTER
# French and Belgian mail's own places for the employer and the post (french_anchors.py).
TITLES += french_anchors.TITLES
# A public selection's post after its code, in every language (procedure_codes.py).
TITLES += procedure_codes.TITLES
# A civil service's post after its career's noun, in the languages that write one (public_careers.py).
TITLES += public_careers.TITLES
# The post named by its noun in every language, where no anchored sentence named it (post_nouns.py).
TITLES += post_nouns.TITLES
EMPLOYER_AFTER += french_anchors.EMPLOYER_AFTER
# A person writing by hand for the organisation they name (hand_anchors.py).
EMPLOYER_AFTER += hand_anchors.EMPLOYER_AFTER
EMPLOYER_BEFORE += hand_anchors.EMPLOYER_BEFORE
TITLES = with_dots_inside_words(_brackets_whole(TITLES))
