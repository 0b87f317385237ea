"""Email reading: raw MIME or loose JSONL fields in, one readable `EmailMessage` out.

Bad input never raises: unknown charsets, broken encodings and garbage bytes degrade to
whatever text can be recovered (possibly an empty body).
"""

from tracker.email_reading.dates import parse_date
from tracker.email_reading.fields import email_from_fields
from tracker.email_reading.mime import parse_raw_email

__all__ = ["email_from_fields", "parse_date", "parse_raw_email"]
