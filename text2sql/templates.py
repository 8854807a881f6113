"""Typed SQL templates from gold SQL (METHOD.md, Stage 1, step 1), with sqlglot.

`extract(sql, schema)` parses a query and abstracts it into a `Template` and the `Binding` that
turns the template back into that query (`render(template, binding)`):
- Tables become placeholders `T1, T2, ...` (one per distinct table, in order of appearance; a table
  used twice, in a self-join or in a subquery, gets instances `T1_1, T1_2`). Subqueries in FROM
  become `D1, D2, ...`.
- Column mentions become typed slots `text1, number1, key1, ...`, numbered over the whole query in
  order of appearance; every mention of one column shares its slot. The type comes from the Schema:
  `key` for a primary- or foreign-key column, `number` for a numeric one, `text` for the rest (text,
  dates, booleans: SQLite compares them all as written).
- Literals compared with something (=, <>, <, >, LIKE, IN, BETWEEN) become value slots `:text1`,
  `:number1`, `:key1`, typed by the column they are compared with, else by the literal. Other
  literals (LIMIT 1, strftime('%Y', ...), a - 1) are structure and stay.
- Join conditions become key placeholders: each pair of joined instances gets one marker
  `A.fk = B.pk` (A's foreign key references B, as the schema says; without a declared key, a side
  that is its table's primary key is `pk`, the other `fk`). The joins are rebuilt in FROM order,
  each marker on the join of its later instance, so `JOIN b JOIN c ON x AND y` and
  `JOIN b ON x JOIN c ON y` give one template; a join without condition becomes a CROSS JOIN.
- SELECT, DISTINCT, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT, aggregates, nesting and set
  operations are kept; select aliases become `alias1, ...`.

A template's canonical form is the SQL text of its tree (`Template.sql`), so equal templates are
equal strings and `count_templates` counts them; slots, values and links are read back from that
text, so a template travels as one string. Measured on Spider train (`python -m text2sql.templates
DATA`): 6,999 of 7,000 gold queries yield a template (one names a table its database lacks), 1,786
distinct; rendering each back with its own binding gives the gold's execution result for all but
two (whose gold does not run in SQLite).

>>> from text2sql.schema import reflect_schema
>>> schema = reflect_schema("data/spider-mini/database/concert_singer/concert_singer.sqlite")
>>> t, b = extract('SELECT T2.name FROM singer_in_concert AS T1 JOIN singer AS T2 '
...                'ON T1.singer_id = T2.singer_id WHERE T2.age > 30 AND T2.Country = "France"', schema)
>>> t.sql
'SELECT T2.text1 FROM T1 JOIN T2 ON T1.fk = T2.pk WHERE T2.number1 > :number1 AND T2.text2 = :text1'
>>> render(t, b)
"SELECT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.Age > 30 AND T2.Country = 'France'"
"""

from __future__ import annotations

import dataclasses
import math
import sqlite3
from collections import Counter
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterable

import sqlglot
from sqlglot import exp

from text2sql.schema import Schema

SLOT_KINDS = ("text", "number", "key")
_COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Like, exp.ILike, exp.Glob, exp.In,
                exp.Between)
_SCOPES = (exp.Select, exp.SetOperation)
_KEY_COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)


