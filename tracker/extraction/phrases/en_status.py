"""English phrases that say where an application stands: received, rejected, invited, offered...

Patterns are lowercase and match lowercased text whose quotes and dashes are already plain ASCII;
each starts with a word boundary (\\b). Each names a way of saying something, never one sender's
exact sentence.
"""

from tracker.extraction.weekdays import ENGLISH, one_of

# The days of the week, and Monday to Friday.
_WEEK = one_of(ENGLISH)
_WORKWEEK = one_of(ENGLISH[:5])
# Any one word, for "0 to N words in between" gaps.
_W = r"(?:[\w'&/-]+ )"
_MOVE = (
    r"(?:mov(?:e|ing)|proceed(?:ing)?|progress(?:ing)?|go(?:ing)?|continu(?:e|ing)|advanc(?:e|ing)|"
    r"pursu(?:e|ing))"
)
_ROLE = r"(?:position|role|job|opening|vacancy|requisition|opportunity|posting|post)"

# The recipient applied and it was received, submitted, or is being reviewed.
CONFIRMATION = [
    rf"\bthank(?:s| you)(?: \w+){{0,2}} for (?:applying|your (?:\w+ ){{0,2}}(?:application|submission)|"
    rf"submitting|the application|taking the time to (?:apply|submit)|your interest in (?:applying|"
    rf"the {_W}{{1,8}}{_ROLE}))",
    rf"\b(?:we|we've|we have|i have|i've|has|have)(?: successfully| just| now)? (?:received|got|"
    rf"gotten) your {_W}{{0,3}}(?:application|resume|cv|submission|candidacy|profile)",
    r"\bwe've got your application",
    # "We have received the profile you submitted", "Profile submitted to Acme".
    r"\b(?:received|reviewing) the (?:application|profile|resume|cv) you (?:submitted|sent)",
    r"^(?:your )?(?:profile|resume|cv|candidacy) (?:submitted|sent) to\b",
    rf"\byour {_W}{{0,3}}(?:application|submission|resume|cv) (?:has|was|is) (?:been |"
    rf"now )?(?:successfully |safely )?(?:received|submitted|sent|completed|delivered|forwarded|reached us|"
    rf"registered|on its way|gone (?:over |across )?to)",
    r"\byour application (?:has )?reached us",
    r"\byour application\b[^.\n]{0,80}\b(?:has been|was) (?:successfully )?(?:submitted|received|sent)\b",
    # (Not the relative clause of any posting: "view the status of any jobs you have applied for".)
    r"\b(?<!like )(?<!who )(?<!jobs )(?<!roles )(?<!positions )(?<!vacancies )(?<!opportunities )"
    r"(?:you have|you've|you) (?:successfully |officially |just )?(?:applied|"
    r"submitted (?:your|an|the) application)\b",
    r"\byou have successfully (?:completed|submitted)",
    r"\b(?:you have|you've) completed the first step\b",
    r"\bapplication (?:received|confirmation|submitted|acknowledge?ment|was sent|sent)\b",
    r"\b(?:confirm|confirming|confirms|confirmation)(?: that)? (?:we (?:have )?(?:successfully )?received |"
    r"of )?your (?:\w+ ){0,2}application",
    # "We hereby confirm receipt of your application", "acknowledging receipt of your CV".
    r"\b(?:confirm|confirming|acknowledge|acknowledging)s? (?:the )?receipt of your\b",
    rf"\b(?:we are|we're|we will be|we'll be|currently|will be|is being|"
    rf"are now) (?:\w+ ){{0,2}}review(?:ing)? your {_W}{{0,2}}(?:application|resume|cv|profile|submission|"
    rf"qualifications|credentials)",
    r"\byour (?:application|resume|cv|profile)\b[^.\n]{0,80}? (?:is|remains|will be|has been) (?:currently |"
    r"now |still )?(?:under|in) (?:review|consideration|process)",
    r"\b(?:still|currently) (?:reviewing|considering|assessing|working through|going through) "
    r"(?:all )?(?:the )?(?:applications|applicants|candidates)\b",
    r"\byour (?:application|resume|cv|profile|candidacy)\b[^.\n]{0,60}? (?:is|remains) (?:still |currently |"
    r"now )?being (?:reviewed|considered|processed|assessed)\b",
    # A portal's status line: "The status of your application ... has changed to: In Review".
    r"\bstatus\b[^.\n]{0,80}\b(?:changed|updated|moved|set) to:? (?:in review|under review|in process|"
    r"under consideration|received|submitted|reviewed|in progress|referred)\b",
    # A public employer's step with no decision yet: "has been referred to the hiring manager".
    # (Or to the unit that hires: "referred to the hiring department", "forwarded to the hiring supervisor".)
    r"\b(?<!not )(?<!not been )(?:referred|forwarded|passed on) to the (?:hiring manager|hiring team|"
    r"selecting official|hiring official|hiring (?:department|supervisor|authority|committee)|"
    r"search committee)s?\b",
    # A public employer's screening passed, no decision yet: "You meet the minimum qualifications".
    r"\byou (?:meet|met|have met) (?:the |all (?:of )?the )?minimum (?:qualifications|requirements)\b",
    r"\b(?:employer|recruiter|hiring team|company|hiring manager) (?:has )?viewed your application",
    r"\byour application (?:was|has been) viewed",
    r"\bapplied on (?:\w+ \d{1,2},? \d{4}|\d)",
    r"\b(?:received|has received|have received) your (?:credentials|details|information) and",
    # A background check on its own is a step with no decision (hourly work checks before any offer).
    r"\b(?:background|pre-employment) (?:check|screening|screen|investigation)s?\b",
    # A public employer's list of the qualified: its members wait to be called, no decision yet.
    r"\b(?:placed|added|included|listed) (?:on|to) (?:the |an |our )?(?:eligib(?:le|ility)|employment|"
    r"referral|hiring) list\b",
    # The UK's, Ireland's and Australia's lists of the appointable: a reserve list, a panel, a merit pool.
    r"\b(?:placed|added|included|listed|kept) (?:on|in|to|onto|into) (?:the |an? |our )?(?:reserve list|"
    r"(?:merit |talent )?pool|panel)\b(?! (?:interview|discussion|member))",
    r"\bthank(?:s| you) for (?:your )?(?:applying|application) (?:to|at|with|for)\b",
    r"\b(?:appreciate|thank you for|thanks for) (?:you )?taking the time to (?:submit|apply|"
    r"complete (?:your|the|an|our) (?:\w+ )?application)",
    # A person's receipt: "Thanks for sending your portfolio through."
    r"\bthanks? (?:you )?for sending (?:over |through |in )?your (?:\w+ )?(?:portfolio|cv|resume|application|"
    r"reel|details)\b",
    # A referral entered as an application: "your profile has been submitted to our recruiting team" (a
    # referral alone asks the reader to apply: "Nina has referred you ... please submit your application").
    r"\b(?:your )?(?:profile|application|resume|cv) (?:has been|was) (?:submitted|sent|forwarded|passed on) "
    r"to (?:our|the) (?:recruiting|recruitment|hiring|talent(?: acquisition)?) team\b",
    # An agency putting the recipient forward for a client's role.
    r"\b(?:i|we)(?: have|'ve)? (?:now |also |just )?(?:submitted|resubmitted|re-submitted|sent|forwarded|"
    r"put forward|presented|passed) "
    r"(?:you|your "
    r"(?:\w+ )?(?:profile|resume|cv|application|details|candidacy))"
    # With the recruiter's own notes: "I've sent your resume and my write-up to their hiring manager".
    r"(?: (?:and|with|along with|together with) (?:my|our) (?:[\w-]+ ){0,2}?(?:notes|write-up|writeup|"
    r"summary|report|assessment|feedback|recommendation))?"
    r"(?: over| across| on)? (?:to|for)\b",
    # The reader put forward, in the passive: "You're officially submitted to Lakeside Health".
    r"\byou(?:'re| are| have been|'ve been) (?:now |officially |formally )?(?:submitted|presented|"
    r"put forward) (?:to|for)\b",
    # Its chat's forms: "I went ahead and submitted you to Verhoeven Foods", "Just submitted you to Pecan
    # Valley" (the "I" left out).
    r"\b(?:(?:went|gone) ahead and|(?<!you )(?<!you've )(?<!i )(?<!i've )(?<!we )(?<!we've )just) "
    r"(?:submitted|resubmitted|put forward|presented) you (?:to|for)\b",
    # A recruiter's chat, the "I" left out: "just sent your resume over to Northway Energy".
    r"(?<!you )(?<!you've )\bjust (?:submitted|sent|forwarded|passed) your (?:\w+ )?(?:profile|resume|cv|"
    r"application|details)(?: over| across| on)? to\b",
    # "I've also put you forward for the Engineering Manager position", "I've now put your CV forward to
    # Acme" (not "Can I put you forward?").
    r"\b(?:i|we)(?: have|'ve) (?:now |also |just )?put (?:you|your (?:\w+ )?(?:profile|resume|cv|"
    r"application|details|candidacy)) forward (?:to|for)\b",
    # "your resume is now with Alder Crest for the Project Manager opening": the client holds it.
    r"\byour (?:resume|cv|profile|details|application) (?:is|are) now with\b",
    # "your profile has been shared with the client for the Java Developer position".
    r"\byour (?:\w+ )?(?:profile|resume|cv|details|application) (?:has been|have been|was|were) (?:shared|"
    r"submitted|sent|forwarded|presented) (?:with|to) (?:the|our|my) client\b",
]

# Mentions that tie the mail to an application without saying what happened to it.
APPLICATION_REFERENCE = [
    # (Not one still to make: a tracker's "log your next application".)
    r"\byour (?!next |future )(?:\w+ ){0,2}(?:application|candidacy|candidature)\b",
    r"\bthank(?:s| you)(?: \w+){0,2} for (?:your |expressing )?(?:recent )?interest in\b",
    r"\bthank(?:s| you)(?: \w+){0,3} for (?:considering|your interest)\b",
    r"\b(?<!like )(?<!who )(?:you|you've|you have) (?:recently )?applied (?:to|for)\b",
    r"\bthe (?:position|role) you applied (?:to|for)\b",
    r"\b(?:reviewed|considered|review of) your (?:application|resume|cv|background|qualifications|profile)",
    r"\bhiring process\b",
]

