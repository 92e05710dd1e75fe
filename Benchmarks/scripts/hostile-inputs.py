#!/usr/bin/env python3
"""Writes the hostile and odd plain-text inputs of issue 13 next to a normal document of the
same size, for whole-process timing (Benchmarks/scripts/hostile-bench.sh).

    Benchmarks/scripts/hostile-inputs.py OUT_DIR [--big]

Every input starts from the same real plan (corpus/…jining….txt) so the pipeline has real work
to do; each pathological input has a `normal-<name>.txt` twin of the same size made by repeating
the plan. With --big it also writes 10 MB and 50 MB texts (a normal one and one 10 MB
paragraph) for peak-memory figures.
"""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = (ROOT / "corpus" / "shandong-jining-elderly-care-action-plan-2024-2026.txt").read_text(encoding="utf-8")
# A second, longer plan to pad the normal twins with real text.
PAD = "".join(
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))
)


def normal(size: int) -> str:
    """Real plan text repeated to `size` UTF-8 bytes (cut at a line break)."""
    text = SEED
    while len(text.encode("utf-8")) < size:
        text += "\n" + PAD
    raw = text.encode("utf-8")[:size]
    cut = raw.rfind(b"\n")
    return raw[: cut if cut > 0 else len(raw)].decode("utf-8", errors="ignore") + "\n"


def inserted(middle: str) -> str:
    """The seed plan with `middle` inserted after its first third of lines."""
    lines = SEED.split("\n")
    at = len(lines) // 3
    return "\n".join(lines[:at]) + "\n" + middle + "\n".join(lines[at:])


def cases() -> dict[str, str]:
    out: dict[str, str] = {}
    for n in (200, 400, 800, 3000):
        out[f"blank-{n}"] = inserted("\n" * n)
    out["spaces-3000"] = inserted("    \n" * 3000)
    out["crlf-3000"] = inserted("\n" * 3000).replace("\n", "\r\n")
    out["crlf-spaces-3000"] = inserted("  \t \n" * 3000).replace("\n", "\r\n")
    out["unpunctuated-8000"] = "\n".join(f"条目{i}" for i in range(8000)) + "\n"
    # The plan with every line break removed: one very long line.
    out["one-line"] = SEED.replace("\r", "").replace("\n", "")
    # The same text as one long paragraph, 1 MB (the 10 MB one is in --big).
    out["paragraph-1mb"] = paragraph(1_000_000)
    return out


def paragraph(size: int) -> str:
    """The normal text of `size` bytes as one paragraph: its title line, then every other line
    joined without line breaks."""
    title, _, rest = normal(size).partition("\n")
    return title + "\n" + rest.replace("\r", "").replace("\n", "") + "\n"


def main() -> None:
    out_dir = pathlib.Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in cases().items():
        (out_dir / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        size = len(text.encode("utf-8"))
        (out_dir / f"normal-{name}.txt").write_text(normal(size), encoding="utf-8", newline="")
    if "--big" in sys.argv:
        for mb in (10, 50):
            (out_dir / f"big-normal-{mb}mb.txt").write_text(normal(mb * 1_000_000), encoding="utf-8")
        (out_dir / "big-paragraph-10mb.txt").write_text(paragraph(10_000_000), encoding="utf-8")


if __name__ == "__main__":
    main()
