"""The training losses against numbers worked out by hand (design/METHOD.md, Stage 2)."""

from __future__ import annotations

import math

import pytest
import torch

from training.losses import sequence_logprobs, sft_loss, spft_loss, spin_loss


def l(t: float) -> float:
    """log(1 + e^-t), written out independently of the code under test."""
    return math.log1p(math.exp(-t))


def t(*values: float, grad: bool = False) -> torch.Tensor:
    return torch.tensor(values, dtype=torch.float64, requires_grad=grad)


# Two examples: log p under the policy and the reference, for gold (chosen) and opponent (rejected) SQL.
PC, PR, RC, RR = t(-5.0, -12.0), t(-7.0, -9.0), t(-6.0, -11.0), t(-6.5, -10.0)
# Log-ratios: chosen (1.0, -1.0), rejected (-0.5, 1.0).


# ---- hand-made logits for the sequence log-prob tests ---------------------------------------------
# One sequence of 4 tokens over a 3-token vocabulary: ids [2, 0, 1, 2], prompt = first two tokens.
# Logits at position t predict token t + 1, so the SQL tokens (positions 2 and 3) are scored by
# logits[1] = [0, 0, 0]      -> p(token 1) = 1/3
# logits[2] = [0, 0, ln 2]   -> p(token 2) = 2 / (1 + 1 + 2) = 1/2
# log p(SQL | prompt) = log(1/3) + log(1/2) = -log 6. logits[0] and logits[3] play no part.
LOGITS = torch.tensor([[[5.0, -3.0, 1.0], [0.0, 0.0, 0.0], [0.0, 0.0, math.log(2.0)], [9.0, 9.0, -9.0]]])
LABELS = torch.tensor([[2, 0, 1, 2]])
MASK = torch.tensor([[0, 0, 1, 1]])


def test_sequence_logprobs_equals_hand_sum_over_completion_tokens():
    assert sequence_logprobs(LOGITS, LABELS, MASK).tolist() == pytest.approx([-math.log(6.0)])


def test_sequence_logprobs_ignores_padding_whatever_its_label():
    # Second row: the same prompt, one SQL token (id 1, scored by logits[1] -> log 1/3), then padding
    # labelled -100 as Hugging Face collators do.
    logits = torch.cat([LOGITS, LOGITS])
    labels = torch.tensor([[2, 0, 1, 2], [2, 0, 1, -100]])
    mask = torch.tensor([[0, 0, 1, 1], [0, 0, 1, 0]])
    got = sequence_logprobs(logits, labels, mask)
    assert got.tolist() == pytest.approx([-math.log(6.0), math.log(1 / 3)])


def test_sequence_logprobs_of_bf16_logits_are_float32():
    got = sequence_logprobs(LOGITS.bfloat16(), LABELS, MASK)
    # bf16 holds ln 2 as 0.69140625, hence the tolerance; the normaliser itself runs in float32.
    assert got.dtype == torch.float32 and got.item() == pytest.approx(-math.log(6.0), abs=2e-3)


def test_mask_on_first_token_is_rejected_because_nothing_predicts_it():
    with pytest.raises(ValueError, match="first token"):
        sequence_logprobs(LOGITS, LABELS, torch.tensor([[1, 0, 1, 1]]))


def test_mismatched_shapes_are_rejected_with_the_shapes_named():
    with pytest.raises(ValueError, match=r"labels \(1, 3\)"):
        sequence_logprobs(LOGITS, LABELS[:, :3], MASK[:, :3])


def test_sft_loss_is_mean_negative_logprob_over_sql_tokens():
    assert sft_loss(LOGITS, LABELS, MASK).item() == pytest.approx(math.log(6.0) / 2)


def test_sft_loss_ignores_logits_at_prompt_positions():
    changed = LOGITS.clone()
    changed[0, 0] = torch.tensor([-40.0, 40.0, 3.0])  # predicts prompt token 1
    changed[0, 3] = torch.tensor([7.0, -7.0, 0.5])  # predicts past the end
    assert sft_loss(changed, LABELS, MASK).item() == sft_loss(LOGITS, LABELS, MASK).item()


def test_sft_loss_without_completion_tokens_says_so():
    with pytest.raises(ValueError, match="no completion tokens"):
        sft_loss(LOGITS, LABELS, torch.zeros_like(MASK))