REJECTION = [
    # A person by hand: "we've found someone", "we're not going to take it further", "you haven't made the
    # shortlist".
    r"\b(?:we've|we have|i've|i have) (?:now |already |just )?found (?:someone|somebody|the right "
    r"(?:person|candidate)|a (?:suitable |great |strong )?(?:candidate|person))\b",
    r"\bnot (?:going to|gonna) take (?:it|this|things|your application|you) (?:any )?further\b",
    r"\b(?:haven't|have not|hasn't|has not|didn't|did not) (?:quite )?(?:made|make) (?:it (?:onto|to) )?"
    r"(?:the|our) shortlist\b",
    # A small employer's word: "we've taken someone on now".
    r"\b(?:taken|took) (?:someone|somebody) (?:else )?on\b",
    # "We've made a hire for the Frontend Developer role, so we're closing applications."
    r"\b(?:we've|we have|we) (?:now |just )?made (?:a|our) hire\b",
    # "We've taken on a local lad who started last week."
    r"\b(?:we've|we have|we) (?:now |already |just )?(?:taken on|took on|hired|found) (?:a|an) "
    r"(?:local |young |new )?(?:lad|lass|guy|girl|chap|bloke|student)\b",
    # A portal's summary: "Status: Declined", "Current Status: Position Filled".
    r"\b(?:status|stage|current status|application status)\s*[:|]\s*(?:declined|not selected|rejected|"
    r"unsuccessful|position filled|filled|closed|not moving forward|no longer under consideration)\b",
    r"\bfilled (?:this|the|that) (?:role|position|opening|vacancy|job|req|requisition)\b",
    rf"\bnot (?:to |be )?{_MOVE}(?: \w+){{0,2}} (?:forward|ahead|further|on)\b",
    rf"\b(?:won't|will not|would not|wouldn't|cannot|can't|unable to|not able to|decided not to|"
    rf"chosen not to|opted not to|elected not to|decision not to) (?:be )?{_MOVE}\b",
    rf"\b{_MOVE}(?: forward| ahead| on)? with (?:other|another|a different|different|the other|"
    rf"more qualified|stronger|candidates|applicants)",
    r"\b(?:pursue|pursuing|selected|chosen|hired|identified|found|choose|select|offered the (?:position|"
    r"role) to) (?:other|another|a different|different|more qualified|stronger|an internal|others)\b",
    r"\bidentified (?:others|a candidate|candidates)\b",
    r"\b(?:candidates|applicants|others|profiles|individuals) (?:whose|who|"
    r"that) (?:\w+ ){0,6}(?:more closely|better|more directly|more aligned|more suited|most closely)",
    r"\b(?:not|weren't|wasn't|were not|was not|haven't|have not|hasn't|has not|are not|is not|"
    r"not been) (?:been )?(?:selected|chosen|shortlisted|successful|invited|progressed|advanced|referred)\b",
    # "cannot" and "can't" take no "to" ("we cannot invite you"). What is not offered must be the step
    # ("an interview", "the position"), not a receipt's "we are unable to offer feedback / sponsorship".
    r"\b(?:(?:unable|not able|not in a position|won't be able|will not be able) to|cannot|can't|can not) "
    r"(?:further )?(?:(?:offer|extend) (?:you|an? (?:[\w-]+ )?(?:offer|invitation|interview|place|position|"
    r"role|job)|(?:the|this) (?:position|role|job|post|place))|move|proceed|progress|consider (?:your|you)|"
    r"invite you|continue|advance|take your)",
    r"\b(?:cannot|can't|unable to|not able to|will not|won't) (?:extend|offer) you\b",
    r"\bregret(?:fully)? to (?:inform|tell|advise|let you know|notify|say)",
    # Not a receipt's apology: "we regret that we are unable to respond to each applicant personally".
    r"\b(?:we|i) regret that\b(?! (?:we|i) (?:are |am |will be )?(?:unable|not able|cannot|can't|can not|"
    r"won't be able|will not be able) to (?:respond|reply|answer|contact|acknowledge|get back))",
    r"\bdecided to keep your (?:resume|cv|application|profile|details) on file\b",
    r"\b(?:sorry|sad|unfortunate|disappointed) to (?:inform|tell|let you know|say|share)",
    rf"\b{_ROLE} (?:has|have|was|had|is) (?:now |already |recently |since )?(?:been )?(?:filled|closed)\b",
    # A board relaying the employer's close: "Harlow Dialysis has closed your interview process for X".
    r"\b(?:has|have) (?:closed|ended) your (?:interview |hiring |application |recruitment )?(?:process|"
    r"application|candidacy)\b",
    rf"\b{_ROLE} (?:you applied (?:for|to)|you have applied (?:for|to)|for which you applied)\b"
    r"[^.\n]{0,60}?\b(?:has|have|was|is) (?:now |already )?(?:been )?(?:filled|closed)\b",
    r"\b(?:have|has|had|we've|they've) (?:now |already |recently |just |since )?filled (?:the|this|that|our|"
    r"all|these|its)\b",
    r"\bfilled (?:by|with) (?:another|an internal|a different|other)",
    r"\bclosed (?:the|this|our) (?:position|role|requisition|posting|search|opening)",
    r"\b(?:not|isn't|is not|aren't|are not|wasn't|was not) (?:quite |really |the best |an? ideal )?(?:a |"
    r"the )?(?:right |good |strong |close |suitable |perfect )?(?:match|fit)\b",
    r"\b(?:did not|didn't|does not|doesn't|do not|don't) (?:find (?:a |an )?(?:strong |good |"
    r"close )?(?:match|fit)|(?:closely )?(?:align|match|meet)\b|work out)",
    r"\b(?:no longer|not) (?:being )?(?:considered|under consideration|in consideration)\b",
    r"\bno further consideration\b",
    r"\b(?:no longer|not) (?:interviewing|considering|processing|accepting) (?:any |further |"
    r"additional )?(?:candidates|applications|applicants|for)",
    r"\bextend(?:ed)? (?:an |the )?offer (?:out )?to (?:a|another|the|one|other|an) (?:\w+ )?(?:candidate|"
    r"applicant|individual)",
    r"\b(?:not|were not|was not) the (?:most )?(?:competitive|strongest|best) (?:candidate|applicant|match)",
    r"\bmade the (?:difficult |tough )?decision (?:not )?to (?:not )?(?:move|proceed|pursue|progress|"
    r"continue|extend an offer)",
    r"\b(?:application|candidacy)\b[^.\n]{0,80}\b(?:was|has been|is|were) (?:unsuccessful|declined|"
    r"rejected|not successful|refused|turned down)",
    r"\b(?:you were|you have been|you've been|were) unsuccessful\b",
    r"\b(?:not|won't) (?:be )?(?:inviting|invite) you\b",
    r"\bnot (?:to )?(?:be )?(?:offering|extending) (?:you )?(?:an? )?(?:offer|interview|invitation)",
    r"\b(?:decided|chosen|elected) not to (?:invite|offer|extend|advance|move|proceed|pursue|progress|"
    r"continue|select|choose|consider|shortlist|hire you|take your)",
    r"\bdecided to (?:pursue|proceed|move forward|go forward|continue|consider|interview|"
    r"focus on)(?: with)? (?:other|another|a different|different)",
    r"\bnot (?:be )?(?:progressing|advancing|proceeding|continuing) (?:your|you|with your)",
    r"\bwe (?:are|were) not able to offer you\b",
    r"\b(?:do not|don't|did not|didn't) have (?:a|an|any) (?:\w+ ){0,2}(?:position|role|opening|"
    r"opportunity|vacancy)s? (?:that|which) (?:is|are|would be)? ?(?:a )?(?:\w+ )?(?:match|fit|suit|align)",
    # (Also written together: "we don't think it's the right fit at the moment".)
    r"\b(?:do not|don't|did not|didn't) (?:feel|believe|think|see) (?:that )?(?:(?:it|you|your \w+|"
    r"there) (?:is|are|was|were|would be)|it's|you're|you'd be) (?:quite |really |exactly )?(?:a |an |the )?"
    r"(?:\w+ )?(?:good |strong |right |close )?(?:match|fit)",
    r"\b(?:do not|don't|did not|didn't) see (?:a|an) (?:\w+ ){0,2}(?:fit|match)\b",
    r"\b(?:did not|didn't|do not|don't|decided not to) select (?:you|your|it|him|her)\b",
    r"\b(?:other|another|stronger|more qualified) (?:\w+ ){0,2}(?:candidates?|"
    r"applicants?)(?:'s?)?(?: \w+){0,4} (?:better|more closely|more) (?:suited|qualified|aligned|"
    r"match(?:es|ed)?|fits?)",
    r"\b(?:pursue|pursuing|proceed with|move forward with|moving forward with|go with|going with|"
    r"consider) (?:the )?(?:candidates|applicants|individuals|profiles) (?:whose|who|that)\b",
    r"\bunfortunately[^.\n]{0,60}\b(?:other candidates|another candidate|not (?:been )?selected)\b",
    r"\b(?:went|gone|go|going|decided to go) with (?:someone|somebody|another (?:\w+ )?(?:candidate|"
    r"applicant|person)|an? (?:different|stronger|internal|more \w+) (?:candidate|applicant)|"
    r"other candidates)\b",
    # Ordinary employer wording: the news is that someone else was chosen or the fit was not found.
    r"\bnot (?:the |a )?(?:most |best )?(?:qualified|suitable|strongest) (?:candidate|applicant|match|fit)",
    r"\b(?:unable|not able|were unable|could not|couldn't) to find (?:a |an )?(?:\w+ )?(?:match|fit)\b",
    r"\b(?:another|other|a different|the successful) (?:\w+ )?(?:applicant|candidate)s? (?:has|have|was|"
    r"were) (?:now )?(?:been )?(?:selected|chosen|hired|appointed|offered)",
    r"\b(?:offer(?:ed)?|give|gave|given) the (?:[\w&/,-]+ ){0,5}?(?:role|position|job|opportunity|post) to "
    r"(?:someone|another|a different|other|an? (?:\w+ )?(?:candidate|applicant))",
    r"\b(?:role|position|job|offer) (?:has been|was) (?:offered|given) to (?:another|a different|an? "
    r"(?:\w+ )?(?:candidate|applicant)|someone)",
    r"\b(?:will not|won't|not) be (?:scheduling|arranging|offering) (?:you )?(?:an? |any )?(?:\w+ )?"
    r"(?:interview|next step|further)",
    rf"\b{_ROLE}(?: you applied (?:for|to))? (?:is|has been|was) no longer (?:available|open|active)\b",
    r"\b(?:chosen|decided|elected|opted) to (?:proceed|move forward|go|continue) with (?:a|another|the|"
    r"an) (?:\w+ ){0,2}(?:candidate|applicant)",
    rf"\bfill (?:the|this|that|our) (?:[\w&/,-]+ ){{0,5}}?{_ROLE} with (?:another|a different|an internal|"
    rf"other|a) ",
    r"\b(?:decided|chosen|elected|opted) to (?:hire|appoint|select) (?:another|a different|an? internal|"
    r"someone|other)",
    r"\b(?:concluded|completed|closed|finalized|finalised) (?:our|the) (?:search|recruitment|selection|"
    r"hiring process)(?: \w+){0,3} (?:and|with) (?:have )?(?:selected|chosen|hired|appointed|offered)",
    r"\b(?:recruitment|search|selection process)\b[^.\n]{0,30}\b(?:completed|concluded)\b[^.\n]{0,40}"
    r"\b(?:another|other) (?:\w+ )?(?:applicant|candidate)",
    r"\b(?:does|do|did) not (?:fully )?(?:meet|match|align with|fit) (?:the |our |what we )?(?:\w+ )?"
    r"(?:requirements|needs|criteria|need|qualifications)",
    r"\b(?:experience|background|profile|skills|qualifications)(?: and \w+)? (?:does|do|did) not "
    r"(?:\w+ )?(?:meet|match|align)",
    r"\bdirection that (?:better|more closely) (?:fits|matches|suits|aligns)",
    r"\b(?:mov(?:e|ed|ing)|go(?:ing)?|head(?:ed|ing)?|went|gone|proceed(?:ing)?) (?:in )?(?:a )?(?:different|"
    r"another) (?:direction|way|route)\b",
    r"\b(?:not|won't|can't) (?:be |to )?(?:taking|take|taken) (?:your (?:\w+ )?(?:application|candidacy|"
    r"profile)|yours|it|this|things) (?:any )?(?:further|forward)",
    # "we cannot consider your application further" (German firms' English: "nicht weiter berücksichtigen").
    r"\b(?:cannot|can't|can not|could not|couldn't|won't|will not|are unable to) (?:\w+ )?consider your "
    r"(?:\w+ )?(?:application|candidacy|profile) (?:any )?further\b",
    r"\b(?:decided|decide|have|had|chosen|opted) to pass on (?:your (?:\w+ )?(?:application|candidacy)|you\b|"
    r"moving)(?! (?:on )?to\b)",
    r"\b(?:went|gone|go|going) (?:ahead )?with (?:a|another|an|the other) (?:\w+ ){0,3}(?:candidate|"
    r"applicant)",
    rf"\b{_MOVE}(?: forward| ahead| on)? with (?:someone|somebody) else",
    r"\b(?:decided|chosen|opted) to (?:close|decline|reject) your (?:\w+ )?(?:application|candidacy)",
    r"\b(?:no longer|not) (?:be )?(?:considering|pursuing|reviewing) your (?:\w+ )?(?:application|"
    r"candidacy|profile)",
    r"\b(?:decided|chosen|opted) to (?:focus on|prioriti[sz]e) (?:candidates|applicants|profiles)",
    r"\b(?:hire|hiring|promote|fill the (?:position|role)) (?:from within|internally|an internal "
    r"candidate)\b",
    # Decisions in plainer words: "explore other options", "not among the finalists", "going to pass".
    r"\b(?:decided|chosen|opted) to (?:explore|consider|pursue|look at) other (?:options|candidates|"
    r"applicants|profiles)\b",
    r"\bnot (?:among|one of) (?:the )?(?:finalists|shortlisted|selected|successful|candidates (?:selected|"
    r"chosen))",
    # A panel's "has invited those who most closely met the criteria; your application was not among them".
    r"\b(?:was|were|is|are) not (?:among|one of) (?:them|those|these)\b",
    # "Unfortunately it's not going to work out this time", "it didn't work out for us on this one".
    r"\b(?:not going to|isn't going to|wasn't going to|won't|didn't|did not|will not) work out\b"
    r"(?= (?:this time|for us|on this occasion|with us|on this one|for (?:this|the) (?:role|one|position|job|"
    r"post))|[.!,;])",
    # Not among those going on: "right now you're not in the group they're taking forward", "you aren't one
    # of the people we're moving forward with".
    r"\b(?:you're not|you are not|you aren't|you were not|you weren't) (?:in|among|one of) "
    r"(?:the|those|that) (?:group|people|candidates|ones|pool|shortlist)(?: (?:that|who|whom))? (?:we're|"
    r"we are|they're|they are|we'll be|they'll be) (?:taking|moving|bringing|progressing|inviting|putting) "
    r"(?:forward|through|ahead|to interview)",
    # "We've now hired for this role", "you have not met the threshold to progress".
    r"\b(?:we've|we have) (?:now |already )?hired for (?:this|the|that) (?:[\w-]+ ){0,3}(?:role|position|job|"
    r"vacancy|post)\b",
    r"\bnot (?:met|meet|reached|reach) the (?:threshold|benchmark|required (?:score|standard|level)) "
    r"(?:to|for|needed|required)\b",
    # A founder's "we're going to hold off on moving forward with you".
    r"\bhold(?:ing)? off on (?:moving forward|proceeding|progressing|going forward) with (?:you|your)\b",
    # A panel's decision: "on this occasion it is not in your favour", "you were not the successful
    # candidate".
    r"\b(?:is|was) not in your favou?r\b|\b(?:isn't|wasn't) in your favou?r\b",
    r"\bnot the successful (?:candidate|applicant)\b",
    # "You have not been offered a place on the 2027 Graduate Scheme"; "they declined to interview".
    r"\bnot (?:been )?offered (?:a|the) (?:place|position|role|job|post)\b",
    r"\bdeclined to (?:interview|meet|progress|proceed|shortlist|take (?:it|you|this|your))\b",
    # A chef by hand: "it was between you and one other chef and we've gone for him".
    r"\b(?:we've|we have|we) (?:\w+ )?(?:gone|went) for (?:him|her|them|someone|somebody|the other)\b",
    # "We've actually found our person for the Saturday role"; "has decided against moving forward".
    # And "we have already found a suitable candidate" (the adjective says the search is over).
    r"\b(?:we've|we have|we) (?:actually |now |already |just )?(?:found|hired|chosen|picked|identified|"
    r"selected) (?:our|the right|the ideal|a suitable|the most suitable|the successful|a successful) "
    r"(?:person|candidate|hire|applicant)\b",
    r"\bdecided against (?:moving forward|proceeding|progressing|continuing|pursuing|your|you)\b",
    # "We're not able to take you through to the next round"; "isn't quite what we are looking for".
    r"\b(?:unable|not able|cannot|can't|won't be able|will not be able) to take you (?:through|forward|"
    r"further)\b",
    r"\b(?:isn't|is not|wasn't|was not|aren't|are not) (?:quite |exactly )?what (?:we are|we're|we were|"
    r"the team is|the client is) looking for\b",
    # "decided to offer interviews to applicants with more experience"; "not the right time to move your
    # application forward"; "extend the offer to someone whose background".
    r"\b(?:decided|chosen|opted) to (?:offer|extend) interviews? to\b",
    r"\bnot (?:the right|a good) (?:time|moment) to (?:move|progress|take|proceed|advance|continue)\b",
    r"\bextend(?:ed|ing)? (?:an |the |our )?offer (?:out )?to (?:someone|somebody)\b",
    # "We have now appointed to this role", "the panel has made an appointment", "we've made our
    # appointment for the post"; not "appointed you as".
    r"\b(?:we have|we've|panel has|committee has) (?:now |recently |since |already |just )?(?:appointed|made "
    r"(?:an|our|the|its|their) appointment)\b(?! you\b)",
    r"\b(?:chosen|decided|elected|opted) to (?:progress|advance|shortlist|take forward) (?:other|another|"
    r"different|a different)\b",
    r"\b(?:another|other|a different) (?:candidate|applicant)(?:'s|s'|s) (?:[\w-]+ ){0,3}(?:was|were) "
    r"(?:stronger|better|closer|more (?:relevant|suited|aligned))",
    # "The role has gone to an internal candidate", "it's gone to someone else".
    r"\b(?:has|have|had|it's) (?:now |already )?gone to (?:an? (?:internal |external |other |different )?"
    r"(?:candidate|applicant)|another (?:\w+ )?(?:candidate|applicant|person)|someone else|somebody else)\b",
    r"\b(?:role|position|job|opening|post|vacancy|place) (?:has|have|had) (?:now |already )?been (?:offered|"
    r"given|awarded) to "
    r"(?:someone else|somebody else|another|a different)",
    # A small employer in a line: "we've hired someone else", "we already found somebody else".
    r"\b(?:we(?:'ve| have| already| have already|'ve already)) (?:hired|chosen|picked|found|selected|"
    r"taken on) (?:someone|somebody) else\b",
    # "Turns out we already found someone for the weekend shifts."
    r"\bwe(?:'ve| have)? (?:already|just|now) (?:hired|found|picked|taken on) (?:someone|somebody) for "
    r"(?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|shifts?|spot|vacancy|post|opening)\b",
    # "Unfortunately we already hired someone.": the store's manager in a line, the opening named before.
    r"\bwe(?:'ve| have)? already (?:hired|found|picked|chosen|taken on) (?:someone|somebody)\b"
    r"(?! (?:for|else)\b)",
    r"\b(?:did not|didn't|has not|hasn't|will not|won't|does not|doesn't) (?:progress|proceed|advance|move "
    r"forward|make it) (?:to|into|through) (?:the )?(?:next|interview|following|final|shortlist)",
    r"\bclos(?:e|ed|ing) out your (?:\w+ )?(?:application|candidacy)",
    r"\brecommended (?:another|a different|an alternative|other) (?:candidate|applicant)s? for (?:the )?"
    r"(?:appointment|position|role|post|hire)",
    # Also "we'll be passing this time".
    r"\b(?:we're|we are|we'll|we will) (?:going to |have to |need to |be )?pass(?:ing)?(?:[.,;!]| (?:on "
    r"(?:your|this|moving)|for now|this time|at this time))",
    # "We won't be offering you the Line Cook position", "won't be extending an invitation to interview".
    r"\b(?:won't|will not|not) be (?:offering|extending) (?:you )?(?:the|this|that|an?) (?:[\w&/,-]+ ){0,5}?"
    r"(?:position|role|job|post|place|spot|invitation)\b",
    # "We have selected a candidate whose background more closely aligns", "decided to hire a candidate with".
    r"\b(?:selected|chosen|hired|appointed|identified|found|decided to (?:hire|appoint|select)) an? (?:\w+ )?"
    r"(?:candidate|applicant|individual|person) (?:whose|who|that|with)\b",
    r"\b(?:cannot|can't|unable to|not able to|won't be able to|will not be able to) (?:hire|employ) you\b",
    r"\b(?:it's|it is) a (?:no|pass) (?:from (?:us|me)|this time|for now)\b",
    # An agency relaying: "the hiring manager has passed on your profile"; a person: "we filled it yesterday".
    r"\b(?:has|have|had) passed on (?:your (?:\w+ )?(?:application|candidacy|profile|cv|resume)|you)\b",
    # "we've now filled it", "we have just filled the position": the time word after the auxiliary too.
    r"\bwe(?: have|'ve| had|'d)? (?:(?:just|already|now|since|recently) )?filled (?:it|the (?:role|position|"
    r"job|spot|vacancy|post|opening))\b",
    # "On this occasion your application has not been taken forward to the interview stage."
    r"\b(?:has not|hasn't|have not|was not|wasn't|will not|won't|not) (?:be )?(?:been )?(?:taken|put|"
    r"carried) forward\b",
    # "Thanks for your interest, but the job is taken now."
    r"\b(?:job|position|role|spot|post|vacancy) (?:is|has been|was) (?:now |already )?(?:been )?taken\b",
]

