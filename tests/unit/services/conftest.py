"""The services tests run once per backend (tests/backends.py)."""

from tests.backends import db  # noqa: F401  (the fixture, for the tests of this folder)
