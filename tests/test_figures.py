"""Figure extraction and matching: the rules in assistant/figures.py's docstring, case by case."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from assistant.zh.figures import extract_figures, figure_supported, fold_width, normalise_figure


def raws(text: str) -> list[str]:
    return [f.raw for f in extract_figures(text)]


def values(text: str) -> list[str]:
    return [f.canonical for f in extract_figures(text)]


def only(text: str):
    (figure,) = extract_figures(text)
    return figure


# --------------------------------------------------------------------------- Arabic numbers


@pytest.mark.parametrize("text,expected", [
    ("本年处理决定数量: 3985758", ["3985758"]),
    ("共3,985,758件", ["3985758"]),
    ("共3，985，758件", ["3985758"]),  # Chinese commas as thousands separators
    ("共３９８５７５８件", ["3985758"]),  # full-width digits
    ("占比58.5%", ["58.5%"]),
    ("占比５８．５％", ["58.5%"]),
    ("百分之58.5", ["58.5%"]),
    ("主动公开45.28万条", ["452800"]),
    ("45.28 万条", ["452800"]),
    ("投入9.6亿元", ["960000000"]),
    ("3千万元", ["30000000"]),
    ("1.2万亿元", ["1200000000000"]),
    ("2024年12月31日", ["2024", "12", "31"]),
    ("增长5‰", ["5‰"]),
])
def test_arabic_figures(text, expected):
    assert values(text) == expected


def test_figure_fields_keep_the_written_form_and_its_place():
    text = "全年主动公开45.28万条信息"
    fig = only(text)
    assert fig.raw == "45.28万" and text[fig.start:fig.end] == fig.raw
    assert fig.value == Decimal(452800) and fig.unit == "条"
    pct = only("占58.5％。")
    assert (pct.raw, pct.unit, pct.value) == ("58.5％", "%", Decimal("58.5"))
    assert only("2024年").unit == "年"


def test_offsets_point_into_the_original_text_with_full_width_forms():
    text = "（一）共受理３，９８５件，办结１２件"
    for fig in extract_figures(text):
        assert text[fig.start:fig.end] == fig.raw
    assert raws(text) == ["３，９８５", "１２"]


@pytest.mark.parametrize("text,expected", [
    ("受理12，办结34", ["12", "34"]),  # a clause comma, not a thousands separator
    ("1,2,3", ["1", "2", "3"]),
    ("12,345,67", ["12", "345", "67"]),  # inconsistent grouping: not one number
    ("2千克", ["2"]),  # 千克 is a unit of weight, not a scale
    ("增长2.5个百分点", ["2.5"]),  # percentage points are not a percentage
])
def test_separators_and_scales_only_where_they_are_meant(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("详见[1]和[12]，另见[1,2]", []),
    ("（1）受理；(2)办结；（3）答复", []),
    ("1. 概述\n2、其他\n  3. 附则", []),
    ("一、总体情况\n（三）依申请公开\n第二十条第（六）项", []),
    ("1.5万件", ["15000"]),  # a decimal at the start of a line is a figure, not an ordinal
    ("共（12）件", ["12"]),  # an enumerator shape followed by a measure word is a count
    ("见[3]：收到申请26件", ["26"]),
    ("依据第20条，见第3页", []),
    # a web address counts nothing (nor does a mail domain); the count after it does
    ("报告可在门户网站(http://mlxxxgk.harbin.gov.cn/col/col12946/index.html)查阅", []),
    ("通过门户网站（www.yinchuan.gov.cn）发布信息16642条", ["16642"]),
    ("邮箱:ahqyfx@126.com", []),
])
def test_markers_enumerators_and_ordinals_are_not_figures(text, expected):
    assert values(text) == expected


# --------------------------------------------------------------------------- Chinese numerals


@pytest.mark.parametrize("text,expected", [
    ("收到申请十二件", ["12"]),
    ("二十六个部门", ["26"]),
    ("三千九百四十条", ["3940"]),
    ("两个平台", ["2"]),
    ("十件", ["10"]),
    ("一百零五项", ["105"]),
    ("两万件", ["20000"]),
    ("三亿五千万元", ["350000000"]),
    ("一万亿元", ["1000000000000"]),
    ("三十余件", ["30"]),
    ("十五个工作日", ["15"]),
    ("二〇二四年", ["2024"]),
    ("二零二一年", ["2021"]),
    ("百分之五十", ["50%"]),
    ("百分之三点五", ["3.5%"]),
    ("百分之百", ["100%"]),
    ("五十%", ["50%"]),
])
def test_chinese_numerals_with_a_unit_are_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "一是加强组织领导", "一般性问题", "统一项目管理", "一些部门", "第一次会议", "第二十条",
    "（三）依申请公开", "一、总体情况", "近三年", "万一", "千万不要", "两会期间", "唯一一个", "进一步",
    "一二件",  # digit by digit with a measure word is not how a count is written
    "两三个",
])
def test_chinese_numerals_in_words_headings_and_ordinals_are_not_figures(text):
    assert raws(text) == []


def test_mixed_text():
    text = "2024年，全市主动公开政府信息45.28万条，其中一是政策文件1462件，统一平台发布二十六个。"
    assert values(text) == ["2024", "452800", "1462", "26"]


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize("raw,canonical", [
    ("3,985,758", "3985758"), ("3，985，758", "3985758"), ("３９８５７５８", "3985758"),
    ("45.28万", "452800"), ("45.28万条", "452800"), ("9.6亿", "960000000"),
    ("58.5%", "58.5%"), ("58.5％", "58.5%"), ("58.50%", "58.5%"), ("百分之五十", "50%"),
    ("十二", "12"), ("十二件", "12"), ("二〇二四", "2024"), ("2024年", "2024"), ("100.0", "100"),
    ("（一）", "(一)"), ("总计 1，234 件，另 5 件", "总计1234件,另5件"),  # not one quantity: folded text
])
def test_normalise_figure(raw, canonical):
    assert normalise_figure(raw) == canonical


def test_fold_width_keeps_length_and_leaves_circled_numbers():
    assert fold_width("３，９８５％（一）　①") == "3,985%(一) ①"


# --------------------------------------------------------------------------- support


@pytest.mark.parametrize("answer_fig,text", [
    ("3985758", "本年处理决定数量: 3,985,758"),
    ("3,985,758", "本年处理决定数量: 3985758"),
    ("3985758", "3，985，758件"),
    ("45.28万", "主动公开452800条"),
    ("452800", "主动公开45.28万条"),
    ("45.28万条", "45.28万"),
    ("100%", "办结率100％"),
    ("百分之五十", "占50%"),
    ("十二", "收到申请12件"),
    ("12", "收到申请十二件"),
    ("2024", "淮安市人民政府二〇二四年政府信息公开工作年度报告"),
    ("2024年", "淮安市人民政府2024年政府信息公开工作年度报告"),
    ("58.50%", "58.5%"),
    ("046", "编号046"),
])
def test_same_quantity_in_another_form_is_supported(answer_fig, text):
    fig = only(answer_fig) if extract_figures(answer_fig) else None
    if fig is None:  # a bare Chinese numeral: read it as the figure the caller says it is
        fig = only(answer_fig + "件")
    assert figure_supported(fig, text)


@pytest.mark.parametrize("answer_fig,text", [
    ("46", "共460件"),
    ("46", "共1462件"),
    ("46", "共46.5件"),
    ("46", "编号A046-1462"),
    ("1462", "共14620件"),
    ("58.5%", "共58.5万条"),
    ("58.5%", "共58.5件"),  # a percentage needs a percentage
    ("58.5", "占58.5%"),  # and a plain number is not a percentage
    ("2.5%", "提高2.5个百分点"),
    ("45.28万", "45.28条"),
    ("45.3万", "452800条"),  # rounded is not the same
    ("3985758", "3985759"),
    ("12", "第十二条"),  # an ordinal is not a figure of the text
    ("1", "统一项目"),
    ("12", "[12] 见附件"),
    ("12", "依据第12条"),
    ("46", "编号046"),  # a code with a leading zero is not the number 46
])
def test_similar_looking_quantities_are_not_supported(answer_fig, text):
    assert not figure_supported(only(answer_fig), text)


# --------------------------------------------------------------------------- properties
# Seeded random cases (the project does not depend on hypothesis); the seed keeps CI reproducible.

CASES = random.Random(20241124)
INTS = [CASES.randrange(0, 10**k) for k in range(1, 13) for _ in range(40)]


def _zh_int(n: int) -> str:
    """n written in Chinese numerals (up to 9999,9999,9999), the way the reports write them."""
    digits = "零一二三四五六七八九"

    def below_10000(v: int) -> str:
        out, zero = "", False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d = v // size % 10
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + unit
                zero = False
            else:
                zero = True
        return out

    if n == 0:
        return "零"
    parts = []
    for unit, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        chunk = n // size % 10**4
        if chunk:
            if parts and chunk < 1000:
                parts.append("零")
            parts.append(below_10000(chunk) + unit)
        elif parts and parts[-1] != "零":
            parts.append("零")
    return "".join(parts).rstrip("零")


@pytest.mark.parametrize("n", INTS)
def test_property_any_grouping_of_an_int_is_supported_by_its_plain_form(n):
    grouped, fullwidth = f"{n:,}", f"{n:,}".replace(",", "，")
    plain = str(n)
    for written in (grouped, fullwidth, fold_width(plain).translate(str.maketrans("0123456789", "０１２３４５６７８９"))):
        assert figure_supported(only(f"共{written}件"), f"数量为{plain}件")
        assert figure_supported(only(f"共{plain}件"), f"数量为{written}件")
        assert normalise_figure(written) == plain


@pytest.mark.parametrize("n", INTS[::4])
def test_property_a_number_is_never_found_inside_a_longer_one(n):
    fig = only(f"共{n}件")
    for longer in (f"{n}1", f"1{n}", f"{n}.5", f"{n + 1}"):
        assert not figure_supported(fig, f"数量为{longer}件")


@pytest.mark.parametrize("n", INTS[::2])
def test_property_chinese_numerals_read_back(n):
    assert values(f"共{_zh_int(n)}件") == [str(n)]


@pytest.mark.parametrize("n", [CASES.randrange(1, 10**8) for _ in range(60)])
def test_property_wan_scale_equals_plain_value(n):
    wan = Decimal(n) / 10000  # e.g. 452800 -> 45.28
    written = f"{wan:f}".rstrip("0").rstrip(".") + "万"
    assert figure_supported(only(f"共{n}条"), f"公开{written}条")
    assert figure_supported(only(f"公开{written}条"), f"共{n}条")
    assert not figure_supported(only(f"{written}"), f"共{n}%")


@pytest.mark.parametrize("text", ["银川市人民政府门户网站 www.example.gov.cn 2023-01-28", "2023/1/28", "2023.01.28发布"])
def test_a_date_written_with_separators_is_a_year_a_month_and_a_day(text):
    """Not the plain numbers 2023, 1 and 28 (nor the decimal 2023.01): a page's date line is no count."""
    assert [f.unit for f in extract_figures(text)] == ["年", "月", "日"]


def test_a_decimal_and_a_range_of_years_are_no_date():
    assert [(f.raw, f.unit) for f in extract_figures("增长2023.5%")] == [("2023.5%", "%")]
    assert [f.unit for f in extract_figures("2021-2023年")] == ["", "年"]


def test_a_number_quoted_whole_is_a_name_not_a_figure():
    # ('紧扣“3815”战略发展目标': a strategy's name; a hotline's number in quotes likewise)
    assert [f.raw for f in extract_figures("紧扣“3815”战略发展目标和打造“六个春城”建设目标")] == ["六"]
    assert [f.raw for f in extract_figures("受理“12345”热线转办件123件")] == ["123"]
    assert [f.raw for f in extract_figures("发布信息“共3815条”")] == ["3815"]  # (quoted with words: a count)


def test_a_documents_number_is_no_figure():
    assert extract_figures("(国办公开办函〔2021〕30号)及省市有关工作要求") == []
    assert [f.raw for f in extract_figures("印发《意见》(中办发〔2024〕18号),全年发布信息120条")] == ["120"]
