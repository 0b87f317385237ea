"""English phrases that say what kind of mail it is: job alert, recruiter outreach, portal mail...

Same conventions as en_status.py: lowercase patterns, each starting with a word boundary.
"""

from tracker.extraction.weekdays import ENGLISH, one_of

JOB_ALERT = [
    r"\b(?:you're|you are) invited to apply\b",
    r"\b(?:1|one)-click apply\b|\bapply (?:with|in) one click\b|\bapplying takes one click\b",
    r"\b(?:looking for|seeking) candidates like you\b",
    r"\b(?:selected|picked|chosen) as a (?:great |strong |good )?match\b",
    r"\bjob alerts?\b",
    r"\b(?:jobs?|internships|roles|positions|opportunities) (?:that |which )?(?:you|that) (?:may|might|could|"
    r"would) (?:like|be interested|want|enjoy|love)",
    r"\b(?:recommended|suggested|top|new|latest|featured|hot|matching) (?:jobs?|roles|positions|"
    r"opportunities|openings) (?:for you|based on|matching|picks|near you|in your area)",
    r"\bjobs? (?:picked|selected|recommended|handpicked|curated) (?:for|just for) you",
    r"\bbased on your (?:profile|search|preferences|resume|cv|activity|job search|saved|recent|skills|"
    r"interests)",
    r"\bsaved (?:job )?search(?:es)?\b",
    r"\bnew (?:jobs?|positions|openings|opportunities|roles|listings)\b",
    r"\bmatching your (?:search|preferences|criteria|profile|skills)",
    r"\b(?:is|are) (?:now )?hiring\b",
    r"\bapply now\b",
    r"\beasy apply\b",
    r"\bbe (?:an |the |one of the first )?(?:early|first) applicants?\b",
    r"\b(?:similar|more|other) (?:jobs|roles|positions|openings)\b",
    r"\bjob (?:recommendations?|matches|suggestions|picks|digest|listings)\b",
    r"\bunsubscribe from (?:job alerts|these (?:job )?(?:emails|alerts)|this alert)",
    r"\b(?:daily|weekly|monthly) (?:job )?(?:digest|alert|update|roundup)\b",
    r"\bjobs? posted\b",
    r"\bactively recruiting\b",
    r"\b(?:view|see|browse|explore) (?:all |more )?(?:\d+ )?(?:new )?(?:jobs|openings|positions|roles)\b",
    r"\b(?:these|this|the following) (?:jobs?|roles?|positions?|openings?) (?:could|might|may|"
    r"would) (?:match|suit|interest|be a (?:good )?fit)",
    r"\bjobs? (?:for you|in your area|near you)\b",
    r"\bsending you jobs\b",
    r"\btop applicant\b",
    r"\b(?:people|others) (?:also )?(?:viewed|applied)\b",
    r"\bjob matches\b",
    r"\byour (?:job )?search for\b",
    r"\bpositions for your\b",
    r"\b(?:startups?|companies|employers) (?:are )?(?:hiring for|want to meet you)\b",
    r"\b(?:weekly|daily|new) (?:job )?matches\b",
    r"\bwe(?:'re| are) hiring\b",
    # A board recommending jobs by one the reader applied to: "Since you applied to X at Y, you might like".
    # "Jobs you may have missed", an employer's own board: "new internal opportunities this week".
    r"\b(?:jobs|roles|positions|openings) you (?:may|might) have missed\b",
    r"\b(?:new |open )?internal (?:job postings?|jobs|opportunities|openings|vacancies|positions)\b",
    r"\b(?:since|because|as) you (?:recently )?(?:applied|viewed|saved|searched)\b[^.\n]{0,120}\byou "
    r"(?:might|may|could) (?:also )?(?:like|be interested|want|enjoy)",
]