# A hold only until the posting closes is the wait every receipt's process has, no hold of the post: "is on
# hold until the closing date", "paused until the advert closes".
_NOT_UNTIL_THE_POSTING_CLOSES = (
    r"(?! until (?:after )?the (?:closing date|application deadline|deadline|(?:advert|posting|vacancy) "
    r"closes)\b)"
)
# The employer stopped the search or the recipient withdrew: "withdrawn" (a final status).
WITHDRAWN = [
    # Nobody to be chosen for the post: "no candidate will be appointed", "no appointment will be made".
    r"\bno (?:candidates?|applicants?|one|appointment|hire) (?:will|is going to|is to) be "
    r"(?:selected|appointed|hired|made|offered the (?:post|position|role))\b"
    r"(?! (?:without|unless|until|before)\b)",
    # A person by hand: "we've decided to hold off on hiring for now".
    r"\b(?:hold|holding|held) off (?:on )?(?:hiring|recruiting|filling (?:the|this) (?:role|position|"
    r"post))\b",
    # The employer ends the search: "close this requisition without filling it", "paused hiring for",
    # "not to move forward with hiring for this role", "no longer available due to budget changes".
    r"\bclos(?:e|ed|ing) (?:this|the|our) (?:\w+ )?(?:requisition|position|role|posting|opening|search|"
    r"recruitment|vacancy|process)(?: \w+){0,3} without (?:filling|hiring|making (?:a hire|an appointment)|"
    r"appointing)",
    # "The requisition was closed without hire", "the post has been closed without an appointment".
    r"\b(?:was|has been|have been|is being|will be) closed without (?:an? )?(?:hire|hiring|appointment|"
    r"appointing|selection|filling)\b",
    r"\b(?:paused|suspended|frozen|halted|stopped) (?:all )?(?:hiring|recruiting|recruitment) (?:for|on)\b",
    r"\bnot (?:to )?(?:move|moving|go|going) forward with (?:hiring|filling|recruiting) (?:for )?(?:this|the|"
    r"that|our)\b",
    # "the requisition has been closed and we will not be filling the position at this time": no one is hired.
    r"\b(?:will not|won't|are not|aren't|do not|don't|no longer) (?:be )?(?:filling|fill|hiring for) "
    r"(?:the|this|that|our) (?:\w+ )?(?:position|role|post|vacancy|requisition|opening)\b",
    # "we will not be moving forward with the search", "decided to withdraw the opening".
    r"\bnot (?:be )?(?:move|moving|go|going) forward with (?:the|this|our) (?:search|requisition|hire|hiring|"
    r"opening|recruitment)\b",
    r"\b(?:decided|chosen|had) to (?:withdraw|cancel) (?:the|this|our) (?:\w+ ){0,3}(?:opening|position|role|"
    r"requisition|posting|vacancy|search)\b",
    r"\b(?:due to|because of|owing to) [^.\n]{0,60}(?:priorit|budget|headcount|restructur|reorgani|business "
    r"needs|funding)[^.\n]{0,80}\bno longer (?:available|open)\b",
    # The candidate ends it: "you've accepted another offer".
    r"\baccepted (?:another|a different) (?:\w+ )?(?:offer|position|role|job)\b|\baccepted an? (?:\w+ )?"
    r"(?:offer|position|role|job) elsewhere\b",
    r"\b(?:i've|i have|we've|we have|has been|have been|we)\s+(?:\w+ )?withdr[ae]wn? (?:your|"
    r"the) (?:\w+ ){0,2}(?:application|candidacy|candidature)",
    r"\b(?:put|placed|putting|placing) (?:the|this|that|our) (?:[\w()\[\]#:,-]+ ){0,8}(?:position|role|"
    r"requisition|req|search|opening|posting|vacancy|hiring|contract) on hold",
    r"\b(?:you have|you've|you) (?:successfully )?withdr[ae]wn?\b",
    # "your application for X at Y has now been withdrawn"; the post's name, reference and place between:
    # "your application for X (Ref. 4411, Leeds) has been withdrawn".
    r"\byour (?:\w+ ){0,2}application\b(?:[^.\n]|\b(?:ref|nr|no|n)\.){0,120}?\b(?:has (?:now |just )?been|"
    r"was|is(?: now)?) (?:successfully )?withdrawn",
    r"\b(?:confirm|confirming|confirmation of|processed|received) (?:the )?(?:withdrawal of )?your (?:\w+ "
    r")?withdrawal",
    r"\bwithdrawal of your (?:\w+ )?application",
    r"\byou(?: have|'ve)? (?:decided|chosen|elected) (?:not )?to (?:withdraw|decline|turn down|not continue|"
    r"discontinue|no longer)",
    r"\byou(?: have|'ve)? (?:decided|chosen) not to (?:continue|proceed|pursue|move forward)",
    rf"\b{_ROLE}(?: (?:\w+|\([fmwdhx]/[fmwdhx](?:/[fmwdhx])?\))){{0,5}} (?:has been|was|is being|have been|"
    rf"is|has|will be|are|is now|"
    rf"has now been) (?:\w+ )?(?:cancel+ed|put on hold|placed on hold|on hold|withdrawn|suspended|paused|"
    rf"frozen|discontinued|eliminated|rescinded){_NOT_UNTIL_THE_POSTING_CLOSES}",
    r"\b(?:cancel+ed|put on hold|placed on hold|paused|suspended|frozen|withdrawn) (?:the|this|"
    r"our) (?:position|role|requisition|search|hiring|recruitment|opening|posting|vacancy)",
    r"\b(?:hiring|recruiting|recruitment|headcount) (?:freeze|pause)\b",
    # A freeze on hiring as a whole, the post among it: "the board has put a freeze on all new hires",
    # "a decision to freeze all non-critical appointments until the new financial year".
    r"\b(?:a |the )?freeze on (?:all |any )?(?:new |further |external |non-[\w-]+ )?(?:hires|hiring|"
    r"recruitment|recruiting|appointments|headcount)\b|\bfreez(?:e|ing) (?:all |any )?(?:new |further |"
    r"external |non-[\w-]+ )?(?:hires|hiring|recruitment|recruiting|appointments|headcount)\b",
    r"\b(?:putting|placing|put|placed) (?:the|this|that|our) (?:\w+ )?(?:position|role|requisition|search|"
    r"opening|posting|vacancy|hiring) on hold",
    r"\bdecided not to hire (?:anyone|anybody|for)\b",
    # A small shop: "we've decided not to take anyone on for the Bookshop Assistant role after all".
    r"\b(?:decided|chosen) not to (?:take (?:anyone|anybody) on|recruit (?:anyone|anybody|for)|appoint "
    r"(?:anyone|anybody))\b",
    r"\b(?:hiring|recruitment|recruiting|search) (?:process )?(?:has been|was|is) (?:cancel+ed|put on hold|"
    rf"on hold|paused|suspended){_NOT_UNTIL_THE_POSTING_CLOSES}",
    # "We have put hiring for the Backend Engineer role on hold".
    r"\b(?:put|placed|putting|placing) (?:hiring|recruitment|recruiting) for [^.\n]{1,80}? on hold\b",
    # "We have decided not to go ahead with recruiting for the CAD Technician role after all."
    r"\bdecided not to (?:go ahead|proceed) with (?:recruiting|recruitment|hiring)\b",
    r"\bdecided not to (?:fill|hire for|backfill|proceed with (?:the|this) (?:hire|position|role|search|"
    r"recruitment|vacancy|appointment|post))",
    # "The Research Fellow vacancy will not be appointed to": a public employer's "not filled"; a posting
    # named by its number closed unfilled, "JobID 4471, Library Aide, has been closed and will not be filled".
    rf"\b(?:{_ROLE}\b[^.\n]{{0,40}}\b|(?:closed|cancel+ed) and )(?:will not|won't) be (?:filled|backfilled|"
    r"appointed to|recruited to)\b",
    # An offer taken back by the employer, or turned down by the candidate.
    r"\b(?:rescind|rescinded|rescinding|withdraw|withdrawing|revoke|revoking|revoked) (?:the|its|our|your|"
    r"this) (?:\w+ ){0,2}offer\b",
    r"\byour decision to (?:decline|turn down|withdraw)\b",
    # Told by whoever passes it on: "I've let the hiring manager know that you're withdrawing from the
    # process", "I've withdrawn you from their shortlist".
    r"\byou(?:'re| are) (?:now )?withdrawing (?:from|your)\b",
    r"\bwithdrawn you from (?:the|this|our|their)\b",
    # The candidate asked out, or went silent and the employer closed the file for it.
    r"\b(?:letting us know|telling us|informing us) (?:that )?you(?:'d| would)? (?:like|wish|want|have "
    r"decided|decided) to withdraw\b",
    r"\byour (?:request|wish) to withdraw\b",
    # The file closed because the reader asked: "As you requested, we have closed your application".
    r"\b(?:as (?:you )?requested|at your request|(?:as )?per your request)\b[^.\n]{0,40}\b"
    r"(?:closed|withdrawn|removed|cancel+ed) your (?:\w+ )?(?:application|candidacy)\b",
    # The employer thanking the reader who stepped out: "thank you for letting us know you are no longer
    # interested", "... that you've decided to pursue another opportunity" (told, not asked: "if you are
    # no longer interested, let us know" is no news).
    r"\b(?:letting (?:us|me) know|telling (?:us|me)|informing (?:us|me)) (?:that )?you(?:'re| are| were)? no "
    r"longer (?:interested|available|looking)\b",
    r"\b(?:letting (?:us|me) know|telling (?:us|me)|informing (?:us|me)) (?:that )?you(?:'ve| have)? "
    r"(?:decided to (?:pursue|accept|take|go with)|taken) (?:another|a different|an?) (?:other )?"
    r"(?:\w+ )?(?:offer|opportunity|position|role|job)\b",
    # The reader never answered, so the file was closed: "since we did not receive your availability, we
    # have closed your application", "as we have not heard back from you, we are closing your application",
    # "in the absence of a reply, we have archived your application" (no decision on the candidate).
    r"\b(?:(?:as|since|because) (?:we|I) (?:haven't|have not|didn't|did not|were unable to|have been "
    r"unable to|could not|couldn't) (?:heard?|receive|received|get|reach)|in the absence of (?:a|any) "
    r"(?:response|reply))\b"
    r"[^.\n]{0,80}\b(?:closed|closing|archived|archiving) your (?:\w+ )?(?:application|candidacy|file)\b",
    r"\byou(?: have|'ve)? declined (?:our|the|this) (?:\w+ )?(?:interview|invitation|offer)\b",
    # "As we did not receive your completed skills test by the deadline, your application ... was closed."
    r"\b(?:as|since|because) we (?:did not|didn't|have not|haven't) (?:receive|received) your (?:completed )?"
    r"(?:[\w-]+ ){0,2}(?:test|assessment|form|documents|response)\b[^.\n]{0,100}\bclosed\b",
    # A public employer's "job announcement ... has been cancelled"; "no selection will be made".
    r"\b(?:job|vacancy) announcement\b[^.\n]{0,100}\b(?:has been|was|is) (?:cancel+ed|withdrawn|rescinded)",
    r"\bno selection (?:will be|was|has been) made\b",
]

