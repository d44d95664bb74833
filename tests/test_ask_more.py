"""More questions on the real reports than the dev suite asks, written for this project: other
rows and columns of the standard tables, other prose figures, other phrasings, English, and
questions the reports cannot answer. The bar: no wrong figure, ever; few refusals."""

from __future__ import annotations

QUESTIONS = [
    ('淮安市2024年政府信息公开申请有多少件是商业企业提出的？', '53'),
    ('淮安市2024年行政复议结果纠正的有多少件？', '64'),
    ('淮安市2024年上年结转的政府信息公开申请有多少件？', '34'),
    ('淮安市2024年结转下年度继续办理的申请有多少件？', '103'),
    ('淮安市2024年因重复申请不予处理的有多少件？', '25'),
    ('淮安市2024年现行有效的规章有多少件？', '11'),
    ('丽水市2024年因政府信息公开申请引起的行政复议有多少件？', '93'),
    ('长春市政府办公厅2024年召开了几场新闻发布会？', '29'),
    ('东宝区2024年在区政府门户网站主动公开了多少条信息？', '7593'),
    ('孝感市政府办公室2020年编制了几期政府公报？', '6'),
    ('乌海市工信局2020年局微博发布了多少条信息？', '541'),
    ('高淳区2022年通过高淳发布新浪微博发布了多少条信息？', '6012'),
    ('淮北市政府办公室2022年全年主动公开了多少条政府信息？', '11258'),
    ('泰安市人民政府办公室2021年主动公开了多少件政策性文件信息？', '69'),
    ('淮安市2024年政府信息公开工作人员有多少人？', None),
    ('武威市2020年通过抖音发布了多少条信息？', '0.44万'),
    ('清水县2019年通过县政府门户网站发布了多少条政府信息？', '5469'),
    ("How many administrative penalty decisions did Huai'an make in 2024?", '3985758'),
    ("What was the total number of administrative reconsideration cases for Huai'an in 2024?", '351'),
    ('淮安市2024年行政许可的处理决定数量是多少？', '447228'),
    ('2024年淮安市的政府信息公开行政诉讼中，复议后起诉的总计多少件？', '20'),
    ('淮安市政府2024年在政务公开上收了多少钱的信息处理费？', '3940'),
    ('孝感市政府办公室2020年依申请公开办理了多少件？', '13'),
    ('乌海市工信局门户网站点击量达到多少次？', '29131'),
    ('淮安市2024年行政复议和行政诉讼分别有多少件？', '351'),
    ('丽水市2024年行政复议和行政诉讼各有多少件？', '19'),
    ('高淳区2022年予以公开或部分公开和无法提供的分别有多少件？', '26'),
    ('2022年淮北市政府办公室主动公开了多少条信息？其中关于稳经济的专题累计发布了多少条？', '246'),
    ('淮北市政府办公室2022年关于稳经济的专题累计发布了多少条信息？', '246'),
    ('淮安市2024年政务新媒体的粉丝总数是多少？', None),
    ('武威市2020年政府网站的访问量是多少？', None),
    ('长春市政府办公厅2024年政府信息公开工作的经费是多少？', None),
    ('丽水市2024年召开了多少场听证会？', None),
    ('淮安市2024年有多少件申请因属于国家秘密而不予公开？', '2'),
    ('清水县2019年办理了多少件人大代表建议？', None),
]


def test_no_wrong_figure_and_few_refusals(dev_index):
    wrong, refused = [], []
    for question, figure in QUESTIONS:
        answer = dev_index.ask(question)
        if figure is None:
            if answer.answered:
                wrong.append((question, answer.answer))
        elif not answer.answered:
            refused.append(question)
        elif figure not in answer.answer and "未找到“" in answer.answer and answer.verified:
            refused.append(question)  # a part answered, and the asked one said not found
        elif figure not in answer.answer or not answer.verified:
            wrong.append((question, answer.answer))
    assert not wrong, wrong
    assert len(refused) <= 4, refused