class TemplateError(ValueError):
    """Gold SQL that yields no template; `reason` is a short category for coverage counts."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def slot_kind(schema: Schema, table: str, column: str) -> str:
    """The slot type of a real column: key, number or text (see the module docstring)."""
    if schema.is_key(table, column):
        return "key"
    found = schema.column(table, column)
    return "number" if found is not None and found.kind == "number" else "text"


def kind_of(slot: str) -> str | None:
    """The kind of a slot name ("text3" -> "text"); None for any other name."""
    head = slot.rstrip("0123456789")
    return head if head in SLOT_KINDS and head != slot else None


@dataclasses.dataclass(frozen=True)
class ValueSlot:
    name: str                 # "number1"
    kind: str                 # text / number / key
    partner: str | None       # the column slot it is compared with ("number2"); None for COUNT(*) > 2
    like: bool                # a LIKE pattern
    between: str | None       # "low" / "high" inside BETWEEN


@dataclasses.dataclass(frozen=True)
class Link:
    """A join between two instances: `left.<left_role> = right.<right_role>`, roles "fk" or "pk"."""

    left: str
    left_role: str
    right: str
    right_role: str


@dataclasses.dataclass(frozen=True)
class Template:
    """A typed template in its canonical form; everything else is read from `sql`."""

    sql: str

    @cached_property
    def tree(self) -> exp.Expression:
        """The parsed template; copy it before changing it."""
        return sqlglot.parse_one(self.sql, read="sqlite")

    @cached_property
    def instances(self) -> dict[str, str]:
        """Table instance -> table placeholder ("T1_2" -> "T1"), in order of appearance."""
        return {(t.alias or t.name): t.name for t in self.tree.find_all(exp.Table, bfs=False)}

    @cached_property
    def tables(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.instances.values()))

    @cached_property
    def columns(self) -> dict[str, str]:
        """Column slot -> the table placeholder it belongs to, in order of first mention."""
        owner: dict[str, str] = {}
        for column in self.tree.find_all(exp.Column, bfs=False):
            if kind_of(column.name) and column.table in self.instances:
                owner.setdefault(column.name, self.instances[column.table])
        return owner

    @cached_property
    def values(self) -> tuple[ValueSlot, ...]:
        slots = {}
        for node in self.tree.find_all(exp.Placeholder, bfs=False):
            comparison = _comparison_of(node)
            between = None
            if isinstance(comparison, exp.Between):
                between = "low" if comparison.args.get("low") is node else "high"
            slots.setdefault(node.name, ValueSlot(node.name, kind_of(node.name), _partner(node, comparison),
                                                  isinstance(comparison, (exp.Like, exp.ILike)), between))
        return tuple(slots.values())

    @cached_property
    def links(self) -> tuple[Link, ...]:
        return tuple(Link(eq.this.table, eq.this.name, eq.expression.table, eq.expression.name)
                     for eq in self.tree.find_all(exp.EQ, bfs=False) if _is_marker(eq))

    @cached_property
    def key_pairs(self) -> tuple[tuple[str, str], ...]:
        """Pairs of distinct key slots the query compares with each other, in order of appearance:
        the two sides of `=`, `<>`, `<`, ... (a side may be a scalar subquery), a column and what its
        `IN (SELECT ...)` selects, and the columns in one position of a set operation's arms. Bound
        to unrelated keys (`user_id IN (SELECT role_code ...)`) they make an ill-posed query, so
        synthesis binds each pair along a foreign key (join markers are bound along one anyway)."""
        pairs: dict[tuple[str, str], None] = {}

        def add(left: list[str], right: list[str]) -> None:
            for a in left:
                for b in right:
                    if a != b and a in self.columns and b in self.columns:
                        pairs.setdefault((a, b), None)

        for node in self.tree.find_all(*_KEY_COMPARISONS, exp.In, exp.SetOperation, bfs=False):
            if isinstance(node, exp.SetOperation):
                arms = [_selected(arm) for arm in _arms(node)]
                for other in arms[1:]:
                    for a, b in zip(arms[0], other):
                        add(a, b)
            elif isinstance(node, exp.In):
                if node.args.get("query") is not None:
                    add(_key_slots(node.this), _key_slots(node.args["query"]))
            elif not _is_marker(node):
                add(_key_slots(node.this), _key_slots(node.expression))
        return tuple(pairs)


@dataclasses.dataclass
class Binding:
    """What a template's placeholders stand for: real tables, columns, values and join columns."""

    tables: dict[str, str]                          # "T1" -> "singer"
    columns: dict[str, str]                         # "text1" -> "Name"
    values: dict[str, Any]                          # "number1" -> 30
    links: list[tuple[tuple[str, str], ...]]        # per Template.links: ((left column, right column), ...)


def _is_marker(node: exp.Expression | None) -> bool:
    return (isinstance(node, exp.EQ) and isinstance(node.this, exp.Column) and isinstance(node.expression, exp.Column)
            and node.this.name in ("fk", "pk") and node.expression.name in ("fk", "pk"))


def _arms(query: exp.Expression) -> list[exp.Expression]:
    """The SELECTs of a set operation, left to right (a plain SELECT is its own one arm)."""
    while isinstance(query, exp.Subquery):
        query = query.this
    if isinstance(query, exp.SetOperation):
        return _arms(query.this) + _arms(query.expression)
    return [query]


def _selected(select: exp.Expression) -> list[list[str]]:
    """Per output column of a SELECT, the key slots it is (empty for anything but a key column)."""
    items = select.expressions if isinstance(select, exp.Select) else []
    return [_key_slots(item.this if isinstance(item, exp.Alias) else item, nested=False) for item in items]


