"""A coordinator's decisions about sessions, which automatic matching never undoes."""
