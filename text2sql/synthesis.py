"""SQL synthesis from typed templates (METHOD.md, Stage 1, step 2): pure functions, no Ray.

`synthesize(template, schema, values, rng)` binds a template (text2sql/templates.py) to one database
and renders SQLite SQL:
1. Tables. Placeholders are bound in order to distinct tables that have enough columns of each slot
   kind. A placeholder joined to one already bound, or whose keys the query compares with its keys
   (`Template.key_pairs`), must be one foreign key away from it (preferring the direction the
   template's `fk`/`pk` roles ask for); one that is not is drawn with weight `DISTANCE_DECAY ** d`,
   d its foreign-key distance to the tables bound so far ("schema-distance weighting": a
   subquery's table stays close to the outer query's).
2. Columns. Each slot, in order of first mention, takes a column of its kind (text / number / key)
   from its table, none twice, drawn with weight `DISTANCE_DECAY ** d` where d is the smallest
   `Schema.column_distance` to a column already bound. Two key slots the query compares (`=`,
   `IN (SELECT ...)`, a set operation's arms) are bound to the two ends of one foreign key, never to
   unrelated keys (`user_id IN (SELECT role_code ...)` asks nothing a question can say); a schema
   without such a pair does not bind the template ("no table fits" / "no key pair").
3. Joins are rebuilt along a real foreign key between each linked pair of tables.
4. Values are drawn from the distinct values of the column they are compared with (`ValueSampler`
   reads them read-only through the SafeExecutor); a LIKE gets `%word%` of such a value; BETWEEN
   gets its two values in order; a value compared with COUNT(*) or no column is a small count (1-3).
A draw that cannot be completed is retried (`attempts`) and then reported as a `SynthesisError`.
Everything comes from the `random.Random` passed in, so a seed gives the same SQL every time.

`verify(candidates, execute, exclude, seen)` keeps SQL that is new (not a duplicate after
`normalize_sql`, not a benchmark gold query) and `answerable`: it executes without error or timeout,
returns at least one row with a non-NULL value, compares keys only along foreign keys, and no LIMIT
cuts between rows that tie in its ORDER BY keys (`limit_probes`: an equivalent query may return the
other row, and a correct answer would be scored wrong). Execution is at most two calls, the queries
and then the tie probes of those that ran, each `execute([(db_path, sql), ...])` -> an `Outcome` per
query, so the caller picks where it runs: the in-process `local_executor` here, or the
VerifierPool's killable workers (actors/synthesize.py) behind the same signature.

Measured on Spider train (1,000 bound draws by template frequency over its databases): bound by
type only, 32 of the 44 queries that compare keys paired unrelated ones; bound along foreign keys,
none of 42. Of the LIMIT queries that ran and returned rows, 71 of 146 (49%) cut a tie and are
dropped ("limit tie": 7% of all draws); Spider's own train golds do so in 249 of 1,044.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections import Counter
from typing import Any, Callable, Iterable, Sequence

import sqlglot
from sqlglot import exp

from text2sql.execution import ExecutionLimits, SafeExecutor
from text2sql.schema import Schema, cached_schema
from text2sql.templates import Binding, Template, TemplateError, extract, identifier, kind_of, render, slot_kind

DISTANCE_DECAY = 0.5      # weight factor per foreign key between a candidate and what is bound
SAMPLE_LIMIT = 50         # distinct values read per column
MAX_VALUE_CHARS = 100     # longer stored values are not used as literals
SMALL_COUNTS = (1, 2, 3)  # values compared with COUNT(*) or with no column

Values = Callable[[str, str], list]               # (table, column) -> distinct values


@dataclasses.dataclass(frozen=True)
class Outcome:
    """One query's run, as `verify` needs it: its error (None when it ran) and how many result rows
    hold a non-NULL value."""

    error: str | None
    rows: int = 0


Execute = Callable[[Sequence[tuple[str, str]]], Sequence[Outcome]]


class SynthesisError(ValueError):
    """A template that cannot be bound to a database; `reason` is a short category."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class ValueSampler:
    """`sampler(table, column)`: up to `limit` distinct non-NULL values of a column, in the order
    SQLite returns them (fixed for a file), read once and cached. Blobs, non-finite floats and text
    over MAX_VALUE_CHARS or spanning lines are left out: they make poor literals."""

    def __init__(self, db_path: str, limit: int = SAMPLE_LIMIT, timeout_s: float = 2.0):
        self.db_path, self.limit = str(db_path), limit
        self._executor = SafeExecutor(ExecutionLimits(timeout_s=timeout_s))
        self._cache: dict[tuple[str, str], list] = {}

    def __call__(self, table: str, column: str) -> list:
        key = (table.lower(), column.lower())
        if key not in self._cache:
            col = exp.Column(this=identifier(column))
            query = (exp.select(col).distinct().from_(exp.Table(this=identifier(table)))
                     .where(exp.Not(this=exp.Is(this=col.copy(), expression=exp.Null()))).limit(self.limit))
            result = self._executor.run(self.db_path, query.sql(dialect="sqlite"))
            self._cache[key] = [v for (v,) in result.rows if _usable(v)] if result.ok else []
        return self._cache[key]

    def close(self) -> None:
        self._executor.close()


