"""The PySide6 front: windows, dialogs and item models over the services.

This is the only package that imports Qt. Widgets call services and never open a
database session themselves; ``quizbuilder.app`` builds them and passes what they need.
"""
