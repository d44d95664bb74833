"""A figure the asker guesses, to have it confirmed ('…多少件？三百多件对吧？', '…? About 300, right?'), is not
part of what is asked: the answer states the report's figure, which confirms or corrects it.

Read as part of the question, the guess had been matched against the reports like the thing asked (its
figure, its measure, its 对吧), and a question answered without it was refused with it.

``without_guess`` takes a guess at the end asking to be confirmed; ``without_guesses`` any sentence that hedges or quotes a
figure and asks nothing, beside a sentence that asks ('…总数好像是一百多件？具体是多少？', '我记得好像是40万左右？', '有人说…
只有40多条，是真的吗？实际是多少条？'): the hedge, the figure said vaguely and the asking-if-true are left out, and what
remains (the thing the guess was about) is kept before the sentence that asks. Hedges, approximations and tag questions
are Chinese grammar, not any report's wording.
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


# Words that hedge or quote ('我记得', '好像', '有人说', '有自媒体说', '听说'): the sentence says what the asker believes.
HEDGE = re.compile(r"我?(?:记得|印象中|印象里|看到过|听人说|听说)|有[^，,。？?！!]{0,4}说|网上说|据说|好像|似乎|应该是?|估计|我猜")
# A figure guessed ('一百多件', '40万左右', '超过500件', '占了七成多', '翻了一倍', '一半'), with the words that bring it; a
# bare number only after such a word ('超过500'), never a count of the question's own ('一共', '保留一位小数').
_NUMBER = "(?:" + NUMBER + ")"
_LEAD = r"(?:是|有|只有|仅有|才|就|超过了?|不到|不足|差不多|将近|接近|大约|大概|足足|多达|高达|达到了?|占了|占到了?|占|约)"
GUESSED = re.compile(_LEAD + r"*(?:一大?半|翻了?一[倍番]|翻番|" + _NUMBER
                     + r"(?:多|余|来)?(?:万|千|百)?(?:多|余)?(?:件|条|个|项|次|篇|期|份|元|块钱|成|倍|%|％)(?:多|左右|以上|以下|出头|上下)?|"
                     + _NUMBER + r"(?:万|千|百)?(?:多|左右|以上|以下|出头|上下|来))|" + _LEAD + r"+" + _NUMBER)
# Asking whether the claim is true ('是真的吗', '对吗', '对不对'), and the particles that end a guess ('吧', '吗').
TAG = re.compile(r"[，,]?\s*(?:是真的吗|是真的|对吗|对不对|是吗|是不是真的|准确吗|属实吗|是这样吗|没错吧|没错吗)\s*$|[吧吗呢]\s*$")
# The asking sentence's word for the real figure, said against the guess ('实际是多少', '实际总共').
ACTUAL = re.compile(r"(?:实际上?|真实的?|准确的?)(?=是|有|上|占|总共|一共|合计|数字|数目|情况|比例|占比)")
ASKS = re.compile(r"多少|几[件个条项份次场期篇家成]|哪|啥|什么|比例|占比|百分")


def without_guesses(question: str) -> str:
    """The question with each sentence that guesses or quotes a figure, and asks nothing, read without the guess; the
    question unchanged when no other sentence asks."""
    sentences = [s for s in re.split(r"(?<=[？?。！!；;])", question) if s.strip()]
    if len(sentences) < 2 or not any(ASKS.search(s) for s in sentences):
        return question
    out: list[str] = []
    changed = False
    for sentence in sentences:
        body = sentence.rstrip("？?。！!；; ")
        clauses = [c for c in re.split(r"[，,]", body) if c.strip()]
        guessing = [c for c in clauses if not ASKS.search(c)]
        if not HEDGE.search(body) or not any(GUESSED.search(HEDGE.sub("", c)) for c in guessing):
            out.append(sentence)
            continue
        kept = []
        last = max(i for i, c in enumerate(clauses) if c in guessing and GUESSED.search(HEDGE.sub("", c)))
        for i, clause in enumerate(clauses):
            if ASKS.search(clause):
                kept.append(clause)
                continue
            clause = TAG.sub("", HEDGE.sub("", clause))
            if i == last:
                clause = _without_figure(clause)
            if len(re.findall(r"[\u4e00-\u9fff]", clause)) >= 2:
                kept.append(clause.strip(" 、"))
        changed = True
        rest = "，".join(k for k in kept if k)
        if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 4:
            out.append(rest + ("，" if rest == "，".join(kept) and not any(ASKS.search(k) for k in kept) else sentence[len(body):]))
    if not changed:
        return question
    return re.sub(r"[，,]$", "。", ACTUAL.sub("", "".join(out)))


# How a figure is said to be near, not exact ('一百多件', '40万左右', '超过500件', '七成', '一半'): only such a figure is left out.
# An exact one ('是310件') stays, as claims.py leaves it: a right guess finds its clause by its figure.
VAGUE = re.compile(r"多|余|来|左右|上下|以上|以下|出头|超过|不到|不足|将近|接近|差不多|大约|大概|约|只有|仅|成|半|倍|番")


def _without_figure(text: str) -> str:
    """``text`` without the last figure guessed in it, when it is said vaguely ('…总数是一百多件' → '…总数')."""
    found = list(GUESSED.finditer(text))
    if not found or not VAGUE.search(found[-1].group(0)):
        return text
    m = found[-1]
    return text[:m.start()] + text[m.end():]
