"""An English answer names each body in English where its parts have English words, its Chinese name
after it; quotations and titles stay as the report prints them."""

from __future__ import annotations

import pytest

from assistant.ask.english_names import bodies_in_english, english_name
from conftest import index_of_texts


@pytest.mark.parametrize("body, name", [
    ("新昌县", "Xinchang County (新昌县)"),
    ("嵊泗县政府办公室", "Shengsi County Government Office (嵊泗县政府办公室)"),
    ("池州市东至县花园乡", "Huayuan Township (池州市东至县花园乡)"),
    ("福州市财政局", "Fuzhou City Finance Bureau (福州市财政局)"),
    ("杭州市余杭区发展和改革局", "Yuhang District Development and Reform Bureau (杭州市余杭区发展和改革局)"),
    ("昆都仑区市府东路街道", "Shifudong Road Subdistrict (昆都仑区市府东路街道)"),
    ("广州市花都区人民政府办公室", "Huadu District Government Office (广州市花都区人民政府办公室)"),
    # an organ with no English words here: the Chinese name, its place in pinyin
    ("武汉市硚口区城市运行管理中心", "武汉市硚口区城市运行管理中心 (Qiaokou District)"),
])
def test_the_english_name_of_a_body(body, name):
    assert english_name(body) == name


def test_a_body_is_named_in_english_outside_quotations_only():
    text = 'Xinchang: 新昌县: “新昌县共收到申请69件” [1], per “新昌县2022年政府信息公开工作年度报告”.'
    out = bodies_in_english(text, {"新昌县"})
    assert out.startswith("Xinchang: Xinchang County (新昌县): “新昌县共收到申请69件” [1]"), out
    assert out.endswith("per “新昌县2022年政府信息公开工作年度报告”."), out
    assert bodies_in_english("无", {""}) == "无"


def test_an_english_ranking_names_the_bodies_in_english(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "bs-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请32件。\n",
        "hh-2022.txt": "红河镇人民政府2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请7件。\n",
        "xc-2022.txt": "新昌县财政局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请12件。\n"})
    a = g.ask("Which body received the most information disclosure requests in 2022?")
    assert a.answered and "Baisha County (白沙县" in a.answer, a.answer
    assert "Xinchang County Finance Bureau (新昌县财政局" in a.answer, a.answer
    z = g.ask("2022年哪个单位收到的信息公开申请最多？")
    assert "County" not in z.answer, z.answer  # a Chinese answer names bodies as printed


def test_an_english_two_body_answer_names_each_body_itself_and_skips_a_clause_with_no_figure(tmp_path):
    """'Lishui or the Changchun general office': Lishui takes no organ of Changchun's (no note that
    'Lishui office' is not held), the answer is English throughout, and a report whose matching
    clause states no figure is said not to state it (never quoted as if it answered)."""
    from assistant.ask.bodies import resolve

    two = [{"source": "ls.txt", "body": "丽水市", "year": 2024}, {"source": "cc.txt", "body": "长春市人民政府办公厅", "year": 2024}]
    r = resolve("In 2024, which received more requests, Lishui or the Changchun general office?", two, "en", {2024})
    assert [m.bodies for m in r.mentions] == [("丽水市",), ("长春市人民政府办公厅",)] and not r.stand_ins
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "ha-2022.txt": "淮安市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况。将依申请公开办理作为"
                       "解难题办实事的具体实践,严格执行办理程序。\n",
        "hb-2022.txt": "淮北市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n共受理依申请公开60件,全部按时办结。\n"})
    a = g.ask("In 2022, which handled more disclosure requests, the Huai'an or the Huaibei municipal government office?")
    assert "具体实践" not in a.answer and "注：" not in a.answer, a.answer


def test_which_of_two_bodies_is_read_for_a_figure_in_each(tmp_path):
    """'which handled more…': each report is read for a figure, never for a clause of words."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "ha-2022.txt": "淮安市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况。将依申请公开办理作为"
                       "解难题办实事的具体实践,严格执行办理程序。2022年,市政府办公室共受理政府信息公开申请109件。\n",
        "hb-2022.txt": "淮北市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n共受理依申请公开60件,全部按时办结。\n"})
    a = g.ask("In 2022, which handled more disclosure requests, the Huai'an or the Huaibei municipal government office, "
              "and by how many?")
    assert a.answered and "49" in a.answer and "(109 − 60)" in a.answer, a.answer
