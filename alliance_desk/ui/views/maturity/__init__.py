"""The Maturity page: both organisations' maturity assessments."""