def _key_slots(side: exp.Expression | None, nested: bool = True) -> list[str]:
    """The key slot a comparison's side is: a key column, or (`nested`) the first column a subquery
    selects, in each arm of a set operation."""
    if isinstance(side, exp.Column):
        return [side.name] if kind_of(side.name) == "key" else []
    if nested and isinstance(side, (exp.Subquery, exp.Select, exp.SetOperation)):
        return [slot for arm in _arms(side) for slot in (_selected(arm)[:1] or [[]])[0]]
    return []


def _comparison_of(node: exp.Expression) -> exp.Expression | None:
    parent = node.parent
    if isinstance(parent, exp.Neg):
        parent = parent.parent
    if isinstance(parent, exp.Tuple):
        parent = parent.parent
    return parent if isinstance(parent, _COMPARISONS) else None


def _partner(node: exp.Expression, comparison: exp.Expression | None) -> str | None:
    """The column slot a value is compared with; None when compared with a COUNT or no column."""
    if comparison is None:
        return None
    inside = node.parent if isinstance(node.parent, exp.Neg) else node
    other = comparison.expression if inside is comparison.this and not isinstance(comparison, exp.In) else comparison.this
    if other is None or other.find(exp.Count):
        return None
    columns = [other] if isinstance(other, exp.Column) else other.find_all(exp.Column, bfs=False)
    return next((c.name for c in columns if kind_of(c.name)), None)


def _sources(select: exp.Select) -> list[exp.Expression]:
    """A select's FROM and JOIN sources, in order."""
    sources = [select.args["from_"].this] if select.args.get("from_") is not None else []
    return sources + [join.this for join in select.args.get("joins") or []]


# ---------------------------------------------------------------------------------------------- extract

@dataclasses.dataclass(eq=False)
class _Instance:
    name: str                                # instance name in the template: T1, T1_2, D1
    answers_to: set[str]                     # the alias, or the table name when unaliased (lower case)
    table: str | None = None                 # real table, for a table instance
    placeholder: str | None = None
    derived: exp.Expression | None = None    # the subquery's body, for a derived table


