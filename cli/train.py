"""``tflm train``: learn a Tractable Fault Localization Model from a corpus of known bugs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


@click.command()
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              metavar="MODEL", help="Where to write the model file (.npz; read by --model).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes computing the features of cases not yet in the cache.")
@click.option("--cv", "cv", type=click.IntRange(min=2), default=None, metavar="K",
              help="Also estimate how the model does on subjects it never saw: K-fold cross-validation grouped by "
                   "subject, recorded in the model file (K + 1 trainings).")
@click.option("--line-only", is_flag=True, default=False,
              help="Learn the line-level SPN alone (no scope or program structure): the ablation baseline.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of every random choice in learning.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Set a hyperparameter of the model (repeatable), e.g. --param n_bins=8 (see docs/model.md).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              metavar="SECONDS", help="Per-test time limit for cases that have no stored spectrum and must be run.")
def train(corpus: Path, output: Path, jobs: int, cv: int | None, line_only: bool, seed: int, params: tuple[str, ...],
          timeout: float) -> None:
    """Learn a model from CORPUS, a case set with known bug lines (e.g. from `tflm corpus build`).

    Spectra come from the corpus store, so no test runs; features are cached beside the store,
    so training again is fast. Torch and spflow are needed (pip install "tflm[train]").
    """
    import time

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tflm.errors import UsageError
    from tflm.model import TFLM, save_model
    from tflm.model.corpus import describe, load_corpus

    hyper = _parse_params(params)
    hyper.update({"seed": seed, "relational": not line_only})
    try:
        TFLM(**hyper)._validate_params()
    except (TypeError, ValueError) as exc:
        raise UsageError(f"--param: {exc}") from None
    if output.exists() and output.is_dir():
        raise UsageError(f"Cannot write the model to '{output}': it is a directory.")
    if not output.parent.exists():
        raise UsageError(f"Cannot write the model to '{output}': the directory '{output.parent}' does not exist.")
    _require_training_extra()
    console = Console(stderr=True)
    started = time.perf_counter()
    columns = (TextColumn("[bold]{task.description:<22}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("reading cases", total=None)

        def on_case(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        programs, problems = load_corpus(corpus, jobs=jobs, timeout=timeout, progress=on_case)
        for problem in problems[:5]:
            progress.console.print(f"[yellow]skipped[/] {problem}")
        if len(problems) > 5:
            progress.console.print(f"[yellow]skipped[/] ... and {len(problems) - 5} more cases")
        heldout = None
        if cv is not None:
            heldout = _cross_validate(programs, cv, hyper, progress)
        learn = progress.add_task("learning", total=None)

        def on_step(stage: str, done: int, total: int) -> None:
            progress.update(learn, description=stage, completed=done, total=total)

        model = TFLM(**hyper).fit(programs, progress=on_step, corpus=str(corpus))
    save_model(model, output, heldout=heldout)
    facts = describe(programs)
    structure = model.structure_
    console.print(
        f"tflm: trained on {facts['cases']} cases from {facts['subjects']} subjects ({facts['lines']} lines, "
        f"{facts['bug_lines']} bug lines) in {time.perf_counter() - started:.0f} s: "
        f"{structure['program_clusters']} program clusters, {structure['scope_clusters']} scope clusters, "
        f"{sum(structure['nodes'].values())} SPN nodes", highlight=False)
    if heldout is not None:
        console.print(_heldout_line(heldout), highlight=False)
    console.print(f"model written to {output} ({output.stat().st_size / 1024:.0f} KiB)", highlight=False)


def _parse_params(values: tuple[str, ...]) -> dict[str, Any]:
    import json

    from tflm.errors import UsageError

    out: dict[str, Any] = {}
    for value in values:
        name, sep, raw = value.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param takes NAME=VALUE, e.g. n_bins=8. Got '{value}' instead.")
        try:
            out[name.strip()] = json.loads(raw)
        except ValueError:
            out[name.strip()] = raw  # a bare word, e.g. template=iid
    return out


def _require_training_extra() -> None:
    import importlib.util

    from tflm.errors import UsageError

    missing = [name for name in ("torch", "spflow") if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(f"Training needs {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} not "
                         "installed.", hint='Install the training extra: pip install torch==2.13.0 "tflm[train]".')


def _cross_validate(programs: Any, k: int, hyper: dict[str, Any], progress: Any) -> dict[str, Any]:
    from tflm.evaluation.cv import cross_validate, heldout_summary

    task = progress.add_task(f"cross-validation ({k})", total=k + 1)

    def on_step(stage: str, done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    outcome = cross_validate(programs, k=k, methods=("tflm", "ochiai", "dstar", "op2", "tarantula"), params=hyper,
                             progress=on_step)
    return heldout_summary(outcome)


def _heldout_line(heldout: dict[str, Any]) -> str:
    text = (f"held-out subjects ({heldout['folds']}-fold): top-1 {100 * heldout['top1']:.1f}%, "
            f"top-5 {100 * heldout['top5']:.1f}%, EXAM {heldout['exam']:.4f}, ECE {heldout['ece']:.4f}")
    best = heldout.get("best_formula")
    if best:
        text += f"; best formula {best['method']}: top-1 {100 * best['top1']:.1f}%, EXAM {best['exam']:.4f}"
    return text
