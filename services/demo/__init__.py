"""A sample county to try civical with."""
