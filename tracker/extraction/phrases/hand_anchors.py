"""Where a person writing by hand names the organisation they write for: "we at Corvid Robotics", "the team
at Cobalt Ridge", "Bellwether's hiring team", "I'm the practice manager at Ashgrove Dental", "Greg here from
Cobalt Ridge", "thanks for reaching out to Nettlefield Farm". Lowercase patterns, as anchors.py's.
"""

# The employer's name begins right after these.
EMPLOYER_AFTER: list[tuple[str, float]] = [
    # "We at Corvid Robotics were impressed", "all of us at Tern Studio".
    (r"\b(?:we|all of us|those of us)(?: here)? at ", 2.5),
    # "the team at Cobalt Ridge", "we're a small team at X", "I lead the data team at X".
    (r"\bteam (?:here )?(?:at|@) ", 2.0),
    # "I'm the practice manager at Ashgrove Dental", "I'm one of the partners at X", "I am a director of X".
    (
        r"\b(?:i'm|i am|this is \w+,) (?:the|a|an|one of the) (?:[\w-]+ ){0,2}?(?:manager|director|"
        r"partner|owner|lead|coordinator|administrator|founder|co-?founder|recruiter|supervisor)s? "
        r"(?:at|of|for|with) ",
        2.5,
    ),
    # "Greg here from Cobalt Ridge", "I'm Greg from Cobalt Ridge", "this is Jo from Seaview Hotel" (not "I'm
    # writing from", "I'm based at").
    (
        r"\b(?:[a-z]+ here|(?:i'm|i am|this is|it's) (?!writing|emailing|contacting|reaching|calling|getting|"
        r"just|also|here|based|currently|still|now)[a-z]+) from ",
        2.5,
    ),
    # "I'm reaching out from Cobalt Ridge about your application" (not "I'm writing from Leeds": where
    # the writer sits).
    (r"\b(?:i'm|i am|we're|we are) (?:reaching out|contacting you|getting in touch) from ", 2.0),
    # "I work in HR at Cobalt Ridge", "we work for X".
    (r"\b(?:i|we) work (?:in [\w&]+(?: [\w&]+)? )?(?:at|for) ", 2.5),
    # "I manage the kitchen at Olive Grove", "we run the front desk at X".
    (r"\b(?:i|we) (?:manage|run|lead|head up) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:at|@) ", 2.5),
    # "I run a small bookkeeping firm, Ledgerwise, and", "we own a bakery called Crumb & Co".
    (
        r"\b(?:i|we) (?:run|own|manage) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:firm|business|company|shop|"
        r"practice|studio|agency|bakery|cafe|café|salon|restaurant|pub|nursery|clinic|farm)(?: called|,) ",
        2.5,
    ),
    # "I run recruitment for Cobalt Ridge", "I handle the hiring at X", "I look after HR for X".
    (
        r"\b(?:i|we) (?:run|handle|manage|lead|look after|head up|oversee) (?:the )?"
        r"(?:recruitment|recruiting|hiring|talent acquisition|hr|people) (?:for|at) ",
        2.5,
    ),
    # "Thanks for reaching out to Nettlefield Farm about the picker job", "your email about working at X".
    (r"\bthanks?(?: you)? for (?:reaching out|getting in touch|writing) to ", 2.5),
    (r"\babout (?:a job |a role |work(?:ing)? )(?:at|with|for) ", 2.5),
]

# The employer's name ends right before these: "Bellwether's hiring team reviewed your portfolio".
EMPLOYER_BEFORE: list[tuple[str, float]] = [
    (r"['’]s (?:hiring|recruiting|recruitment|talent|people|hr) team\b", 2.5),
    # "Hollins & Myers' hiring team": a name ending in "s" takes the apostrophe alone.
    (r"(?<=s)['’] (?:hiring|recruiting|recruitment|talent|people|hr) team\b", 2.5),
]

# Words that say the writer's workplace, so the mail is about work (kind_rules' job context): "thank you
# for your interest in working with us", "a place on our team", "I'm the founder of X", "we're a small team
# at X". A flat's or a course's application names none of them.
WORKPLACE_WORDS = (
    r"\b(?:work(?:ing)? (?:with|for|at) us|(?:a place|a spot|a role) (?:on|in) (?:our|the) team|"
    r"(?:we|all of us|those of us|everyone|everybody)(?: here)? at|(?:small |whole |our )?team (?:here )?at|"
    r"(?:co-?)?founders? of|(?:i|we) (?:run|own) (?:a|an|the) |"
    r"(?:i|we) work (?:in [\w&]+(?: [\w&]+)? )?(?:at|for)|"
    r"about work(?:ing)? (?:at|for|with))\b"
)
