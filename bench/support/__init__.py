"""What the benchmarks share. These modules are not benchmarks: ``make bench`` runs
``bench/*.py`` only."""