def _unit(quote, source="a.txt"):
    from assistant.ask.extractive import Unit
    from assistant.model import Passage
    from assistant.zh.figures import extract_figures

    passage = Passage(text=quote, source=source, title="t", body="b", year=2024, section_path=("一",), page=None,
                      kind="prose", id="p")
    return Unit(passage, 0, quote, quote, [f.raw for f in extract_figures(quote)])


def test_several_clauses_of_one_report_asked_together_are_summed_with_their_operands():
    from assistant.ask.prose_sum import stated_sum as _stated_sum

    units = [_unit("门户网站发布1947条"), _unit("政务新媒体推送2603条")]
    assert _stated_sum("在门户网站和政务新媒体上一共主动公开了多少条信息？", "zh", units) == "合计4550条（1947 + 2603）。"
    units = [_unit("门户网站发布1947条，占36.7%"), _unit("政务新媒体推送2603条")]
    assert _stated_sum("在门户网站和政务新媒体上一共主动公开了多少条信息？", "zh", units) == "合计4550条（1947 + 2603）。"
    # not asked to add, a negation (which clauses it leaves out is not known), several measures, two reports
    assert _stated_sum("门户网站和政务新媒体各发布了多少条？", "zh", units) == ""
    assert _stated_sum("不是在门户网站发布的一共多少条？", "zh", units) == ""
    assert _stated_sum("一共多少？", "zh", [_unit("门户网站发布1947条"), _unit("召开发布会3场")]) == ""
    assert _stated_sum("一共多少？", "zh", [_unit("门户网站发布1947条"), _unit("推送2603条", "b.txt")]) == ""


def test_a_sum_over_fewer_clauses_than_things_named_is_not_stated():
    from assistant.ask.prose_sum import stated_sum as _stated_sum

    units = [_unit("行政处罚358721件"), _unit("行政强制50167件"), _unit("办理行政许可222793件")]
    # four things named, three found: the sum of three is not the sum asked
    assert _stated_sum("行政许可、行政处罚、行政强制和行政征收加在一起一共多少件？", "zh", units) == ""
    assert _stated_sum("行政许可、行政处罚和行政强制加在一起一共多少件？", "zh", units) == \
        "合计631681件（222793 + 358721 + 50167）。"


def test_the_things_of_a_sum_no_cited_clause_states_are_named():
    from assistant.ask.prose_sum import unfound_addends

    units = [_unit("行政处罚358721件"), _unit("行政强制50167件"), _unit("办理行政许可222793件")]
    assert unfound_addends("行政许可、行政处罚、行政强制和行政征收加在一起一共多少件？", "zh", units) == ["行政征收"]
    assert unfound_addends("在县政府外网和APP上一共公开多少条？", "zh", [_unit("在APP公开发布内容26条")]) == ["县政府外网"]
    # (信息 after the last thing is all of theirs: '行政许可类信息39条' says nothing of 行政处罚类)
    assert unfound_addends("行政许可类和行政处罚类信息一共多少条？", "zh", [_unit("行政许可类信息39条")]) == \
        ["行政处罚类信息"]
    # every thing found, nothing found, not a sum, an English question: nothing to name
    assert unfound_addends("行政许可、行政处罚和行政强制加在一起一共多少件？", "zh", units) == []
    assert unfound_addends("行政复议和行政诉讼一共多少件？", "zh", units) == []
    assert unfound_addends("行政许可、行政处罚和行政征收各多少件？", "zh", units) == []
    assert unfound_addends("How many licensing and levy cases in total?", "en", units) == []


def test_a_whole_and_its_part_are_not_summed():
    from assistant.ask.prose_sum import stated_sum as _stated_sum

    units = [_unit("全年收到申请10件"), _unit("予以公开5件")]
    assert _stated_sum("一共收到多少件申请？其中公开了几件？", "zh", units) == ""
    assert _stated_sum("一共收到多少件申请，公开了几件", "zh", units) == ""


