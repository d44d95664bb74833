"""Where a report says it published something: the outlets of proactive disclosure (a website, a
WeChat account, a microblog, a newspaper …), as the glossary's ``platforms`` topic words them.

A figure a report states of one outlet is not the figure of another: '网站发布政务信息共667条' does
not answer how many items an office's WeChat account posted, nor '报刊发布新闻报道20篇'. A question
naming an outlet is therefore never answered by a clause that names only other outlets. A clause
naming none (or the question naming none) is left to the rest of the reading, and 政务新媒体 (new
media) covers every social outlet, both ways.
"""

from __future__ import annotations

import re

from assistant.ask.tuning import TUNING

# Each outlet and the wordings the reports use for it (glossary.yaml, platforms).
FAMILIES: dict[str, tuple[str, ...]] = {
    "website": ("门户网站", "政府网站", "政府外网", "官方网站", "官网", "网站"),
    "wechat": ("微信公众号", "公众号", "政务微信", "微信号", "微信", "订阅号", "服务号"),
    "weibo": ("政务微博", "微博"),
    "video": ("视频号", "抖音", "快手", "短视频"),
    "toutiao": ("今日头条", "头条号"),
    "app": ("客户端", "APP", "App"),
    "print": ("报纸", "报刊", "日报", "晚报", "晨报"),
    "broadcast": ("广播", "电台"),
    "gazette": ("政府公报",),
}
SOCIAL = {"wechat", "weibo", "video", "toutiao", "app"}
NEW_MEDIA = "new media"
_NEW_MEDIA = re.compile(r"新媒体")
# (电视电话会议 is a meeting, not television; 电视 is left out for it)
_WORDING = re.compile("|".join(sorted({w for ws in FAMILIES.values() for w in ws}, key=lambda x: (-len(x), x))))
_OF = {w: name for name, ws in FAMILIES.items() for w in ws}


# An outlet's or new media's words, as a text names them.
OUTLET_WORDS = re.compile(f"{_WORDING.pattern}|{_NEW_MEDIA.pattern}")
# a site named in quotes and called 网 ('在“梁溪区人民政府”网主动公开')
QUOTED_SITE = re.compile(r"[”\"」』]网(?![络上民友格点])")
# a site called a government's 网 ('在区政府网上发的', '中国政府网'), not 政府网站 (a wording of its own)
GOVERNMENT_SITE = re.compile(r"政府网(?![络民友格点站])")


def outlets_in(text: str) -> set[str]:
    """The outlets a text names."""
    found = {_OF[w] for w in outlets_said(text)}
    if QUOTED_SITE.search(text) or TUNING.government_site_named and GOVERNMENT_SITE.search(text):
        found.add("website")
    if _NEW_MEDIA.search(text):
        found.add(NEW_MEDIA)
    return found


def outlets_said(text: str) -> list[str]:
    """The words of a text naming outlets ('政府网站', '公众号'), as it says them."""
    return [m.group(0) for m in _WORDING.finditer(text)]


def another_outlet(asked: set[str], said: set[str]) -> bool:
    """Whether a clause naming the outlets ``said`` speaks of outlets other than the ``asked`` ones
    only (both named)."""
    return bool(asked and said) and not _overlap(asked, said)


def _overlap(asked: set[str], said: set[str]) -> bool:
    """Whether outlets said are outlets asked: one in common, or new media and a social outlet."""
    return bool(asked & said or (NEW_MEDIA in asked and said & SOCIAL) or (NEW_MEDIA in said and asked & SOCIAL))


def named_nowhere(asked: set[str], text: str) -> bool:
    """Whether no outlet the question asks about (nor, for new media, any social outlet; for a
    social outlet, new media) is named anywhere in ``text``, the reports read: what was put out
    there is not stated, whatever else they count."""
    return bool(asked) and not _overlap(asked, outlets_in(text))


# How reports say they put information out; a question's verb is said by any of them ('公众号推送了
# 多少条' by '公众号共发布信息294条'). (发 alone only as a question says it: '发了', '发的'; 挂出, to post.)
PUBLISHING = ("发布", "公布", "公开", "推送", "刊发", "刊登", "推出", "上传", "发送", "更新")
_PUBLISHING_ASKED = re.compile("|".join(PUBLISHING) + r"|(?<![开出收颁印转下分引启研])发(?=了|的|过|出|多少|几)|挂(?:出|了|网)")


def publishing_asked(word: str) -> bool:
    """Whether a word opens with a verb of publishing as questions say it ('发出', '发的', '挂出', '公布')."""
    return _PUBLISHING_ASKED.match(word) is not None


def words_to_put(question: str) -> bool:
    """Whether a question says an outlet or a verb of publishing (what ``reworded`` may put)."""
    return bool(_WORDING.search(question) or _PUBLISHING_ASKED.search(question))


def reworded(question: str, passages_text: str) -> tuple[str, list[tuple[str, ...]]]:
    """The question with an outlet or a verb of publishing it words otherwise than the reports read
    ('微信公众号' where they say 公众号, '推送' where they say 发布) put in their words, and the groups
    of words any one of which says it (one group per word put)."""
    groups: list[tuple[str, ...]] = []

    def put(word: str, family: tuple[str, ...], shorter: bool = False) -> str:
        if word in passages_text:
            return word
        # (an outlet worded with another of its words inside only by a part the rest of which names
        # the outlet too, '公众号' of '微信公众号'; '政府网站' stays: 政府 says where the site is)
        # ('官网', a word holding no other: any wording of the outlet the reports use)
        shorter = shorter and any(w != word and w in word for w in family)
        used = tuple(w for w in family if w in passages_text and w not in ("APP", "App")
                     and (not shorter or (w in word and word.replace(w, "", 1) in family)))
        if not used and shorter:
            # ('微信号' where they say 公众号: no shorter wording of it names the outlet alone)
            used = tuple(w for w in family if w in passages_text and w not in ("APP", "App"))
        if len(used) > 1:
            groups.append(used)
        return f" {' '.join(used or (word,))} "

    text = _WORDING.sub(lambda m: put(m.group(0), FAMILIES[_OF[m.group(0)]], shorter=True), question)
    text = _PUBLISHING_ASKED.sub(lambda m: put(m.group(0), PUBLISHING), text)
    return text, groups
