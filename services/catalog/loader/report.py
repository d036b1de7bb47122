"""The load report: counts per label and relationship, join coverage and rejected rows."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from services.catalog.loader.sources import Rejection


@dataclass
class LoadReport:
    load_id: str
    data_dir: str
    seconds: float
    node_counts: dict[str, int]
    relationship_counts: dict[str, int]
    coverage: dict[str, int]
    notes: dict[str, int]
    rejections: list[Rejection]

    def coverage_percent(self) -> dict[str, float]:
        careers = self.coverage.get("careers") or 1
        return {key: round(100.0 * value / careers, 1) for key, value in self.coverage.items() if key != "careers"}

    def to_json(self) -> dict:
        return {
            "load_id": self.load_id, "data_dir": self.data_dir, "seconds": round(self.seconds, 1),
            "node_counts": self.node_counts, "relationship_counts": self.relationship_counts,
            "coverage": self.coverage, "coverage_percent": self.coverage_percent(), "notes": self.notes,
            "rejected_rows": [asdict(r) for r in self.rejections],
        }

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False))

    def format(self, first_rejections: int = 20, report_path: Path | None = None) -> str:
        """Return the report as text, listing the first `first_rejections` rejected rows."""
        lines = [f"catalog load {self.load_id} from {self.data_dir} finished in {self.seconds:.1f} s", "", "nodes:"]
        lines += [f"  {label:<24}{count:>9,}" for label, count in sorted(self.node_counts.items())]
        lines += ["relationships:"]
        lines += [f"  {kind:<24}{count:>9,}" for kind, count in sorted(self.relationship_counts.items())]

        careers = self.coverage.get("careers", 0)
        lines += ["", f"join coverage of {careers:,} careers:"]
        for key, percent in self.coverage_percent().items():
            lines.append(f"  {key:<24}{self.coverage[key]:>7,}  {percent:5.1f}%")
        if self.notes:
            lines += ["", "skipped without rejection (counts):"]
            lines += [f"  {key:<32}{count:>7,}" for key, count in sorted(self.notes.items())]

        by_file = Counter(r.file for r in self.rejections)
        lines += ["", f"rejected rows: {len(self.rejections):,}"]
        lines += [f"  {file:<56}{count:>7,}" for file, count in sorted(by_file.items())]
        for rejection in self.rejections[:first_rejections]:
            lines.append(f"  {rejection.file}:{rejection.line}: {rejection.reason}")
        if len(self.rejections) > first_rejections:
            where = f"; all are in {report_path}" if report_path else ""
            lines.append(f"  ... {len(self.rejections) - first_rejections:,} more{where}")
        return "\n".join(lines)
