"""The persistence package's walls: what may import what, and what stays inside it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "store"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path, modules: frozenset[str] = frozenset()) -> set[str]:
    """Modules a file imports when it runs (annotations-only imports left out); `from
    pkg import sub` imports the module pkg.sub, not pkg's face, when it is in `modules`."""
    tree = ast.parse(path.read_text("utf-8"))
    skip = {id(n) for n in ast.walk(tree) if isinstance(n, ast.If) and _type_checking(n)}
    skipped = {id(c) for n in ast.walk(tree) if id(n) in skip for c in ast.walk(n)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            subs = {f"{node.module}.{a.name}" for a in node.names}
            found |= subs & modules
            if subs - modules:
                found.add(node.module)
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in STORE.rglob("*.py")}
    names = frozenset(files)
    return {m: {i for i in _imports(p, names) if i in files and i != m} for m, p in files.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_circle_finder_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circle_through_persistence():
    """No circle of imports passes through store/db (store/__init__.py only hands names
    on, so an import of it is left out)."""
    graph = _graph()
    for mod in graph:
        graph[mod].discard("store")
    db = [
        c for c in _circles(graph) if any(m == "store.db" or m.startswith("store.db.") for m in c)
    ]
    assert db == []


@pytest.mark.parametrize(
    "place", ["store/extract", "store/timex", "store/search.py", "store/identity.py"]
)
def test_these_never_import_persistence(place):
    paths = [ROOT / place] if place.endswith(".py") else (ROOT / place).rglob("*.py")
    bad = {
        f"{p.relative_to(ROOT)} -> {m}"
        for p in paths
        for m in _imports(p)
        if m == "store.db" or m.startswith("store.db.")
    }
    assert bad == set()


def _reached(graph: dict[str, set[str]], start: list[str]) -> dict[str, str]:
    """Every module the start modules load, each with the module that first imports it."""
    via: dict[str, str] = {}
    todo = list(start)
    while todo:
        mod = todo.pop()
        for dep in sorted(graph.get(mod, ())):
            if dep not in via and dep not in start:
                via[dep] = mod
                todo.append(dep)
    return via


def test_reach_follows_chains():
    graph = {"a": {"b"}, "b": {"c"}, "c": set(), "d": {"a"}}
    assert _reached(graph, ["a"]) == {"b": "a", "c": "b"}


def test_persistence_never_reaches_extraction_through_any_chain():
    """Not even through identity or the models: the store files what extraction found.
    The package face `store` is left out: it is the public API that exports both."""
    graph = _graph()
    for deps in graph.values():
        deps.discard("store")
    db = [m for m in graph if m == "store.db" or m.startswith("store.db.")]
    via = _reached(graph, db)
    chains = []
    for mod in via:
        if mod == "store.extract" or mod.startswith("store.extract."):
            chain = [mod]
            while chain[-1] in via:
                chain.append(via[chain[-1]])
            chains.append(" <- ".join(chain))
    assert chains == []


def _outside_db() -> list[Path]:
    """store/ and tui/ files outside store/db (tests may look inside)."""
    files = [*STORE.rglob("*.py"), *(ROOT / "tui").rglob("*.py")]
    return [p for p in files if (STORE / "db") not in p.parents]


def test_the_date_key_layout_is_known_only_to_date_key():
    layout = re.compile(r"\b(ID_MASK|ID_BITS|ORD_BITS)\b")
    inside = [p for p in (STORE / "db").glob("*.py") if p.name != "date_key.py"]
    offenders = [str(p) for p in [*inside, *_outside_db()] if layout.search(p.read_text("utf-8"))]
    assert offenders == []


def test_tinydb_only_through_its_public_seams():
    private = re.compile(r"def (_update_table|_get_next_id|_read_table)\b")
    offenders = [str(p) for p in STORE.rglob("*.py") if private.search(p.read_text("utf-8"))]
    assert offenders == []
    reach = re.compile(r"\._(storage|index)\b")
    offenders = [str(p) for p in _outside_db() if reach.search(p.read_text("utf-8"))]
    assert offenders == []


def test_no_persistence_module_passes_400_lines():
    long = {
        p.name: n
        for p in (STORE / "db").glob("*.py")
        if (n := len(p.read_text().splitlines())) > 400
    }
    assert long == {}


def test_the_event_store_composes_its_helpers_instead_of_inheriting_them():
    """Actor filing and hand decisions are objects the store owns, reached through its
    own methods (issue 15: compose, do not spread one class over mixin files)."""
    from store import EventStore
    from store.db.actor_filing import ActorFiling
    from store.db.decisions import HandDecisions

    assert EventStore.__mro__ == (EventStore, object)
    for name in ("settle_actors", "find_actor", "decisions", "merge_actors_by_hand"):
        assert name in vars(EventStore)  # a delegate of its own, the public API unchanged
    assert vars(ActorFiling).get("__init__") and vars(HandDecisions).get("__init__")


def test_restore_mode_is_asked_for_one_way():
    """EventStore.restoring() is the one way (issue 15): no function takes a `restore`
    flag beside it."""
    flagged = [
        f"{p.relative_to(ROOT)}:{node.name}"
        for p in STORE.rglob("*.py")
        for node in ast.walk(ast.parse(p.read_text("utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and "restore" in {a.arg for a in (*node.args.args, *node.args.kwonlyargs)}
    ]
    assert flagged == []


def test_no_module_of_store_or_tui_passes_400_lines():
    """Issue 15's 'done when': no module passes 400 lines, anywhere in the package."""
    long = {
        str(p.relative_to(ROOT)): n
        for p in [*STORE.rglob("*.py"), *(ROOT / "tui").rglob("*.py")]
        if (n := len(p.read_text("utf-8").splitlines())) > 400
    }
    assert long == {}
