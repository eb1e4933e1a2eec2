"""Titles of official papers (GB/T 9704-2012 7.3.1): one pair of quotes around the subject's name,
broken into balanced lines only where a line may break — never inside the quoted name or a word.
"""

from __future__ import annotations

from collections.abc import Callable

from .cjkwrap import CANNOT_END, CANNOT_START

# Words of the titles' fixed wording; a break is allowed at their edges, not inside them.
WORDS = ("关于", "拟放弃", "赋予", "科研人员", "职务科技成果", "所有权", "长期使用权", "的公示", "协议定价", "拟交易价格",
         "科技成果转化", "转化", "涉及", "关联交易", "现金奖励", "公示", "协议", "延长", "申请表", "披露表", "证据卷宗", "尽职免责")


# Inside a name too long for one line: the edges of particles and of the words technical titles are
# made of are tried before a break between any two characters.
NAME_WORDS = ("一种", "基于", "用于", "及其", "以及", "的", "与", "和", "及", "或", "、", "，", "方法", "系统", "装置", "设备",
              "技术", "材料", "工艺", "平台", "模型", "算法", "数据", "软件", "结构", "组件", "模块", "电路", "芯片", "传感器",
              "制备", "检测", "监测", "测量", "评估", "预警", "分析", "控制", "处理", "识别", "融合", "优化", "调度", "应用",
              "风险", "动态", "智能", "城市", "工业", "医疗", "诊断", "治疗", "药物", "组合物", "化合物", "生产", "制造",
              "多源", "遥感", "深度学习", "机器人", "视觉", "图像", "信号", "网络", "能源", "电池", "复合", "合金")


def one_pair_of_quotes(title: str) -> str:
    """“X” once: a name that carries its own quotes keeps them as single quotes inside (‘ ’), and a
    doubled pair (““X””) is one pair."""
    start, end = title.find("“"), title.rfind("”")
    if start < 0 or end <= start:
        return title
    inner = title[start + 1:end]
    while len(inner) >= 2 and inner[0] == "“" and inner[-1] == "”" and inner.count("“") == 1:
        inner = inner[1:-1]
    inner = inner.replace("“", "‘").replace("”", "’").replace('"', "")
    return f"{title[:start]}“{inner}”{title[end + 1:]}"


def _quoted(title: str) -> tuple[int, int]:
    start, end = title.find("“"), title.rfind("”")
    return (start, end) if 0 <= start < end else (-1, -1)


def _word_edges(title: str, words: tuple[str, ...] = WORDS) -> set[int]:
    edges: set[int] = set()
    for word in words:
        at = title.find(word)
        while at >= 0:
            edges.update((at, at + len(word)))
            at = title.find(word, at + 1)
    return edges


def _allowed(title: str, i: int) -> bool:
    """May a line end before title[i]? Not before closing marks, not after opening ones, not within Latin/digits."""
    before, after = title[i - 1], title[i]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())


def break_points(title: str, *, inside_name: bool = False, anywhere: bool = False, name_words: bool = False) -> list[int]:
    """Where a line may end: at word edges outside the quoted name; with ``name_words`` also at the
    edges of :data:`NAME_WORDS` inside it, with ``inside_name`` anywhere inside it."""
    q0, q1 = _quoted(title)
    edges = _word_edges(title) | ({q0, q1 + 1} if q0 >= 0 else set())
    inner = _word_edges(title, NAME_WORDS) if name_words else set()
    points = []
    for i in range(1, len(title)):
        if not _allowed(title, i):
            continue
        in_name = q0 < i <= q1
        if anywhere or (in_name and (inside_name or i in inner)) or (not in_name and i in edges):
            points.append(i)
    return points


def balance(title: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """The fewest lines that fit ``width``, with the longest line as short as the break points allow.
    Breaks are tried at word edges outside the quoted name first; inside the name (at its words' edges,
    then between any two characters) and then anywhere only when the name alone is wider than a line."""
    if measure(title) <= width:
        return [title]
    for options in ({}, {"name_words": True}, {"inside_name": True}, {"anywhere": True}):
        best = _best(title, [0, *break_points(title, **options), len(title)], width, measure)
        if best:
            return best
    return [title]


def _best(title: str, points: list[int], width: float, measure: Callable[[str], float]) -> list[str] | None:
    n = len(points)
    # best[j] = (lines, longest) to set title[:points[j]]
    best: list[tuple[int, float, int] | None] = [None] * n
    best[0] = (0, 0.0, -1)
    for j in range(1, n):
        for i in range(j):
            previous = best[i]
            if previous is None:
                continue
            w = measure(title[points[i]:points[j]])
            if w > width:
                continue
            lines, longest, _ = previous
            cand = (lines + 1, max(longest, w), i)
            current = best[j]
            if current is None or cand[:2] < current[:2]:
                best[j] = cand
    if best[-1] is None:
        return None
    cuts, j = [], n - 1
    while j > 0:
        cuts.append(points[j])
        step = best[j]
        assert step is not None  # every point on the path was reached
        j = step[2]
    cuts.append(0)
    cuts.reverse()
    return [title[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
