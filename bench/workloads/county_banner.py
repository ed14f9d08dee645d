"""Labelled workload: 额尔敦宝力格旗 (Erdenbulag Banner), 塔本陶勒盖盟, 内蒙古自治区 - trainings
(TRAINING, 培训) and policy-publicity sessions (PUBLICITY, 宣讲) posted by the banner's offices
for enterprises and herders, April-June 2027.

``generate(seed)`` returns about 1,080-1,165 postings in random order, each labelled with the
real session it announces; ``stats(seed)`` summarises one seed.  Everything here is invented:
banner, league, towns, gachas, buildings, phone numbers, meeting codes and URLs.  Output is
deterministic in the seed (one ``random.Random(seed)``; no ``hash()`` or set iteration).

Data sheet
==========

The banner
----------
额尔敦宝力格旗 (ᠡᠷᠳᠡᠨᠢ ᠪᠤᠯᠠᠭ ᠬᠤᠰᠢᠭᠤ, Erdenbulag Banner) of 塔本陶勒盖盟 (Tabun Tolgoi League).
Pastoral economy: beef cattle, mutton sheep, cashmere goats, 奶食品 (dairy) cooperatives; a coal
mine, wind/solar projects and rare-earth/chemical firms in the 额尔敦宝力格经济技术开发区 (formerly
巴润塔拉煤化工园区); a cashmere mill; grassland tourism (那达慕, 蒙餐, 牧家乐); trade with Mongolia.

Towns, sumu and 街道 (gachas or communities in brackets):
  宝力格镇 - banner seat (好日图嘎查, 新艾里嘎查)
  团结街道 (那达慕社区, 敖包社区); 草原街道 (乌兰社区, 民族社区) - in the seat
  巴润塔拉镇 (沙巴尔台嘎查, 巴音查干嘎查, 哈沙图嘎查) - development zone and coal mine
  朝克乌拉镇 (敖伦布拉格嘎查, 陶力嘎查) - formerly 朝克乌拉苏木
  哈日诺尔镇 (伊和淖尔嘎查, 乌兰哈达嘎查) - lake, tourism
  额很乌苏苏木 (呼格吉勒图嘎查, 额尔敦高勒嘎查, 宝音图嘎查)
  宝日胡硕苏木 (巴彦宝拉格嘎查, 查干敖包嘎查) - offices of the former 查干乡
  阿拉坦陶勒盖苏木 (乌力吉图嘎查, 浩饶柴达木嘎查) - dairy cooperative
  伊和高勒苏木 (白音乌拉嘎查, 哈布其拉嘎查) - formerly 伊和高勒乡
Mongolian names are given for the towns, sumu and gachas (not for the communities).

Season and office hours
-----------------------
1 April - 30 June 2027, Asia/Shanghai.  Working days; some sumu/gacha sessions on Saturdays;
none on 3-5 April, 1-5 May, 9 June.  Office hours 08:30-12:00 and 14:00-17:30 (April) or
14:30-18:00 (summer hours from 1 May).  Half-day sessions start 09:00, 09:30 or 10:00 and end by
12:00, or start 14:00-15:30 and end by the close of the afternoon; full-day courses 09:00-17:00
(April) / 09:00-17:30; 牧民夜校 online evenings 19:30-21:00; the 政策直播间 Thursdays 15:00-16:00.

Departments and how they write
------------------------------
20 posters.  Title voices: formal title, plain-language title, slogan + title, acronym, English,
Mongolian script only, bilingual Mongolian+Chinese.  Topic words: each office picks its own word
for a topic (税费优惠 / 减税降费 / 税收优惠政策 ...) and adds house tags.
  国家税务总局额尔敦宝力格旗税务局 (旗税务局): formal titles, slogans (税惠直达 助企发展), 关于举办…的通知,
    【旗税务局】, 2027年 prefixes, in April "第36个全国税收宣传月"; official names, often with the
    region prefix, 四楼第一会议室 / 一号会议室; +08:00 with seconds, sometimes the sign-in time;
    IDs SW2027nnnnn; registration on bm.edbg.gov.cn; tag 纳税服务.
  额尔敦宝力格旗人力资源和社会保障局 (旗人社局): formal, acronym (SYB创业培训) and plain titles; 【旗人社局】,
    （名额有限）, 【报名】, （公益）, “技能照亮前程”专项行动; labels most postings TRAINING; short names
    (就业大楼, 人社局就业大楼, 旗人社局), 3楼, 1号会议室 / 会议室1, spaces; times without offset or
    seconds plus "timezone"; sign-in starts; ends rounded up to the hour; wj.qq.com forms.
  额尔敦宝力格旗农牧局 (旗农牧局): plain and bilingual titles; old names (旗畜牧站, 原X大队部); room before
    building; some Mongolian venues; naive times with seconds; ends often 30 min late; 惠农惠牧.
  额尔敦宝力格旗市场监督管理局 (旗市场监管局): formal titles with 【旗市场监管局】, “守护舌尖安全”专项行动;
    3F / 3楼, 1号会议室 / 1会议室; +08:00 without seconds; IDs SJ<yyyymmdd><nnn>.
  额尔敦宝力格旗应急管理局 (旗应急管理局): formal titles, 关于举办…的通知, 安全生产治本攻坚专项行动; calls its
    own building 旗安监局大楼 / 安监大楼; posts the sign-in time (20-30 min early) 70% of the time.
  额尔敦宝力格旗工业和信息化局 (旗工信局): acronyms (SRDI专精特新宣讲, 数字化转型DX培训, 绿电GEC培训),
    English titles; 3F, 2#楼 / B座, 会议室1, half-width parentheses; times in UTC ("…Z" or
    "…+00:00"); UUID IDs; English topic words half of the time.
  额尔敦宝力格旗商务局 (旗商务局): slogans (直播助农 电商兴牧, 乐购草原 惠享生活), 【报名】; street and
    landmark names (汽车站对面电商大楼, 团结路宾馆), addresses first; ends often 30 min late.
  额尔敦宝力格旗林业和草原局 (旗林草局): formal and bilingual titles, 关于举办…的通知; 二号楼; naive times.
  额尔敦宝力格旗医疗保障局 (旗医保局): plain and slogan titles (医保政策进企业), in April 医保基金监管集中宣传月;
    posts PUBLICITY; 1号会议室 / 第1会议室; as co-host often no venue.
  额尔敦宝力格旗总工会 (旗总工会): plain and slogan titles, （公益）, relays "转发旗人社局关于举办…的通知";
    calls its building 工人文化宫; full-width digits (３楼, ２０２７年) in half its titles and venues;
    naive times, ends rounded up.
  额尔敦宝力格旗工商业联合会 (旗工商联): slogans (亲清政商 同心发展), relays, “惠企政策进万家”专项行动;
    PUBLICITY; street names; a third of its co-host postings say 待定 / 地点另行通知 or nothing.
  额尔敦宝力格旗融媒体中心 (旗融媒体中心): plain, slogan and Mongolian-only titles; PUBLICITY; old names
    广电大楼 / 旗广播电视台; often just "线上直播"; times with milliseconds ("…:00.000+08:00").
  额尔敦宝力格经济技术开发区管理委员会 (开发区管委会): formal, English and acronym titles (EDZ招商推介会,
    HSE联合培训); English venue spellings a third of the time; +08:00 or naive; English descriptions.
  宝力格镇人民政府, 巴润塔拉镇人民政府: plain titles with 专场 / 站; 镇政府 and gacha names; naive times.
  额很乌苏苏木人民政府: Mongolian-only or bilingual titles and venues; naive times; few topics.
  额尔敦宝力格旗绒山羊产业协会 (旗绒山羊协会): plain titles; 阿拉坦羊绒厂 / 旗绒毛厂; +08:00 without seconds.
  额尔敦宝力格旗蒙古族企业家联合会: bilingual titles (some Mongolian-only or English); bilingual venues.
  塔本陶勒盖盟生态环境局额尔敦宝力格旗分局 (旗生态环境分局): formal titles, 关于举办…的通知; official names
    with region prefix; 3层 / 二号楼; naive times.
  额尔敦宝力格旗文化和旅游局 (旗文旅局): slogans (好客草原 喜迎那达慕), 【报名中】; 老影剧院; ends late.
The full habits are in _DEPT_TEXT; subjects and their titles in _SUBJECT_TEXT (76 subjects).

Buildings (official name | other names: short; old; street or landmark | address | rooms)
-----------------------------------------------------------------------------------------
  额尔敦宝力格旗政务服务中心 | 旗政务服务中心, 政务大厅, 旗政务中心; 旗行政审批服务中心, 老审批大厅;
    那达慕大街政务服务中心, 敖包广场东侧政务服务大楼 | 那达慕大街18号 | 3F 第一/第二会议室,
    5F 多功能厅 (多功能会议厅, 多媒体会议厅), 2F 201培训室
  额尔敦宝力格旗行政中心 (three buildings: 1号楼=A座, 2号楼=B座, 3号楼=C座) | 旗行政中心, 行政中心,
    旗政府大楼; 旗委旗政府大院, 老政府大院; 团结路行政中心, 团结路1号大院 | 团结路1号 | 2号楼 3F
    第一会议室 and 第二会议室, 3号楼 2F 第一会议室, 1号楼 4F 大会议室 (常务会议室), 1号楼 1F 报告厅
  额尔敦宝力格旗公共就业和人才服务中心 | 旗就业服务中心, 就业大楼, 人才市场; 旗劳动就业局大楼, 劳动大厦;
    草原路就业服务大楼 | 草原路66号 | 3F 301 and 302 培训教室, 4F 报告厅, 2F 创业培训室
  额尔敦宝力格旗职业技能公共实训基地 | 旗实训基地, 技能实训中心, 实训基地; 旗职教中心, 旗职业中学老校区;
    东环路实训基地 | 东环路9号 | 1F 1号/2号实训车间, 2F 理论教室A and B, 3F 蒙餐烹饪实训室
  额尔敦宝力格经济技术开发区管理委员会 | 开发区管委会, 园区管委会, 经开区管委会; 巴润塔拉煤化工园区管委会,
    煤化工园区办公楼; 园区大道1号管委会大楼 | 园区大道1号 | 2F 201会议室, 6F 大会议室 (606),
    1F 企业服务中心路演厅
  额尔敦宝力格旗融媒体中心 | 旗融媒体中心, 融媒体中心, 旗融媒; 旗广播电视台, 广电大楼; 新华街广电大楼 |
    新华街22号 | 1F 演播厅, 3F 融媒直播间
  额尔敦宝力格旗电子商务公共服务中心 | 旗电商中心, 电商服务中心, 电商产业园; 旗供销社大楼, 老供销大楼;
    汽车站对面电商大楼, 车站路电商中心 | 车站路8号 | 2F 1号/2号直播实训室, 3F 培训厅
  额尔敦宝力格宾馆 | 旗宾馆, 宝力格宾馆; 旗政府招待所, 老招待所; 团结路宾馆 | 团结路12号 | 1F 多功能厅
    (宴会厅), 2F 草原厅, 2F 敖包厅, 3F 金帐厅 (蒙古包厅)
  额尔敦宝力格旗总工会职工服务中心 | 旗职工服务中心, 职工之家, 工会大楼; 旗工人文化宫, 工人文化宫;
    建设路职工服务中心 | 建设路30号 | 2F 报告厅 (大礼堂), 3F 303教室
  额尔敦宝力格旗文化艺术中心 | 旗文化中心, 文化中心, 乌兰牧骑剧场; 旗影剧院, 老影剧院; 敖包广场文化中心 |
    敖包广场北侧 | 1F 小剧场, 3F 排练厅, 文化广场 (门前广场, 敖包广场)
  额尔敦宝力格旗应急指挥中心 | 旗应急指挥中心, 应急指挥中心, 应急局大楼; 旗安监局大楼, 安监大楼;
    兴安路应急大楼 | 兴安路15号 | 1F 101培训室, 4F 指挥大厅
  额尔敦宝力格旗市场监督管理局 | 旗市场监管局, 市场监管局办公楼; 旗工商局大楼, 老工商局; 商贸街工商大楼 |
    商贸街6号 | 3F 305会议室, 5F 培训室
  国家税务总局额尔敦宝力格旗税务局 | 旗税务局, 税务局办公楼, 办税服务厅; 旗地税局大楼, 原国税局大楼;
    新华街税务大楼 | 新华街40号 | 2F 纳税人学堂, 4F 第一会议室
  额尔敦宝力格旗农牧业技术推广中心 | 旗农技推广中心, 农牧大楼, 农技推广中心; 旗畜牧站, 老兽医站大楼;
    牧业路农牧大楼 | 牧业路3号 | 2F 培训教室, 1F 大会议室
  额尔敦宝力格旗那达慕会场 | 那达慕会场, 旗赛马场; 老赛马场, 旗体育场; 敖包山下那达慕会场 | 主会场, 蒙古包展区
  内蒙古阿拉坦绒业有限责任公司 | 阿拉坦绒业, 阿拉坦羊绒厂; 旗绒毛厂, 老绒毛加工厂; 园区纬三路阿拉坦绒业 |
    开发区纬三路7号 | 2F 职工培训室
  额尔敦宝力格旗巴润塔拉煤矿 | 巴润塔拉煤矿, 巴润矿; 旗国营煤矿, 老国营矿; 巴润塔拉镇北山煤矿 | 调度楼会议室
  额尔敦宝力格旗乌力吉奶食品专业合作社 | 乌力吉合作社, 乌力吉奶食品厂; 原乌力吉图嘎查奶站;
    阿拉坦陶勒盖苏木奶食品加工点 | 合作社会议室
  X人民政府 for each town and sumu | X政府, X政府大楼; 原Y政府, Y人民政府 where there is an old name Y
    (朝克乌拉苏木, 查干乡, 伊和高勒乡); X便民服务中心, X党群服务中心 | 2F 会议室 (大会议室),
    1F 便民服务中心大厅 (便民服务大厅, 为民服务中心大厅)
  X G党群服务中心 for each gacha G of X | G党群服务中心, G村委会, G部; 原<G without 嘎查>大队部;
    G牧民之家 | one room: 会议室 / 活动室 / 党员活动室.  Communities: C党群服务中心, C居委会, C服务站.
Every building also has an English name (e.g. "Banner Administrative Center") and a Mongolian one.

Venue spellings produced
------------------------
Region prefix or none (额尔敦宝力格旗…, 塔本陶勒盖盟…, 内蒙古自治区塔本陶勒盖盟额尔敦宝力格旗…); floors 三楼 /
3楼 / 3F / 3层 / 三层; buildings 2号楼 / 2#楼 / 二号楼 / B座; numbered rooms 第一会议室 / 一号会议室 /
1号会议室 / 会议室1 / 第1会议室 / 1会议室; room numbers 301培训教室 / 301室 / 培训教室301 / 301号培训教室 /
三〇一室 / 301 (floor then often left out); orders building-floor-room, room（building floor）,
building-room, "floor room，building", address-first; a department's own name for its own
building (旗人社局3楼…); spaces; full-width digits; half-width parentheses; English ("Meeting
Room 1, 3F, Building 2, Banner Administrative Center, Erdenbulag Banner"); Mongolian
("<building> 2 ᠳ᠋ᠤᠭᠠᠷ ᠪᠠᠢᠰᠢᠩ 3 ᠳᠦᠭᠡᠷ ᠳᠠᠪᠬᠤᠷ 1 ᠳ᠋ᠤᠭᠠᠷ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ"), alone or with the Chinese.
Co-hosts may write only the town, 地点另行通知, 待定, 地点待定, 详见报名群通知, or nothing.
Online: 腾讯会议 and 钉钉 nine-digit codes written 842-331-907, 842331907 or 842 331 907 in the
location and/or in the URL (https://meeting.tencent.com/dm/<code>, with ?from=wx, http://, or
dashed; https://meeting.dingtalk.com/j/<code>); the media centre's live rooms
https://live.edbg-rmt.cn/room/<id>.  About 7% of room sessions are hybrid (room + link).

Titles and other fields
-----------------------
Qualifiers: 第2期 / 第二期 / （第2期） / 2期; 一班 / 第1班; 初级 / 中级 / 高级 (also （五级/初级工）); 第1场;
X镇专场 / （X苏木站） / 走进X / 【X专场】; （全天） / 培训日 for a day programme; （下午场） for its
afternoon session.  A co-host drops a 期/班/场 number a third of the time and a town label
one time in seven, except where the qualifier is what tells twin sessions apart.
Decorations: 【office】, 关于举办/开展…的通知, 转发…的通知, （名额有限）, （公益）/（免费）, 【报名】/【报名中】,
2027年 / 2027年第二季度 / 2027年度 / 2027年5月, campaign names (…专项行动), full-width digits.
Kinds: co-hosts that habitually say 宣讲 post PUBLICITY, 旗人社局 posts TRAINING, others flip
one time in ten.  Times: co-hosts post the sign-in time (20-30 min early), round the end up, add
30 min, or move the end by 15-30 min.  Topics, sectors and regions (town/sumu names) use each
office's words; topics may be empty.  capacity: the room's seats or a rounded figure; regis-
trationUrl: the office's own form or, a quarter of the time, the lead's link.

Label rules (what counts as one session)
----------------------------------------
- A session is one real event: one time span in one room, or on one meeting code/live room.
  Every department posts it at most once; a session has 1-4 postings.  About a third of all
  postings belong to sessions posted by more than one office.
- truth.session is shared by all postings of the session; truth.kind/start/end are the lead
  office's kind and the real start and end (+08:00), not the sign-in time.
- Postings of one session overlap in time; their posted starts differ by at most 30 minutes and
  their ends by at most an hour.  They may differ in title, kind, venue spelling, numbering,
  topics, time format, and one of them may give no venue.
- Distinct sessions never share a room within an hour of each other, with one exception: a
  day programme and its separately posted afternoon session are two sessions.
- Another room of the same building at the same hour is another session, even under the same
  title with a different 期/班/级; so is another meeting code at the same hour.  The 政策直播间
  uses one live-room URL every Thursday; each week is its own session.
- The same course on another day, or in another town, is another session.

Hard negatives (groups per seed; sessions in brackets)
------------------------------------------------------
  qualifier_twins_same_hour (6 groups x 2): SYB 第N期/第N+1期 in 301/302, 焊工 and 电工 初级/中级/高级
    in two workshops, 育婴员 一班/二班, 直播带货 two labs, 技能竞赛集训 一班/二班.
  parallel_rooms_same_dept (5 x 2) and parallel_rooms_two_depts (6 x 2): two rooms of one
    building at one hour, different subjects.
  same_room_name_other_wing (3 x 2): 第一会议室 of 行政中心 2号楼 and of 3号楼 at one hour.
  same_course_successive_days (6 x 2-3): same office, title, room and hour on successive days,
    sometimes numbered 第1场/第2场.
  tour_of_towns (6 x 2-6): one title taken round towns, sumu or one sumu's gachas on successive
    days, labelled X专场/X站.
  lookalike_titles_same_week (8 x 2): 企业所得税 vs 个人所得税汇算, 肉牛 vs 肉羊养殖, 医保 vs 社保进企业,
    餐饮 vs 奶食品食品安全, 生态环境 vs 安全生产法律法规, 防沙治沙 vs 鼠虫害, 焊工 vs 电工, 养老保险 vs 异地就医,
    劳动法 vs 欠薪条例, 专精特新 vs 数字化转型.
  programme_and_afternoon_part (4 x 2): 直播电商培训日 / 税收宣传月启动日 / 那达慕服务培训日 / 新媒体培训日
    and the afternoon session inside it.
  online_same_hour_other_code (5 x 2): two 腾讯会议 sessions at one hour.
  recurring_live_room (1 x 9-11) and weekly_online_series (牧民夜校, 1 x 9-12).
  Implicitly: every numbered course runs several 期 over the season.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

# ---------------------------------------------------------------------------
# Geography and constants
# ---------------------------------------------------------------------------

REGION = "内蒙古自治区"
REGION_SHORT = "内蒙古"
LEAGUE = "塔本陶勒盖盟"
BANNER = "额尔敦宝力格旗"
BANNER_BARE = "额尔敦宝力格"
BANNER_EN = "Erdenbulag Banner"
LEAGUE_EN = "Tabun Tolgoi League, Inner Mongolia"
BANNER_MN = "ᠡᠷᠳᠡᠨᠢ ᠪᠤᠯᠠᠭ ᠬᠤᠰᠢᠭᠤ"
TZ_NAME = "Asia/Shanghai"
CST = timezone(timedelta(hours=8))

SEASON_START = date(2027, 4, 1)
SEASON_END = date(2027, 6, 30)
SUMMER_HOURS_FROM = date(2027, 5, 1)
HOLIDAYS: frozenset[date] = frozenset(
    [date(2027, 4, d) for d in (3, 4, 5)]
    + [date(2027, 5, d) for d in (1, 2, 3, 4, 5)]
    + [date(2027, 6, 9)]
)

TRAINING = "TRAINING"
PUBLICITY = "PUBLICITY"

_CN = "零一二三四五六七八九"
_CN_ZERO = "〇一二三四五六七八九"
_FW_DIGITS = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}
_FW_ASCII = {**{i: i + 0xFEE0 for i in range(0x21, 0x7F)}, 0x20: 0x3000}
_WEEKDAY_CN = "一二三四五六日"


def cn_num(n: int) -> str:
    """Chinese numeral: 1 -> 一, 12 -> 十二, 301 -> 三〇一 (room numbers digit by digit)."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _CN[tens] + "十" + (_CN[ones] if ones else "")
    return "".join(_CN_ZERO[int(c)] for c in str(n))


