"""A local fake of Google OAuth, Gmail API v1 and Sheets API v4, speaking their REST wire formats.

Start it in tests with `serve_in_thread(create_app())`, or as a process with
`python -m devstack.fake_google --port N`; arrange and inspect it with `client.FakeGoogleControl`.
"""

from devstack.fake_google.app import create_app

__all__ = ["create_app"]
