"""Question words a clause says in words of its own (assistant/ask/said_otherwise.py), through the
composer's real seam with a deterministic similarity: the fictional 青溪市's clauses, written for
these tests."""

from __future__ import annotations

from assistant.ask.extractive import choose_units, idf_weights
from assistant.ask.said_otherwise import said_by, unsaid, words
from assistant.ask.terms import bigrams
from assistant.ask.tuning import TUNING
from tests.test_extractive import prose


def test_words_are_nouns_and_the_words_inside_them():
    found = words("全年通过青溪市政府门户网站发布政府信息1284条。")
    assert "门户网站" in found and "网站" in found
    assert "通过" not in found and "发布" not in found  # verbs are near most verbs: never compared


def test_names_are_not_compared():
    assert "威海" not in words("威海统计公众号")


def test_a_word_inside_a_longer_unsaid_word_stands_for_nothing_of_its_own():
    asked = ["邮政编码", "邮政", "编码"]
    assert unsaid(asked, set(), bigrams("邮政编码")) == ["邮政编码"]
    assert unsaid(asked, bigrams("邮政编码"), bigrams("邮政编码")) == []


def _similar(pairs: dict[tuple[str, str], float], otherwise: float = 0.1):
    def similarity(query: str, texts: list[str]) -> list[float]:
        return [pairs.get((query, t), otherwise) for t in texts]
    return similarity


def test_a_clause_word_already_saying_the_question_says_nothing_else():
    sim = _similar({("网民", "网络"): 0.95})
    assert said_by(["网民"], "接到网络信件327件", sim, 0.6, taken=bigrams("网络")) == {}
    assert said_by(["网民"], "接到网络信件327件", sim, 0.6) == {"网民": "网络"}


REPORT = [
    prose("全年通过青溪市政府门户网站发布政府信息1284条。", ordinal=0),
    prose("政务微信公众号推送信息300期。", ordinal=1),
    *(prose(text, ordinal=n) for n, text in enumerate([
        "本年度新收政府信息公开申请36件。", "依申请公开政府信息办结34件。", "政府信息公开工作机构1个。",
        "政府信息公开专栏更新及时。", "政府信息公开年度报告按时发布。"], start=2)),
]
QUESTION = "青溪市2024年在网上一共发了多少条政府信息？"


def _choose(passages, similarity):
    return choose_units(QUESTION, ["青溪市"], "zh", passages, idf_weights([p.text for p in passages]), similarity)


def test_a_paraphrase_is_answered_by_the_clause_that_says_it_otherwise():
    assert not _choose(REPORT, _similar({})).answered  # by shared words alone: refused
    close = _similar({("网上", "网站"): TUNING.said_otherwise_floor + 0.05})
    result = _choose(REPORT, close)
    assert result.answered and result.units[0].figures == ["1284"]


def test_a_word_not_close_enough_is_not_said():
    near = _similar({("网上", "网站"): TUNING.said_otherwise_floor - 0.05})
    assert not _choose(REPORT, near).answered


def test_a_word_a_clause_stating_a_figure_uses_is_said_in_that_word_only():
    uses = [*REPORT, prose("网上办事大厅全年访问量2万次。", ordinal=9)]
    close = _similar({("网上", "网站"): 0.95})
    assert not _choose(uses, close).answered


def test_a_part_of_the_word_says_it_only_as_its_head():
    sim = _similar({("专项经费", "专项"): 0.95, ("门户网站", "网站"): 0.95})
    assert said_by(["专项经费"], "组织召开专项活动5场", sim, 0.6) == {}
    assert said_by(["门户网站"], "通过政府网站主动公开信息3128条", sim, 0.6) == {"门户网站": "网站"}


def test_a_word_is_said_in_another_of_the_glossarys_wordings_of_its_term():
    from assistant.ask.said_otherwise import said_in_wordings

    clause = "通过门户网站主动公开各类政务信息4574条"
    # 发布 (a verb: the embedder is not asked) is said by 公开, a wording of 'publish'
    assert said_in_wordings("门户网站发布的政府信息", clause, set(), bigrams("发布")) == {"发布": "公开"}
    # … not when a clause stating a figure uses 发布 itself
    assert said_in_wordings("门户网站发布的政府信息", clause, set(), set()) == {}