def fullwidth(text: str, digits_only: bool = True) -> str:
    """Full-width digits (or all printable ASCII), as typed with a Chinese IME."""
    return text.translate(_FW_DIGITS if digits_only else _FW_ASCII)


def halfwidth_parens(text: str) -> str:
    return text.replace("（", "(").replace("）", ")")


def _stable(text: str) -> int:
    """A process-independent small hash (str hash() is salted per process)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    short: str
    level: str  # 镇 | 苏木 | 街道
    latin: str
    mongolian: str
    old_name: str
    villages: tuple[tuple[str, str], ...]  # (Chinese name, Mongolian script or "")


# key | name | short | level | Latin | Mongolian | old name | gachas or communities
# ("name=Mongolian", "/"-separated).  "-" = none.
_PLACE_TABLE = """
baolige | 宝力格镇 | 宝力格 | 镇 | Bulag Town | ᠪᠤᠯᠠᠭ ᠪᠠᠯᠭᠠᠰᠤ | - | 好日图嘎查=ᠬᠣᠷᠢᠲᠤ/新艾里嘎查=ᠰᠢᠨ᠎ᠡ ᠠᠢᠯ
tuanjie | 团结街道 | 团结 | 街道 | Tuanjie Subdistrict | - | - | 那达慕社区/敖包社区
caoyuan | 草原街道 | 草原 | 街道 | Caoyuan Subdistrict | - | - | 乌兰社区/民族社区
barun | 巴润塔拉镇 | 巴润塔拉 | 镇 | Baruun Tal Town | ᠪᠠᠷᠠᠭᠤᠨ ᠲᠠᠯ᠎ᠠ ᠪᠠᠯᠭᠠᠰᠤ | - | 沙巴尔台嘎查=ᠱᠠᠪᠠᠷᠲᠠᠢ/巴音查干嘎查=ᠪᠠᠶᠠᠨ ᠴᠠᠭᠠᠨ/哈沙图嘎查=ᠬᠠᠰᠢᠶᠠᠲᠤ
chaoke | 朝克乌拉镇 | 朝克乌拉 | 镇 | Chog Uul Town | ᠴᠣᠭ ᠠᠭᠤᠯᠠ ᠪᠠᠯᠭᠠᠰᠤ | 朝克乌拉苏木 | 敖伦布拉格嘎查=ᠣᠯᠠᠨ ᠪᠤᠯᠠᠭ/陶力嘎查=ᠲᠣᠯᠢ
harinur | 哈日诺尔镇 | 哈日诺尔 | 镇 | Khar Nuur Town | ᠬᠠᠷ᠎ᠠ ᠨᠠᠭᠤᠷ ᠪᠠᠯᠭᠠᠰᠤ | - | 伊和淖尔嘎查=ᠶᠡᠬᠡ ᠨᠠᠭᠤᠷ/乌兰哈达嘎查=ᠤᠯᠠᠭᠠᠨ ᠬᠠᠳᠠ
ehen | 额很乌苏苏木 | 额很乌苏 | 苏木 | Ekh Us Sumu | ᠡᠬᠡ ᠤᠰᠤ ᠰᠤᠮᠤ | - | 呼格吉勒图嘎查=ᠬᠥᠭᠵᠢᠯᠲᠦ/额尔敦高勒嘎查=ᠡᠷᠳᠡᠨᠢ ᠭᠣᠣᠯ/宝音图嘎查=ᠪᠤᠶᠠᠨᠲᠤ
borhosh | 宝日胡硕苏木 | 宝日胡硕 | 苏木 | Bor Khoshuu Sumu | ᠪᠣᠷᠣ ᠬᠤᠰᠢᠭᠤ ᠰᠤᠮᠤ | 查干乡 | 巴彦宝拉格嘎查=ᠪᠠᠶᠠᠨ ᠪᠤᠯᠠᠭ/查干敖包嘎查=ᠴᠠᠭᠠᠨ ᠣᠪᠤᠭ᠎ᠠ
altan | 阿拉坦陶勒盖苏木 | 阿拉坦陶勒盖 | 苏木 | Altan Tolgoi Sumu | ᠠᠯᠲᠠᠨ ᠲᠣᠯᠣᠭᠠᠢ ᠰᠤᠮᠤ | - | 乌力吉图嘎查=ᠦᠯᠵᠡᠢᠲᠦ/浩饶柴达木嘎查=ᠬᠣᠣᠷᠠᠢ ᠴᠠᠢᠳᠠᠮ
yihe | 伊和高勒苏木 | 伊和高勒 | 苏木 | Ikh Gol Sumu | ᠶᠡᠬᠡ ᠭᠣᠣᠯ ᠰᠤᠮᠤ | 伊和高勒乡 | 白音乌拉嘎查=ᠪᠠᠶᠠᠨ ᠠᠭᠤᠯᠠ/哈布其拉嘎查=ᠬᠠᠪᠴᠢᠯ
"""


def _parse_places(table: str) -> tuple[Place, ...]:
    out: list[Place] = []
    for line in table.strip().splitlines():
        f = [x.strip() for x in line.split(" | ")]
        villages = tuple((v.partition("=")[0], v.partition("=")[2]) for v in f[7].split("/"))
        mn, old = ("" if x == "-" else x for x in (f[5], f[6]))
        out.append(Place(f[0], f[1], f[2], f[3], f[4], mn, old, villages))
    return tuple(out)


PLACES: tuple[Place, ...] = _parse_places(_PLACE_TABLE)
PLACE: dict[str, Place] = {p.key: p for p in PLACES}
RURAL_PLACES: tuple[Place, ...] = tuple(p for p in PLACES if p.level != "街道")


# ---------------------------------------------------------------------------
# Buildings and rooms
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Building:
    key: str
    official: str
    short: tuple[str, ...]
    old: tuple[str, ...]
    street: tuple[str, ...]
    english: str
    mongolian: str
    address: str
    place: str
    prefixable: bool = True


@dataclass(frozen=True)
class Room:
    key: str
    building: str
    style: str  # "ord": 第一会议室 family; "no": room number 301; "named": fixed name
    number: int
    words: tuple[str, ...]
    floor: int | None
    wing: int | None
    english: str
    mongolian: str
    seats: int


_MN_MEETING = "ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ"
_MN_TRAINING_ROOM = "ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ"
_MN_GOV = "ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ"

# key | official name | short names | old names | street / landmark names | English |
# Mongolian ({B} = the banner's Mongolian name) | address | town/street | region prefix allowed
_BUILDING_TABLE = """
zwfw | 额尔敦宝力格旗政务服务中心 | 旗政务服务中心/政务大厅/旗政务中心 | 旗行政审批服务中心/老审批大厅 | 那达慕大街政务服务中心/敖包广场东侧政务服务大楼 | Government Service Center | {B} ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ | 那达慕大街18号 | baolige | Y
xzzx | 额尔敦宝力格旗行政中心 | 旗行政中心/行政中心/旗政府大楼 | 旗委旗政府大院/老政府大院 | 团结路行政中心/团结路1号大院 | Banner Administrative Center | {B} ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ | 团结路1号 | tuanjie | Y
jyzx | 额尔敦宝力格旗公共就业和人才服务中心 | 旗就业服务中心/就业大楼/人才市场 | 旗劳动就业局大楼/劳动大厦 | 草原路就业服务大楼 | Public Employment and Talent Service Center | {B} ᠤᠨ ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ | 草原路66号 | tuanjie | Y
sxjd | 额尔敦宝力格旗职业技能公共实训基地 | 旗实训基地/技能实训中心/实训基地 | 旗职教中心/旗职业中学老校区 | 东环路实训基地 | Vocational Skills Training Base | {B} ᠤᠨ ᠮᠡᠷᠭᠡᠵᠢᠯ ᠦᠨ ᠳᠠᠳᠬᠤᠯ ᠤᠨ ᠪᠠᠭᠠᠵᠢ | 东环路9号 | caoyuan | Y
kfq | 额尔敦宝力格经济技术开发区管理委员会 | 开发区管委会/园区管委会/经开区管委会 | 巴润塔拉煤化工园区管委会/煤化工园区办公楼 | 园区大道1号管委会大楼 | Erdenbulag Economic and Technological Development Zone Administrative Committee | {B} ᠤᠨ ᠡᠳ᠋ ᠦᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠬᠥᠭᠵᠢᠯᠲᠡ ᠶᠢᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ | 园区大道1号 | barun | Y
rmt | 额尔敦宝力格旗融媒体中心 | 旗融媒体中心/融媒体中心/旗融媒 | 旗广播电视台/广电大楼 | 新华街广电大楼 | Banner Media Convergence Center | {B} ᠤᠨ ᠨᠡᠢᠯᠡᠮᠡᠯ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠦᠨ ᠲᠥᠪ | 新华街22号 | baolige | Y
dszx | 额尔敦宝力格旗电子商务公共服务中心 | 旗电商中心/电商服务中心/电商产业园 | 旗供销社大楼/老供销大楼 | 汽车站对面电商大楼/车站路电商中心 | E-commerce Public Service Center | {B} ᠤᠨ ᠴᠠᠬᠢᠯᠭᠠᠨ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢᠨ ᠲᠥᠪ | 车站路8号 | tuanjie | Y
bg | 额尔敦宝力格宾馆 | 旗宾馆/宝力格宾馆 | 旗政府招待所/老招待所 | 团结路宾馆 | Erdenbulag Hotel | ᠡᠷᠳᠡᠨᠢ ᠪᠤᠯᠠᠭ ᠵᠣᠴᠢᠳ ᠤᠨ ᠪᠠᠢᠷ | 团结路12号 | baolige | Y
zgfw | 额尔敦宝力格旗总工会职工服务中心 | 旗职工服务中心/职工之家/工会大楼 | 旗工人文化宫/工人文化宫 | 建设路职工服务中心 | Workers' Service Center | {B} ᠤᠨ ᠠᠵᠢᠯᠴᠢᠳ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ | 建设路30号 | caoyuan | Y
whzx | 额尔敦宝力格旗文化艺术中心 | 旗文化中心/文化中心/乌兰牧骑剧场 | 旗影剧院/老影剧院 | 敖包广场文化中心 | Culture and Arts Center | {B} ᠤᠨ ᠤᠯᠠᠭᠠᠨ ᠮᠤᠴᠢᠷ ᠤᠨ ᠲᠡᠶᠠᠲᠷ | 敖包广场北侧 | baolige | Y
yjzh | 额尔敦宝力格旗应急指挥中心 | 旗应急指挥中心/应急指挥中心/应急局大楼 | 旗安监局大楼/安监大楼 | 兴安路应急大楼 | Emergency Command Center | {B} ᠤᠨ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠵᠢᠭᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠲᠥᠪ | 兴安路15号 | caoyuan | Y
scjg | 额尔敦宝力格旗市场监督管理局 | 旗市场监管局/市场监管局办公楼 | 旗工商局大楼/老工商局 | 商贸街工商大楼 | Market Regulation Bureau | {B} ᠤᠨ ᠵᠠᠬᠠ ᠵᠡᠭᠡᠯᠢ ᠶᠢᠨ ᠬᠢᠨᠠᠨ ᠬᠢᠶᠠᠬᠤ ᠲᠣᠪᠴᠢᠶ᠎ᠠ | 商贸街6号 | tuanjie | Y
swj | 国家税务总局额尔敦宝力格旗税务局 | 旗税务局/税务局办公楼/办税服务厅 | 旗地税局大楼/原国税局大楼 | 新华街税务大楼 | Erdenbulag Banner Taxation Bureau | {B} ᠤᠨ ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ | 新华街40号 | baolige | N
nmtg | 额尔敦宝力格旗农牧业技术推广中心 | 旗农技推广中心/农牧大楼/农技推广中心 | 旗畜牧站/老兽医站大楼 | 牧业路农牧大楼 | Agriculture and Animal Husbandry Extension Center | {B} ᠤᠨ ᠲᠠᠷᠢᠶᠠᠯᠠᠩ ᠮᠠᠯ ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢᠨ ᠲᠧᠬᠨᠢᠺ ᠦᠨ ᠲᠥᠪ | 牧业路3号 | caoyuan | Y
ndm | 额尔敦宝力格旗那达慕会场 | 那达慕会场/旗赛马场 | 老赛马场/旗体育场 | 敖包山下那达慕会场 | Naadam Grounds | {B} ᠤᠨ ᠨᠠᠭᠠᠳᠤᠮ ᠤᠨ ᠲᠠᠯᠠᠪᠠᠢ | 敖包山南麓 | baolige | Y
alt | 内蒙古阿拉坦绒业有限责任公司 | 阿拉坦绒业/阿拉坦羊绒厂 | 旗绒毛厂/老绒毛加工厂 | 园区纬三路阿拉坦绒业 | Altan Cashmere Co., Ltd. | ᠠᠯᠲᠠᠨ ᠨᠣᠭᠤᠯᠤᠷ ᠤᠨ ᠺᠣᠮᠫᠠᠨᠢ | 开发区纬三路7号 | barun | N
coal | 额尔敦宝力格旗巴润塔拉煤矿 | 巴润塔拉煤矿/巴润矿 | 旗国营煤矿/老国营矿 | 巴润塔拉镇北山煤矿 | Baruun Tal Coal Mine | ᠪᠠᠷᠠᠭᠤᠨ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠨᠡᠭᠦᠷᠡᠰᠦᠨ ᠦ ᠠᠭᠤᠷᠬᠠᠢ | 巴润塔拉镇北山 | barun | Y
dairy | 额尔敦宝力格旗乌力吉奶食品专业合作社 | 乌力吉合作社/乌力吉奶食品厂 | 原乌力吉图嘎查奶站 | 阿拉坦陶勒盖苏木奶食品加工点 | Ulzii Dairy Cooperative | ᠦᠯᠵᠡᠢ ᠰᠦᠨ ᠦ ᠢᠳᠡᠭᠡ ᠶᠢᠨ ᠬᠣᠷᠢᠰᠢᠶ᠎ᠠ | 阿拉坦陶勒盖苏木乌力吉图嘎查 | altan | Y
"""


def _parse_buildings(table: str) -> tuple[Building, ...]:
    out: list[Building] = []
    for line in table.strip().splitlines():
        f = [x.strip() for x in line.split(" | ")]
        out.append(
            Building(
                key=f[0],
                official=f[1],
                short=tuple(f[2].split("/")),
                old=tuple(f[3].split("/")),
                street=tuple(f[4].split("/")),
                english=f[5],
                mongolian=f[6].replace("{B}", BANNER_MN),
                address=f[7],
                place=f[8],
                prefixable=f[9] == "Y",
            )
        )
    return tuple(out)


FIXED_BUILDINGS: tuple[Building, ...] = _parse_buildings(_BUILDING_TABLE)


# key | building | style | number | spellings of the room word or name | floor | wing | English |
# Mongolian | seats.  style "ord" = numbered meeting room (第一会议室), "no" = room number (301),
# "named" = a fixed name.  "-" = none.
_ROOM_TABLE = """
zw_m1|zwfw|ord|1|会议室|3|-|Meeting Room 1|1 ᠳ᠋ᠤᠭᠠᠷ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|40
zw_m2|zwfw|ord|2|会议室|3|-|Meeting Room 2|2 ᠳ᠋ᠤᠭᠠᠷ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|30
zw_hall|zwfw|named|0|多功能厅/多功能会议厅/多媒体会议厅|5|-|Multi-function Hall|ᠣᠯᠠᠨ ᠦᠢᠯᠡᠳᠦᠯ ᠲᠦ ᠲᠠᠩᠬᠢᠮ|150
zw_201|zwfw|no|201|培训室/培训教室|2|-|Training Room 201|201 ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|50
xz_2m1|xzzx|ord|1|会议室|3|2|Meeting Room 1|1 ᠳ᠋ᠤᠭᠠᠷ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|40
xz_2m2|xzzx|ord|2|会议室|3|2|Meeting Room 2|2 ᠳ᠋ᠤᠭᠠᠷ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|24
xz_3m1|xzzx|ord|1|会议室|2|3|Meeting Room 1|1 ᠳ᠋ᠤᠭᠠᠷ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|36
xz_1big|xzzx|named|0|大会议室/常务会议室|4|1|Main Conference Room|ᠶᠡᠬᠡ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|80
xz_1rpt|xzzx|named|0|报告厅/学术报告厅|1|1|Lecture Hall|ᠢᠯᠡᠲᠭᠡᠯ ᠦᠨ ᠲᠠᠩᠬᠢᠮ|200
jy_301|jyzx|no|301|培训教室/教室|3|-|Classroom 301|301 ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|60
jy_302|jyzx|no|302|培训教室/教室|3|-|Classroom 302|302 ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|60
jy_hall|jyzx|named|0|报告厅/学术报告厅/大报告厅|4|-|Lecture Hall|ᠢᠯᠡᠲᠭᠡᠯ ᠦᠨ ᠲᠠᠩᠬᠢᠮ|180
jy_cy|jyzx|named|0|创业培训室/创业孵化培训室/创业指导室|2|-|Entrepreneurship Training Room|ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠬᠦ ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|40
sx_w1|sxjd|ord|1|实训车间/实训室|1|-|Workshop 1|1 ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠳᠬᠤᠯ ᠤᠨ ᠴᠧᠵᠢᠶᠠᠨ|30
sx_w2|sxjd|ord|2|实训车间/实训室|1|-|Workshop 2|2 ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠳᠬᠤᠯ ᠤᠨ ᠴᠧᠵᠢᠶᠠᠨ|30
sx_a|sxjd|named|0|理论教室A/A教室/理论A教室|2|-|Classroom A|A ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|50
sx_b|sxjd|named|0|理论教室B/B教室/理论B教室|2|-|Classroom B|B ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|50
sx_cook|sxjd|named|0|蒙餐烹饪实训室/烹饪实训室/蒙餐实训厨房|3|-|Mongolian Cuisine Kitchen|ᠮᠣᠩᠭᠣᠯ ᠢᠳᠡᠭᠡ ᠶᠢᠨ ᠳᠠᠳᠬᠤᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|24
kf_201|kfq|no|201|会议室/小会议室|2|-|Meeting Room 201|201 ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|30
kf_big|kfq|named|0|大会议室/606大会议室|6|-|Main Conference Hall|ᠶᠡᠬᠡ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|120
kf_road|kfq|named|0|企业服务中心路演厅/路演厅/项目路演厅|1|-|Roadshow Hall|ᠲᠠᠨᠢᠯᠴᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|80
rm_studio|rmt|named|0|演播厅/1号演播厅/演播大厅|1|-|Studio 1|ᠨᠡᠪᠲᠡᠷᠡᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|100
rm_live|rmt|named|0|融媒直播间/直播间/直播室|3|-|Livestream Room|ᠰᠢᠯᠭᠠᠮᠠᠯ ᠨᠡᠪᠲᠡᠷᠡᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|20
ds_l1|dszx|ord|1|直播实训室/直播间|2|-|Livestream Lab 1|1 ᠳ᠋ᠤᠭᠠᠷ ᠰᠢᠯᠭᠠᠮᠠᠯ ᠨᠡᠪᠲᠡᠷᠡᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|20
ds_l2|dszx|ord|2|直播实训室/直播间|2|-|Livestream Lab 2|2 ᠳ᠋ᠤᠭᠠᠷ ᠰᠢᠯᠭᠠᠮᠠᠯ ᠨᠡᠪᠲᠡᠷᠡᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|20
ds_hall|dszx|named|0|培训厅/培训大厅/多功能培训厅|3|-|Training Hall|ᠶᠡᠬᠡ ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|120
bg_multi|bg|named|0|多功能厅/宴会厅/多功能会议厅|1|-|Multi-function Hall|ᠣᠯᠠᠨ ᠦᠢᠯᠡᠳᠦᠯ ᠲᠦ ᠲᠠᠩᠬᠢᠮ|300
bg_cy|bg|named|0|草原厅/草原会议厅|2|-|Grassland Hall|ᠲᠠᠯ᠎ᠠ ᠲᠠᠩᠬᠢᠮ|80
bg_ab|bg|named|0|敖包厅/敖包会议厅|2|-|Obo Hall|ᠣᠪᠤᠭ᠎ᠠ ᠲᠠᠩᠬᠢᠮ|50
bg_jz|bg|named|0|金帐厅/蒙古包厅/金帐会议室|3|-|Golden Ger Hall|ᠠᠯᠲᠠᠨ ᠣᠷᠳᠣ ᠲᠠᠩᠬᠢᠮ|60
zg_hall|zgfw|named|0|报告厅/职工报告厅/大礼堂|2|-|Auditorium|ᠢᠯᠡᠲᠭᠡᠯ ᠦᠨ ᠲᠠᠩᠬᠢᠮ|220
zg_303|zgfw|no|303|教室/职工学校教室/培训室|3|-|Classroom 303|303 ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|45
wh_theater|whzx|named|0|小剧场/乌兰牧骑小剧场|1|-|Small Theatre|ᠪᠠᠭ᠎ᠠ ᠲᠡᠶᠠᠲᠷ|260
wh_rehearsal|whzx|named|0|排练厅/舞蹈排练厅|3|-|Rehearsal Hall|ᠳᠠᠰᠬᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|60
wh_plaza|whzx|named|0|文化广场/门前广场/敖包广场|-|-|Front Plaza|ᠲᠠᠯᠠᠪᠠᠢ|500
yj_101|yjzh|no|101|培训室/教育培训室|1|-|Training Room 101|101 ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|60
yj_cmd|yjzh|named|0|指挥大厅/应急指挥大厅|4|-|Command Hall|ᠵᠢᠭᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|40
sc_305|scjg|no|305|会议室|3|-|Meeting Room 305|305 ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|30
sc_train|scjg|named|0|培训室/执法培训室/食品安全培训室|5|-|Training Room|ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|80
sw_school|swj|named|0|纳税人学堂/纳税人学校/税企直联学堂|2|-|Taxpayer School|ᠲᠠᠲᠠᠪᠤᠷᠢ ᠲᠥᠯᠥᠭᠴᠢ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠭᠤᠯᠢ|60
sw_m1|swj|ord|1|会议室|4|-|Meeting Room 1|1 ᠳ᠋ᠤᠭᠠᠷ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|30
nm_train|nmtg|named|0|培训教室/农牧民培训教室/农技培训室|2|-|Farmers' Classroom|ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|80
nm_big|nmtg|named|0|大会议室/综合会议室|1|-|Main Meeting Room|ᠶᠡᠬᠡ ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|50
nd_main|ndm|named|0|主会场/主看台区/主席台|-|-|Main Stand|ᠭᠣᠣᠯ ᠲᠠᠯᠠᠪᠠᠢ|2000
nd_tent|ndm|named|0|蒙古包展区/蒙古包群/民俗展区|-|-|Ger Village|ᠮᠣᠩᠭᠣᠯ ᠭᠡᠷ ᠦᠨ ᠲᠠᠯᠠᠪᠠᠢ|200
al_train|alt|named|0|职工培训室/培训室|2|-|Staff Training Room|ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ|50
co_m|coal|named|0|调度楼会议室/调度中心会议室/矿部会议室|-|-|Dispatch Building Meeting Room|ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|60
da_m|dairy|named|0|合作社会议室/加工车间楼上会议室/合作社培训室|-|-|Cooperative Meeting Room|ᠬᠤᠷᠠᠯ ᠤᠨ ᠲᠠᠩᠬᠢᠮ|30
"""


def _parse_rooms(table: str) -> tuple[Room, ...]:
    out: list[Room] = []
    for line in table.strip().splitlines():
        f = [x.strip() for x in line.split("|")]
        out.append(
            Room(
                f[0],
                f[1],
                f[2],
                int(f[3]),
                tuple(f[4].split("/")),
                None if f[5] == "-" else int(f[5]),
                None if f[6] == "-" else int(f[6]),
                f[7],
                f[8],
                int(f[9]),
            )
        )
    return tuple(out)


FIXED_ROOMS: tuple[Room, ...] = _parse_rooms(_ROOM_TABLE)


def _local_buildings() -> tuple[list[Building], list[Room]]:
    """Town/sumu governments, gacha and community centres, generated from PLACES."""
    buildings: list[Building] = []
    rooms: list[Room] = []
    for p in PLACES:
        if p.level != "街道":
            gkey = f"{p.key}_gov"
            old = (f"原{p.old_name}政府", f"{p.old_name}人民政府") if p.old_name else ()
            buildings.append(
                Building(
                    gkey,
                    f"{p.name}人民政府",
                    (f"{p.name}政府", f"{p.name}政府大楼"),
                    old,
                    (f"{p.name}便民服务中心", f"{p.name}党群服务中心"),
                    f"{p.latin} People's Government",
                    f"{p.mongolian} {_MN_GOV}",
                    f"{p.short}大街{_stable(p.key) % 60 + 1}号",
                    p.key,
                )
            )
            rooms.append(
                Room(
                    f"{p.key}_m",
                    gkey,
                    "named",
                    0,
                    ("会议室", "大会议室"),
                    2,
                    None,
                    "Meeting Room",
                    _MN_MEETING,
                    50,
                )
            )
            rooms.append(
                Room(
                    f"{p.key}_hall",
                    gkey,
                    "named",
                    0,
                    ("便民服务中心大厅", "便民服务大厅", "为民服务中心大厅"),
                    1,
                    None,
                    "Service Hall",
                    "ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠠᠩᠬᠢᠮ",
                    80,
                )
            )
        for i, (vname, vmn) in enumerate(p.villages):
            vkey = f"{p.key}_v{i}"
            if p.level == "街道":
                b = Building(
                    vkey,
                    f"{p.name}{vname}党群服务中心",
                    (f"{vname}党群服务中心", f"{vname}居委会"),
                    (),
                    (f"{vname}服务站",),
                    "",
                    "",
                    f"{p.name}{vname}",
                    p.key,
                )
            else:
                b = Building(
                    vkey,
                    f"{p.name}{vname}党群服务中心",
                    (f"{vname}党群服务中心", f"{vname}村委会", f"{vname}部"),
                    (f"原{vname[:-2]}大队部",),
                    (f"{vname}牧民之家",),
                    "",
                    f"{vmn} ᠭᠠᠴᠠᠭ᠎ᠠ" if vmn else "",
                    f"{p.name}{vname}",
                    p.key,
                )
            buildings.append(b)
            rooms.append(
                Room(
                    f"{vkey}_r",
                    vkey,
                    "named",
                    0,
                    ("会议室", "活动室", "党员活动室"),
                    None,
                    None,
                    "Meeting Room",
                    _MN_MEETING,
                    40,
                )
            )
    return buildings, rooms


_LOCAL_B, _LOCAL_R = _local_buildings()
BUILDINGS: dict[str, Building] = {b.key: b for b in (*FIXED_BUILDINGS, *_LOCAL_B)}
ROOMS: dict[str, Room] = {r.key: r for r in (*FIXED_ROOMS, *_LOCAL_R)}
ROOMS_OF: dict[str, list[Room]] = {}
for _room in ROOMS.values():
    ROOMS_OF.setdefault(_room.building, []).append(_room)
VILLAGE_ROOMS_OF: dict[str, list[Room]] = {
    p.key: [ROOMS[f"{p.key}_v{i}_r"] for i in range(len(p.villages))] for p in PLACES
}
# ---------------------------------------------------------------------------
# Departments and their writing habits
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dept:
    key: str
    name: str
    short: str
    id_style: str
    phone: str
    own: str = ""  # building the department sits in
    own_names: tuple[str, ...] = ()  # what it habitually calls its own building
    home: str = ""  # place key for town / sumu governments
    # title habits
    voices: tuple[tuple[str, float], ...] = (("formal", 1.0),)
    decos: tuple[tuple[str, float], ...] = ()
    campaign: str = ""
    campaign_months: tuple[int, ...] = (4, 5, 6)
    drift_p: float = 0.25
    # time habits
    time_styles: tuple[str, ...] = ("offset",)
    signin_p: float = 0.0
    end_style: str = "exact"  # exact | round | late | early
    kind_habit: str = "follow"  # follow | publicity | training
    # venue habits: weights for official / short / old / street-or-landmark names
    names: tuple[float, float, float, float] = (0.5, 0.3, 0.1, 0.1)
    prefix_p: float = 0.1
    room_p: float = 0.85
    floor_fmt: tuple[str, ...] = ("cn", "ar")
    wing_fmt: tuple[str, ...] = ("hao",)
    room_fmt: tuple[str, ...] = ("di_cn",)
    orders: tuple[str, ...] = ("bfr",)
    space_p: float = 0.1
    fw_p: float = 0.0
    half_paren_p: float = 0.0
    en_p: float = 0.0
    mn_p: float = 0.0
    vague_p: float = 0.1
    addr_p: float = 0.05
    # topic / audience / registration habits
    topic_shift: int = 0
    topics_empty_p: float = 0.1
    extra_topics: tuple[str, ...] = ()
    sectors_p: float = 0.8
    capacity_p: float = 0.5
    reg_style: str = "none"  # gov | wx | form | none
    desc_style: str = "formal"  # formal | plain | brief | english | mongolian


# One block per department: key | full name | short name | externalId pattern | phone, then its
# habits (the Dept fields that differ from the defaults above).  Tuples are "/"-separated;
# voices and decos are name:weight pairs; names = weights of official/short/old/street names.
_DEPT_TEXT = """
tax | 国家税务总局额尔敦宝力格旗税务局 | 旗税务局 | SW2027{n:05d} | 0489-6231066
    own=swj; own_names=税务局办公楼/旗税务局; voices=formal:0.55/plain:0.2/slogan:0.25
    decos=year:0.45/notice:0.35/tag:0.3/campaign:0.15; campaign=第36个全国税收宣传月; campaign_months=4
    signin_p=0.15; names=0.6/0.3/0.05/0.05; prefix_p=0.25; room_p=0.95; floor_fmt=cn
    room_fmt=di_cn/cn_hao; vague_p=0.05; extra_topics=纳税服务; capacity_p=0.7; reg_style=gov