# Weaker than WITHDRAWN: the search ended, which rejection wording in the same mail outranks.
SEARCH_STOPPED = [
    # "I'm afraid we're not hiring at junior level after all."
    r"\b(?:we're|we are) (?:not|no longer) hiring (?:at|for|after all|anymore|any more)\b",
    r"\bno longer (?:recruiting|hiring|filling|seeking|looking to (?:fill|hire))\b",
    r"\bstopped (?:pursuing|considering|recruiting|interviewing)(?: \w+)? candidates",
    r"\b(?:position|role|job|requisition|posting) is no longer (?:available|open|active)",
]

# What is offered after "offer you" when it is a step, not the post: "offer you an interview", "a
# telephone interview for the X position", "the opportunity to interview" (but "the opportunity to join
# us as X" is the post).
_A_STEP_OFFERED = (
    r"(?! (?:[\w-]+ ){0,3}?(?:interview|screen|screening|call|conversation|chat|meeting|assessment)s?\b)"
    r"(?! (?:the |an? )?(?:opportunity|chance) to (?:interview|meet|speak|talk|discuss|attend|complete|take|"
    r"participate|progress|move|chat))"
)

OFFER = [
    # "We'd love you to come on board as our new shift lead."
    r"\b(?:love|like) (?:for )?you to come (?:on ?board|aboard)\b",
    # "Your start date is Monday 3 June, 6am at the Daventry site."
    r"\byour start date (?:is|will be)\b",
    # The reader's start date spoken of as set: "complete it to avoid delays to your start date".
    r"\b(?:delays? (?:to|in)|delaying|before|prior to|ahead of) your (?:\w+ )?start date\b",
    # "You have been successful following your interview for the post"; "we'd love you to start Monday".
    r"\byou (?:have been|were|are) successful (?:following|after|at|in) (?:your |the )?interview\b",
    rf"\b(?:love|like) (?:for )?you to start (?:on )?(?:{_WEEK}|tomorrow|next week)\b",
    r"\b(?:status|stage|current status|application status)\s*[:|]\s*(?:offer(?: extended| made)?|hired)\b",
    r"\b(?:find|is|are) (?:attached|enclosed) your (?:\w+ )?(?:contract of employment|employment contract|"
    r"offer letter|offer of employment)\b",
    r"\b(?:has|have) (?:now )?extended (?:you )?an? (?:\w+ ){0,2}offer\b",
    # An agency relaying its client's decision: "my client has come back with an offer for the role".
    r"\b(?:has |have )?(?:come|came) back with an? (?:\w+ )?offer\b",
    r"\b(?:extend|extending|make|making) (?:to )?you (?:an?|the|this|our) (?:\w+ ){0,2}offer\b",
    r"\b(?:pleased|happy|delighted|excited|thrilled|glad|honou?red) to (?:formally |"
    rf"officially )?(?:offer you{_A_STEP_OFFERED}|"
    r"extend (?:to you |you )?(?:an?|the|this|our) (?:\w+ ){0,2}offer|make you an offer|"
    r"present you with an offer|share (?:with you )?(?:your|our|the|an) (?:\w+ ){0,2}offer|"
    r"send you (?:your|our|the|an) (?:\w+ ){0,2}offer)",
    rf"\b(?:we'd|we would|i'd|i would) like to (?:formally |officially )?(?:offer you{_A_STEP_OFFERED}|"
    r"extend (?:to you |you )?(?:an?|the) (?:\w+ ){0,2}offer|make you an offer)",
    # Also an agency's client: "Hollow Pine is offering you the Line Lead assignment". The post is what is
    # offered, only its words between: not "the chance to register for a placement", "a course before any
    # placement".
    rf"\boffer(?:ed|ing|s)? you{_A_STEP_OFFERED} "
    r"(?:the|a|this|our) (?:(?!(?:to|for|before|after|with|at|in|on|chance|opportunity) )\w+ ){0,6}"
    r"(?:position|role|job|post|contract|assignment|placement)\b",
    # The hire wished in so many words: "we'd love to hire you", "the team has decided to hire you".
    r"\b(?:like|love|want|wants|pleased|happy|excited|delighted|glad|decided) to hire you\b",
    r"\b(?:your|the attached|attached is your|enclosed is your) (?:\w+ ){0,2}offer (?:letter|of employment|"
    r"package|details)",
    r"\boffer of employment\b",
    r"\bcongratulations[^.\n]{0,80}\b(?:offer|selected for the (?:position|role)|you got the job)",
    r"\b(?:accept|accepting|sign|review) (?:the|this|your|our) (?:\w+ )?offer\b",
    r"\byou have been selected for the (?:\w+ ){0,6}(?:position|role)\b",
    r"\b(?:love|like|thrilled|excited|delighted|happy|pleased) to (?:have you join|welcome you to) "
    r"[^.\n]{1,60}\bas (?:our|a|an|the)\b",
    r"\b(?:confirm|formali[sz]e|confirming) (?:our|the|your) (?:verbal |conditional |formal )?offer\b",
    r"\bsign (?:the|your) (?:attached |enclosed )?(?:employment )?(?:contract|offer letter)\b",
    # "Please find your employment contract for the Transport Planner position attached."
    r"\bfind your (?:\w+ )?(?:contract of employment|employment contract|offer letter)\b[^.\n]{0,80}?\b"
    r"(?:attached|enclosed)\b",
    r"\bcongratulations on (?:your|the) new (?:role|position|job)\b",
    r"\b(?:move|moving|proceed|proceeding) (?:forward )?with (?:an|a formal|the|a written) offer\b",
    # After the offer: checks that hang on it, its acceptance, its revision, its deadline, onboarding.
    r"\b(?:as part of|in connection with|contingent (?:up)?on|following|further to) (?:your|the|our) "
    r"(?:conditional |"
    r"contingent |job |pending |verbal )?offer\b",
    r"\b(?:you have|you've|you) (?:now )?accepted (?:our|the|your) (?:\w+ )?offer\b",
    r"\brevis(?:e|ed|ing) (?:the |your |our )?(?:\w+ )?offer\b",
    r"\boffer\b[^.\n]{0,40}\bexpires\b",
    r"\bas a new hire\b",
    # "We'd love to have you on the team as a barista", "we'd like you to join Corvid Labs as a Data
    # Scientist".
    r"\b(?:love|like|thrilled|excited|delighted|happy|pleased) to have you (?:on (?:the |our "
    r")?(?:team|board)|"
    r"aboard|on board)\b[^.\n]{0,40}?\bas (?:our|a|an|the)\b",
    r"\b(?:love|like|want) (?:for )?you to (?:join|start (?:with|at|on)) [^.\n]{1,60}?\bas "
    r"(?:our|a|an|the)\b",
    # A school's "we would like to appoint you to the role of Teaching Assistant, subject to references".
    r"\b(?:like|pleased|delighted|happy|able) to appoint you\b",
    r"\b(?:want|like|love) (?:to have )?you as (?:our|the) new\b",
    # "The team would like to bring you on board as our new Dispatcher!"
    r"\b(?:like|love|want|pleased|happy|excited|thrilled|delighted) to bring you (?:on ?board|aboard)\b",
    # An offer with conditions: "the offer is contingent on references", "the offer is subject to".
    r"\boffer (?:is|will be|remains) (?:\w+ )?(?:(?:contingent|conditional) (?:up)?on|subject to)\b",
    # A university's or council's offer: "delighted to confirm your appointment as Lecturer in Law".
    r"\b(?:confirm|offer you|offer of) (?:your |the )?appointment (?:as|to the (?:post|position|role) of)\b",
    # "the panel has recommended your appointment to the post of Lecturer in Economics".
    r"\b(?:recommended|approved) your appointment (?:as|to)\b",
    # By hand: "the Ops Lead job is yours if you want it"; a hospital's "congratulations on being successful
    # at interview" (its pre-employment checks follow the offer).
    r"\bthe (?:[\w-]+ ){0,4}(?:job|role|position|post)(?: is|'s) yours\b",
    r"\bcongratulations on (?:being successful|your success) (?:at|in|following) (?:your |the )?interview\b",
    # By hand: "I'm happy to let you know you got the job!"
    r"\byou(?:'ve| have)? got the (?:job|role|position)\b(?! (?:description|ad|advert|posting|details|spec|"
    r"link))",
    # A public service's choice before its checks: "you are the preferred candidate", "you have been
    # identified as the preferred applicant" (the formal offer follows the referee and police checks).
    r"\b(?:you are|you're|you have been (?:selected|identified|chosen) as|you were (?:selected|identified|"
    r"chosen) as) (?:our|the) (?:[\w-]+ )?preferred (?:candidate|applicant)\b",
    # A person sending the firm's offer by hand: "please find our offer attached" (the reader's own "your
    # offer letter" is read above; a vendor's offer is "for" its work: "our offer for the redesign").
    r"\b(?:please find|attached (?:is|are|please find)|i(?:'ve| have) attached|enclosed (?:is|please find)|"
    r"here is|here's)(?: attached)? our (?:formal |written )?offer\b(?!(?: attached)? (?:for|on|to)\b)|"
    r"\bour (?:formal |written )?offer(?: letter)? (?:is )?attached\b(?! (?:for|on|to)\b)",
]

