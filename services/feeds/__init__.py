"""Calendar feeds: the ICS writer, and feeds rendered once per change and reused."""
