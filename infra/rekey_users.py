"""Re-key users' stored applications under today's matching keys (tracker/rekeying.py), as an operator.

    GOOGLE_CLOUD_PROJECT=P python -m infra.rekey_users --user UID [--user UID ...]
    GOOGLE_CLOUD_PROJECT=P python -m infra.rekey_users --all [--force]

Each user's fetch does this by itself when their records are keyed by an older version; the command
is for doing it now. `--user` re-keys those users whatever their version; `--all` every user keyed by an
older version (with `--force`, every user). Safe while the functions run and when run again (a re-key
changes nothing the second time). One line per user re-keyed, ids and counts only. Exit status 0 when
every user asked for is re-keyed, 1 when some user is unknown, failed or kept records that changed
meanwhile (run it again), 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from tracker.ports import AccountStore
from tracker.rekeying import KEY_VERSION, Rekeying

PAGE = 500


def all_user_ids(accounts: AccountStore) -> Iterator[str]:
    after = ""
    while page := accounts.user_ids(after=after, limit=PAGE):
        yield from page
        after = page[-1]


def rekey_users(rekeying: Rekeying, user_ids: list[str] | None, force: bool, out=sys.stdout) -> int:
    """Re-key the given users (None: every user, only those keyed by an older version unless `force`);
    the exit status."""
    failed = done = current = 0
    for user_id in user_ids if user_ids is not None else all_user_ids(rekeying.accounts):
        if user_ids is not None and rekeying.accounts.get_user(user_id) is None:
            print(f"user {user_id}: no such user", file=out)
            failed += 1
            continue
        if user_ids is None and not force and rekeying.applications.key_version(user_id) >= KEY_VERSION:
            current += 1
            continue
        try:
            report = rekeying.rekey_user(user_id)
        except Exception as error:  # one user's failure must not stop the others
            print(f"user {user_id}: failed: {type(error).__name__}: {error}", file=out)
            failed += 1
            continue
        print(report.summary(), file=out)
        done += 1
        failed += bool(report.left_stale)
    print(
        f"re-keyed {done} users to key version {KEY_VERSION}"
        + (f", {current} already current" if current else "")
        + (f"; {failed} not done: run it again for them" if failed else ""),
        file=out,
    )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m infra.rekey_users", description=__doc__.split("\n")[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--user", action="append", metavar="UID", help="a user to re-key (repeatable)")
    which.add_argument("--all", action="store_true", help="every user keyed by an older version")
    parser.add_argument("--force", action="store_true", help="with --all: every user, whatever their version")
    args = parser.parse_args(argv)
    if args.force and not args.all:
        parser.error("--force goes with --all (--user re-keys whatever the version)")

    from infra.bootstrap import default_services
    from infra.logging import configure_logging

    configure_logging()
    raise SystemExit(rekey_users(default_services().rekeying, args.user, args.force))


if __name__ == "__main__":
    main()
