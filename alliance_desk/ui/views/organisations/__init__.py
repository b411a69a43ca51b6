"""The Organisations page: our organisation, partners and prospects."""
