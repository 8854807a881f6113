"""Spider hardness levels (easy / medium / hard / extra) of a parsed Spider SQL.

The rules are those of the official Spider evaluation script, `Evaluator.eval_hardness` with its
helpers `count_component1`, `count_component2` and `count_others`, in
https://github.com/taoyds/spider/blob/master/evaluation.py (also in taoyds/test-suite-sql-eval).
They run on the parse that Spider ships with every example (the `sql` field of `dev.json`,
`train_spider.json`), produced by the same repository's `process_sql.py`. Its shapes, as the
evaluation script documents them (tuples arrive as JSON lists):

    col_unit:   [agg_id, col_id, is_distinct]
    val_unit:   [unit_op, col_unit1, col_unit2 | None]
    table_unit: ["table_unit", table_id] | ["sql", sql]
    cond_unit:  [not_op, op_id, val_unit, val1, val2]      (val1/val2: number, string or sql dict)
    condition:  [cond_unit, "and" | "or", cond_unit, ...]
    sql: {"select": [is_distinct, [[agg_id, val_unit], ...]],
          "from": {"table_units": [...], "conds": condition},
          "where": condition, "groupBy": [col_unit, ...], "having": condition,
          "orderBy": [] | ["asc" | "desc", [val_unit, ...]], "limit": None | int,
          "intersect" / "union" / "except": None | sql}

The official counts are reproduced exactly, quirks included, so that per-level results line up
with published Spider numbers (dev: easy 248, medium 446, hard 174, extra 166). The quirks are
marked where they occur.

>>> spider_hardness({"select": [False, [[3, [0, [0, 0, False], None]]]],
...                  "from": {"table_units": [["table_unit", 1]], "conds": []},
...                  "where": [], "groupBy": [], "having": [], "orderBy": [], "limit": None,
...                  "intersect": None, "union": None, "except": None})
'easy'
"""

from __future__ import annotations

from typing import Any

HARDNESS_LEVELS = ("easy", "medium", "hard", "extra")

# Index of the LIKE operator in process_sql's WHERE_OPS
# ('not', 'between', '=', '>', '<', '>=', '<=', '!=', 'in', 'like', 'is', 'exists').
_LIKE_OP = 9
# AGG_OPS index of "none" ('none', 'max', 'min', 'count', 'sum', 'avg').
_NO_AGG = 0

_SET_OPS = ("intersect", "union", "except")


def _conds(condition: list) -> list:
    """The cond_units of a condition, without the 'and'/'or' connectors between them."""
    return condition[::2]


def _connectors(condition: list) -> list:
    return condition[1::2]


def _count_first_nonzero(units: list) -> int:
    """How many units have a first element other than 0 (the official `count_agg`).

    Meant for [agg_id, ...] units, where it counts aggregates; the official script also feeds it
    cond_units and raw conditions, and what it counts there is kept as-is (see `count_others`).
    """
    return sum(1 for unit in units if unit[0] != _NO_AGG)


def count_component1(sql: dict[str, Any]) -> int:
    """Clauses and constructs of the outer query: WHERE, GROUP BY, ORDER BY, LIMIT, one per joined
    table beyond the first, one per OR, one per LIKE (in FROM ... ON, WHERE and HAVING)."""
    count = sum(1 for key in ("where", "groupBy", "orderBy") if sql[key])
    count += sql["limit"] is not None
    count += max(len(sql["from"]["table_units"]) - 1, 0)
    conditions = sql["from"]["conds"], sql["where"], sql["having"]
    count += sum(_connectors(c).count("or") for c in conditions)
    count += sum(1 for c in conditions for cond in _conds(c) if cond[1] == _LIKE_OP)
    return count


def nested_sqls(sql: dict[str, Any]) -> list[dict[str, Any]]:
    """Sub-queries used as condition values, then the INTERSECT / EXCEPT / UNION right-hand side.

    A sub-query in FROM is not counted: the official `get_nestedSQL` does not look there.
    """
    nested = [
        value
        for condition in (sql["from"]["conds"], sql["where"], sql["having"])
        for cond in _conds(condition)
        for value in (cond[3], cond[4])
        if isinstance(value, dict)
    ]
    nested += [sql[op] for op in _SET_OPS if sql[op] is not None]
    return nested


def count_component2(sql: dict[str, Any]) -> int:
    return len(nested_sqls(sql))


def count_others(sql: dict[str, Any]) -> int:
    """One point each for: more than one aggregate, more than one selected column, more than one
    WHERE condition, more than one GROUP BY column."""
    select_units = sql["select"][1]
    aggregates = _count_first_nonzero(select_units)
    # Quirk kept from the official script: it passes cond_units here, whose first element is the
    # NOT flag, so this counts negated WHERE conditions rather than aggregates.
    aggregates += _count_first_nonzero(_conds(sql["where"]))
    aggregates += _count_first_nonzero(sql["groupBy"])
    if sql["orderBy"]:
        order_cols = [col for val_unit in sql["orderBy"][1] for col in val_unit[1:3] if col]
        aggregates += _count_first_nonzero(order_cols)
    # Quirk kept from the official script: it passes the whole HAVING condition, so each
    # 'and'/'or' connector counts (its first letter is not 0) and so does each negated condition;
    # the aggregate inside a HAVING condition does not.
    aggregates += _count_first_nonzero(sql["having"])

    count = int(aggregates > 1)
    count += len(select_units) > 1
    # Length of the raw condition, connectors included: above 1 means at least two conditions.
    count += len(sql["where"]) > 1
    count += len(sql["groupBy"]) > 1
    return count


def spider_hardness(sql: dict[str, Any]) -> str:
    """The Spider hardness level of one parsed query: 'easy', 'medium', 'hard' or 'extra'."""
    try:
        comp1 = count_component1(sql)
        comp2 = count_component2(sql)
        others = count_others(sql)
    except (KeyError, IndexError, TypeError) as err:
        raise ValueError(
            f"spider_hardness needs the parsed Spider SQL dict (the 'sql' field of a Spider "
            f"example, keys select/from/where/groupBy/having/orderBy/limit/intersect/union/"
            f"except), not the SQL text or another shape; reading it failed with "
            f"{type(err).__name__}: {err}"
        ) from err

    if comp2 == 0:
        if comp1 <= 1 and others == 0:
            return "easy"
        if (comp1 <= 1 and others <= 2) or (comp1 <= 2 and others < 2):
            return "medium"
        if (comp1 <= 2 and others > 2) or (2 < comp1 <= 3 and others <= 2):
            return "hard"
    elif comp2 == 1 and comp1 <= 1 and others == 0:
        return "hard"
    return "extra"