INTERVIEW = [
    # A step offered to the reader: "we'd like to offer you a telephone interview for the X position".
    # "I'd like to offer you a 20-minute call": a call offered is the step, not the post (_A_STEP_OFFERED).
    r"\b(?:like|pleased|happy|delighted|glad) to offer you (?:an?|the) (?:[\w-]+ ){0,2}"
    r"(?:interview|call|chat|conversation|phone screen|video call)\b",
    # "Fancy a quick call on Friday?"; "You're through to our final stage: a half-day on site."
    r"\bfancy (?:a|an) (?:quick |short |brief )?(?:call|chat|coffee|catch-up)\b",
    # "We'd like to bring you in to meet the team", "they want to have you in to meet the CFO".
    r"\b(?:like|love|want|keen|happy|hoping) to (?:bring|have|get) you (?:back )?in to meet\b",
    r"\b(?:you're|you are) through to (?:our |the )?(?:final|next|second|third) (?:stage|round)\b",
    # A person by hand: "Can you make Thursday at 11 to pop by?"; "Next up is a chat with our CEO."
    rf"\b(?:can|could) you (?:make|do) (?:{_WEEK}|tomorrow)\b",
    r"\bnext up (?:is|will be) (?:an? |the |your )?(?:[\w-]+ ){0,3}(?:chat|call|interview|"
    r"conversation|meeting) with\b",
    # Shops, kitchens and trades meet a candidate at work: "a trial shift on Saturday", "a trade test".
    r"\b(?:trial (?:shift|day|evening|session)|work trial|trade test)s?\b",
    r"\b(?:come|pop|drop) (?:in |by |round |over )?for (?:a|an) (?:trial|informal chat|chat)\b|"
    r"\bdo a trial\b",
    r"\b(?:status|stage|current status|application status)\s*[:|]\s*(?:interview(?:ing)?|phone screen|"
    r"interview scheduled)\b",
    r"\b(?:final|next|second|third|first|technical|onsite|on-site|last) round\b",
    # An agency relaying: "they have offered Tuesday 2pm for a first-stage video call with the client".
    r"\b(?:first|second|third|final|1st|2nd|3rd)[- ]stage (?:[\w-]+ )?(?:call|chat|conversation|meeting)\b",
    # "You've progressed to stage 4 of 5: a partner interview at our London office."
    r"\b(?:progressed|moved|advanced|through|invited) to (?:stage|step|round|phase) \d(?: of \d)?\b[:,-]? "
    r"(?:an? |the |your )?(?:[\w-]+ ){0,3}(?:interview|call|conversation|screen)\b",
    r"\b(?:move|moving|bring|bringing) you (?:forward |ahead )?(?:to|for) (?:an? |the |"
    r"your )?(?:[\w-]+ ){0,3}(?:interview|onsite|on-site|round|stage|call|screen|conversation)",
    r"\binvit(?:e|ing) you (?:to|for) (?:an? |the )?(?:virtual |final )?(?:onsite|on-site|in-person visit|"
    r"office visit)\b",
    r"\bsuper ?days?\b",
    # Graduate schemes' final stage: a day of interviews and group exercises with the employer.
    r"\b(?:assessment|discovery|selection) (?:centre|center|day)s?\b",
    # A shop's or a chain's: "join us for a group recruitment session at our Leeds store".
    r"\bgroup (?:(?:recruitment|selection|hiring|assessment) )?(?:interview|session|event|day)s?\b",
    # An agency's confirmation: "that's all booked in with Ashgrove Homes ... you'll be meeting Paul Grant".
    r"\bbooked you in for (?:a|an|your) (?:[\w-]+ )?(?:call|interview|chat|meeting|conversation)\b",
    r"\bbooked in with (?!us\b)|\byou(?:'ll| will) be meeting (?:with )?(?!the deadline|your )\w",
    r"\b(?:upcoming|rescheduled|scheduled) (?:\w+ )?interview\b",
    r"\breschedul(?:e|ing) (?:your|the|our) (?:\w+ )?(?:interview|call|meeting|conversation)",
    # An interview the candidate missed is still theirs to book again: "you did not show for your interview",
    # "we missed you at your interview", "you weren't able to make your interview today".
    r"\b(?:did not|didn't|were not able to|weren't able to|could not|couldn't) (?:show(?: up)? (?:for|to|at)|"
    r"make(?: it to)?|attend) your (?:[\w-]+ ){0,2}interview\b",
    r"\b(?:you )?missed (?:you at )?your (?:[\w-]+ ){0,2}interview\b",
    # "We were expecting you for your interview today but didn't see you": missed, to book again.
    r"\b(?:were|was) expecting you (?:for|at) your (?:[\w-]+ ){0,2}interview\b",
    r"\b(?:move|push|shift|bring forward) (?:your|the|our) (?:\w+ )?(?:interview|call|chat|conversation)\b"
    r"[^.?!\n]{0,60}? (?:to|back|forward)\b",
    # A reply confirming the meeting: "Perfect, see you Wednesday at 2pm then."
    rf"\bsee you (?:on |this |next )?(?:{_WEEK}|tomorrow)"
    r"(?: \w+){0,2} at \d",
    # "We'd love to have you in for an interview on Thursday", "get you in for a chat".
    r"\b(?:have|get|bring) you (?:in|back|along|over) for (?:an? |the |another )?(?:\w+ )?(?:interview|chat|"
    r"call|conversation|meeting|trial)",
    # "We would like to invite you in to meet myself and one of our partners."
    r"\binvit(?:e|ed|ing) you (?:in|along|over|back) (?:to|for)\b|\binvit(?:e|ed|ing) you to (?:come "
    r"(?:in|along) (?:and|to) )?meet (?:with )?(?:me|myself|us|the team|our|one of our|the hiring)\b",
    r"\binvit(?:e|ed|ing|ation)(?: you)? (?:to|for) (?:an? |the |your |our |a further |a short |"
    r"a quick )?(?:[\w-]+ ){0,3}(?:interview|phone screen|screening|call|conversation|chat|meeting|"
    r"discussion|assessment centre)",
    # Not "complete a work sample before we schedule interviews": a step before the interviews.
    r"\b(?<!before we )(?:schedule|arrange|set up|book|organi[sz]e|coordinate|confirm|"
    r"find a time for)(?: \w+){0,2} (?:an? |the |your |our )?(?:[\w-]+ ){0,2}(?:interview|phone screen|"
    r"screening call|call|video call|chat|conversation|meeting)",
    r"\binterview (?:invitation|invite|request|confirmation|scheduled|details|slot|availability|reminder|"
    r"with)\b",
    r"\b(?:your|the|our) (?:[\w-]+ ){0,2}interview (?:is|has been|was|will be) (?:\w+ )?(?:scheduled|"
    r"confirmed|booked|set|on)\b",
    r"\b(?:your|the) (?:\w+ ){0,2}interview\b[^.\n]{0,60}\b(?:has been|is|was|"
    r"will be) (?:\w+ )?(?:scheduled|confirmed|booked|set) (?:for|on|at)\b",
    r"\b(?:share|send|provide|let (?:me|us) know|with) (?:me |us )?(?:with )?(?:your|"
    r"some) (?:\w+ ){0,2}availability",
    r"\b(?:select|pick|choose|book) (?:a |an )?(?:time|slot|date)(?: \w+){0,3} (?:that works|for (?:your|"
    r"the|an|a)|to (?:meet|speak|chat|talk))",
    r"\b(?:like|love|wants?|keen|happy) to (?:speak|talk|chat|connect|meet) (?:with you|further|more|to you)",
    # One person wanting to meet the reader; "5 startups want to meet you" is a board's listing.
    r"\b(?:wants|would like|'d like|would love|'d love|is keen|are keen|is eager|are eager) to meet you\b",
    r"\b(?:like|love|wants?|keen|happy|pleased) to interview you\b",
    r"\bconnect with you (?:by|over|via) (?:phone|video|zoom|teams)",
    r"\b(?:phone|video|virtual|zoom|teams|onsite|on-site|in-person|technical|first|second|final|"
    r"panel) (?:interview|screen|screening)s?\b",
    # A booking page's link: the reader picks the meeting's time on the writer's own calendar.
    r"\bcalendly\.com|\bgoodtime\.io|\bcalendar invit(?:e|ation)\b|\b(?:cal\.com|savvycal\.com|zcal\.co|"
    r"tidycal\.com|youcanbook\.me|calendar\.app\.google|koalendar\.com)/|\bmeetings\.hubspot\.com/|"
    r"/bookwithme/",
    # "We'd like to move you on to the next stage", "happy to take you through to the next round".
    r"\b(?:mov(?:e|ed|ing)|advanc(?:e|ed|ing)|progress(?:ed|ing)?|tak(?:e|ing)|bring(?:ing)?) (?:you )?"
    r"(?:forward |on |through )?(?:to|into) (?:the )?(?:next|interview|first|second|final) "
    r"(?:round|stage|step)",
    # Shortlisted: the reader, or their profile or CV as Indian mail says it ("your profile has been
    # shortlisted"); not for a test the sentence names ("shortlisted for the online test"): that is the step.
    r"\b(?:you have been|you've been|you are|you were|your (?:profile|cv|resume|candidature) "
    r"(?:has been|is)) (?:shortlisted(?! for (?:the |an? |our )?(?:[\w-]+ ){0,2}(?:tests?|assessments?|"
    r"exams?|assignments?|challenges?)\b)|selected (?:for (?:an? |the )?(?:\w+ )?interview|to interview))",
    r"\bdetails (?:for|of|about) (?:your|the|our) (?:[\w-]+ ){0,2}(?:interview|call|meeting|conversation|"
    r"chat)\b",
    r"\bnext step (?:is|will be|would be) (?:an? |the )?(?:[\w-]+ ){0,3}(?:interview|call|conversation|chat|"
    r"pairing session|meeting)",
    r"\b(?:are|would) you (?:be )?(?:available|free)\b[^.?\n]{0,40}\b(?:call|interview|chat|conversation|"
    r"meeting|speak|talk)",
    r"\b(?:which|what) (?:of (?:these|the following|the) )?(?:times?|slots?|days?|dates?) (?:would )?"
    r"(?:work|works|suit|suits)\b",
    # The reader asked to choose among times offered: "reply with whichever slot you prefer", "grab
    # whatever time works", "pick any slot that suits you".
    r"\b(?:(?:whichever|whatever) (?:of (?:these|the) )?(?:times?|slots?|dates?|days?)|any (?:of "
    r"(?:these|the) (?:times|slots|dates|days)|slots?)) (?:that )?(?:you (?:prefer|like|want)|works?|"
    r"suits?)\b",
    # A hiring manager asking for time: "Would you have 45 minutes on Monday for a Zoom conversation?" (the
    # minutes alone are a cold caller's ask too: "Do you have 15 minutes for a chat on Friday?").
    r"\bfor a (?:quick |short |brief )?(?:zoom|teams|video|phone|google meet|skype) "
    r"(?:call|conversation|chat)\b",
    # "Could we grab 20 minutes for a phone interview?", "Are you around tomorrow for a quick interview?"
    r"\b(?:grab|have|find|set up|book) (?:\d{1,3}|a few|fifteen|twenty|thirty) (?:minutes|mins) for an? "
    r"(?:\w+ )?(?:interview|call|chat)\b",
    r"\b(?:are|would) you (?:be )?around (?:\w+ ){0,3}for an? (?:quick |short |brief )?(?:\w+ )?interview\b",
    r"\bprep(?:aration)? (?:materials?|guide|packet|pack|information) for (?:your|the) (?:\w+ )?(?:interview|"
    r"call|screen|onsite)",
    r"\b(?:let (?:me|us) know|send (?:me|us)|share|suggest|propose) (?:a few |some |two or three |"
    r"a couple of )?(?:\w+ )?(?:times|time slots|slots|dates) (?:that|which|when|you|for (?:a|an|the|our) "
    r"(?:\w+ )?(?:call|conversation|chat|meeting|interview))\b",
    # "Are you free Thursday or Friday afternoon?", "want to grab a virtual coffee next week".
    r"\b(?:are|would) you (?:be )?(?:available|free) (?:on |this |next |early |later )?(?:tomorrow|today|"
    rf"{_WEEK}|week|afternoon|morning)\b",
    r"\b(?:grab|have|get) (?:a )?(?:virtual |quick |video )?coffee (?:next|this|tomorrow|on|with "
    r"(?:me|us))\b",
    r"\bfind (?:a )?(?:\w+ )?time to (?:talk|speak|chat|meet|connect|catch up)\b",
    r"\bthank(?:s| you)(?: \w+){0,2} for (?:taking the time to )?(?:interview(?:ing)?|meeting with us|"
    r"speaking with us)\b",
    r"\bthank(?:s| you)(?: \w+){0,2} for (?:chatting|talking) (?:with|to) (?:us|me)\b",
    # After a call: "really enjoyed our call today" (our: the reader was in it).
    r"\benjoyed (?:our|today's|yesterday's) (?:[\w-]+ )?(?:call|chat|conversation|interview)\b",
    # An academic search's last stage: a visit with a job talk and a teaching demonstration.
    r"\b(?:campus visit|on-campus interview|teaching demonstration|job talk)s?\b",
    # "Ahead of your conversation with our VP of Sales on Friday at 11am": a meeting set.
    r"\b(?:ahead of|before|in preparation for) your (?:[\w-]+ )?(?:conversation|call|chat|meeting) with "
    r"(?:our|the|[a-z]+ [a-z]+,)",
    # An agency's reminder: "you're interviewing with Kestrel Foods tomorrow".
    r"\byou(?:'re| are| will be|'ll be) (?:now )?interviewing (?:with|at|for)\b",
    # "looking forward to our coffee chat on Thursday about the Backend Engineer role".
    r"\b(?:our|the|a|your) (?:virtual )?coffee chat\b",
    r"\b(?:do you have|would you have|have you got) (?:\w+ ){0,2}time for a (?:quick |short |brief )?"
    r"(?:call|chat|conversation)\b",
    r"\bget to know you (?:\w+ )?(?:in|over|during|on) (?:an? |the )?(?:[\w-]+ )?(?:call|interview|"
    r"conversation|chat|meeting)",
    r"\blooking forward to (?:speaking|talking|chatting|meeting) (?:with |to )?you (?:on|at|tomorrow|next|"
    r"this (?:week|afternoon|morning|evening))\b",
    r"\b(?:zoom|teams|meet|webex|video|dial-in) (?:link|details|invite|invitation)s? for (?:our|your|the) "
    r"(?:[\w-]+ )?(?:call|interview|meeting|chat|conversation)",
    # A person asking: "Could you do a 30 min call with me", "can you come by Monday for a quick chat".
    r"\b(?:could|can|would) you (?:do|join|hop on|jump on|make) (?:a|an) (?:[\w-]+ ){0,3}(?:call|chat|"
    r"interview|meeting|conversation)\b",
    r"\b(?:could|can|would) you (?:come (?:in|by|over|down)|pop (?:in(?:to)?|by)|stop by|drop by)\b"
    r"[^.?!\n]{0,50}?"
    r"\b(?:chat|interview|meeting|talk|conversation|trial)\b",
    # "Our CTO would love to find 30 minutes with you next week."
    r"\bfind (?:\d{1,3}|a few|fifteen|twenty|thirty|half an hour|an hour) (?:minutes |mins )?with you\b",
    # "Would you be up for coming to the studio next Thursday to meet a few of us?"
    r"\b(?:would you be|are you|you'd be) up for (?:coming|popping|dropping|swinging) "
    r"(?:in|by|over|to|round)\b",
    # "Would you be up for a 30 min video call about the role?"
    # (Not "up for a chat?", a cold recruiter's usual ask: a call, a meeting are set.)
    r"\b(?:would you be|are you|you'd be) up for (?:an? )?(?:[\w-]+ ){0,3}(?:call|interview|conversation|"
    r"meeting)\b",
    # "Any chance you could pop in this Saturday so we can have a quick chat?"
    r"\b(?:any|is there a|is there any) chance you (?:could|can) (?:come|pop|drop|stop|swing) (?:in|by|round|"
    r"over)\b",
    # "We'd like to have you come in for an interview on Tuesday."
    r"\b(?:have|get) you (?:come (?:in|by|over|down)|pop (?:in|by)|stop by|drop by)\b[^.?!\n]{0,50}?"
    r"\b(?:chat|interview|meeting|talk|conversation|trial)\b",
    r"\b(?:like|invite|ask|want) you to (?:attend|come (?:in )?for|join (?:us )?for) (?:an? |the "
    r"|your |our )?"
    r"(?:[\w-]+ ){0,3}(?:interview|screening|conversation|assessment day)\b",
    # ... unless the sentence names that stage a test: "the next stage, which consists of online tests".
    r"\binvit(?:e|ed|ing) you (?:to|into) (?:the |our )?(?:next|second|third|final) (?:stage|round)\b"
    r"(?![^.\n]{0,100}\b(?:tests?|assessments?|exercises?|assignments?|challenges?|case study)\b)",
    # "You're confirmed for your onsite on Thursday"; "Does Tuesday or Wednesday afternoon work?"
    r"\bconfirmed for (?:your|an?|the) (?:[\w-]+ ){0,2}(?:onsite|on-site|interview|call|screen|visit)\b",
    # "Our CTO would like to have a conversation with you"; "Can we jump on a call early next week?"
    # "They'd like a first-stage video call with you"; a founder's "want to jump on a call Thursday?"
    r"\b(?:like|love|want|keen|happy) (?:to (?:have|hop on|jump on|get on) )?(?:a|an) (?:[\w-]+ ){0,2}"
    rf"(?:conversation|chat|call|talk) (?:with you\b|in person\b|(?:on |this |next )?(?:{_WORKWEEK}|tomorrow|"
    r"today)\b)",
    r"\b(?:can|could|shall) we (?:jump|hop|get) on (?:a|an) (?:[\w-]+ ){0,2}(?:call|zoom|video call)\b",
    # A person by hand: "are you around for a quick chat this week?", "when would suit you for a call?".
    r"\b(?:are you|would you be) around for (?:a|an) (?:quick |short |brief )?(?:call|chat|conversation)\b",
    r"\bwhen (?:would|will|does) (?:suit|work for) you for (?:a|an|the) (?:[\w-]+ ){0,2}(?:call|chat|"
    r"conversation|interview)\b",
    # Without the word: "come meet the team at our studio", "we'd like you to meet the founders".
    r"\b(?:you to|come (?:in |by |over |down )?(?:and |to )?) ?meet (?:the|our|some of the|a few of the|a "
    r"few of our) (?:\w+ )?(?:team|founders|manager|hiring manager|partners)\b",
    rf"\b(?:does|do|would|will) (?:{_WORKWEEK}|tomorrow)(?: or (?:{_WORKWEEK}))?"
    r"(?: morning| afternoon| evening)? (?:work|suit)\b",
    # A time of day put to the reader: "Does 2:30 suit?", "would 10am work for you?", "does 4pm suit you?".
    r"\b(?:does|would|will) (?:\d{1,2}[:.]\d\d ?(?:am|pm)?|\d{1,2} ?(?:am|pm)) (?:suit|work for you)\b",
    # After the interview, before the offer: "the panel is now undertaking referee checks", "we will now
    # contact your referees" (health services and public bodies check referees between the two). Checks
    # for an offer made state no status (hire_steps.py): "contacting your referees for your offer".
    r"\b(?:(?:undertak|complet|conduct|commenc|start|finalis|do|perform|carry|carri)\w* (?:out )?"
    r"(?:your |the )?(?:referee|reference) checks|(?:contact|contacting|speak(?:ing)? (?:to|with)) "
    r"your referees)\b"
    r"(?![^.\n]{0,60}\boffer)",
]