def test_spin_loss_matches_hand_values():
    got = spin_loss(PC, PR, RC, RR, beta=0.1)
    # margins: 1.0 - (-0.5) = 1.5 and -1.0 - 1.0 = -2.0
    assert got.tolist() == pytest.approx([l(0.1 * 1.5), l(0.1 * -2.0)])


def test_spft_reading_a_matches_hand_values_with_mixed_rewards():
    got = spft_loss(PC, PR, RC, RR, reward=t(0.0, 1.0), beta=0.5)
    # example 0: R = 0, only the gold's log-ratio 1.0; example 1: -1.0 - 1.0 = -2.0
    assert got.tolist() == pytest.approx([l(0.5 * 1.0), l(0.5 * -2.0)])


def test_spft_reading_a_with_all_rewards_one_is_spin():
    g = torch.Generator().manual_seed(0)
    pc, pr, rc, rr = (torch.randn(16, generator=g, dtype=torch.float64) * 20 for _ in range(4))
    spft = spft_loss(pc, pr, rc, rr, reward=torch.ones(16, dtype=torch.float64), beta=0.3)
    assert torch.equal(spft, spin_loss(pc, pr, rc, rr, beta=0.3))


def test_spft_reading_b_matches_hand_values():
    got = spft_loss(PC, PR, RC, RR, reward=t(1.0, 0.0), beta=0.5, variant="B")
    # example 0: l(0.5 * 1.0) + 1 * l(-0.5 * -0.5); example 1: l(0.5 * -1.0) + 0
    assert got.tolist() == pytest.approx([l(0.5) + l(0.25), l(-0.5)])


@pytest.mark.parametrize("variant", ["A", "B"])
def test_zero_reward_sends_no_gradient_to_the_opponent_sample(variant):
    pc, pr = t(-5.0, -12.0, grad=True), t(-7.0, -9.0, grad=True)
    spft_loss(pc, pr, RC, RR, reward=t(0.0, 0.0), beta=0.1, variant=variant).sum().backward()
    assert torch.equal(pr.grad, torch.zeros(2, dtype=torch.float64))
    assert torch.all(pc.grad != 0)


@pytest.mark.parametrize("variant", ["A", "B"])
def test_gradient_raises_gold_and_lowers_wrong_sample(variant):
    pc, pr = t(-5.0, -12.0, grad=True), t(-7.0, -9.0, grad=True)
    spft_loss(pc, pr, RC, RR, reward=t(1.0, 1.0), beta=0.1, variant=variant).sum().backward()
    assert torch.all(pc.grad < 0) and torch.all(pr.grad > 0)


def test_reference_logprobs_receive_no_gradient():
    rc, rr = t(-6.0, -11.0, grad=True), t(-6.5, -10.0, grad=True)
    pc = t(-5.0, -12.0, grad=True)
    spft_loss(pc, PR, rc, rr, reward=t(1.0, 1.0), beta=0.1).sum().backward()
    assert rc.grad is None and rr.grad is None


@pytest.mark.parametrize("variant", ["A", "B"])
def test_loss_is_finite_and_exact_at_large_margins(variant):
    # beta * margin = +-1e4: log(1 + e^-1e4) underflows to 0 and log(1 + e^1e4) is 1e4 to double precision;
    # a naive log(1 + exp(.)) returns inf for the second.
    pc = t(5000.0, -5000.0, grad=True)
    zeros = t(0.0, 0.0)
    loss = spft_loss(pc, zeros, zeros, zeros, reward=t(1.0, 1.0), beta=2.0, variant=variant)
    # Reading B adds R * l(0) = log 2 per example for the opponent's zero log-ratio.
    extra = l(0.0) if variant == "B" else 0.0
    assert loss.tolist() == pytest.approx([0.0 + extra, 1e4 + extra])
    loss.sum().backward()
    assert pc.grad.tolist() == pytest.approx([0.0, -2.0])


def test_unknown_variant_names_the_choices():
    with pytest.raises(ValueError, match=r"'C'.*A, B"):
        spft_loss(PC, PR, RC, RR, reward=t(1.0, 1.0), beta=0.1, variant="C")


def test_reward_other_than_zero_or_one_is_rejected():
    with pytest.raises(ValueError, match="reward must be 0"):
        spft_loss(PC, PR, RC, RR, reward=t(0.5, 1.0), beta=0.1)