hrss | 额尔敦宝力格旗人力资源和社会保障局 | 旗人社局 | rsj-27-{n:04d} | 0489-6228890
    own=jyzx; own_names=就业大楼/人社局就业大楼; voices=formal:0.35/acronym:0.35/plain:0.3
    decos=tag:0.5/limited:0.3/signup:0.2/free:0.15/campaign:0.1; campaign=“技能照亮前程”专项行动
    time_styles=naive_min/naive; signin_p=0.3; end_style=round; kind_habit=training
    names=0.2/0.6/0.1/0.1; prefix_p=0.05; room_p=0.9; floor_fmt=ar/cn; room_fmt=ar_hao/suffix
    orders=bfr/br; space_p=0.3; fw_p=0.1; vague_p=0.15; topic_shift=1; extra_topics=人社服务
    capacity_p=0.8; reg_style=wx; desc_style=plain
agri | 额尔敦宝力格旗农牧局 | 旗农牧局 | NMJ/2027/{n:04d} | 0489-6215507
    own=nmtg; own_names=旗畜牧站/农牧大楼; voices=plain:0.45/formal:0.3/bilingual:0.25
    decos=year:0.2/free:0.2; time_styles=naive; signin_p=0.2; end_style=late
    names=0.3/0.3/0.3/0.1; room_p=0.7; floor_fmt=cn/ceng; room_fmt=di_cn/ar_hao; orders=bfr/rb
    mn_p=0.12; vague_p=0.15; topic_shift=2; extra_topics=惠农惠牧; capacity_p=0.3
    desc_style=plain
amr | 额尔敦宝力格旗市场监督管理局 | 旗市场监管局 | SJ{d:%Y%m%d}{n:03d} | 0489-6239315
    own=scjg; own_names=旗市场监管局办公楼/市场监管局; voices=formal:0.7/plain:0.3
    decos=tag:0.6/campaign:0.2/year:0.1; campaign=“守护舌尖安全”专项行动; time_styles=offset_min
    names=0.5/0.4/0.05/0.05; floor_fmt=F/ar; room_fmt=ar_hao/bare; orders=bfr/rb
    topic_shift=3; reg_style=gov
emerg | 额尔敦宝力格旗应急管理局 | 旗应急管理局 | YJ-{n:05d} | 0489-6210119
    own=yjzh; own_names=旗安监局大楼/安监大楼; voices=formal:0.85/slogan:0.15
    decos=campaign:0.35/notice:0.3/year:0.3; campaign=安全生产治本攻坚专项行动; signin_p=0.7
    names=0.4/0.2/0.3/0.1; prefix_p=0.2; floor_fmt=cn/ceng; vague_p=0.05; topic_shift=4
    extra_topics=安全生产; capacity_p=0.6; reg_style=gov
miit | 额尔敦宝力格旗工业和信息化局 | 旗工信局 | uuid | 0489-6226602
    own=xzzx; voices=acronym:0.35/english:0.25/formal:0.4; decos=year:0.3
    time_styles=utc_z/utc_plus; names=0.2/0.6/0/0.2; floor_fmt=F; wing_fmt=hash/zuo
    room_fmt=suffix/ar_hao; orders=bfr/fr_b; space_p=0.5; half_paren_p=0.6; topic_shift=5
    capacity_p=0.4; reg_style=form; desc_style=brief
commerce | 额尔敦宝力格旗商务局 | 旗商务局 | SHJ{n:04d} | 0489-6220188
    own=xzzx; voices=slogan:0.4/plain:0.3/formal:0.3; decos=signup:0.3/year:0.2
    end_style=late; names=0.2/0.3/0.1/0.4; floor_fmt=ar; room_fmt=ar_hao; orders=bfr/addr
    vague_p=0.15; addr_p=0.2; topic_shift=6; reg_style=wx; desc_style=plain
forest | 额尔敦宝力格旗林业和草原局 | 旗林草局 | LC2027{n:04d} | 0489-6217312
    own=xzzx; voices=formal:0.5/bilingual:0.3/plain:0.2; decos=year:0.3/notice:0.2
    time_styles=naive; floor_fmt=cn; wing_fmt=cnhao/hao; mn_p=0.1; topic_shift=7; capacity_p=0.2
medins | 额尔敦宝力格旗医疗保障局 | 旗医保局 | YB-Q2-{n:03d} | 0489-6236012
    own=zwfw; voices=plain:0.6/slogan:0.2/formal:0.2; decos=tag:0.2/free:0.2/campaign:0.1
    campaign=医保基金监管集中宣传月; campaign_months=4; kind_habit=publicity; names=0.3/0.5/0.1/0.1
    floor_fmt=ar/cn; room_fmt=ar_hao/di_ar; vague_p=0.2; topic_shift=8; extra_topics=医保服务
    capacity_p=0.3; desc_style=plain
union | 额尔敦宝力格旗总工会 | 旗总工会 | ZGH{n:04d} | 0489-6212345
    own=zgfw; own_names=工人文化宫/旗工人文化宫; voices=plain:0.5/slogan:0.3/formal:0.2
    decos=free:0.3/year:0.2/relay:0.15; time_styles=naive; end_style=round
    names=0.2/0.3/0.4/0.1; floor_fmt=cn; room_fmt=cn_hao/di_cn; fw_p=0.5; vague_p=0.15
    topic_shift=9; extra_topics=职工服务; reg_style=wx; desc_style=plain
acfic | 额尔敦宝力格旗工商业联合会 | 旗工商联 | GSL-2027-{n:03d} | 0489-6233570
    own=xzzx; voices=slogan:0.5/formal:0.3/plain:0.2
    decos=year:0.2/signup:0.1/relay:0.2/campaign:0.15; campaign=“惠企政策进万家”专项行动
    kind_habit=publicity; names=0.1/0.3/0.2/0.4; floor_fmt=ar; vague_p=0.35; topic_shift=10
    topics_empty_p=0.3; sectors_p=0.5; capacity_p=0.2; desc_style=brief
media | 额尔敦宝力格旗融媒体中心 | 旗融媒体中心 | RMT{n:06d} | 0489-6218800
    own=rmt; own_names=广电大楼/旗广播电视台; voices=plain:0.4/slogan:0.3/mongolian:0.15/formal:0.15
    decos=tag:0.2; time_styles=offset_ms; kind_habit=publicity; names=0.1/0.4/0.3/0.2
    room_p=0.6; mn_p=0.1; vague_p=0.4; topic_shift=11; extra_topics=融媒直播; capacity_p=0.1
    desc_style=plain
devzone | 额尔敦宝力格经济技术开发区管理委员会 | 开发区管委会 | EDZ-{n:04d} | 0489-6301200
    own=kfq; own_names=管委会办公楼/园区管委会; voices=formal:0.4/english:0.3/acronym:0.3
    decos=tag:0.2/campaign:0.1; campaign=“项目攻坚年”专项行动; time_styles=offset/naive
    names=0.4/0.4/0.1/0.1; floor_fmt=F/ar; wing_fmt=zuo/hash; room_fmt=suffix/ar_hao
    en_p=0.35; topic_shift=12; reg_style=form; desc_style=english
baolige | 宝力格镇人民政府 | 宝力格镇 | blg{n:03d} | 0489-6203311
    own=baolige_gov; own_names=镇政府/宝力格镇政府; home=baolige; voices=plain:0.6/formal:0.4
    decos=year:0.15; time_styles=naive_min; names=0.3/0.5/0.1/0.1; room_p=0.6
    topics_empty_p=0.4; sectors_p=0.4; capacity_p=0.2; desc_style=brief
barun | 巴润塔拉镇人民政府 | 巴润塔拉镇 | brtl-{n} | 0489-6312020
    own=barun_gov; own_names=镇政府/巴润塔拉镇政府; home=barun; voices=plain:0.5/formal:0.5
    time_styles=naive; signin_p=0.3; names=0.4/0.4/0.1/0.1; room_p=0.7; topic_shift=13
    topics_empty_p=0.3; capacity_p=0.2; desc_style=brief
ehen | 额很乌苏苏木人民政府 | 额很乌苏苏木 | EHWS{n:03d} | 0489-6420518
    own=ehen_gov; own_names=苏木政府/额很乌苏苏木政府; home=ehen
    voices=mongolian:0.3/bilingual:0.4/plain:0.3; time_styles=naive; names=0.4/0.4/0.1/0.1
    room_p=0.6; mn_p=0.4; topic_shift=14; topics_empty_p=0.5; sectors_p=0.5; capacity_p=0.1
    desc_style=mongolian
cashmere | 额尔敦宝力格旗绒山羊产业协会 | 旗绒山羊协会 | RSY-{n:03d} | 0489-6305566
    own=alt; voices=plain:0.5/formal:0.3/slogan:0.2; decos=relay:0.1; time_styles=offset_min
    end_style=round; names=0.2/0.4/0.3/0.1; vague_p=0.25; topic_shift=15; capacity_p=0.3
    desc_style=brief