ASSESSMENT = [
    # "Please prepare a ten-minute presentation on how you would grow our regular giving."
    r"\bprepare (?:a|an) (?:[\w-]+ ){0,2}(?:presentation|case study|written exercise)\b",
    # A task without the word: "I've attached a short brief - could you write two versions".
    r"\b(?:i've|i have|we've|we have) attached (?:a |the |our )?(?:short |small |quick )?(?:brief|task|"
    r"exercise|assignment|case study)\b(?! (?:overview|description|summary|outline|note))",
    # A one-way video without the word: "please record short answers to three questions".
    r"\brecord (?:\w+ ){0,2}(?:answers|responses) to (?:\w+ ){0,3}questions\b",
    r"\bnext (?:step|stage)(?: in (?:our|the) (?:\w+ )?process)? (?:is|will be) (?:an? |the |our )?"
    r"(?:[\w-]+ ){0,4}(?:case study|work sample|take-home|assessment|test|exercise|assignment|challenge|"
    r"questionnaire|quiz|exam|(?:set of )?(?:\w+ )?(?:tasks|games))\b",
    r"\b(?:complete|completing|submit|do) (?:an? |the |our |your |this )?(?:short |brief )?(?:work sample|"
    r"case study)\b",
    r"\b(?:complete|completing|take|taking|start|finish|attempt|do) (?:an? |the |our |your |this |these |"
    r"both |all |one or more of the following |\d+ |two |three )?(?:[\w-]+ ){0,3}(?:assessments?|tests?|"
    r"challenges?|exercises?|assignments?|evaluations?|video questionnaire)\b",
    r"\b(?:online|coding|technical|skills?|cognitive|aptitude|personality|psychometric|numerical|verbal|"
    r"logical|reasoning|programming|take[- ]home|home|video|behavioral|situational|work style|"
    r"game-based) (?:assessment|test|challenge|exercise|questionnaire|assignment|evaluation|task)s?\b",
    r"\b(?:complete|take) (?:the )?testing\b",
    r"\b(?:one[- ]way|recorded|pre-recorded|asynchronous|on-demand|self-recorded) (?:video )?interview",
    r"\brequests? (?:applicants|candidates|you) to complete\b",
    r"\b(?:complete|record|take) (?:a |an |the |your |this )?(?:\w+ )?(?:video|digital|virtual|online|"
    r"recorded) interview",
    r"\brecord (?:your )?(?:answers|responses|video responses)\b",
    r"\b(?:screening|pre-?screening|written) (?:test|questionnaire|exercise|assessment)s?\b",
    # The public sector's examinations: "take the written examination", "civil service exam".
    r"\b(?:written|oral|civil service|performance|typing) (?:exam|examination)s?\b",
    # A task to do before meeting: "a paid trial task", "the Virtual Job Tryout".
    r"\b(?:trial|test) (?:task|assignment|project)s?\b",
    r"\bjob tryout\b",
]

