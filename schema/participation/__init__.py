"""Enterprises taking part: registrations, evaluations and complaints, as GraphQL."""
