"""Telling departments (and, later, enterprises) what happened, where they already read.

A change writes its notifications into an outbox in its own transaction (``outbox``), one
delivery per webhook that asked for that event; a background ``worker`` sends them
(``delivery``) in the webhook's ``formats`` (signed JSON, WeCom or DingTalk robot
messages, ``signing``) and tries again with back-off until the receiver takes them.
"""