def test_one_clause_found_by_two_parts_of_a_question_is_said_once_and_never_added_to_itself():
    # '梳理、分类归档的各类信息一共有多少条': both parts find the clause '归档各类信息729条' — once it had
    # been stated twice and 'summed' to 1458
    from assistant.ask.extractive import choose_units, idf_weights
    from assistant.ask.prose_sum import stated_sum as _stated_sum

    units = [_unit("全年共梳理归档各类信息729条"), _unit("全年共梳理归档各类信息729条")]
    assert _stated_sum("梳理、分类归档的各类信息一共有多少条？", "zh", units) == ""
    passages = [units[0].passage]
    chosen = choose_units("青溪市梳理、分类归档的各类信息一共有多少条？", ["青溪市"], "zh", passages,
                          idf_weights([p.text for p in passages]))
    assert chosen.answered and [u.figures for u in chosen.units] == [["729"]]


def test_things_named_to_add_are_matched_to_the_pieces_of_a_clause_stating_them():
    from assistant.ask.prose_sum import stated_sum

    units = [_unit("其中主动公开重点领域信息556条、应急管理类36条、政策解读类33条、回应关切75条")]
    assert stated_sum("重点领域、应急管理和回应关切这三类信息加起来是多少条？", "zh", units) == "合计667条（556 + 36 + 75）。"
    # a piece runs from the previous count, so it holds the words naming what it counts
    listed = [_unit("其中公开年度重点工作任务分解、执行及落实情况27条、经济和社会发展统计信息24条、卫生健康16条")]
    assert stated_sum("重点工作任务、统计信息和卫生健康加起来多少条？", "zh", listed) == "合计67条（27 + 24 + 16）。"
    # a thing named that no piece states: nothing added
    assert stated_sum("重点领域、应急管理和行政许可加起来是多少条？", "zh", units) == ""
    # a whole and its parts are not added together
    whole = [_unit("发布各类信息1023条，其中政策文件41条")]
    assert stated_sum("各类信息和政策文件一共多少条？", "zh", whole) == ""


def test_a_sum_reads_its_things_as_people_name_them():
    """Things named with a frame ('…的政策解读里，解读材料'), by examples ('人民网、河北日报等媒体'),
    a body whose name holds a negating character (未央区, 《未央统计简报》), and one thing counted in
    two measures ('294期1014条', asked in 条)."""
    from assistant.ask.prose_sum import named_addends, stated_sum

    assert named_addends("政策解读里，解读材料和媒体评论文章一共多少条？", [], "zh") == ["解读材料", "媒体评论文章"]
    # a comma inside a later thing puts after it what qualifies them all: nothing is added
    assert named_addends("行政复议和行政诉讼里，结果被纠正的加起来有多少件？", [], "zh") == []
    units = [_unit("收到行政复议66件"), _unit("收到行政诉讼202件，结果纠正10件")]
    assert stated_sum("行政复议和行政诉讼里，结果被纠正的加起来有多少件？", "zh", units) == ""
    assert named_addends("官网更新的信息，加上借助人民网、河北日报等媒体发布的报道，总共多少条？", [], "zh") == \
        ["官网更新的信息", "借助人民网、河北日报等媒体发布的报道"]
    units = [_unit("解读材料39条"), _unit("媒体评论文章20篇"), _unit("发布政策解读信息260条")]
    assert stated_sum("青溪市的政策解读里，解读材料和媒体评论文章一共多少条（篇）？", "zh", units, ["青溪市"]) == \
        "合计59（39 + 20）。"
    brief = [_unit("全年共出刊《未央统计简报》28期"), _unit("《主要经济指标统计监测》11期")]
    assert stated_sum("未央区统计局出的《未央统计简报》和《主要经济指标统计监测》一共多少期？", "zh", brief,
                      ["未央区统计局", "未央区"]) == "合计39期（28 + 11）。"
    # a negation of what is asked still is one
    assert stated_sum("未央区统计局不是纸质出的《未央统计简报》和《主要经济指标统计监测》一共多少期？", "zh", brief,
                      ["未央区统计局", "未央区"]) == ""
    # things counted after them ('两样加起来'), and a description before a dash ('没能…的——A加上B')
    # naming them, not leaving any out
    outcomes = [_unit("不予公开32件"), _unit("无法提供26件")]
    assert stated_sum("青溪市2022年没能给申请人提供信息的——不予公开的加上无法提供的，一共多少件？", "zh", outcomes,
                      ["青溪市"]) == "合计58件（32 + 26）。"
    requests = [_unit("全年共收到政府信息公开申请35宗"), _unit("协助市政府开展信息调查5宗")]
    assert stated_sum("青溪市自己收到的公开申请和协助市政府开展的信息调查，两样加起来多少宗？", "zh", requests,
                      ["青溪市"]) == "合计40宗（35 + 5）。"
    twice = [_unit("公众号共发布信息294期1014条"), _unit("门户网站上传信息5786条")]
    assert stated_sum("门户网站上传的信息和公众号发布的信息合计多少条？", "zh", twice) == "合计6800条（5786 + 1014）。"


