"""The merged calendar: sessions derived from their postings, and reading them."""
