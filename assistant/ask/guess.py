"""A figure the asker guesses, to have it confirmed ('…多少件？三百多件对吧？', '…? About 300, right?'), is not
part of what is asked: the answer states the report's figure, which confirms or corrects it.

Read as part of the question, the guess had been matched against the reports like the thing asked (its
figure, its measure, its 对吧), and a question answered without it was refused with it.
"""

from __future__ import annotations

import re

NUMBER = r"[\d一二两三四五六七八九十百千万几]+(?:\.\d+)?"
# The guess: a sentence or clause of its own at the end, a figure with its measure, a word of guessing before
# it and a particle asking to confirm it after it.
GUESS_ZH = re.compile(r"(?<=[，,。？?！!；;])\s*(?:我(?:猜|记得|估计|看|印象中|听说)|印象中|听说|应该|好像|大概|估计|"
                      r"是不是|也就|就|是|有)*\s*(?:不到|超过|将近|差不多|大约|约|大概)?" + NUMBER +
                      r"(?:多|来|出头|左右|上下)?\s*[件条个篇次项人家期元场份]?(?:多|左右|上下)?\s*[，,]?\s*"
                      r"(?:对吧|对吗|对不对|是吧|是吗|没错吧|没错吗|吧)\s*[？?！!。]*\s*$")
GUESS_EN = re.compile(r"(?i)(?<=[?,;.])\s*(?:I (?:think|believe|heard|recall)\s+)?(?:it(?:'s| is| was)\s+|that(?:'s| is| was)\s+)?"
                      r"(?:about|around|roughly|some|over|under|nearly|almost|more than|fewer than|less than)?\s*"
                      r"\d[\d,]*(?:\.\d+)?\s*(?:or so|odd)?\s*(?:[a-z]+\s*)?,?\s*"
                      r"(?:right|correct|is that right|isn't it|wasn't it)\s*\?\s*$")
# What is left must still ask something.
STILL_ASKS = re.compile(r"多少|几|(?i:\bhow (?:many|much)\b|\bwhat\b|\bwhich\b)")


def without_guess(question: str) -> str:
    """The question without a guess at its end to be confirmed; the question as it is when it has none, or when
    nothing would be left asking."""
    for pattern in (GUESS_ZH, GUESS_EN):
        m = pattern.search(question)
        if m and m.start() > 0 and STILL_ASKS.search(question[: m.start()]) and \
                not STILL_ASKS.search(m.group(0).replace("几", "", 1)):
            return question[: m.start()].rstrip()
    return question

