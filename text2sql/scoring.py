"""Scoring untrusted SQL with a hard backstop: every query runs in a worker process that is killed at
its deadline and cannot grow past an address-space cap.

`SafeExecutor` stops almost everything from inside SQLite (text2sql/execution.py). What it cannot
stop is a single C call that ignores SQLite's progress handler, or memory Python allocates outside
SQLite's heap. So scoring goes through `ScoringPool`, whose workers

- run under RLIMIT_AS: at most `limits.max_worker_bytes` of address space above what they held at
  start; past it, allocations fail (MemoryError or SQLite's "out of memory": scored wrong, worker lives);
- publish the deadline of the step they are on (each query, each comparison) in a shared board; the
  process waiting for the answer kills a worker still on that step `limits.kill_grace_s` after it.

Verdicts do not depend on history: workers cache no statements and drop their connections when
SQLite still holds much heap after a query (execution.py), and a sample whose gold fails is judged
again in a fresh process before it is called unscorable ("... (failed again in a fresh worker)"). A pool runs
at most `limits.max_pool_bytes // limits.max_worker_bytes` workers (4 by default), whatever the cores.

A killed or crashed worker (the OOM killer, a signal, a bug in SQLite) costs only the candidate it was
working on: that one is scored wrong with the reason (a gold query that kills it makes its sample
unscorable, `correct=None`), a fresh worker takes over, and the work not yet answered is sent again.
Judging is deterministic and read-only, so nothing is lost and each candidate gets exactly one verdict.

Workers start by `fork` (cheap: ~10 ms, for the command line and the evaluator) or by running a fresh
interpreter (`exec`: ~80 ms, for Ray actors and Serve replicas, whose threads make fork unsafe).
Results stream back every ~50 ms of work, so a kill repeats at most that much.

    with ScoringPool(ExecutionLimits(timeout_s=2), workers=2) as pool:
        verdicts = pool.judge([(db_path, gold_sql, [candidate_sql, ...]), ...])
        result = pool.run(db_path, sql)   # one query, a QueryResult
"""

from __future__ import annotations

import ctypes
import dataclasses
import json
import mmap
import os
import queue
import resource
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection, Pipe, wait
from typing import Callable, Sequence

from text2sql.compare import order_matters, results_match
from text2sql.execution import ExecutionLimits, QueryResult, SafeExecutor


@dataclasses.dataclass(frozen=True)
class Verdict:
    """One candidate judged against the gold: `correct` is None when it could not be scored. Without a
    gold, `rows` counts the result rows that hold a non-NULL value (synthesis keeps only SQL that
    returns something); it is None when judged against a gold."""

    correct: bool | None
    error: str | None = None
    rows: int | None = None


def judge_candidates(executor: SafeExecutor, db_path: str, gold_sql: str | None, candidates: Sequence[str],
                     mark: Callable[[int], None] | None = None) -> list[Verdict]:
    """Judge several candidate SQL strings for one question; the gold runs once. Without a gold
    (None), only executability is checked: `correct` stays None and `error` says why a run failed.
    `mark(step)` is called before each step (-1: the gold; i: candidate i, its run and its comparison)."""
    mark = mark or (lambda step: None)
    if gold_sql is None:
        verdicts = []
        for i, sql in enumerate(candidates):
            mark(i)
            result = executor.run(db_path, sql)
            verdicts.append(Verdict(None, result.error, sum(any(v is not None for v in row) for row in result.rows)
                                    if result.ok else None))
        return verdicts
    mark(-1)
    gold = executor.run(db_path, gold_sql)
    if not gold.ok:
        return [Verdict(None, f"gold query failed: {gold.error}")] * len(candidates)
    ordered = order_matters(gold_sql)
    verdicts = []
    for i, sql in enumerate(candidates):
        mark(i)
        result = executor.run(db_path, sql)
        if not result.ok:
            verdicts.append(Verdict(False, result.error))
        else:
            mark(i)  # the comparison gets its own deadline
            verdicts.append(Verdict(results_match(gold.rows, result.rows, ordered)))
    return verdicts


Sample = tuple[str, "str | None", Sequence[str]]  # (db_path, gold SQL or None, candidates)
_BOARD = ctypes.c_double * 4  # deadline (monotonic; 0: idle), sample position, step, unused
_FLUSH_S = 0.05