mge | 额尔敦宝力格旗蒙古族企业家联合会 | 旗蒙古族企业家联合会 | MQL{n:04d} | 0489-6238899
    own=bg; voices=bilingual:0.7/english:0.15/mongolian:0.15; names=0.3/0.5/0.1/0.1; mn_p=0.5
    vague_p=0.2; topic_shift=16; capacity_p=0.3; desc_style=mongolian
env | 塔本陶勒盖盟生态环境局额尔敦宝力格旗分局 | 旗生态环境分局 | HB{n:04d} | 0489-6225151
    own=xzzx; voices=formal:0.8/plain:0.2; decos=notice:0.4/year:0.3; time_styles=naive
    names=0.6/0.3/0.05/0.05; prefix_p=0.4; floor_fmt=ceng/cn; vague_p=0.05; topic_shift=17
    wing_fmt=cnhao; capacity_p=0.4
culture | 额尔敦宝力格旗文化和旅游局 | 旗文旅局 | WL-{n:04d} | 0489-6216688
    own=whzx; own_names=老影剧院/乌兰牧骑剧场; voices=slogan:0.5/plain:0.3/formal:0.2
    decos=signup:0.2/year:0.2; end_style=late; names=0.2/0.4/0.2/0.2; vague_p=0.15
    topic_shift=18; reg_style=wx; desc_style=plain
"""
_FLOAT_FIELDS = frozenset(f.name for f in fields(Dept) if f.type == "float")
_TUPLE_FIELDS = frozenset(f.name for f in fields(Dept) if f.type == "tuple[str, ...]")


def _parse_habit(name: str, value: str) -> Any:
    if name in _FLOAT_FIELDS:
        return float(value)
    if name == "topic_shift":
        return int(value)
    if name == "campaign_months":
        return tuple(int(x) for x in value.split("/"))
    if name == "names":
        a, b, c, d = (float(x) for x in value.split("/"))
        return (a, b, c, d)
    if name in ("voices", "decos"):
        pairs = (x.split(":") for x in value.split("/"))
        return tuple((k, float(w)) for k, w in pairs)
    if name in _TUPLE_FIELDS:
        return tuple(value.split("/"))
    return value


def _parse_depts(text: str) -> tuple[Dept, ...]:
    blocks: list[list[str]] = []
    for line in text.strip().splitlines():
        if line.startswith(" "):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    out: list[Dept] = []
    for head, *rest in blocks:
        key, name, short, id_style, phone = (x.strip() for x in head.split(" | "))
        habits: dict[str, Any] = {}
        for item in ";".join(rest).split(";"):
            if item.strip():
                k, _, v = item.strip().partition("=")
                habits[k] = _parse_habit(k, v)
        out.append(Dept(key, name, short, id_style, phone, **habits))
    return tuple(out)


DEPT_LIST: tuple[Dept, ...] = _parse_depts(_DEPT_TEXT)
DEPTS: dict[str, Dept] = {d.key: d for d in DEPT_LIST}
TOWN_DEPT: dict[str, str] = {d.home: d.key for d in DEPT_LIST if d.home}


# ---------------------------------------------------------------------------
# Topic and sector vocabularies: each department picks its own word
# ---------------------------------------------------------------------------

TOPICS: dict[str, tuple[str, ...]] = {
    "tax_relief": ("税费优惠", "减税降费", "税收优惠政策", "结构性减税", "税惠政策"),
    "vat": ("增值税", "增值税政策", "小规模纳税人"),
    "smb_policy": ("小微企业", "小微企业扶持", "中小微企业"),
    "einvoice": ("数电发票", "全面数字化电子发票", "电子发票", "数电票"),
    "cit": ("企业所得税", "企业所得税汇算清缴", "汇算清缴"),
    "iit": ("个人所得税", "个税汇算", "个税", "综合所得汇算"),
    "tax_month": ("税收宣传月", "税法宣传", "税收普法"),
    "social_ins": ("社会保险", "社保", "社保费", "五险一金"),
    "pension": ("养老保险", "城乡居民养老保险", "养老待遇"),
    "medical_ins": ("医疗保障", "医保", "医保政策", "医疗保险", "异地就医"),
    "employment": ("就业", "稳就业", "就业服务", "就业帮扶"),
    "entrepreneurship": ("创业", "创业培训", "SYB", "双创", "大众创业"),
    "credit": ("创业担保贷款", "金融服务", "信贷", "融资"),
    "skills": ("技能提升", "职业技能", "技能培训", "职业技能等级认定"),
    "subsidy": ("补贴", "奖补政策", "惠企补贴", "专项资金"),
    "youth": ("高校毕业生", "青年就业", "大学生就业"),
    "wage": ("根治欠薪", "工资支付", "农民工工资"),
    "labor_law": ("劳动法", "劳动合同", "劳动权益", "依法维权"),
    "cattle": ("肉牛", "肉牛养殖", "西门塔尔牛", "牛产业"),
    "sheep": ("肉羊", "肉羊养殖", "羊产业", "养羊"),
    "cashmere": ("绒山羊", "羊绒", "山羊绒", "绒毛"),
    "dairy": ("奶业", "奶食品", "乳制品", "民族奶食品"),
    "forage": ("饲草料", "青贮", "饲草种植"),
    "vet": ("动物防疫", "布病防控", "疫病防控", "兽医"),
    "grassland": ("草畜平衡", "禁牧休牧", "草原生态补奖", "草原保护"),
    "coop": ("合作社", "集体经济", "专业合作社", "家庭牧场"),
    "fire": ("草原防火", "森林草原防灭火", "防火", "护林防火"),
    "pest": ("鼠虫害", "草原鼠害", "病虫害防治"),
    "ecology": ("防沙治沙", "生态修复", "林草生态"),
    "safety": ("安全生产", "安全", "安全培训", "安全管理"),
    "hazchem": ("危险化学品", "危化品", "化工安全"),
    "coal": ("煤矿安全", "煤矿", "矿山安全"),
    "confined": ("有限空间", "有限空间作业", "受限空间"),
    "law": ("法律法规", "普法", "法治宣传"),
    "food_safety": ("食品安全", "餐饮安全", "食品经营", "舌尖安全"),
    "special_equipment": ("特种设备", "电梯安全", "锅炉压力容器"),
    "trademark": ("地理标志", "商标", "知识产权", "品牌保护"),
    "registration": ("年报", "经营主体年报", "信用公示", "个体工商户"),
    "metrology": ("计量", "电子秤", "计量监督"),
    "srdi": ("专精特新", "中小企业", "企业梯度培育"),
    "digital": ("数字化转型", "智能制造", "工业互联网", "数字经济"),
    "energy": ("新能源", "绿电", "能耗双控", "风电光伏"),
    "rare_earth": ("稀土", "新材料", "稀土新材料"),
    "environment": ("生态环境", "环保", "环境保护", "污染防治"),
    "permit": ("排污许可", "执行报告", "环评"),
    "ecommerce": ("电子商务", "电商", "直播带货", "网络直播"),
    "media": ("新媒体", "短视频", "融媒体", "直播"),
    "crossborder": ("跨境贸易", "外贸", "中蒙贸易", "口岸"),
    "consumption": ("促消费", "消费券", "消费季"),
    "tourism": ("文旅", "草原旅游", "牧家乐", "旅游服务"),
    "naadam": ("那达慕", "民俗", "那达慕大会"),
    "mongol_food": ("蒙餐", "蒙古族餐饮", "民族餐饮"),
    "union_service": ("工会服务", "职工普惠", "职工之家", "会员服务"),
    "private_econ": ("民营经济", "营商环境", "民营企业", "优化营商环境"),
    "integrity": ("清廉民企", "合规经营", "企业合规"),
    "investment": ("招商引资", "项目申报", "园区招商"),
    "fraud": ("欺诈骗保", "基金监管", "医保基金安全"),
    "policy_brief": ("政策宣讲", "政策解读", "惠企政策", "惠民政策"),
    "mongolian_lang": ("蒙古语", "蒙汉双语", "双语宣讲"),
    "standards": ("质量标准", "分级", "标准化"),
    "market": ("市场行情", "价格走势", "产业形势"),
    "brand": ("品牌建设", "民族品牌", "品牌培育"),
}
TOPIC_EN: dict[str, str] = {
    "tax_relief": "Tax relief",
    "einvoice": "e-invoice",
    "srdi": "SRDI",
    "digital": "Digital transformation",
    "energy": "Green power",
    "rare_earth": "Rare earth",
    "investment": "Investment",
    "safety": "HSE",
    "environment": "Environment",
    "crossborder": "Cross-border trade",
    "subsidy": "Subsidies",
    "permit": "Permits",
    "private_econ": "Private economy",
    "cashmere": "Cashmere",
    "brand": "Branding",
    "trademark": "IP",
    "employment": "Employment",
    "ecommerce": "E-commerce",
    "tourism": "Tourism",
    "naadam": "Naadam",
}
SECTORS: dict[str, tuple[str, ...]] = {
    "smb": ("小微企业", "中小微企业", "小型微利企业"),
    "self_employed": ("个体工商户", "个体户", "个体经营者"),
    "all_firms": ("各类企业", "企业", "辖区企业"),
    "private": ("民营企业", "民企", "非公企业"),
    "workers": ("职工", "企业职工", "一线职工"),
    "herders": ("牧民", "农牧民", "牧户"),
    "livestock": ("畜牧业", "养殖业", "农牧业"),
    "coop": ("合作社", "农牧民专业合作社", "家庭牧场"),
    "jobseekers": ("求职者", "失业人员", "就业困难人员"),
    "graduates": ("高校毕业生", "大学生", "毕业生"),
    "women": ("城镇妇女", "牧区妇女", "女性求职者"),
    "manufacturing": ("制造业", "工业企业", "规上工业企业"),
    "chemical": ("化工", "化工企业", "危化品企业"),
    "coal": ("煤炭", "煤矿企业", "采矿业"),
    "energy": ("新能源", "风电光伏企业", "能源"),
    "rare_earth": ("稀土", "稀土新材料企业", "新材料"),
    "catering": ("餐饮", "餐饮服务", "餐饮企业"),
    "tourism": ("旅游", "文旅企业", "旅游业"),
    "ecommerce": ("电商", "电子商务", "网店店主"),
    "trade": ("外贸", "进出口企业", "边贸企业"),
    "construction": ("建筑业", "建筑施工企业", "在建项目"),
    "dairy": ("乳制品加工", "奶食品加工户", "奶业"),
    "cashmere": ("羊绒加工", "绒毛企业", "羊绒"),
    "pharmacy": ("定点医药机构", "定点药店", "医疗机构"),
    "forestry": ("林草", "护林员", "草管员"),
}


# ---------------------------------------------------------------------------
# Subjects: what a session is about and how it can be named
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    key: str
    kind: str
    leads: tuple[str, ...]
    partners: tuple[str, ...]
    venues: tuple[str, ...]
    minutes: tuple[int, ...]
    evening: bool
    series: str  # "" | qi | ban | level | town
    months: tuple[int, ...]
    formal: str
    plain: tuple[str, ...]
    slogan: tuple[str, ...]
    acronym: str
    english: str
    mongolian: str
    topics: tuple[str, ...]
    sectors: tuple[str, ...]
    content: str


# Header: key | T(raining)/P(ublicity) | leads | co-host candidates ("@home" = the government of
# the town/sumu where it happens) | venues ("b" any room, "b/room", @town, @gacha, @home,
# @online, @live) | minutes ("90e" = evening) | series | months.
# Then zh: formal title, pl: plain titles, sl: slogans, ac: acronym title, en: English,
# mn: Mongolian script, tp: topics | sectors, ct: content.
_SUBJECT_TEXT = """
tax_incentive | T | tax | acfic commerce devzone miit mge | swj zwfw kfq @online | 120 150 | qi | 456
zh: 小微企业和个体工商户税费优惠政策解读培训
pl: 小微企业税费优惠政策讲解会 / 个体户减税降费政策怎么享
sl: 税惠直达 助企发展 / 减税降费红利直达快享
en: Tax Relief Policy Training for Small and Micro Businesses
mn: ᠵᠢᠵᠢᠭ ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢᠨ ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠬᠥᠩᠭᠡᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: tax_relief vat smb_policy | smb self_employed
ct: 小规模纳税人增值税减免、“六税两费”减半征收、小型微利企业所得税优惠

einvoice | T | tax | amr acfic devzone commerce | swj/sw_school zwfw @online | 90 120 | qi | 456
zh: 全面数字化电子发票推广应用培训
pl: 数电发票开具操作讲解 / 数电票手把手教学
sl: 数电赋能 便捷开票
ac: 数电票培训
en: Training on Fully Digitalized E-Invoices
tp: einvoice vat | smb self_employed all_firms
ct: 数电发票开具、交付、查验及常见问题解答

cit_settle | T | tax | acfic devzone | swj kfq @online | 120 | - | 45
zh: 2026年度企业所得税汇算清缴政策辅导
pl: 企业所得税年度汇算申报辅导
sl: 汇算早知道 申报不烦恼
en: Corporate Income Tax Annual Filing Briefing
tp: cit tax_relief | all_firms
ct: 年度纳税申报表填报、研发费用加计扣除、常见涉税风险提示

iit_settle | T | tax | hrss union medins | swj zgfw @online | 90 120 | - | 456
zh: 2026年度个人所得税综合所得汇算清缴政策辅导
pl: 个税年度汇算怎么办 / 个税汇算申报辅导
sl: 个税汇算 轻松办理
en: Individual Income Tax Annual Reconciliation Briefing
mn: ᠬᠤᠪᠢ ᠬᠥᠮᠦᠨ ᠦ ᠣᠷᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: iit | workers all_firms
ct: 个税APP汇算操作、专项附加扣除填报、退补税办理

social_fee | P | tax | hrss medins | zwfw swj @town | 90 | - | 456
zh: 社会保险费征缴政策宣讲
pl: 社保费怎么缴 政策讲给你听
sl: 社保缴费 明明白白
tp: social_ins medical_ins | all_firms self_employed
ct: 城乡居民医保和养老保险缴费、灵活就业人员社保费缴纳渠道

tax_rural | P | tax | agri @home | @town @gacha | 90 120 | town | 456
zh: 涉农涉牧税收优惠政策宣讲
pl: 牧民合作社税收优惠政策讲解 / 税收政策进牧区
sl: 税惠进牧区
mn: ᠮᠠᠯᠴᠢᠨ ᠤ ᠬᠣᠷᠢᠰᠢᠶ᠎ᠠ ᠶᠢᠨ ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: tax_relief coop | herders coop
ct: 农牧业生产者销售自产农畜产品免征增值税、合作社税收优惠

tax_month | P | tax | media acfic amr | zwfw/zw_hall | 420 | - | 4
zh: 第36个全国税收宣传月启动仪式暨税费政策集中宣讲
pl: 税收宣传月启动暨政策宣讲
sl: 税助发展 惠企利民
tp: tax_month tax_relief | all_firms self_employed
ct: 税收宣传月启动仪式、税费政策集中宣讲、纳税人现场咨询

syb | T | hrss | union acfic mge baolige | jyzx/jy_301 jyzx/jy_302 jyzx/jy_cy zgfw/zg_303 | 420 | qi | 456
zh: 创办你的企业（SYB）创业培训班
pl: 免费创业培训班开课啦 / 创业培训班
sl: 创业有梦 培训助力
ac: SYB创业培训
en: Start Your Business (SYB) Entrepreneurship Training
mn: ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠬᠦ SYB ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: entrepreneurship credit | jobseekers graduates herders
ct: 创业意识培养、市场评估、企业财务、创业担保贷款政策

skill_welder | T | hrss | devzone union emerg | sxjd/sx_w1 sxjd/sx_w2 | 420 | level | 456
zh: 焊工职业技能提升培训
pl: 电焊工技能培训班
en: Welder Skills Upgrading Course
tp: skills safety | workers manufacturing jobseekers
ct: 焊接安全规范、手工电弧焊实操、职业技能等级认定考核辅导

skill_electric | T | hrss | devzone emerg union | sxjd/sx_w1 sxjd/sx_w2 sxjd/sx_a | 420 | level | 456
zh: 电工职业技能提升培训
pl: 电工技能培训班
en: Electrician Skills Upgrading Course
tp: skills safety | workers energy jobseekers
ct: 低压电工作业安全、电气线路安装实操、特种作业证考前辅导

skill_nanny | T | hrss | union baolige medins | sxjd/sx_a sxjd/sx_b jyzx/jy_301 | 420 240 | ban | 456
zh: 育婴员职业技能培训
pl: 育婴员培训班（免费） / 月嫂育婴技能培训
sl: 巧手育婴 技能就业
tp: skills employment | women jobseekers
ct: 婴幼儿生活照料、保健护理、早期教育及实操考核

skill_cook | T | hrss culture | culture union mge | sxjd/sx_cook | 420 180 | ban | 456
zh: 蒙餐烹饪技能培训
pl: 学做蒙餐 技能培训班
sl: 舌尖上的草原
en: Mongolian Cuisine Cooking Course
mn: ᠮᠣᠩᠭᠣᠯ ᠢᠳᠡᠭᠡ ᠶᠢᠨ ᠬᠣᠭᠣᠯᠠ ᠬᠢᠬᠦ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: mongol_food skills | catering jobseekers tourism
ct: 手把肉、烤羊背、奶茶等传统蒙餐制作及厨房卫生规范

pension_pub | P | hrss | medins @home | @town @gacha | 90 120 | town | 456
zh: 城乡居民基本养老保险政策宣讲
pl: 养老保险政策进嘎查 / 养老保险那些事儿
sl: 老有所养 政策暖心
mn: ᠲᠡᠳᠬᠦᠯᠡᠭ ᠦᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: pension social_ins | herders
ct: 参保缴费档次、政府补贴、待遇领取资格认证

stable_jobs | T | hrss | devzone acfic union miit | jyzx/jy_hall kfq xzzx @online | 90 120 | - | 456
zh: 稳岗返还及一次性扩岗补助政策解读会
pl: 企业稳岗补贴怎么申请
sl: 稳岗扩岗 政策护航
en: Briefing on Job Retention Refunds and Hiring Subsidies
tp: employment subsidy | all_firms private
ct: 失业保险稳岗返还、一次性扩岗补助申领条件和流程

graduates | P | hrss | media union commerce | jyzx/jy_hall whzx/wh_theater @online | 90 120 | - | 56
zh: 高校毕业生就业创业政策宣讲
pl: 毕业生就业政策宣讲会 / 大学生回乡就业创业政策讲解
sl: 筑梦草原 就业有我
en: Employment Policy Briefing for College Graduates
tp: youth employment entrepreneurship | graduates
ct: 基层服务项目、就业见习补贴、返乡创业扶持政策

wage_law | P | hrss | union devzone | kfq xzzx @town | 90 | - | 456
zh: 《保障农民工工资支付条例》宣讲
pl: 根治欠薪 法规宣讲进工地
sl: 根治欠薪 护薪行动
tp: wage labor_law | construction workers
ct: 工资专用账户、实名制管理、欠薪投诉渠道

social_ins_ent | P | hrss | union tax devzone | kfq alt coal jyzx | 90 | - | 456
zh: 社会保险政策进企业宣讲
pl: 社保政策进企业
sl: 社保护航 安心就业
tp: social_ins pension | all_firms workers
ct: 企业职工参保、工伤保险、失业保险待遇

cattle | T | agri | @home mge | nmtg/nm_train @town @gacha | 120 180 | town | 456
zh: 肉牛标准化规模养殖技术培训
pl: 肉牛养殖技术培训 / 养牛技术讲座进嘎查
sl: 科技兴牧 牛业增收
en: Beef Cattle Husbandry Training
mn: ᠦᠬᠡᠷ ᠥᠰᠬᠡᠬᠦ ᠲᠧᠬᠨᠢᠺ ᠦᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: cattle forage vet | herders livestock
ct: 母牛繁育、犊牛培育、舍饲育肥与饲草料配制

