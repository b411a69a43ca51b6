"""Demo workbooks: a small, hand-written portfolio for newcomers and a large one for benchmarks."""
