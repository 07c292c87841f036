"""The jobs and everything they call: detection, turn tracking, notes, helpdesk clients."""