class _Resolver:
    """Which instance and real column each column mention means, SQLite's way: a qualified name by
    its alias, a bare one by the first table of its select that has it (an ORDER BY term may name an
    output alias first), then by the enclosing selects; a bare double-quoted name nothing has is a
    string (Spider writes "France" for 'France'). A resolution is ("column", instance, real column),
    ("alias", name), ("literal", text) or ("derived", instance, resolution inside the subquery)."""

    def __init__(self, tree: exp.Expression, schema: Schema):
        self.schema = schema
        self.instances: dict[int, list[_Instance]] = {}     # id(select) -> its instances, in order
        self.of_source: dict[int, _Instance] = {}           # id(Table or Subquery) -> instance
        self.resolved: dict[int, tuple] = {}                # id(Column) -> resolution
        placeholders: dict[str, str] = {}
        uses: Counter = Counter()
        for table in tree.find_all(exp.Table, bfs=False):
            real = schema.table(table.name)
            if real is None or table.args.get("db"):
                raise TemplateError("unknown table", table.sql("sqlite"))
            uses[placeholders.setdefault(real.name.lower(), f"T{len(placeholders) + 1}")] += 1
        seen: Counter = Counter()
        for select in tree.find_all(exp.Select, bfs=False):
            listed = []
            for source in _sources(select):
                names = {source.alias.lower()} if source.alias else set()
                if isinstance(source, exp.Table):
                    real = schema.table(source.name)
                    placeholder = placeholders[real.name.lower()]
                    seen[placeholder] += 1
                    name = placeholder if uses[placeholder] == 1 else f"{placeholder}_{seen[placeholder]}"
                    instance = _Instance(name, names or {source.name.lower()}, real.name, placeholder)
                elif isinstance(source, exp.Subquery):
                    instance = _Instance(f"D{len([i for i in self.of_source.values() if i.derived]) + 1}", names,
                                         derived=source.this)
                else:
                    raise TemplateError("unsupported FROM", source.sql("sqlite"))
                self.of_source[id(source)] = instance
                listed.append(instance)
            self.instances[id(select)] = listed

    def __call__(self, column: exp.Column) -> tuple:
        if id(column) not in self.resolved:
            self.resolved[id(column)] = self._resolve(column)
        return self.resolved[id(column)]

    def _resolve(self, column: exp.Column) -> tuple:
        name, qualifier = column.name.lower(), column.table.lower()
        scope = column.find_ancestor(*_SCOPES)
        if not isinstance(scope, exp.Select):
            raise TemplateError("column outside a SELECT", column.sql("sqlite"))
        in_order = isinstance(column.find_ancestor(exp.Order, exp.Select), exp.Order)
        while scope is not None:
            if isinstance(scope, exp.Select):
                found = self._in_select(scope, column, name, qualifier, in_order)
                if found is not None:
                    return found
            scope = scope.parent.find_ancestor(*_SCOPES) if scope.parent else None
        if not qualifier and column.this.args.get("quoted"):
            return ("literal", column.name)
        raise TemplateError("unknown column", column.sql("sqlite"))

    def _in_select(self, select, column, name, qualifier, in_order) -> tuple | None:
        instances = self.instances[id(select)]
        if qualifier:
            instance = next((i for i in instances if qualifier in i.answers_to), None)
            return self._in_instance(instance, name, column) if instance else None
        aliases = {e.alias.lower() for e in select.expressions if isinstance(e, exp.Alias)}
        if in_order and name in aliases:
            return ("alias", name)
        for instance in instances:
            found = self._in_instance(instance, name, column, missing_ok=True)
            if found is not None:
                return found
        return ("alias", name) if name in aliases else None

    def _in_instance(self, instance: _Instance, name: str, column: exp.Column, missing_ok: bool = False):
        if instance.table is not None:
            real = self.schema.column(instance.table, name)
            if real is not None:
                return ("column", instance, real.name)
        else:
            body = instance.derived
            while isinstance(body, exp.SetOperation):
                body = body.this
            for item in body.expressions if isinstance(body, exp.Select) else []:
                if isinstance(item, exp.Alias) and item.alias.lower() == name:
                    return ("derived", instance, ("alias", name))
                if isinstance(item, exp.Column) and item.name.lower() == name:
                    return ("derived", instance, self(item))
        if missing_ok:
            return None
        raise TemplateError("unknown column", column.sql("sqlite"))

    def link(self, conjunct: exp.Expression, instances: list[_Instance]):
        """((instance, column), (instance, column)) in FROM order when an ON conjunct equates columns
        of two instances of this select; None otherwise."""
        if not (isinstance(conjunct, exp.EQ) and isinstance(conjunct.this, exp.Column)
                and isinstance(conjunct.expression, exp.Column)):
            return None
        sides = [self(conjunct.this), self(conjunct.expression)]
        if any(s[0] != "column" or s[1] not in instances for s in sides) or sides[0][1] is sides[1][1]:
            return None
        return sorted(((s[1], s[2]) for s in sides), key=lambda side: instances.index(side[0]))

    def roles(self, a: _Instance, b: _Instance, pairs) -> tuple[str, str]:
        """("fk", "pk") when a's columns reference b's, as the schema declares (or the other way)."""
        cols_a, cols_b = tuple(c.lower() for c, _ in pairs), tuple(c.lower() for _, c in pairs)
        for edge in self.schema.edges(a.table, b.table):
            ends = (edge.table.lower(), tuple(c.lower() for c in edge.columns), tuple(c.lower() for c in edge.ref_columns))
            if ends == (a.table.lower(), cols_a, cols_b):
                return "fk", "pk"
            if ends == (b.table.lower(), cols_b, cols_a):
                return "pk", "fk"
        pk_a, pk_b = (tuple(c.lower() for c in self.schema.table(i.table).primary_key) for i in (a, b))
        return ("pk" if pk_a == cols_a else "fk"), ("pk" if pk_b == cols_b else "fk")


