"""Departments and their postings: posting, updating and cancelling events."""