OUTREACH = [
    r"\b(?:your|the) (?:background|profile|experience|resume|work)\b[^.\n]{0,40}\bcaught (?:my|our) (?:eye|"
    r"attention)",
    # What of the reader's record the writer noticed, and how: "your track record of scaling teams stood out",
    # "your profile jumped out", "your CV really impressed me" (each language's OUTREACH has its own).
    r"\byour (?:[\w-]+ ){0,2}?(?:background|profile|experience|resume|cv|track record|career|linkedin)\b"
    r"[^.\n]{0,80}?\b(?:stood out|stands out|jumped out|jumps out|grabbed (?:my|our) (?:eye|attention)|"
    r"piqued (?:my|our) (?:interest|curiosity)|(?:really |immediately )?impressed (?:me|us))\b",
    r"\b(?:i|we) (?:think|believe) you(?:'d| would) be a (?:\w+ )?(?:strong|great|good|excellent|"
    r"perfect) (?:match|fit)",
    r"\bi (?:lead|run|head|manage|handle) (?:\w+ )?(?:recruiting|recruitment|talent|hiring)\b",
    r"\b(?:connect|chat|talk) (?:about|for|regarding) (?:future|other|this|the|a|an) (?:\w+ )?(?:roles?|"
    r"opportunit\w+|positions?)",
    r"\b(?:any interest|bumping this|following up on my (?:previous|last|earlier) (?:email|message|note))\b",
    r"\bpartnering with (?:a|an|my|our) (?:[\w-]+ ){0,2}client\b",
    r"\b(?:i|we) noticed (?:you|your)\b",
    r"\bopen to (?:new |a new |other |exploring )?(?:opportunit\w+|roles?|positions?|a chat|"
    r"a conversation)\b",
    r"\binvite you to apply\b",
    r"\b(?:came|come) across your (?:profile|resume|cv|background|linkedin)",
    r"\b(?:found|saw|reviewed|noticed|viewed) your (?:profile|resume|cv|background) (?:on|at|in|and)\b",
    r"\b(?:i am|i'm|i work as) an? (?:\w+ ){0,2}(?:recruiter|headhunter|talent (?:acquisition )?(?:partner|"
    r"specialist)|sourcer)",
    r"\bmy name is \w+(?: \w+)? (?:and|,) (?:i am|i'm|i work)",
    r"\b(?:immediate|urgent|exciting|new) (?:opening|requirement|need|opportunity|position|role) (?:with|"
    r"for|at) (?:our|my|a|one of our) (?:client|customer)",
    r"\b(?:our|my) client\b",
    r"\bon behalf of (?:our|my|a) (?:client|customer)",
    r"\b(?:are|would) you (?:be )?(?:open|interested|available) (?:to|in|for)\b",
    r"\bif (?:you are|you're) (?:interested|open|available)\b",
    r"\blet me know if (?:you are|you're|you would be) (?:interested|open|available)",
    r"\b(?:share|send|forward) (?:me |us )?your (?:updated |latest |current )?(?:resume|cv)",
    r"\b(?:w-?2|c2c)\b",
    r"\bcorp[- ]to[- ]corp\b",
    r"\b(?:i|we) have a (?:job|role|position|opening|opportunity) that\b",
    # "I have a fantastic Finance Manager position with a client in Leeds".
    r"\b(?:i|we) (?:have|'ve got) an? (?:[\w-]+ ){0,3}(?:job|role|position|opening|opportunity|vacancy) "
    r"(?:with|for|at) (?:a|an|my|our|one of our) (?:[\w-]+ ){0,2}client\b",
    r"\bi found a (?:job|role|position) you\b",
    r"\b(?:staffing|recruiting|recruitment|placement|talent) (?:firm|agency|company)\b",
    # "I'm recruiting for a Head of Data role with one of our clients".
    r"\b(?:i'm|i am|we're|we are) (?:currently )?recruiting for an? (?:[\w-]+ ){0,4}"
    r"(?:role|position|opening)\b",
    r"\bone of (?:our|my) clients\b",
    r"\bthought (?:of you|you (?:might|may|would) be)",
    r"\bgreat (?:fit|match) for (?:a|an|this|the) (?:\w+ ){0,3}(?:role|position|opportunity|opening)",
    r"\bhope this (?:email|message) finds you\b",
    r"\bjob description\b",
    r"\bquick (?:call|chat) to discuss\b",
    # A cold recruiter's own diary and search: "Open to a quick call? Grab any slot on my calendar", "I'm
    # working on a Head of Finance search" (an employer's invitation books the reader into its process).
    r"\bopen to a (?:quick |short |brief )?(?:call|chat)\b|"
    r"\b(?:grab|pick|book) (?:any|a) (?:slot|time)\b[^.\n]{0,20}\bmy (?:calendar|calendly|diary)\b",
    r"\b(?:i'm|i am) (?:currently )?(?:working on|running|leading|conducting) an? (?:[\w-]+ ){0,4}search\b",
    # Headhunters writing English from India, the Gulf or Korea: "kindly revert with your updated CV",
    # "current CTC, expected CTC", "I would like to introduce a Process Engineer position".
    r"\bkindly (?:revert|reply|respond|share|send|forward)\b",
    # A firm described, not named, as a recruiter does its client: "hiring an HSE Manager for a reputed EPC
    # company" (an employer hiring for itself says "we", "our team").
    r"\b(?:hiring|looking for|seeking|recruiting) an? (?:[\w-]+ ){1,4}(?:for|with|at) (?:a|an) (?:reputed|"
    r"reputable|leading|renowned|well-known|prestigious|top|major)\b",
    r"\b(?:current|expected) ctc\b",
    r"\b(?:i|we) (?:would|'d) like to introduce (?:you to )?(?:a|an|this) (?:[\w-]+ ){0,4}(?:position|role|"
    r"opportunity|opening|vacancy)\b",
]

# A started but unsubmitted application: "other", not an application.
REMINDER = [
    r"\b(?:complete|finish|continue|resume) your (?:\w+ ){0,2}application\b",
    r"\b(?:you|you've|you have) (?:started|began|begun) (?:an?|your|the) (?:\w+ ){0,2}application",
    r"\b(?:haven't|have not|did not|didn't|hasn't|has not) (?:yet )?(?:been )?(?:completed|finished|"
    r"submitted|complete|finish|submit)",
    r"\bapplication (?:is )?(?:still )?(?:incomplete|in progress|unfinished|not (?:yet )?(?:complete|"
    r"completed|submitted)|saved as (?:a )?draft)",
    r"\bdraft application\b",
    r"\bdon't forget to (?:complete|finish|submit|apply)",
    r"\bpick up where you left off\b",
    # "You started applying for Store Associate. It only takes a few minutes to finish."
    r"\b(?:started|begun|began) applying\b|\bfinish(?:ing)? (?:applying|your application)\b",
    # The reader's application left in a draft or half-done state: "your application is still saved as a
    # draft", "your application for Store Manager is half finished".
    r"\byour (?:\w+ )?application\b[^.\n]{0,60}?\b(?:(?:saved )?as a draft|in draft|half[- ]finished|"
    r"half[- ]done|not (?:yet )?(?:been )?(?:sent|submitted))\b",
]

