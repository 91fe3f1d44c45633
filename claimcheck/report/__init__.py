"""Report stage: an Analysis (plus verdicts) -> tables, CSV, JSONL, ClaimReview."""