def test_a_whole_with_its_parts_in_brackets_is_not_added_to_them():
    """'门户网站发布信息16642条(概况类194条、政务动态5749条…)': the sum of 概况类 and 政务动态 is theirs,
    never the whole's with one of them (it had been '合计22391条（16642 + 5749）')."""
    from assistant.ask.prose_sum import stated_sum

    units = [_unit("青溪市政府门户网站发布信息16642条(概况类194条、政务动态5749条、信息公开目录10699条)")]
    assert stated_sum("概况类和政务动态类信息合计多少条？", "zh", units) == "合计5943条（194 + 5749）。"
    # the words framing the things ('门户网站2022年的概况类') are no part of the first thing: its part
    assert stated_sum("青溪市政府门户网站2022年的概况类和政务动态类信息合计多少条？", "zh", units, ["青溪市政府"]) == \
        "合计5943条（194 + 5749）。"
    assert stated_sum("门户网站发布的信息和政务动态合计多少条？", "zh", units) == ""


def test_a_total_of_every_kind_is_not_added_to_its_parts():
    """'通过网站、政务新媒体及其他形式主动公开各类信息180篇' counts what the accounts posted too: it is
    no addend beside them (the sum had been 236 = 180 + 26 + 30)."""
    from assistant.ask.prose_sum import stated_sum

    units = [_unit("全年通过网站、政务新媒体及其他形式主动公开各类信息180篇"), _unit("“青溪审计”头条号发布信息26篇"),
             _unit("“青溪审计”微信公众号发布信息30篇")]
    assert stated_sum("网站、头条号和微信公众号上一共发了多少篇？", "zh", units) == ""
    # an enumeration naming examples only ('…等32条') is one thing to add
    listed = [_unit("公开机构设置、政府领导、行政权责清单等32条"), _unit("本年度发布权力运行结果23条")]
    assert stated_sum("权力运行结果和机构设置、领导、权责清单这类信息总共多少条？", "zh", listed) == "合计55条（23 + 32）。"


def test_an_english_sum_matches_its_things_through_the_glossary():
    """'government executive meetings and special-topic meetings combined' over one clause stating
    both ('常务会议15次、专题会议22次'): each thing in the glossary's Chinese, matched to its piece."""
    from assistant.ask.prose_sum import stated_sum

    units = [_unit("包括区政府常务会议15次、专题会议22次")]
    assert stated_sum("How many government executive meetings and special-topic meetings combined were held?",
                      "en", units) == " Together 37 (15 + 22)."
    # a thing the clause does not state: nothing added
    assert stated_sum("How many government executive meetings and press conferences combined were held?",
                      "en", units) == ""


