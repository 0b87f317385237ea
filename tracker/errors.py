"""Domain errors. functions/http.py maps each to an HTTP problem; nothing here knows HTTP."""


class TrackerError(Exception):
    """Base of the errors a caller can act on."""


class NotFound(TrackerError):
    """The thing asked for does not exist for this user."""


class InvalidInput(TrackerError):
    """A request's content breaks a rule; the message says which."""


class Conflict(TrackerError):
    """The request can't be done in the current state (e.g. no sheet connected)."""


class TooSoon(TrackerError):
    """Asked again sooner than allowed (a fetch right after the last one); may try in `retry_after` s."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class GrantRevoked(TrackerError):
    """The user's Google grant was revoked or expired: they must reconnect."""


class AccountDeleted(TrackerError):
    """The user deleted their account (or is deleting it): nothing may be written for them again."""


class HistoryExpired(TrackerError):
    """Gmail no longer has history since the stored historyId: fall back to a date query."""


class TransientFailure(TrackerError):
    """An outside service failed in a way a retry can fix."""


class SheetChanged(TransientFailure):
    """The sheet no longer has the tab we write to (renamed or deleted): prepare it again and retry."""
