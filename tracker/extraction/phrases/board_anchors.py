"""Where a job board or a staffing agency names the employer and the post in its own voice.

A board speaks of the employer in the third person and names it once ("the Java Developer position
advertised by X", "the recruiter for Analyst at X", "X has sent you a message"); its own name is in
the display name and the footer. Same conventions as anchors.py, which appends these.
"""

# The employer's name begins right after these.
EMPLOYER_AFTER: list[tuple[str, float]] = [
    # "the Java Developer position advertised by Entelect", "a job posted by Acme on the board".
    (
        r"\b(?:position|role|job|vacancy|post|opening|advert|ad) (?:advertised|posted|listed|published) by ",
        3.0,
    ),
    # "The recruiter for Financial Analyst at Old Mutual has updated the status of your application".
    (r"\b(?:the )?(?:recruiter|employer|advertiser|hiring manager) for (?:the )?[^\n.!?;@]{2,80}? at ", 3.0),
    # "the position of Project Engineer with Al Futtaim Engineering" (as anchors.py's "... of X at").
    (r"\bthe (?:post|position|role|vacancy) of [^\n.!?;@]{2,80}? with ", 2.5),
    # "Your application has been shortlisted by Mu Sigma": the employer's step, told by the board.
    (
        r"\b(?:application|cv|resume|profile)(?: for [^\n.!?;@]{2,80}?)? (?:was|has been) "
        r"(?:shortlisted|short-listed|selected) by ",
        3.0,
    ),
    # "Your CV has been forwarded to the employer Etisalat": the board names whom it handed the CV to.
    (r"\b(?:sent|forwarded|submitted|delivered|shared) (?:to|with) the (?:employer|hiring company),? ", 4.0),
]

# The employer's name ends right before these.
EMPLOYER_BEFORE: list[tuple[str, float]] = [
    # A board passing on the employer's word: "Foodpanda has sent you a message about your application".
    (r"\b(?:has )?sent you a (?:new )?(?:message|reply|note)\b", 2.5),
]

# Titles: (pattern, weight, needs a role word, needs a capitalised word right after the match).
TITLES: list[tuple[str, float, bool, bool]] = [
    # "We've sent your application for Network Engineer to Safaricom": the post, then where it went.
    (
        r"\b(?:sent|forwarded|submitted|delivered|passed on|shared) your (?:application|cv|resume|profile) "
        r"for (?:the )?(?P<t>[^\n.!?;]{2,80}?) (?:to|with) ",
        2.5,
        True,
        True,
    ),
    # "Pick n Pay has shortlisted you for Cashier", "forwarded to the employer X for the vacancy Driver".
    (
        r"\b(?:(?:shortlisted|short-listed|selected) you for|for the (?:vacancy|post)) (?:the )?"
        r"(?!(?:of|as|at|with|you|that|which|has|is|was|for|in)\b)(?P<t>[^\n.!?;]{2,80}?)"
        r"(?=\s*[.!;]|\s+(?:at|with|in|position|role|vacancy)\b|,\s|[ \t]*(?:\n|$))",
        2.5,
        True,
        False,
    ),
]
