"""Re-encrypt every stored refresh token under the key ring's first key (the rotation's third step).

    TOKEN_ENCRYPTION_KEY=sm://projects/P/secrets/token-encryption-key/versions/N \
    GOOGLE_CLOUD_PROJECT=P python -m infra.token_rotation

Each user's document is rewritten only if it is unchanged since it was read (a sign-in meanwhile
wrote a token under the new key already), so it is safe while the functions run. Run it again until
it reports nothing left; then the old key can be retired. Logs ids and counts only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from google.api_core import exceptions as google_exceptions
from google.cloud import firestore

from infra.token_cipher import TokenCipher

log = logging.getLogger(__name__)


@dataclass
class RotationReport:
    reencrypted: int = 0
    current: int = 0
    changed_meanwhile: int = 0
    unreadable: int = 0

    @property
    def done(self) -> bool:
        return self.changed_meanwhile == 0 and self.unreadable == 0


def reencrypt_refresh_tokens(client: firestore.Client, cipher: TokenCipher) -> RotationReport:
    report = RotationReport()
    users = client.collection("users").select(["refresh_token"]).stream()
    for snapshot in users:
        token = (snapshot.to_dict() or {}).get("refresh_token")
        if not token or cipher.is_current(token):
            report.current += 1
            continue
        try:
            sealed = cipher.reencrypt(token, snapshot.id)
        except ValueError:
            log.error("user %s: refresh token does not decrypt with any key of the ring", snapshot.id)
            report.unreadable += 1
            continue
        try:
            snapshot.reference.update(
                {"refresh_token": sealed}, option=client.write_option(last_update_time=snapshot.update_time)
            )
            report.reencrypted += 1
        except (google_exceptions.FailedPrecondition, google_exceptions.Aborted):
            report.changed_meanwhile += 1
    return report


def main() -> None:
    from infra.logging import configure_logging
    from infra.secrets import with_secrets_resolved
    from infra.settings import Settings

    configure_logging()
    settings = with_secrets_resolved(Settings.from_env())
    report = reencrypt_refresh_tokens(
        firestore.Client(project=settings.project_id), TokenCipher(settings.token_encryption_key)
    )
    log.info("token rotation: %s", report)
    raise SystemExit(0 if report.done else 1)


if __name__ == "__main__":
    main()