sheep | T | agri | @home mge | nmtg/nm_train @town @gacha | 120 180 | town | 456
zh: 肉羊高效养殖技术培训
pl: 肉羊养殖技术培训 / 养羊技术讲座进嘎查
sl: 科技兴牧 羊业增收
en: Mutton Sheep Husbandry Training
mn: ᠬᠣᠨᠢ ᠥᠰᠬᠡᠬᠦ ᠲᠧᠬᠨᠢᠺ ᠦᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: sheep forage vet | herders livestock
ct: 肉羊两年三产、羔羊早期断奶、冷季补饲

goat_cashmere | T | agri cashmere | cashmere agri @home | @gacha @town alt | 120 180 | town | 45
zh: 绒山羊选育与科学抓绒技术培训
pl: 绒山羊抓绒技术培训
sl: 好绒出好价
en: Cashmere Goat Breeding and Combing Training
mn: ᠢᠮᠠᠭ᠎ᠠ ᠶᠢᠨ ᠨᠣᠭᠤᠯᠤᠷ ᠤᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: cashmere vet | herders cashmere
ct: 种公羊选育、适时抓绒、分级包装与防污染

grass_balance | P | agri forest | forest agri @home | @town @gacha | 90 120 | town | 456
zh: 草原生态保护补助奖励政策宣讲
pl: 草畜平衡奖补政策讲解 / 草原补奖政策进嘎查
sl: 护好草原 补奖到户
mn: ᠡᠪᠡᠰᠦ ᠮᠠᠯ ᠤᠨ ᠲᠡᠩᠴᠡᠭᠡ ᠶᠢᠨ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: grassland subsidy | herders
ct: 禁牧补助、草畜平衡奖励标准、超载过牧核查

vet | T | agri | @home | nmtg @town @gacha | 120 | town | 456
zh: 布鲁氏菌病等重大动物疫病防控技术培训
pl: 布病防控知识培训 / 牲畜防疫培训
mn: ᠮᠠᠯ ᠤᠨ ᠬᠠᠯᠳᠠᠪᠠᠷᠢ ᠡᠪᠡᠳᠴᠢᠨ ᠢ ᠰᠡᠷᠭᠡᠢᠯᠡᠬᠦ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: vet | herders livestock
ct: 布病免疫、春季集中防疫、病死畜无害化处理

forage | T | agri | @home | @gacha nmtg | 120 | town | 56
zh: 青贮饲料加工调制技术培训
pl: 青贮饲料制作培训
mn: ᠲᠡᠵᠢᠭᠡᠯ ᠦᠨ ᠪᠡᠯᠡᠳᠬᠡᠯ ᠦᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: forage | herders coop
ct: 青贮玉米收贮、窖池管理、饲草料储备

dairy_coop | T | agri | amr @home commerce | dairy nmtg @town | 120 180 | - | 456
zh: 奶食品加工合作社规范化建设培训
pl: 奶食品合作社培训 / 奶豆腐奶皮子加工规范培训
sl: 草原奶香 品质为先
en: Dairy Cooperative Standardization Training
mn: ᠰᠦᠨ ᠦ ᠢᠳᠡᠭᠡ ᠶᠢᠨ ᠬᠣᠷᠢᠰᠢᠶ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: dairy coop food_safety | dairy coop
ct: 合作社规范运营、奶食品小作坊登记、加工卫生要求

herder_night | P | agri | media ehen | @online | 90e | qi | 456
zh: 牧民夜校·惠牧政策线上讲堂
pl: 牧民夜校开课了 / 晚上在家学政策
mn: ᠮᠠᠯᠴᠢᠨ ᠤ ᠦᠳᠡᠰᠢ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠭᠤᠯᠢ
tp: policy_brief subsidy | herders
ct: 当季惠牧政策解读、牧民在线提问答疑

food_catering | T | amr | culture commerce union | scjg/sc_train bg zwfw | 120 150 | - | 456
zh: 餐饮服务食品安全管理员培训
pl: 餐馆老板食品安全培训 / 餐饮食品安全培训
sl: 守护舌尖上的安全
en: Food Safety Manager Training for Catering
tp: food_safety | catering tourism
ct: 餐饮服务食品安全操作规范、“明厨亮灶”、食品安全管理员考核

dairy_safety | T | amr | agri @home | scjg/sc_train dairy @town | 120 | - | 456
zh: 民族奶食品生产加工食品安全培训
pl: 奶食品生产食品安全培训
mn: ᠰᠦᠨ ᠦ ᠢᠳᠡᠭᠡ ᠶᠢᠨ ᠠᠶᠤᠯᠭᠦᠢ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: food_safety dairy | dairy coop
ct: 奶食品小作坊许可、原料奶收购、标签标识与抽检

special_eq | T | amr | emerg devzone | scjg/sc_train kfq | 150 180 | - | 456
zh: 特种设备安全管理和作业人员培训
pl: 特种设备安全培训
en: Special Equipment Safety Training
tp: special_equipment safety | manufacturing chemical
ct: 锅炉、压力容器、电梯安全管理和作业人员持证上岗

gi_trademark | P | amr | agri cashmere mge | scjg xzzx bg | 90 120 | - | 456
zh: 地理标志商标培育与保护宣讲
pl: “额尔敦羊肉”地理标志使用讲解
sl: 品牌强牧 标志兴农
en: Geographical Indication Trademark Briefing
tp: trademark brand | livestock coop cashmere
ct: 地理标志专用标志申请使用、商标侵权防范

annual_report | P | amr | tax acfic | zwfw scjg @online | 60 90 | qi | 456
zh: 经营主体年报公示政策宣讲
pl: 年报怎么报 6月30日前别忘了 / 个体户年报填报讲解
sl: 按时年报 守信经营
tp: registration | self_employed smb
ct: 年报填报流程、信息公示、逾期未报的信用后果

measurement | P | amr | @home | @town | 120 | town | 456
zh: 计量器具规范使用宣传
pl: 电子秤规范使用宣传进集市
tp: metrology | self_employed
ct: 集贸市场电子秤检定、公平秤使用

hazchem | T | emerg | devzone miit env | kfq yjzh/yj_101 | 150 180 | - | 456
zh: 危险化学品企业安全生产专项培训
pl: 危化品企业安全培训
en: Hazardous Chemicals Safety Training
tp: hazchem safety | chemical
ct: 重大危险源管控、特殊作业安全、事故应急处置

coal_safety | T | emerg | devzone miit union | coal yjzh/yj_101 | 180 | - | 456
zh: 煤矿安全生产管理人员培训
pl: 煤矿安全培训
en: Coal Mine Safety Management Training
tp: coal safety | coal
ct: 煤矿重大事故隐患判定、瓦斯与水害防治、安全管理人员履职

confined | T | emerg | union amr devzone | yjzh/yj_101 alt kfq | 120 | - | 456
zh: 有限空间作业安全培训
pl: 有限空间作业安全讲座
tp: confined safety | manufacturing dairy chemical
ct: 有限空间辨识、“先通风、再检测、后作业”、应急救援

grass_fire | P | forest emerg | emerg forest @home | @town @gacha | 90 | town | 45
zh: 森林草原防灭火知识宣讲
pl: 草原防火知识进嘎查 / 防火知识宣讲
sl: 草原防火 人人有责
mn: ᠬᠡᠭᠡᠷ᠎ᠡ ᠶᠢᠨ ᠭᠠᠯ ᠤᠨ ᠠᠶᠤᠯ ᠢ ᠰᠡᠷᠭᠡᠢᠯᠡᠬᠦ ᠮᠡᠳᠡᠯᠭᠡ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: fire | herders tourism
ct: 春季防火期野外用火管理、火情报告、扑救常识

safety_month | P | emerg | union amr media devzone | whzx/wh_plaza | 180 | - | 6
zh: “安全生产月”集中宣传咨询日活动
pl: 安全生产月宣传咨询日
sl: 人人讲安全 个个会应急
tp: safety | all_firms
ct: 安全生产法律法规咨询、应急器材展示、隐患举报渠道宣传

safety_law | P | emerg | devzone union | kfq yjzh xzzx | 90 120 | - | 456
zh: 《中华人民共和国安全生产法》宣讲
pl: 安全生产法律法规宣讲
tp: safety law | all_firms
ct: 生产经营单位主体责任、全员安全生产责任制、法律责任

main_resp | T | emerg | devzone miit | yjzh kfq xzzx/xz_1rpt | 180 420 | - | 456
zh: 企业主要负责人和安全管理人员安全生产知识培训
pl: 企业负责人安全培训
tp: safety | all_firms chemical coal
ct: 安全生产法律法规、风险分级管控和隐患排查治理、考核辅导

srdi | P | miit | devzone acfic tax | kfq xzzx @online | 90 120 | - | 456
zh: 专精特新中小企业培育政策宣讲
pl: 专精特新企业怎么申报
sl: 专精特新 向新而行
ac: SRDI专精特新宣讲
en: Briefing on SRDI ("Little Giant") SME Cultivation
tp: srdi subsidy | manufacturing smb
ct: 创新型中小企业、专精特新中小企业认定条件和申报流程

digital | T | miit | devzone media commerce | kfq xzzx @online | 120 180 | - | 456
zh: 制造业数字化转型专题培训
pl: 企业数字化转型怎么做
ac: 数字化转型DX培训
en: Digital Transformation Workshop for Manufacturers
tp: digital | manufacturing
ct: 工业互联网平台应用、智能化改造案例、数字化诊断服务

energy_saving | T | miit | env devzone | kfq xzzx | 120 | - | 456
zh: 工业节能诊断与能耗双控政策解读
pl: 企业节能诊断培训
en: Industrial Energy Audit and Energy Policy Briefing
tp: energy environment | chemical coal rare_earth
ct: 工业节能诊断服务、能耗双控向碳排放双控转变

rare_earth | P | miit devzone | devzone mge commerce | kfq bg | 120 | - | 456
zh: 稀土新材料产业扶持政策宣讲会
pl: 稀土产业政策讲解
ac: REE稀土政策宣讲
en: Rare Earth New Materials Industry Policy Briefing
tp: rare_earth subsidy | rare_earth manufacturing
ct: 稀土功能材料项目扶持、研发投入奖补

green_power | T | miit | devzone env | kfq xzzx @online | 120 | - | 456
zh: 新能源项目绿电交易与消纳政策培训
pl: 风电光伏绿电交易培训
ac: 绿电GEC培训
en: Green Electricity Trading Policy Training
tp: energy | energy
ct: 绿电交易规则、绿证核发、源网荷储一体化项目

livestream | T | commerce | media hrss culture mge | dszx/ds_l1 dszx/ds_l2 dszx/ds_hall rmt/rm_live | 180 420 | qi | 456
zh: 网络直播电商带货技能培训
pl: 直播带货培训班 / 手把手教你直播卖货
sl: 直播助农 电商兴牧
en: Livestream E-commerce Training
mn: ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠰᠢᠯᠭᠠᠮᠠᠯ ᠨᠡᠪᠲᠡᠷᠡᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: ecommerce media | ecommerce coop herders
ct: 直播间搭建、短视频引流、牛羊肉和奶食品线上销售实操

crossborder | T | commerce | mge devzone tax | bg kfq | 150 180 | - | 456
zh: 中蒙跨境贸易实务培训
pl: 对蒙贸易实务讲座
sl: 向北开放 通达蒙俄
en: China-Mongolia Cross-border Trade Practice Training
mn: ᠬᠢᠯ ᠳᠠᠮᠵᠢᠭᠰᠠᠨ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: crossborder | trade private
ct: 边民互市、报关报检、跨境结算与出口退税

consumption | P | commerce | culture acfic | xzzx whzx @online | 90 | - | 56
zh: “草原消费季”促消费政策宣讲
pl: 消费券怎么用 商户政策讲解
sl: 乐购草原 惠享生活
tp: consumption | catering tourism self_employed
ct: 消费券核销规则、商户报名条件、活动期间价格监管

ecommerce_rural | T | commerce | agri @home | @town | 120 180 | town | 456
zh: 电子商务进牧区培训
pl: 电商进牧区 教你网上卖牛羊肉
sl: 网上卖货 草原增收
mn: ᠴᠠᠬᠢᠯᠭᠠᠨ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠮᠠᠯᠵᠢᠯ ᠤᠨ ᠣᠷᠣᠨ ᠳᠤ
tp: ecommerce | herders coop
ct: 网店开设、冷链物流、农畜产品品牌包装

grazing_ban | P | forest | agri @home | @gacha @town | 90 | town | 45
zh: 春季禁牧休牧政策宣讲
pl: 春季休牧政策进嘎查
mn: ᠬᠠᠪᠤᠷ ᠤᠨ ᠮᠠᠯᠵᠢᠯ ᠢ ᠬᠣᠷᠢᠭᠯᠠᠬᠤ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: grassland | herders
ct: 春季休牧期限、舍饲圈养要求、违规放牧处罚

sand_control | T | forest | agri | nmtg xzzx @town | 120 180 | - | 456
zh: 防沙治沙与草原生态修复技术培训
pl: 防沙治沙技术培训
en: Desertification Control Training
mn: ᠡᠯᠡᠰᠦ ᠶᠢ ᠵᠠᠰᠠᠬᠤ ᠲᠧᠬᠨᠢᠺ ᠦᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: ecology grassland | herders forestry
ct: 沙化草原补播改良、灌木林平茬复壮、生态修复项目管理

pest | T | forest | agri @home | nmtg @town | 120 | - | 56
zh: 草原鼠虫害防治技术培训
pl: 草原灭鼠治虫技术培训
mn: ᠡᠪᠡᠰᠦᠨ ᠤ ᠬᠣᠣᠷᠠᠬᠠᠢ ᠬᠣᠣᠯᠠᠢ ᠶᠢ ᠰᠡᠷᠭᠡᠢᠯᠡᠬᠦ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: pest grassland | herders forestry
ct: 草原鼠害监测、蝗虫生物防治、药械安全使用

medins_enterprise | P | medins | hrss union devzone | kfq alt coal zwfw | 90 | - | 456
zh: 医疗保障政策进企业宣讲
pl: 医保政策进企业
sl: 医保惠民 服务到家
tp: medical_ins | all_firms workers
ct: 职工医保待遇、门诊共济、医保电子凭证使用

medins_fraud | P | medins | media amr | zwfw whzx/wh_plaza | 120 | - | 4
zh: 医保基金监管集中宣传月活动
pl: 打击欺诈骗保宣传
sl: 织密基金监管网 守好群众救命钱
tp: fraud medical_ins | pharmacy
ct: 欺诈骗保典型案例、举报奖励办法、定点医药机构自查自纠

medins_remote | P | medins | @home hrss | @town @gacha @online | 90 | town | 456
zh: 跨省异地就医直接结算政策宣讲
pl: 异地就医怎么备案
mn: ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: medical_ins | herders workers
ct: 异地就医备案渠道、报销比例、线上备案操作

labor_law | P | union | hrss | zgfw | 90 120 | - | 456
zh: 职工劳动法律知识讲座
pl: 劳动合同那些事 法律讲座
sl: 学法懂法 依法维权
tp: labor_law | workers
ct: 劳动合同签订、加班与休假、劳动争议调解

worker_skill | T | union | hrss devzone | sxjd zgfw/zg_303 zgfw/zg_hall | 420 180 | ban | 56
zh: 职工职业技能竞赛赛前集训
pl: 技能大赛赛前培训
tp: skills | workers
ct: 竞赛规程解读、理论题库讲解、实操项目强化训练

union_welfare | P | union | media medins | zgfw @online kfq | 60 90 | - | 456
zh: 职工普惠服务政策宣讲
pl: 工会会员普惠福利怎么领
sl: 工会就在身边
tp: union_service | workers
ct: 会员普惠卡、职工医疗互助、困难职工帮扶

biz_env | P | acfic | tax amr devzone miit hrss | bg xzzx | 120 | - | 456
zh: 优化营商环境政策宣讲会
pl: 营商环境新政策讲解
sl: 亲清政商 同心发展
en: Business Environment Policy Briefing
tp: private_econ policy_brief | private
ct: 优化营商环境新举措、涉企收费清理、惠企政策免申即享

integrity | T | acfic | mge | bg xzzx | 120 | - | 456
zh: 清廉民企建设专题培训
pl: 民营企业合规经营培训
sl: 清风民企 合规致远
tp: integrity | private
ct: 企业内控与廉洁风险防范、合规管理体系建设

finance | P | acfic | hrss commerce | bg | 120 | - | 456
zh: 民营企业融资对接政策宣讲
pl: 银企对接 融资政策讲解
sl: 金融活水 润泽民企
tp: credit private_econ | private smb
ct: 普惠小微贷款、政府性融资担保、创业担保贷款贴息

newmedia | T | media | commerce culture | rmt/rm_studio dszx/ds_hall | 180 | qi | 456
zh: 新媒体运营与短视频制作培训
pl: 短视频拍摄剪辑培训
sl: 人人都是草原代言人
en: Short Video and New Media Training
tp: media | ecommerce tourism
ct: 手机拍摄构图、剪辑软件实操、账号运营与内容合规

policy_live | P | media | - | @live | 60 | qi | 456
zh: “政策直播间”惠企政策解读
pl: 政策直播间
tp: policy_brief | all_firms
ct: 部门负责人做客直播间解读政策、在线答疑

mongolian_broadcast | P | media | ehen mge agri | @online rmt/rm_studio | 60 90 | - | 456
zh: 蒙古语惠民政策宣讲直播
pl: 蒙语政策直播
mn: ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡᠨ ᠦ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: policy_brief mongolian_lang | herders
ct: 用蒙古语解读惠民惠牧政策、在线答疑

investment | P | devzone | commerce miit mge | kfq/kf_road kfq/kf_big bg | 120 150 | - | 456
zh: 开发区招商引资优惠政策推介会
pl: 园区招商政策推介
ac: EDZ招商推介会
en: Investment Promotion Briefing
tp: investment subsidy | energy rare_earth chemical
ct: 园区产业定位、土地与电价优惠、项目落地服务

park_hse | T | devzone | emerg env | kfq | 180 | - | 456
zh: 园区企业安全环保联合培训
pl: 园区企业安全环保培训
ac: HSE联合培训
en: HSE Joint Training for Park Enterprises
tp: safety environment | chemical rare_earth
ct: 园区封闭化管理、危废规范化管理、双重预防机制

project_declare | T | devzone miit | miit commerce env | kfq xzzx | 120 | - | 456
zh: 2027年度项目申报政策辅导
pl: 项目申报怎么做 政策辅导
en: Project Application Guidance Session
tp: investment subsidy | all_firms
ct: 中央预算内投资、专项债项目申报要点及材料准备

town_policy | P | baolige barun ehen | agri hrss medins | @home | 90 120 | town | 456
zh: 惠民惠牧政策集中宣讲
pl: 惠民政策宣讲进嘎查 / 政策明白会
sl: 政策进万家 惠民暖人心
mn: ᠮᠠᠯᠴᠢᠨ ᠠᠷᠠᠳ ᠲᠤ ᠬᠠᠮᠢᠶᠠᠷᠠᠬᠤ ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ
tp: policy_brief subsidy | herders
ct: 惠农惠牧补贴、医保养老、就业帮扶等政策“一站式”讲解

gacha_coop | T | baolige barun ehen | agri commerce | @home | 120 180 | - | 456
zh: 嘎查集体经济发展能力提升培训
pl: 嘎查集体经济培训
mn: ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠮᠲᠤ ᠡᠳ᠋ ᠦᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: coop | coop herders
ct: 集体经济项目选择、股份合作、财务公开

cashmere_grading | T | cashmere | amr agri | alt nmtg @town | 120 180 | - | 456
zh: 山羊绒分级整理与质量标准培训
pl: 羊绒分级培训
sl: 精梳细选 绒质提升
en: Cashmere Grading Training
mn: ᠢᠮᠠᠭᠠᠨ ᠨᠣᠭᠤᠯᠤᠷ ᠤᠨ ᠵᠡᠷᠭᠡ ᠳᠡᠰ ᠦᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: cashmere standards | cashmere herders
ct: 山羊绒细度长度分级、杂质控制、优质优价收购

cashmere_market | P | cashmere | commerce agri | alt bg @online | 90 | - | 456
zh: 羊绒产业发展形势与市场行情宣讲
pl: 今年羊绒行情怎么样
tp: cashmere market | cashmere herders
ct: 国内外羊绒价格走势、订单收购、产业链合作

