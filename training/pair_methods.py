"""Pair methods of Stage 2: what distinguishes SPFT-SQL from SPIN (and any later DPO-style baseline),
as one object each, chosen by stage name. The self-play loop (training/selfplay.py) asks its method:

- `choose(model_base, start, previous)`: the (main, opponent) checkpoints of an iteration;
- `temperature(sp)`: the opponent's sampling temperature;
- `reward(correct)`: R of a sample from its verdict (1 = wrong, pushed down; 0 = right, left alone);
- `reference(sp, main, opponent)`: which model is the frozen reference;
- `losses(...)`: the per-pair loss from policy and reference log-probs;
- `skips_right_samples`: whether a sample judged right is left out of the forward passes (its R = 0
  zeroes its term);
- `describe(sp)`: one line for `spft-sql train --dry-run`.

    >>> PAIR_METHODS["spin"].reward(correct=True), PAIR_METHODS["selfplay"].reward(correct=True)
    (1, 0)
"""

from __future__ import annotations

import dataclasses
from typing import Any

__all__ = ["PairMethod", "SpftSql", "Spin", "PAIR_METHODS"]


@dataclasses.dataclass(frozen=True)
class PairMethod:
    name: str
    # Whether the loss never reads a sample judged right (R = 0): then it is neither scored nor trained on.
    skips_right_samples: bool = False

    def choose(self, model_base, start: str, previous: str | None) -> tuple[str, str]:
        raise NotImplementedError

    def temperature(self, sp) -> float:
        return sp.temperature

    def reward(self, correct: bool) -> int:
        raise NotImplementedError

    def reference(self, sp, main: str, opponent: str) -> str:
        return opponent if sp.reference == "opponent" else main

    def losses(self, chosen, rejected, ref_chosen, ref_rejected, reward, beta: float, variant: str) -> Any:
        raise NotImplementedError

    def describe(self, sp) -> str:
        raise NotImplementedError


@dataclasses.dataclass(frozen=True)
class SpftSql(PairMethod):
    """SPFT-SQL: the best of the model base plays the weakest; only wrong samples are pushed down."""

    name: str = "selfplay"
    skips_right_samples: bool = True  # both readings of the loss multiply the sample's term by R

    def choose(self, model_base, start: str, previous: str | None) -> tuple[str, str]:
        best, weakest = model_base.best(), model_base.weakest()
        return (best["path"] if best else start), (weakest["path"] if weakest else start)

    def reward(self, correct: bool) -> int:
        return 0 if correct else 1

    def losses(self, chosen, rejected, ref_chosen, ref_rejected, reward, beta: float, variant: str):
        from training.losses import spft_loss

        return spft_loss(chosen, rejected, ref_chosen, ref_rejected, reward, beta, variant)

    def describe(self, sp) -> str:
        return (f"main = best of the base, opponent = weakest, re-chosen each iteration, temperature "
                f"{sp.temperature:g}, loss reading {sp.variant}, reference = {sp.reference}")


@dataclasses.dataclass(frozen=True)
class Spin(PairMethod):
    """SPIN: the previous iterate plays itself at temperature 1.0 and every sample counts as wrong."""

    name: str = "spin"

    def choose(self, model_base, start: str, previous: str | None) -> tuple[str, str]:
        best = model_base.best()
        main = previous or (best["path"] if best else start)
        return main, main

    def temperature(self, sp) -> float:
        return 1.0

    def reward(self, correct: bool) -> int:
        return 1

    def reference(self, sp, main: str, opponent: str) -> str:
        return opponent

    def losses(self, chosen, rejected, ref_chosen, ref_rejected, reward, beta: float, variant: str):
        from training.losses import spin_loss

        return spin_loss(chosen, rejected, ref_chosen, ref_rejected, beta)

    def describe(self, sp) -> str:
        return ("the previous iterate against itself (the best of the base at first), every sample negative, "
                "temperature 1.0")


PAIR_METHODS: dict[str, PairMethod] = {method.name: method for method in (SpftSql(), Spin())}
