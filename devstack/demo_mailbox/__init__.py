"""A generated, labelled job seeker's mailbox for demos and tests (written by us, never copied from data).

    from devstack.demo_mailbox import generate_mailbox, describe
    mailbox = generate_mailbox(seed=7, applications=90)   # ~350 DemoEmail, sorted by date
    mailbox[0].raw, mailbox[0].truth.kind                   # RFC 822 bytes, ground truth

Exports (mbox as Google Takeout writes it, .eml folder, JSONL, truth JSONL) are in `export`;
`python -m devstack.demo_mailbox --help` writes them from the command line.
"""

from devstack.demo_mailbox.generator import generate_mailbox
from devstack.demo_mailbox.model import DEMO_USER_ADDRESS, DEMO_USER_NAME, DemoEmail, EmailTruth
from devstack.demo_mailbox.summary import describe

__all__ = ["DEMO_USER_ADDRESS", "DEMO_USER_NAME", "DemoEmail", "EmailTruth", "describe", "generate_mailbox"]