mge_forum | P | mge | acfic commerce | bg/bg_jz bg/bg_cy | 150 180 | - | 456
zh: 蒙古族企业家发展论坛暨惠企政策宣讲
pl: 企业家论坛暨政策宣讲
en: Mongolian Entrepreneurs' Forum and Policy Briefing
mn: ᠮᠣᠩᠭᠣᠯ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢᠨ ᠡᠷᠬᠢᠯᠡᠭᠴᠢᠳ ᠦᠨ ᠹᠣᠷᠦᠮ
tp: private_econ policy_brief | private
ct: 民族企业发展经验交流、惠企政策宣讲、对蒙合作

mge_brand | T | mge | amr commerce | bg xzzx | 120 | - | 456
zh: 民族品牌建设与知识产权保护培训
pl: 民族品牌怎么做
en: Ethnic Brand Building and IP Protection Training
mn: ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠪᠷᠡᠨᠳ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: brand trademark | private cashmere dairy
ct: 品牌定位、商标注册与维权、蒙古文商标设计

env_permit | T | env | devzone miit | kfq xzzx | 120 150 | - | 456
zh: 排污许可证管理与执行报告填报培训
pl: 排污许可怎么填报
en: Pollutant Discharge Permit Training
tp: permit environment | chemical coal rare_earth
ct: 排污许可证申请变更、自行监测、执行报告填报

env_law | P | env | devzone forest | kfq xzzx | 90 120 | - | 456
zh: 生态环境法律法规宣讲
pl: 环保法律法规进企业
tp: environment law | all_firms
ct: 环境保护法律责任、典型环境违法案例、企业环境信息依法披露

naadam_service | T | culture | commerce amr union | bg/bg_multi bg/bg_cy ndm whzx/wh_theater | 180 420 | - | 56
zh: 那达慕大会旅游接待服务培训
pl: 那达慕旅游服务培训
sl: 好客草原 喜迎那达慕
en: Naadam Tourism Hospitality Training
mn: ᠨᠠᠭᠠᠳᠤᠮ ᠤᠨ ᠠᠶᠠᠯᠠᠯ ᠵᠤᠭᠠᠴᠠᠯᠠᠯ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: naadam tourism | tourism catering
ct: 那达慕期间接待礼仪、游客安全、民族文化讲解

herder_hospitality | T | culture | agri amr @home | @town bg | 120 180 | town | 456
zh: 牧家乐经营管理与服务规范培训
pl: 牧家乐老板培训 / 牧家乐怎么经营
sl: 牧家乐 乐牧家
mn: ᠮᠠᠯᠴᠢᠨ ᠤ ᠠᠶᠢᠯ ᠤᠨ ᠠᠶᠠᠯᠠᠯ ᠵᠤᠭᠠᠴᠠᠯᠠᠯ ᠤᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ
tp: tourism food_safety | tourism herders
ct: 牧家乐服务规范、消防与食品安全、线上推广