# Portal accounts, talent communities, security codes: "other".
ACCOUNT = [
    r"\baccount (?:has been |was )?(?:successfully )?(?:created|activated|registered|set up|verified)",
    r"\b(?:created|activated|registered) (?:an|your) account\b",
    r"\b(?:verify|confirm|activate) your (?:email|account|e-mail|address|identity)",
    r"\b(?:reset|change|forgot|new|temporary) (?:your )?password\b",
    r"\b(?:passcode|verification code|one-time (?:pass)?code|security code|sign-in code|login code)\b",
    r"\bwelcome to (?:the )?(?:[\w&.-]+ ){0,5}(?:careers?|talent (?:community|network|pool)|"
    r"candidate (?:portal|home|profile))",
    r"\bthank(?:s| you) for (?:joining|registering|signing up|creating)",
    r"\b(?:joined|join|joining) (?:our|the) (?:\w+ )?talent (?:community|network|pool)",
    r"\bnew (?:device|sign-in|login)\b",
]

# Marketing and newsletters about job searching: "other" unless they carry news of an application.
MARKETING = [
    r"\b\d+% off\b",
    r"\b(?:discount|promo(?:tion)? code|coupon|limited[- ]time offer|book (?:now|today|a session))\b",
    r"\b(?:mock|practice) interviews?\b",
    r"\b(?:coaches|coaching session|career coach)\b",
    r"\bread more\b",
    r"\bthis (?:week|month)(?:'s issue)?:",
    r"\b(?:webinar|newsletter|masterclass|bootcamp|e-?book|podcast|free trial|try premium|"
    r"upgrade to premium)\b",
    r"\b(?:read more|learn more|sign up|register) (?:now|today|here|for free)\b",
    r"\b(?:career guide|career advice|resume tips|interview tips|job search tips)\b",
    # Not the adverb every writer uses: "of course, call me if anything is unclear".
    r"\b(?<!\bof )courses?\b",
    r"\b(?:ace|crack|nail|prepare for|prep for|land) (?:your|the) next (?:\w+ )?interview\b",
    r"\b(?:offer|sale|deal|discount) ends\b",
    r"\bresume (?:assessment|review|critique|writing)\b",
    r"\b(?:new|latest|this week's|today's) episode\b",
    # Advice to apply, not an application: "Your certificate is ready - start applying".
    r"\bstart applying\b",
    # A course's outline: "Week 1: answering behavioural questions".
    r"\b(?:week|module|lesson) (?:1|one):",
    r"\blisten (?:now|here|to the (?:full )?episode)\b",
    # Selling interview preparation: "our 12-week interview prep program... enrol by Friday and save $500".
    r"\b(?:enrol(?:l)? (?:by|now|today|before)|save \$\d|"
    r"interview prep(?:aration)? (?:program|programme|course|bootcamp)s?)\b",
]

# Interviews that are not a hiring step: a journalist's, a podcast's, an admissions office's, or one the
# recipient sits on as an interviewer.
NOT_HIRING_INTERVIEW = [
    r"\b(?:admissions?|podcast|press|media|radio|television|tv|research|user research|usability|customer|"
    r"exit|alumni|scholarship|purchase|membership|tenant|tenancy) interviews?\b",
    # A place in a school, a programme of study or an apartment, not a job.
    r"\binterviews? for (?:admission|a place|entry|enrol?ment|(?:the |your )?(?:apartment|unit|flat))\b",
    r"\b(?:phd|doctoral|graduate school|master's|masters) (?:program|programme|admissions?) interviews?\b",
    r"\binterview (?:you )?(?:for|about|on) (?:our|my|a|an|the|this|an upcoming) (?:\w+ )?(?:story|article|"
    r"podcast|piece|documentary|report|study|show|episode|newsletter|blog|book|thesis|magazine|series)\b",
    r"\binterviews? with (?:the )?(?:ceo|cto|founder|co-?founder|author|creator) of\b",
    # An interview one reads: "this week we interview Oda Health's founder", "read the full interview".
    r"\b(?:read|watch|listen to) the (?:full )?interview\b|\b(?:this week|today) we (?:interview|talk to|"
    r"sat down with)\b",
    r"\binterview (?:panel|loop|debrief) for (?:the|a|an|our) (?:[\w-]+ ){0,3}candidate\b",
    r"\b(?:join|sit on|be on|be part of) (?:the |an |our )?interview (?:panel|loop)\b",
    r"\b(?:submit|enter) your (?:interview )?(?:feedback|scorecard)\b",
    # The interviewer writes for the press: "I'm writing a story about remote work".
    r"\b(?:writing|working on|reporting|researching) (?:a|an) (?:\w+ )?(?:story|article|piece|feature|"
    r"documentary|podcast episode)\b",
    # Practice, not hiring: "your peer mock interview is scheduled"; a newsletter's interview with an alumna.
    r"\b(?:mock|practice|peer) interviews?\b",
    # Benefits and jury service: "an eligibility interview for your unemployment claim".
    r"\b(?:eligibility|fact-finding|voir dire) interviews?\b",
    # Practice tools: "the interview simulator ... AI feedback before your real interview".
    r"\b(?:interview simulator|before your (?:real|actual) interview)\b",
    r"\binterviews? with (?:our )?alumn(?:a|us|i|ae)\b",
    # The reader as an employee: a performance review, a self-assessment.
    r"\b(?:performance|annual|mid-year|year-end) (?:review|appraisal)\b",
    r"\bself-(?:assessment|review|evaluation)\b",
]

