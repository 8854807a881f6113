"""Paired comparison of two models on the same questions: McNemar's exact test and intervals.

At n = 972 a 1-point difference in EX is noise unless a paired test says otherwise: two models that
answer the same questions agree on most of them, and only the discordant questions (right for one,
wrong for the other) carry evidence. `mcnemar(a, b)` takes per-question correctness of the two models
(aligned lists of bools) and returns the discordant counts, the exact two-sided p-value (binomial on
the discordant questions, p = 0.5), and the difference in EX with a 95% interval.

>>> r = mcnemar([True] * 60 + [False] * 40, [True] * 50 + [False] * 50)
>>> (r.a_only, r.b_only, round(r.p_value, 4), round(r.difference, 2))
(10, 0, 0.002, 0.1)
>>> [round(x, 3) for x in wilson(50, 100)]
[0.404, 0.596]
"""

from __future__ import annotations

import dataclasses
import math
from typing import Sequence

__all__ = ["Paired", "mcnemar", "wilson"]

Z95 = 1.959963984540054


@dataclasses.dataclass(frozen=True)
class Paired:
    n: int
    a_only: int       # questions model A gets right and B wrong
    b_only: int       # the reverse
    p_value: float    # exact two-sided McNemar
    difference: float  # EX(A) - EX(B)
    low: float        # its 95% interval (Wald, with McNemar's variance of paired proportions)
    high: float


def mcnemar(a: Sequence[bool], b: Sequence[bool]) -> Paired:
    if len(a) != len(b):
        raise ValueError(f"paired answers must be aligned: {len(a)} vs {len(b)}")
    n = len(a)
    a_only = sum(1 for x, y in zip(a, b) if x and not y)
    b_only = sum(1 for x, y in zip(a, b) if y and not x)
    discordant = a_only + b_only
    if discordant == 0:
        p = 1.0
    else:
        tail = sum(math.comb(discordant, k) for k in range(min(a_only, b_only) + 1)) / 2 ** discordant
        p = min(1.0, 2 * tail)
    diff = (a_only - b_only) / n if n else 0.0
    se = math.sqrt(max(0.0, discordant - (a_only - b_only) ** 2 / n)) / n if n else 0.0
    return Paired(n, a_only, b_only, p, diff, diff - Z95 * se, diff + Z95 * se)


def wilson(correct: int, n: int) -> tuple[float, float]:
    """95% Wilson interval of a proportion correct / n."""
    if n == 0:
        return 0.0, 1.0
    p = correct / n
    centre = (p + Z95 ** 2 / (2 * n)) / (1 + Z95 ** 2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95 ** 2 / (4 * n * n)) / (1 + Z95 ** 2 / n)
    return centre - half, centre + half
