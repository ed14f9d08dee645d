"""Co-hosting instead of duplicating: departments join sessions, invite co-hosts, and leave.

``suggestions`` shows a poster the sessions it could join; ``joins`` makes a department's
posting part of a session (or takes it out again); ``invitations`` lets a host ask another
department; ``mine`` lists a department's postings; ``report`` counts what co-hosting saved.
"""