# The reader as the one hiring: an interviewer's schedule and kit, the candidates one screens, a job
# post's applicants, a requisition, tools sold to recruiters. Not a hiring step of the reader's own.
READER_HIRES = [
    r"\b(?:you are|you're|you've been|you have been) (?:scheduled|assigned|booked) to "
    r"(?:interview|conduct|run)\b",
    r"\b(?:you are|you're) interviewing (?!with\b|for\b|at\b)[a-z]",
    r"\binterview kit\b",
    # Not the writer's own round with the reader among them: "an interview with the successful candidates".
    r"\b(?:phone screen|interview|call|chat) with the (?!(?:successful|shortlisted|short-listed|selected|"
    r"best|top|strongest|remaining) )(?:[\w-]+ ){0,3}candidates?\b",
    r"\bthe candidates? (?:we|you) (?:interviewed|screened|met with)\b",
    r"\b(?:candidates|applicants) we(?:'re| are) not moving forward with\b",
    r"\bwhich (?:ones|candidates|applicants) you(?:'d| would) like to (?:interview|meet)\b",
    r"\b(?:has|have) (?:\d+ )?new applicants\b",
    r"\breview (?:your )?(?:candidates|applicants) and schedule\b",
    r"\byour job (?:post|posting|listing|ad)\b",
    r"\b(?:your|the) (?:job )?requisition (?:[\w-]+ )?(?:has been|was) (?:approved|opened)\b",
    r"\b(?:time[- ]to[- ]hire|hire faster)\b",
    # A referrer: "thanks for referring Jamie", "the candidate you referred has moved to the onsite".
    r"\b(?:thanks|thank you) for (?:the )?referr(?:ing|al of)\b",
    r"\b(?:candidates?|person|people|friends?|colleagues?|whom|who) (?:that )?you(?:'ve| have)? referred\b",
    r"\byour referrals?\b(?! (?:code|link|programme|program))",
    # The job's hiring manager and interviewers: "you're the hiring manager for this job".
    r"\b(?:you are|you're) (?:the|a) hiring manager\b",
    r"\b(?:requested|added|selected|nominated) as (?:an |the )?interviewer\b",
    r"\bnew (?:candidates?|applicants?|applications?) ?(?:for your|:)",
    # Tools sold to those who hire: "faster background checks for your hiring team. Book a demo".
    r"\b(?:for|to) your (?:hiring|recruiting|hr|people) team\b|\bbook a (?:free )?demo\b",
    r"\byour (?:background )?screening program(?:me)?\b|\b(?:onboard|hire) your (?:next|first) hire\b",
    r"\b(?:run|order) (?:your )?(?:first )?background checks?\b|"
    r"\bscreen (?:your )?(?:candidates|applicants|new hires)\b",
    # The candidates' moves an ATS offers the one hiring: "move the next candidate to the offer stage".
    r"\b(?:move|advance) the next candidate\b|\bdisqualify (?:the |this )?candidates?\b|"
    r"\b(?:declined|accepted) by (?:the )?candidate\b",
    # The reader's button, not the employer's own plan: "if we reopen the position in spring", "we hope to
    # reopen the role" is a hold's promise to the candidate.
    r"(?<!\bwe )(?<!\bwe'll )(?<!\bwe may )(?<!\bwe might )(?<!\bwe can )(?<!\bto )\breopen the "
    r"(?:job|role|position|requisition)\b",
    # A scheduling tool's note to its host: "Invitee answers: position applied for" (the invitee's own
    # confirmation also says "Invitee: <name>", "Invitee Time Zone:" and "A new event has been scheduled").
    r"\binvitee (?:answers|email):",
    # An interviewer's scorecard and the hiring team's debrief: "your scorecard for Daniel Kim is due".
    # (Not a recruiter's experience named in the reader's CV: "rebuilding the interview scorecards at your
    # current company".)
    r"\byour (?:interview )?scorecards?\b|\bthe (?:interview )?scorecards? (?:for|is|are)\b|"
    r"\bscorecards? (?:is |are )?due\b|\bhiring debrief\b",
]

