"""Cross-feature tests: channels, outbox, teams and submissions together."""
