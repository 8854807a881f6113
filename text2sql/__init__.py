"""spft-sql core: benchmarks, schemas and prompts, safe SQL execution, comparison and EX evaluation.

Knows nothing of Ray or torch, so it is cheap to import in every worker.
"""
