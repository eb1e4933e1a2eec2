"""Benchmark: reading N legal-status cells of a mixed ledger — the vocabulary's own words, ledger
sentences, dated event lists and unknown text — once as a ledger repeats them, once all different.

    python tests/perf/bench_legal_status.py [--size 20000] [--repeat 5]

Prints one JSON line last: {"size", "repeated_s", "distinct_s"} (medians of --repeat runs).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

from kjcg_desktop.domain import legal_status
from kjcg_desktop.domain.legal_status_terms import LOOKUP, NEUTRAL

SENTENCES = ("该专利已于2021年授权", "本申请2022年3月被驳回", "授权后放弃", "驳回后复审授权", "已授权（ZL201910123456.7）",
             "未缴年费专利权终止；授权；实质审查的生效；发明专利申请公布", "有效專利", "Granted | Transfer",
             "2019-05-06 授权；2021-03-01 专利权的转移；2023-06-02 未缴年费专利权终止", "该成果已于2020年完成并转化给某公司实施",
             "未知状态ABC", "", "申请中，已答复审查意见")


def _median_seconds(cells: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        legal_status._reading_of.cache_clear()
        legal_status._canonical.cache_clear()
        t0 = time.perf_counter()
        for cell in cells:
            legal_status.read_legal_status(cell)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rnd = random.Random(7)
    words = sorted(LOOKUP) + sorted(NEUTRAL) + list(SENTENCES)
    repeated = [rnd.choice(words) for _ in range(args.size)]
    distinct = [f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + (i // 240) % 28:02d} {w}" if i % 2 else f"{w}（第{i}号）"
                for i, w in enumerate(repeated)]
    result = {"size": args.size, "repeated_s": round(_median_seconds(repeated, args.repeat), 3),
              "distinct_s": round(_median_seconds(distinct, args.repeat), 3)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