# Assessment platforms: their name alone says a test is waiting.
ASSESSMENT_TOOL = [
    r"\b(?:hirevue|codility|hackerrank|codesignal|testgorilla|pymetrics|mettl|harver|coderbyte|"
    r"devskiller|testdome|imocha|wonderlic|criteria corp|talentlyft|vervoe|spark hire|willo|"
    r"plum discovery|arctic shores|byteboard|sova assessment|modern hire|vidcruiter|canditech|woven scenario|"
    r"hireflix|myinterview|cappfinity|saville assessment|hackerearth|testlify|adaface|glider ai|xobin|"
    r"virtual job tryout|shl|talogy|cut-e|thomas international|hogan (?:assessment|personality)|"
    r"verify (?:numerical|verbal|inductive|deductive) reasoning|ccat|sapia(?:\.ai)?)\b",
]

# Words that make a status sentence a description, condition or future possibility, not news.
HEDGE = [
    # A list of those admitted to a step, to be published (a public body's receipt): nobody's step yet.
    r"\b(?:list|shortlist|results)\b(?: [\w/()-]+){0,8}? will be (?:published|posted)\b|"
    r"\bwe(?: will|'ll) (?:publish|post)\b(?: \w+){0,2} (?:list|shortlist|results)\b",
    # "let me know if you have any questions" is a pleasantry, not a condition on the news; so is "the job
    # is yours if you want it".
    r"\bif\b(?! you have (?:any )?(?:other |further |more |additional )?(?:questions|concerns)\b)"
    r"(?! you(?:'d)? (?:want|like) it\b)"
    # "Tuesday 3pm works best, if that suits you", "I've sent an invite for Thursday - shout if it doesn't
    # suit": a courtesy over a time proposed, no condition.
    r"(?! (?:that|this|it) (?:suits|works for) you\b)"
    r"(?! (?:that|this|it|the time) (?:doesn't|does not|won't|will not) (?:suit|work)\b(?! out))",
    r"\bshould (?:you|we|your|there)\b",
    r"\bonce\b",
    # The verb, not the month: "on Monday, May 25", "dated 3 May", "the season starts in May", "by May".
    r"\bmay\b(?<!\d may)(?<!\bin may)(?<!\bby may)(?<!\bof may)(?<!\bsince may)(?<!\buntil may)"
    r"(?<!\bearly may)(?<!\blate may)(?<!\bmid-may)(?! \d)"
    # The month after an ordinal day: "Tuesday 12th May", "from 1st May", "the 22nd May".
    r"(?<!\dst may)(?<!\dnd may)(?<!\drd may)(?<!\dth may)",
    r"\bmight\b",
    # "could you send your availability", "could we move your interview to Monday" ask; "we could" hedges.
    # So does "you could be invited", but "any chance you could pop in for a chat" asks.
    r"\bcould\b(?<!you could)(?! you)(?! we (?:move|reschedule|push|shift|schedule|set up|find|arrange|book|"
    r"meet|speak|jump|hop|talk|chat|grab|have)\b)",
    r"\byou could (?:be|have|get|still|also|then|receive|hear|expect)\b",
    r"\bwhether\b",
    r"\bin the event\b",
    r"\blikely\b",
    # A process described in general: "our hiring process typically includes a technical interview".
    # Only what is said of steps, so "we usually get many applications, but unfortunately" still rejects.
    r"\b(?:typically|usually|generally|normally) (?:includes?|involves?|consists? of|made|takes?|lasts?|"
    r"scheduled|held|conducted|sent|invited|asked|required|extended)\b",
    r"\b(?:process|procedure) (?:includes|consists of|involves|may include|comprises|is made up of|has "
    r"(?:\w+ )?(?:steps|stages|rounds|parts))\b",
    r"\b(?:chances?|likelihood) (?:of|that)\b",
    r"\bwill (?:be )?(?:contact|reach|in touch|let you know|notify|get back)",
    # A step's date still to come: "please wait for our call regarding the schedule of your interview",
    # "await an email from HR to arrange the panel interview".
    r"\b(?:wait|await)(?:ing)? (?:for )?(?:our|a|an|the|my|further) (?:[\w-]+ ){0,3}(?:call|e?-?mail|"
    r"message|text|sms|notification|communication)\b",
    # Not the practicalities of a step already stated: "next up is a short brief: we'll send you the details".
    r"\bwe(?:'ll| will) (?:\w+ )?(?:schedule|arrange|set up|send|invite)\b"
    r"(?! you (?:the |all the |a |an )?(?:details|link|brief|instructions|materials)\b)",
    r"\bunless\b",
    # "being placed in a merit pool does not guarantee an offer": a step promised to nobody.
    r"\b(?:not|no) (?:a )?guarantee",
    # "Your placement on the panel is not an offer of employment", "does not constitute an offer": an offer
    # denied, none made. "Does not" asks its verb: "we do not offer relocation" is no offer denied.
    r"\b(?:(?:is|are) not|(?:does|do) not (?:constitute|represent|amount to|mean|imply)) (?:an? |any )?"
    r"(?:formal |firm |job |conditional )?offer\b",
    # A receipt's timetable: "we will review applications until the position is filled".
    r"\buntil\b",
    r"\bin case\b",
    # "when" right before the match makes the match its clause: "when [we have selected the successful
    # candidate]".
    r"\bwhen (?:(?:we|you|the)\b|$)",
    r"\btips?\b",
    r"\bprepare for\b",
    r"\bresources\b",
]

