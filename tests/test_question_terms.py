"""What a question asks: pure functions on question text."""

from assistant.ask.terms import ASKS_WORDS, english_words, focus_text, question_terms, split_questions


def test_body_year_and_question_words_are_not_asked_about():
    focus = focus_text("淮安市人民政府2024年行政处罚的本年处理决定数量是多少？", ["淮安市人民政府", "淮安市"], "zh")
    terms = question_terms(focus)
    assert {"行政", "处罚", "决定"} <= terms
    assert not {"淮安", "政府", "多少", "2024", "数量"} & terms  # (数量: 'the number of', a frame noun)


def test_organ_wording_after_a_place_is_the_body():
    terms = question_terms(focus_text("乌海市工信局2020年门户网站点击量是多少？", ["乌海市"], "zh"))
    assert "工信" not in terms and "点击" in terms


def test_quoted_names_stay():
    focus = focus_text("武山县城关镇2025年通过“武山城关发布”公众号发布了多少条信息？", ["武山县城关镇", "武山", "城关"], "zh")
    assert "武山城关发布" in focus


def test_parts_of_a_question():
    assert split_questions("在运维的政务新媒体有多少个？合格率是多少？") == ["在运维的政务新媒体有多少个", "合格率是多少"]
    assert split_questions("本级和县区分别发布了多少条政府信息？") == ["本级 发布了多少条政府信息", "县区 发布了多少条政府信息"]
    assert split_questions("政府信息公开申请中，予以公开和部分公开的分别有多少件") == [
        "政府信息公开申请中，予以公开 有多少件", "政府信息公开申请中，部分公开的 有多少件"]
    assert split_questions("全市各级政府一共主动公开了多少条信息？") == ["全市各级政府一共主动公开了多少条信息"]


def test_english_words_are_stemmed():
    words = english_words("How many requests were received?")
    assert {"reques", "receiv"} <= words and not {"how", "many", "were"} & words
    assert "receiv" in english_words("receive") and not english_words("the report")


def test_a_long_word_jieba_cuts_into_words_is_asked_as_those_words():
    terms = question_terms("传真号码 领导小组由谁任组长")
    assert {"传真", "号码", "领导", "小组", "组长"} <= terms
    assert not {"真号", "导小", "任组"} & terms  # pairs across the words inside a long word


def test_a_long_word_jieba_does_not_cut_keeps_its_pairs():
    assert {"硚口", "口审"} & question_terms("硚口审计") or "硚口审计" in question_terms("硚口审计")


def test_where_a_body_is_asked_is_its_address_not_its_organ():
    focus = focus_text("硚口区城市运行管理中心在哪里办公？", ["硚口区城市运行管理中心", "硚口区"], "zh")
    assert "地址" in focus and "办公" in focus


def test_questions_whose_answer_is_words():
    for q in ("信息公开领导小组由谁任组长？", "主要依托哪个平台服务企业？", "在哪里办公？", "依据的文件是第几号？",
              "要经过哪几道审核？", "Which platform does it use?", "What is the phone number?"):
        assert ASKS_WORDS.search(q), q
    for q in ("收到多少件申请？", "是怎样加强组织领导的？", "What share of requests were granted?", "How many requests?"):
        assert not ASKS_WORDS.search(q), q


def test_how_many_bodies_are_asked_about_and_words_of_adding_are_not_asked_about():
    focus = focus_text("2022年黄埔区、新昌县、花都区政府办三家出的政府公报加起来一共几期？", ["黄埔区", "新昌县", "花都区"], "zh")
    terms = question_terms(focus)
    assert {"政府", "公报"} <= terms and not {"三家", "起来", "加起"} & terms, terms
    terms = question_terms(focus_text("这两个区2022年的政策文件合起来多少件？", [], "zh"))
    assert "政策" in terms and not {"两个", "起来"} & terms, terms


def test_words_asking_a_name_are_no_words_of_what_is_asked(tmp_path):
    from assistant.ask.terms import QUESTION_WORDS
    from conftest import index_of_texts

    assert "名字" not in QUESTION_WORDS.sub(" ", "汉口北管委会运营的那个微信平台叫什么名字？")
    assert "全名" not in QUESTION_WORDS.sub(" ", "年鉴的全名是什么？")
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"jia-2022.txt": (
        "青溪镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n二是依托我镇“古渡新城”微信公众号外宣平台,"
        "安排专人负责日常运维,进一步拓宽政府信息公开渠道。全年主动公开信息300条。\n")})
    a = g.ask("青溪镇外宣用的微信公众号名字是啥？")
    assert a.answered and "古渡新城" in a.answer, a.answer


def test_a_demonstrative_and_its_measure_word_are_no_words_to_find():
    # ('那本年鉴', '这边', '那份简报'): they point at what is asked; its own words stay
    focus = focus_text("威海市统计局2025年出版的那本年鉴全名是什么？", ["威海市统计局"], "zh")
    assert "年鉴" in focus and "那本" not in focus
    terms = question_terms(focus_text("保山市政府办这边2024年门户网站上放出去多少条？那份简报印发了几期？", ["保山市"], "zh"))
    assert {"门户", "简报"} <= terms and not {"这边", "那份"} & terms


def test_an_ordinal_asked_is_answered_in_words():
    assert ASKS_WORDS.search("威海统计局2025年办的是第几届？")
    assert not ASKS_WORDS.search("威海统计局2025年办了几届？")


def test_the_span_a_year_names_is_the_year():
    focus = focus_text("保山市政府办2024年全年推出去和转过来的政务信息合起来有多少条？", ["保山市"], "zh")
    assert "全年" not in focus and "推出去" in focus
    assert "全年" in focus_text("保山市政府办全年推出去多少条？", ["保山市"], "zh")


def test_the_whole_year_after_a_year_is_no_word_to_state_even_after_a_space():
    """'2022年 全年主动公开…' (a ranking's reading, its frame words read out) names the year as '2022年全年'
    does: 全年 is no word a clause must say."""
    from assistant.ask.terms import focus_text

    assert "全年" not in focus_text("青溪市2022年 全年主动公开的信息有多少条", ["青溪市"], "zh")
    assert "全年" not in focus_text("青溪市2022年全年主动公开的信息有多少条", ["青溪市"], "zh")


def test_everyday_verbs_of_putting_out_are_no_words_a_clause_must_state():
    from assistant.ask.terms import PUT_OUT

    # ('晒出来', '放到网上', '往外推了': a question's wording of publishing, which no report uses)
    for question, kept in (("威海统计局在微信上2025年一整年推了多少条东西？", "微信"),
                           ("东山街道2025年对外晒出的政务信息是多少条？", "政务信息"),
                           ("大渡口镇2022年社保方面的信息放出来几条？", "社保")):
        focus = PUT_OUT.sub(" ", focus_text(question, [], "zh"))
        assert kept in focus and not {"晒", "放出", "推了", "对外"} & set(question_terms(focus)), focus
    # … but 发放 is a report's word (of money or goods handed out)
    assert "发放" in PUT_OUT.sub(" ", "2024年发放了多少补贴？")
