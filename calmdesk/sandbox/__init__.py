"""Stand-in helpdesks: local HTTP servers speaking Zendesk's and Freshdesk's wire formats, for tests and the demo."""
