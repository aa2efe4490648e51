"""Exports rendered from templates: embeds, reports, rules documents, QR codes, images."""