# Statements about candidates in general ("successful candidates will be invited to interview"):
# they hedge only the clause they are in.
GENERAL_CANDIDATES = [
    r"\b(?:candidates|applicants|individuals) (?:will|are|who|that|whose|may|must|should)\b",
    # "Candidates clearing the assessment will be called for a technical interview": those who pass a step.
    r"\b(?:candidates|applicants) (?:clearing|passing|completing|qualifying (?:in|on))\b",
    r"\b(?:successful|shortlisted|selected|qualified|top|all) (?:candidates|applicants)\b",
]
# Subject lines stating a status (read only when the body states none).
SUBJECT_REJECTION = [
    r"\b(?:unsuccessful|regret|not selected|not moving forward|declined|rejection|not successful|not "
    r"referred)\b",
    r"\b(?:position|role|job|vacancy|requisition|opening) (?:has been |was |is )?filled\b",
    # "Position Closed: Branch Manager": as the body's "the position has been closed".
    r"\b(?:position|role|vacancy|requisition|opening) (?:has been |was |is |now )?closed\b",
    r"\bunfortunately\b",
    r"\bapplication status: (?:closed|declined|not selected|rejected)",
    r"\bnot (?:progressing|proceeding|shortlisted|been successful)\b",
]
# A subject that announces news about an application without saying which ("Application update",
# "Update on your candidacy", "Thank you for your interest in Acme"): when neither it nor the body
# states a status, such mail is most often a rejection whose text is behind a portal link or an
# HTML page; the reading is a guess (low confidence), and the model is asked where it is available.
SUBJECT_UPDATE = [
    r"\b(?:application|candidacy|candidate|submission|job submission) (?:status|update)\b",
    r"\b(?:update|news|follow[- ]up|information|response|an update) (?:on|about|regarding|from|for|to) "
    r"(?:your |the |my )?(?:[\w&'-]+ ){0,3}(?:application|candidacy|position|role|req\w*|job|opening)",
    r"\b(?:regarding|in response to|re) (?:your |the )?(?:[\w&'-]+ ){0,2}(?:application|candidacy)\b",
    r"\bapplication (?:update|status)\b",
    r"\b(?:application|candidacy)\s*[:|-]\s*(?:status )?update\b",
    r"\bthank(?:s| you) for your interest\b",
    r"\b(?:^status update|^update)\s*[:|-]",
    r"\bregarding (?:job|req(?:uisition)?) ?(?:id|#|no)",
    r"\bupdate\b[^\n]{0,80}(?:\b[a-z]{0,3}-?\d{5,}\b)|\b[a-z]{0,3}-?\d{5,}\b[^\n]{0,20}\bupdate\b",
]
SUBJECT_WITHDRAWN = [
    r"\b(?:application withdrawn|withdrawal|withdrawn|position (?:cancel+ed|on hold)|"
    r"requisition cancel+ed)\b",
    # "Requisition closed without hire: Clinical Data Manager".
    r"\bclosed without (?:an? )?(?:hire|hiring|appointment|selection)\b",
]
SUBJECT_OFFER = [
    r"\b(?:offer letter|job offer|offer of employment|your offer)\b",
    # "Offer - Junior Accountant", "Offer: Staff Nurse".
    r"\b(?<!.)(?:employment )?offer\s*(?:[-:|]|for\b)",  # at the subject's start
]
SUBJECT_INTERVIEW = [
    r"\b(?:interview (?:invitation|invite|request|confirmation|confirmed|scheduled|schedule|availability|"
    r"reminder)\b|^interview\s*[:|]|invitation to (?:an? )?interview|invitation: (?:\w+ )?interview|"
    r"phone screen|schedule (?:a|"
    r"an|your) (?:call|interview)|let's (?:chat|talk|connect)|interview (?:with|for) )",
    # An assessment centre is a test (phrases/assessment_centres.py): SUBJECT_ASSESSMENT reads it.
    r"\b(?:round \d|\d(?:st|nd|rd|th) round|final round|rounds? left|superday|discovery centre|"
    r"discovery center)\b",
    r"\b(?:hiring manager|recruiter|intro|introductory|prep|preparation|technical|team) (?:chat|call|"
    r"conversation|sync|screen)\b",
    # A recruiter's own mail after an application: "Connecting with Northwind - Data Engineer",
    # "Scheduling time to chat - Tessellate Product Designer".
    r"\b(?<!.)(?:re: )?connecting (?:with|re)\b",
    r"\bschedul(?:e|ing) (?:a |some )?time (?:to (?:chat|talk|speak|connect|meet)|for (?:a|an) (?:[\w-]+ )?"
    r"(?:call|chat|interview))\b",
    # "Jordan Lee x Sundial – Senior Designer Interview": the subject closes on the step.
    r"\b(?:interview|phone screen)$",
]
SUBJECT_ASSESSMENT = [
    r"\b(?:(?<!self-)assessment|coding challenge|online test|skills test|hirevue|codility|hackerrank|"
    r"codesignal|take-home|technical test|technical exercise)\b",
    r"\bcomplete your (?:[\w-]+ ){0,2}(?:screening|assessment|test|challenge|questionnaire|exercise)\b",
    r"\b(?:engineering|coding|programming|software engineering) challenge\b",
    r"\binvited you to (?:take|complete) (?:an? |the |your )?(?:[\w-]+ ){0,3}(?:test|quiz|questionnaire)\b",
]
