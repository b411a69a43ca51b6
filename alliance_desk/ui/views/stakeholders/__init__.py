"""The Stakeholders page: both organisations' maps, the grid, counterparts and dialogs."""