def _usable(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        return 0 < len(value) <= MAX_VALUE_CHARS and "\n" not in value and value.strip() == value
    return isinstance(value, int)


def _weighted(rng: random.Random, candidates: list, weights: list[float]):
    return rng.choices(candidates, weights=weights)[0]


def _decay(distance: int | None, far: int) -> float:
    return DISTANCE_DECAY ** (far if distance is None else distance)


def _kinds(schema: Schema, table: str) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    for column in schema.table(table).columns:
        by_kind.setdefault(slot_kind(schema, table, column.name), []).append(column.name)
    return by_kind


def _nearest(schema: Schema, column: tuple[str, str], bound: list[tuple[str, str]]) -> int | None:
    """Distance from a column to the nearest one bound so far: 0 when none is, None when none is
    connected."""
    if not bound:
        return 0
    distances = [d for other in bound if (d := schema.column_distance(column, other)) is not None]
    return min(distances, default=None)


def _column_key(table: str, column: str) -> tuple[str, str]:
    return table.lower(), column.lower()


def _fk_partners(schema: Schema, table: str, column: str) -> set[tuple[str, str]]:
    """The columns at the other end of a foreign key from (table, column), either direction."""
    here, partners = _column_key(table, column), set()
    for edge in schema.edges_all:
        for a, b in zip(edge.columns, edge.ref_columns):
            ends = _column_key(edge.table, a), _column_key(edge.ref_table, b)
            if here in ends and ends[0] != ends[1]:
                partners.add(ends[1] if ends[0] == here else ends[0])
    return partners


def _related(schema: Schema, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two key columns may be compared: one column, or the two ends of a foreign key."""
    return _column_key(*a) == _column_key(*b) or _column_key(*b) in _fk_partners(schema, *a)


def unrelated_keys(template: Template, binding: Binding, schema: Schema) -> list[tuple[str, str]]:
    """The key slots the template compares (`Template.key_pairs`) that `binding` puts on columns
    that are neither one column nor the two ends of a foreign key of `schema`."""
    def column(slot: str) -> tuple[str, str]:
        return binding.tables[template.columns[slot]], binding.columns[slot]
    return [(a, b) for a, b in template.key_pairs if not _related(schema, column(a), column(b))]


def bind(template: Template, schema: Schema, values: Values, rng: random.Random) -> Binding:
    """One draw of a binding of `template` to the database of `schema` (see the module docstring);
    raises SynthesisError when this draw cannot be completed."""
    tables = _bind_tables(template, schema, rng)
    columns = _bind_columns(template, schema, tables, rng)
    return Binding(tables, columns, _bind_values(template, tables, columns, values, rng),
                   _bind_links(template, schema, tables, rng))


def _bind_tables(template: Template, schema: Schema, rng: random.Random) -> dict[str, str]:
    far = len(schema.tables) + 1
    needs: dict[str, Counter] = {p: Counter() for p in template.tables}
    for slot, owner in template.columns.items():
        needs[owner][kind_of(slot)] += 1
    # Joined tables, and tables whose keys the query compares, must be one foreign key apart.
    linked: dict[str, set[str]] = {p: set() for p in template.tables}
    pairs = [(template.instances[link.left], template.instances[link.right]) for link in template.links]
    for a, b in pairs + [(template.columns[x], template.columns[y]) for x, y in template.key_pairs]:
        linked[a].add(b)
        linked[b].add(a)
    owners = _link_owners(template)
    tables: dict[str, str] = {}
    for placeholder in template.tables:
        candidates, weights, faithful = [], [], []
        for name in (t.name for t in schema.tables):
            kinds = _kinds(schema, name)
            if name in tables.values() or any(len(kinds.get(k, ())) < n for k, n in needs[placeholder].items()):
                continue
            neighbours = set(schema.neighbours(name))
            if placeholder in linked[placeholder] and name not in neighbours:
                continue  # a self-join needs a self-referencing foreign key
            if len(neighbours - {name}) < len(linked[placeholder] - {placeholder}):
                continue  # too few neighbours for the tables it is joined to
            joined = [tables[p] for p in linked[placeholder] if p in tables and p != placeholder]
            if any(other not in neighbours for other in joined):
                continue
            distances = [d for other in tables.values() if (d := schema.table_distance(name, other)) is not None]
            candidates.append(name)
            weights.append(1.0 if joined or not tables else _decay(min(distances, default=None), far))
            faithful.append(all(_faithful(schema, name, tables.get(other), owner == placeholder)
                                for (p, other), owner in owners.items()
                                if p == placeholder and owner is not None and other != placeholder))
        if not candidates:
            raise SynthesisError("no table fits")
        if any(faithful) and not all(faithful):  # keep the template's join direction where the schema has it
            candidates = [c for c, keep in zip(candidates, faithful) if keep]
            weights = [w for w, keep in zip(weights, faithful) if keep]
        tables[placeholder] = _weighted(rng, candidates, weights)
    return tables


def _link_owners(template: Template) -> dict[tuple[str, str], str | None]:
    """For each joined pair of table placeholders, both ways round, the one whose role is `fk` (the
    side that holds the foreign key), or None when neither is."""
    owners: dict[tuple[str, str], str | None] = {}
    for link in template.links:
        a, b = template.instances[link.left], template.instances[link.right]
        owner = a if link.left_role == "fk" else b if link.right_role == "fk" else None
        owners[(a, b)] = owners[(b, a)] = owner
    return owners


def _faithful(schema: Schema, name: str, other: str | None, owns: bool) -> bool:
    """Whether table `name` can play its role in a join: hold a foreign key to `other` (`owns`) or be
    referenced by one from it; with `other` not bound yet, to or from any table."""
    name = name.lower()
    for e in schema.edges_all:
        holder, target = (e.table.lower(), e.ref_table.lower()) if owns else (e.ref_table.lower(), e.table.lower())
        if holder == name and holder != target and (other is None or target == other.lower()):
            return True
    return False


def _bind_columns(template: Template, schema: Schema, tables: dict[str, str], rng: random.Random) -> dict[str, str]:
    far = len(schema.tables) + 1
    compared: dict[str, set[str]] = {slot: set() for slot in template.columns}
    for a, b in template.key_pairs:
        compared[a].add(b)
        compared[b].add(a)
    columns: dict[str, str] = {}
    bound: list[tuple[str, str]] = []
    for slot, owner in template.columns.items():
        table = tables[owner]
        taken = {columns[s] for s, o in template.columns.items() if o == owner and s in columns}
        candidates = [c for c in _kinds(schema, table).get(kind_of(slot), []) if c not in taken]
        if not candidates:
            raise SynthesisError("no column fits")
        for other in compared[slot]:  # a key compared with another: along a foreign key between them
            there = tables[template.columns[other]]
            if other in columns:
                candidates = [c for c in candidates if _related(schema, (table, c), (there, columns[other]))]
            else:
                ends = {_column_key(there, c) for c in _kinds(schema, there).get("key", [])}
                candidates = [c for c in candidates if _fk_partners(schema, table, c) & ends]
        if not candidates:
            raise SynthesisError("no key pair")
        weights = [_decay(_nearest(schema, (table, c), bound), far) for c in candidates]
        columns[slot] = _weighted(rng, candidates, weights)
        bound.append((table, columns[slot]))
    return columns


def _bind_links(template: Template, schema: Schema, tables: dict[str, str], rng: random.Random) -> list:
    links = []
    for link in template.links:
        left, right = tables[template.instances[link.left]], tables[template.instances[link.right]]
        edges = schema.edges(left, right)
        # The side whose role is "fk" should own the foreign key; either way will do when none does.
        owner = left if link.left_role == "fk" else right if link.right_role == "fk" else None
        preferred = [e for e in edges if owner is None or e.table.lower() == owner.lower()] or edges
        edge = preferred[rng.randrange(len(preferred))]
        forward = edge.table.lower() == left.lower() and (left.lower() != right.lower() or link.left_role == "fk")
        links.append(tuple(zip(edge.columns, edge.ref_columns)) if forward
                     else tuple(zip(edge.ref_columns, edge.columns)))
    return links


def _bind_values(template: Template, tables, columns, values: Values, rng: random.Random) -> dict[str, Any]:
    bound: dict[str, Any] = {}
    for slot in template.values:
        if slot.partner is None:
            bound[slot.name] = rng.choice(SMALL_COUNTS)
            continue
        pool = values(tables[template.columns[slot.partner]], columns[slot.partner])
        if not pool:
            raise SynthesisError("no values")
        # Two slots compared with one column (`x = :a OR x = :b`) get different values when it has them.
        used = {bound[s.name] for s in template.values if s.name in bound and s.partner == slot.partner}
        fresh = [v for v in pool if v not in used] or pool
        value = fresh[rng.randrange(len(fresh))]
        if slot.like:
            words = [w for w in str(value).split() if len(w) >= 3] or [str(value)]
            value = f"%{rng.choice(words)}%"
        bound[slot.name] = value
    for low, high in zip(template.values, template.values[1:]):
        if low.between == "low" and high.between == "high":
            a, b = bound[low.name], bound[high.name]
            if type(a) is type(b) and b < a:
                bound[low.name], bound[high.name] = b, a
    return bound


def synthesize(template: Template, schema: Schema, values: Values, rng: random.Random, attempts: int = 5) -> tuple[str, Binding]:
    """SQLite SQL for `template` on the database of `schema`, and its binding; up to `attempts`
    draws, then the last SynthesisError."""
    error = SynthesisError("no attempts")
    for _ in range(max(1, attempts)):
        try:
            binding = bind(template, schema, values, rng)
            return render(template, binding), binding
        except SynthesisError as exc:
            error = exc
    raise error


@dataclasses.dataclass(frozen=True)
class Candidate:
    db_id: str
    db_path: str
    sql: str
    template: str  # the template's canonical SQL, to seed later rounds with the ones the model missed


def synthesize_many(templates: Sequence[tuple[Template, float]], db_id: str, db_path: str, schema: Schema,
                    values: Values, n: int, seed: int, attempts: int = 5) -> tuple[list[Candidate], Counter]:
    """`n` draws on one database: each draws a template by weight (e.g. its training frequency) and
    binds it. Returns the candidates and a count of the draws that could not be bound, by reason."""
    rng = random.Random(seed)
    population = [t for t, _ in templates]
    weights = [w for _, w in templates]
    candidates, failures = [], Counter()
    for _ in range(n):
        template = rng.choices(population, weights=weights)[0]
        try:
            sql, _ = synthesize(template, schema, values, rng, attempts)
        except SynthesisError as exc:
            failures[exc.reason] += 1
            continue
        candidates.append(Candidate(db_id, str(db_path), sql, template.sql))
    return candidates, failures


def normalize_sql(sql: str) -> str:
    """A key under which equal queries meet: sqlglot's SQLite rendering with identifiers in lower
    case (SQLite ignores their case); the stripped text when sqlglot cannot parse it."""
    try:
        return sqlglot.parse_one(sql, read="sqlite").sql(dialect="sqlite", normalize=True)
    except sqlglot.errors.SqlglotError:
        return " ".join(sql.split())


def gold_keys(examples: Iterable, schema_for: Callable[[str], Schema]) -> set[str]:
    """Keys of benchmark gold queries to keep out of synthetic data: each gold as written and as
    the template renderer writes it (as synthetic SQL is written: "France" becomes 'France')."""
    keys = set()
    for example in examples:
        keys.add(normalize_sql(example.query))
        try:
            keys.add(normalize_sql(render(*extract(example.query, schema_for(example.db_id)))))
        except (TemplateError, FileNotFoundError):
            pass
    return keys


def local_executor(timeout_s: float = 5.0) -> Execute:
    """`execute` for `verify`, in this process: one SafeExecutor, queries one after another. It has
    no backstop past the timeout (see text2sql/execution.py); use a pool for that."""
    executor = SafeExecutor(ExecutionLimits(timeout_s=timeout_s))

    def execute(batch: Sequence[tuple[str, str]]) -> list[Outcome]:
        results = [executor.run(db_path, sql) for db_path, sql in batch]
        return [Outcome(r.error, sum(any(v is not None for v in row) for row in r.rows)) for r in results]

    return execute


def _integer(node: exp.Expression) -> int | None:
    """The number a LIMIT, an OFFSET or an ORDER BY position is; None for anything but an integer."""
    value = node.expression if isinstance(node, (exp.Limit, exp.Offset)) else node
    negative = isinstance(value, exp.Neg)
    value = value.this if negative else value
    if isinstance(value, exp.Literal) and not value.is_string and value.this.isdigit():
        return -int(value.this) if negative else int(value.this)
    return None


def _is_star(item: exp.Expression) -> bool:
    return isinstance(item, exp.Star) or (isinstance(item, exp.Column) and isinstance(item.this, exp.Star))


def _order_keys(query: exp.Expression) -> list[str] | None:
    """Make `query`'s ORDER BY keys output columns `_tie0, _tie1, ...` (in place) and return their
    names; None when a key cannot be read (a position past the columns, a star, a name that is no
    output column of a set operation)."""
    order = query.args.get("order")
    terms = [term.this for term in order.expressions] if order is not None else []
    if isinstance(query, exp.Select):
        items = [item.this if isinstance(item, exp.Alias) else item for item in query.expressions]
        aliases = {item.alias.lower(): item.this for item in query.expressions if isinstance(item, exp.Alias)}
        names = []
        for i, term in enumerate(terms):
            position = _integer(term) if isinstance(term, exp.Literal) else None
            if position is not None:
                if not 0 < position <= len(items) or _is_star(items[position - 1]):
                    return None
                key = items[position - 1].copy()
            else:  # SQLite reads a bare name in ORDER BY as an output alias first
                key = term.copy().transform(lambda n: aliases[n.name.lower()].copy() if isinstance(n, exp.Column)
                                            and not n.table and n.name.lower() in aliases else n)
            query.append("expressions", exp.alias_(key, f"_tie{i}"))
            names.append(f"_tie{i}")
        return names
    first = query
    while isinstance(first, exp.SetOperation):
        first = first.this
    if not isinstance(first, exp.Select) or any(_is_star(item) for item in first.expressions):
        return None
    outputs = [item.alias_or_name.lower() for item in first.expressions]
    positions = []
    for term in terms:
        position = _integer(term) if isinstance(term, exp.Literal) else None
        if position is None and isinstance(term, exp.Column) and term.name.lower() in outputs:
            position = outputs.index(term.name.lower()) + 1
        if position is None or not 0 < position <= len(outputs):
            return None
        positions.append(position)
    for position in set(positions):
        item = first.expressions[position - 1]
        item.replace(exp.alias_(item.this.copy() if isinstance(item, exp.Alias) else item.copy(), f"_tie{position}"))
    for ordered, position in zip(order.expressions if order is not None else [], positions):
        ordered.set("this", exp.Literal.number(position))
    return list(dict.fromkeys(f"_tie{p}" for p in positions))


def _correlated(query: exp.Expression) -> bool:
    """Whether a subquery names a table of an enclosing query (then it cannot run on its own)."""
    own = {source.alias_or_name.lower() for source in query.find_all(exp.Table, exp.Subquery)}
    return any(c.table and c.table.lower() not in own for c in query.find_all(exp.Column))


def limit_probes(sql: str) -> list[str] | None:
    """For each LIMIT k [OFFSET o] of a query (outer, or in a subquery that runs on its own), a probe
    that returns a row exactly when the rows at positions o+k and o+k+1 both exist and are equal in
    every ORDER BY key (with no ORDER BY: when row o+k+1 exists at all). The LIMIT then cuts between
    rows the query does not tell apart, so an equivalent query may return the other one and be
    scored wrong. [] for a query without LIMIT; None when a LIMIT cannot be probed (not a number, a
    correlated subquery, an ORDER BY key `_order_keys` cannot read). Under DISTINCT the keys join
    the distinct columns: an ORDER BY over a column the query does not select is ill-defined there
    anyway."""
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except sqlglot.errors.SqlglotError:
        return None
    probes = []
    for node in tree.find_all(exp.Select, exp.SetOperation):
        if node.args.get("limit") is None:
            continue
        k = _integer(node.args["limit"])
        offset = _integer(node.args["offset"]) if node.args.get("offset") is not None else 0
        if k is None or offset is None or (node is not tree and _correlated(node)):
            return None
        if k <= 0:  # LIMIT 0 returns nothing, a negative LIMIT everything
            continue
        query = node.copy()
        names = _order_keys(query)
        if names is None:
            return None
        query.set("limit", exp.Limit(expression=exp.Literal.number(2)))
        query.set("offset", exp.Offset(expression=exp.Literal.number(offset + k - 1)))
        window = exp.Subquery(this=query, alias=exp.TableAlias(this=exp.to_identifier("_limit")))
        if names:
            probe = (exp.select("1").from_(window).group_by(*names)
                     .having(exp.GT(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1))))
        else:
            counted = exp.select(exp.alias_(exp.Count(this=exp.Star()), "_rows")).from_(window).subquery("_count")
            probe = exp.select("1").from_(counted).where("_rows > 1")
        probes.append(probe.sql(dialect="sqlite"))
    return probes


def _unrelated_keys_in(sql: str, db_path: str) -> bool:
    """Whether a query compares keys that are neither one column nor the two ends of a foreign key
    (False for SQL that yields no template: nothing to say about its keys)."""
    schema = cached_schema(str(db_path))
    try:
        template, binding = extract(sql, schema)
    except TemplateError:
        return False
    return bool(unrelated_keys(template, binding, schema))


def _ill_posed(batch: Sequence[tuple[str, str]], execute: Execute) -> list[str | None]:
    """Why each (db_path, sql) is not a well-posed query, or None when it is: "error" or "timeout"
    (it does not run), "empty" (no row with a non-NULL value), "unrelated keys", "limit tie" (see
    `limit_probes`) or "limit unchecked" (its LIMIT cannot be probed). Two calls of `execute` at
    most: the queries, then the probes of those that ran."""
    outcomes = execute(batch) if batch else []
    reasons: list[str | None] = []
    probes: list[tuple[int, tuple[str, str]]] = []
    for i, ((db_path, sql), outcome) in enumerate(zip(batch, outcomes, strict=True)):
        reason = None
        if outcome.error is not None:
            reason = "timeout" if outcome.error.startswith("timeout") else "error"
        elif outcome.rows == 0:
            reason = "empty"
        elif _unrelated_keys_in(sql, db_path):
            reason = "unrelated keys"
        elif (mine := limit_probes(sql)) is None:
            reason = "limit unchecked"
        else:
            probes += [(i, (db_path, probe)) for probe in mine]
        reasons.append(reason)
    results = execute([probe for _, probe in probes]) if probes else []
    for (i, _), result in zip(probes, results, strict=True):
        if result.error is None and result.rows:
            reasons[i] = "limit tie"
        elif result.error is not None and reasons[i] is None:
            reasons[i] = "limit unchecked"
    return reasons


def answerable(batch: Sequence[tuple[str, str]], execute: Execute) -> list[bool]:
    """Whether each (db_path, sql) is a well-posed synthetic query, one a question can pin down: it
    runs, returns a row with a non-NULL value, compares keys only along foreign keys, and no LIMIT
    cuts between rows its ORDER BY ties. A model that misses an unanswerable one has learnt nothing
    wrong, so only answerable misses should seed the next round's templates."""
    return [reason is None for reason in _ill_posed(batch, execute)]


def verify(candidates: Sequence[Candidate], execute: Execute, exclude: set[str] = frozenset(),
           seen: set[str] | None = None) -> tuple[list[Candidate], dict[str, Counter]]:
    """The candidates worth keeping (new, and `answerable`), and per database a count by outcome:
    kept, gold, duplicate, and each reason `_ill_posed` gives (error, timeout, empty, unrelated
    keys, limit tie, limit unchecked). `seen` (normalized SQL) is updated in place, so that calls
    can share it."""
    seen = set() if seen is None else seen
    tally: dict[str, Counter] = {}
    fresh = []
    for candidate in candidates:
        key = normalize_sql(candidate.sql)
        counts = tally.setdefault(candidate.db_id, Counter())
        if key in exclude:
            counts["gold"] += 1
        elif key in seen:
            counts["duplicate"] += 1
        else:
            seen.add(key)
            fresh.append(candidate)
    kept = []
    for candidate, reason in zip(fresh, _ill_posed([(c.db_path, c.sql) for c in fresh], execute), strict=True):
        tally[candidate.db_id][reason or "kept"] += 1
        if reason is None:
            kept.append(candidate)
    return kept, tally