# What one applies for that is not a job: a place to study, funding, a talk or paper, a startup batch, a
# home, credit, papers to travel or stay, a membership, early access, a pet, a school place. Mail naming
# one of these is about a job only where hiring's own words say so (kind_rules._HIRING_WORD).
NOT_JOB_APPLICATION = [
    # Named as such: "your rental application", "applying for a developer account".
    r"\b(?:rental|lease|leasing|tenancy|housing|apartment|loan|mortgage|credit card|card|admissions?|visa|"
    r"scholarship|membership|grant|permit|insurance|account|volunteer|volunteering) application\b",
    r"\bapplying (?:for an? (?:[\w-]+ ){0,3}(?:account|card|loan|mortgage|permit|licen[cs]e|membership|"
    r"passport|visa)|to volunteer)\b",
    # Study: "offer of a place on the MSc", "your application to the PhD programme", "Class of 2029".
    r"\b(?:msc|m\.sc|ma|mba|bsc|b\.sc|ba|phd|llm|meng|mphil|master's|masters|master|bachelor's|bachelor|"
    r"doctoral|degree|undergraduate|postgraduate|graduate school|summer school|exchange) (?:[\w-]+ ){0,3}"
    r"(?:program|programme|course|degree|studies|entry|intake|admissions?|semester|class)\b",
    r"\b(?:admissions? (?:committee|office|decision|interview|team|tutors?|portal)|offer of admission|"
    r"(?:offer|offered) (?:you )?(?:a place|admission)|admitted to|enrol(?:l)?ment|tuition|matriculat\w+|"
    r"class of 20\d\d|erasmus|study place|school place|nursery place|childcare place|kindergarten)\b",
    # Schools that only teach: "Thank You for Applying to <City> College of Continuing Education".
    r"\b(?:(?:continuing|adult|further) education|community college|business school|law school|"
    r"medical school|language school|graduate school|grad school|coding school)\b",
    # Funding and awards.
    r"\b(?:scholarships?|financial aid|bursar(?:y|ies)|grant (?:application|proposal|scheme)|"
    r"research proposal|(?:your|the) proposal (?:was|has been|is)|"
    r"(?:recommended|selected|approved|shortlisted) for funding|funding (?:decision|call|scheme|panel)|"
    r"(?:not )?to fund your (?:proposal|project|research|application)|"
    r"(?:award|fellowship) (?:scheme|committee)|stipend of)\b",
    # Papers and talks.
    r"\b(?:(?:your|the) (?:paper|manuscript|abstract|poster)|your talk|camera-ready|call for (?:papers|"
    r"proposals|speakers)|program(?:me)? committee|peer review|reviewers'? comments|(?:talk|session|paper|"
    r"cfp) proposals?)\b",
    # Startups: accelerators' batches and programmes.
    r"\b(?:accelerator|incubator|this batch|next batch|demo day|founders? program(?:me)?)\b",
    # Homes (a landlord employer's own tenants and their panel, "our tenants", and software's
    # "multi-tenant" are none of the reader's).
    r"\b(?:rental|tenancy|(?<!our )(?<!multi-)tenant(?!s? (?:scrutiny|panel|engagement|involvement|voice|"
    r"satisfaction)\b)|landlord|lease|holding deposit|move-in date|housing register|"
    r"purchase application|subject to contract|(?:a|the) viewing|(?:vendor|seller) (?:has )?accepted your "
    r"offer)\b",
    r"\b(?:the|our|your) (?:flat|apartment|property) (?:at|on|in)\b",
    r"\bin our (?:flat|apartment|house)\b",
    # Credit, insurance, papers to travel or stay.
    r"\b(?:(?:loan|mortgage|credit card|card|overdraft|insurance|visa|passport|permit|membership) "
    r"(?:application|applicant|offer|decision|interview|appointment|adviser|advisor)s?|personal loan|"
    r"your (?:loan|mortgage|claim|policy)|credit limit|claim (?:number|reference)|residence permit|"
    r"travel authori[sz]ation|embassy|consulate|biometrics)\b",
    # An employee's requests: "your time off request".
    r"\b(?:time off|time-off|leave|vacation|pto|holiday|absence) requests?\b",
    # Licences and certifications, studies one takes part in, programmes for experts and mentees.
    r"\b(?:licen[cs]e application|application for an? (?:[\w-]+ ){0,2}licen[cs]e|applying to participate|"
    r"research study|(?:mentorship|mentoring|experts) program(?:me)?)\b",
    # Memberships, waitlists, adoptions, places at events, volunteering.
    # Selling or letting through a marketplace: "Thanks for applying to host on Airbnb".
    r"\b(?:applying to (?:host|sell|list)|your listing|host application)\b",
    # Buying: the reader's offer, accepted or not, on a house, a sofa, tickets.
    r"\b(?:your offer (?:was|has been) (?:accepted|declined|rejected)|presale|pre-sale)\b",
    # An address applied for: "Your application for 2210 Park Ave #4 was submitted".
    r"\b(?:application (?:for|to)|applied (?:for|to)) \d+ (?:[\w.-]+ ){1,3}(?:st|street|ave|avenue|rd|road|"
    r"blvd|boulevard|lane|ln|dr|drive|way|ct|court|pl|place|apt|unit)\b",
    r"\binterest in (?:volunteering|adopting|fostering)\b",
    # Startups' programmes: "a spot in the Winter 2027 batch", "interview for the S27 batch".
    r"\b(?:(?:winter|summer|spring|fall|autumn) (?:20\d\d )?batch|(?:the|our|yc) [wsfx]\d\d batch|"
    r"yc [wsfx]\d\d|y combinator|techstars|startup school|fellows program(?:me)?|"
    r"(?<!postdoctoral )(?<!research )(?<!teaching )(?<!clinical )fellowships?|investment team|pre-seed|"
    r"your (?:startup|cofounder|co-founder))\b",
    r"\b(?:pitch (?:application|competition|event|night|day)|to pitch at|pitch in front of|the judges)\b",
    r"\b(?:membership|early access|private beta|beta access|waitlist|wait list|to adopt|adoption|rehoming|"
    r"hackathon|your ticket|domain (?:transfer|name)|to volunteer|volunteer (?:application|programme|program|"
    r"trip|placement|orientation))\b",
]

