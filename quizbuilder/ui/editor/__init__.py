"""The item editor (issue 4): ``ItemEditor`` and the ``EditorWindow`` holding it."""