def test_an_english_sum_reads_its_things_without_the_sentences_frame():
    """'How many requests did ⎵ receive online and in writing in 2025, and how many is that combined?':
    the things are 'online requests' and 'in writing requests' (the noun counted goes with each), not
    the sentence's frame; two noun phrases joined keep their own nouns."""
    from assistant.ask.prose_sum import _named_en, stated_sum

    assert _named_en("How many requests did     receive online and in writing in 2025, and how many is that "
                     "combined?") == ["online requests", "in writing requests"]
    assert _named_en("How many policy-interpretation materials and interpretation products did the   office "
                     "release in 2022 altogether?") == ["policy-interpretation materials", "interpretation products"]
    # ('in total' frames the question: the things are joined by the 'plus' after it)
    joined = _named_en("In 2025, how many posts did    publish in total on its website plus original posts on its "
                       "new-media accounts?")
    assert len(joined) == 2 and "website" in joined[0] and "new-media" in joined[1]
    units = [_unit("书面申请3件,已办结18"), _unit("共受理政府信息公开申请21件"), _unit("其中网上申请20件")]
    assert stated_sum("How many requests did Qingxi receive online and in writing in 2025, and how many is that "
                      "combined?", "en", units, ["Qingxi"]) == " Together 23 (20 + 3)."


def test_an_english_how_many_counts_in_its_measure_word():
    from assistant.ask.extractive import asked_measure_en

    assert asked_measure_en("How many items on livelihood projects did the office publish in 2022?") == "条"
    assert asked_measure_en("How many disclosure requests did the district receive?") == "件"
    assert asked_measure_en("How many press conferences were held?") == "场"
    assert asked_measure_en("How many WeChat followers does the commission have?") == "人"  # (not its posts, 条)
    # two things asked: no one measure
    assert asked_measure_en("How many requests did it answer, and what was the reply rate?") == ""
    assert asked_measure_en("How many times was the page viewed?") == ""


def test_the_words_framing_the_things_added_are_no_part_of_the_first_thing():
    """'政务新媒体2025年发布的“百千万工程”、人工智能、活力文体旅三类原创信息共多少条': the modifier ending
    in 的 frames all three; '共多少' asks a sum; a head of two characters ('官网更新的信息') is kept whole."""
    from assistant.ask.operations import operation_of
    from assistant.ask.prose_sum import named_addends

    question = "青溪市政务新媒体2025年发布的“百千万工程”、人工智能、活力文体旅三类原创信息共多少条？"
    assert operation_of(question).sum and operation_of("一共有几件？").sum and not operation_of("公共多少").sum
    assert named_addends(question, ["青溪市"], "zh")[0] == "“百千万工程”"
    assert named_addends("公开的政府文件和行政规范性文件一共多少件？", [], "zh") == ["政府文件", "行政规范性文件"]


def test_two_things_added_whose_clauses_the_whole_question_does_not_both_find(tmp_path):
    """'政府文件和行政规范性文件一共多少件' when the report states them in two clauses of one sentence
    and the question read whole finds one: each is read on its own, and both are added."""
    from conftest import index_of_texts

    text = ("青溪县人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n"
            "全年通过政府门户网站主动公开各类信息200余件，其中公开政府文件66件，行政规范性文件22件，"
            "政府会议信息34条，人事任免12件。\n")
    gk = index_of_texts(tmp_path / "docs", tmp_path / "home", {"qingxi-2022.txt": text})
    answer = gk.ask("青溪县政府办2022年公开的政府文件和行政规范性文件一共多少件？")
    assert answer.answered and "合计88件（66 + 22）" in answer.answer, answer.answer