tourism_promo | P | culture | commerce acfic media | whzx bg | 90 120 | - | 56
zh: 草原旅游季文旅惠企政策宣讲
pl: 文旅企业政策宣讲
sl: 醉美草原 诗意远方
tp: tourism subsidy | tourism catering
ct: 旅游季营销补贴、A级景区创建、旅行社招徕奖励
"""


def _parse_subjects(text: str) -> tuple[Subject, ...]:
    out: list[Subject] = []
    for block in text.strip().split("\n\n"):
        lines = block.strip().splitlines()
        head = [x.strip() for x in lines[0].split("|")]
        fields: dict[str, str] = {}
        for line in lines[1:]:
            tag, _, value = line.partition(":")
            fields[tag.strip()] = value.strip()
        topics, _, sectors = fields["tp"].partition("|")
        mins = head[5].split()
        out.append(
            Subject(
                key=head[0],
                kind=TRAINING if head[1] == "T" else PUBLICITY,
                leads=tuple(head[2].split()),
                partners=tuple(x for x in head[3].split() if x != "-"),
                venues=tuple(head[4].split()),
                minutes=tuple(int(m.rstrip("e")) for m in mins),
                evening=any(m.endswith("e") for m in mins),
                series="" if head[6] == "-" else head[6],
                months=tuple(int(c) for c in head[7]),
                formal=fields["zh"],
                plain=tuple(x.strip() for x in fields.get("pl", "").split(" / ") if x.strip()),
                slogan=tuple(x.strip() for x in fields.get("sl", "").split(" / ") if x.strip()),
                acronym=fields.get("ac", ""),
                english=fields.get("en", ""),
                mongolian=fields.get("mn", ""),
                topics=tuple(topics.split()),
                sectors=tuple(sectors.split()),
                content=fields.get("ct", ""),
            )
        )
    return tuple(out)


SUBJECTS: tuple[Subject, ...] = _parse_subjects(_SUBJECT_TEXT)
SUBJ: dict[str, Subject] = {s.key: s for s in SUBJECTS}
SPECIAL_SUBJECTS = ("policy_live", "tax_month", "safety_month", "herder_night")
FILL_SUBJECTS: tuple[Subject, ...] = tuple(s for s in SUBJECTS if s.key not in SPECIAL_SUBJECTS)


def _subjects_by_building() -> dict[str, list[tuple[Subject, tuple[Room, ...]]]]:
    out: dict[str, list[tuple[Subject, tuple[Room, ...]]]] = {}
    for s in FILL_SUBJECTS:
        for v in s.venues:
            if v.startswith("@"):
                continue
            b, _, r = v.partition("/")
            rooms = (ROOMS[r],) if r else tuple(ROOMS_OF[b])
            out.setdefault(b, []).append((s, rooms))
    return out


SUBJ_BY_BUILDING = _subjects_by_building()


# ---------------------------------------------------------------------------
# Sessions and their rendering into postings
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Online:
    platform: str  # tencent | dingtalk | live
    code: str


@dataclass
class Session:
    sid: int
    subject: Subject
    depts: list[Dept]
    kind: str
    start: datetime
    end: datetime
    room: Room | None = None
    online: Online | None = None
    place: Place | None = None
    qkind: str = ""  # qi | ban | level | town | chang | day | pm
    qn: int = 0
    qlabel: str = ""
    qmn: str = ""
    protect: bool = False  # the qualifier tells this session from a twin: nobody drops it
    guest: Subject | None = None  # policy_live: the guest department's subject
    reg: str = ""


VAGUE = ("地点另行通知", "待定", "具体地点另行通知", "地点待定", "详见报名群通知")
_PLATFORM_CN = {"tencent": "腾讯会议", "dingtalk": "钉钉", "live": "融媒直播间"}
_LEVELS = ("初级", "中级", "高级")
_GRADES = ("五级", "四级", "三级")
_LEVELS_EN = (" (Beginner)", " (Intermediate)", " (Advanced)")
_LEVELS_MN = (" ᠠᠩᠬᠠᠨ ᠱᠠᠲᠤ", " ᠳᠤᠮᠳᠠ ᠱᠠᠲᠤ", " ᠳᠡᠭᠡᠳᠦ ᠱᠠᠲᠤ")
_DRIFT = (
    ("培训班", "培训"),
    ("培训", "培训班"),
    ("培训", "培训会"),
    ("宣讲", "宣讲会"),
    ("宣讲会", "宣讲活动"),
    ("解读会", "解读"),
    ("讲座", "专题讲座"),
    ("辅导", "辅导会"),
)


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CST)


def _pick(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }"


# --- venue text ------------------------------------------------------------


def _with_region(name: str, rng: random.Random) -> str:
    if name.startswith(BANNER_BARE):
        return rng.choice((LEAGUE + name, REGION + LEAGUE + name, REGION_SHORT + LEAGUE + name))
    return rng.choice((BANNER + name, LEAGUE + BANNER + name, REGION + LEAGUE + BANNER + name))


# Buildings an office shares with others: it does not call them by its own name.
_SHARED_BUILDINGS = ("xzzx", "zwfw", "alt", "bg")


def _building_name(b: Building, d: Dept, rng: random.Random) -> str:
    if b.key == d.own:
        roll = rng.random()
        if d.own_names and roll < 0.5:
            return rng.choice(d.own_names)
        if roll < 0.6 and not d.home and b.key not in _SHARED_BUILDINGS:
            return rng.choice((d.short, d.name))
    pools = ((b.official,), b.short, b.old, b.street)
    weights = [w if pools[i] else 0.0 for i, w in enumerate(d.names)]
    i = rng.choices(range(4), weights=weights)[0] if sum(weights) > 0 else 0
    name = rng.choice(pools[i])
    if i == 0 and b.prefixable and rng.random() < d.prefix_p:
        name = _with_region(name, rng)
    return name


def _floor_text(n: int, fmt: str) -> str:
    return {
        "cn": f"{cn_num(n)}楼",
        "ar": f"{n}楼",
        "F": f"{n}F",
        "ceng": f"{n}层",
        "cnceng": f"{cn_num(n)}层",
    }[fmt]


def _wing_text(n: int, fmt: str) -> str:
    return {
        "hao": f"{n}号楼",
        "hash": f"{n}#楼",
        "cnhao": f"{cn_num(n)}号楼",
        "zuo": f"{'ABC'[n - 1]}座",
    }[fmt]


def _room_text(r: Room, fmt: str, rng: random.Random) -> str:
    w = rng.choice(r.words)
    n = r.number
    if r.style == "named":
        return w
    if r.style == "no":
        return rng.choices(
            (f"{n}{w}", f"{n}室", f"{w}{n}", f"{n}号{w}", f"{cn_num(n)}室", str(n)),
            weights=(0.35, 0.2, 0.12, 0.1, 0.05, 0.18),
        )[0]
    return {
        "di_cn": f"第{cn_num(n)}{w}",
        "cn_hao": f"{cn_num(n)}号{w}",
        "ar_hao": f"{n}号{w}",
        "suffix": f"{w}{n}",
        "di_ar": f"第{n}{w}",
        "bare": f"{n}{w}",
    }[fmt]


def _chinese_location(room: Room, b: Building, d: Dept, rng: random.Random) -> str:
    name = _building_name(b, d, rng)
    if rng.random() < d.addr_p:
        name = f"{b.address}{name}" if rng.random() < 0.5 else f"{name}（{b.address}）"
    if rng.random() > d.room_p:
        text = name
    else:
        wing_fmt = rng.choice(d.wing_fmt) if rng.random() < 0.85 else rng.choice(("hao", "zuo"))
        wing = _wing_text(room.wing, wing_fmt) if room.wing else ""
        floor = ""
        if room.floor is not None and (room.style != "no" or rng.random() < 0.3):
            fmt = rng.choice(d.floor_fmt) if rng.random() < 0.85 else rng.choice(("ar", "cnceng"))
            floor = _floor_text(room.floor, fmt)
        fmt = rng.choice(d.room_fmt) if rng.random() < 0.85 else rng.choice(("di_cn", "suffix"))
        label = _room_text(room, fmt, rng)
        sep = " " if rng.random() < d.space_p else ""
        order = rng.choice(d.orders) if rng.random() < 0.85 else rng.choice(("bfr", "rb", "br"))
        if order == "rb":
            text = f"{label}（{name}{sep}{wing}{floor}）"
        elif order == "br":
            text = sep.join(x for x in (name, wing, label) if x)
        elif order == "fr_b":
            text = f"{wing}{floor}{label}，{name}"
        elif order == "addr":
            addr = "" if b.address in name else b.address + sep
            text = f"{addr}{name}{sep}{wing}{floor}{label}"
        else:
            text = sep.join(x for x in (name, wing, floor, label) if x)
    if rng.random() < d.fw_p:
        text = fullwidth(text)
    if rng.random() < d.half_paren_p:
        text = halfwidth_parens(text)
    return text


def _english_location(room: Room, b: Building, rng: random.Random) -> str:
    parts = [room.english]
    if room.floor is not None:
        parts.append(
            rng.choice((f"{room.floor}F", f"Floor {room.floor}", f"{_ordinal(room.floor)} Floor"))
        )
    if room.wing:
        parts.append(rng.choice((f"Building {room.wing}", f"Block {'ABC'[room.wing - 1]}")))
    parts.append(b.english)
    if not b.english.startswith("Erdenbulag") and rng.random() < 0.6:
        parts.append(BANNER_EN)
    if rng.random() < 0.3:
        parts.append(LEAGUE_EN)
    return ", ".join(parts)


def _mongolian_location(room: Room, b: Building, d: Dept, rng: random.Random) -> str:
    bits = [b.mongolian]
    if room.wing:
        bits.append(f"{room.wing} ᠳ᠋ᠤᠭᠠᠷ ᠪᠠᠢᠰᠢᠩ")
    if room.floor is not None and rng.random() < 0.6:
        bits.append(f"{room.floor} ᠳᠦᠭᠡᠷ ᠳᠠᠪᠬᠤᠷ")
    bits.append(room.mongolian)
    mn = " ".join(bits)
    if rng.random() < 0.55:
        zh = _chinese_location(room, b, d, rng)
        return rng.choice((f"{mn}（{zh}）", f"{zh} {mn}", f"{mn} / {zh}"))
    return mn


def _physical(room: Room, d: Dept, rng: random.Random) -> str:
    b = BUILDINGS[room.building]
    if b.english and rng.random() < d.en_p:
        return _english_location(room, b, rng)
    if b.mongolian and rng.random() < d.mn_p:
        return _mongolian_location(room, b, d, rng)
    return _chinese_location(room, b, d, rng)


def _dashed(code: str) -> str:
    return f"{code[:3]}-{code[3:6]}-{code[6:]}"


def _code_text(code: str, rng: random.Random) -> str:
    if len(code) != 9:
        return code
    return rng.choice((_dashed(code), code, f"{code[:3]} {code[3:6]} {code[6:]}"))


def _online_url(o: Online, rng: random.Random) -> str:
    c = o.code
    if o.platform == "tencent":
        return rng.choice(
            (
                f"https://meeting.tencent.com/dm/{c}",
                f"https://meeting.tencent.com/dm/{c}?from=wx",
                f"http://meeting.tencent.com/dm/{c}",
                f"https://meeting.tencent.com/dm/{_dashed(c)}",
            )
        )
    if o.platform == "dingtalk":
        return rng.choice(
            (
                f"https://meeting.dingtalk.com/j/{c}",
                f"https://meeting.dingtalk.com/j/{c}?source=share",
            )
        )
    return rng.choice(
        (
            f"https://live.edbg-rmt.cn/room/{c}",
            f"https://live.edbg-rmt.cn/room/{c}/",
            f"http://live.edbg-rmt.cn/room/{c}?share=wx",
        )
    )


def _online_text(o: Online, d: Dept, rng: random.Random) -> str | None:
    if rng.random() < 0.15:
        return None
    ct = _code_text(o.code, rng)
    if o.platform == "tencent":
        opts = [
            "线上",
            "线上（腾讯会议）",
            f"腾讯会议：{ct}",
            f"腾讯会议 会议号：{ct}",
            f"线上会议（腾讯会议号{ct}）",
            f"网络会议室 {ct}",
        ]
        if d.en_p > 0 or d.key == "miit":
            opts.append(f"Online (Tencent Meeting ID {ct})")
    elif o.platform == "dingtalk":
        opts = ["线上", f"钉钉视频会议：{ct}", f"钉钉会议号 {ct}"]
    else:
        opts = [
            "线上直播",
            "旗融媒体中心直播间（线上）",
            "“额尔敦宝力格融媒”客户端直播",
            f"融媒直播间 房间号{o.code}",
        ]
    return rng.choice(opts)


def _venue_fields(
    s: Session, d: Dept, lead: bool, rng: random.Random
) -> tuple[str | None, str | None]:
    """(location, onlineUrl) as this department writes them."""
    if not lead and rng.random() < d.vague_p:
        if s.online is not None and s.room is None and rng.random() < 0.5:
            return rng.choice(("线上", None)), None
        if s.place is not None and rng.random() < 0.35:
            return s.place.name, None
        return rng.choice((*VAGUE, None)), None
    if s.room is None:
        assert s.online is not None
        text = _online_text(s.online, d, rng)
        url = _online_url(s.online, rng) if text is None or rng.random() < 0.8 else None
        return text, url
    text = _physical(s.room, d, rng)
    url = None
    if s.online is not None:
        ct = _code_text(s.online.code, rng)
        pf = _PLATFORM_CN[s.online.platform]
        if rng.random() < 0.6:
            text += rng.choice(
                (f"（同步线上：{pf} {ct}）", f"，线上同步：{pf}{ct}", "（线上线下同步）")
            )
        if rng.random() < 0.75:
            url = _online_url(s.online, rng)
    return text[:500], url


# --- titles ----------------------------------------------------------------


def _qual_zh(s: Session, rng: random.Random) -> tuple[str, bool]:
    """Qualifier text and whether it goes before the title."""
    n, k = s.qn, s.qkind
    if k == "qi":
        return rng.choice(
            (
                f"第{n}期",
                f"第{cn_num(n)}期",
                f"（第{n}期）",
                f"（第{cn_num(n)}期）",
                f"{n}期",
                f"·第{n}期",
            )
        ), False
    if k == "ban":
        return rng.choice((f"{cn_num(n)}班", f"第{n}班", f"（{cn_num(n)}班）", f"（{n}班）")), False
    if k == "chang":
        return rng.choice((f"（第{n}场）", f"第{cn_num(n)}场", f"第{n}场")), False
    if k == "level":
        lv, grade = _LEVELS[n - 1], _GRADES[n - 1]
        if rng.random() < 0.3:
            return lv, True
        return rng.choice((f"（{lv}）", f"{lv}班", f"（{grade}/{lv}工）", f"——{lv}")), False
    if k == "town":
        label = s.qlabel
        short = label.removesuffix("苏木").removesuffix("嘎查").removesuffix("镇")
        if rng.random() < 0.2:
            return f"【{label}专场】", True
        return rng.choice(
            (f"（{label}专场）", f"{label}专场", f"（{label}站）", f"——走进{label}", f"·{short}站")
        ), False
    if k == "day":
        if s.kind == PUBLICITY:
            return rng.choice(("（全天）", "活动日", "（全天活动）")), False
        return rng.choice(("（全天）", "培训日", "专题培训日", "（全天活动）")), False
    if k == "pm":
        return rng.choice(
            ("（下午场）", "下午场", "·下午实操课", "（下午：实操演练）", "下午专场")
        ), False
    return "", False


def _qual_en(s: Session) -> str:
    n, k = s.qn, s.qkind
    if k == "qi":
        return f" (Session {n})"
    if k == "ban":
        return f" (Class {n})"
    if k == "chang":
        return f" (Round {n})"
    if k == "level":
        return _LEVELS_EN[n - 1]
    if k == "town":
        place = s.place
        return f" - {place.latin if place and s.qlabel == place.name else s.qlabel}"
    return {"day": " (Full Day)", "pm": " (Afternoon Session)"}.get(k, "")


def _qual_mn(s: Session) -> str:
    n, k = s.qn, s.qkind
    if k == "qi":
        return f" {n} ᠳᠦᠭᠡᠷ ᠤᠳᠠᠭ᠎ᠠ"
    if k == "ban":
        return f" {n} ᠳ᠋ᠤᠭᠠᠷ ᠠᠩᠭᠢ"
    if k == "chang":
        return f" {n} ᠳᠦᠭᠡᠷ"
    if k == "level":
        return _LEVELS_MN[n - 1]
    if k == "town":
        return f"（{s.qmn or s.qlabel}）"
    return {"day": "（全天）", "pm": "（下午场）"}.get(k, "")


def _voice(d: Dept, subj: Subject, rng: random.Random) -> str:
    v = _pick(rng, d.voices)
    if v == "slogan" and not subj.slogan:
        v = "plain"
    if v == "acronym" and not subj.acronym:
        v = "formal"
    if v == "english" and not subj.english:
        v = "formal"
    if v in ("mongolian", "bilingual") and not subj.mongolian:
        v = "plain"
    if v == "plain" and not subj.plain:
        v = "formal"
    return v


def _drift(text: str, rng: random.Random) -> str:
    for old, new in rng.sample(_DRIFT, len(_DRIFT)):
        if text.endswith(old):
            return text[: -len(old)] + new
    return text


def _decorate(t: str, s: Session, d: Dept, lead: bool, rng: random.Random) -> str:
    decos = dict(d.decos)
    if rng.random() < decos.get("year", 0.0) and "202" not in t:
        t = rng.choice(("2027年", "2027年第二季度", "2027年度", f"2027年{s.start.month}月")) + t
    if (
        d.campaign
        and s.start.month in d.campaign_months
        and rng.random() < decos.get("campaign", 0.0)
    ):
        t = rng.choice((f"{t}——{d.campaign}", f"{d.campaign}·{t}", f"{t}（{d.campaign}）"))
    if not lead and rng.random() < decos.get("relay", 0.0):
        t = f"转发{s.depts[0].short}关于举办{t}的通知"
    elif rng.random() < decos.get("notice", 0.0):
        t = f"关于{'举办' if s.kind == TRAINING else '开展'}{t}的通知"
    if rng.random() < decos.get("tag", 0.0):
        t = f"【{d.short}】{t}"
    if rng.random() < decos.get("limited", 0.0):
        t += rng.choice(("（名额有限）", "（名额有限，报满即止）"))
    if rng.random() < decos.get("free", 0.0):
        t += rng.choice(("（公益）", "（免费）", "（公益免费）"))
    if rng.random() < decos.get("signup", 0.0):
        t = rng.choice((f"【报名】{t}", f"{t}【报名中】", f"【火热报名中】{t}"))
    if rng.random() < d.fw_p:
        t = fullwidth(t)
    if rng.random() < d.half_paren_p:
        t = halfwidth_parens(t)
    return t


def _live_title(s: Session, rng: random.Random) -> str:
    g = s.guest
    assert g is not None
    base = rng.choice(g.plain) if g.plain else g.formal
    n = s.qn
    return rng.choice(
        (
            f"政策直播间第{n}期｜{base}",
            f"【政策直播间】{base}",
            f"“政策直播间”第{cn_num(n)}期：{base}",
            f"政策直播间·{g.formal}",
        )
    )


def _title(s: Session, d: Dept, lead: bool, rng: random.Random) -> str:
    if s.guest is not None and d.key == "media":
        return _live_title(s, rng)
    subj = s.guest if s.guest is not None else s.subject
    voice = _voice(d, subj, rng)
    qk = s.qkind if s.guest is None else ""
    drop_p = {"qi": 0.35, "ban": 0.35, "chang": 0.35, "town": 0.15}.get(qk, 0.0)
    if not lead and not s.protect and rng.random() < drop_p:
        qk = ""
    if voice == "english":
        t = subj.english + (_qual_en(s) if qk else "")
    elif voice == "mongolian":
        t = subj.mongolian + (_qual_mn(s) if qk else "")
    else:
        if voice == "plain":
            zh = rng.choice(subj.plain)
        elif voice == "acronym":
            zh = subj.acronym
        elif voice == "slogan":
            sl = rng.choice(subj.slogan)
            base = rng.choice(subj.plain) if subj.plain and rng.random() < 0.5 else subj.formal
            zh = rng.choice((f"{sl}——{base}", f"“{sl}”{base}", f"{sl}｜{base}", f"{sl} {base}"))
        elif voice == "bilingual" and subj.plain and rng.random() < 0.4:
            zh = rng.choice(subj.plain)
        else:
            zh = subj.formal
            if not lead and rng.random() < d.drift_p:
                zh = _drift(zh, rng)
        if qk:
            q, before = _qual_zh(s, rng)
            zh = q + zh if before else zh + q
        if s.guest is not None and rng.random() < 0.4:
            zh += rng.choice(("（做客旗融媒体中心政策直播间）", "——政策直播间"))
        zh = _decorate(zh, s, d, lead, rng)
        if voice == "bilingual":
            mn = subj.mongolian
            t = rng.choice((f"{mn} {zh}", f"{zh}（{mn}）", f"{mn} / {zh}"))
        else:
            t = zh
    if voice in ("english", "mongolian") and rng.random() < dict(d.decos).get("tag", 0.0):
        t = f"【{d.short}】{t}"
    return t[:200]


# --- other fields ----------------------------------------------------------


def _posting_kind(s: Session, d: Dept, lead: bool, rng: random.Random) -> str:
    if lead:
        return s.kind
    if d.kind_habit == "publicity" and rng.random() < 0.85:
        return PUBLICITY
    if d.kind_habit == "training" and rng.random() < 0.6:
        return TRAINING
    if rng.random() < 0.1:
        return TRAINING if s.kind == PUBLICITY else PUBLICITY
    return s.kind


def _posted_times(s: Session, d: Dept, lead: bool, rng: random.Random) -> tuple[datetime, datetime]:
    ps, pe = s.start, s.end
    if s.room is not None and rng.random() < d.signin_p:
        ps -= timedelta(minutes=rng.choice((20, 30, 30)))
    if d.end_style == "round" and pe.minute:
        pe += timedelta(minutes=60 - pe.minute)
    elif d.end_style == "late" and rng.random() < 0.5:
        pe += timedelta(minutes=30)
    elif d.end_style == "early" and rng.random() < 0.5:
        pe -= timedelta(minutes=30)
    if not lead and d.end_style == "exact" and rng.random() < 0.15:
        pe += timedelta(minutes=rng.choice((-30, -15, 15, 30)))
    if pe <= ps + timedelta(minutes=30):
        pe = ps + timedelta(minutes=60)
    return ps, pe


def _fmt(dt: datetime, style: str) -> str:
    if style == "offset":
        return dt.isoformat()
    if style == "offset_min":
        return dt.strftime("%Y-%m-%dT%H:%M") + "+08:00"
    if style == "offset_ms":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".000+08:00"
    if style == "naive":
        return dt.strftime("%Y-%m-%dT%H:%M:%S")
    if style == "naive_min":
        return dt.strftime("%Y-%m-%dT%H:%M")
    u = dt.astimezone(UTC)
    if style == "utc_z":
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _topics(s: Session, d: Dept, rng: random.Random) -> list[str]:
    if rng.random() < d.topics_empty_p:
        return []
    keys = list(s.subject.topics)
    if s.guest is not None:
        keys = list(s.guest.topics) + (keys if d.key == "media" else [])
    english = d.key in ("miit", "devzone") and rng.random() < 0.5
    out: list[str] = []
    for k in keys:
        if english and k in TOPIC_EN:
            out.append(TOPIC_EN[k])
            continue
        words = TOPICS[k]
        i = (d.topic_shift + _stable(k)) % len(words)
        if rng.random() < 0.2:
            i = rng.randrange(len(words))
        out.append(words[i])
    if d.extra_topics and rng.random() < 0.5:
        out.append(rng.choice(d.extra_topics))
    if s.qkind == "town" and s.place is not None and rng.random() < 0.3:
        out.append(s.place.name)
    if len(out) > 1 and rng.random() < 0.15:
        out = out[: rng.randint(1, len(out) - 1)]
    return list(dict.fromkeys(out))[:20]


def _audience(s: Session, d: Dept, rng: random.Random) -> dict[str, list[str]]:
    subj = s.guest if s.guest is not None else s.subject
    sectors: list[str] = []
    if rng.random() < d.sectors_p:
        for k in subj.sectors:
            words = SECTORS[k]
            i = (d.topic_shift + _stable(k)) % len(words)
            sectors.append(words[i] if rng.random() > 0.2 else rng.choice(words))
    regions: list[str] = []
    if s.place is not None and rng.random() < 0.85:
        regions = [s.place.name if rng.random() < 0.8 else s.place.short]
    return {"sectors": list(dict.fromkeys(sectors)), "regions": regions}


def _capacity(s: Session, d: Dept, lead: bool, rng: random.Random) -> int | None:
    if rng.random() >= d.capacity_p:
        return None
    base = s.room.seats if s.room is not None else rng.choice((100, 200, 300, 500))
    if lead or rng.random() < 0.6:
        return base
    return max(10, int(base * rng.choice((0.5, 0.8, 1.2))) // 10 * 10)


def _registration(
    s: Session, d: Dept, lead: bool, lead_url: str | None, rng: random.Random
) -> str | None:
    if not lead and lead_url and rng.random() < 0.25:
        return lead_url
    if rng.random() < 0.2:
        return None
    if d.reg_style == "gov":
        code = s.reg if lead else f"{rng.getrandbits(40):010x}"
        return f"https://bm.edbg.gov.cn/act/{code}"
    if d.reg_style == "wx":
        return (
            f"https://wj.qq.com/s2/{rng.randint(1_000_000, 9_999_999)}/{rng.getrandbits(16):04x}/"
        )
    if d.reg_style == "form":
        return f"https://forms.edbg.gov.cn/f/{rng.getrandbits(32):08x}"
    return None


def _description(s: Session, d: Dept, lead: bool, location: str | None, rng: random.Random) -> str:
    subj = s.guest if s.guest is not None and d.key != "media" else s.subject
    content = subj.content
    if s.guest is not None and d.key == "media":
        content = f"{content}。本期主题：{s.guest.formal}"
    st, en = s.start, s.end
    date_cn = f"{st.month}月{st.day}日（星期{_WEEKDAY_CN[st.weekday()]}）"
    time_cn = f"{st.hour}:{st.minute:02d}—{en.hour}:{en.minute:02d}"
    if location and location not in VAGUE and location != "线上":
        venue = location
    elif s.room is None and s.online is not None:
        venue = "线上"
    else:
        venue = "地点另行通知"
    aud = "、".join(SECTORS[k][0] for k in subj.sectors) or "相关人员"
    verb = "举办" if s.kind == TRAINING else "开展"
    others = [x for x in s.depts if x.key != d.key]
    co = ""
    if others and rng.random() < 0.35:
        if lead:
            co = f"协办单位：{'、'.join(o.short for o in others)}。"
        else:
            co = f"本次活动由{s.depts[0].short}主办，{d.short}协办。"
    style = d.desc_style
    if style == "english" and rng.random() < 0.5:
        style = "formal"
    if style == "formal":
        parts = [
            f"为帮助{aud}及时了解掌握相关政策，{d.short}定于2027年{date_cn}{time_cn}在{venue}"
            f"{verb}{subj.formal}。",
            co,
            f"一、参加对象：{aud}。二、主要内容：{content}。",
            "三、请参加人员提前30分钟签到。" if d.signin_p > 0.3 else "",
            f"联系电话：{d.phone}。",
        ]
    elif style == "plain":
        parts = [
            f"{date_cn}{time_cn}，{(subj.plain or (subj.formal,))[0]}来啦！",
            co,
            f"讲什么：{content}。谁能来：{aud}。地点：{venue}。",
            rng.choice(("免费参加，", "不收任何费用，", "")) + f"咨询电话{d.phone}。",
        ]
    elif style == "english":
        parts = [
            f"{subj.english or subj.formal}. Date: {st:%d %B %Y}, {time_cn} (Beijing time). "
            f"Venue: {venue}. Contents: {content}. Contact: {d.phone}."
        ]
    elif style == "mongolian":
        parts = [
            f"{subj.mongolian or BANNER_MN}。ᠠᠭᠤᠯᠭ᠎ᠠ：{content}。",
            f"时间：{date_cn}{time_cn}；地点：{venue}。",
            co,
            f"ᠤᠲᠠᠰᠤ / 电话：{d.phone}",
        ]
    else:
        parts = [f"{content}。", co, f"时间：{date_cn} {time_cn}；地点：{venue}。"]
    if s.online is not None and venue != "地点另行通知" and rng.random() < 0.6:
        parts.append(
            f"线上参加：{_PLATFORM_CN[s.online.platform]} {_code_text(s.online.code, rng)}。"
        )
    text = "".join(parts)
    return fullwidth(text) if rng.random() < d.fw_p / 2 else text


def _external_id(d: Dept, n: int, start: datetime, rng: random.Random) -> str:
    if d.id_style == "uuid":
        h = f"{rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"
    return d.id_style.format(n=n, d=start)


# ---------------------------------------------------------------------------
# Building the season
# ---------------------------------------------------------------------------

TWIN_SPECS = (
    ("syb", "jy_301", "jy_302"),
    ("skill_welder", "sx_w1", "sx_w2"),
    ("skill_nanny", "sx_a", "sx_b"),
    ("livestream", "ds_l1", "ds_l2"),
    ("skill_electric", "sx_w2", "sx_b"),
    ("worker_skill", "zg_303", "zg_hall"),
)
SUCCESSIVE_SPECS = (
    ("hazchem", "yj_101"),
    ("syb", "jy_cy"),
    ("food_catering", "sc_train"),
    ("einvoice", "sw_school"),
    ("cattle", "nm_train"),
    ("special_eq", "sc_train"),
    ("naadam_service", "bg_multi"),
    ("labor_law", "zg_hall"),
    ("confined", "yj_101"),
)
TOUR_SUBJECTS = (
    "grass_balance",
    "grazing_ban",
    "grass_fire",
    "pension_pub",
    "tax_rural",
    "medins_remote",
    "ecommerce_rural",
    "herder_hospitality",
    "town_policy",
    "measurement",
)
LOOKALIKE_PAIRS = (
    ("cit_settle", "iit_settle"),
    ("cattle", "sheep"),
    ("medins_enterprise", "social_ins_ent"),
    ("food_catering", "dairy_safety"),
    ("env_law", "safety_law"),
    ("sand_control", "pest"),
    ("skill_welder", "skill_electric"),
    ("pension_pub", "medins_remote"),
    ("labor_law", "wage_law"),
    ("srdi", "digital"),
)
# (programme subject, afternoon-session subject, programme room, afternoon room)
PROGRAMME_SPECS = (
    ("livestream", "livestream", "ds_hall", "ds_hall"),
    ("tax_month", "tax_incentive", "zw_hall", "zw_hall"),
    ("naadam_service", "naadam_service", "bg_multi", "bg_cy"),
    ("newmedia", "newmedia", "rm_studio", "rm_studio"),
)
LIVE_GUESTS = (
    "tax_incentive",
    "einvoice",
    "iit_settle",
    "stable_jobs",
    "graduates",
    "medins_remote",
    "grass_balance",
    "annual_report",
    "srdi",
    "consumption",
    "social_ins_ent",
    "union_welfare",
)
LIVE_ROOM = "1027"


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sessions: list[Session] = []
        self.busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = {LIVE_ROOM}
        self.groups: Counter[str] = Counter()
        self.n_postings = 0
        days = [
            SEASON_START + timedelta(days=i) for i in range((SEASON_END - SEASON_START).days + 1)
        ]
        self.workdays = [x for x in days if x.weekday() < 5 and x not in HOLIDAYS]
        self.saturdays = [x for x in days if x.weekday() == 5 and x not in HOLIDAYS]

    # --- bookkeeping -------------------------------------------------------

    def _overlaps(self, key: str, s: datetime, e: datetime, gap_min: int) -> bool:
        gap = timedelta(minutes=gap_min)
        return any(s < b + gap and a < e + gap for a, b in self.busy.get(key, ()))

    def _mark(self, key: str, s: datetime, e: datetime) -> None:
        self.busy.setdefault(key, []).append((s, e))

    def free(self, room: Room | None, subj: Subject, s: datetime, e: datetime) -> bool:
        """A room hosts one session at a time (with an hour's gap); a subject likewise."""
        if room is not None and self._overlaps(room.key, s, e, 60):
            return False
        return not self._overlaps("S:" + subj.key, s, e, 0)

    def day(self, subj: Subject, rural: bool = False) -> date:
        pool = self.saturdays if rural and self.rng.random() < 0.12 else self.workdays
        return self.rng.choice([x for x in pool if x.month in subj.months] or self.workdays)

    def window(self, day: date, minutes: int, part: str = "") -> tuple[datetime, datetime]:
        """Office hours: 08:30-12:00 and 14:00-17:30 (April) / 14:30-18:00 (from 1 May)."""
        rng = self.rng
        summer = day >= SUMMER_HOURS_FROM
        pm_end = _at(day, 18, 0) if summer else _at(day, 17, 30)
        if part == "evening":
            s = _at(day, 19, 30)
            return s, s + timedelta(minutes=minutes)
        if minutes >= 360 or part == "day":
            return _at(day, 9, 0), pm_end - timedelta(minutes=30)
        part = part or rng.choice(("am", "pm"))
        if part == "am":
            h, m = rng.choice(((9, 0), (9, 0), (9, 30), (10, 0)))
            s = _at(day, h, m)
            e = min(s + timedelta(minutes=minutes), _at(day, 12, 0))
        else:
            h, m = rng.choice(
                ((14, 30), (15, 0), (15, 30)) if summer else ((14, 0), (14, 30), (15, 0))
            )
            s = _at(day, h, m)
            e = min(s + timedelta(minutes=minutes), pm_end)
        return s, max(e, s + timedelta(minutes=60))

    def new_online(self, lead: Dept, platform: str = "") -> Online:
        rng = self.rng
        if not platform:
            if lead.key == "media" and rng.random() < 0.5:
                platform = "live"
            else:
                platform = rng.choice(("tencent", "tencent", "tencent", "dingtalk"))
        while True:
            if platform == "live":
                code = str(rng.randint(2000, 9999))
            else:
                code = str(rng.randint(100_000_000, 999_999_999))
            if code not in self.codes:
                self.codes.add(code)
                return Online(platform, code)

    def venue(
        self, lead: Dept, code: str
    ) -> tuple[Room | None, Online | None, Place | None, str, str]:
        """Room, online meeting, town/sumu, and the local label and its Mongolian."""
        rng = self.rng
        if code == "@online":
            return None, self.new_online(lead), None, "", ""
        if code in ("@town", "@gacha", "@home"):
            if lead.home and (code == "@home" or rng.random() < 0.8):
                place = PLACE[lead.home]
            else:
                place = rng.choice(RURAL_PLACES)
            if code == "@gacha" or (code == "@home" and rng.random() < 0.5):
                room = rng.choice(VILLAGE_ROOMS_OF[place.key])
                b = BUILDINGS[room.building]
                label = b.official[len(place.name) : -len("党群服务中心")]
                return room, None, place, label, b.mongolian
            room = rng.choice(ROOMS_OF[f"{place.key}_gov"])
            return room, None, place, place.name, place.mongolian
        bkey, _, rkey = code.partition("/")
        room = ROOMS[rkey] if rkey else rng.choice(ROOMS_OF[bkey])
        online = (
            self.new_online(lead, rng.choice(("tencent", "dingtalk")))
            if rng.random() < 0.07
            else None
        )
        return room, online, None, "", ""

    def size(self, multi_p: float) -> int:
        if self.rng.random() >= multi_p:
            return 1
        return self.rng.choices((2, 3, 4), weights=(0.6, 0.3, 0.1))[0]

    def cohosts(self, subj: Subject, lead: Dept, size: int, place: Place | None) -> list[Dept]:
        if size <= 1:
            return []
        home = TOWN_DEPT.get(place.key, "") if place is not None else ""
        pool: list[str] = []
        for k in (*subj.partners, *subj.leads):
            k2 = home if k == "@home" else k
            if not k2 or k2 == lead.key or k2 in pool:
                continue
            d_home = DEPTS[k2].home
            if d_home and place is not None and d_home != place.key:
                continue  # a town government co-hosts only in its own town
            pool.append(k2)
        self.rng.shuffle(pool)
        if home and home in pool and self.rng.random() < 0.7:
            pool.remove(home)
            pool.insert(0, home)
        return [DEPTS[k] for k in pool[: size - 1]]

    def series(self, subj: Subject, place: Place | None, label: str, mn: str) -> dict[str, Any]:
        if subj.series in ("qi", "ban"):
            return {"qkind": subj.series}
        if subj.series == "level":
            return {"qkind": "level", "qn": self.rng.choice((1, 1, 2, 2, 3))}
        if subj.series == "town" and place is not None and self.rng.random() < 0.75:
            return {"qkind": "town", "qlabel": label, "qmn": mn}
        return {}

    def add(
        self,
        subj: Subject,
        lead: Dept,
        start: datetime,
        end: datetime,
        room: Room | None,
        online: Online | None,
        place: Place | None,
        *,
        multi_p: float = 0.14,
        size: int | None = None,
        cohosts: list[Dept] | None = None,
        kind: str = "",
        qkind: str = "",
        qn: int = 0,
        qlabel: str = "",
        qmn: str = "",
        protect: bool = False,
        guest: Subject | None = None,
    ) -> Session:
        rng = self.rng
        if cohosts is None:
            cohosts = self.cohosts(subj, lead, self.size(multi_p) if size is None else size, place)
        if not kind:
            kind = subj.kind
            if lead.kind_habit == "publicity" and rng.random() < 0.85:
                kind = PUBLICITY
            elif lead.kind_habit == "training" and rng.random() < 0.6:
                kind = TRAINING
        s = Session(
            len(self.sessions) + 1,
            subj,
            [lead, *cohosts],
            kind,
            start,
            end,
            room,
            online,
            place,
            qkind,
            qn,
            qlabel,
            qmn,
            protect,
            guest,
            f"{rng.getrandbits(40):010x}",
        )
        self.sessions.append(s)
        if room is not None:
            self._mark(room.key, start, end)
        self._mark("S:" + subj.key, start, end)
        if guest is not None:
            self._mark("S:" + guest.key, start, end)
        self.n_postings += len(s.depts)
        return s

    def place_one(
        self, subj: Subject, lead: Dept, day: date | None = None, multi_p: float = 0.14
    ) -> Session | None:
        rng = self.rng
        for _ in range(30):
            room, online, place, label, mn = self.venue(lead, rng.choice(subj.venues))
            d = day if day is not None else self.day(subj, place is not None)
            start, end = self.window(d, rng.choice(subj.minutes), "evening" if subj.evening else "")
            if not self.free(room, subj, start, end):
                continue
            quals = self.series(subj, place, label, mn)
            return self.add(subj, lead, start, end, room, online, place, multi_p=multi_p, **quals)
        return None

    def fill_one(self) -> None:
        subj = self.rng.choice(FILL_SUBJECTS)
        self.place_one(subj, DEPTS[self.rng.choice(subj.leads)])

    # --- hard negatives ----------------------------------------------------

    def hn_programmes(self) -> None:
        """A full-day programme and, in it, a separately posted afternoon session."""
        rng = self.rng
        for day_key, part_key, r1, r2 in PROGRAMME_SPECS:
            sd, sp = SUBJ[day_key], SUBJ[part_key]
            lead = DEPTS[sd.leads[0]]
            room_d, room_p = ROOMS[r1], ROOMS[r2]
            for _ in range(40):
                day = self.day(sd)
                s0, e0 = self.window(day, 420, "day")
                ps = _at(day, 14, 30) if day >= SUMMER_HOURS_FROM else _at(day, 14, 0)
                if not self.free(room_d, sd, s0, e0) or not self.free(room_p, sp, s0, e0):
                    continue
                self.add(
                    sd, lead, s0, e0, room_d, None, None, multi_p=0.5, qkind="day", protect=True
                )
                part_lead = lead
                if rng.random() < 0.4 and sp.partners:
                    part_lead = DEPTS[rng.choice([k for k in sp.partners if k != "@home"])]
                self.add(
                    sp, part_lead, ps, e0, room_p, None, None, multi_p=0.5, qkind="pm", protect=True
                )
                self.groups["programme_and_afternoon_part"] += 1
                break

    def hn_twins(self) -> None:
        """Same course, same lead, same hour, same building: 第5期/第6期, 初级/中级, 一班/二班."""
        rng = self.rng
        for key, r1, r2 in TWIN_SPECS:
            subj = SUBJ[key]
            lead = DEPTS[subj.leads[0]]
            rooms = (ROOMS[r1], ROOMS[r2])
            for _ in range(40):
                start, end = self.window(self.day(subj), rng.choice(subj.minutes))
                if not all(self.free(r, subj, start, end) for r in rooms):
                    continue
                shared = self.cohosts(subj, lead, self.size(0.45), None)
                levels = rng.choice(((1, 2), (2, 3), (1, 3)))
                for i, room in enumerate(rooms):
                    self.add(
                        subj,
                        lead,
                        start,
                        end,
                        room,
                        None,
                        None,
                        cohosts=list(shared) if rng.random() < 0.7 else None,
                        multi_p=0.45,
                        qkind=subj.series,
                        qn=levels[i] if subj.series == "level" else 0,
                        protect=True,
                    )
                self.groups["qualifier_twins_same_hour"] += 1
                break

    def hn_live(self) -> None:
        """The weekly 政策直播间: one live-room URL, a different guest department each week."""
        rng = self.rng
        subj, media = SUBJ["policy_live"], DEPTS["media"]
        online = Online("live", LIVE_ROOM)
        thursdays = [d for d in self.workdays if d.weekday() == 3]
        weeks = thursdays[rng.randint(0, 2) :][: rng.randint(9, 11)]
        guests = rng.sample(LIVE_GUESTS, len(weeks))
        for day, gk in zip(weeks, guests, strict=True):
            g = SUBJ[gk]
            start = _at(day, 15, 0)
            cohosts = [DEPTS[g.leads[0]]] if rng.random() < 0.75 else []
            extra = [k for k in g.partners if k not in ("@home", "media", g.leads[0])]
            extra = [k for k in extra if not DEPTS[k].home]
            if cohosts and extra and rng.random() < 0.2:
                cohosts.append(DEPTS[rng.choice(extra)])
            self.add(
                subj,
                media,
                start,
                start + timedelta(minutes=60),
                None,
                online,
                None,
                cohosts=cohosts,
                kind=PUBLICITY,
                qkind="qi",
                guest=g,
            )
        self.groups["recurring_live_room"] += 1

    def hn_weekly_online(self) -> None:
        """牧民夜校: same title every Tuesday 19:30, a new meeting code each week."""
        rng = self.rng
        subj, agri = SUBJ["herder_night"], DEPTS["agri"]
        tuesdays = [d for d in self.workdays if d.weekday() == 1]
        for day in tuesdays[rng.randint(0, 1) :][: rng.randint(9, 12)]:
            start = _at(day, 19, 30)
            online = self.new_online(agri, "tencent")
            self.add(
                subj,
                agri,
                start,
                start + timedelta(minutes=90),
                None,
                online,
                None,
                multi_p=0.3,
                qkind="qi",
            )
        self.groups["weekly_online_series"] += 1

    def hn_successive(self, n: int) -> None:
        """One department's same course in the same room on successive working days."""
        rng = self.rng
        for key, rkey in rng.sample(SUCCESSIVE_SPECS, n):
            subj, room = SUBJ[key], ROOMS[rkey]
            lead = DEPTS[subj.leads[0]]
            for _ in range(60):
                k = rng.choice((2, 2, 3))
                i0 = rng.randrange(len(self.workdays) - k)
                days = self.workdays[i0 : i0 + k]
                if (days[-1] - days[0]).days > k + 2 or any(
                    x.month not in subj.months for x in days
                ):
                    continue
                s0, e0 = self.window(days[0], rng.choice(subj.minutes))
                spans = [(s0 + (x - days[0]), e0 + (x - days[0])) for x in days]
                if not all(self.free(room, subj, s, e) for s, e in spans):
                    continue
                chang = not subj.series and rng.random() < 0.4
                qkind = "chang" if chang else (subj.series if subj.series in ("qi", "ban") else "")
                shared = self.cohosts(subj, lead, self.size(0.4), None)
                for j, (s, e) in enumerate(spans):
                    self.add(
                        subj,
                        lead,
                        s,
                        e,
                        room,
                        None,
                        None,
                        cohosts=list(shared) if rng.random() < 0.6 else None,
                        multi_p=0.3,
                        qkind=qkind,
                        qn=j + 1 if chang else 0,
                        protect=chang,
                    )
                self.groups["same_course_successive_days"] += 1
                break

    def hn_tours(self, n: int) -> None:
        """One department touring towns/sumu (or its own gachas) with one title."""
        rng = self.rng
        for key in rng.sample(TOUR_SUBJECTS, n):
            subj = SUBJ[key]
            lead = DEPTS[rng.choice(subj.leads)]
            stops: list[tuple[Room, Place, str, str]] = []
            if lead.home:
                place = PLACE[lead.home]
                for room in VILLAGE_ROOMS_OF[place.key]:
                    b = BUILDINGS[room.building]
                    label = b.official[len(place.name) : -len("党群服务中心")]
                    stops.append((room, place, label, b.mongolian))
            else:
                for place in rng.sample(RURAL_PLACES, rng.randint(3, 6)):
                    if rng.random() < 0.5:
                        room = rng.choice(VILLAGE_ROOMS_OF[place.key])
                        b = BUILDINGS[room.building]
                        label = b.official[len(place.name) : -len("党群服务中心")]
                        stops.append((room, place, label, b.mongolian))
                    else:
                        room = rng.choice(ROOMS_OF[f"{place.key}_gov"])
                        stops.append((room, place, place.name, place.mongolian))
            days = [x for x in self.workdays if x.month in subj.months]
            i = rng.randrange(max(1, len(days) - 2 * len(stops)))
            minutes = rng.choice(subj.minutes)
            for room, place, label, mn in stops:
                for _ in range(6):
                    if i >= len(days):
                        i = 0
                    start, end = self.window(days[i], minutes)
                    i += 1
                    if self.free(room, subj, start, end):
                        home = TOWN_DEPT.get(place.key)
                        cohosts = (
                            [DEPTS[home]]
                            if home and home != lead.key and rng.random() < 0.6
                            else None
                        )
                        self.add(
                            subj,
                            lead,
                            start,
                            end,
                            room,
                            None,
                            place,
                            cohosts=cohosts,
                            multi_p=0.25,
                            qkind="town",
                            qlabel=label,
                            qmn=mn,
                            protect=True,
                        )
                        break
            self.groups["tour_of_towns"] += 1

    def hn_same_building(self, n: int, same_lead: bool) -> None:
        """Two sessions in two rooms of one building at the same hour."""
        rng = self.rng
        group = "parallel_rooms_same_dept" if same_lead else "parallel_rooms_two_depts"
        cands = [b for b, items in SUBJ_BY_BUILDING.items() if len({s.key for s, _ in items}) > 1]
        made = 0
        for _ in range(2000):
            if made >= n:
                break
            b = rng.choice(cands)
            (sa, ra), (sb, rb) = rng.sample(SUBJ_BY_BUILDING[b], 2)
            la, lb = DEPTS[rng.choice(sa.leads)], DEPTS[rng.choice(sb.leads)]
            if sa.key == sb.key or (la.key == lb.key) != same_lead:
                continue
            room_a = rng.choice(ra)
            others = [r for r in rb if r.key != room_a.key]
            months = [m for m in sa.months if m in sb.months]
            if not others or not months:
                continue
            room_b = rng.choice(others)
            day = rng.choice([x for x in self.workdays if x.month in months])
            start, end = self.window(day, min(rng.choice(sa.minutes), rng.choice(sb.minutes)))
            if not (self.free(room_a, sa, start, end) and self.free(room_b, sb, start, end)):
                continue
            self.add(
                sa,
                la,
                start,
                end,
                room_a,
                None,
                None,
                multi_p=0.45,
                **self.series(sa, None, "", ""),
            )
            self.add(
                sb,
                lb,
                start,
                end,
                room_b,
                None,
                None,
                multi_p=0.45,
                **self.series(sb, None, "", ""),
            )
            self.groups[group] += 1
            made += 1

    def hn_wings(self, n: int) -> None:
        """第一会议室 of building 2 and 第一会议室 of building 3 (行政中心) at the same hour."""
        rng = self.rng
        ra, rb = ROOMS["xz_2m1"], ROOMS["xz_3m1"]
        subjects = [s for s, rooms in SUBJ_BY_BUILDING["xzzx"] if ra in rooms]
        made = 0
        for _ in range(300):
            if made >= n:
                break
            sa, sb = rng.sample(subjects, 2)
            months = [m for m in sa.months if m in sb.months]
            if sa.key == sb.key or not months:
                continue
            day = rng.choice([x for x in self.workdays if x.month in months])
            start, end = self.window(day, min(sa.minutes[0], sb.minutes[0]))
            if not (self.free(ra, sa, start, end) and self.free(rb, sb, start, end)):
                continue
            for subj, room in ((sa, ra), (sb, rb)):
                lead = DEPTS[rng.choice(subj.leads)]
                self.add(subj, lead, start, end, room, None, None, multi_p=0.4)
            self.groups["same_room_name_other_wing"] += 1
            made += 1

    def hn_lookalike(self, n: int) -> None:
        """Look-alike titles on different subjects within one week."""
        rng = self.rng
        for a, b in rng.sample(LOOKALIKE_PAIRS, n):
            sa, sb = SUBJ[a], SUBJ[b]
            months = [m for m in sa.months if m in sb.months]
            week = [x for x in self.workdays if x.month in months]
            monday = rng.choice(week)
            monday -= timedelta(days=monday.weekday())
            days = [x for x in week if 0 <= (x - monday).days < 7]
            first = self.place_one(sa, DEPTS[sa.leads[0]], rng.choice(days), multi_p=0.3)
            second = self.place_one(sb, DEPTS[sb.leads[0]], rng.choice(days), multi_p=0.3)
            if first is not None and second is not None:
                self.groups["lookalike_titles_same_week"] += 1

    def hn_online_pairs(self, n: int) -> None:
        """Two online sessions at one hour on one platform, different meeting codes."""
        rng = self.rng
        cands = [s for s in FILL_SUBJECTS if "@online" in s.venues and not s.evening]
        made = 0
        for _ in range(300):
            if made >= n:
                break
            sa, sb = rng.sample(cands, 2)
            months = [m for m in sa.months if m in sb.months]
            if not months:
                continue
            day = rng.choice([x for x in self.workdays if x.month in months])
            start, end = self.window(day, min(sa.minutes[0], sb.minutes[0]))
            if not (self.free(None, sa, start, end) and self.free(None, sb, start, end)):
                continue
            for subj in (sa, sb):
                lead = DEPTS[rng.choice(subj.leads)]
                online = self.new_online(lead, "tencent")
                self.add(
                    subj,
                    lead,
                    start,
                    end,
                    None,
                    online,
                    None,
                    multi_p=0.4,
                    **self.series(subj, None, "", ""),
                )
            self.groups["online_same_hour_other_code"] += 1
            made += 1

    def special_events(self) -> None:
        """安全生产月 consultation day: one session posted by up to five offices."""
        subj, lead = SUBJ["safety_month"], DEPTS["emerg"]
        room = ROOMS["wh_plaza"]
        day = date(2027, 6, 16)
        start, end = _at(day, 9, 0), _at(day, 12, 0)
        cohosts = [DEPTS[k] for k in self.rng.sample(subj.partners, 3)]
        self.add(subj, lead, start, end, room, None, None, cohosts=cohosts)

    # --- output ------------------------------------------------------------

    def number(self) -> None:
        """期 / 班 numbers run in date order per course and lead department."""
        groups: dict[tuple[str, str, str], list[Session]] = {}
        for s in self.sessions:
            if s.qkind in ("qi", "ban"):
                groups.setdefault((s.subject.key, s.depts[0].key, s.qkind), []).append(s)
        for (_, _, k), items in groups.items():
            items.sort(key=lambda x: (x.start, x.room.key if x.room else ""))
            base = self.rng.randint(1, 4) if k == "qi" else 1
            for i, s in enumerate(items):
                s.qn = base + i

    def posting(
        self, s: Session, d: Dept, lead: bool, lead_reg: str | None
    ) -> tuple[dict[str, Any], str | None]:
        rng = self.rng
        title = _title(s, d, lead, rng)
        location, url = _venue_fields(s, d, lead, rng)
        ps, pe = _posted_times(s, d, lead, rng)
        style = rng.choice(d.time_styles)
        inp: dict[str, Any] = {
            "externalId": "",
            "kind": _posting_kind(s, d, lead, rng),
            "title": title,
            "start": _fmt(ps, style),
            "end": _fmt(pe, style),
        }
        if style.startswith("naive"):
            inp["timezone"] = TZ_NAME
        reg = _registration(s, d, lead, lead_reg, rng)
        inp.update(
            {
                "location": location,
                "onlineUrl": url,
                "description": _description(s, d, lead, location, rng),
                "topics": _topics(s, d, rng),
                "audience": _audience(s, d, rng),
                "capacity": _capacity(s, d, lead, rng),
                "registrationUrl": reg,
            }
        )
        truth = {
            "session": s.sid,
            "kind": s.kind,
            "start": s.start.isoformat(),
            "end": s.end.isoformat(),
        }
        return {"department": d.name, "input": inp, "truth": truth}, reg

    def render(self) -> list[dict[str, Any]]:
        rng = self.rng
        self.number()
        rows: list[tuple[Session, Dept, dict[str, Any]]] = []
        for s in self.sessions:
            lead_reg: str | None = None
            for i, d in enumerate(s.depts):
                rec, reg = self.posting(s, d, i == 0, lead_reg)
                if i == 0:
                    lead_reg = reg
                rows.append((s, d, rec))
        rng.shuffle(rows)
        perm = list(range(1, len(self.sessions) + 1))
        rng.shuffle(perm)
        counters: Counter[str] = Counter()
        used: set[str] = set()
        for s, d, rec in rows:
            counters[d.key] += 1
            ext = _external_id(d, counters[d.key], s.start, rng)
            while d.key + "|" + ext in used:
                ext = _external_id(d, counters[d.key], s.start, rng)
            used.add(d.key + "|" + ext)
            rec["input"]["externalId"] = ext
            rec["truth"]["session"] = perm[s.sid - 1]
        return [rec for _, _, rec in rows]


def _build(seed: int) -> tuple[list[dict[str, Any]], Counter[str]]:
    b = _Builder(seed)
    b.hn_programmes()
    b.hn_twins()
    b.special_events()
    b.hn_live()
    b.hn_weekly_online()
    b.hn_successive(6)
    b.hn_tours(6)
    b.hn_same_building(5, same_lead=True)
    b.hn_same_building(6, same_lead=False)
    b.hn_wings(3)
    b.hn_lookalike(8)
    b.hn_online_pairs(5)
    target = b.rng.randint(1080, 1160)
    for _ in range(5000):
        if b.n_postings >= target:
            break
        b.fill_one()
    return b.render(), b.groups


def generate(seed: int) -> list[dict[str, Any]]:
    """Postings of one season in random order, each with its truth label."""
    return _build(seed)[0]


def stats(seed: int = 0) -> dict[str, Any]:
    records, groups = _build(seed)
    sizes = Counter(r["truth"]["session"] for r in records)
    hist = Counter(sizes.values())
    multi = sum(n for n in sizes.values() if n > 1)
    kinds_by_session: dict[int, set[str]] = {}
    for r in records:
        kinds_by_session.setdefault(r["truth"]["session"], set()).add(r["input"]["kind"])
    starts = [r["input"]["start"] for r in records]
    return {
        "seed": seed,
        "postings": len(records),
        "sessions": len(sizes),
        "size_histogram": {str(k): hist[k] for k in sorted(hist)},
        "share_postings_in_multi_posted_sessions": round(multi / len(records), 3),
        "multi_posted_sessions": sum(1 for n in sizes.values() if n > 1),
        "positive_pairs": sum(n * (n - 1) // 2 for n in sizes.values()),
        "hard_negative_groups": dict(sorted(groups.items())),
        "departments": len({r["department"] for r in records}),
        "sessions_with_kind_disagreement": sum(1 for k in kinds_by_session.values() if len(k) > 1),
        "time_formats": {
            "offset_+08:00": sum(1 for x in starts if x.endswith("+08:00")),
            "utc_Z": sum(1 for x in starts if x.endswith("Z")),
            "utc_+00:00": sum(1 for x in starts if x.endswith("+00:00")),
            "naive_with_timezone": sum(1 for r in records if "timezone" in r["input"]),
        },
        "online_url_postings": sum(1 for r in records if r["input"]["onlineUrl"]),
        "no_location_or_vague": sum(1 for r in records if r["input"]["location"] in (None, *VAGUE)),
        "mongolian_script_titles": sum(
            1 for r in records if any("\u1800" <= c <= "\u18af" for c in r["input"]["title"])
        ),
    }


if __name__ == "__main__":
    print(json.dumps(stats(), ensure_ascii=False, indent=2))