def _gold_failed(verdicts: Sequence[Verdict | None]) -> bool:
    return all(v is not None and v.correct is None and (v.error or "").startswith("gold query failed")
               for v in verdicts)


class _Skip:
    """Stands for a candidate already judged (it killed a worker): the next worker passes over it."""


class _WorkerLost(Exception):
    def __init__(self, position: int, step: int, reason: str):
        super().__init__(reason)
        self.position, self.step, self.reason = position, step, reason


# ---- the worker process -----------------------------------------------------------------------------

def _status_bytes(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _worker_main(conn: Connection, board_fd: int, limits: ExecutionLimits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    cap = _status_bytes("VmSize") + limits.max_worker_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    board_map = mmap.mmap(board_fd, ctypes.sizeof(_BOARD))
    board = _BOARD.from_buffer(board_map)
    executor = SafeExecutor(limits)
    conn.send(("ready", _status_bytes("VmRSS"), cap))
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        if kind == "run":
            board[1], board[2], board[0] = 0, 0, time.monotonic() + limits.timeout_s
            reply = executor.run(*payload)
        else:
            reply, last_flush = [], time.monotonic()
            for position, sample in enumerate(payload):
                reply.append((position, _judge_marked(executor, board, position, sample, limits.timeout_s)))
                if time.monotonic() - last_flush > _FLUSH_S:
                    conn.send(("part", reply))
                    reply, last_flush = [], time.monotonic()
        board[0] = 0
        conn.send(("done", reply, _status_bytes("VmHWM")))


def _judge_marked(executor: SafeExecutor, board, position: int, sample: Sample, timeout_s: float) -> list:
    db_path, gold, candidates = sample
    keep = [i for i, sql in enumerate(candidates) if not isinstance(sql, _Skip)]

    def mark(step: int) -> None:
        board[1], board[2] = position, keep[step] if step >= 0 else -1
        board[0] = time.monotonic() + timeout_s

    verdicts: list[Verdict | None] = [None] * len(candidates)
    for i, verdict in zip(keep, judge_candidates(executor, db_path, gold, [candidates[i] for i in keep], mark)):
        verdicts[i] = verdict
    return verdicts


def _exec_main() -> None:
    """Entry point of an `exec` worker, with argv CONN_FD BOARD_FD LIMITS_JSON. Started through an
    import, not `-m`, so that what it pickles names this module, not `__main__`."""
    conn_fd, board_fd, limits = int(sys.argv[1]), int(sys.argv[2]), ExecutionLimits(**json.loads(sys.argv[3]))
    _worker_main(Connection(conn_fd), board_fd, limits)


def _close_fds_except(keep: set[int]) -> None:
    """In a forked worker: drop inherited descriptors (other workers' pipes among them), so that every
    worker sees end-of-file, and exits, when the process that started it is gone."""
    for name in os.listdir("/proc/self/fd"):
        if int(name) not in keep:
            try:
                os.close(int(name))
            except OSError:
                pass


# ---- the parent's handle on one worker ----------------------------------------------------------------

class ScoringWorker:
    """One worker process, started on first use and replaced whenever it is killed or dies.
    Not thread-safe: one caller at a time (ScoringPool hands workers out)."""

    def __init__(self, limits: ExecutionLimits, start: str = "fork"):
        if start not in ("fork", "exec"):
            raise ValueError(f"start must be 'fork' or 'exec', got {start!r}")
        self.limits, self.start = limits, start
        self.restarts = 0
        self.gold_retries = 0  # samples judged again in a fresh process after their gold failed
        self.start_rss_bytes = 0  # of the current process, when it was ready
        self.peak_rss_bytes = 0   # the highest of any of its processes so far
        self.address_space_cap = 0  # RLIMIT_AS of the current process: its RSS can never exceed it
        self._pid: int | None = None

    def _launch(self) -> None:
        board_fd = os.memfd_create("spft-sql-board")
        os.ftruncate(board_fd, ctypes.sizeof(_BOARD))
        self._board_map = mmap.mmap(board_fd, ctypes.sizeof(_BOARD))
        self._board = _BOARD.from_buffer(self._board_map)
        self._conn, child = Pipe()
        if self.start == "fork":
            pid = os.fork()
            if pid == 0:  # the child never returns into the caller's stack
                code = 0
                try:
                    _close_fds_except({0, 1, 2, child.fileno(), board_fd})
                    _worker_main(child, board_fd, self.limits)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
            self._popen = None
        else:
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
            self._popen = subprocess.Popen(
                [sys.executable, "-c", "from text2sql.scoring import _exec_main; _exec_main()", str(child.fileno()), str(board_fd),
                 json.dumps(dataclasses.asdict(self.limits))], pass_fds=(child.fileno(), board_fd), env=env)
            pid = self._popen.pid
        child.close()
        os.close(board_fd)
        self._pid, self._pidfd = pid, os.pidfd_open(pid)
        try:
            _, self.start_rss_bytes, self.address_space_cap = self._receive()
        except _WorkerLost as lost:
            raise RuntimeError(f"a scoring worker failed to start: {lost.reason}") from None

    def ensure_started(self) -> None:
        if self._pid is None:
            self._launch()

    def _stop(self) -> None:
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._reap()

    def _reap(self) -> int:
        """Wait for the dead worker, close its handles; return its exit status as Popen reports it."""
        if self._popen is not None:
            status = self._popen.wait()
        else:
            status = os.waitstatus_to_exitcode(os.waitpid(self._pid, 0)[1])
        self._conn.close()
        os.close(self._pidfd)
        del self._board
        self._board_map.close()
        self._pid = None
        return status

    def close(self) -> None:
        self._stop()

    def _receive(self):
        """The worker's next message; raises _WorkerLost when it overruns its step or dies."""
        grace = self.limits.kill_grace_s
        while True:
            deadline = self._board[0]
            wait_s = 0.05 if deadline == 0 else max(0.0, deadline + grace - time.monotonic())
            ready = wait([self._conn, self._pidfd], wait_s)
            if self._conn in ready:
                try:
                    return self._conn.recv()
                except (EOFError, OSError):
                    pass  # it died mid-message: fall through to the death report
            if ready:
                position, step = int(self._board[1]), int(self._board[2])
                status = self._reap()
                self.restarts += 1
                how = f"killed by {signal.Signals(-status).name}" if status < 0 else f"exit status {status}"
                raise _WorkerLost(position, step, f"the query crashed its worker process ({how}; "
                                                  f"out of memory, or a crash inside SQLite)")
            if deadline and self._board[0] == deadline and time.monotonic() > deadline + grace:
                position, step = int(self._board[1]), int(self._board[2])
                self._stop()
                self.restarts += 1
                overran = time.monotonic() - (deadline - self.limits.timeout_s)
                raise _WorkerLost(position, step, f"timeout: still running after {overran:.1f}s (limit "
                                                  f"{self.limits.timeout_s:g}s); its worker process was killed")

    def _call(self, request: tuple, on_part: Callable[[list], None] = lambda part: None):
        self.ensure_started()
        self._conn.send(request)
        while True:
            message = self._receive()
            if message[0] == "part":
                on_part(message[1])
            else:
                self.peak_rss_bytes = max(self.peak_rss_bytes, message[2])
                return message[1]

    def run(self, db_path: str, sql: str) -> QueryResult:
        """One query, as `SafeExecutor.run`; a kill comes back as a failed result with the reason."""
        start = time.monotonic()
        try:
            return self._call(("run", (str(db_path), sql)))
        except _WorkerLost as lost:
            return QueryResult(False, error=lost.reason, seconds=time.monotonic() - start)

    def judge(self, samples: Sequence[Sample]) -> list[list[Verdict]]:
        """Verdicts for each sample, in order; survives any number of worker deaths."""
        results: list[list[Verdict] | None] = [None] * len(samples)
        known: dict[tuple[int, int], Verdict] = {}  # (sample, candidate) -> verdict of a killer
        todo = list(range(len(samples)))
        while todo:
            batch = todo
            payload = [(str(samples[i][0]), samples[i][1],
                        [_Skip() if (i, j) in known else sql for j, sql in enumerate(samples[i][2])]) for i in batch]

            def keep(pairs: list) -> None:
                for position, verdicts in pairs:
                    i = batch[position]
                    results[i] = [known.get((i, j), v) for j, v in enumerate(verdicts)]

            try:
                keep(self._call(("judge", payload), keep))
            except _WorkerLost as lost:
                i = batch[lost.position]
                if lost.step < 0:
                    results[i] = [Verdict(None, f"gold query failed: {lost.reason}")] * len(samples[i][2])
                else:
                    known[(i, lost.step)] = Verdict(False, lost.reason)
            todo = [i for i in batch if results[i] is None]
        for i, verdicts in enumerate(results):
            if verdicts and _gold_failed(verdicts):
                results[i] = self._judge_fresh(samples[i], verdicts)
        return results  # type: ignore[return-value]

    def _judge_fresh(self, sample: Sample, first: list[Verdict]) -> list[Verdict]:
        """A sample whose gold failed, judged once more in a fresh process: what ran before in the old
        one (held memory, a heap cap shared by every connection) must never decide a verdict. A gold
        that fails again is unscorable, and its reason says it failed twice."""
        self._stop()
        self.gold_retries += 1
        payload = [(str(sample[0]), sample[1], list(sample[2]))]
        answers: list = []
        try:
            answers += self._call(("judge", payload), answers.extend)
            verdicts = answers[0][1]
        except _WorkerLost as lost:
            verdicts = [Verdict(None, f"gold query failed: {lost.reason}")] * len(sample[2])
        if _gold_failed(verdicts):
            return [Verdict(None, f"{v.error} (failed again in a fresh worker)", v.rows) for v in verdicts]
        return verdicts


# ---- a bounded pool of workers --------------------------------------------------------------------------

class ScoringPool:
    """`workers` ScoringWorkers (started on first use); `run` and `judge` may be called from many
    threads at once: each call takes a free worker, or waits for one."""

    def __init__(self, limits: ExecutionLimits = ExecutionLimits(), workers: int = 1, start: str = "fork"):
        if workers < 1:
            raise ValueError(f"a ScoringPool needs at least one worker, got workers={workers}")
        # The memory budget, not the core count, bounds the pool: workers x max_worker_bytes fits it.
        workers = min(workers, max(1, limits.max_pool_bytes // limits.max_worker_bytes))
        self.limits = limits
        self.workers = [ScoringWorker(limits, start) for _ in range(workers)]
        self._idle: queue.Queue[ScoringWorker] = queue.Queue()
        for worker in self.workers:
            self._idle.put(worker)

    def _with_worker(self, fn: Callable[[ScoringWorker], object]):
        worker = self._idle.get()
        try:
            return fn(worker)
        finally:
            self._idle.put(worker)

    def run(self, db_path: str, sql: str) -> QueryResult:
        return self._with_worker(lambda worker: worker.run(db_path, sql))

    def judge(self, samples: Sequence[Sample], chunk: int | None = None,
              on_done: Callable[[int, list[list[Verdict]]], None] | None = None) -> list[list[Verdict]]:
        """Verdicts for every sample, in input order. Chunks of samples go to whichever worker is free;
        `on_done(start, verdicts)` is called as each chunk completes (progress bars)."""
        if not samples:
            return []
        size = len(self.workers)
        chunk = chunk or max(4, min(64, len(samples) // (size * 4) or 1))
        starts = iter(range(0, len(samples), chunk))
        lock = threading.Lock()
        results: list[list[Verdict]] = [None] * len(samples)  # type: ignore[list-item]
        errors: list[BaseException] = []

        def drive() -> None:
            try:
                while True:
                    with lock:
                        start = next(starts, None)
                    if start is None or errors:
                        return
                    verdicts = self._with_worker(lambda worker: worker.judge(samples[start:start + chunk]))
                    results[start:start + len(verdicts)] = verdicts
                    if on_done:
                        with lock:
                            on_done(start, verdicts)
            except BaseException as exc:  # surfaced in the caller's thread
                errors.append(exc)

        threads = [threading.Thread(target=drive, daemon=True) for _ in range(min(size, -(-len(samples) // chunk)))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        return results

    def start(self) -> "ScoringPool":
        """Start every worker now, from this thread (forking is safest before other threads exist)."""
        for worker in self.workers:
            worker.ensure_started()
        return self

    @property
    def restarts(self) -> int:
        return sum(worker.restarts for worker in self.workers)

    @property
    def gold_retries(self) -> int:
        return sum(worker.gold_retries for worker in self.workers)

    def close(self) -> None:
        for worker in self.workers:
            worker.close()

    def __enter__(self) -> "ScoringPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

