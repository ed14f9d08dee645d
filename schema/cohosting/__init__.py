"""Co-hosting: suggestions, joining and leaving sessions, invitations, a department's events."""
