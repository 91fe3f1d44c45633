"""Benchmark scripts: they print figures and are never timed unit tests (docs/performance.md)."""
