"""The one prompt format used by prediction, training and serving, and its mirror for SQL-to-text.

A chat with a short system instruction and a user turn holding the schema (schema.py) and the
question. The assistant turn is pre-filled with an opening ```sql fence, so the model writes bare
SQL and generation stops at the closing fence: the completion *is* the SQL, which keeps decoding
short and makes the training target (`completion_text`) exactly the tokens we score.

>>> messages = build_messages("CREATE TABLE t (a INTEGER);", "How many rows?")
>>> messages[0]["role"], messages[1]["content"].splitlines()[-1]
('system', 'Question: How many rows?')
>>> extract_sql("SELECT count(*)\\nFROM t;\\n```")
'SELECT count(*) FROM t'
>>> extract_question(' How many rows does t have?\\nThe query counts ...')
'How many rows does t have?'

SQL-to-text (synthesis, METHOD.md Stage 1 step 3) asks the same model for the question a query
answers: the same chat, its own instruction, the assistant turn pre-filled with `Question:` so the
completion is the question, ended by a newline.
"""

from __future__ import annotations

import re

SYSTEM = ("You are an expert in SQLite. Given a database schema and a question, "
          "answer with one SQLite SELECT query that answers the question, and nothing else.")
ANSWER_PREFIX = "```sql\n"
ANSWER_SUFFIX = "\n```"
STOP = ["```"]

QUESTION_SYSTEM = ("You are an expert in SQLite. Given a database schema and an SQLite query, write the one "
                   "natural-language question that the query answers, as a user would ask it: mention the "
                   "values and conditions the query uses, not its table or column syntax.")
QUESTION_PREFIX = "Question:"
QUESTION_STOP = ["\n"]

_FENCE = re.compile(r"```(?:sql|sqlite)?\s*(.*?)(?:```|$)", re.IGNORECASE | re.DOTALL)


def build_messages(schema: str, question: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Database schema:\n{schema}\n\nQuestion: {question}"},
    ]


def render_prompt(tokenizer, schema: str, question: str) -> str:
    """Chat-templated prompt text ending inside the assistant turn, right after the ```sql fence."""
    chat = tokenizer.apply_chat_template(build_messages(schema, question), tokenize=False, add_generation_prompt=True)
    return chat + ANSWER_PREFIX


def fold_whitespace(sql: str) -> str:
    """`sql` with every run of whitespace outside quotes and identifiers folded to one space.

    The one normalization of every SQL training target (SFT, synthetic pairs, both sides of a
    self-play pair): Spider's gold SQL keeps its authors' spacing (most train golds hold double
    spaces) while a model's answer is read back folded, so unfolded targets would let a pair loss fall
    by learning spacing. Text inside quotes is kept as it is, since there spacing is data.

    >>> fold_whitespace("SELECT  name FROM t WHERE a = 'x  y'\\n ORDER BY  a")
    "SELECT name FROM t WHERE a = 'x  y' ORDER BY a"
    """
    out: list[str] = []
    quote = None
    pending_space = False
    for ch in sql.strip():
        if quote:
            out.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch.isspace():
            pending_space = True
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        out.append(ch)
        if ch in "'\"`[":
            quote = "]" if ch == "[" else ch
    return "".join(out)


def completion_text(sql: str, eos_token: str | None) -> str:
    """The training target for a prompt from `render_prompt`: the folded SQL, the closing fence, EOS."""
    return fold_whitespace(sql) + ANSWER_SUFFIX + (eos_token or "")


def _first_statement(sql: str) -> str:
    """Cut at the first `;` outside quotes and identifiers."""
    quote = None
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"`[":
            quote = "]" if ch == "[" else ch
        elif ch == ";":
            return sql[:i]
    return sql


def extract_sql(completion: str) -> str:
    """One line of SQL from a model completion: fences removed, first statement, whitespace folded."""
    text = completion.strip()
    if "```" in text:
        match = _FENCE.search(text)
        # A completion that starts with SQL and ends with a fence (our pre-filled format) keeps its head.
        text = text.split("```", 1)[0] if not text.startswith("```") else (match.group(1) if match else "")
    return " ".join(_first_statement(text).split())


def build_question_messages(schema: str, sql: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": QUESTION_SYSTEM},
        {"role": "user", "content": f"Database schema:\n{schema}\n\nSQL query:\n{sql}"},
    ]


def render_question_prompt(tokenizer, schema: str, sql: str) -> str:
    """Chat-templated SQL-to-text prompt, ending inside the assistant turn right after `Question:`."""
    chat = tokenizer.apply_chat_template(build_question_messages(schema, sql), tokenize=False,
                                         add_generation_prompt=True)
    return chat + QUESTION_PREFIX


def question_completion(question: str, eos_token: str | None) -> str:
    """The training target for a prompt from `render_question_prompt`: the question, a newline, EOS."""
    return " " + question.strip() + "\n" + (eos_token or "")


def extract_question(completion: str) -> str:
    """The question from a SQL-to-text completion: its first line, whitespace folded ("" if none)."""
    lines = completion.strip().splitlines()
    return " ".join(lines[0].split()) if lines else ""
