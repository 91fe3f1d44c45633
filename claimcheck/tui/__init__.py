"""The review UI (`claimcheck review`): a Textual app over an Analysis and a VerdictStore."""
