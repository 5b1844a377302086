"""Notifications: staff alerts and pushes to residents, delivered from the outbox to the
LINE staff group, e-mail, a signed webhook, or the resident's chat."""
