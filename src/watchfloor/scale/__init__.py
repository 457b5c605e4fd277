"""Stage: scale."""
