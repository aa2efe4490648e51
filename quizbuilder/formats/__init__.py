"""Readers and writers of files: content documents, and later GIFT, Moodle XML, responses."""