# Work-finding mail that no employer's hiring process is behind: a gig marketplace's proposals, sign-ups
# and contracts, an unemployment office's appointments, duties and training, a job board's figures about
# one's CV and applications. It says "jobs", "interview", "background check" and "CV" too.
NO_HIRING_PROCESS = [
    # Gig marketplaces: proposals and bids, the client's choice of another freelancer, sign-ups to drive.
    r"\b(?:your proposal (?:was|has been) (?:declined|archived|accepted|withdrawn|viewed|shortlisted)|"
    r"(?:declined|accepted|archived|viewed|shortlisted) your proposal|submit(?:ted)? a proposal|"
    r"(?:hired|chose|selected|picked) another (?:freelancer|seller|tasker)|buyer request|fixed[- ]price)\b",
    r"\b(?:sign(?:ing|ed)? up|apply|applying|applied|application) to (?:drive|ride|deliver|dash|shop|task)\b",
    r"\b(?:drive|ride|deliver) with (?:uber|lyft|deliveroo|doordash|bolt|wolt|glovo|just eat)\b",
    r"\b(?:driver app|dasher|tasker (?:registration|profile)|courier partner|delivery partner|rider hub|"
    r"start earning|(?:become|be) an? (?:[\w-]+ ){0,2}(?:shopper|dasher|tasker|courier|rider)|"
    r"(?:start )?claiming orders|delivery blocks?)\b",
    # Unemployment offices: the claimant's appointments, duties and training.
    r"\b(?:work coach|universal credit|jobseeker's allowance|jobcentre|reemployment services|"
    r"employment advis[eo]r|employability (?:coach|programme|program|course|workshop)|"
    r"work search (?:interview|requirements?|activities|log)|claimant commitment|wioa-funded|"
    r"unemployment (?:benefits|claim|insurance))\b",
    # A job board's figures about the reader's CV and applications: "your CV was downloaded by 3 employers".
    r"\b(?:your (?:cv|resume|profile) (?:was|has been) (?:downloaded|viewed) (?:by )?\d+|"
    r"applied to \d+ (?:jobs|roles|positions)|(?:viewed|reviewed|opened) \d+ of your applications|"
    r"(?:you have|you've got) \d+ (?:active |open )?applications|applications like yours|"
    r"(?:was|were|been) viewed \d+ times|viewed your applications \d+ times)\b",
]

# A board's figures about the reader's profile, counted strangers at it either way round: "Your CV appeared
# in 23 recruiter searches", "8 companies checked out your profile" (an employer's "your CV" counts nobody).
# No employer's process is behind the step such mail promises ("3x more interview invitations").
PROFILE_FIGURES = [
    r"\byour (?:cv|resume|profile)\b[^.\n]{0,40}\b\d+ (?:recruiter|employer|compan|people|person|search|"
    r"time|view|hiring manager)\w*|\b(?<=\d )(?:recruiters?|employers?|companies|people|hiring managers)\b"
    r"[^.\n]{0,30}\byour (?:cv|resume|profile)\b",
]

