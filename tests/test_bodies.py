"""Which body issued each real report, and which report a question naming a body reaches.

The bodies are checked against the ones ``../shared/eval`` lists for its reports in its
SOURCES.md files (written by the people who collected them, not read by Gongkai): a question
naming the listed issuer reaches that report and no other body's. Every alias form of a dev
report's body (short names, place chains, pinyin) reaches that report alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from assistant.ask.bodies import Catalogue, names_of, resolve
from assistant.ask.bodies import catalogue as catalogue_of
from assistant.ingest.loaders import load_document
from assistant.ingest.structure import parse_report

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
FOLDERS = {"docs": EVAL / "SOURCES.md", "corpus": EVAL / "corpus" / "SOURCES.md"}

pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is not beside the repository")


def listed_issuers() -> dict[Path, str]:
    """file → the issuing body its SOURCES.md names (the first name of the cell: a note in
    brackets, a compiler after a full stop, are left out)."""
    out: dict[Path, str] = {}
    for folder, sources in FOLDERS.items():
        if not sources.is_file():
            continue
        header: list[str] = []
        for line in sources.read_text(encoding="utf-8").splitlines():
            if not line.startswith("|"):
                header = []  # a table ends at the first line that is not a row
                continue
            protected = re.sub(r"`[^`]*`", lambda m: m.group(0).replace("|", "¦"), line)
            cells = [c.strip() for c in protected.strip().strip("|").split("|")]
            if "issuing body" in cells:
                header = cells
                continue
            if not header or set(cells[0]) <= set("-: ") or len(cells) < len(header):
                continue
            name = cells[0].strip("`")
            path = EVAL / folder / name
            body = re.split(r"\s+[(（]|[.;,]\s|\s+Compiled", cells[header.index("issuing body")])[0].strip()
            if path.is_file() and body:
                out[path] = body
    return out


@lru_cache(maxsize=1)
def catalogue() -> tuple[dict, ...]:
    """One record per real report as the index keeps it (body, year, places, compiler)."""
    records = []
    for path in sorted(listed_issuers()):
        meta = parse_report(load_document(path)).meta
        records.append({"source": path.name, "body": meta.body, "year": meta.year,
                        "places": ",".join(meta.places), "compiled_by": meta.compiled_by})
    return tuple(records)


def reached(question: str, language: str = "zh") -> set[str]:
    resolution = resolve(question, list(catalogue()), language)
    return {r["source"] for group in resolution.groups for r in group} if not resolution.refusal else set()


def body_of(source: str) -> str:
    return next(r["body"] for r in catalogue() if r["source"] == source)


def same_body(a: str, b: str) -> bool:
    """Two spellings of one body: '大冶市东风路街道' and '东风路街道' (one place, one kind of organ)."""
    x, y = names_of(a), names_of(b)
    return a == b or (x.own == y.own and x.kind == y.kind and (x.kind != "department" or x.organ == y.organ))


ISSUERS = listed_issuers()


def test_the_sources_lists_are_read():
    assert len(ISSUERS) >= 100
    assert ISSUERS[EVAL / "docs" / "huaian-szf-2024.pdf"] == "淮安市人民政府"


# Known misses, each for a reason in the report itself or in how the question names the body;
# strict, so a fix shows up as an unexpected pass.
KNOWN = {
    "wuhan-jkq-zhuankoujie-2024.txt": "the name has a bracketed district, and the zone above the street is not in the gazetteer",
    "yueyang-nanhu-bgs-2025.txt": "岳阳市 cannot be checked as the parent of 南湖新区 (no gazetteer entry): refused",
}


def issuer_case(path: Path):
    reason = KNOWN.get(path.name)
    return pytest.param(path, id=path.name, marks=pytest.mark.xfail(reason=reason, strict=True) if reason else ())


@pytest.mark.parametrize("path", [issuer_case(p) for p in sorted(ISSUERS)])
def test_a_question_naming_the_listed_issuer_reaches_its_report_and_no_other_bodys(path):
    issuer = ISSUERS[path]
    sources = reached(f"{issuer}政府信息公开申请收到多少件？")
    assert path.name in sources, f"{issuer}: reached {sorted(sources)}; parsed body {body_of(path.name)!r}"
    assert all(same_body(body_of(s), body_of(path.name)) for s in sources), sorted(sources)


DEV = [r for r in catalogue() if (EVAL / "docs" / r["source"]).is_file()] if EVAL.is_dir() else []


def alias_forms(body: str) -> list[str]:
    """How a question names the body: its full name, its place forms with its organ and, for a
    government (the body a bare place name means), the place forms alone."""
    names = names_of(body)
    forms = {body} | {form + names.organ for form in names.place_forms if names.organ}
    if names.kind == "government":
        forms |= set(names.place_forms)
    return sorted(forms)


@pytest.mark.parametrize("record", DEV, ids=lambda r: r["source"])
def test_every_alias_of_a_dev_body_reaches_that_body_alone(record):
    body = record["body"]
    for form in alias_forms(body):
        sources = reached(f"{form}{record['year']}年主动公开了多少条信息？")
        assert sources and all(same_body(body_of(s), body) for s in sources), (form, sorted(sources))
    if names_of(body).kind == "government":  # 'Huai'an' is the city, not its office
        for latin in sorted(names_of(body).latin):
            sources = reached(f"How many requests did {latin.title()} receive in {record['year']}?", "en")
            assert sources and all(same_body(body_of(s), body) for s in sources), (latin, sorted(sources))


def test_a_town_name_two_held_bodies_share_is_asked_back_with_both_listed():
    """Two held 城关镇 of different counties: a question naming only 城关镇 asks which one; naming
    the county picks that one."""
    catalogue_ = [{"source": "a.txt", "body": "武山县城关镇人民政府", "year": 2024},
                  {"source": "b.txt", "body": "洛南县城关镇人民政府", "year": 2024},
                  {"source": "c.txt", "body": "武山县人民政府", "year": 2024}]
    resolution = resolve("城关镇2024年收到多少件申请？", catalogue_)
    assert set(resolution.ambiguous) == {"武山县城关镇人民政府", "洛南县城关镇人民政府"}
    assert "武山县城关镇人民政府" in resolution.refusal and "洛南县城关镇人民政府" in resolution.refusal
    picked = resolve("洛南县城关镇2024年收到多少件申请？", catalogue_)
    assert not picked.refusal and [r["source"] for g in picked.groups for r in g] == ["b.txt"]


def groups_of(resolution) -> list[list[str]]:
    """The sources of each body a resolution found, in question order."""
    return [[x["source"] for x in g] for g in resolution.groups]


HAND = [{"source": "a.txt", "body": "大冶市东风路街道", "year": 2024},
        {"source": "b.txt", "body": "番禺经济技术开发区管委会", "year": 2024},
        {"source": "c.txt", "body": "淮安市人民政府", "year": 2024},
        {"source": "d.txt", "body": "威海市统计局", "year": 2025}]


def test_two_bodies_joined_by_a_conjunction_are_two_bodies():
    r = resolve("2024年大冶东风路街道和番禺经开区管委会各收到几件信息公开申请？", HAND)
    assert not r.refusal and groups_of(r) == [["a.txt"], ["b.txt"]]
    # 跟 joins two bodies as 和 does ('A跟B比')
    two = [{"source": "ls.txt", "body": "丽水市", "year": 2024}, {"source": "cc.txt", "body": "长春市人民政府办公厅", "year": 2024}]
    r = resolve("丽水跟长春市府办比，2024年各接了多少件政府信息公开申请？", two)
    assert not r.refusal and groups_of(r) == [["ls.txt"], ["cc.txt"]], r


def test_a_place_inside_quotes_names_an_account_not_a_body():
    r = resolve("威海市统计局的“淮安发布”公众号2025年发了多少条信息？", HAND)
    assert not r.refusal and groups_of(r) == [["d.txt"]]


def test_a_body_not_held_beside_a_held_one_is_refused_not_dropped():
    r = resolve("淮安市人民政府和淮安市教育局2024年各收到多少件申请？", HAND)
    assert r.refusal and "淮安市教育局" in r.refusal


def test_a_website_of_another_body_is_no_body_asked_about_but_alone_it_names_its_owner():
    posted_on = resolve("威海市统计局2025年在淮安市政府网站上发布了多少条？", HAND)
    assert not posted_on.refusal and groups_of(posted_on) == [["d.txt"]]
    spoken_of = resolve("据威海市统计局的2025年年报，淮安市政府网站那年发了多少条信息？", HAND)
    assert not spoken_of.refusal and groups_of(spoken_of) == [["d.txt"]]
    # compared, both sites' owners are asked about
    both = resolve("2024年威海市统计局门户网站发布的信息是淮安市政府网站的几倍？", HAND)
    assert not both.refusal and groups_of(both) == [["d.txt"], ["c.txt"]]
    alone = resolve("淮安市政府网站2024年发布了多少条信息？", HAND)
    assert groups_of(alone) == [["c.txt"]]


def test_a_held_body_named_in_full_is_that_body_even_without_a_known_place():
    """云岭县 is no county the gazetteer knows: the department's name has no place to stand on,
    but naming it in full still reaches its report (and not the county government's)."""
    catalogue_ = [{"source": "a.txt", "body": "云岭县市场监督管理局", "year": 2024},
                  {"source": "b.txt", "body": "云岭县人民政府", "year": 2024}]
    r = resolve("2024年云岭县市场监督管理局收到多少件申请？", catalogue_)
    assert not r.refusal and groups_of(r) == [["a.txt"]]


def test_the_city_above_a_named_towns_county_only_locates_it():
    """'六安市' in a question about 霍邱县众兴集镇 is the city 霍邱县 is in (one 霍邱县 in China),
    not a second body asked about; asked alone it is a body the index does not hold."""
    catalogue_ = [{"source": "z.txt", "body": "霍邱县众兴集镇", "year": 2022}]
    r = resolve("众兴集镇2022年年报依据的六安市政府信息公开办文件是第几号？", catalogue_)
    assert not r.refusal and groups_of(r) == [["z.txt"]]
    assert resolve("六安市2022年收到多少件申请？", catalogue_).refusal


def test_an_english_list_of_a_district_its_street_and_its_department_names_all_three():
    """In English a place locating a body follows it ('Hanjiadun Subdistrict, Qiaokou District'); a district
    named first and a comma is an item of a list, and a department locates nothing."""
    held = [{"source": "qk.txt", "body": "武汉市硚口区人民政府", "year": 2024},
            {"source": "hjd.txt", "body": "硚口区韩家墩街道办事处", "year": 2024},
            {"source": "sj.txt", "body": "硚口区审计局", "year": 2024},
            {"source": "syl.txt", "body": "首义路街道", "year": 2024}]
    r = resolve("In 2024, which received the most requests: Qiaokou District (Wuhan), Hanjiadun Subdistrict, "
                "the Qiaokou District Audit Bureau, or Shouyilu Subdistrict?", held, "en")
    assert not r.refusal and sorted(sum(groups_of(r), [])) == ["hjd.txt", "qk.txt", "sj.txt", "syl.txt"], r
    located = resolve("How many requests did Hanjiadun Subdistrict, Qiaokou District receive in 2024?", held, "en")
    assert groups_of(located) == [["hjd.txt"]]


EN_HAND = [{"source": "h.txt", "body": "东至县花园乡", "year": 2022},
           {"source": "o.txt", "body": "东至县人民政府办公室", "year": 2022},
           {"source": "q.txt", "body": "硚口区企业服务中心", "year": 2025},
           {"source": "f.txt", "body": "福建省福州市大数据发展管理委员会", "year": 2022}]


def test_an_english_township_whose_chinese_short_name_is_a_word_is_found_by_its_level():
    from assistant.ask.understand import understand

    u = understand("How many items did Huayuan Township (Dongzhi County) publish in 2022?", EN_HAND)
    assert not u.refusal and [r["source"] for r in u.reports] == ["h.txt"]


def test_an_unknown_english_township_beside_a_held_county_is_refused_not_answered_by_the_county():
    from assistant.ask.understand import understand

    u = understand("How many items did Xiaoshan Township (Dongzhi County) publish in 2022?", EN_HAND)
    assert u.refusal and not u.reports


def test_an_english_department_named_with_its_kind_and_its_own_office():
    from assistant.ask.understand import understand

    u = understand("What is the phone number of the Qiaokou District Enterprise Service Center's party and "
                   "government office?", EN_HAND)
    assert [r["source"] for r in u.reports] == ["q.txt"]
    u = understand("How many items did Fuzhou's Big Data Development Administration Commission publish in 2022?",
                   EN_HAND)
    assert [r["source"] for r in u.reports] == ["f.txt"]


def test_an_english_department_the_list_lacks_is_found_by_its_kind_and_its_field_in_the_dictionary():
    from assistant.ask.understand import understand

    held = EN_HAND + [{"source": "c.txt", "body": "武汉市硚口区城市运行管理中心", "year": 2024},
                      {"source": "d.txt", "body": "武汉市硚口区人民政府", "year": 2024}]
    u = understand("What is the address of the Qiaokou District City Operation Management Center?", held)
    assert [r["source"] for r in u.reports] == ["c.txt"]  # not the district government's report
    u = understand("How many requests did the Qiaokou District Housing Security Center receive in 2024?", held)
    assert "d.txt" not in [r["source"] for r in u.reports]
    u = understand("How many requests did the Qiaokou Audit Bureau receive in 2024?", held)
    assert u.refusal.startswith("The index holds no report from Qiaokou Audit Bureau.")  # its words, not pinyin


def test_a_place_after_zai_beside_a_held_body_is_where_it_is_not_a_second_body():
    catalogue_ = [{"source": "w.txt", "body": "威海市统计局", "year": 2025},
                  {"source": "f.txt", "body": "福州市人民政府外事办公室", "year": 2025}]
    r = resolve("威海统计局在环翠区纪念路几号？", catalogue_)
    assert not r.refusal and groups_of(r) == [["w.txt"]]
    r = resolve("福州市外办设在仓山区盖山镇，它2025年的政务微信公众号推了多少条信息？", catalogue_)
    assert not r.refusal and groups_of(r) == [["f.txt"]]
    assert resolve("环翠区2025年收到多少件申请？", catalogue_).refusal  # named alone: a body not held
    assert resolve("威海统计局和环翠区2025年各收到多少件申请？", catalogue_).refusal  # two bodies asked


def test_an_english_field_word_without_an_organ_is_what_is_asked_and_report_places_locate():
    from assistant.ask.understand import understand

    u = understand("How many items of economic and social development statistics did Huayuan Township in "
                   "Dongzhi County publish in 2022?", EN_HAND)
    assert not u.refusal and [r["source"] for r in u.reports] == ["h.txt"]  # not a 统计局
    held = [{"source": "z.txt", "body": "钟祥镇", "year": 2019, "places": "眉山市,仁寿县"}]
    u = understand("How many items did Zhongxiang Town in Renshou County post in 2019?", held)
    assert not u.refusal and [r["source"] for r in u.reports] == ["z.txt"]
    assert understand("How many items did Zhongxiang Town in Xinjin County post in 2019?", held).refusal


def test_jieban_is_a_street_office_like_jiedaoban():
    catalogue_ = [{"source": "a.txt", "body": "东岳路街道办事处", "year": 2022, "places": "大冶市,黄石市"},
                  {"source": "b.txt", "body": "大冶市东岳路街道", "year": 2025},
                  {"source": "c.txt", "body": "大冶市东风路街道", "year": 2025}]
    r = resolve("大冶市东岳路街办2025年主动公开的信息比2022年增长了百分之几？", catalogue_, "zh", {2022, 2025})
    assert not r.refusal and sorted(s for g in groups_of(r) for s in g) == ["a.txt", "b.txt"]


def test_a_zone_committee_is_named_by_itself_and_a_street_office_through_its_district():
    catalogue_ = [{"source": "k.txt", "body": "武汉市黄陂区汉口北委员会", "year": 2021},
                  {"source": "s.txt", "body": "硚口区人民政府汉正街道办事处", "year": 2025},
                  {"source": "p.txt", "body": "莆田市发展和改革委员会", "year": 2021}]
    r = resolve("汉口北管委会2021年一共对外发布了多少条信息？", catalogue_)
    assert not r.refusal and groups_of(r) == [["k.txt"]]
    r = resolve("汉口北2021年收到过依申请公开的申请吗？", catalogue_)  # by its name alone
    assert not r.refusal and groups_of(r) == [["k.txt"]]
    r = resolve("汉正街2025年新收到几件依申请公开？", catalogue_)
    assert not r.refusal and groups_of(r) == [["s.txt"]]
    assert not names_of("莆田市发展和改革委员会").organ_forms  # a field's committee is named with its place


def test_a_place_the_towns_own_report_names_locates_it_and_function_words_are_no_towns():
    catalogue_ = [{"source": "b.txt", "body": "滨海湾新区", "year": 2025, "places": "东莞,东莞市,广东省"},
                  {"source": "z.txt", "body": "霍邱县众兴集镇", "year": 2022},
                  {"source": "l.txt", "body": "珞珈山街道", "year": 2022}]
    r = resolve("滨海湾新区管委会办理依申请公开依据的是广东省哪个规程？", catalogue_)
    assert not r.refusal and groups_of(r) == [["b.txt"]]
    assert resolve("广东省和滨海湾新区2025年各收到多少件申请？", catalogue_).refusal  # two bodies asked
    r = resolve("众兴集镇除了镇政府网站，还通过什么途径主动公开政府信息？", catalogue_)
    assert not r.refusal and groups_of(r) == [["z.txt"]]
    r = resolve("珞珈山街道除了党政综合办公室和党建办公室，还有哪些部室？", catalogue_)
    assert not r.refusal and groups_of(r) == [["l.txt"]]


def test_english_names_read_every_pinyin_and_a_parent_in_brackets_only_locates():
    from assistant.ask.understand import understand

    catalogue_ = [{"source": "c.txt", "body": "南关区长通街道", "year": 2024},
                  {"source": "w.txt", "body": "武汉市", "year": 2020},
                  {"source": "y.txt", "body": "济南市历下区燕山街道办事处", "year": 2025},
                  {"source": "l.txt", "body": "济南市历下区人民政府", "year": 2021}]
    # 长 reads chang in 长通; 武汉 is an ordinary word to jieba but a proper name in English
    u = understand("What is the postal code of the Changtong Subdistrict Office in Nanguan District?", catalogue_)
    assert [r["source"] for r in u.reports] == ["c.txt"]
    u = understand("Which phone number should be called about Wuhan municipal government's 2020 report?", catalogue_)
    assert [r["source"] for r in u.reports] == ["w.txt"]
    # 'and' later in the question does not join the district in brackets to the street as a body
    u = understand("How many requests did Yanshan Subdistrict (Lixia District, Jinan) receive in 2025, and what "
                   "was its satisfaction rate?", catalogue_)
    assert not u.refusal and [r["source"] for r in u.reports] == ["y.txt"]
    # a held district in brackets, without its level word, is no body asked about either
    catalogue_ += [{"source": "lj.txt", "body": "珞珈山街道", "year": 2022},
                   {"source": "wc.txt", "body": "武昌区", "year": 2020}]
    u = understand("How many internal offices did Luojiashan Subdistrict (Wuchang) list in its 2022 report?", catalogue_)
    assert not u.refusal and [r["source"] for r in u.reports] == ["lj.txt"]


def test_an_office_with_no_report_of_its_own_is_answered_from_its_governments_and_says_so():
    catalogue_ = [{"source": "x.txt", "body": "新蔡县人民政府", "year": 2020},
                  {"source": "b.txt", "body": "保山市人民政府", "year": 2024},
                  {"source": "bo.txt", "body": "保山市政府办公室", "year": 2024}]
    r = resolve("新蔡县政府办2020年公开的政务动态类信息有多少条？", catalogue_)
    assert not r.refusal and groups_of(r) == [["x.txt"]]
    assert r.stand_ins == [("新蔡县政府办", "新蔡县人民政府")]
    r = resolve("保山市政府办公室2024年收到多少件申请？", catalogue_)  # the office has its own report
    assert groups_of(r) == [["bo.txt"]] and not r.stand_ins
    assert resolve("新蔡县教育局2020年收到多少件申请？", catalogue_).refusal  # never for a department


def test_ordinary_words_before_a_suffix_or_used_as_verbs_are_no_places():
    catalogue_ = [{"source": "a.txt", "body": "淮安市人民政府", "year": 2024}]
    for question in ("淮安市2024年推进乡村振兴工作公开了多少条信息？",  # 振兴 is a verb here, not 振兴区
                     "淮安市2024年共有12条街道公开了信息吗？", "2024年街道层面淮安市公开了多少条？"):
        r = resolve(question, catalogue_)
        assert not r.refusal and not r.unheld, (question, r.unheld)
    assert resolve("振兴区2024年收到多少件申请？", catalogue_).refusal
    assert resolve("萧山2022年收到多少件申请？", catalogue_).refusal
    # a county's short form inside what is asked about a held body is a word there (惠民县, 惠农区);
    # named as a body — its level, an organ or a year after it, or joined by 和 — it is a second body
    r = resolve("淮安市2024年公开的惠民惠农财政补贴信息有几条？", catalogue_)
    assert not r.refusal and not r.unheld, r.unheld
    for question in ("淮安市和惠民2024年各收到多少件申请？", "淮安市和惠民县2024年各收到多少件申请？",
                     "淮安市2024年比惠民2024年多收到多少件申请？"):
        assert resolve(question, catalogue_).refusal, question
    # joined by 和 inside a longer word, it names no body ('…领域信息和惠民惠农财政补贴信息')
    r = resolve("淮安市2024年公开的公共企事业领域信息和惠民惠农财政补贴信息合计多少条？", catalogue_)
    assert not r.refusal and not r.unheld, r.unheld


def test_a_zone_named_with_its_city_and_abbreviated_and_a_count_of_streets():
    """'武汉东湖高新区关东街道' is 武汉东湖新技术开发区关东街道办事处 (新技术开发区 = 高新区; 武汉 locates
    it, no second body); '三个街道' counts streets, names none; '包头' of '包头市府东路街道' locates."""
    records = [{"source": "a.txt", "body": "武汉东湖新技术开发区关东街道办事处", "year": 2025},
               {"source": "b.txt", "body": "武汉市人民政府", "year": 2025},
               {"source": "c.txt", "body": "昆都仑区市府东路街道", "year": 2025, "places": "包头市,昆都仑区"},
               {"source": "d.txt", "body": "东山街道办事处", "year": 2025, "places": "荣成市"}]
    for question in ("2025年武汉东湖高新区关东街道收到多少件申请？", "2025年东湖高新区关东街道收到多少件申请？"):
        r = resolve(question, records)
        assert not r.refusal and groups_of(r) == [["a.txt"]], (question, r)
    r = resolve("2025年包头市府东路街道、荣成东山街道和武汉关东街道三个街道主动公开的信息加起来有多少条？", records)
    assert not r.refusal and groups_of(r) == [["c.txt"], ["d.txt"], ["a.txt"]], r


def test_the_catalogue_finds_what_one_alternation_of_its_names_finds():
    """Catalogue.find looks the question's substrings up: the leftmost name, the longest there,
    not overlapping, as a regular expression of every name (longest first) matched them."""
    bodies = ["南京市人民政府", "南京市高淳区人民政府", "高淳区教育局", "淮安市人民政府办公室", "淮安市淮安区人民政府",
              "东风路街道办事处", "滨海湾新区管委会", "城中区人民政府", "西宁市城中区人民政府办公室"]
    records = [{"source": f"{i}.md", "body": b, "year": 2024} for i, b in enumerate(bodies)]
    held = Catalogue(records)
    pattern = re.compile("|".join(re.escape(f) for f in sorted(held.index, key=len, reverse=True)))
    for question in ["南京市高淳区2024年收到多少申请？", "南京高淳和淮安市淮安区相比", "淮安淮安区教育局", "东风路街道办2023年",
                     "西宁市城中区政府办和城中区", "滨海湾新区管委会与南京市", "没有机关的问题", "高淳高淳区高淳"]:
        assert held.find(question) == [(m.group(0), m.start(), m.end()) for m in pattern.finditer(question)], question
    assert catalogue_of(records * 10) is not catalogue_of(records * 10)  # a new list: built again
    big = records * 10
    assert catalogue_of(big) is catalogue_of(big)  # the same list: built once


def test_an_english_city_after_a_named_department_locates_it_and_an_unheld_one_is_refused():
    catalogue_ = [{"source": "a.txt", "body": "武汉市硚口区城市运行管理中心", "year": 2024},
                  {"source": "b.txt", "body": "武汉市人民政府", "year": 2020}]  # 'Wuhan' is a held name too
    for question in ("What is the phone number of the Qiaokou District City Operation Management Center in Wuhan?",
                     "What is the phone number of the City Operation Management Center of Qiaokou District, Wuhan?"):
        r = resolve(question, catalogue_, "en")
        assert not r.refusal and [x["source"] for g in r.groups for x in g] == ["a.txt"], (question, r.refusal)
    from assistant.ask.understand import understand

    assert understand("What is the phone number of the Wuhan Statistics Bureau?", catalogue_).refusal
    assert understand("What are the phone numbers of the Wuhan Statistics Bureau and the Qiaokou District City "
                      "Operation Management Center?", catalogue_).refusal


ELIDED = [{"source": "g.txt", "body": "江宁区人民政府", "year": 2024},
          {"source": "s.txt", "body": "江宁区审计局", "year": 2024},
          {"source": "c.txt", "body": "淮安市人民政府", "year": 2024},
          {"source": "o.txt", "body": "淮安市政府办公室", "year": 2024},
          {"source": "t.txt", "body": "淮安市统计局", "year": 2024}]


def test_a_second_body_written_with_its_places_level_only_is_of_the_place_named_before():
    """'江宁区政府和区审计局': Chinese leaves out the place it repeats; '区审计局' is 江宁区's."""
    r = resolve("江宁区政府和区审计局2024年各收到多少件申请？", ELIDED)
    assert not r.refusal and groups_of(r) == [["g.txt"], ["s.txt"]]
    r = resolve("2024年淮安市全市受理的申请比市政府办那份年报里的多出多少件？", ELIDED)
    assert not r.refusal and groups_of(r) == [["c.txt"], ["o.txt"]]
    # a level that is not the named place's ('区' after a city) names no body of it
    r = resolve("淮安市和区统计局2024年各收到多少件申请？", ELIDED)
    assert groups_of(r) == [["c.txt"]]
    # and a level with no organ after it is an ordinary word ('和市民')
    r = resolve("淮安市政府和市民2024年座谈了几次？", ELIDED)
    assert groups_of(r) == [["c.txt"]]
    # … or at the start of a later sentence ('…？市政府办公室当年…')
    r = resolve("淮安市政府网站2024年发布的解读信息有多少条？市政府办公室当年公开的政策解读又是多少条？", ELIDED)
    assert not r.refusal and groups_of(r) == [["c.txt"], ["o.txt"]]
    r = resolve("淮安市政府2024年座谈了几次？市民参加了多少人次？", ELIDED)
    assert groups_of(r) == [["c.txt"]]


def test_a_government_asked_whose_office_alone_is_held_is_answered_by_the_office_said():
    """'银川市政府门户网站…' when the index holds 银川市人民政府办公室's report and no government's:
    the office's report (it compiles what the government publishes), as a stand-in the answer says;
    not when the government is held, nor for two offices of the place."""
    held = [{"source": "o.txt", "body": "淮安市人民政府办公室", "year": 2022},
            {"source": "t.txt", "body": "淮安市统计局", "year": 2022}]
    r = resolve("淮安市政府门户网站2022年发布了多少条信息？", held)
    assert not r.refusal and groups_of(r) == [["o.txt"]] and r.stand_ins == [("淮安市政府", "淮安市人民政府办公室")]
    with_government = held + [{"source": "g.txt", "body": "淮安市人民政府", "year": 2022}]
    assert groups_of(resolve("淮安市政府2022年发布了多少条信息？", with_government)) == [["g.txt"]]


def test_an_adverb_after_a_place_opens_no_organ_name():
    """'…硚口区各办结了多少条' named '硚口区各办', a body the index does not hold."""
    held = [{"source": "a.txt", "body": "江宁区人民政府", "year": 2024},
            {"source": "b.txt", "body": "淮安市人民政府", "year": 2024}]
    r = resolve("2024年淮安市和江宁区各办结了多少条群众留言？", held)
    assert not r.refusal and groups_of(r) == [["b.txt"], ["a.txt"]]


def test_a_departments_name_cut_short_after_its_place_is_that_department():
    """'余杭发改' for 余杭区发展和改革局: the characters after the place, in the organ's order and
    opening with its first; a particle inside a would-be town ('公开的镇街试点') names no town."""
    held = [{"source": "f.txt", "body": "杭州市余杭区发展和改革局", "year": 2022},
            {"source": "g.txt", "body": "杭州市余杭区人民政府", "year": 2022},
            {"source": "s.txt", "body": "荣成市东山街道办事处", "year": 2025}]
    r = resolve("余杭发改2022年收到的申请里网上提交的有几件？", held)
    assert not r.refusal and groups_of(r) == [["f.txt"]]
    r = resolve("余杭2022年发布了多少条信息？", held)  # '发布' is no 发展和改革局
    assert not r.refusal and groups_of(r) == [["g.txt"]]
    r = resolve("荣成东山街道2025年公开的镇街试点领域信息有几条？", held)
    assert not r.refusal and groups_of(r) == [["s.txt"]]


def test_two_english_bodies_each_take_the_organ_named_after_them():
    """'the Huadu District government office … or the Yuhang District development and reform bureau':
    the bureau is Yuhang's, not Huadu's too (which had been refused as not held)."""
    held = [{"source": "h.txt", "body": "广州市花都区人民政府办公室", "year": 2022},
            {"source": "y.txt", "body": "杭州市余杭区发展和改革局", "year": 2022},
            {"source": "w.txt", "body": "威海市统计局", "year": 2025},
            {"source": "f.txt", "body": "福州市人民政府外事办公室", "year": 2025}]
    r = resolve("In 2022, who received more disclosure requests: the Huadu District government office (Guangzhou) "
                "or the Yuhang District development and reform bureau (Hangzhou)?", held, "en")
    assert not r.refusal and groups_of(r) == [["h.txt"], ["y.txt"]]
    r = resolve("In 2025, which WeChat account pushed more items, the Weihai statistics bureau's or the Fuzhou "
                "Foreign Affairs Office's?", held, "en")
    assert not r.refusal and groups_of(r) == [["w.txt"], ["f.txt"]]
    # an organ named before places none of which names one is theirs
    zone = [{"source": "k.txt", "body": "武汉市黄陂区汉口北委员会", "year": 2021},
            {"source": "p.txt", "body": "黄陂区人民政府", "year": 2021}]
    r = resolve("How many items did the Hankou North administrative committee in Wuhan's Huangpi District release "
                "publicly in 2021?", zone, "en")
    assert not r.refusal and groups_of(r) == [["k.txt"]]


def test_a_free_trade_zones_area_and_a_new_area_are_named_in_english_by_their_own_place():
    records = [{"source": "x.txt", "body": "中国(河北)自由贸易试验区雄安片区管理委员会", "year": 2022},
               {"source": "b.txt", "body": "滨海湾新区管委会", "year": 2025},
               {"source": "c.txt", "body": "淮安市人民政府", "year": 2022}]
    r = resolve("How many items did the Xiong'an Area of the Hebei Pilot Free Trade Zone update in 2022?", records, "en")
    assert not r.refusal and groups_of(r) == [["x.txt"]], r
    r = resolve("How many items did Dongguan's Binhaiwan New Area publish in 2025?", records, "en")
    assert not r.refusal and groups_of(r) == [["b.txt"]], r


def test_an_english_place_with_its_own_level_word_borrows_no_other_places_organ():
    """'Dongguan's Binhaiwan New Area or the Fuzhou Foreign Affairs Office': the new area is a body
    of its own, not Binhaiwan's foreign affairs office (no such report: it had been refused)."""
    records = [{"source": "b.txt", "body": "滨海湾新区管委会", "year": 2025},
               {"source": "f.txt", "body": "福州市人民政府外事办公室", "year": 2025},
               {"source": "g.txt", "body": "福州市人民政府", "year": 2025}]
    r = resolve("In 2025, who posted more on their website, Dongguan's Binhaiwan New Area or the Fuzhou Foreign "
                "Affairs Office, and by how much?", records, "en")
    assert not r.refusal and groups_of(r) == [["b.txt"], ["f.txt"]], r


def test_a_place_as_a_whole_is_its_government_beside_its_office():
    """'保山全市和保山市政府办公室': 全市 opens no organ's name ('全市和保山市政府办公室' had been read as
    one department of 保山, and refused)."""
    records = [{"source": "a.txt", "body": "保山市人民政府", "year": 2024},
               {"source": "b.txt", "body": "保山市政府办公室", "year": 2024}]
    r = resolve("2024年保山全市和保山市政府办公室各受理了多少件政府信息公开申请？", records)
    assert not r.refusal and groups_of(r) == [["a.txt"], ["b.txt"]], r


def test_an_english_place_named_as_a_government_or_again_borrows_no_other_organ():
    """'the Henan Development and Reform Commission … compared with the Yinchuan municipal government
    website': Yinchuan is named as a government (it had borrowed Henan's commission, and been
    refused); 'Longan Town … versus the Government Offices Administration of Liangxi District … on the
    Liangxi government website': the organ followed by 'of' is Liangxi's, Longan Town is a town, and
    Liangxi named again is the body named before."""
    records = [{"source": "h.txt", "body": "河南省发展和改革委员会", "year": 2022},
               {"source": "y.txt", "body": "银川市人民政府", "year": 2022}]
    r = resolve("In 2022, how many items did the Henan Development and Reform Commission post on its portal, "
                "compared with the Yinchuan municipal government website?", records, "en")
    assert not r.refusal and groups_of(r) == [["h.txt"], ["y.txt"]], r
    records = [{"source": "l.txt", "body": "平武县龙安镇", "year": 2024},
               {"source": "x.txt", "body": "无锡市梁溪区机关事务管理局", "year": 2024}]
    r = resolve("In 2024, how many items did Longan Town (Pingwu County) disclose proactively, versus the Government "
                "Offices Administration of Liangxi District (Wuxi) on the Liangxi government website?", records, "en")
    assert not r.refusal and groups_of(r)[:2] == [["l.txt"], ["x.txt"]], r
    assert {s for g in groups_of(r) for s in g} == {"l.txt", "x.txt"}


def test_a_place_named_again_in_a_later_sentence_is_the_body_named_with_it_before():
    """'保山市政府办公室的微信公众号和…各发布了多少条？保山多多少？': the second 保山 is the office named
    before, not the city government (a third report it had read); '保山市政府办公室和保山市各…' names both."""
    records = [{"source": "a.txt", "body": "保山市人民政府", "year": 2024},
               {"source": "b.txt", "body": "保山市政府办公室", "year": 2024},
               {"source": "c.txt", "body": "无锡市梁溪区机关事务管理局", "year": 2024}]
    r = resolve("2024年保山市政府办公室的微信公众号和梁溪区机关事务局的公众号各发布了多少条（篇）信息？保山多多少？", records)
    assert not r.refusal and {s for g in groups_of(r) for s in g} == {"b.txt", "c.txt"}, r
    both = resolve("2024年保山市政府办公室和保山市各受理了多少件？", records)
    assert groups_of(both) == [["b.txt"], ["a.txt"]], both
    whole = resolve("2024年保山全市和保山市政府办公室各受理了多少件？保山全市多多少？", records)
    assert {s for g in groups_of(whole) for s in g} == {"a.txt", "b.txt"}, whole


def test_a_body_named_twice_is_one_body_asked_about():
    """'保山全市…和硚口区…分别是多少件？保山多出多少？': 保山 twice is one group of reports, so the
    answer compares two bodies (the table answer had listed 保山 twice and computed nothing)."""
    from assistant.ask.understand import understand

    records = [{"source": "a.txt", "body": "保山市人民政府", "year": 2024},
               {"source": "q.txt", "body": "武汉市硚口区人民政府", "year": 2024}]
    u = understand("2024年保山全市受理的政府信息公开申请和硚口区新收到的申请分别是多少件？保山多出多少？", records)
    assert [[r["source"] for r in g] for g in u.groups] == [["a.txt"], ["q.txt"]]


def test_a_qualifying_place_named_again_inside_what_is_asked_is_no_body():
    """'仁寿县钟祥镇2019年在大美仁寿APP上发的内容…': 仁寿县 qualifies 钟祥镇; 仁寿 again, inside an app's
    name, is that place, not a body the index does not hold (it had been refused: 索引中没有仁寿的报告)."""
    records = [{"source": "z.txt", "body": "钟祥镇", "year": 2019, "places": "眉山市,仁寿县"}]
    r = resolve("仁寿县钟祥镇2019年在大美仁寿APP上发的内容有多少条？", records)
    assert not r.refusal and groups_of(r) == [["z.txt"]], r


EXCLUDING = [{"source": "qk.txt", "body": "武汉市硚口区人民政府", "year": 2024},
             {"source": "sjj.txt", "body": "硚口区审计局", "year": 2024}]


@pytest.mark.parametrize("question", [
    "2024年硚口区政府（不含审计局）的公众号发了多少篇？",
    "2024年除硚口区审计局以外，硚口区政府的公众号发了多少篇？",
    "How many WeChat posts did the Qiaokou District government itself (not the audit bureau) publish in 2024?",
])
def test_a_body_named_to_be_left_out_is_not_asked_about(question):
    r = resolve(question, EXCLUDING, "en" if question.isascii() else "zh")
    assert not r.refusal and groups_of(r) == [["qk.txt"]], r


WITHIN = [{"source": "hy.txt", "body": "池州市东至县花园乡", "year": 2022},
          {"source": "ddk.txt", "body": "东至县大渡口镇", "year": 2022},
          {"source": "dq.txt", "body": "池州市青阳县丁桥镇", "year": 2022},
          {"source": "dz.txt", "body": "东至县人民政府办公室", "year": 2022},
          {"source": "qk.txt", "body": "武汉市硚口区人民政府", "year": 2022},
          {"source": "sjj.txt", "body": "硚口区审计局", "year": 2022}]


@pytest.mark.parametrize("question, sources", [
    ("2022年池州那几个乡镇里，哪个主动公开的信息最少？", {"hy.txt", "ddk.txt", "dq.txt"}),  # (东至县大渡口镇: 东至县 is in 池州)
    ("2022年东至县的乡镇里，哪个主动公开的信息最多？", {"hy.txt", "ddk.txt"}),
    ("2022年硚口区的单位里，谁收到的申请最多？", {"qk.txt", "sjj.txt"}),
])
def test_a_question_among_the_bodies_of_a_place_asks_among_those_held_under_it(question, sources):
    from assistant.ask.bodies import within_place

    place, records = within_place(question, WITHIN)
    assert {r["source"] for r in records} == sources
    from assistant.ask.understand import understand

    u = understand(question, WITHIN)
    assert not u.refusal and {r["source"] for r in u.reports} == sources


def test_a_place_named_with_no_asking_among_is_no_group():
    from assistant.ask.bodies import within_place

    assert within_place("池州的乡镇政务公开工作做得怎么样？", WITHIN) is None
    assert within_place("2022年东至县人民政府办公室收到多少件申请？", WITHIN) is None


def test_a_parent_place_sharing_a_character_with_the_body_is_left_out_of_what_is_asked():
    from assistant.ask.understand import understand

    catalog = [{"source": "a.txt", "body": "昆都仑区市府东路街道", "year": 2025}]
    u = understand("2025年包头市府东路街道在网上主动公开了多少条信息？", catalog)
    assert not u.refusal and "包头" in u.names, u.names


def test_an_organ_after_de_names_that_organ_of_the_place():
    catalogue_ = [{"source": "l.txt", "body": "无锡市梁溪区机关事务管理局", "year": 2024},
                  {"source": "q.txt", "body": "武汉市硚口区人民政府", "year": 2024}]
    r = resolve("梁溪区的机关事务局2024年在区政府网上主动放出几篇？", catalogue_)
    assert not r.refusal and groups_of(r) == [["l.txt"]]
    # a department of the place that is not held is not its government
    assert resolve("硚口区的审计局2024年发了几篇？", catalogue_).refusal
    r = resolve("硚口区的政务动态2024年发了几篇？", catalogue_)
    assert not r.refusal and groups_of(r) == [["q.txt"]]


def test_an_organ_after_words_describing_it_names_that_organ_of_the_place():
    catalogue_ = [{"source": "l.txt", "body": "无锡市梁溪区机关事务管理局", "year": 2024},
                  {"source": "q.txt", "body": "武汉市硚口区人民政府", "year": 2021},
                  {"source": "x.txt", "body": "济南市历下区人民政府", "year": 2021}]
    r = resolve("无锡梁溪区那个管机关后勤的机关事务局，2024年在区政府网上主动放出几篇？", catalogue_)
    assert not r.refusal and groups_of(r) == [["l.txt"]]
    # an organ the place's held bodies are not, after such words, is no organ of it
    assert resolve("硚口区那个管审计的审计局2021年发了几篇？", catalogue_).refusal
    # words before 的 that join another body are no description ('历下区和武汉硚口区的政府门户网站')
    r = resolve("2021年济南历下区和武汉硚口区的政府门户网站，各自的信息量是多少？", catalogue_)
    assert not r.refusal and sorted(groups_of(r)) == [["q.txt"], ["x.txt"]]


def test_a_city_above_a_body_known_from_its_report_locates_it_before_or_after_de():
    # the street office's name has no place; its report names 荣成市 (whose city is 威海市)
    catalogue_ = [{"source": "d.txt", "body": "东山街道办事处", "year": 2025, "places": "荣成市"},
                  {"source": "w.txt", "body": "威海市统计局", "year": 2025}]
    for question in ("威海荣成东山街道2025年主动公开了多少条？", "荣成的东山街道2025年主动公开了多少条？",
                     "威海荣成的东山街道办，2025年对外公开的政务信息是多少条？"):
        r = resolve(question, catalogue_)
        assert not r.refusal and groups_of(r) == [["d.txt"]], question
    # a city joined to the body by 和 is a second body asked about, and not held
    assert resolve("威海和东山街道2025年各主动公开了多少条？", catalogue_).refusal
    # a city the report gives no reason to place it under does not qualify it
    assert resolve("柳州的东山街道2025年主动公开了多少条？", catalogue_).refusal


@pytest.mark.parametrize("question, years", [
    ("福州财政局的年报说从2003年以来网上累计公开了多少篇？", set()),
    ("保山市去年年底还剩几件信息申请没弄完、只能挪到2025年再处理？", set()),
    ("从2021年到2024年变化了多少？", {2021, 2024}),
])
def test_a_year_where_a_span_starts_or_something_is_carried_to_is_no_report_year(question, years):
    from assistant.ask.understand import understand

    assert understand(question, [{"source": "f.txt", "body": "福州市财政局", "year": 2022}]).years == years


def test_an_english_drc_and_an_account_named_with_at():
    from assistant.ask.understand import understand

    catalogue_ = [{"source": "h.txt", "body": "河南省发展和改革委员会", "year": 2022},
                  {"source": "f.txt", "body": "福州市大数据发展管理委员会", "year": 2022},
                  {"source": "s.txt", "body": "河南省人民政府", "year": 2022}]
    u = understand("Henan DRC in 2022: for how many provincial CPPCC proposals did it make the handling results public?",
                   catalogue_)
    assert not u.refusal and [r["source"] for r in u.reports] == ["h.txt"]
    # a bureau's abbreviation from its field's initials and its kind's ('DRB': 发展和改革局)
    bureau = [{"source": "y.txt", "body": "杭州市余杭区发展和改革局", "year": 2022},
              {"source": "z.txt", "body": "杭州市余杭区人民政府", "year": 2022}]
    u = understand("How many requests did Yuhang DRB receive in 2022?", bureau)
    assert not u.refusal and [r["source"] for r in u.reports] == ["y.txt"]
    # '@福州发布' names an account, not a body asked about
    u = understand("Per the Fuzhou big data commission's 2022 report, what was the Weibo output of the @福州发布 "
                   "account that year?", catalogue_)
    assert not u.refusal and [r["source"] for r in u.reports] == ["f.txt"]


def test_an_english_bracket_after_a_body_is_where_it_is_not_what_is_asked():
    from assistant.ask.understand import understand

    catalogue_ = [{"source": "b.txt", "body": "昆都仑区市府东路街道", "year": 2025}]
    u = understand("Shifudonglu subdistrict (Kundulun, Baotou) – what was its total of proactively released items "
                   "for 2025?", catalogue_)
    assert not u.refusal and [r["source"] for r in u.reports] == ["b.txt"]
    assert {"Kundulun", "Baotou"} <= set(u.names), u.names


def test_a_department_of_a_place_the_gazetteer_does_not_hold_is_named_by_its_place():
    """'青溪市统计局' (青溪市 is no real city): the place up to its level, the department after it — named
    in English by the place's pinyin, and in Chinese in short."""
    catalogue_ = [{"source": "t.txt", "body": "青溪市统计局", "year": 2025},
                  {"source": "g.txt", "body": "青溪市人民政府", "year": 2025}]
    names = names_of("青溪市统计局")
    assert names.places == ("青溪市",) and names.organ == "统计局" and "qingxi" in names.latin
    for question in ("How many items did Qingxi Statistics Bureau publish in 2025?", "青溪统计局2025年发布了多少条？"):
        r = resolve(question, catalogue_, "en" if question.isascii() else "zh")
        assert not r.refusal and groups_of(r) == [["t.txt"]], question
    assert groups_of(resolve("青溪市2025年发布了多少条？", catalogue_)) == [["g.txt"]]
    # a department named by an ordinary word is no place's ('城市管理局': 城市 is no place)
    assert names_of("城市管理局").places == ()


def test_the_city_above_an_english_named_body_is_no_word_asked():
    from assistant.ask.understand import understand

    catalogue_ = [{"source": "a.txt", "body": "昆都仑区市府东路街道", "year": 2025, "places": "包头市"}]
    u = understand("For Baotou's Shifudonglu subdistrict, how many records were filed over 2025?", catalogue_)
    assert not u.refusal and [r["source"] for r in u.reports] == ["a.txt"] and "baotou" in u.names


def test_an_organ_said_with_a_locative_after_its_place_is_that_places_organ():
    """'东风路街上的街道办', '东至县里的政府办': a locative between a place and its organ ('上的', '里的',
    '上那个') leaves the organ the place's; '哪几个街道' asks which streets, naming none."""
    held = HAND + [{"source": "e.txt", "body": "东至县人民政府办公室", "year": 2022},
                   {"source": "f.txt", "body": "东至县大渡口镇", "year": 2022}]
    r = resolve("东风路街上的街道办，2024年在网站公开的行政执法信息有几条？", held)
    assert not r.refusal and groups_of(r) == [["a.txt"]], r
    r = resolve("东风路街上那个街道办2024年收到几件申请？", held)
    assert not r.refusal and groups_of(r) == [["a.txt"]], r
    r = resolve("东至县里的政府办2022年乡村振兴方面的信息发了多少条？", held)
    assert not r.refusal and groups_of(r) == [["e.txt"]], r
    r = resolve("2024年街道一级的年报里，主动公开条数排名前三依次是哪几个街道？", held)
    assert not r.refusal, r


def test_a_department_said_before_its_place_with_zai_is_that_places_department():
    held = [{"source": "a.txt", "body": "硚口区审计局", "year": 2024},
            {"source": "b.txt", "body": "武汉市硚口区人民政府", "year": 2024}]
    r = resolve("审计局在硚口开的那个公众号，2024年全年发文几篇？", held)
    assert not r.refusal and groups_of(r) == [["a.txt"]], r
    r = resolve("统计局在硚口开的公众号2024年发文几篇？", held)  # (no 统计局 held: not the government's report)
    assert r.refusal and "统计局" in r.refusal, r
    r = resolve("2024年在硚口发了多少条信息？", held)  # (a place alone is its government)
    assert not r.refusal and groups_of(r) == [["b.txt"]], r


def test_a_year_said_relative_to_today_is_that_calendar_year(monkeypatch):
    """'去年' asked in 2026 is 2025: not the latest report held (2022's), whose figure is another year's."""
    import assistant.ask.understand as understand_module

    monkeypatch.setattr(understand_module, "this_year", lambda: 2026)
    held = [{"source": "a.txt", "body": "新昌县", "year": 2022}, {"source": "b.txt", "body": "新昌县", "year": 2025}]
    assert understand_module.understand("新昌县去年收到了多少件申请？", held).years == {2025}
    assert understand_module.understand("How many requests did Xinchang receive last year?", held).years == {2025}
    u = understand_module.understand("新昌县今年收到了多少件申请？", held[:1])
    assert u.refusal and "2026" in u.refusal
    # (a year named wins; a year compared with is no year asked)
    assert understand_module.understand("新昌县去年（2022年）收到多少件？", held).years == {2022}
    assert understand_module.understand("新昌县2022年比去年多了多少？", held).years == {2022}
    assert understand_module.understand("新昌县去年年底还剩几件申请只能挪到2026年再处理？", held).years == set()
