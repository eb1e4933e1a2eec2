"""The repositories' SQL (written for SQLite, with ``?`` and ``:name`` placeholders) as PostgreSQL
runs it.

The repositories keep one SQL text per query; the few SQLite spellings they use are rewritten
here, once per distinct text (cached), instead of a second copy of every query:

* ``?`` → ``%s`` and ``:name`` → ``%(name)s`` outside string literals; a literal ``%`` → ``%%``;
* ``group_concat(x[, sep])`` → ``string_agg((x)::text, sep)`` (the aggregate PostgreSQL builds in);
* ``INSERT OR IGNORE`` → ``INSERT … ON CONFLICT DO NOTHING``; ``INDEXED BY name`` is dropped;
* ``LIKE`` → ``ILIKE`` (SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not);
* ``IN (SELECT value FROM json_each(?))`` (a JSON list of ids) → the values as bigint.

Functions SQLite has and PostgreSQL lacks (``json_each`` over text, ``json_extract``, ``json_valid``,
``instr``, ``ifnull``, ``substr`` of a timestamp) are defined on the server by :mod:`.schema`.
``PRAGMA`` statements are answered by :class:`.database.PgConnection` itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _outside_quotes(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, parenthesis depth after it) of each character of ``text`` outside quotes."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        yield i, ch, depth


def _split_args(text: str) -> list[str]:
    """Top-level comma-separated arguments of a call's inside."""
    args, start = [], 0
    for i, ch, depth in _outside_quotes(text):
        if ch == "," and depth == 0:
            args.append(text[start:i])
            start = i + 1
    args.append(text[start:])
    return [a.strip() for a in args]


def _closing(sql: str, open_at: int) -> int:
    """Index of the parenthesis closing the one at ``open_at``."""
    for i, ch, depth in _outside_quotes(sql, open_at):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced parentheses in SQL: {sql[:80]}")


_GROUP_CONCAT = re.compile(r"\bgroup_concat\s*\(", re.IGNORECASE)


def _group_concat(sql: str) -> str:
    while True:
        m = _GROUP_CONCAT.search(sql)
        if not m:
            return sql
        open_at = m.end() - 1
        close = _closing(sql, open_at)
        args = _split_args(sql[open_at + 1:close])
        value = args[0]
        distinct = ""
        if value.upper().startswith("DISTINCT "):
            distinct, value = "DISTINCT ", value[9:].strip()
        sep = args[1] if len(args) > 1 else "','"
        sql = f"{sql[:m.start()]}string_agg({distinct}({value})::text, {sep}){sql[close + 1:]}"


_FROM_SUBQUERY = re.compile(r"\b(FROM|JOIN)\s*\(\s*(?=SELECT\b)", re.IGNORECASE)
_ALIAS = re.compile(r"\s*(AS\s+)?([A-Za-z_]\w*)", re.IGNORECASE)
_NOT_ALIAS = {"WHERE", "GROUP", "ORDER", "LIMIT", "UNION", "INTERSECT", "EXCEPT", "JOIN", "LEFT", "INNER", "CROSS",
              "ON", "HAVING", "WINDOW", "OFFSET", "FULL", "RIGHT", "NATURAL", "USING"}


def _alias_subqueries(sql: str) -> str:
    """PostgreSQL (before 16) wants a name for every sub-select in FROM; SQLite does not."""
    pos, n = 0, 0
    while True:
        m = _FROM_SUBQUERY.search(sql, pos)
        if not m:
            return sql
        open_at = sql.index("(", m.start())
        close = _closing(sql, open_at)
        alias = _ALIAS.match(sql, close + 1)
        if not alias or alias.group(2).upper() in _NOT_ALIAS and not alias.group(1):
            n += 1
            sql = f"{sql[:close + 1]} AS _q{n}{sql[close + 1:]}"
        pos = open_at + 1


# The ledger's search (see storage/ledger.py): a phrase MATCH on the FTS5 table is a LIKE on the
# server's trigram-indexed text (kept in lower case); the short terms' scan of the FTS5 content table
# is kjcg_short_search, over the index of each text's characters (pg_extras.sql).
_MATCH = re.compile(r"achievement_fts\s+MATCH\s+\?", re.IGNORECASE)
_SHORT_SCAN = re.compile(r"achievement_fts_content\s+WHERE\s+c0\s+LIKE\s+\?\s+ESCAPE\s+'\\'", re.IGNORECASE)

_IS_NOT_PARAM = re.compile(r"\bIS\s+NOT\s+\?", re.IGNORECASE)
_IS_PARAM = re.compile(r"\bIS\s+\?", re.IGNORECASE)

_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
_LIKE = re.compile(r"(?<![A-Za-z_])(NOT\s+)?LIKE(?![A-Za-z_])", re.IGNORECASE)
_JSON_IDS = re.compile(r"IN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\(\s*\?\s*\)\s*\)", re.IGNORECASE)


def _placeholders(sql: str) -> str:
    """``?`` → ``%s``, ``:name`` → ``%(name)s``, ``%`` → ``%%``, skipping quoted text and ``::`` casts."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            end = sql.find(ch, i + 1)
            while end != -1 and end + 1 < n and sql[end + 1] == ch:  # '' inside a literal
                end = sql.find(ch, end + 2)
            end = n - 1 if end == -1 else end
            out.append(sql[i:end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        elif ch == ":" and i + 1 < n and sql[i + 1] == ":":
            out.append("::")
            i += 2
            continue
        elif ch == ":" and (m := _IDENT.match(sql, i + 1)) and (i == 0 or sql[i - 1] != ":"):
            out.append(f"%({m.group(0)})s")
            i = m.end()
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """The PostgreSQL text of one repository statement (see the module's description)."""
    text = sql
    if "json_each" in text:
        text = _JSON_IDS.sub("IN (SELECT value::bigint FROM json_each(?))", text)
    if "IS" in text.upper() and "?" in text:  # SQLite's IS compares values, NULL included
        text = _IS_PARAM.sub("IS NOT DISTINCT FROM ?", _IS_NOT_PARAM.sub("IS DISTINCT FROM ?", text))
    if "achievement_fts" in text:  # the search text is stored in lower case (pg_extras.sql)
        text = _MATCH.sub("doc ~~ lower(kjcg_phrase_pattern(?))", text)
        text = _SHORT_SCAN.sub("kjcg_short_search(lower(?)) AS short_terms", text)
    if "group_concat" in text.lower():
        text = _group_concat(text)
    if "(" in text and "FROM" in text.upper():
        text = _alias_subqueries(text)
    if "INDEXED BY" in text.upper():
        text = _INDEXED_BY.sub("", text)
    if "LIKE" in text.upper():
        text = _LIKE.sub(lambda m: (m.group(1) or "") + "ILIKE", text)
    ignore = _INSERT_OR_IGNORE.match(text)
    if ignore:
        text = "INSERT INTO" + text[ignore.end():].rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return _placeholders(text)


def is_insert(sql: str) -> bool:
    return sql.lstrip()[:6].upper() == "INSERT"