def test_a_clause_breaking_down_the_one_before_it_is_never_added_to_it():
    """'政务新媒体发布原创政务信息638条' then '其中“百千万工程”36条…': the whole and a part are not added
    (it had been '合计690条（36 + 16 + 638）'); the parts alone are; the tail counting the things
    ('三类原创信息', '这三个数') names them all, no part of the last."""
    from assistant.ask.extractive import Unit
    from assistant.ask.prose_sum import named_addends, stated_sum
    from assistant.model import Passage

    text = "政务新媒体发布原创政务信息638条,其中“百千万工程”36条,占5.6%;人工智能16条,占2.5%;活力文体旅类13条,占2.0%。"
    passage = Passage(text=text, source="a.txt", title="t", body="b", year=2025, section_path=("一",), page=None,
                      kind="prose", id="p")

    def unit(quote):
        return Unit(passage, 0, quote, quote, [quote[m.start():m.end()] for m in __import__("re").finditer(r"\d+", quote)])

    whole, first, second = unit("政务新媒体发布原创政务信息638条,"), unit("其中“百千万工程”36条,占5.6%;"), unit("人工智能16条,占2.5%;")
    question = "政务新媒体发布的“百千万工程”、人工智能和原创政务信息共多少条？"
    assert stated_sum(question, "zh", [first, second, whole]) == ""
    assert stated_sum("“百千万工程”和人工智能共多少条？", "zh", [first, second]) == "合计52条（36 + 16）。"
    assert named_addends("“百千万工程”、人工智能、活力文体旅三类原创信息共多少条？", [], "zh")[-1] == "活力文体旅"
    assert named_addends("政策解读、图解、政策问答这三个数加起来是多少条？", [], "zh")[-1] == "政策问答"
    assert named_addends("政府会议信息、民生实事信息和主动回应关切，三项加起来多少条？", [], "zh") == \
        ["政府会议信息", "民生实事信息", "主动回应关切"]


def test_sums_asked_in_other_words_and_things_with_modifiers_of_their_own():
    """'加在一块', '加一起' ask a sum; 'A的X和B的Y' is two things each with its modifier (no frame of
    both); '各类本片区…新闻动态' is no total of the others; a count after a bracket of parts is
    not one of them."""
    from assistant.ask.prose_sum import named_addends, stated_sum

    units = [_unit("行政许可类信息39条"), _unit("其他类信息99条")]
    assert stated_sum("行政许可类和其他类信息加在一块是多少条？", "zh", units) == "合计138条（39 + 99）。"
    assert named_addends("在门户网站上发的政府信息和公众号发布转载的信息，合计多少条？", [], "zh") == \
        ["在门户网站上发的政府信息", "公众号发布转载的信息"]
    channels = [_unit("市政府办公室微信公众号发布和转载政府信息383条"), _unit("全年通过市政府门户网站发布政府信息18136条")]
    assert stated_sum("在门户网站上发的政府信息和公众号发布转载的信息，合计多少条？", "zh", channels) == \
        "合计18519条（18136 + 383）。"
    news = [_unit("发布《成绩单》等各类本片区和兄弟片区新闻动态395条"), _unit("发布各级各类政策文件29份")]
    assert stated_sum("发布的新闻动态和各级各类政策文件加起来有多少条（份）？", "zh", news) == "合计424（395 + 29）。"
    listed = [_unit("审计公开7条(财政管理审计3条、政府投资审计1条、经济责任审计2条)、部门预决算和“三公”经费预决算2条")]
    assert stated_sum("审计公开的信息加上预决算类信息，一共几条？", "zh", listed) == "合计9条（7 + 2）。"
    assert stated_sum("财政管理审计、政府投资审计和经济责任审计信息，三项加一起几条？", "zh", listed) == "合计6条（3 + 1 + 2）。"
    assert stated_sum("审计公开和财政管理审计一共几条？", "zh", listed) == ""  # a whole and its part
    # a 、 inside a thing with its own modifier joins words of the modifier ('在B、C上发的工作动态')
    assert named_addends("在大美仁寿APP上发的内容和在眉山日报、四川农村日报上发的工作动态，合计多少条？", [], "zh") == \
        ["在大美仁寿APP上发的内容", "在眉山日报、四川农村日报上发的工作动态"]
    media = [_unit("在眉山日报、四川农村日报公开发布工作动态5条,在大美仁寿APP公开发布内容26条")]
    assert stated_sum("在大美仁寿APP上发的内容和在眉山日报、四川农村日报上发的工作动态，合计多少条？", "zh", media) == \
        "合计31条（26 + 5）。"


