"""English terms of disclosure reports and the Chinese wording the reports use for them.

An English question is matched against Chinese passages through these (the dense retriever is
cross-lingual, the lexical matcher is not). General vocabulary of the national report format,
longest phrases first when several overlap.
"""

from __future__ import annotations

import re

TERMS: dict[str, tuple[str, ...]] = {
    "administrative and institutional fees": ("行政事业性收费",),
    "administrative fees": ("行政事业性收费",),
    "fees collected": ("收费金额",),
    "administrative penalty": ("行政处罚",), "administrative penalties": ("行政处罚",),
    "administrative license": ("行政许可",), "administrative licensing": ("行政许可",),
    "administrative licenses": ("行政许可",), "administrative permits": ("行政许可",),
    "administrative coercion": ("行政强制",), "administrative enforcement": ("行政强制",),
    "administrative reconsideration": ("行政复议",), "administrative reconsiderations": ("行政复议",),
    "administrative litigation": ("行政诉讼",), "lawsuits": ("行政诉讼",), "lawsuit": ("行政诉讼",),
    "normative documents": ("规范性文件",), "regulations": ("规章",), "rules": ("规章",),
    "information disclosure platform": ("信息公开平台",), "disclosure platform": ("信息公开平台",),
    "government portal": ("政府门户网站", "门户网站"), "government website": ("政府网站",),
    "portal": ("门户网站",), "website": ("网站",),
    "government new media": ("政务新媒体",), "new media": ("新媒体",),
    "wechat": ("微信", "公众号"), "weibo": ("微博",), "official account": ("公众号",),
    "press conferences": ("新闻发布会",), "press conference": ("新闻发布会",),
    "news conferences": ("新闻发布会",), "press events": ("新闻发布",), "press releases": ("新闻发布",),
    "government gazette": ("政府公报",), "gazette": ("公报",),
    "policy interpretation": ("政策解读",), "policy interpretations": ("政策解读",),
    "proactively disclosed": ("主动公开",), "proactive disclosure": ("主动公开",),
    "proactively": ("主动公开",), "disclosed": ("公开",), "published": ("发布", "公开"),
    "publish": ("发布", "公开"), "released": ("发布",),
    "items of government information": ("政府信息",), "government information": ("政府信息",),
    "pieces of information": ("信息",), "items": ("条",),
    "disclosure requests": ("政府信息公开申请", "依申请公开"),
    "information disclosure requests": ("政府信息公开申请",),
    "disclosure applications": ("政府信息公开申请",), "applications": ("申请",), "requests": ("申请",),
    "natural persons": ("自然人",), "individuals": ("自然人",),
    "legal persons": ("法人或其他组织",), "commercial enterprises": ("商业企业",),
    "law firms": ("法律服务机构",), "legal service": ("法律服务机构",),
    "granted": ("予以公开",), "partially": ("部分公开",), "not disclosed": ("不予公开",),
    "unable to provide": ("无法提供",), "not held": ("不掌握",),
    "carried over": ("结转",), "newly received": ("新收",), "received": ("收到", "受理", "新收"),
    "accepted": ("受理",), "handled": ("办理",), "completed": ("办结",),
    "completion rate": ("办结率",), "service matters": ("服务事项",), "matters": ("事项",),
    "processing fee": ("信息处理费",), "processing fees": ("信息处理费",),
    "townships": ("乡镇",), "township": ("乡镇",), "streets": ("街道",), "street": ("街道",),
    "counties": ("县区",), "county-level": ("县级",), "city-level": ("市本级",),
    "standard catalogues": ("标准目录",), "standard catalogs": ("标准目录",), "catalogues": ("目录",),
    "catalogs": ("目录",), "fields": ("领域",), "domains": ("领域",), "areas": ("领域",),
    "columns": ("栏目",), "column": ("栏目",), "grassroots": ("基层",),
    "training": ("培训",), "inspections": ("检查",), "pass rate": ("合格率",),
    "total": ("总计", "共"), "percentage": ("占",), "proportion": ("占",), "share": ("占",),
    "rate": ("率",), "year-on-year": ("同比",), "increase": ("增长",),
    "meetings": ("会议",), "executive meetings": ("常务会议",),
    "epidemic": ("疫情",), "documents": ("文件",),
}

_PATTERNS = sorted(TERMS, key=len, reverse=True)


def chinese_terms(question: str) -> list[str]:
    """Chinese wording for the English terms in a question, plus any Chinese it quotes."""
    text = question.lower()
    found: list[str] = []
    for phrase in _PATTERNS:
        pattern = r"\b" + re.escape(phrase) + r"\b"
        if re.search(pattern, text):
            found.extend(TERMS[phrase])
            text = re.sub(pattern, " ", text)  # a longer phrase wins over its parts
    found.extend(re.findall(r"[\u4e00-\u9fff]+", question))
    return found
