"""What every capability stands on: storage, settings, time, errors, callers, validation,
shared answers, live announcements and metrics."""
