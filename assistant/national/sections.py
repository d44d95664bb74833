"""The six sections of the national format (国办公开办函〔2021〕30号), as report headings name them
(older wordings too): 总体情况, 主动公开, 依申请公开, 行政复议/诉讼, 问题及改进, 其他."""

from __future__ import annotations

import re

SECTION_TOPICS = (r"总体情况", r"主动公开", r"依申请公开|收到和处理政府信息公开申请", r"行政复议|行政诉讼",
                  r"存在的主要问题|问题及改进", r"其他需要报告")
_TOPICS = [re.compile(t) for t in SECTION_TOPICS]


def section_topics_in(text: str) -> int:
    """How many of the six sections a text names: three or more is the report's outline."""
    return sum(1 for t in _TOPICS if t.search(text))