def test_the_difference_of_two_things_one_report_states():
    """'X比Y多多少条' of one report's clauses: each thing matched to its own piece, the difference shown
    with its operands; nothing for a change of years, a whole and its part, or measures of two kinds."""
    from assistant.ask.prose_sum import stated_difference

    units = [_unit("通知公告类52条,占7.8%；工作动态类482条,占72.3%")]
    assert stated_difference("这里面工作动态类比通知公告类多多少条？", "zh", units) == "482条比52条多430条（482 − 52）。"
    assert stated_difference("通知公告类比工作动态类少几条？", "zh", units) == "52条比482条少430条（482 − 52）。"
    assert stated_difference("2024年比2023年多多少条？", "zh", units) == ""
    assert stated_difference("工作动态类比去年多多少条？", "zh", units) == ""
    listed = [_unit("审计公开7条(财政管理审计3条、政府投资审计1条)、部门预决算2条")]
    assert stated_difference("审计公开比预决算多几条？", "zh", listed) == "7条比2条多5条（7 − 2）。"
    assert stated_difference("审计公开比财政管理审计多几条？", "zh", listed) == ""  # a whole and its part
    mixed = [_unit("召开新闻发布会12场"), _unit("发布政策解读30条")]
    assert stated_difference("政策解读比新闻发布会多多少？", "zh", mixed) == ""  # 条 and 场
    # '比网站上' names a thing ('上' is no 上一年)
    posts = [_unit("通过“青溪审计”微信公众号发布信息41篇"), _unit("我局通过区政府门户网站对外公布信息共计14条")]
    assert stated_difference("公众号发的比网站上多几篇？", "zh", posts) == "41篇比14条多27（41 − 14）。"
    assert stated_difference("公众号发的比上期多几篇？", "zh", posts) == ""


