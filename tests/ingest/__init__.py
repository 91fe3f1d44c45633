"""Tests of claimcheck.ingest (a package so its helpers import without clashing)."""