# Writing to job seekers at large, about applications in general: a coach's or a newsletter's advice on
# what to do after a rejection, business news about rescinded offers. It quotes rejections and offers;
# no application of the reader's is behind it.
JOB_ADVICE = [
    r"\b(?:job ?seekers|new grads|graduates) (?:can|should|who)\b",
    r"\b(?:how|what) (?:job ?seekers|new grads|graduates|candidates|applicants) (?:can|should)\b",
    r"\b(?:candidates|applicants|graduates) who (?:received|got) (?:offers?|offer letters|rejections?)\b",
    r"\b(?:after|handle|handling|bounce back from|deal with|dealing with) (?:a|every) rejection\b",
    r"\b(?:this|each|every) week,? we (?:look at|explain|cover|share|answer)\b|\bin this (?:issue|edition)\b",
    r"\b(?:dear|hi) readers\b|\b(?:the|today's|our) (?:hiring|job|labou?r) market\b",
    # Salary reports and job seekers' events: "our 2027 salary guide", "meet 30 employers at our career fair".
    r"\bsalary (?:report|guide|survey|study|benchmark)s?\b|\b(?:career|job|jobs|hiring) (?:fair|expo)s?\b",
    r"\b(?:interview|cv|resume|negotiation) (?:workshop|clinic|masterclass)s?\b",
    # A university's careers service: its advisers and drop-ins are for every student.
    r"\bcareers? (?:service|centre|center|adviser|advisor)s?\b|\bdrop-in (?:cv|careers?)\b",
    r"\bhow to (?:stand out|prepare for (?:an?|the|your) (?:\w+ )?interview|"
    r"answer (?:the )?(?:\w+ )?interview)\b",
    # A listicle: "10 interview questions you should always ask", "5 mistakes that cost you the offer".
    r"\b(?:\d+|five|seven|ten) (?:\w+ )?(?:mistakes|tips|questions|ways|secrets) (?:to|that|you|for|every)\b",
    # How to write one's papers, to readers at large: "how to make your application stand out", "tips for
    # a cover letter that gets read" (not a portal's "how to track your application").
    r"\b(?:how to|tips (?:to|for|on)|ways to) (?:make|write|tailor|craft|polish|improve|strengthen|perfect|"
    r"structure|get) (?:\w+ ){0,2}?(?:your|a|an) (?:\w+ )?(?:application|cv|resume|résumé|cover letter|"
    r"covering letter)s?\b",
]
# Someone pointing the reader to a job: a friend's tip, the reader's own note to a friend ("I thought of
# you", "are you going to apply?"): it names a job and even "your application", but nobody's hiring step.
JOB_TIP = [
    r"\b(?:i|we) thought of you\b|\byou(?:'d| would) be (?:perfect|great) for (?:it|this|that)\b",
    r"\b(?:are|were) you (?:going|planning) to apply\b|\b(?:did|have) you (?:applied|sent (?:them )?your)\b",
]
# The reader writing as the applicant, in mail they sent: their application ("Please find attached my
# CV") or their answer to an invitation ("Thank you for the invitation, I confirm my attendance").
APPLICANT_VOICE = [
    r"\bi(?: am|'m) writing to (?:apply|submit my application|express my interest in the)\b",
    r"\bi(?: would|'d) like to (?:apply|submit my application|put myself forward) for\b|"
    r"\bi wish to apply for\b",
    r"\b(?:please find (?:attached|enclosed)|i(?: have|'ve) attached|attached (?:is|are)) my "
    r"(?:cv|resume|résumé|application|cover letter)\b",
    r"\bthank you for the invitation\b|\bi (?:hereby )?confirm my (?:attendance|availability)\b|"
    rf"\bi(?: am|'m) available (?:on )?(?:{one_of(ENGLISH[:5])}|tomorrow|this week|next week)\b",
    # Following up on one's own application; thanking the interviewer ("... to meet with us" is theirs).
    r"\bfollow(?:ing)? up on my (?:\w+ )?application\b|"
    r"\bcheck(?:ing)? in on (?:the status of )?my application\b|"
    r"\bthank you for taking the time to (?:meet|speak|talk) (?:with|to) me\b",
    r"\bmy (?:cv|resume|résumé|cover letter) is attached\b|\b(?:would|i'd) love to be considered for\b|"
    # Taking a slot offered: "Thursday at 2pm works for me", "I'm free Wednesday afternoon".
    r"\b(?:that|(?:mon|tues|wednes|thurs|fri)day(?: at [\w:.]+)?) (?:works|suits) (?:for )?me\b|"
    r"\bi(?:'m| am) free (?:on )?(?:mon|tues|wednes|thurs|fri)day\b|"
    r"\bi(?:'d| would) be (?:glad|happy|delighted) to (?:come in|attend|meet (?:you|with you))\b|"
    # One's own application named by its writer (a portal's "My Applications" is plural or a place).
    r"\bmy (?:recent |earlier )?application (?:for|to|as|at|with|which|that|submitted|sent)\b|"
    r"\b(?:move|reschedule|postpone|cancel) my interview\b|\bmy interview (?:on|with|for|at|slot|tomorrow)\b|"
    r"\bi(?: am|'m) (?:delighted|happy|pleased|thrilled|excited) to accept\b|\bi (?:hereby |gladly )?accept "
    r"(?:your|the) (?:kind )?offer\b",
]
SURVEY = [
    # A survey's own words: the recommendation score it asks, its answers touching no application.
    r"\bhow likely (?:are you|is it that you(?:'d| would)?) (?:to )?recommend\b|"
    r"\b(?:will|do|does|would) not (?:affect|influence|impact) (?:your application|the outcome|"
    r"your candidacy)\b|"
    r"\bha(?:ve|s) no (?:effect|influence|impact|bearing) on your application\b",
    r"\b(?:survey|questionnaire about your experience)\b",
    r"\b(?:feedback|rate|tell us) (?:about |on )?(?:your |the |our )?(?:candidate |interview |application |"
    r"recruiting |hiring )(?:experience|process)",
    r"\bhow (?:was|did) your (?:\w+ )?(?:interview|experience|application process)",
    r"\bhow did you (?:find|experience) (?:our|the) (?:recruitment|application|hiring|interview) process\b",
    r"\b(?:candidate|application|applicant) experience\b",
    # Review sites: "share your interview experience at Acme", "tell us about your interview at Acme".
    r"\b(?:share|review|rate) your (?:\w+ )?(?:interview|candidate|application) experience\b",
    r"\btell us about your (?:\w+ )?interview\b",
]

