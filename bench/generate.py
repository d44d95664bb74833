"""Fictional annual reports in the national format, for the demo corpus and for scale tests.

    generate_report("青溪市人民政府", 2024, seed=1, place="青溪市") -> Markdown text
    generate_corpus(Path("out"), n=1000, seed=0)                   -> the files written

    python bench/generate.py OUT_DIR -n 1000      # a scale-test corpus
    python bench/generate.py demo --demo          # rewrite the committed demo reports

Every place and body here is invented, every figure is drawn from a seeded ``random.Random``
(the same arguments always give the same text), and the title says （演示）. The figures agree
with each other the way a well-kept real report's do: row and column totals add up, 一+二 of the
申请 table equals 三（七）总计+四, and the prose quotes the same numbers the tables hold.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

# --------------------------------------------------------------------------- invented bodies

# place -> (slug, bodies as (name suffix, slug suffix))
PLACES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "青溪市": ("qingxi", [("人民政府", "szf"), ("人民政府办公室", "szfbgs"), ("教育局", "jyj"),
                         ("生态环境局", "sthjj"), ("自然资源和规划局", "zrzyj")]),
    "岚泽市": ("lanze", [("人民政府", "szf"), ("人民政府办公室", "szfbgs"), ("教育局", "jyj"),
                        ("生态环境局", "sthjj"), ("自然资源和规划局", "zrzyj")]),
    "云岭县": ("yunling", [("人民政府", "xzf"), ("人民政府办公室", "xzfbgs"), ("市场监督管理局", "scjgj")]),
    "桐溪县": ("tongxi", [("人民政府", "xzf"), ("人民政府办公室", "xzfbgs"), ("市场监督管理局", "scjgj")]),
    "鹭屿区": ("luyu", [("人民政府", "qzf"), ("人民政府办公室", "qzfbgs"), ("市场监督管理局", "scjgj")]),
    "霁山镇": ("jishan", [("人民政府", "zzf")]),
}
YEARS = range(2019, 2026)

# (place, body, year, seed, file name): the committed demo corpus under demo/.
DEMO = [
    ("青溪市", "青溪市人民政府", 2024, 1, "qingxi-szf-2024.md"),
    ("青溪市", "青溪市人民政府", 2022, 1, "qingxi-szf-2022.md"),
    ("青溪市", "青溪市人民政府办公室", 2024, 1, "qingxi-szfbgs-2024.md"),
]

# --------------------------------------------------------------------------- national format

SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]

APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
REQUEST_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
# 三、本年度办理结果: (group, item or None, relative weight of the outcome)
OUTCOMES = [
    ("（一）予以公开", None, 35),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None, 8),
    ("（三）不予公开", "1.属于国家秘密", 0.2),
    ("（三）不予公开", "2.其他法律行政法规禁止公开", 0.6),
    ("（三）不予公开", "3.危及“三安全一稳定”", 0.2),
    ("（三）不予公开", "4.保护第三方合法权益", 0.6),
    ("（三）不予公开", "5.属于三类内部事务信息", 0.5),
    ("（三）不予公开", "6.属于四类过程性信息", 0.6),
    ("（三）不予公开", "7.属于行政执法案卷", 0.5),
    ("（三）不予公开", "8.属于行政查询事项", 1.5),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", 28),
    ("（四）无法提供", "2.没有现成信息需要另行制作", 2.5),
    ("（四）无法提供", "3.补正后申请内容仍不明确", 1),
    ("（五）不予处理", "1.信访举报投诉类申请", 4),
    ("（五）不予处理", "2.重复申请", 2),
    ("（五）不予处理", "3.要求提供公开出版物", 0.3),
    ("（五）不予处理", "4.无正当理由大量反复申请", 0.3),
    ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", 0.4),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 4),
    ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0.3),
    ("（六）其他处理", "3.其他", 5),
]
UNPAID = 19  # index of the 逾期未缴纳费用 outcome
REVIEW_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

# Ranges by scale: a city government handles thousands of requests, a town a handful.
RANGES = {
    "large": dict(requests=(300, 3500), published=(3000, 20000), normative=(5, 30), valid=(60, 220),
                  permits=(50000, 500000), penalties=(5000, 200000), coercion=(200, 10000),
                  fees=(5000, 120000), review=(5, 80), suits=(1, 25), interp=(20, 150), press=(10, 60),
                  accounts=(40, 200), train=(4, 15)),
    "medium": dict(requests=(30, 400), published=(800, 6000), normative=(2, 15), valid=(20, 90),
                   permits=(3000, 60000), penalties=(500, 20000), coercion=(20, 1500),
                   fees=(200, 8000), review=(0, 10), suits=(0, 4), interp=(5, 60), press=(3, 20),
                   accounts=(8, 60), train=(2, 8)),
    "small": dict(requests=(0, 25), published=(60, 600), normative=(0, 4), valid=(3, 15),
                  permits=(0, 800), penalties=(0, 300), coercion=(0, 30), fees=(0, 50),
                  review=(0, 1), suits=(0, 1), interp=(1, 10), press=(0, 3), accounts=(1, 5),
                  train=(1, 4)),
}


def _kind(body: str) -> str:
    if body.endswith("人民政府"):
        return "gov"
    if body.endswith(("办公室", "办公厅")):
        return "office"
    return "dept"


def _scale(body: str, place: str) -> str:
    town = place.endswith(("镇", "乡", "街道"))
    if _kind(body) == "gov":
        return "small" if town else ("large" if place.endswith("市") else "medium")
    return "medium" if place.endswith("市") else "small"


def _split(rng: random.Random, total: int, weights: list[float]) -> list[int]:
    """``total`` items spread over the weights at random; the parts add up to ``total``."""
    counts = [0] * len(weights)
    if total and sum(weights) > 0:
        for i in rng.choices(range(len(weights)), weights=weights, k=total):
            counts[i] += 1
    return counts


def _jitter(rng: random.Random, weights: list[float]) -> list[float]:
    return [w * rng.uniform(0.4, 1.6) for w in weights]


# --------------------------------------------------------------------------- figures


def _figures(rng: random.Random, body: str, year: int, place: str) -> dict:
    """Every number the report states, drawn once so prose and tables quote the same ones."""
    kind, scale = _kind(body), _scale(body, place)
    r = RANGES[scale]
    f: dict = {"body": body, "place": place, "year": year, "next_year": year + 1, "kind": kind,
               "scale": scale}

    # 第二十条: only a city government makes 规章; an office issues no permits or penalties.
    enforces = kind != "office"
    makes_rules = scale == "large" and kind == "gov"
    f["rule"] = [rng.randint(0, 4), rng.randint(0, 3), rng.randint(20, 80)] if makes_rules else [0, 0, 0]
    new, valid = rng.randint(*r["normative"]), rng.randint(*r["valid"])
    f["norm"] = [new, rng.randint(0, max(1, valid // 5)), max(valid, new)]
    f["norm_new"], f["norm_gone"], f["norm_valid"] = f["norm"]
    f["permits"] = rng.randint(*r["permits"]) if enforces else 0
    f["penalties"] = rng.randint(*r["penalties"]) if enforces else 0
    f["coercion"] = rng.randint(*r["coercion"]) if enforces else 0
    charges = enforces and (scale != "small" or rng.random() > 0.3)
    fees = round(rng.uniform(*r["fees"]), 2) if charges else 0
    f["fees"] = f"{fees:.2f}".rstrip("0").rstrip(".")  # as printed: 42382.5, 96171.62, 0

    # 依申请 table, column by column (six applicant kinds).
    charges_fees = scale != "small" and rng.random() < 0.3
    weights = _jitter(rng, [88, 6, 0.3, 0.4, 3, 2.3])
    outcome_w = _jitter(rng, [w for _, _, w in OUTCOMES])
    if not charges_fees:
        outcome_w[UNPAID] = 0
    low, high = r["requests"]
    new_total = 0 if scale == "small" and rng.random() < 0.3 else rng.randint(low, high)
    new = _split(rng, new_total, weights)
    carried_in = _split(rng, round(new_total * rng.uniform(0, 0.05)), weights)
    outcomes, carried_out = [], []
    for c in range(len(APPLICANTS)):
        open_ = new[c] + carried_in[c]
        left = rng.randint(0, round(open_ * 0.06))
        carried_out.append(left)
        outcomes.append(_split(rng, open_ - left, outcome_w))
    f["req_new_cols"], f["req_in_cols"], f["req_out_cols"] = new, carried_in, carried_out
    f["req_outcome_cols"] = outcomes  # [column][outcome]

    def total(i: int) -> int:
        return sum(col[i] for col in outcomes)

    f["req_new"], f["req_in"], f["req_out"] = sum(new), sum(carried_in), sum(carried_out)
    f["req_person"], f["req_org"] = new[0], sum(new[1:])
    f["req_all"] = f["req_new"] + f["req_in"]
    f["req_done"] = sum(sum(col) for col in outcomes)
    f["r_open"], f["r_part"] = total(0), total(1)
    f["r_deny"] = sum(total(i) for i in range(2, 10))
    f["r_unable"] = sum(total(i) for i in range(10, 13))
    f["r_unknown"] = total(10)
    f["r_unpaid"] = total(UNPAID)
    f["r_open_part"] = f["r_open"] + f["r_part"]
    f["open_rate"] = _pct(f["r_open_part"], f["req_done"])

    # 行政复议 / 行政诉讼: four results each, the fifth column is their sum. Disputes grow with
    # the number of requests, within the scale's range.
    def results(high: int) -> list[int]:
        high = min(high, new_total // 25 + 1)
        parts = [rng.randint(0, high), rng.randint(0, max(0, high // 4)),
                 rng.randint(0, max(0, high // 2)), rng.randint(0, max(0, high // 5))]
        return parts + [sum(parts)]

    f["review"] = results(r["review"][1]) if rng.random() > 0.2 else [0] * 5
    f["suit_direct"] = results(r["suits"][1]) if rng.random() > 0.3 else [0] * 5
    f["suit_after"] = results(r["suits"][1] // 2) if rng.random() > 0.4 else [0] * 5

    # Figures that only the prose states.
    f["pub_total"] = rng.randint(*r["published"])
    f["pub_web"] = round(f["pub_total"] * rng.uniform(0.35, 0.6))
    f["pub_media"] = round((f["pub_total"] - f["pub_web"]) * rng.uniform(0.6, 0.9))
    f["pub_offline"] = f["pub_total"] - f["pub_web"] - f["pub_media"]
    f["pub_web_pct"] = _pct(f["pub_web"], f["pub_total"])
    f["interp"] = rng.randint(*r["interp"])
    f["interp_lead"] = max(1, f["interp"] // rng.randint(4, 8))
    f["press"] = rng.randint(*r["press"])
    f["gazette"] = rng.choice([6, 12, 24]) if kind == "gov" and scale != "small" else 0
    f["accounts"] = rng.randint(*r["accounts"])
    f["accounts_closed"] = rng.randint(1, max(1, f["accounts"] // 8))
    f["accounts_pass"] = rng.choice(["100", "100", f"{rng.uniform(95, 99.9):.1f}"])
    f["columns"] = rng.randint(3, 18)
    f["catalog"] = rng.randint(12, 160)
    f["visits"] = round(f["pub_total"] * rng.uniform(20, 90) / 10000, 1)
    f["consult"] = rng.randint(20, 40 * max(1, f["req_new"]))
    f["consult_rate"] = rng.choice(["100", f"{rng.uniform(97, 99.9):.1f}"])
    f["points"] = rng.randint(2, 9)
    f["train"] = rng.randint(*r["train"])
    f["trainees"] = f["train"] * rng.randint(25, 120)
    f["checks"] = rng.randint(2, 12)
    f["issues"] = rng.randint(3, 60)
    f["monitors"] = rng.randint(5, 30)
    f["kpi"] = rng.choice([3, 4, 5, 6])
    f["tasks"] = rng.randint(18, 46)
    f["npc"] = rng.randint(10, 220) if kind == "gov" and scale != "small" else 0
    f["cppcc"] = rng.randint(10, 260) if f["npc"] else 0
    f["fee_yuan"] = rng.randint(1, 60) * 10 if charges_fees else 0
    f["budget_units"] = rng.randint(8, 90) if scale != "small" else rng.randint(1, 6)
    f["projects"] = rng.randint(*{"large": (20, 120), "medium": (5, 40), "small": (1, 8)}[scale])
    f["guides"] = rng.randint(6, 80)
    f["open_days"] = rng.randint(1, 8)
    f["visitors"] = f["open_days"] * rng.randint(15, 60)
    f["online"] = round(f["req_new"] * rng.uniform(0.55, 0.85))
    f["mail"] = round((f["req_new"] - f["online"]) * rng.uniform(0.3, 0.8))
    f["walkin"] = f["req_new"] - f["online"] - f["mail"]
    f["topics"] = "、".join(rng.sample(["征地拆迁补偿", "建设项目审批", "财政资金使用", "不动产登记",
                                       "教育招生入学", "住房保障", "环境质量监测", "行政执法结果",
                                       "企业登记信息", "社会保险待遇"], 3))
    return f


def _pct(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}" if whole else "0"


# --------------------------------------------------------------------------- prose

def _names(body: str, place: str) -> dict:
    kind = _kind(body)
    suffix = place[-1]
    if kind == "gov":
        we = "我" + suffix
        compiler = f"{body}党政综合办公室" if suffix in "镇乡" else f"{place}人民政府办公室"
    elif kind == "office":
        we, compiler = "我办", body
    else:
        we, compiler = ("我委" if body.endswith("委员会") else "我局"), body
    slug = PLACES.get(place, ("demo", []))[0]
    return {"we": we, "signer": body, "compiler": compiler,
            "scope": "全" + suffix if kind == "gov" else "本单位",
            "site": f"{place}人民政府门户网站", "email": f"zwgk@{slug}.example.cn"}


def _intro(rng, f) -> list[str]:
    period = "统计期限为{year}年1月1日至{year}年12月31日".format(**f)
    return [rng.choice([
        "本报告由{compiler}依照《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作"
        "年度报告格式的规定编写，内容分为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。"
        "除另有说明外，报告中数据的" + period + "。本报告电子版可在{site}“政府信息公开”专栏查阅，"
        "如有疑问请与{compiler}联系（电子邮箱：{email}）。",
        "为全面反映{year}年度政府信息公开工作情况，{compiler}按照《中华人民共和国政府信息公开条例》"
        "（以下简称《条例》）第四十九条、第五十条的要求，汇总编制本报告。报告所用数据" + period +
        "，涉及的金额以万元为单位。读者可通过{site}下载本报告，对报告内容有意见建议的，"
        "欢迎发送邮件至{email}。",
    ]).format(**f)]


def _overview(rng, f) -> list[str]:
    f = dict(f, rule_sentence="新制定政府规章{0}件，同步公开起草说明；".format(f["rule"][0]) if f["rule"][0] else "",
             norm_sentence=("全年制发行政规范性文件{0}件，均在印发后按时在规范性文件库集中公开；".format(f["norm"][0])
                            if f["norm"][0] else "本年度未制发行政规范性文件；"),
             gazette_sentence="全年编印政府公报{0}期，电子版与纸质版同步发布。".format(f["gazette"]) if f["gazette"] else "")
    paras = [rng.choice([
        "{year}年，{body}坚持以人民为中心的发展思想，把政府信息公开作为建设法治政府、服务型政府的"
        "基础性工作，围绕年度政务公开工作要点逐项抓好落实，主动公开的广度和深度持续拓展，"
        "依申请公开办理更加规范，公开平台和制度保障不断完善，各项工作总体平稳有序。",
        "过去一年，{we}认真执行《条例》各项规定，坚持“公开为常态、不公开为例外”，把政务公开与重点"
        "工作同部署、同推进、同检查，聚焦群众和企业关心的政策、项目、资金等信息加大公开力度，"
        "以公开促进依法行政、提升服务效能。",
        "{year}年，{we}在上级政务公开主管部门指导下进一步理顺工作机制，明确分管负责同志和专职人员，"
        "形成“月调度、季通报、年考核”的推进方式，推动政府信息公开与经济社会发展各项任务深度融合，"
        "较好地保障了公众的知情权、参与权、表达权和监督权。",
    ])]
    if f["year"] == 2019:
        paras[0] += "这一年是新修订的《条例》施行的第一年，{we}把学习宣传和执行新规定作为全年工作的主线。"
    paras.append(rng.choice([
        "（一）主动公开情况。{year}年，{we}通过各类渠道主动公开政府信息{pub_total}条，其中政府网站"
        "发布{pub_web}条，政务新媒体发布{pub_media}条，公开栏、宣传册等线下渠道发布{pub_offline}条。"
        "{norm_sentence}{rule_sentence}"
        "围绕稳就业、助企纾困、社会保障等重点领域，发布图文、视频等形式的政策解读{interp}篇，"
        "召开新闻发布会{press}场，对涉及群众切身利益的政策做到应解尽解。{gazette_sentence}",
        "（一）主动公开情况。全年累计主动公开各类政府信息{pub_total}条。按公开渠道分，门户网站发布"
        "{pub_web}条，占{pub_web_pct}%；政务新媒体推送{pub_media}条；公告栏、便民服务点等线下渠道"
        "公开{pub_offline}条。本年度新制发行政规范性文件{norm_new}件、废止{norm_gone}件，目前现行有效"
        "{norm_valid}件，清理结果已向社会公布。{rule_sentence}{gazette_sentence}紧扣年度重点任务，"
        "由主要负责同志和部门负责人解读政策{interp_lead}次，推出政策解读材料{interp}篇，"
        "举办新闻发布会{press}场。",
    ]))
    paras += rng.choice([
        ["围绕重点领域深化公开：财政预决算方面，组织{budget_units}个部门（单位）在统一平台公开预算、决算"
         "和“三公”经费情况；重大建设项目方面，集中公开项目批准、实施和竣工等环节信息，涉及项目"
         "{projects}个；民生保障方面，及时发布社会救助、就业创业、教育医疗等政策和办事指南。"],
        ["1.财政信息公开。督促{budget_units}个预算单位按时公开部门预算和决算，同步说明“三公”经费"
         "增减变化原因。",
         "2.重大项目公开。对{projects}个重大建设项目的审批、招标投标和施工进展信息进行集中发布，"
         "方便公众跟踪了解。",
         "3.民生信息公开。在社会救助、养老服务、教育招生等领域编制办事指南和政策问答{guides}篇，"
         "主动回应群众关心的热点问题。"],
    ])
    paras.append(_requests_prose(rng, f))
    paras.append(rng.choice([
        "在办理机制上，{we}实行申请登记、承办拟稿、法制审核、负责人签发的闭环流程，建立办理台账逐件"
        "跟踪时限，对临近期限的申请提前提醒，确保答复依法、及时、准确。",
        "为提高答复质量，{we}制定依申请公开答复文书参考样式，对复杂申请组织业务、法制和保密等方面"
        "人员会商研判，必要时听取法律顾问意见，从源头上减少答复不当引发的争议。",
    ]))
    management = [
        ["（三）政府信息管理情况。严格落实公开前保密审查制度，拟公开信息先由起草单位提出公开属性"
         "意见，再经办公室审核后发布，全年未发生泄密和不当公开问题。按照“谁制定、谁清理”的要求，"
         "对现行规范性文件开展集中清理，本年度废止{norm_gone}件，清理后现行有效{norm_valid}件，"
         "文件目录已在门户网站同步更新。"],
        ["（三）政府信息管理情况。{we}从源头管理入手，规范信息从产生到公开的全过程。",
         "1.健全审查机制。{year}年，拟公开信息一律经过内容审核、保密审查和合法性把关，重要政策文件在公开前"
         "征求法制审核意见，确保信息准确、安全。",
         "2.动态调整目录。结合机构职能和权责事项变化，全年调整主动公开目录{catalog}项，"
         "做到目录与实际公开内容相一致。",
         "3.规范文件管理。完成规范性文件集中清理，废止不再适用的文件{norm_gone}件，"
         "现行有效的{norm_valid}件文件统一在文件库中标注效力状态。"],
    ]
    paras += rng.choice(management)
    paras.append(rng.choice([
        "（四）政府信息公开平台建设情况。以政府门户网站作为政府信息公开的第一平台，优化“政府信息公开”"
        "专栏设置，新增和调整栏目{columns}个，完善站内检索，提高信息查找便利度。加强政务新媒体规范管理，"
        "目前{scope}在运行的政务新媒体账号{accounts}个，全年关停整合更新不及时、功能重复的账号"
        "{accounts_closed}个，在季度检查中合格率达到{accounts_pass}%。",
        "（四）政府信息公开平台建设情况。持续推进政府网站集约化建设，网站内容统一纳入集约化平台管理，"
        "全年网站访问量约{visits}万人次。依托政务服务热线和网上留言板，接收并办理群众咨询{consult}件，"
        "办结率{consult_rate}%。在政务服务大厅、档案馆和图书馆设立政府信息查阅点{points}个，"
        "为不方便上网的群众提供现场查阅服务。",
    ]))
    paras.append(rng.choice([
        "（五）政府信息公开监督保障情况。将政务公开纳入年度绩效考核，分值占比{kpi}%，并通过季度通报"
        "督促问题整改。全年组织政务公开业务培训{train}场，参训人员{trainees}人次，重点讲解《条例》"
        "适用、依申请公开答复规范和保密审查要求。聘请社会监督员{monitors}名，畅通意见反馈渠道，"
        "本年度未发生因政府信息公开工作引发的责任追究情况。",
        "（五）政府信息公开监督保障情况。成立由分管负责同志牵头的政务公开工作领导小组，定期研究"
        "工作中的难点问题。开展政务公开专项检查{checks}次，发现并督促整改问题{issues}个，整改完成率"
        "100%。组织集中培训{train}场，覆盖各部门业务骨干{trainees}人次。",
    ]))
    return [p.format(**f) for p in paras]


def _requests_prose(rng, f) -> str:
    if f["req_all"] == 0:
        return ("（二）依申请公开情况。{year}年，{body}未收到政府信息公开申请，也无上年结转的申请。"
                "{we}仍保持受理渠道畅通，在网站公布受理机构、通信地址、联系电话和申请表格，"
                "确保群众申请有门、答复有据。").format(**f)
    suits = f["suit_direct"][4] + f["suit_after"][4]
    if f["review"][4] or suits:
        legal = "全年因政府信息公开被申请行政复议{0}件、被提起行政诉讼{1}件。".format(f["review"][4], suits)
    else:
        legal = "全年未发生因政府信息公开引发的行政复议和行政诉讼。"
    return rng.choice([
        "（二）依申请公开情况。{year}年，{we}共收到政府信息公开申请{req_new}件，其中自然人提出"
        "{req_person}件，法人或其他组织提出{req_org}件；加上上年结转的{req_in}件，本年度需办理{req_all}件。"
        "截至{year}年12月31日，已办结{req_done}件，结转下年度继续办理{req_out}件。从办理结果看，"
        "予以公开{r_open}件，部分公开{r_part}件，公开率（含部分公开）为{open_rate}%；因本机关不掌握"
        "相关信息等原因无法提供{r_unable}件。所有申请均在法定期限内作出答复。",
        "（二）依申请公开情况。本年度新收政府信息公开申请{req_new}件，上年结转{req_in}件，申请内容"
        "主要集中在{topics}等方面。全年办结{req_done}件，其中予以公开和部分公开共{r_open_part}件，"
        "占办结总数的{open_rate}%；不予公开{r_deny}件，均依法说明理由并告知救济途径；结转至"
        "{next_year}年继续办理{req_out}件。" + legal,
    ]).format(**f)


def _article20_note(f) -> str:
    if f["kind"] == "office":
        return ("{body}不承担行政许可、行政处罚和行政强制职能，也不收取行政事业性收费，"
                "上表相应栏目填报为0。").format(**f)
    fees = "全年收取行政事业性收费{fees}万元" if f["fees"] != "0" else "本年度未收取行政事业性收费"
    return ("上表中行政许可、行政处罚和行政强制的数量为{year}年度作出的处理决定数，由各执法单位按月"
            "报送后汇总，其中行政处罚决定{penalties}件；" + fees + "。").format(**f)


def _requests_note(rng, f) -> str:
    if f["req_all"] == 0:
        return "{year}年，{body}未收到政府信息公开申请，上表各项均为0。".format(**f)
    text = ("从提交方式看，本年度新收申请中通过网上申请平台提交{online}件，通过信函提交{mail}件，"
            "到受理窗口当面提交{walkin}件。").format(**f)
    return text + rng.choice([
        "对申请内容不明确的，{we}在法定期限内一次性告知需要补正的事项，并主动电话联系申请人说明情况；"
        "对属于其他机关掌握的信息，告知申请人相关机关的名称和联系方式。",
        "办理过程中坚持“先沟通、后答复”，对涉及第三方权益的申请依法书面征求第三方意见，"
        "答复文书统一载明依据和救济途径。",
    ]).format(**f)


def _litigation_prose(f) -> str:
    review, direct, after = f["review"], f["suit_direct"], f["suit_after"]
    suits = direct[4] + after[4]
    if not (review[4] or suits):
        return "{year}年，{we}未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。".format(**f)
    parts = [("被申请行政复议{4}件（结果维持{0}件、结果纠正{1}件、其他结果{2}件、尚未审结{3}件）"
              .format(*review)) if review[4] else "未被申请行政复议",
             (f"被提起行政诉讼{suits}件（未经复议直接起诉{direct[4]}件、复议后起诉{after[4]}件）"
              if suits else "未被提起行政诉讼")]
    text = "{year}年，{we}因政府信息公开工作".format(**f) + "，".join(parts) + "。"
    if review[1] or direct[1] or after[1]:
        text += "对被纠正的案件，已逐件分析原因，并在后续答复中改进法律适用和文书表述。"
    return text


def _problems(rng, f) -> list[str]:
    paras = [rng.choice([
        "{year}年，{we}政府信息公开工作取得了一定成效，但对照上级要求和群众期待，仍有一些不足：一是"
        "部分单位政策解读以文字转载为主，图解、视频等形式运用不多，解读的针对性和可读性有待增强；二是"
        "个别部门对依申请公开答复的法律适用把握不够准确，答复文书的规范性需要提升；三是基层政务公开"
        "专兼职人员变动较频繁，业务能力参差不齐。",
        "本年度工作中仍有以下问题需要重视：一是主动公开内容与群众需求的匹配度不够高，部分栏目更新"
        "频率偏低；二是政务新媒体运维水平不平衡，少数账号互动回应不及时；三是政府信息公开与政务服务、"
        "政民互动的融合还不够紧密，数据开放的范围和质量有待提升。",
    ])]
    if rng.random() < 0.6:
        paras.append("对上一年度报告中提出的栏目更新不及时等问题，{we}已通过建立栏目责任清单和月度巡查"
                     "制度完成整改，在本年度的检查中未再发现同类问题。")
    paras += rng.choice([
        ["针对上述问题，{next_year}年{we}将重点做好以下工作：一是推行政策文件与解读材料同步起草、同步"
         "审签、同步发布，多用图表、短视频和问答等形式，让政策更易懂、更好用；二是修订依申请公开工作"
         "规程，完善答复文书范本，对疑难申请实行集体研究和法律顾问审核；三是加强队伍建设，建立新任人员"
         "岗前辅导制度，全年组织业务培训不少于{train}场，保持工作队伍相对稳定。"],
        ["下一步，{we}将从以下方面加以改进：",
         "1.提升解读质量。{next_year}年，重要政策出台时同步推出解读，多运用图表、短视频和问答等形式，并在政策执行"
         "过程中跟踪回应社会关切。",
         "2.规范申请办理。在{next_year}年上半年修订依申请公开工作规程，完善答复文书范本，对疑难申请实行集体研究和法律顾问"
         "审核，降低答复被纠错的风险。",
         "3.加强队伍建设。每年组织全员培训不少于{train}场，建立新任人员岗前辅导制度，"
         "保持工作队伍相对稳定。"],
    ])
    return [p.format(**f) for p in paras]


def _other(rng, f) -> list[str]:
    if f["fee_yuan"]:
        fee = ("依照《政府信息公开信息处理费管理办法》，本年度对申请数量明显超出合理范围的申请人按规定"
               "计收信息处理费，共计{fee_yuan}元，收费标准和依据均在答复时告知申请人。")
        if f["r_unpaid"]:
            fee += "另有{r_unpaid}件申请因申请人逾期未缴纳费用，已按规定不再处理。"
    else:
        fee = "按照《政府信息公开信息处理费管理办法》的规定，{year}年{body}未收取政府信息公开信息处理费。"
    paras = [fee, rng.choice([
        "{year}年，{we}对照本年度政务公开工作要点确定的任务逐项制定落实措施，{tasks}项重点任务均已"
        "按期完成，完成情况已报送上级政务公开主管部门。",
        "本年度，{we}将政务公开工作要点细化为{tasks}项具体任务，逐项明确责任单位和完成时限，"
        "年底对照清单逐项复核，全部任务均已落实。",
    ])]
    paras.append(rng.choice([
        "为增进公众对政府工作的了解，{we}全年举办“政府开放日”活动{open_days}场，邀请群众代表、"
        "企业代表和媒体记者{visitors}人次走进机关和项目现场，面对面听取意见建议。",
        "{year}年，{we}结合“政务公开日”开展主题活动{open_days}场，通过现场讲解、政策咨询和互动问答"
        "等方式，吸引{visitors}人次参与，收集到的意见建议已分类转交有关单位办理。",
    ]))
    if f["npc"]:
        paras.append("全年办理人大代表建议{npc}件、政协委员提案{cppcc}件，办复率100%，除涉及国家秘密等"
                     "依法不予公开的情形外，办理复文均已在门户网站主动公开。")
    paras.append("本报告中的统计数据由{compiler}汇总，部分百分比经四舍五入处理。")
    return [p.format(**f) for p in paras]


# --------------------------------------------------------------------------- tables


def _md_table(header: list[list[str]], rows: list[list[object]]) -> str:
    """Pipe rows, short rows padded with empty cells; the |---| rule closes the header rows."""
    width = max(len(r) for r in header + rows)

    def line(cells: list[object]) -> str:
        return "| " + " | ".join(str(c) for c in list(cells) + [""] * (width - len(cells))) + " |"

    return "\n".join([line(r) for r in header] + ["|" + "---|" * width] + [line(r) for r in rows])


def _article20_table(f) -> str:
    """The 第二十条 table as one table with a context row before each block, as printed."""
    counts = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    decided = ["信息内容", "本年处理决定数量"]
    rows = [["规章", *f["rule"]], ["行政规范性文件", *f["norm"]],
            ["第二十条第（五）项"], decided, ["行政许可", f["permits"]],
            ["第二十条第（六）项"], decided, ["行政处罚", f["penalties"]], ["行政强制", f["coercion"]],
            ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"],
            ["行政事业性收费", f["fees"]]]
    return _md_table([["第二十条第（一）项"], counts], rows)


def _requests_table(f) -> str:
    cols = f["req_outcome_cols"]
    header = [[REQUEST_NOTE] * 3 + ["申请人情况"] * 7,
              [REQUEST_NOTE] * 3 + ["自然人"] + ["法人或其他组织"] * 5 + ["总计"],
              [REQUEST_NOTE] * 3 + APPLICANTS + ["总计"]]

    def row(labels: list[str], values: list[int]) -> list[object]:
        return labels + values + [sum(values)]

    first = "一、本年新收政府信息公开申请数量"
    second = "二、上年结转政府信息公开申请数量"
    third = "三、本年度办理结果"
    fourth = "四、结转下年度继续办理"
    rows = [row([first] * 3, f["req_new_cols"]), row([second] * 3, f["req_in_cols"])]
    for i, (group, item, _) in enumerate(OUTCOMES):
        rows.append(row([third, group, item or group], [col[i] for col in cols]))
    rows.append(row([third, "（七）总计", "（七）总计"], [sum(col) for col in cols]))
    rows.append(row([fourth] * 3, f["req_out_cols"]))
    return _md_table(header, rows)


def _reviews_table(f) -> str:
    short = REVIEW_RESULTS
    header = [["行政复议"] * 5 + ["行政诉讼"] * 10,
              short + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
              short * 3]
    return _md_table(header, [f["review"] + f["suit_direct"] + f["suit_after"]])


# --------------------------------------------------------------------------- the report


def generate_report(body: str, year: int, seed: int, *, place: str) -> str:
    """One complete fictional report as Markdown; the same arguments always give the same text."""
    rng = random.Random(f"{body}|{place}|{year}|{seed}")
    f = _figures(rng, body, year, place)
    f.update(_names(body, place))
    blocks: list[str] = [f"# {body}{year}年政府信息公开工作年度报告（演示）"]
    blocks += _intro(rng, f)
    blocks += [f"## {SECTIONS[0]}", *_overview(rng, f)]
    blocks += [f"## {SECTIONS[1]}", _article20_table(f), _article20_note(f)]
    blocks += [f"## {SECTIONS[2]}", _requests_table(f), _requests_note(rng, f)]
    blocks += [f"## {SECTIONS[3]}", _litigation_prose(f), _reviews_table(f)]
    blocks += [f"## {SECTIONS[4]}", *_problems(rng, f)]
    blocks += [f"## {SECTIONS[5]}", *_other(rng, f)]
    blocks += [f["signer"], f"{year + 1}年1月{rng.randint(10, 31)}日"]
    return "\n\n".join(blocks) + "\n"


def bodies() -> list[tuple[str, str, str]]:
    """Every invented body as (place, body, file-name slug)."""
    return [(place, place + name, f"{slug}-{tail}")
            for place, (slug, names) in PLACES.items() for name, tail in names]


def generate_corpus(out_dir: Path, n: int, seed: int = 0) -> list[Path]:
    """``n`` reports over the invented bodies and the years 2019–2025. Every (body, year) pair
    comes once before any repeats; repeats get other figures (the seed differs)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pairs = [(b, y) for b in bodies() for y in YEARS]
    random.Random(seed).shuffle(pairs)
    paths = []
    for i in range(n):
        (place, body, slug), year = pairs[i % len(pairs)]
        path = out_dir / f"{i:05d}-{slug}-{year}.md"
        path.write_text(generate_report(body, year, seed * 1_000_003 + i, place=place), encoding="utf-8")
        paths.append(path)
    return paths


def write_demo(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for place, body, year, seed, name in DEMO:
        path = out_dir / name
        path.write_text(generate_report(body, year, seed, place=place), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write fictional annual reports (Markdown) for demos and scale tests.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", type=int, default=100, help="number of reports (default 100)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--demo", action="store_true", help="write the demo corpus (demo/*.md) instead")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("-n must be 0 or more")
    paths = write_demo(args.out_dir) if args.demo else generate_corpus(args.out_dir, args.n, args.seed)
    print(f"wrote {len(paths)} reports to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