def extract(sql: str, schema: Schema) -> tuple[Template, Binding]:
    """The template of `sql` on a database with `schema`, and the binding that renders it back.
    Raises TemplateError (with a `reason`) for SQL that yields none."""
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except sqlglot.errors.SqlglotError as exc:
        raise TemplateError("parse error", str(exc).splitlines()[0]) from None
    if not isinstance(tree, _SCOPES):
        raise TemplateError("not a SELECT", type(tree).__name__)
    if tree.find(exp.With):
        raise TemplateError("unsupported WITH")
    resolve = _Resolver(tree, schema)
    for column in list(tree.find_all(exp.Column, bfs=False)):
        if not isinstance(column.this, exp.Star):
            resolve(column)
    binding = Binding({}, {}, {}, [])
    markers = _rebuild_joins(tree, resolve)
    marker_columns = {id(c) for m, _ in markers for c in (m.this, m.expression)}
    aliases: dict[str, str] = {}

    def alias_name(name: str) -> str:
        return aliases.setdefault(name.lower(), f"alias{len(aliases) + 1}")

    # Columns -> slots, numbered per kind in order of appearance.
    counts: Counter = Counter()
    slot_of: dict[tuple[str, str], str] = {}
    for column in list(tree.find_all(exp.Column, bfs=False)):
        if id(column) in marker_columns:
            continue
        if isinstance(column.this, exp.Star):  # T1.*
            if column.table:
                scope = column.find_ancestor(exp.Select)
                instance = next((i for i in resolve.instances[id(scope)] if column.table.lower() in i.answers_to), None)
                if instance is None:
                    raise TemplateError("unknown table", column.sql("sqlite"))
                column.set("table", exp.to_identifier(instance.name))
            continue
        kind, *rest = resolve(column)
        qualifier = None
        if kind == "derived":
            qualifier = rest[0].name
            kind, *rest = rest[1]
        if kind == "literal":
            column.replace(exp.Literal.string(rest[0]))
        elif kind == "alias":
            column.replace(exp.column(alias_name(rest[0]), table=qualifier))
        else:
            instance, real = rest
            key = (instance.placeholder, real.lower())
            if key not in slot_of:
                slot = slot_kind(schema, instance.table, real)
                counts[slot] += 1
                slot_of[key] = f"{slot}{counts[slot]}"
                binding.columns[slot_of[key]] = real
            column.replace(exp.column(slot_of[key], table=qualifier or instance.name))

    # Tables, derived tables and select aliases get their canonical names.
    for source in list(tree.find_all(exp.Table, exp.Subquery, bfs=False)):
        instance = resolve.of_source.get(id(source))
        if instance is None:
            continue
        if instance.table is not None:
            binding.tables[instance.placeholder] = instance.table
            alias = None if instance.name == instance.placeholder else instance.name
            source.replace(exp.Table(this=exp.to_identifier(instance.placeholder),
                                     alias=exp.TableAlias(this=exp.to_identifier(alias)) if alias else None))
        else:
            source.set("alias", exp.TableAlias(this=exp.to_identifier(instance.name)))
    for alias in list(tree.find_all(exp.Alias)):
        if isinstance(alias.parent, exp.Select):
            alias.set("alias", exp.to_identifier(alias_name(alias.alias)))

    # Literals in comparisons -> typed value slots.
    counts.clear()
    for literal in list(tree.find_all(exp.Literal, bfs=False)):
        comparison = _comparison_of(literal)
        if comparison is None:
            continue
        partner = _partner(literal, comparison)
        kind = kind_of(partner) if partner else ("text" if literal.is_string else "number")
        counts[kind] += 1
        name = f"{kind}{counts[kind]}"
        negative = isinstance(literal.parent, exp.Neg)
        binding.values[name] = _python_value(literal, negative)
        (literal.parent if negative else literal).replace(exp.Placeholder(this=name))

    # Markers were made select by select; Template.links lists them depth-first.
    pairs_of = {id(marker): pairs for marker, pairs in markers}
    binding.links = [pairs_of[id(eq)] for eq in tree.find_all(exp.EQ, bfs=False) if id(eq) in pairs_of]
    return Template(tree.sql(dialect="sqlite")), binding