# Subject lines: a compact vocabulary of their own.
SUBJECT_APPLICATION = [
    r"\b(?:update|news|status|follow[- ]?up|regarding|re) (?:on|of|about|regarding|for)? ?(?:your |the |"
    r"my )?(?:\w+ ){0,3}(?:role|position|candidacy|candidature|opening|req)\b",
    r"\bapplication\b",
    r"\bapplying\b",
    r"\b(?<!like you )(?<!who )applied\b",  # not "people like you applied to these jobs"
    r"\bcandidacy\b",
    r"\bthank(?:s| you) for your interest\b",
    r"\binterview\b(?! (?:scheduler|training|tips|guide|questions)\b)",
    r"\bnext steps? (?:for|in|with|regarding|on)\b",
    r"\boffer letter\b",
    r"\bjob offer\b",
    r"\b(?<!self-)assessment\b",  # a self-assessment is an employee's performance review
    # A requisition code or Workday's "(Open)" tag beside a role: mail about one job one applied to.
    r"\b(?:r|req|jr|rc)-?\d{5,}\b",
    r"\bopen\)",
    r"\bjob id\b",
    # "Connecting with Acme - Systems Engineer": a recruiter opening the process of a role (not "with you").
    r"\bconnecting with (?!you\b|your\b)\w[^-|:]{0,40} [-|:] \w",
]
# A person's subject proposing a role (recruiters and agencies): read only when the mail has no body.
SUBJECT_OUTREACH = [
    r"\b(?:opportunity|opening|requirement|position|role) for an? ",
    r"\binterview opportunity\b",
    r"\bcontract\b",
    r"\bas discussed\b",
    r"\b(?:immediate|urgent) (?:need|requirement|hire|opening)",
    r"\bhiring (?:for|now)\b",
    r"\b(?:w2|c2c|1099)\b",
    r"\brelocation\b",
]
SUBJECT_ALERT = [
    # A board's tag and its saved search's mailbox: "X role at Y: Actively recruiting", "Your job agent",
    # "1 new job at Y", "New Job Opportunities".
    r"\bactively recruiting\b|\bjob agent\b|\b\d+\+? new job\b",
    r"\bnew job (?:opportunities|openings|postings)\b",
    r"\b(?:invited to apply|(?:great|good|strong) (?:fit|match) for)\b",
    r"\bjob alert\b",
    r"\b(?:is|are|we're) hiring\b",
    r"\b(?:weekly|daily|new) (?:job )?matches\b",
    r"\bjobs? (?:for you|you may|you might|that match|matching|near you|in )",
    r"\b\d+\+? (?:new )?(?:jobs|positions|openings|opportunities|roles)\b",
    r"\bnew (?:jobs|positions|openings|opportunities|roles)\b",
    r"\b(?:recommended|suggested|top|similar) (?:jobs|positions|roles|picks)\b",
    r"\b(?:jobs|roles|positions|openings) (?:similar to|like)\b",
    r"\bjob (?:recommendations?|matches|picks|digest)\b",
    r"\bsaved search\b",
    r"\bapply now\b",
    r"\bstill (?:hiring|accepting applications)\b",
    r"\b(?:role|job|position|opportunity) (?:you might|you may|for you)\b",
    # "“data engineer”: Acme - Data Engineer and more": a saved search's name, then its first hits.
    r"\band (?:\d+\+? )?more(?: (?:jobs|roles|positions|openings))?$",
]

# Text addressed to a language model rather than to the reader (prompt injection): removed before
# any rule reads the email.
INJECTION = [
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,60}\b(?:instructions?|prompts?|rules|guidelines|"
    r"everything)\b",
    r"\b(?:system|developer) (?:prompt|message|instruction|override)\b",
    r"\b(?:classify|categori[sz]e|label|mark|treat|tag|record|flag|report)\b[^.\n]{0,40}\b(?:this|"
    r"the) (?:email|message|mail|e-mail)\b",
    r"\b(?:ai|llm|gpt|language model|extractor|parser|bot|model)s?\b[^.\n]{0,60}\b(?:must|should|shall|"
    r"needs? to|is required to|instructed)\b",
    r"\b(?:kind|status|company|job_title)\b[\"']?\s*(?:=|:\s*[\"'])",
    r"\b(?:respond|reply|answer|output)\b[^.\n]{0,30}\b(?:json|only with|exactly)\b",
    r"\b(?:classify|categori[sz]e|label|mark|treat|tag|record)(?: (?:it|this|that|"
    r"me))? as (?:an? )?(?:application|job alert|job_alert|offer|interview|rejected|rejection|recruiter|"
    r"other|assessment)\b",
    r"\bset (?:the )?(?:kind|status|company|job title|job_title|confidence) (?:to|=)",
    r"\byou are (?:now )?(?:an? |the )?(?:ai|assistant|language model|classifier|extractor)\b",
]
