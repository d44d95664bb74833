"""The English → Chinese glossary (assistant/ask/glossary.yaml): it loads, every phrase maps to
report wording, longer phrases win, and every Chinese term is the reports' own vocabulary."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
import yaml

from assistant.ask.glossary import TERMS, chinese_terms, load_terms

REPO = Path(__file__).resolve().parents[1]


def _yaml_text() -> str:
    return resources.files("assistant.ask").joinpath("glossary.yaml").read_text(encoding="utf-8")


def test_the_yaml_loads_as_topics_of_entries():
    data = yaml.safe_load(_yaml_text())
    assert isinstance(data, dict) and len(data) >= 10  # grouped by topic
    for topic, entries in data.items():
        assert entries, topic
        for entry in entries:
            assert set(entry) == {"en", "zh"}, (topic, entry)
    assert 400 <= len(TERMS)  # the vocabulary of the reports, not a handful of words


def test_every_phrase_maps_to_chinese():
    for phrase, chinese in TERMS.items():
        assert phrase == phrase.lower().strip() and "  " not in phrase, phrase
        assert chinese and all(re.search(r"[\u4e00-\u9fff]", term) for term in chinese), phrase


def test_a_phrase_listed_twice_or_an_entry_without_chinese_is_refused():
    with pytest.raises(ValueError, match="listed twice"):
        load_terms("a:\n  - {en: [press conference], zh: [新闻发布会]}\n"
                   "b:\n  - {en: [Press  Conference], zh: [发布会]}\n")
    with pytest.raises(ValueError, match="lacks"):
        load_terms("a:\n  - {en: [press conference], zh: []}\n")


@pytest.mark.parametrize("phrase, term", [
    ("notices and announcements", "通知公告"),
    ("government news", "政务动态"),
    ("news items", "政务动态"),
    ("news updates", "政务动态"),
    ("key areas", "重点领域"),
    ("budgets and final accounts", "财政预决算"),
    ("village affairs disclosure", "村务公开"),
    ("special columns", "专题专栏"),
    ("press conferences", "新闻发布会"),
    ("policy interpretations", "政策解读"),
    ("infographics", "图解"),
    ("online interviews", "在线访谈"),
    ("online messages", "留言"),
    ("disclosure upon request", "依申请公开"),
    ("completion rate", "办结率"),
    ("satisfaction rate", "满意率"),
    ("government new media", "政务新媒体"),
    ("wechat official accounts", "微信公众号"),
    ("video accounts", "视频号"),
    ("portal website", "门户网站"),
    ("information disclosure column", "信息公开专栏"),
    ("training sessions", "培训"),
    ("person-times", "人次"),
    ("government gazette", "政府公报"),
    ("government open days", "政府开放日"),
    ("standardisation and normalisation", "标准化规范化"),
    ("standardization and normalization", "标准化规范化"),
    ("carried over from the previous year", "上年结转"),
    ("state secrets", "国家秘密"),
    ("administrative reconsideration", "行政复议"),
    ("information processing fees", "信息处理费"),
])
def test_representative_mappings(phrase, term):
    assert term in TERMS[phrase]


def test_british_and_american_spellings_and_both_numbers():
    assert TERMS["disclosure catalogue"] == TERMS["disclosure catalog"] == TERMS["disclosure catalogues"]
    assert TERMS["rural revitalisation"] == TERMS["rural revitalization"]
    assert TERMS["press conference"] == TERMS["press conferences"]


def test_the_longest_phrase_wins_over_its_parts():
    # 'notices and announcements' is 通知公告, not also whatever 'notices' alone would add
    terms = chinese_terms("How many notices and announcements did the city publish?")
    assert terms.count("通知公告") == 1
    # 'government new media' is 政务新媒体; 'new media' inside it is not matched again (and 'government new media
    # accounts' is 政务新媒体 whole: the accounts are the new media)
    assert chinese_terms("How many government new media platforms were there?")[0] == "政务新媒体"
    assert "新媒体" not in chinese_terms("How many government new media platforms were there?")
    assert chinese_terms("How many government new media accounts were there?") == ["政务新媒体"]
    # 'disclosure requests' wins over 'requests'
    assert "申请" not in chinese_terms("How many disclosure requests were received?")
    # whole words only: 'portal' is not found inside 'portals' twice, 'rate' not inside 'rates'
    assert chinese_terms("the portals") == ["门户网站"]
    assert chinese_terms("operated") == []


def test_chinese_quoted_in_an_english_question_is_kept():
    assert chinese_terms("How many posts did “武山城关发布” publish?")[-1] == "武山城关发布"


def _report_texts(eval_docs: Path) -> str:
    """The reports the vocabulary was taken from: ../shared/eval corpus and docs (the PDF through
    pdfplumber), and the demo reports; whitespace removed, as a PDF breaks lines inside words."""
    import pdfplumber

    paths = sorted((eval_docs.parent / "corpus").glob("*.txt")) + sorted(eval_docs.glob("*.txt"))
    paths += sorted((REPO / "demo").glob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for pdf in sorted(eval_docs.glob("*.pdf")):
        with pdfplumber.open(pdf) as doc:
            texts.append("".join(page.extract_text() or "" for page in doc.pages))
    assert len(paths) > 100
    return re.sub(r"\s+", "", "\n".join(texts))


def test_every_chinese_term_is_report_vocabulary(eval_docs):
    reports = _report_texts(eval_docs)
    chinese = {term for terms in TERMS.values() for term in terms}
    missing = sorted(term for term in chinese if term not in reports)
    assert not missing, f"not in any report of ../shared/eval or demo/: {missing}"


def test_a_plural_phrase_matches_its_singular_but_a_short_word_does_not_lose_its_s():
    from assistant.ask.glossary import chinese_terms

    assert "重点领域" in chinese_terms("How many key-area items were disclosed?")
    assert "电话" in chinese_terms("What phone number should readers call?")
    assert chinese_terms("news conferences") == chinese_terms("news conference")


def test_a_singular_phrase_matches_its_plural_and_a_short_word_stays_whole():
    from assistant.ask.glossary import chinese_terms

    from assistant.ask.glossary import _literal

    plural = chinese_terms("How many public opinion solicitations were completed?")
    assert plural and plural == chinese_terms("How many public opinion solicitation were completed?")
    assert _literal("news") == ("news", False) and _literal("fax") == ("fax", False)  # no 'newss', no 'faxs'


@pytest.mark.parametrize("question", [
    "How many requests did the district carry over from the previous year?",
    "How many requests does the district carry over from the previous year?",
    "How many requests were carried over from the previous year?",
])
def test_a_phrasal_verb_matches_in_any_form_of_its_verb(question):
    assert "上年结转" in chinese_terms(question)


def test_a_single_past_participle_stays_as_listed():
    # ('handled' alone is listed; 'handle' is not matched by it: only phrases of several words take other forms)
    assert "办理" in chinese_terms("How many requests were handled?")
    assert "办理" not in chinese_terms("Who will handle requests?")
