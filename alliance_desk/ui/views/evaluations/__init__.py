"""The Evaluations page: health checks of both sides, perception gaps, pulse checks."""