def test_no_source_file_holds_a_backspace():
    """A '\\b' written through a plain string becomes a backspace: the word boundary it meant is lost."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    bad = [str(p.relative_to(root)) for folder in ("assistant", "vectorstore", "tests")
           for p in (root / folder).rglob("*.py") if "\x08" in p.read_text(encoding="utf-8")]
    assert not bad, bad


def test_a_count_asked_is_not_answered_by_a_clause_whose_figures_are_a_date(tmp_path):
    from conftest import index_of_texts

    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"yc-2022.txt": (
        "青溪市人民政府办公室2022年政府信息公开工作年度报告\n青溪市人民政府门户网站 www.qingxi.gov.cn 2023-01-28\n"
        "一、总体情况\n本年度按要求做好政务公开工作。\n")})
    a = g.ask("Qingxi city's government website carried how many postings in 2022?")
    assert not a.answered and "2023-01-28" not in a.answer, a.answer


def test_a_rate_asked_is_not_answered_by_another_rate_and_a_wechat_account_is_the_outlet(tmp_path):
    from conftest import index_of_texts

    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"zz-2021.txt": (
        "青溪县人民政府办公室2021年政府信息公开工作年度报告\n一、总体情况\n青溪县人民政府门户网站上传信息5786条;"
        "接到网络信件327件,办结率100%。政务微信公众号推送信息710条。\n")})
    a = g.ask("青溪县府办2021年处理网络信件，群众满意度是多少？")
    assert not a.answered and "100%" not in a.answer, a.answer
    b = g.ask("青溪县府办2021年网络信件办结率是多少？")
    assert b.answered and "100%" in b.answer, b.answer
    c = g.ask("青溪县府办的微信号2021年全年一共推送多少条？")
    assert c.answered and "710" in c.answer, c.answer


def test_a_part_asked_after_li_is_not_answered_by_the_wholes_clause(tmp_path):
    from conftest import index_of_texts

    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"gd-2025.txt": (
        "青溪街道办事处2025年政府信息公开工作年度报告\n一、总体情况\n2025青溪街共受理政府信息公开申请21件,结转上年度2件。"
        "其中网上申请20件,书面申请3件,已办结18件。\n")})
    a = g.ask("2025年青溪街道受理的公开申请里已经结案的有多少件？")
    assert "21件" not in a.answer or not a.answered, a.answer
    b = g.ask("2025年青溪街道受理的公开申请里已经办结的有多少件？")
    assert b.answered and "18" in b.answer, b.answer


def test_an_english_sum_said_with_together_after_its_things():
    """'… on its portal and WeChat together': 'together' asks the sum of the things joined before it
    (the 'and' is no summing word of its own)."""
    from assistant.ask.operations import operation_of
    from assistant.ask.prose_sum import stated_sum

    question = "How many items did Qingxi publish in 2022 on its portal and WeChat together?"
    assert operation_of(question).sum
    assert not operation_of("How many items did Qingxi publish in 2022 on its portal and WeChat?").sum
    units = [_unit("全年通过门户网站主动公开各类政府信息4150条"), _unit("政务微信公众号推送信息1351条")]
    assert stated_sum(question, "en", units) == " Together 5501 (4150 + 1351)."


def test_an_english_sum_joined_by_plus_and_a_difference_of_two_things():
    """'How many online interviews plus consultation activities…': the things on both sides of 'plus'
    are added; 'how many more administrative penalty cases than licensing cases': the two things'
    difference, each matched through the glossary; 'than in 2021' is a change of years, not computed here."""
    from assistant.ask.prose_sum import difference_of, stated_sum

    units = [_unit("举办在线访谈6期"), _unit("开展征集调查活动8次")]
    assert stated_sum("How many online interviews plus consultation/survey activities did it hold in 2021?",
                      "en", units) == " Together 14 (6 + 8)."
    cases = [_unit("行政处罚358721件"), _unit("主动公开办理行政许可222793件")]
    said, figures = difference_of("In 2022, how many more administrative penalty cases than licensing cases did "
                                  "Huangpu District disclose?", "en", cases, ["Huangpu District"])
    assert said == " 358721 is 135928 more than 222793 (358721 − 222793)." and len(figures) == 2
    assert difference_of("How many more administrative penalty cases than in 2021 did it disclose?", "en", cases)[0] == ""


def test_an_english_name_is_left_out_of_a_question_as_whole_words():
    """A name form 'an' is no part of 'many' or 'than'."""
    from assistant.ask.terms import english_without_names

    left = english_without_names("How many more penalty cases than licensing cases did Huangpu disclose?",
                                 ["Huangpu", "an"])
    assert "many" in left and "than" in left and "Huangpu" not in left


def test_a_reports_own_sum_adds_only_things_matched_to_their_pieces():
    """Read for a change of each report's sum, an English thing the glossary does not read ('feed items')
    is not stood in for by whatever clause was cited: '信息公开目录1823条' and the whole '…政务信息4574条' are
    not added (matched_only); a question asked of one report may still add its two clauses one each."""
    from assistant.ask.prose_sum import stated_sum

    units = [_unit("信息公开目录1823条"), _unit("通过门户网站主动公开各类政务信息4574条")]
    question = "How many feed items and catalogue items altogether?"
    assert stated_sum(question, "en", units) == " Together 6397 (1823 + 4574)."
    assert stated_sum(question, "en", units, matched_only=True) == ""
