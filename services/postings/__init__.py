"""The departments' side: departments, their postings, recurring series."""
