"""Losses for the three training stages: SFT, SPIN and SPFT-SQL (design/METHOD.md, "Stage 2").

Conventions shared by every function here:

- `logits` is the causal LM's output, shape [batch, seq, vocab]; `labels` are the input ids the model
  saw, shape [batch, seq]; `mask` is 1 (or True) where `labels` holds a completion (SQL) token and 0 on
  prompt and padding tokens. `mask` is aligned with `labels`, not with `logits`: the caller marks the
  tokens it wants scored and this module does the one-token shift (see `token_logprobs`).
- Self-play losses take per-sequence log-probabilities (sums over SQL tokens, from
  `sequence_logprobs`) and return one loss per example, unreduced, so the trainer chooses the mean and
  can log per-example values. Reference log-probs are detached here: the reference model is frozen by
  definition, whoever computed its numbers.
- l(t) = log(1 + e^-t) is `softplus(-t)`, which PyTorch evaluates without overflow for any finite t.
"""

from __future__ import annotations

from typing import Callable

import torch
import torch.nn.functional as F
from torch import Tensor

__all__ = ["token_logprobs", "sequence_logprobs", "sft_loss", "spin_loss", "spft_loss", "SPFT_VARIANTS"]


def token_logprobs(logits: Tensor, labels: Tensor, mask: Tensor) -> tuple[Tensor, Tensor]:
    """Log-probability of each scored token, and the matching mask, both of shape [batch, seq - 1].

    A causal LM's logits at position t are its prediction for token t + 1, so token `labels[:, t]` is
    scored by `logits[:, t - 1]`: we pair `logits[:, :-1]` with `labels[:, 1:]` and `mask[:, 1:]`.
    Token 0 has no prediction, hence cannot be a completion token (there is always a prompt before
    the SQL); a mask that marks it is a bug in the caller and raises rather than being dropped quietly.
    Entries where the mask is 0 are exactly 0 in the result, whatever `labels` holds there
    (pad ids, -100).
    """
    if logits.dim() != 3 or labels.shape != logits.shape[:2] or mask.shape != labels.shape:
        raise ValueError(
            f"expected logits [batch, seq, vocab] with labels and mask [batch, seq]; got logits "
            f"{tuple(logits.shape)}, labels {tuple(labels.shape)}, mask {tuple(mask.shape)}"
        )
    mask = mask.bool()
    if mask[:, 0].any():
        raise ValueError("mask marks token 0 as a completion token, but a causal LM never predicts "
                         "the first token; every sequence needs at least one prompt token before the SQL")
    shifted_mask = mask[:, 1:]
    # Normalise only the scored positions: SQL is ~10% of a Spider prompt, and a float32 log-softmax
    # over every position of a 150k vocabulary would cost gigabytes per batch. float32 because bf16
    # logits lose several bits in the normaliser.
    dtype = torch.promote_types(logits.dtype, torch.float32)
    scored = torch.log_softmax(logits[:, :-1][shifted_mask].to(dtype), dim=-1)
    picked = scored.gather(-1, labels[:, 1:][shifted_mask].unsqueeze(-1)).squeeze(-1)
    out = torch.zeros(shifted_mask.shape, dtype=picked.dtype, device=picked.device)
    return out.masked_scatter(shifted_mask, picked), shifted_mask


def sequence_logprobs(logits: Tensor, labels: Tensor, mask: Tensor) -> Tensor:
    """log p(completion | prompt) per sequence: the sum of the completion tokens' log-probs, shape [batch]."""
    picked, _ = token_logprobs(logits, labels, mask)
    return picked.sum(dim=-1)


def sft_loss(logits: Tensor, labels: Tensor, mask: Tensor) -> Tensor:
    """Cross-entropy on the SQL tokens only, averaged over all SQL tokens in the batch (a scalar).

    A token-level mean, so long queries weigh more than short ones, as in standard SFT.
    """
    picked, shifted_mask = token_logprobs(logits, labels, mask)
    count = shifted_mask.sum()
    if count == 0:
        raise ValueError("no completion tokens in this batch: every SQL was masked out "
                         "(prompt longer than max_seq_len?); drop such examples before training")
    return -picked.sum() / count


def _log_ratio(policy: Tensor, reference: Tensor) -> Tensor:
    return policy - reference.detach()


def spin_loss(policy_chosen: Tensor, policy_rejected: Tensor, ref_chosen: Tensor, ref_rejected: Tensor,
              beta: float) -> Tensor:
    """SPIN: l(beta * [(log p(y) - log p_ref(y)) - (log p(y') - log p_ref(y'))]), one value per example.

    y is the gold SQL ("chosen"), y' the opponent's sample ("rejected"); every sample counts as wrong.
    """
    margin = _log_ratio(policy_chosen, ref_chosen) - _log_ratio(policy_rejected, ref_rejected)
    return F.softplus(-beta * margin)


def _spft_reading_a(chosen: Tensor, rejected: Tensor, reward: Tensor, beta: float) -> Tensor:
    # One logistic term: R gates the opponent's log-ratio inside it; R == 1 gives SPIN exactly.
    return F.softplus(-beta * (chosen - reward * rejected))


def _spft_reading_b(chosen: Tensor, rejected: Tensor, reward: Tensor, beta: float) -> Tensor:
    # Two logistic terms: raise the gold's log-ratio, and (only when R == 1) lower the sample's.
    return F.softplus(-beta * chosen) + reward * F.softplus(beta * rejected)


SPFT_VARIANTS: dict[str, Callable[[Tensor, Tensor, Tensor, float], Tensor]] = {
    "A": _spft_reading_a,
    "B": _spft_reading_b,
}


def spft_loss(policy_chosen: Tensor, policy_rejected: Tensor, ref_chosen: Tensor, ref_rejected: Tensor,
              reward: Tensor, beta: float, variant: str = "A") -> Tensor:
    """SPFT-SQL's error-driven loss, one value per example (METHOD.md, Stage 2, step 4).

    `reward` is R(y'): 1 where the opponent's SQL is wrong (its execution result differs from the
    gold's, or it fails), 0 where it is right. With R = 0 no gradient reaches `policy_rejected`, so a
    correct opponent sample is never pushed down.

    variant "A" (default): l(beta * [(pc - rc) - R * (pr - rr)])
    variant "B":           l(beta * (pc - rc)) + R * l(-beta * (pr - rr))
    """
    if variant not in SPFT_VARIANTS:
        raise ValueError(f"unknown SPFT loss variant {variant!r}; choose one of "
                         f"{', '.join(sorted(SPFT_VARIANTS))} (selfplay.variant in the config)")
    if reward.shape != policy_chosen.shape:
        raise ValueError(f"reward has shape {tuple(reward.shape)} but the log-probs have "
                         f"{tuple(policy_chosen.shape)}; pass one reward per example")
    reward = reward.to(policy_chosen.dtype)
    if not torch.all((reward == 0) | (reward == 1)):
        raise ValueError("reward must be 0 (opponent SQL correct) or 1 (opponent SQL wrong) per example")
    chosen = _log_ratio(policy_chosen, ref_chosen)
    rejected = _log_ratio(policy_rejected, ref_rejected)
    return SPFT_VARIANTS[variant](chosen, rejected, reward, beta)