def _rebuild_joins(tree: exp.Expression, resolve: _Resolver) -> list[tuple[exp.EQ, tuple]]:
    """Replace every join condition by link markers (see the module docstring); ON predicates that
    are not links move to the join of the latest instance they mention. Returns (marker, column
    pairs) for each marker made."""
    markers = []
    for select in list(tree.find_all(exp.Select, bfs=False)):
        instances = resolve.instances[id(select)]
        links: dict[tuple[int, int], list] = {}
        kept = []
        for join in select.args.get("joins") or []:
            on = join.args.get("on")
            if on is None or isinstance(on, exp.Boolean):
                continue
            for conjunct in on.flatten() if isinstance(on, exp.And) else [on]:
                pair = resolve.link(conjunct, instances)
                if pair is None:
                    kept.append(conjunct)
                else:
                    (a, ca), (b, cb) = pair
                    links.setdefault((id(a), id(b)), [a, b, []])[2].append((ca, cb))
        for n, join in enumerate(select.args.get("joins") or [], start=1):
            conditions = []
            for a, b, pairs in links.values():
                if b is instances[n]:
                    role_a, role_b = resolve.roles(a, b, pairs)
                    marker = exp.EQ(this=exp.column(role_a, table=a.name), expression=exp.column(role_b, table=b.name))
                    conditions.append(marker)
                    markers.append((marker, tuple(pairs)))
            conditions += [c for c in kept if max(1, _latest(c, resolve, instances)) == n]
            if conditions:
                join.set("on", exp.and_(*conditions, copy=False))
                join.set("kind", None if join.args.get("kind") == "CROSS" else join.args.get("kind"))
            else:  # no condition: a cross join, however it was written (a comma, JOIN without ON)
                join.set("on", None)
                join.set("kind", "CROSS")
    return markers


def _latest(conjunct: exp.Expression, resolve: _Resolver, instances: list[_Instance]) -> int:
    """The position of the latest instance of this select that a predicate mentions (0 if none)."""
    positions = [instances.index(r[1]) for c in conjunct.find_all(exp.Column)
                 if (r := resolve.resolved.get(id(c))) and r[0] in ("column", "derived") and r[1] in instances]
    return max(positions, default=0)


def _python_value(literal: exp.Literal, negative: bool = False) -> Any:
    if literal.is_string:
        return literal.this
    try:
        value: int | float = int(literal.this)
    except ValueError:
        value = float(literal.this)
    return -value if negative else value


# ----------------------------------------------------------------------------------------------- render

@lru_cache(maxsize=4096)
def _needs_quotes(name: str) -> bool:
    """A name that SQLite or sqlglot cannot read bare (a keyword such as `Range`, a space) is quoted,
    so that rendered SQL both runs and parses again."""
    if not (name.isidentifier() and name.isascii()):
        return True
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        sqlite3.connect(":memory:").execute(f"SELECT x.{name}, {name} FROM (SELECT 0 AS {quoted}) AS x")
        probe = sqlglot.parse_one(f"SELECT x.{name}, {name} FROM {name} AS x WHERE {name} < 1 OR x.{name} = 1",
                                  read="sqlite")
    except (sqlite3.Error, sqlglot.errors.SqlglotError):
        return True
    return [c.name for c in probe.find_all(exp.Column)] != [name] * 4


def identifier(name: str) -> exp.Identifier:
    """An identifier for a real table or column name, quoted only when SQLite needs it."""
    return exp.Identifier(this=name, quoted=_needs_quotes(name))


