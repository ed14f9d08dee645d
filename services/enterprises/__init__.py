"""Enterprises: their accounts and their private feeds."""
