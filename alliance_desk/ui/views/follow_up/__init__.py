"""The Actions & decisions page: actions, decisions and risks, with their dialogs."""
