"""Receives helpdesk webhooks: verifies, normalises, deduplicates and enqueues. Never calls a helpdesk API."""