def literal(value: Any) -> exp.Expression:
    """A SQL literal for a value read from a database (or a gold query)."""
    if value is None:
        return exp.Null()
    if isinstance(value, bool):
        return exp.Literal.number(int(value))
    if isinstance(value, int):
        return exp.Literal.number(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no SQL literal for {value!r}")
        return exp.Literal.number(repr(value))
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return exp.Literal.string(str(value))


def render(template: Template, binding: Binding) -> str:
    """SQLite SQL for a template under a binding, in Spider's style: a select over one table has no
    alias and bare columns; a select over several names them T1, T2, ... (numbered over the whole
    query when a subquery reads an outer table, so that no name shadows another)."""
    tree = template.tree.copy()
    scopes = list(tree.find_all(exp.Select, bfs=False))
    members = {id(s): [n.alias_or_name for n in _sources(s)] for s in scopes}
    scope_of = {name: id(s) for s in scopes for name in members[id(s)]}
    correlated = {c.table for c in tree.find_all(exp.Column) if c.table in scope_of
                  and scope_of[c.table] != id(c.find_ancestor(exp.Select))}
    real_alias: dict[str, str | None] = {}
    number = 0
    for scope in scopes:
        names = members[id(scope)]
        number = number if correlated else 0
        for name in names:
            number += 1
            real_alias[name] = None if len(names) == 1 and name not in correlated else f"T{number}"

    def alias(name: str) -> exp.TableAlias | None:
        return exp.TableAlias(this=exp.to_identifier(real_alias[name])) if real_alias.get(name) else None

    for table in list(tree.find_all(exp.Table)):
        table.replace(exp.Table(this=identifier(binding.tables[table.name]), alias=alias(table.alias_or_name)))
    for subquery in tree.find_all(exp.Subquery):
        if subquery.alias in real_alias:
            subquery.set("alias", alias(subquery.alias))
    for column in list(tree.find_all(exp.Column)):
        if not _is_marker(column.parent):
            name = column.this if isinstance(column.this, exp.Star) else identifier(binding.columns.get(column.name, column.name))
            column.replace(exp.column(name, table=real_alias.get(column.table)))
    markers = [eq for eq in tree.find_all(exp.EQ, bfs=False) if _is_marker(eq)]
    for marker, pairs in zip(markers, binding.links, strict=True):
        left, right = real_alias[marker.this.table], real_alias[marker.expression.table]
        marker.replace(exp.and_(*(exp.EQ(this=exp.column(identifier(a), table=left),
                                         expression=exp.column(identifier(b), table=right)) for a, b in pairs)))
    for placeholder in list(tree.find_all(exp.Placeholder)):
        placeholder.replace(literal(binding.values[placeholder.name]))
    return tree.sql(dialect="sqlite")


# --------------------------------------------------------------------------------------------- coverage

@dataclasses.dataclass
class Coverage:
    """How much of a split yields templates: counts, template frequencies, failures by reason."""

    total: int = 0
    templated: int = 0
    templates: Counter = dataclasses.field(default_factory=Counter)  # canonical SQL -> gold queries
    failures: Counter = dataclasses.field(default_factory=Counter)   # reason -> gold queries
    examples: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # reason -> failing SQL

    @property
    def share(self) -> float:
        return self.templated / self.total if self.total else 0.0

    def summary(self, top: int = 10) -> str:
        lines = [f"templates: {self.templated}/{self.total} gold SQL ({100 * self.share:.2f}%), "
                 f"{len(self.templates)} distinct templates"]
        lines += [f"  failed ({reason}): {n}, e.g. {self.examples[reason][0]}" for reason, n in self.failures.most_common()]
        lines.append(f"most frequent {top}:")
        lines += [f"  {n:5d}  {sql}" for sql, n in self.templates.most_common(top)]
        return "\n".join(lines)


def coverage(examples: Iterable, schema_for: Callable[[str], Schema]) -> Coverage:
    """Template every example's gold SQL (`.query` on database `.db_id`, whose Schema
    `schema_for(db_id)` gives); count templates, and failures by reason."""
    result = Coverage()
    for example in examples:
        result.total += 1
        try:
            template, _ = extract(example.query, schema_for(example.db_id))
        except (TemplateError, FileNotFoundError) as exc:
            reason, what = ((exc.reason, example.query) if isinstance(exc, TemplateError)
                            else ("missing database", example.db_id))
            result.failures[reason] += 1
            result.examples.setdefault(reason, []).append(what)
            continue
        result.templated += 1
        result.templates[template.sql] += 1
    return result


def count_templates(examples: Iterable, schema_for: Callable[[str], Schema]) -> Counter:
    """Template frequencies over a split: canonical template SQL -> number of gold queries."""
    return coverage(examples, schema_for).templates


def spider_schemas(data) -> Callable[[str], Schema]:
    """db_id -> Schema for a `SpiderData` folder: reflected from the SQLite file, else read from
    tables.json (templates need no rows; Spider train's baseball_1 and soccer_1 ship no file)."""
    from text2sql.schema import cached_schema, schema_from_spider_tables

    def schema_for(db_id: str) -> Schema:
        if data.has_db(db_id):
            return cached_schema(str(data.db_path(db_id)))
        if (data.root / "tables.json").is_file() and db_id in data.tables:
            return schema_from_spider_tables(data.tables[db_id])
        raise FileNotFoundError(f"no database file and no tables.json entry for {db_id!r} in {data.root}")
    return schema_for


def main(argv: list[str] | None = None) -> None:
    """Print the template coverage of a Spider-format folder's split:
    `python -m text2sql.templates data/spider-mini [--split dev]`."""
    import argparse

    from text2sql.spider import SpiderData

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("data", help="Spider-format folder")
    parser.add_argument("--split", default="train")
    parser.add_argument("--top", type=int, default=10, help="most frequent templates to show")
    args = parser.parse_args(argv)
    data = SpiderData(args.data)
    print(coverage(data.split(args.split), spider_schemas(data)).summary(args.top))


if __name__ == "__main__":
    main()
