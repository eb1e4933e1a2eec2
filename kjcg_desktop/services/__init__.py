"""Use cases with no Qt: backup, integrity check, demo data, tag recomputation, and more."""
