"""/notifications/: what changed since the user last looked (tracker/notifications.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from functions.api_users import current_user
from tracker.accounts import UserAccount
from tracker.notifications import Notification, notifications, unread_count

if TYPE_CHECKING:
    from functions.api import ApiContext


def user_notifications(ctx: ApiContext, user: UserAccount) -> list[Notification]:
    store = ctx.services.applications
    return notifications(
        store.list_applications(user.user_id),
        store.timelines(user.user_id),
        ctx.services.now(),
        user.settings.ghosting_days,
    )


def list_notifications(ctx: ApiContext) -> dict:
    """The latest notifications, newest first, each saying whether it is new since the user looked."""
    user = current_user(ctx)
    items = user_notifications(ctx, user)
    seen_at = user.notifications_seen_at
    return {
        "count": len(items),
        "unread": unread_count(items, seen_at),
        "seen_at": seen_at.isoformat() if seen_at else None,
        "results": [item.to_json(seen_at) for item in items],
    }


def mark_read(ctx: ApiContext) -> dict:
    """Everything up to now has been seen."""
    ctx.services.accounts.set_notifications_seen(ctx.user_id, ctx.services.now())
    return {"status": "read", "unread": 0}
