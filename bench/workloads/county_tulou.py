"""Workload ``county_tulou``: 云溪县 (Yunxi County), a Hakka county in western Fujian.

Data sheet
==========

County
    福建省龙岩市云溪县, written 云溪县 / 云溪 / 县 / Yunxi County / 雲溪縣 (traditional).
    Hakka country: earthen round houses (土楼) tourism, oolong ("云溪乌龙") and white
    tea, bamboo processing, a Taiwanese-investment park (台商投资区, "台投区") and a
    high-speed-rail new town (高铁新城) around 云溪站.  Period: 1 Sep - 30 Nov 2027.
    Sessions fall on working days only: no weekends, no Mid-Autumn day (15 Sep 2027),
    no National Day week (1-7 Oct).  A few tourism subjects (民宿, 研学, 导游, 短视频,
    民宿业主交流) may also fall on a Saturday or Sunday outside the holiday week.
    Mornings start 08:30-10:00; afternoons start 14:30/15:00 in September (summer
    hours) and 14:00-15:00 from October on.

Towns and subdistricts (full / short / pinyin / English; departments also prefix 云溪县)
    城关街道 城关 Chengguan Subdistrict     溪南街道 溪南 Xi'nan Subdistrict (the park)
    东华街道 东华 Donghua Subdistrict (HSR)  溪坑镇 溪坑 Xikeng Town (土楼 cluster)
    茶岽镇 茶岽 Chadong Town (oolong)       桂坑镇 桂坑 Guikeng Town (white tea)
    坪埔镇 坪埔 Pingpu Town                 竹坪乡 竹坪 Zhuping Township (bamboo)
    岭背乡 岭背 Lingbei Township            湖洋乡 湖洋 Huyang Township
    Hakka villages, each with a 党群服务中心 (also 村委会 / 村部; room 会议室 = 党员活动室):
    下坪村 石门坑村 (溪坑), 大岽村 茶坪村 (茶岽), 寨背村 桂岭村 (桂坑), 洋背村 (坪埔),
    上坑村 竹园村 (竹坪), 岭头村 (岭背), 坑头村 (湖洋).

Buildings and rooms (building spellings | rooms with floor and room spellings)
    县政务服务中心 = 云溪县政务服务中心 = 县行政服务中心 (old plaque), 滨溪路88号:
        2F 企业培训室/企业培训教室/培训室; 3F 第一会议室/一号会议室/1号会议室/一会议室;
        3F 第二会议室/二号会议室/2号会议室/二会议室; 1F 惠企政策服务专区/惠企服务专区.
    县委党校 = 中共云溪县委党校 = 县行政学院 (two plaques, one campus), 学府路6号:
        1号楼 (1#楼/一号楼/1栋/A座) 1F 报告厅/学术报告厅, 4F 第三会议室/三号会议室;
        2号楼 (2#楼/二号楼/2栋/B座) 2F 201教室/201室/201 and 202教室/202室/202.
    县税务局 = 国家税务总局云溪县税务局: 4F 纳税人学堂/纳税人学校/税企交流室, 1F 办税服务厅.
    县人力资源市场 = 县公共就业服务中心: 3F 培训室/技能培训室, 2F 多功能厅/多功能室.
    县市场监督管理局 = 县市场监管局: 5F 会议室/大会议室.
    云溪宾馆 (会议中心): 2F 客家厅/客家会议厅 and 围龙厅/围龙会议室 (parallel rooms).
    云溪商会大厦 = 商会大厦 = 县总商会大厦: 8F 会议室, 1F 企业服务驿站/企业之家.
    县文化馆 = 县文化艺术中心: 1F 小剧场/演艺小剧场, 3F 非遗传习室/非遗传习所.
    台商投资区管委会 = 台投区管委会 = 臺商投資區管委會: 3F 第一会议室 and 第二会议室.
    台商服务中心 1F 报告厅 - the Taiwan business association calls it 臺商之家.
    两岸青年创业基地 = 台湾青年创业基地 = 台青创业基地: 2F 路演厅, 3F 共享会议室/洽谈室.
    溪坑土楼游客中心 = 溪坑土楼景区游客服务中心: 2F 多功能厅, 1F 研学教室/研学课堂.
    县茶叶交易中心 = 云溪茶叶交易市场 = 云溪茶城 (茶岽镇): 2F 品鉴厅/品茗厅, 3F 电商直播间.
    竹坪竹产业园 = 云溪竹产业园: 2F 综合楼会议室, 1F 竹产品展示厅/展厅.
    高铁新城综合服务中心 (东华街道): 1F 路演厅/招商路演厅, 2F 项目洽谈室/洽谈室.
    Each town: XX镇人民政府 / XX镇政府 (街道: XX街道办事处) 会议室/大会议室; 溪坑镇 also
    has a 便民服务中心会议室, and 溪坑镇 itself calls its building just 镇政府.
    Floors are written 三楼/3楼/3F/3层 (and 三樓 in traditional); with 福建省龙岩市 /
    龙岩市 / 云溪县 prefixes, occasional street addresses, spaces, full-width digits;
    the investment office writes English ("Meeting Room 1, 3/F, Yunxi County
    Government Service Center"); the park committee and the association write
    traditional characters (雲溪縣政務服務中心三樓第一會議室).
    Online sessions use 腾讯会议 codes written 842-331-907 / 842331907 / 842 331 907
    in the location or in the URL (https://meeting.tencent.com/p/842331907).

Departments (slug: habits - times, titles, sectors, towns, ids)
    yx-rsj    县人社局: +08:00; 【县人社局】/【云溪人社】, （名额有限）, full-width digits;
              sectors Chinese names; towns full; ids RSJ-2027-0001.
    yx-tax    县税务局: UTC "Z"; 第N期 prefix; sectors letters; towns 云溪县XX镇;
              ids SW + date + 3 digits.
    yx-scjg   县市场监管局: +08:00; "市监局：" / "县市场监管局："; sectors Chinese;
              towns short; no ids.
    yx-gxj    县工信局: +08:00; 关于举办…的通知; sectors "C 制造业"; towns full;
              ids 云工信〔2027〕N号; full province prefixes and addresses in locations.
    yx-swj    县商务局: +08:00; 2027年第三/四季度, 外贸稳增长专项行动——; sectors Chinese;
              no towns; ids SWJ-2027Q3-001.
    yx-invest 县投资促进中心: UTC "Z"; English titles and locations, [Invest Yunxi];
              sectors English names; towns pinyin; ids IPC27-0001.
    tib-admin 台商投资区管委会: +08:00; traditional characters, 【臺投區】; sectors letters;
              towns full; ids TIZ + date.
    yx-tba    县台商协会: local times with NO offset; traditional characters; titles
              often only 臺胞臺企服務日; calls the park hall 臺商之家; no sectors/towns;
              ids TBA-116-001 (ROC year 116).
    yx-tea    县茶产业发展服务中心 (茶业办): +08:00; everyday questions ("茶企怎么申请出口
              退税？"), （公益）; sectors Chinese; towns short; ids CY00001.
    yx-wlj    县文旅局: +08:00; 【土楼文旅】, （公益）; sectors Chinese; towns full;
              ids wlj-0915-12.
    yx-lyj    县林业局: +08:00; 2027年 prefix; sectors "A 农、林、牧、渔业"; towns 云溪县XX乡;
              ids LY20270001.
    xikeng    溪坑镇人民政府: +08:00; everyday titles, 溪坑镇 prefix, catch-all 政企面对面;
              sometimes puts the venue only in the description (地点：…); no ids.
    yx-gsl    县工商联: +08:00; catch-all 企业服务日活动 / 政企面对面; no towns; ids GSL-001;
              often names only the building or no place.
    yx-hsr    高铁新城管委会: +08:00; 高铁新城· prefix; sectors letters; towns full;
              ids HSR-2709-001.
    Every department tags with its own topic words (official, everyday, traditional
    or English register); two co-hosts share a tag only by rare coincidence.

Co-hosting
    About 100 subjects.  A session has one to three posting departments: the lead and
    up to two partners of the subject (tax + tea on export rebates, tax + park + the
    association on e-invoices, 人社 + 工商联 on hiring, 文旅 + 溪坑镇 on 土楼 homestays,
    工信 + 林业 on bamboo plants, 投促 + 高铁新城 on investment, ...).  A partner also
    runs sessions of the subject alone.  Co-hosts may title the session in their own
    register or only with a catch-all title, may choose the other kind, may omit the
    series/class/town qualifier (a qualifier on one side only is still one session),
    announce the sign-in time (30 min early) or the main part (30 min late), end
    15-30 min apart, name only the building, give no location, or only a description.

Hard negatives (different sessions), several of each per seed
    parallel-rooms         two rooms of one building, same start (same or other subject)
    same-title-two-towns   one title, same hour, two town halls
    consecutive-days       one title, one room, same hour on two consecutive days
    course-inside          a multi-day course and a one-day lecture on its second day
                           in another room of the same building
    online-vs-hall         one subject, same hour, online and in a hall
    back-to-back           one room, 09:00-10:30 then 10:30-12:00 (touching)
    catchall-two-places    one catch-all title (企业服务日活动, 政企面对面, 臺胞臺企服務日)
                           at the same hour in two places
    two-depts-two-buildings the lead and a partner each run the subject alone, same hour,
                           different buildings
    same-dept-two-towns    one department, same hour, two towns
    online-two-codes       two online sessions at the same hour with other meeting codes
    qualifier-pairs        第N期/第N+1期, 一班/二班, 初级班/提高班, XX镇专场/YY镇专场,
                           XX街道站/YY街道站 at the same hour, every posting naming only
                           the building but always carrying its qualifier
    In parallel-rooms, same-title-two-towns, online-vs-hall, catchall-two-places,
    two-depts-two-buildings, same-dept-two-towns and online-two-codes every posting names
    its room, town hall or meeting code; in course-inside the lecture's postings do.
    Apart from back-to-back pairs no room holds two sessions within an hour of each other.

Truth
    ``truth.session`` numbers the real session; postings of one session share it.
    ``truth.kind`` is the kind posted by the session's lead; ``truth.start`` and
    ``truth.end`` are the real times (+08:00); a multi-day course spans from its first
    morning to its last afternoon.  Records are returned shuffled.  About 1,100
    postings per seed, about 40% of them in sessions with two or three postings.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

__all__ = ["generate"]

T = "TRAINING"
P = "PUBLICITY"

# --------------------------------------------------------------------------- text helpers

_FW = str.maketrans("0123456789", "０１２３４５６７８９")

_TRAD = str.maketrans(
    "与专业东两个丰为举么乌乐习乡书争于云产仓们价众优会传体储兑党关兴养册写农冲准减划则创剧办务动劳区医华"
    "协单卖卢卫厂厅压厦县参双发台叶号后吗员团园围国场块处备复头奖娱学实审宾对导层岗岭岽峡师带帮并广库应开"
    "异强当录征态总恶户执扩抢护报担换据携摇数断时术机权条来构标栈栋树样检楼欢残毕气汇污沟泄测济渔游湾满滨"
    "灭灵灾炉点热环现电疗监础种税稳竞笋筑签简纠级纳纷纾线练经结络续综绿缴网罗职联脚腾艺节范药营虫补装见规"
    "视计认让训议讯记讲许设证评识诈诉诊诚话说请读课谁谈责货质贮贯贴贷贸费赁资赖赚车转软轻辅输边运还这进选"
    "递遗邮采里鉴钟钱铁银铺链销锅镇长门间阶陆险隐难项预领频题额风饭饮馆驻驿验骗龙",
    "與專業東兩個豐為舉麼烏樂習鄉書爭於雲產倉們價眾優會傳體儲兌黨關興養冊寫農沖準減劃則創劇辦務動勞區醫華"
    "協單賣盧衛廠廳壓廈縣參雙發臺葉號後嗎員團園圍國場塊處備復頭獎娛學實審賓對導層崗嶺崬峽師帶幫並廣庫應開"
    "異強當錄徵態總惡戶執擴搶護報擔換據攜搖數斷時術機權條來構標棧棟樹樣檢樓歡殘畢氣匯汙溝洩測濟漁遊灣滿濱"
    "滅靈災爐點熱環現電療監礎種稅穩競筍築簽簡糾級納紛紓線練經結絡續綜綠繳網羅職聯腳騰藝節範藥營蟲補裝見規"
    "視計認讓訓議訊記講許設證評識詐訴診誠話說請讀課誰談責貨質貯貫貼貸貿費賃資賴賺車轉軟輕輔輸邊運還這進選"
    "遞遺郵採裡鑑鍾錢鐵銀鋪鏈銷鍋鎮長門間階陸險隱難項預領頻題額風飯飲館駐驛驗騙龍",
)


def _trad(text: str) -> str:
    return text.translate(_TRAD)


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class _Town:
    key: str
    full: str
    short: str
    py: str
    en: str


_TOWNS: dict[str, _Town] = {
    t.key: t
    for t in (
        _Town("chengguan", "城关街道", "城关", "Chengguan", "Chengguan Subdistrict"),
        _Town("xinan", "溪南街道", "溪南", "Xi'nan", "Xi'nan Subdistrict"),
        _Town("donghua", "东华街道", "东华", "Donghua", "Donghua Subdistrict"),
        _Town("xikeng", "溪坑镇", "溪坑", "Xikeng", "Xikeng Town"),
        _Town("chadong", "茶岽镇", "茶岽", "Chadong", "Chadong Town"),
        _Town("guikeng", "桂坑镇", "桂坑", "Guikeng", "Guikeng Town"),
        _Town("pingpu", "坪埔镇", "坪埔", "Pingpu", "Pingpu Town"),
        _Town("zhuping", "竹坪乡", "竹坪", "Zhuping", "Zhuping Township"),
        _Town("lingbei", "岭背乡", "岭背", "Lingbei", "Lingbei Township"),
        _Town("huyang", "湖洋乡", "湖洋", "Huyang", "Huyang Township"),
    )
}
_TOWN_KEYS = tuple(_TOWNS)

_VILLAGES = (
    ("xikeng", "下坪村", "Xiaping"),
    ("xikeng", "石门坑村", "Shimenkeng"),
    ("chadong", "大岽村", "Dadong"),
    ("chadong", "茶坪村", "Chaping"),
    ("guikeng", "寨背村", "Zhaibei"),
    ("guikeng", "桂岭村", "Guiling"),
    ("pingpu", "洋背村", "Yangbei"),
    ("zhuping", "上坑村", "Shangkeng"),
    ("zhuping", "竹园村", "Zhuyuan"),
    ("lingbei", "岭头村", "Lingtou"),
    ("huyang", "坑头村", "Kengtou"),
)


@dataclass(frozen=True, slots=True)
class _Building:
    key: str
    town: str
    names: tuple[str, ...]
    en: str
    addr: str = ""
    local: bool = False  # a town hall or village centre: its sessions concern that town
    village: bool = False
    alias: tuple[tuple[str, str], ...] = ()  # (department, its own name for the building)


@dataclass(frozen=True, slots=True)
class _Room:
    key: str
    building: str
    names: tuple[str, ...]
    en: str
    floor: int
    cap: int
    block: int = 0
    alias: tuple[tuple[str, str], ...] = ()  # (department, its own name for the room)


def _static_places() -> tuple[list[_Building], list[_Room]]:
    b = [
        _Building(
            "zwzx",
            "chengguan",
            ("县政务服务中心", "云溪县政务服务中心", "县行政服务中心"),
            "Yunxi County Government Service Center",
            "滨溪路88号",
        ),
        _Building(
            "dx",
            "chengguan",
            (
                "县委党校",
                "中共云溪县委党校",
                "云溪县委党校",
                "县行政学院",
                "云溪县行政学院",
                "县委党校（县行政学院）",
            ),
            "Party School of the CPC Yunxi County Committee",
            "学府路6号",
        ),
        _Building(
            "tax",
            "chengguan",
            ("县税务局", "云溪县税务局", "国家税务总局云溪县税务局"),
            "Yunxi County Taxation Bureau",
            "滨溪路102号",
        ),
        _Building(
            "rlsc",
            "chengguan",
            ("县人力资源市场", "云溪县人力资源市场", "县公共就业服务中心"),
            "Yunxi Human Resources Market",
            "南门路26号",
        ),
        _Building(
            "scjg",
            "chengguan",
            ("县市场监督管理局", "县市场监管局", "云溪县市场监督管理局"),
            "Yunxi Market Regulation Bureau",
            "环城北路15号",
        ),
        _Building(
            "hotel",
            "chengguan",
            ("云溪宾馆", "县云溪宾馆", "云溪宾馆会议中心"),
            "Yunxi Hotel",
            "溪滨中路1号",
        ),
        _Building(
            "gsl",
            "chengguan",
            ("云溪商会大厦", "商会大厦", "县总商会大厦"),
            "Yunxi Chamber of Commerce Building",
            "兴业路9号",
        ),
        _Building(
            "wh",
            "chengguan",
            ("县文化馆", "云溪县文化馆", "县文化艺术中心"),
            "Yunxi Cultural Center",
            "文昌路3号",
        ),
        _Building(
            "park",
            "xinan",
            ("台商投资区管委会", "云溪台商投资区管委会", "台投区管委会", "台商投资区管委会大楼"),
            "Yunxi Taiwanese Investment Zone Administrative Committee",
            "海峡大道1号",
        ),
        _Building(
            "tsfw",
            "xinan",
            ("台商服务中心", "台投区台商服务中心", "云溪台商投资区台商服务中心"),
            "Taiwanese Business Service Center",
            "海峡大道3号",
        ),
        _Building(
            "tqjd",
            "xinan",
            ("两岸青年创业基地", "台湾青年创业基地", "台青创业基地", "海峡两岸青年创业园"),
            "Cross-Strait Youth Entrepreneurship Base",
            "海峡大道8号",
        ),
        _Building(
            "tlyk",
            "xikeng",
            ("溪坑土楼游客中心", "溪坑土楼景区游客服务中心", "土楼游客中心", "溪坑土楼群游客中心"),
            "Xikeng Tulou Visitor Center",
            "溪坑镇下坪村土楼大道",
        ),
        _Building(
            "tea",
            "chadong",
            ("县茶叶交易中心", "云溪茶叶交易中心", "云溪茶叶交易市场", "云溪茶城"),
            "Yunxi Tea Trading Center",
            "茶岽镇茶乡大道16号",
        ),
        _Building(
            "zhu",
            "zhuping",
            ("竹坪竹产业园", "云溪竹产业园", "竹坪乡竹木产业园"),
            "Zhuping Bamboo Industrial Park",
            "竹坪乡园区路1号",
        ),
        _Building(
            "gtxc",
            "donghua",
            ("高铁新城综合服务中心", "高铁新城服务中心", "云溪站高铁新城综合服务中心"),
            "HSR New Town Service Center",
            "站前大道18号",
        ),
    ]
    # fmt: off
    r = [
        _Room("zwzx-px", "zwzx", ("企业培训室", "企业培训教室", "培训室"), "Enterprise Training Room", 2, 80),
        _Room("zwzx-hy1", "zwzx", ("第一会议室", "一号会议室", "1号会议室", "一会议室"), "Meeting Room 1", 3, 40),
        _Room("zwzx-hy2", "zwzx", ("第二会议室", "二号会议室", "2号会议室", "二会议室"), "Meeting Room 2", 3, 40),
        _Room("zwzx-dt", "zwzx", ("惠企政策服务专区", "惠企服务专区"), "Business Policy Service Zone", 1, 30),
        _Room("dx-bgt", "dx", ("报告厅", "学术报告厅"), "Auditorium", 1, 300, block=1),
        _Room("dx-hys", "dx", ("第三会议室", "三号会议室", "3号会议室"), "Meeting Room 3", 4, 30, block=1),
        _Room("dx-201", "dx", ("201教室", "201室", "201"), "Classroom 201", 2, 60, block=2),
        _Room("dx-202", "dx", ("202教室", "202室", "202"), "Classroom 202", 2, 60, block=2),
        _Room("tax-xt", "tax", ("纳税人学堂", "纳税人学校", "税企交流室"), "Taxpayer School", 4, 60),
        _Room("tax-bsf", "tax", ("办税服务厅", "办税大厅"), "Tax Service Hall", 1, 40),
        _Room("rlsc-px", "rlsc", ("培训室", "技能培训室", "职业培训室"), "Training Room", 3, 60),
        _Room("rlsc-dgn", "rlsc", ("多功能厅", "多功能室"), "Multi-purpose Hall", 2, 120),
        _Room("scjg-hy", "scjg", ("会议室", "大会议室"), "Conference Room", 5, 50),
        _Room("hotel-kj", "hotel", ("客家厅", "客家会议厅"), "Hakka Hall", 2, 200),
        _Room("hotel-wl", "hotel", ("围龙厅", "围龙会议室"), "Weilong Room", 2, 60),
        _Room("gsl-hys", "gsl", ("会议室", "多功能会议室"), "Conference Room", 8, 60),
        _Room("gsl-yz", "gsl", ("企业服务驿站", "企业之家"), "Enterprise Service Station", 1, 20),
        _Room("wh-xjc", "wh", ("小剧场", "演艺小剧场"), "Little Theater", 1, 200),
        _Room("wh-cxs", "wh", ("非遗传习室", "非遗传习所"), "Heritage Workshop Room", 3, 40),
        _Room("ts-hy1", "park", ("第一会议室", "一号会议室", "1号会议室"), "Meeting Room 1", 3, 40),
        _Room("ts-hy2", "park", ("第二会议室", "二号会议室", "2号会议室"), "Meeting Room 2", 3, 40),
        _Room(
            "ts-bgt",
            "tsfw",
            ("报告厅", "多功能报告厅"),
            "Auditorium",
            1,
            200,
            alias=(("yx-tba", "臺商之家"), ("tib-admin", "臺商服務中心報告廳")),
        ),
        _Room("tq-ly", "tqjd", ("路演厅", "路演中心"), "Pitch Hall", 2, 120),
        _Room("tq-gx", "tqjd", ("共享会议室", "洽谈室"), "Shared Meeting Room", 3, 20),
        _Room("tlyk-dgn", "tlyk", ("多功能厅", "多功能会议厅"), "Multi-purpose Hall", 2, 150),
        _Room("tlyk-yx", "tlyk", ("研学教室", "研学课堂"), "Study Tour Classroom", 1, 50),
        _Room("tea-pj", "tea", ("品鉴厅", "茶叶品鉴室", "品茗厅"), "Tasting Hall", 2, 60),
        _Room("tea-zb", "tea", ("电商直播间", "直播基地", "直播间"), "Livestream Studio", 3, 30),
        _Room("zhu-hys", "zhu", ("综合楼会议室", "会议室"), "Conference Room, Admin Building", 2, 50),
        _Room("zhu-zs", "zhu", ("竹产品展示厅", "展示厅", "展厅"), "Bamboo Showroom", 1, 80),
        _Room("gtxc-ly", "gtxc", ("路演厅", "招商路演厅"), "Roadshow Hall", 1, 100),
        _Room("gtxc-qt", "gtxc", ("项目洽谈室", "洽谈室"), "Negotiation Room", 2, 20),
    ]
    # fmt: on
    for i, t in enumerate(_TOWNS.values()):
        if t.full.endswith("街道"):
            names: tuple[str, ...] = (f"{t.full}办事处", f"{t.full}办")
            en = f"{t.en} Office"
        else:
            names = (f"{t.full}人民政府", f"{t.full}政府", f"{t.full}政府大楼")
            en = f"{t.en} Government"
        alias = (("xikeng", "镇政府"),) if t.key == "xikeng" else ()
        b.append(_Building(f"gov-{t.key}", t.key, names, en, local=True, alias=alias))
        r.append(
            _Room(
                f"gov-{t.key}",
                f"gov-{t.key}",
                ("会议室", "大会议室"),
                "Conference Room",
                2 + i % 2,
                60,
            )
        )
    r.append(
        _Room(
            "xk-bm",
            "gov-xikeng",
            ("便民服务中心会议室", "为民服务中心会议室"),
            "Service Center Meeting Room",
            1,
            30,
        )
    )
    for town, name, py in _VILLAGES:
        key = f"vil-{py.lower()}"
        b.append(
            _Building(
                key,
                town,
                (f"{name}党群服务中心", f"{name}村委会", f"{name}村部"),
                f"{py} Village Service Center, {_TOWNS[town].en}",
                local=True,
                village=True,
            )
        )
        r.append(_Room(key, key, ("会议室", "党员活动室"), "Meeting Room", 2, 40))
    return b, r


_B_LIST, _R_LIST = _static_places()
_BUILDINGS: dict[str, _Building] = {x.key: x for x in _B_LIST}
_ROOMS: dict[str, _Room] = {x.key: x for x in _R_LIST}
_BUILDING_ROOMS: dict[str, tuple[str, ...]] = {
    bk: tuple(r.key for r in _R_LIST if r.building == bk) for bk in _BUILDINGS
}
_TOWN_ROOMS: dict[str, tuple[str, ...]] = {
    t: tuple(r.key for r in _R_LIST if r.building == f"gov-{t}") for t in _TOWN_KEYS
}
_VILLAGE_ROOMS: dict[str, tuple[str, ...]] = {
    t: tuple(f"vil-{py.lower()}" for town, _, py in _VILLAGES if town == t)
    for t in _TOWN_KEYS
    if any(town == t for town, _, _ in _VILLAGES)
}

# --------------------------------------------------------------------------- vocabularies

_SECTIONS: dict[str, tuple[str, str]] = {
    "A": ("农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery"),
    "C": ("制造业", "Manufacturing"),
    "D": (
        "电力、热力、燃气及水生产和供应业",
        "Production and Supply of Electricity, Heat, Gas and Water",
    ),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and Retail Trade"),
    "G": ("交通运输、仓储和邮政业", "Transport, Storage and Post"),
    "H": ("住宿和餐饮业", "Accommodation and Catering"),
    "I": (
        "信息传输、软件和信息技术服务业",
        "Information Transmission, Software and Information Technology Services",
    ),
    "J": ("金融业", "Finance"),
    "K": ("房地产业", "Real Estate"),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
    "N": (
        "水利、环境和公共设施管理业",
        "Management of Water Conservancy, Environment and Public Facilities",
    ),
    "O": ("居民服务、修理和其他服务业", "Services to Households, Repair and Other Services"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
}

# theme -> words in four registers: official | everyday | traditional | English
# fmt: off
_THEMES: dict[str, tuple[str, str, str, str]] = {
    "invoice": ("数电发票|发票管理|全面数字化电子发票", "开票|电子发票|发票", "發票|數位發票", "e-invoicing|invoicing"),
    "export_refund": ("出口退税|出口退（免）税|退税申报", "退税|外贸退税|退钱", "出口退稅|退稅", "export tax rebate|VAT refund"),
    "tax_pref": ("税费优惠|减税降费|结构性减税", "少交税|税收优惠|省税", "租稅優惠|稅務", "tax incentives|tax relief"),
    "social_ins": ("社会保险|社保经办|社保费征缴", "社保|养老保险|交社保", "勞健保|社保", "social insurance|pensions"),
    "employment": ("就业服务|稳岗就业|招聘用工", "招工|找工作|用工", "就業|徵才", "employment|hiring"),
    "skills": ("职业技能|技能等级认定|职业培训", "学技术|考证|手艺", "職業技能|證照", "skills training|vocational"),
    "subsidy": ("惠企政策|政策兑现|专项资金", "补贴|奖补|领钱", "補助|獎勵", "subsidies|incentives"),
    "finance": ("融资服务|普惠金融|信贷支持", "贷款|融资|借钱", "融資|貸款", "financing|credit"),
    "entrepreneurship": ("创业扶持|创业担保贷款|大众创业", "创业|开店|当老板", "創業|新創", "startup|entrepreneurship"),
    "tea": ("茶产业|乌龙茶|茶叶加工", "茶叶|做茶|茶园", "茶產業|烏龍茶", "tea industry|oolong"),
    "tourism": ("文旅融合|全域旅游|土楼旅游", "土楼|旅游|景区", "觀光|土樓", "tourism|Tulou"),
    "labor": ("劳动关系|劳动保障|欠薪治理", "工资|劳动合同|工钱", "勞資|勞動契約", "labor relations|wages"),
    "digital": ("数字化转型|智能制造|工业互联网", "上云|数字化|智能设备", "數位轉型|智慧製造", "digital transformation|smart manufacturing"),
    "talent": ("人才引进|人才服务|高校毕业生", "招人|大学生|年轻人才", "人才|青年", "talent|graduates"),
    "ecommerce": ("电子商务|直播电商|农村电商", "直播带货|网店|短视频", "電商|直播", "e-commerce|livestreaming"),
    "innovation": ("科技创新|研发投入|专精特新", "研发|新技术|新产品", "研發|創新", "R&D|innovation"),
    "registration": ("市场主体登记|个体工商户|年报公示", "个体户|营业执照|年报", "商業登記|個體戶", "business registration|annual reports"),
    "credit": ("信用修复|信用监管|纳税信用", "信用|黑名单|异常名录", "信用|誠信", "credit rating|compliance"),
    "cross_strait": ("两岸融合|台胞台企|对台交流", "台企|台胞|两岸", "兩岸|臺胞臺企|臺商", "cross-strait|Taiwan"),
    "food_safety": ("食品安全|主体责任|食品生产许可", "吃得放心|SC认证|卫生", "食品安全|食安", "food safety|hygiene"),
    "ip": ("知识产权|商标品牌|地理标志", "商标|品牌保护|防抢注", "智慧財產權|商標", "intellectual property|trademarks"),
    "brand": ("区域公用品牌|品牌建设|云溪乌龙", "牌子|包装|卖个好价", "品牌|行銷", "branding|regional brand"),
    "homestay": ("民宿|乡村旅游|住宿业", "开民宿|农家乐|客栈", "民宿|農家樂", "homestay|B&B"),
    "safety": ("安全生产|隐患排查|应急管理", "安全|防事故|隐患", "工安|安全衛生", "workplace safety|risk control"),
    "quality": ("质量提升|标准化|计量", "产品质量|标准|检测", "品質|標準", "quality|standards"),
    "bamboo": ("竹产业|竹精深加工|毛竹", "竹子|竹制品|竹笋", "竹產業|竹製品", "bamboo industry|bamboo products"),
    "fair_comp": ("公平竞争|反不正当竞争|营商环境", "不正当竞争|压价|同行", "公平競爭", "fair competition"),
    "energy": ("节能降碳|绿色制造|能效提升", "省电|绿色工厂|电费", "節能|綠色工廠", "energy efficiency|green manufacturing"),
    "data": ("数据安全|网络安全|个人信息保护", "数据|防泄露|网络安全", "資料安全|資安", "data security|cybersecurity"),
    "export": ("外贸|稳外贸|RCEP", "出口|做外贸|海外市场", "外銷|ECFA", "foreign trade|exports"),
    "consumption": ("促消费|消费券|商贸流通", "消费季|打折|消费券", "消費|促銷", "consumption|retail"),
    "logistics": ("物流|县域商业|快递进村", "送货|快递|仓库", "物流|倉儲", "logistics|warehousing"),
    "rural": ("乡村振兴|农产品上行|强村富民", "农村|农产品|土特产", "鄉村振興|農產品", "rural revitalization|farm produce"),
    "investment": ("招商引资|项目落地|投资环境", "投资|开厂|建厂", "投資|招商", "investment promotion|FDI"),
    "hsr": ("高铁新城|站城融合|TOD开发", "高铁站|新城|站前", "高鐵新城", "HSR new town|TOD"),
    "approval": ("审批服务|一件事一次办|代办帮办", "办证|跑审批|办手续", "審批|行政服務", "approvals|one-stop service"),
    "youth": ("青年创业|两岸青年|创业基地", "年轻人|青年|90后", "青年|臺青", "youth|young entrepreneurs"),
    "green_control": ("绿色防控|病虫害防治|生态茶园", "防虫|不打农药|茶园管理", "病蟲害防治|綠色防控", "pest control|green farming"),
    "environment": ("生态环境|排污许可|环保合规", "环保|排污|绿色防控", "環保|排汙許可", "environmental compliance|permits"),
    "fire": ("消防安全|火灾防控|消防演练", "消防|防火|灭火器", "消防|防火", "fire safety"),
    "welfare": ("公共服务|子女入学|医疗保障", "看病|上学|孩子", "子女就學|健保", "schooling|healthcare"),
    "service": ("助企纾困|企业服务|政企沟通", "企业诉求|现场办|有事说事", "服務|臺企服務", "business services|dialogue"),
    "networking": ("商会交流|抱团发展|会员服务", "交流|老板们|聚一聚", "聯誼|會員交流", "networking|members"),
    "education": ("研学旅行|课程设计|劳动教育", "研学|带团|孩子", "研學|遊學", "study tours|education"),
    "heritage": ("非物质文化遗产|客家文化|传承保护", "非遗|客家山歌|老手艺", "客家文化|非遺", "Hakka heritage|intangible heritage"),
    "forestry": ("林业|森林资源|林权改革", "山林|种树|林地", "林業|森林", "forestry|forest land"),
    "carbon": ("林业碳汇|碳交易|双碳", "碳汇|卖碳|碳票", "碳匯|碳交易", "carbon sink|carbon trading"),
    "contracts": ("合同风险|法治体检|法律服务", "打官司|合同|法律", "法律|契約", "legal risk|contracts"),
    "construction": ("建筑施工|文明施工|在建项目", "工地|施工|农民工", "營建|工地", "construction|site safety"),
}
# fmt: on
_REGISTER_INDEX = {"gov": 0, "plain": 1, "trad": 2, "en": 3}

# --------------------------------------------------------------------------- departments


@dataclass(frozen=True, slots=True)
class _Dept:
    slug: str
    register: str  # gov | plain | trad | en
    rot: int  # rotation into topic-word lists, chosen so frequent co-hosts differ
    clock: str  # offset | utc | naive
    sectors: str  # letter | zh | both | en | none
    regions: str  # full | short | county | pinyin | none
    tag: str
    lean: str | None = None  # kind it prefers when co-hosting
    catch: tuple[str, ...] = ()  # catch-all titles it uses when co-hosting
    p_building: float = 0.1  # co-host names only the building
    p_none: float = 0.05  # co-host gives no location
    p_desc: float = 0.0  # venue only in the description
    levels: str = "0"  # name prefixes: 0 none, 1 county, 2 city, 3 province
    floors: str = "0123"  # floor spellings: 三楼 3楼 3F 3层
    blocks: str = "01234"  # 1号楼 1#楼 一号楼 1栋 A座
    space: float = 0.0
    fullwidth: float = 0.0
    address: float = 0.0
    contact: float = 0.2


_DEPTS: dict[str, _Dept] = {
    d.slug: d
    for d in (
        _Dept(
            "yx-rsj",
            "gov",
            1,
            "offset",
            "zh",
            "full",
            "人社服务",
            levels="01",
            floors="013",
            fullwidth=0.2,
            contact=0.35,
        ),
        _Dept(
            "yx-tax",
            "gov",
            0,
            "utc",
            "letter",
            "county",
            "税费服务",
            lean=T,
            levels="01",
            floors="1",
            blocks="0",
        ),
        _Dept(
            "yx-scjg",
            "gov",
            1,
            "offset",
            "zh",
            "short",
            "市场监管",
            floors="21",
            blocks="13",
            fullwidth=0.25,
        ),
        _Dept(
            "yx-gxj",
            "gov",
            2,
            "offset",
            "both",
            "full",
            "工业经济",
            levels="13",
            floors="0",
            blocks="2",
            address=0.35,
        ),
        _Dept(
            "yx-swj",
            "gov",
            2,
            "offset",
            "zh",
            "none",
            "商务服务",
            lean=P,
            levels="01",
            floors="13",
            space=0.3,
        ),
        _Dept(
            "yx-invest",
            "en",
            0,
            "utc",
            "en",
            "pinyin",
            "Invest Yunxi",
            lean=P,
            p_building=0.3,
            p_none=0.1,
            contact=0.3,
        ),
        _Dept(
            "tib-admin",
            "trad",
            0,
            "offset",
            "letter",
            "full",
            "臺投區",
            catch=("臺胞臺企服務日",),
            levels="01",
            floors="01",
        ),
        _Dept(
            "yx-tba",
            "trad",
            1,
            "naive",
            "none",
            "none",
            "臺商協會",
            lean=P,
            catch=("臺胞臺企服務日",),
            p_building=0.25,
            p_none=0.15,
            floors="0",
            contact=0.4,
        ),
        _Dept(
            "yx-tea",
            "plain",
            0,
            "offset",
            "zh",
            "short",
            "茶业",
            lean=T,
            floors="12",
            space=0.35,
            contact=0.35,
        ),
        _Dept("yx-wlj", "plain", 1, "offset", "zh", "full", "文旅", levels="01", floors="01"),
        _Dept(
            "yx-lyj", "gov", 3, "offset", "both", "county", "林业", lean=T, levels="12", floors="03"
        ),
        _Dept(
            "xikeng",
            "plain",
            2,
            "offset",
            "none",
            "short",
            "溪坑",
            lean=P,
            catch=("政企面对面", "溪坑镇企业服务日"),
            p_building=0.15,
            p_none=0.1,
            p_desc=0.3,
            floors="0",
        ),
        _Dept(
            "yx-gsl",
            "plain",
            1,
            "offset",
            "zh",
            "none",
            "工商联",
            lean=P,
            catch=("企业服务日活动", "政企面对面"),
            p_building=0.3,
            p_none=0.15,
            floors="2",
            space=0.4,
        ),
        _Dept(
            "yx-hsr",
            "gov",
            0,
            "offset",
            "letter",
            "full",
            "高铁新城",
            lean=P,
            levels="01",
            floors="13",
        ),
    )
}
_DEPT_SLUGS = tuple(_DEPTS)

# where a department runs a subject it does not lead, when it runs it alone
_HOME: dict[str, str] = {
    "yx-rsj": "rlsc-px",
    "yx-tax": "tax-xt",
    "yx-scjg": "scjg-hy",
    "yx-gxj": "zwzx-hy1",
    "yx-swj": "zwzx-hy2",
    "yx-invest": "zwzx-hy2",
    "tib-admin": "ts-hy1",
    "yx-tba": "ts-bgt",
    "yx-tea": "tea-pj",
    "yx-wlj": "wh-xjc",
    "yx-lyj": "zhu-hys",
    "xikeng": "gov-xikeng",
    "yx-gsl": "gsl-hys",
    "yx-hsr": "gtxc-ly",
}

# --------------------------------------------------------------------------- subjects


@dataclass(frozen=True, slots=True)
class _Subject:
    key: str
    lead: str
    partners_s: str
    kind: str
    themes_s: str
    formal: str
    plain: str
    venues_s: str
    trad: str = ""
    en: str = ""
    series: str = ""  # period | class | level | town | site
    sectors: str = ""
    towns_s: str = ""
    minutes: int = 0
    days: int = 1
    lecture: str = ""
    weekend: bool = False
    weight: int = 2

    @property
    def partners(self) -> tuple[str, ...]:
        return tuple(self.partners_s.split())

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(self.themes_s.split())

    @property
    def venues(self) -> tuple[str, ...]:
        return tuple(self.venues_s.split())

    @property
    def towns(self) -> tuple[str, ...]:
        return tuple(self.towns_s.split())

    @property
    def duration(self) -> int:
        return self.minutes or (150 if self.kind == T else 90)


_S = _Subject
# fmt: off
_SUBJECTS: tuple[_Subject, ...] = (
    # 县人社局
    _S("rs-sbjf", "yx-rsj", "yx-tax tib-admin", T, "social_ins digital", "社会保险费政策及网上经办业务培训",
       "社保业务网上怎么办？", "zwzx-px dx-201 rlsc-px", trad="社會保險政策及線上經辦業務說明會",
       series="period", weight=3),
    _S("rs-wgfh", "yx-rsj", "yx-gsl tib-admin", P, "subsidy employment", "稳岗返还及一次性扩岗补助政策解读",
       "稳岗返还的钱怎么领？", "zwzx-hy1 rlsc-dgn ONLINE", trad="穩崗返還及一次性擴崗補助政策說明會",
       sectors="CFH"),
    _S("rs-cydk", "yx-rsj", "yx-gsl xikeng", P, "finance entrepreneurship", "创业担保贷款政策宣讲",
       "创业贷款最多能贷多少？", "TOWN", series="town", weight=3),
    _S("rs-syb", "yx-rsj", "yx-gsl", T, "entrepreneurship skills", "SYB创业培训班", "想创业？先来学SYB",
       "dx-201 dx-202", days=5, lecture="创业计划书撰写专题讲座", weight=1),
    _S("rs-cys", "yx-rsj", "yx-tea", T, "skills tea", "茶艺师（五级）职业技能等级认定培训班",
       "学茶艺、考证书，免费！", "tea-pj rlsc-px", days=3, lecture="乌龙茶冲泡与茶席设计专题课",
       sectors="AH", weight=1),
    _S("rs-tljs", "yx-rsj", "yx-wlj xikeng", T, "skills tourism", "土楼讲解员职业技能培训班",
       "想当土楼讲解员？免费培训来了", "tlyk-yx tlyk-dgn", days=2, lecture="客家方言讲解技巧专题讲座",
       sectors="R", weight=1),
    _S("rs-ldht", "yx-rsj", "yx-gsl tib-admin yx-tba", P, "labor contracts", "劳动合同管理与用工风险防范讲座",
       "招工签合同要注意啥？", "hotel-wl ts-bgt zwzx-hy2 rlsc-dgn", trad="勞動契約管理與用工風險防範講座",
       sectors="CEFH"),
    _S("rs-qx", "yx-rsj", "yx-hsr", P, "labor construction", "根治欠薪政策宣传", "工钱被拖欠了找谁？",
       "TOWN gtxc-ly", series="site", sectors="E", weight=3),
    _S("rs-jnbt", "yx-rsj", "yx-gsl", P, "skills subsidy", "职业技能提升补贴申领指南", "考了证书能领补贴吗？",
       "ONLINE zwzx-hy1 rlsc-px"),
    _S("rs-sbk", "yx-rsj", "xikeng", P, "social_ins digital", "电子社保卡及社银一体化服务推广",
       "电子社保卡怎么用？", "TOWN VILLAGE", series="town", weight=3),
    _S("rs-jx", "yx-rsj", "yx-gxj tib-admin", P, "employment talent", "高校毕业生就业见习政策解读",
       "招见习生有补贴吗？", "zwzx-hy2 rlsc-dgn", trad="大專畢業生就業見習政策說明會", sectors="CI"),
    _S("rs-dszb", "yx-rsj", "yx-swj yx-tea", T, "skills ecommerce", "互联网营销师（直播销售员）技能培训班",
       "学直播带货，拿技能证书", "rlsc-px rlsc-dgn", days=3, lecture="短视频带货脚本写作专题讲座",
       sectors="FI", weight=1),
    # 县税务局
    _S("tx-sdfp", "yx-tax", "tib-admin yx-tba yx-gsl", T, "invoice digital", "全面数字化的电子发票推广应用培训",
       "数电发票怎么开、怎么查？", "tax-xt zwzx-px ts-bgt", trad="全面數位化電子發票推廣應用說明會",
       en="Training on Fully Digitalized E-Invoices", series="period", sectors="CFL", weight=3),
    _S("tx-cktx", "yx-tax", "yx-tea yx-swj tib-admin", T, "export_refund export", "出口退（免）税申报实务培训",
       "茶企怎么申请出口退税？", "tax-xt zwzx-px tea-pj", trad="出口退稅申報實務講座",
       en="Export Tax Rebate Filing Workshop", series="period", sectors="ACF", weight=3),
    _S("tx-yfjj", "yx-tax", "yx-gxj tib-admin yx-invest", P, "tax_pref innovation", "研发费用加计扣除政策辅导",
       "研发投入能多扣多少税？", "zwzx-hy1 tax-xt ts-hy1", trad="研發費用加計扣除政策輔導會",
       en="R&D Super Deduction Policy Briefing", sectors="CIM"),
    _S("tx-xwqy", "yx-tax", "yx-scjg yx-gsl xikeng", P, "tax_pref registration",
       "小微企业和个体工商户税费优惠政策宣讲", "开小店要交哪些税？", "TOWN tax-xt", series="site",
       sectors="FHO", weight=3),
    _S("tx-yj", "yx-tax", "yx-gsl", T, "tax_pref", "企业所得税季度预缴申报辅导", "季度预缴申报要注意什么？",
       "tax-xt ONLINE", series="period", sectors="CFL"),
    _S("tx-shf", "yx-tax", "yx-rsj", T, "social_ins", "社保费和非税收入缴费辅导", "灵活就业人员社保费怎么交？",
       "tax-bsf VILLAGE TOWN", series="site"),
    _S("tx-tq", "yx-tax", "tib-admin yx-tba", T, "tax_pref cross_strait", "台资企业涉税政策专场辅导",
       "台企税收政策一次讲清", "ts-bgt ts-hy1", trad="臺資企業涉稅政策專場輔導", sectors="CF", towns_s="xinan"),
    _S("tx-nc", "yx-tax", "yx-tea yx-lyj", P, "tax_pref tea", "农产品增值税免税与抵扣政策解读",
       "卖自产茶叶要交增值税吗？", "tea-pj TOWN zhu-hys", sectors="A"),
    _S("tx-xy", "yx-tax", "yx-scjg", P, "credit", "纳税信用评价与信用修复指引", "纳税信用等级低了怎么修复？",
       "ONLINE tax-xt"),
    # 县市场监管局
    _S("sj-nb", "yx-scjg", "yx-gsl xikeng", T, "registration credit", "个体工商户年报及经营异常名录移出辅导",
       "个体户年报怎么报？", "TOWN scjg-hy", series="site", sectors="FHO", weight=3),
    _S("sj-cq", "yx-scjg", "yx-tea", T, "food_safety tea", "茶叶生产企业食品安全主体责任培训",
       "茶厂SC认证要准备什么？", "tea-pj scjg-hy TOWN", series="period", sectors="C",
       towns_s="chadong guikeng huyang"),
    _S("sj-dbsb", "yx-scjg", "yx-tea yx-swj", P, "ip brand", "“云溪乌龙”地理标志证明商标使用管理宣讲",
       "茶叶包装怎么用地标？", "tea-pj TOWN", sectors="ACF", towns_s="chadong guikeng huyang"),
    _S("sj-ms", "yx-scjg", "yx-wlj xikeng", T, "food_safety homestay", "民宿及农家乐餐饮食品安全培训",
       "开民宿做饭要办什么证？", "tlyk-dgn gov-xikeng VILLAGE", sectors="H", towns_s="xikeng huyang"),
    _S("sj-tz", "yx-scjg", "yx-gxj", T, "safety quality", "特种设备安全管理人员培训", "锅炉电梯管理员要持证吗？",
       "scjg-hy dx-201", series="period", sectors="C"),
    _S("sj-sb", "yx-scjg", "tib-admin yx-tba yx-gsl", P, "ip", "商标注册与知识产权保护讲座",
       "品牌被抢注了怎么办？", "ts-bgt zwzx-hy2 gsl-hys", trad="商標註冊與智慧財產權保護講座", sectors="CF"),
    _S("sj-jl", "yx-scjg", "xikeng", P, "quality", "诚信计量进市场宣传", "电子秤要不要年检？", "TOWN",
       series="site", sectors="F"),
    _S("sj-zbz", "yx-scjg", "yx-lyj yx-gxj", P, "quality bamboo", "竹制品团体标准宣贯会", "竹筷竹板新标准讲了啥？",
       "zhu-hys zhu-zs", sectors="C", towns_s="zhuping"),
    _S("sj-gpjz", "yx-scjg", "yx-gsl", P, "fair_comp", "公平竞争审查与反不正当竞争政策宣传",
       "同行恶意压价怎么办？", "zwzx-hy1 gsl-hys", weight=1),
    _S("sj-yfk", "yx-scjg", "yx-swj", P, "consumption credit", "预付式消费经营者合规经营提醒会",
       "办卡充值的店要注意什么？", "scjg-hy zwzx-hy2", sectors="HO", weight=1),
    # 县工信局
    _S("gx-szh", "yx-gxj", "tib-admin yx-invest yx-lyj", P, "digital subsidy", "中小企业数字化转型诊断服务宣讲",
       "工厂上云有补贴吗？", "zwzx-px ts-bgt hotel-kj", trad="中小企業數位轉型診斷服務說明會",
       en="SME Digital Transformation Diagnosis Briefing", sectors="C"),
    _S("gx-zjtx", "yx-gxj", "tib-admin yx-tax", T, "innovation subsidy", "专精特新中小企业培育申报培训",
       "怎样评上专精特新？", "dx-bgt hotel-kj zwzx-px", trad="專精特新中小企業培育申報輔導", series="class",
       sectors="C"),
    _S("gx-aq", "yx-gxj", "yx-lyj tib-admin", T, "safety", "工贸企业安全生产标准化培训", "车间安全检查都查什么？",
       "dx-201 dx-202 zhu-hys ts-hy2", trad="工貿企業安全生產標準化培訓", series="period", sectors="C",
       weight=3),
    _S("gx-jn", "yx-gxj", "tib-admin", T, "energy", "工业节能诊断与绿色工厂创建辅导", "怎么省电又评上绿色工厂？",
       "zwzx-hy1 ts-hy1", trad="工業節能診斷與綠色工廠創建輔導", sectors="CD"),
    _S("gx-jg", "yx-gxj", "yx-invest yx-lyj", T, "subsidy digital", "工业企业技术改造专项资金申报辅导",
       "技改补助怎么申请？", "zwzx-px zhu-hys", en="Workshop on Industrial Upgrading Fund Applications",
       sectors="C"),
    _S("gx-sj", "yx-gxj", "", T, "data", "工业企业数据安全管理培训", "工厂数据怎么防泄露？", "ONLINE zwzx-hy2",
       sectors="CI", weight=1),
    _S("gx-zhu", "yx-gxj", "yx-lyj", P, "bamboo digital", "竹木加工企业智能化改造现场会",
       "竹厂换智能设备，去现场看看", "zhu-zs zhu-hys", sectors="C", towns_s="zhuping", weight=1),
    _S("gx-rz", "yx-gxj", "yx-gsl tib-admin", P, "finance", "工业企业“政银企”融资对接会", "缺钱找银行？来对接会",
       "hotel-kj gsl-hys", trad="工業企業政銀企融資對接會", sectors="CJ"),
    # 县商务局
    _S("sw-kjds", "yx-swj", "yx-tea yx-invest tib-admin", T, "ecommerce export", "跨境电商出口业务培训",
       "茶叶怎么卖到海外？", "zwzx-px tea-zb ts-hy1", trad="跨境電商出口業務培訓",
       en="Cross-Border E-commerce Export Training", series="period", sectors="CF", weight=3),
    _S("sw-rcep", "yx-swj", "yx-tba yx-invest yx-tea", P, "export", "RCEP原产地规则及关税减让政策解读",
       "出口东盟怎么少交关税？", "ts-bgt zwzx-hy1 hotel-wl", trad="RCEP原產地規則及關稅減讓說明會",
       en="RCEP Rules of Origin and Tariff Concessions Seminar", sectors="CF"),
    _S("sw-dsnc", "yx-swj", "xikeng yx-tea yx-rsj", T, "ecommerce rural", "电子商务进农村综合示范培训",
       "农产品怎么上网卖？", "TOWN VILLAGE", series="town", sectors="AF", weight=3),
    _S("sw-zbds", "yx-swj", "yx-rsj yx-tea", T, "ecommerce talent", "直播电商人才实训班", "零基础学直播带货",
       "dx-201 dx-202 tea-zb", days=4, lecture="直播选品与流量投放专题讲座", sectors="FI", weight=1),
    _S("sw-xb", "yx-swj", "yx-invest tib-admin", P, "export finance", "出口信用保险与汇率避险政策宣讲",
       "外贸货款收不回来怎么办？", "hotel-wl ts-hy1 zwzx-hy1", trad="出口信用保險與匯率避險說明會",
       en="Export Credit Insurance and FX Hedging Briefing", sectors="CF"),
    _S("sw-xfj", "yx-swj", "yx-gsl yx-wlj", P, "consumption", "“金秋消费季”商贸企业促消费政策宣讲",
       "商家怎么参加消费券活动？", "zwzx-hy2 gsl-hys", sectors="FH"),
    _S("sw-wl", "yx-swj", "xikeng", T, "logistics rural", "县域商业体系建设与农村物流配送培训", "快递进村怎么搞？",
       "TOWN", series="town", sectors="FG"),
    # 县投资促进中心
    _S("iv-hsr", "yx-invest", "yx-hsr tib-admin", P, "investment hsr", "高铁新城招商推介会",
       "高铁新城有哪些地块可以投？", "gtxc-ly hotel-kj", trad="高鐵新城招商推介會",
       en="Yunxi HSR New Town Investment Promotion Conference", sectors="KLG", towns_s="donghua"),
    _S("iv-zc", "yx-invest", "tib-admin yx-tba yx-gsl", P, "investment subsidy", "云溪县招商引资优惠政策解读",
       "来云溪投资有哪些优惠？", "ts-bgt zwzx-hy1 ONLINE", trad="雲溪縣招商引資優惠政策說明會",
       en="Yunxi County Investment Incentives Briefing"),
    _S("iv-tq", "yx-invest", "tib-admin yx-tba yx-rsj", P, "cross_strait entrepreneurship youth",
       "台湾青年来云溪创业政策说明会", "台湾青年来这边创业有什么支持？", "tq-ly ts-bgt",
       trad="臺灣青年來雲溪創業政策說明會", en="Startup Support for Taiwanese Youth in Yunxi"),
    _S("iv-db", "yx-invest", "yx-hsr yx-gxj", P, "investment approval", "重点项目“一站式”代办服务宣讲",
       "项目审批能不能快一点？", "zwzx-hy2 gtxc-qt", en="One-Stop Facilitation Service for Key Projects"),
    _S("iv-xs", "yx-invest", "yx-gxj yx-swj", P, "investment", "云溪县重点产业链线上招商推介会",
       "足不出户看云溪产业", "ONLINE", en="Yunxi Key Industry Chains Online Investment Roadshow", sectors="CF"),
    _S("iv-zhu", "yx-invest", "yx-lyj yx-gxj", P, "bamboo investment", "竹产业链招商对接会",
       "竹子还能做出哪些新产品？", "zhu-zs hotel-wl", en="Bamboo Industry Chain Investment Matchmaking",
       sectors="C"),
    _S("iv-wz", "yx-invest", "tib-admin yx-swj", P, "investment approval", "外资企业投资备案及外汇登记指引",
       "外资来投资要走哪些手续？", "zwzx-hy1 ts-hy2 ONLINE", trad="外資企業投資備案及外匯登記指引",
       en="FDI Filing and Foreign Exchange Registration Guide"),
    # 台商投资区管委会
    _S("tp-ecfa", "tib-admin", "yx-tba yx-swj yx-invest", P, "cross_strait export",
       "海峡两岸经贸政策及ECFA早收清单解读", "台企怎么享受ECFA关税优惠？", "ts-bgt ts-hy1",
       trad="海峽兩岸經貿政策及ECFA早收清單解讀", en="Cross-Strait Trade Policy and ECFA Early Harvest Briefing",
       sectors="CF", towns_s="xinan"),
    _S("tp-rz", "tib-admin", "yx-tba yx-gsl", P, "finance cross_strait", "台资企业融资服务对接会",
       "台企贷款有什么新渠道？", "ts-hy1 ts-bgt hotel-kj", trad="臺資企業融資服務對接會", sectors="CJ",
       towns_s="xinan"),
    _S("tp-xf", "tib-admin", "yx-tba", T, "fire safety", "园区企业消防安全培训", "厂房消防检查要准备什么？",
       "ts-bgt ts-hy2", trad="園區企業消防安全培訓", series="period", sectors="C", towns_s="xinan", weight=3),
    _S("tp-jy", "tib-admin", "yx-rsj yx-tba", P, "cross_strait employment social_ins", "台胞就业创业及社保政策宣讲",
       "台胞在云溪能交社保吗？", "ts-bgt tq-ly", trad="臺胞就業創業及社保政策宣講"),
    _S("tp-hb", "tib-admin", "yx-tba", T, "environment", "园区企业环保合规与排污许可培训",
       "排污许可证到期了怎么办？", "ts-hy1 ts-hy2", trad="園區企業環保合規與排汙許可培訓", series="period",
       sectors="C", towns_s="xinan"),
    _S("tp-dx", "tib-admin", "yx-tba yx-gxj yx-tax", P, "subsidy", "台投区惠企政策兑现说明会", "园区补贴怎么兑现？",
       "ts-bgt", trad="臺投區惠企政策兌現說明會", sectors="CF", towns_s="xinan"),
    _S("tp-ly", "tib-admin", "yx-tba yx-invest", P, "youth entrepreneurship", "台湾青年创业项目路演",
       "台青创业项目来路演", "tq-ly", trad="臺灣青年創業項目路演", en="Taiwanese Youth Startup Pitch Day",
       series="period"),
    _S("tp-bz", "tib-admin", "yx-scjg yx-tba", T, "quality cross_strait", "两岸标准共通与产品认证培训",
       "两岸标准怎么对接？", "ts-hy1 ts-hy2", trad="兩岸標準共通與產品驗證培訓", sectors="C"),
    # 县台商协会
    _S("tb-fwr", "yx-tba", "tib-admin yx-tax yx-rsj yx-scjg", P, "cross_strait service", "台胞台企服务日",
       "台胞台企服务日", "ts-bgt tq-ly ts-hy1", trad="臺胞臺企服務日", weight=3),
    _S("tb-zn", "yx-tba", "tib-admin", P, "cross_strait welfare", "台商子女就学及医疗保障政策说明会",
       "台商孩子在这边怎么上学？", "ts-bgt ts-hy2", trad="臺商子女就學及醫療保障政策說明會"),
    _S("tb-cwh", "yx-tba", "yx-tea tib-admin", P, "tea cross_strait", "两岸茶文化交流暨茶产业合作座谈会",
       "两岸茶人来喝茶聊茶", "tea-pj ts-bgt", trad="兩岸茶文化交流暨茶產業合作座談會", sectors="AC"),
    _S("tb-gs", "yx-tba", "yx-tax", P, "tax_pref cross_strait", "台商个人所得税申报实务讲座",
       "台商在大陆个税怎么报？", "ts-bgt ts-hy1", trad="臺商個人所得稅申報實務講座"),
    _S("tb-hy", "yx-tba", "yx-gsl", P, "networking cross_strait", "台商协会会员企业经营交流会",
       "台商老板们聚一聚", "hotel-kj ts-bgt", trad="臺商協會會員企業經營交流會"),
    # 县茶产业发展服务中心
    _S("te-wl", "yx-tea", "yx-rsj", T, "tea skills", "乌龙茶初制加工技术培训", "乌龙茶摇青做青怎么把握？",
       "TOWN VILLAGE tea-pj", series="town", sectors="AC", towns_s="chadong guikeng huyang pingpu", weight=3),
    _S("te-bc", "yx-tea", "", T, "tea", "白茶萎凋与贮存技术培训", "白茶怎么存才越存越香？", "TOWN VILLAGE",
       series="town", sectors="AC", towns_s="guikeng chadong lingbei"),
    _S("te-ly", "yx-tea", "yx-lyj yx-scjg", T, "tea green_control", "生态茶园病虫害绿色防控技术培训",
       "茶园不打农药怎么防虫？", "VILLAGE TOWN", sectors="A", towns_s="chadong guikeng huyang pingpu"),
    _S("te-zb", "yx-tea", "yx-swj yx-rsj", T, "tea ecommerce", "茶叶电商直播带货培训", "茶叶直播怎么卖得好？",
       "tea-zb tea-pj", series="period", sectors="AF", weight=3),
    _S("te-pp", "yx-tea", "yx-scjg yx-swj", P, "tea brand", "“云溪乌龙”区域公用品牌授权使用说明会",
       "我们茶企能用“云溪乌龙”牌子吗？", "tea-pj", sectors="AC"),
    _S("te-gz", "yx-tea", "xikeng", P, "tea subsidy", "茶园改造提升项目补助申报宣讲", "茶园改造补助怎么申请？",
       "TOWN", series="town", sectors="A", towns_s="chadong guikeng huyang pingpu xikeng"),
    _S("te-pj", "yx-tea", "yx-rsj yx-tba", T, "tea skills", "秋茶审评与品鉴技能培训", "秋茶怎么审评打分？",
       "tea-pj", trad="秋茶審評與品鑑技能研習", series="level", sectors="A"),
    _S("te-ck", "yx-tea", "yx-swj yx-scjg", P, "tea export food_safety", "出口茶叶农残管控与质量安全讲座",
       "茶叶出口被退货怎么办？", "tea-pj zwzx-hy1", sectors="ACF"),
    # 县文旅局
    _S("wl-ms", "yx-wlj", "xikeng yx-rsj yx-scjg", T, "homestay tourism", "土楼民宿服务质量提升培训",
       "民宿怎么拿到好评？", "tlyk-dgn gov-xikeng VILLAGE", series="level", sectors="H",
       towns_s="xikeng huyang", weekend=True, weight=3),
    _S("wl-yx", "yx-wlj", "xikeng", T, "tourism education", "土楼研学旅行课程设计培训", "研学团来了讲什么？",
       "tlyk-yx tlyk-dgn", sectors="R", towns_s="xikeng", weekend=True),
    _S("wl-fy", "yx-wlj", "xikeng", T, "heritage", "客家非遗传承人研修培训班", "客家山歌怎么传下去？",
       "wh-xjc wh-cxs", days=3, lecture="客家山歌演唱技法专题课", sectors="R", weight=1),
    _S("wl-aq", "yx-wlj", "xikeng", T, "safety tourism", "旅游景区安全生产及消防培训", "景区消防检查查什么？",
       "tlyk-dgn wh-xjc", sectors="N"),
    _S("wl-dy", "yx-wlj", "yx-rsj", T, "tourism skills", "导游及土楼讲解员年度业务培训",
       "导游每年的培训学时怎么修满？", "tlyk-dgn wh-xjc", series="class", sectors="L", weekend=True),
    _S("wl-xfj", "yx-wlj", "yx-swj yx-gsl", P, "tourism consumption", "文旅消费季活动商户招募说明会",
       "商户怎么参加文旅消费季？", "wh-xjc zwzx-hy2", sectors="HR"),
    _S("wl-dsp", "yx-wlj", "xikeng yx-swj", P, "tourism ecommerce", "土楼文旅短视频营销讲座", "拍土楼短视频怎么火？",
       "tlyk-dgn ONLINE", towns_s="xikeng", weekend=True),
    # 县林业局
    _S("ly-zc", "yx-lyj", "yx-gxj yx-gsl", P, "bamboo subsidy", "竹产业高质量发展扶持政策宣讲",
       "竹加工厂能拿哪些补贴？", "zhu-hys gov-zhuping gov-lingbei", sectors="AC", towns_s="zhuping lingbei"),
    _S("ly-zl", "yx-lyj", "", T, "bamboo forestry", "毛竹林丰产培育技术培训", "竹林怎么养出好竹笋？",
       "VILLAGE TOWN", series="town", sectors="A", towns_s="zhuping lingbei huyang"),
    _S("ly-th", "yx-lyj", "yx-invest", T, "carbon forestry", "林业碳汇项目开发与交易培训", "山林能卖碳汇吗？",
       "zwzx-hy1 zhu-hys", en="Forestry Carbon Sink Project Development Training", sectors="A"),
    _S("ly-fh", "yx-lyj", "xikeng", P, "safety forestry", "秋冬季森林防火宣传", "秋冬上山用火要注意什么？",
       "TOWN VILLAGE", series="site", weight=3),
    _S("ly-lx", "yx-lyj", "", T, "forestry rural", "林下经济种植养殖技术培训", "林子底下种什么赚钱？",
       "TOWN VILLAGE", series="town", sectors="A", towns_s="zhuping lingbei huyang guikeng"),
    _S("ly-cf", "yx-lyj", "yx-gsl", P, "forestry approval", "林木采伐及木竹运输审批服务指南", "砍竹子要办什么证？",
       "zwzx-dt gov-zhuping", sectors="A"),
    # 溪坑镇人民政府
    _S("xk-zq", "xikeng", "yx-gsl yx-wlj", P, "service", "政企面对面", "政企面对面", "gov-xikeng xk-bm",
       towns_s="xikeng"),
    _S("xk-ms", "xikeng", "yx-wlj", P, "homestay tourism", "土楼民宿业主经营交流会", "民宿老板们聊聊淡季怎么办",
       "VILLAGE gov-xikeng", towns_s="xikeng", weekend=True),
    _S("xk-fp", "xikeng", "", P, "safety", "防范电信网络诈骗宣传进土楼", "防骗知识进土楼", "VILLAGE",
       towns_s="xikeng"),
    _S("xk-fx", "xikeng", "yx-rsj", P, "entrepreneurship youth", "返乡青年创业分享会", "回乡创业的年轻人聊聊经验",
       "gov-xikeng VILLAGE", towns_s="xikeng"),
    _S("xk-nc", "xikeng", "yx-wlj yx-swj", T, "rural ecommerce", "土楼周边农特产品进景区销售培训",
       "土楼边上卖土特产，怎么卖？", "tlyk-yx gov-xikeng", sectors="AF", towns_s="xikeng"),
    # 县工商联
    _S("gs-fwr", "yx-gsl", "yx-scjg yx-tax yx-rsj yx-gxj", P, "service", "企业服务日活动", "企业服务日活动",
       "gsl-hys gsl-yz zwzx-dt TOWN", weight=3),
    _S("gs-fl", "yx-gsl", "yx-scjg", P, "contracts", "民营企业“法治体检”暨法律风险防范讲座",
       "企业合同纠纷怎么防？", "gsl-hys ONLINE"),
    _S("gs-qyj", "yx-gsl", "", T, "talent networking", "新生代企业家培训班", "企二代来充充电", "hotel-kj hotel-wl",
       days=2, lecture="企业传承与数字化管理专题讲座", weight=1),
    _S("gs-rz", "yx-gsl", "yx-gxj tib-admin", P, "finance", "民营企业“政银企”融资对接会", "企业贷款难？银行来了",
       "gsl-hys hotel-kj", trad="民營企業政銀企融資對接會", sectors="CFJ"),
    _S("gs-zq", "yx-gsl", "yx-gxj yx-swj xikeng", P, "service", "政企面对面", "政企面对面", "gsl-hys TOWN"),
    # 高铁新城管委会
    _S("hs-zc", "yx-hsr", "yx-invest yx-swj", P, "hsr subsidy", "高铁新城产业扶持政策宣讲",
       "在高铁新城开店有什么扶持？", "gtxc-ly", en="HSR New Town Industry Support Policy Briefing",
       sectors="FHL", towns_s="donghua"),
    _S("hs-aq", "yx-hsr", "yx-rsj", T, "safety construction", "高铁新城在建项目安全文明施工培训", "工地安全怎么抓？",
       "gtxc-ly gtxc-qt", series="period", sectors="E", towns_s="donghua"),
    _S("hs-sy", "yx-hsr", "yx-invest yx-swj", P, "investment hsr", "高铁新城商业综合体招商说明会",
       "高铁新城商铺怎么租？", "gtxc-ly", en="HSR New Town Commercial Complex Leasing Briefing", sectors="FHK",
       towns_s="donghua"),
    _S("hs-wl", "yx-hsr", "yx-invest yx-swj", P, "logistics hsr", "站城融合物流园入驻政策说明会",
       "物流企业入驻高铁新城要什么条件？", "gtxc-qt gtxc-ly", en="Station-City Logistics Park Entry Policy Briefing",
       sectors="G", towns_s="donghua"),
    _S("hs-zs", "yx-hsr", "yx-rsj", P, "employment hsr", "高铁新城企业用工对接会", "新城企业招人来这里", "gtxc-ly",
       sectors="FGH", towns_s="donghua"),
)
# fmt: on
_SUBJ: dict[str, _Subject] = {s.key: s for s in _SUBJECTS}
_CATCHALL = frozenset({"gs-fwr", "gs-zq", "tb-fwr", "xk-zq"})  # titled only by a catch-all
_CATCHALL_PAIRS = (
    ("gs-fwr", "gs-fwr"),
    ("gs-zq", "xk-zq"),
    ("tb-fwr", "tb-fwr"),
    ("gs-zq", "gs-zq"),
)
_ROOM_PAIRS = (
    ("zwzx-hy1", "zwzx-hy2"),
    ("zwzx-px", "zwzx-hy1"),
    ("dx-201", "dx-202"),
    ("dx-bgt", "dx-hys"),
    ("hotel-kj", "hotel-wl"),
    ("ts-hy1", "ts-hy2"),
    ("tlyk-dgn", "tlyk-yx"),
    ("tax-xt", "tax-bsf"),
    ("tea-pj", "tea-zb"),
    ("gtxc-ly", "gtxc-qt"),
    ("rlsc-px", "rlsc-dgn"),
    ("zhu-hys", "zhu-zs"),
)

# --------------------------------------------------------------------------- calendar

_FIRST = date(2027, 9, 1)
_LAST = date(2027, 11, 30)
_HOLIDAYS = frozenset({date(2027, 9, 15), *(date(2027, 10, d) for d in range(1, 8))})


def _calendar() -> tuple[list[date], list[date]]:
    work: list[date] = []
    weekend: list[date] = []
    day = _FIRST
    while day <= _LAST:
        if day not in _HOLIDAYS:
            (weekend if day.weekday() >= 5 else work).append(day)
        day += timedelta(days=1)
    return work, weekend


_WORKDAYS, _WEEKENDS = _calendar()
_WORKSET = frozenset(_WORKDAYS)


def _pm_starts(day: date) -> tuple[time, ...]:
    return (
        (time(14, 30), time(15, 0)) if day.month == 9 else (time(14, 0), time(14, 30), time(15, 0))
    )


# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True, slots=True)
class _Qual:
    fam: str  # period | class | level | town | site
    num: int = 0
    town: str = ""


@dataclass(slots=True)
class _Session:
    sid: int
    subject: _Subject
    hosts: list[str]
    kind: str
    start: datetime
    end: datetime
    room: _Room | None
    town: str
    code: str = ""
    qual: _Qual | None = None
    numbered: bool = True
    lecture: bool = False
    exact: bool = False  # every posting names the room or the meeting code
    qual_all: bool = False  # every posting carries the qualifier
    bldg_only: bool = False  # every posting names only the building
    tight: bool = False  # co-hosts keep the announced times close

    @property
    def regions(self) -> tuple[str, ...]:
        if self.qual is not None and self.qual.town:
            return (self.qual.town,)
        if self.town:
            return (self.town,)
        towns = self.subject.towns
        return towns if len(towns) == 1 else ()


def _town_of(room: _Room | None, town: str) -> str:
    return town or (_BUILDINGS[room.building].town if room is not None else "")


class _Plan:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sessions: list[_Session] = []
        self.busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = set()
        self.groups: list[tuple[str, tuple[int, ...]]] = []  # hard-negative groups, for inspection
        self.posts = 0
        self.multi_posts = 0

    # ----- bookkeeping

    def free(self, room: str, start: datetime, end: datetime) -> bool:
        pad = timedelta(minutes=60)
        return all(end + pad <= a or b + pad <= start for a, b in self.busy.get(room, []))

    def book(self, room: str, start: datetime, end: datetime) -> None:
        self.busy.setdefault(room, []).append((start, end))

    def code(self) -> str:
        while True:
            c = str(self.rng.randint(100_000_000, 999_999_999))
            if c not in self.codes:
                self.codes.add(c)
                return c

    def hosts(self, subj: _Subject, multi: bool, avoid: tuple[str, ...] = ()) -> list[str]:
        rng = self.rng
        partners = [p for p in subj.partners if p not in avoid]
        if multi and partners:
            n = 2 if len(partners) == 1 or rng.random() < 0.72 else 3
            return [subj.lead, *rng.sample(partners, n - 1)]
        if partners and subj.key not in _CATCHALL and rng.random() < 0.18:
            return [rng.choice(partners)]
        return [subj.lead]

    def add(
        self,
        subj: _Subject,
        hosts: list[str],
        start: datetime,
        end: datetime,
        room: _Room | None,
        town: str,
        *,
        code: str = "",
        qual: _Qual | None = None,
        auto_qual: bool = True,
        numbered: bool = True,
        lecture: bool = False,
        exact: bool = False,
        qual_all: bool = False,
        bldg_only: bool = False,
        tight: bool = False,
    ) -> _Session:
        if _town_of(room, town) != "xikeng" and "xikeng" in hosts and subj.lead != "xikeng":
            # the township government only co-hosts at home
            hosts = [h for h in hosts if h != "xikeng"] or [subj.lead]
        lead = hosts[0]
        kind = subj.kind if lead == subj.lead else (_DEPTS[lead].lean or subj.kind)
        if qual is None and auto_qual and subj.series in ("town", "site") and town:
            qual = _Qual(subj.series, town=town)
        s = _Session(
            sid=len(self.sessions) + 1,
            subject=subj,
            hosts=hosts,
            kind=kind,
            start=start,
            end=end,
            room=room,
            town=town,
            code=code if room is not None else (code or self.code()),
            qual=qual,
            numbered=numbered,
            lecture=lecture,
            exact=exact,
            qual_all=qual_all,
            bldg_only=bldg_only,
            tight=tight,
        )
        if room is not None:
            self.book(room.key, start, end)
        self.sessions.append(s)
        self.posts += len(hosts)
        if len(hosts) > 1:
            self.multi_posts += len(hosts)
        return s

    # ----- picking places and times

    def venue(
        self, subj: _Subject, host: str, token: str | None = None, prefer: str = ""
    ) -> tuple[_Room | None, str]:
        rng = self.rng
        if token is None:
            pool = list(subj.venues)
            if host != subj.lead:
                pool.append(_HOME[host])
            token = rng.choice(pool)
        if token == "ONLINE":
            return None, ""
        if token == "TOWN":
            towns = list(subj.towns or _TOWN_KEYS)
            town = prefer if prefer in towns else rng.choice(towns)
            return _ROOMS[rng.choice(_TOWN_ROOMS[town])], town
        if token == "VILLAGE":
            towns = [t for t in (subj.towns or _TOWN_KEYS) if t in _VILLAGE_ROOMS]
            town = prefer if prefer in towns else rng.choice(towns)
            return _ROOMS[rng.choice(_VILLAGE_ROOMS[town])], town
        room = _ROOMS[token]
        bld = _BUILDINGS[room.building]
        return room, bld.town if bld.local else ""

    def day(self, subj: _Subject) -> date:
        rng = self.rng
        if subj.weekend and rng.random() < 0.3:
            return rng.choice(_WEEKENDS)
        return rng.choice(_WORKDAYS)

    def slot(self, day: date, minutes: int, am: bool | None = None) -> tuple[datetime, datetime]:
        rng = self.rng
        if am is None:
            am = rng.random() < 0.55
        if am:
            starts = [
                t
                for t in (time(8, 30), time(9, 0), time(9, 30), time(10, 0))
                if t.hour * 60 + t.minute + minutes <= 750
            ]
        else:
            starts = [t for t in _pm_starts(day) if t.hour * 60 + t.minute + minutes <= 1080]
        start = datetime.combine(day, rng.choice(starts))
        return start, start + timedelta(minutes=minutes)

    def minutes(self, subj: _Subject) -> int:
        return max(60, min(180, subj.duration + self.rng.choice((-30, 0, 0, 30))))

    def course_days(self, n: int) -> list[date]:
        while True:
            first = self.rng.choice(_WORKDAYS)
            days = [first + timedelta(days=i) for i in range(n)]
            if all(d in _WORKSET for d in days):
                return days

    # ----- regular sessions

    def regular(self, subj: _Subject, multi: bool) -> _Session | None:
        rng = self.rng
        for _ in range(40):
            hosts = self.hosts(subj, multi)
            room, town = self.venue(subj, hosts[0], prefer="xikeng" if "xikeng" in hosts else "")
            if subj.days > 1 and room is not None and hosts[0] == subj.lead:
                days = self.course_days(subj.days)
                start = datetime.combine(days[0], time(8, 30))
                end = datetime.combine(days[-1], time(17, 30))
            else:
                start, end = self.slot(self.day(subj), self.minutes(subj))
            if room is None:
                return self.add(subj, hosts, start, end, None, town)
            if self.free(room.key, start, end):
                code = self.code() if rng.random() < 0.06 else ""
                return self.add(subj, hosts, start, end, room, town, code=code)
        return None

    def fill(self, target: int, share: float) -> None:
        rng = self.rng
        with_partners = [s for s in _SUBJECTS if s.partners]
        while self.posts < target:
            multi = self.multi_posts < share * (self.posts + 2)
            pool = with_partners if multi else _SUBJECTS
            subj = rng.choices(pool, weights=[s.weight for s in pool])[0]
            self.regular(subj, multi)

    def maybe_multi(self) -> bool:
        return self.rng.random() < 0.45

    # ----- hard negatives

    def suited(self, room_key: str) -> list[_Subject]:
        bld = _ROOMS[room_key].building
        own = [s for s in _SUBJECTS if s.days == 1 and room_key in s.venues]
        near = [
            s for s in _SUBJECTS if s.days == 1 and any(v in _BUILDING_ROOMS[bld] for v in s.venues)
        ]
        return own or near

    def hn_parallel_rooms(self) -> None:
        rng = self.rng
        for _ in range(60):
            ka, kb = rng.choice(_ROOM_PAIRS)
            sa = rng.choice(self.suited(ka))
            same = rng.random() < 0.5
            others = [s for s in self.suited(kb) if s is not sa]
            sb = sa if same or not others else rng.choice(others)
            day = rng.choice(_WORKDAYS)
            start, end_a = self.slot(day, self.minutes(sa))
            end_b = start + timedelta(minutes=self.minutes(sb))
            if not (self.free(ka, start, end_a) and self.free(kb, start, end_b)):
                continue
            a = self.add(
                sa,
                self.hosts(sa, self.maybe_multi()),
                start,
                end_a,
                _ROOMS[ka],
                "",
                numbered=not same,
                exact=True,
            )
            b = self.add(
                sb,
                self.hosts(sb, self.maybe_multi()),
                start,
                end_b,
                _ROOMS[kb],
                "",
                numbered=not same,
                exact=True,
            )
            self.groups.append(("parallel-rooms", (a.sid, b.sid)))
            return

    def town_subjects(self) -> list[_Subject]:
        return [s for s in _SUBJECTS if "TOWN" in s.venues and s.days == 1 and len(s.towns) != 1]

    def two_towns(self, subj: _Subject) -> tuple[str, str]:
        a, b = self.rng.sample(list(subj.towns or _TOWN_KEYS), 2)
        return a, b

    def hn_same_title_two_towns(self) -> None:
        rng = self.rng
        for _ in range(60):
            subj = rng.choice(self.town_subjects())
            ta, tb = self.two_towns(subj)
            ra, rb = _ROOMS[_TOWN_ROOMS[ta][0]], _ROOMS[_TOWN_ROOMS[tb][0]]
            start, end = self.slot(self.day(subj), self.minutes(subj))
            if not (self.free(ra.key, start, end) and self.free(rb.key, start, end)):
                continue
            ids = tuple(
                self.add(
                    subj,
                    self.hosts(subj, self.maybe_multi()),
                    start,
                    end,
                    r,
                    t,
                    auto_qual=False,
                    numbered=False,
                    exact=True,
                ).sid
                for r, t in ((ra, ta), (rb, tb))
            )
            self.groups.append(("same-title-two-towns", ids))
            return

    def hn_consecutive_days(self) -> None:
        rng = self.rng
        for _ in range(60):
            subj = rng.choice([s for s in _SUBJECTS if s.days == 1 and s.venues != ("ONLINE",)])
            tokens = [v for v in subj.venues if v != "ONLINE"]
            room, town = self.venue(subj, subj.lead, rng.choice(tokens))
            if room is None:
                continue
            day = rng.choice(_WORKDAYS)
            nxt = day + timedelta(days=1)
            if nxt not in _WORKSET:
                continue
            start, end = self.slot(day, self.minutes(subj))
            start2, end2 = start + timedelta(days=1), end + timedelta(days=1)
            if not (self.free(room.key, start, end) and self.free(room.key, start2, end2)):
                continue
            a = self.add(
                subj, self.hosts(subj, self.maybe_multi()), start, end, room, town, numbered=False
            )
            b = self.add(
                subj, self.hosts(subj, self.maybe_multi()), start2, end2, room, town, numbered=False
            )
            self.groups.append(("consecutive-days", (a.sid, b.sid)))
            return

    def hn_course_inside(self) -> None:
        rng = self.rng
        for _ in range(60):
            subj = rng.choice([s for s in _SUBJECTS if s.days > 1])
            room = _ROOMS[rng.choice(subj.venues)]
            other = [k for k in _BUILDING_ROOMS[room.building] if k != room.key]
            lroom = _ROOMS[rng.choice(other)]
            days = self.course_days(subj.days)
            start = datetime.combine(days[0], time(8, 30))
            end = datetime.combine(days[-1], time(17, 30))
            lstart, lend = self.slot(days[1], 120, am=False)
            if not (self.free(room.key, start, end) and self.free(lroom.key, lstart, lend)):
                continue
            a = self.add(subj, self.hosts(subj, self.maybe_multi()), start, end, room, "")
            b = self.add(
                subj,
                self.hosts(subj, self.maybe_multi()),
                lstart,
                lend,
                lroom,
                "",
                lecture=True,
                exact=True,
            )
            self.groups.append(("course-inside", (a.sid, b.sid)))
            return

    def hn_online_vs_hall(self) -> None:
        rng = self.rng
        online = [s for s in _SUBJECTS if "ONLINE" in s.venues and len(s.venues) > 1]
        for _ in range(60):
            subj = rng.choice(online)
            token = rng.choice([v for v in subj.venues if v != "ONLINE"])
            room, town = self.venue(subj, subj.lead, token)
            if room is None:
                continue
            start, end = self.slot(self.day(subj), self.minutes(subj))
            if not self.free(room.key, start, end):
                continue
            a = self.add(
                subj, self.hosts(subj, self.maybe_multi()), start, end, None, "", exact=True
            )
            b = self.add(
                subj, self.hosts(subj, self.maybe_multi()), start, end, room, town, exact=True
            )
            self.groups.append(("online-vs-hall", (a.sid, b.sid)))
            return

    def hn_back_to_back(self) -> None:
        rng = self.rng
        for _ in range(60):
            subj = rng.choice([s for s in _SUBJECTS if s.days == 1 and s.venues != ("ONLINE",)])
            room, town = self.venue(
                subj, subj.lead, rng.choice([v for v in subj.venues if v != "ONLINE"])
            )
            if room is None:
                continue
            same = rng.random() < 0.5
            others = [s for s in self.suited(room.key) if s is not subj]
            other = subj if same or not others else rng.choice(others)
            day = rng.choice(_WORKDAYS)
            if rng.random() < 0.6:
                first = datetime.combine(day, rng.choice((time(8, 30), time(9, 0))))
            else:
                first = datetime.combine(day, _pm_starts(day)[0])
            mid = first + timedelta(minutes=90)
            last = mid + timedelta(minutes=rng.choice((60, 90)))
            if not self.free(room.key, first, last):
                continue
            a = self.add(
                subj,
                self.hosts(subj, self.maybe_multi()),
                first,
                mid,
                room,
                town,
                numbered=not same,
                tight=True,
            )
            b = self.add(
                other,
                self.hosts(other, self.maybe_multi()),
                mid,
                last,
                room,
                town,
                numbered=not same,
                tight=True,
            )
            self.groups.append(("back-to-back", (a.sid, b.sid)))
            return

    def hn_catchall_two_places(self) -> None:
        rng = self.rng
        for _ in range(60):
            ka, kb = rng.choice(_CATCHALL_PAIRS)
            sa, sb = _SUBJ[ka], _SUBJ[kb]
            ra, ta = self.venue(sa, sa.lead)
            rb, tb = self.venue(sb, sb.lead)
            if ra is None or rb is None or ra.building == rb.building:
                continue
            start, end = self.slot(rng.choice(_WORKDAYS), self.minutes(sa))
            if not (self.free(ra.key, start, end) and self.free(rb.key, start, end)):
                continue
            a = self.add(sa, self.hosts(sa, self.maybe_multi()), start, end, ra, ta, exact=True)
            b = self.add(sb, self.hosts(sb, self.maybe_multi()), start, end, rb, tb, exact=True)
            self.groups.append(("catchall-two-places", (a.sid, b.sid)))
            return

    def hn_two_depts_two_buildings(self) -> None:
        rng = self.rng
        for _ in range(60):
            subj = rng.choice([s for s in _SUBJECTS if s.partners and s.days == 1])
            partner = rng.choice(subj.partners)
            ra, ta = self.venue(subj, subj.lead, rng.choice([*subj.venues]))
            rb, tb = self.venue(subj, partner, rng.choice([*subj.venues, _HOME[partner]]))
            if ra is None or rb is None or ra.building == rb.building:
                continue
            if partner == "xikeng" and _town_of(rb, tb) != "xikeng":
                continue
            start, end = self.slot(self.day(subj), self.minutes(subj))
            if not (self.free(ra.key, start, end) and self.free(rb.key, start, end)):
                continue
            hosts_a = self.hosts(subj, self.maybe_multi(), avoid=(partner,))
            if hosts_a[0] != subj.lead:
                hosts_a = [subj.lead]
            a = self.add(subj, hosts_a, start, end, ra, ta, numbered=False, exact=True)
            b = self.add(subj, [partner], start, end, rb, tb, numbered=False, exact=True)
            self.groups.append(("two-depts-two-buildings", (a.sid, b.sid)))
            return

    def hn_same_dept_two_towns(self) -> None:
        rng = self.rng
        for _ in range(60):
            subj = rng.choice(self.town_subjects())
            ta, tb = self.two_towns(subj)
            ra, rb = _ROOMS[rng.choice(_TOWN_ROOMS[ta])], _ROOMS[rng.choice(_TOWN_ROOMS[tb])]
            start, end = self.slot(self.day(subj), self.minutes(subj))
            if not (self.free(ra.key, start, end) and self.free(rb.key, start, end)):
                continue
            ids = []
            for r, t in ((ra, ta), (rb, tb)):
                hosts = self.hosts(subj, self.maybe_multi())
                if hosts[0] != subj.lead:
                    hosts = [subj.lead]
                ids.append(self.add(subj, hosts, start, end, r, t, numbered=False, exact=True).sid)
            self.groups.append(("same-dept-two-towns", tuple(ids)))
            return

    def hn_online_two_codes(self) -> None:
        rng = self.rng
        online = [s for s in _SUBJECTS if "ONLINE" in s.venues]
        sa = rng.choice(online)
        sb = sa if rng.random() < 0.4 else rng.choice(online)
        start, end = self.slot(rng.choice(_WORKDAYS), self.minutes(sa))
        a = self.add(
            sa, self.hosts(sa, self.maybe_multi()), start, end, None, "", numbered=False, exact=True
        )
        b = self.add(
            sb, self.hosts(sb, self.maybe_multi()), start, end, None, "", numbered=False, exact=True
        )
        self.groups.append(("online-two-codes", (a.sid, b.sid)))

    def hn_qualifier_pair(self) -> None:
        rng = self.rng
        fam = rng.choice(("period", "period", "class", "level", "town", "site"))
        for _ in range(60):
            subj = rng.choice([s for s in _SUBJECTS if s.series == fam and s.days == 1])
            pairs = [p for p in _ROOM_PAIRS if p[0] in subj.venues or p[1] in subj.venues]
            ka, kb = rng.choice(pairs or [("zwzx-hy1", "zwzx-hy2")])
            start, end = self.slot(self.day(subj), self.minutes(subj))
            if not (self.free(ka, start, end) and self.free(kb, start, end)):
                continue
            if fam in ("town", "site"):
                ta, tb = self.two_towns(subj)
                quals: tuple[_Qual | None, _Qual | None] = (
                    _Qual(fam, town=ta),
                    _Qual(fam, town=tb),
                )
            elif fam == "period":
                quals = (None, None)
            else:
                quals = (_Qual(fam, 1), _Qual(fam, 2))
            ids = []
            for key, q in zip((ka, kb), quals, strict=True):
                hosts = self.hosts(subj, self.maybe_multi())
                if hosts[0] != subj.lead:
                    hosts = [subj.lead]
                ids.append(
                    self.add(
                        subj,
                        hosts,
                        start,
                        end,
                        _ROOMS[key],
                        "",
                        qual=q,
                        qual_all=True,
                        bldg_only=True,
                    ).sid
                )
            self.groups.append(("qualifier-pairs", tuple(ids)))
            return

    def hard_negatives(self) -> None:
        builders = (
            self.hn_parallel_rooms,
            self.hn_same_title_two_towns,
            self.hn_consecutive_days,
            self.hn_course_inside,
            self.hn_online_vs_hall,
            self.hn_back_to_back,
            self.hn_catchall_two_places,
            self.hn_two_depts_two_buildings,
            self.hn_same_dept_two_towns,
            self.hn_online_two_codes,
            self.hn_qualifier_pair,
        )
        for build in builders:
            for _ in range(self.rng.randint(4, 6)):
                build()

    def number_periods(self) -> None:
        runs: dict[str, list[_Session]] = {}
        for s in self.sessions:
            subj = s.subject
            if subj.series == "period" and s.numbered and not s.lecture and s.hosts[0] == subj.lead:
                runs.setdefault(subj.key, []).append(s)
        for run in runs.values():
            run.sort(key=lambda x: (x.start, x.sid))
            for i, s in enumerate(run, 1):
                s.qual = _Qual("period", i)


# --------------------------------------------------------------------------- rendering


def _stamp(t: datetime, clock: str) -> str:
    if clock == "utc":
        return (t - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ")
    if clock == "naive":
        return t.strftime("%Y-%m-%dT%H:%M:%S")
    return t.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def _qual_text(rng: random.Random, q: _Qual, register: str) -> str:
    n = q.num
    if q.fam == "period":
        forms = {
            "trad": [f"第{_cn(n)}期"],
            "en": [f"Session {n}", f"Cohort {n}"],
        }.get(register, [f"第{n}期", f"第{_cn(n)}期", f"第{n}期".translate(_FW)])
    elif q.fam == "class":
        forms = {"trad": [f"{_cn(n)}班"], "en": [f"Class {n}"]}.get(
            register, [f"{_cn(n)}班", f"{n}班", f"第{_cn(n)}班"]
        )
    elif q.fam == "level":
        low = n == 1
        forms = {
            "trad": ["初級班", "入門班"] if low else ["進階班", "提高班"],
            "en": ["Beginner Class"] if low else ["Advanced Class"],
        }.get(register, ["初级班", "入门班", "基础班"] if low else ["提高班", "进阶班"])
    else:
        t = _TOWNS[q.town]
        word = "专场" if q.fam == "town" else "站"
        forms = {
            "trad": [_trad(f"{t.full}{word}")],
            "en": [f"{t.en} Session"] if q.fam == "town" else [f"{t.py} Stop"],
        }.get(register, [f"{t.full}{word}", f"{t.short}{word}"])
    return rng.choice(forms)


def _core(rng: random.Random, s: _Session, d: _Dept) -> str:
    subj = s.subject
    if s.lecture:
        return _trad(subj.lecture) if d.register == "trad" else subj.lecture
    if d.register == "trad":
        return subj.trad or _trad(subj.formal)
    if d.register == "en":
        return subj.en or subj.formal
    if d.register == "plain":
        return subj.plain if rng.random() < 0.75 else subj.formal
    return subj.formal


_CAMPAIGNS = {
    "export": "外贸稳增长专项行动——",
    "ecommerce": "电商助农专项行动——",
    "rural": "县域商业提升专项行动——",
    "logistics": "县域商业提升专项行动——",
    "consumption": "提振消费专项行动——",
}


def _title(rng: random.Random, s: _Session, slug: str, lead: bool) -> str:
    d = _DEPTS[slug]
    if (
        not lead
        and d.catch
        and s.subject.kind == P
        and not (s.lecture or s.qual_all)
        and rng.random() < 0.3
    ):
        return rng.choice(d.catch)
    core = _core(rng, s, d)
    q = ""
    if s.qual is not None and (lead or s.qual_all or rng.random() < 0.5):
        q = _qual_text(rng, s.qual, d.register)
    paren = f"（{q}）" if q else ""
    r = rng.random()
    match slug:
        case "yx-rsj":
            title = core + paren
            if r < 0.6:
                title = "【县人社局】" + title
            elif r < 0.75:
                title = "【云溪人社】" + title
            if rng.random() < 0.15:
                title += "（名额有限）"
            if rng.random() < 0.2:
                title = title.translate(_FW)
        case "yx-tax":
            title = q + core if s.qual is not None and s.qual.fam == "period" else core + paren
            if r < 0.1:
                title += "（免费）"
        case "yx-scjg":
            head = "市监局：" if r < 0.55 else "县市场监管局：" if r < 0.75 else ""
            title = head + core + (f"—{q}" if q else "")
            if rng.random() < 0.2:
                title = title.translate(_FW)
        case "yx-gxj":
            title = f"关于举办{core}{paren}的通知" if r < 0.65 else core + paren
        case "yx-swj":
            quarter = "三" if s.start.month <= 9 else "四"
            campaign = next((_CAMPAIGNS[t] for t in s.subject.themes if t in _CAMPAIGNS), "")
            if r < 0.35:
                title = f"2027年第{quarter}季度{core}{paren}"
            elif r < 0.6 and campaign:
                title = campaign + core + paren
            else:
                title = core + paren
        case "yx-invest":
            title = core + (f" ({q})" if q else "")
            if r < 0.3:
                title = "[Invest Yunxi] " + title
            elif r < 0.45:
                title = "Yunxi | " + title
        case "tib-admin":
            title = core + paren
            if r < 0.3 and "臺投區" not in core:
                title = "【臺投區】" + title
            elif r < 0.45:
                title = "臺商投資區管委會：" + title
        case "yx-tba":
            title = core + paren
            if r < 0.2:
                title += "（歡迎會員踴躍報名）"
        case "yx-tea":
            title = core + (f"·{q}" if q else "")
            if r < 0.2:
                title += "（公益）"
        case "yx-wlj":
            title = core + paren
            if r < 0.3:
                title = "【土楼文旅】" + title
            if rng.random() < 0.15:
                title += "（公益）"
        case "yx-lyj":
            title = core + paren
            if r < 0.3 and not core.startswith("2027"):
                title = "2027年" + title
        case "xikeng":
            title = core + paren
            if r < 0.45 and "溪坑" not in title:
                title = "溪坑镇" + title
        case "yx-gsl":
            title = core + paren
            if r < 0.15 and core != "政企面对面":
                title = "“政企面对面”——" + title
        case _:
            title = core + paren
            if r < 0.4 and not core.startswith("高铁新城"):
                title = "高铁新城·" + title
    return title


def _prefixed(name: str, bld: _Building, level: int) -> str:
    if level == 0 or name.startswith(("中共", "国家税务总局")):
        return name
    if name.startswith("县"):
        name = "云溪" + name
    elif not name.startswith("云溪"):
        town = _TOWNS[bld.town]
        if bld.village and not name.startswith(town.full):
            name = town.full + name
        name = "云溪县" + name
    return ("", "", "龙岩市", "福建省龙岩市")[level] + name


def _room_en(rng: random.Random, room: _Room, bld: _Building, building_only: bool) -> str:
    if building_only:
        return bld.en + rng.choice(("", ", Yunxi County", ", Yunxi, Fujian"))
    parts = [room.en]
    if room.block:
        parts.append(f"Building {room.block}")
    parts.append(rng.choice((f"{room.floor}F", f"Floor {room.floor}", f"{room.floor}/F")))
    parts.append(bld.en)
    return ", ".join(parts)


def _room_text(rng: random.Random, room: _Room, slug: str, building_only: bool) -> str:
    d = _DEPTS[slug]
    bld = _BUILDINGS[room.building]
    alias = dict(room.alias).get(slug)
    if alias and not building_only and rng.random() < 0.85:
        return alias
    if slug == "yx-invest":
        return _room_en(rng, room, bld, building_only)
    own = dict(bld.alias).get(slug)
    name = own or _prefixed(rng.choice(bld.names), bld, int(rng.choice(d.levels)))
    if building_only:
        text = name
    else:
        parts = [name]
        if bld.addr and rng.random() < d.address:
            parts[0] = f"{name}（{bld.addr}）"
        if room.block:
            n = room.block
            blocks = (f"{n}号楼", f"{n}#楼", f"{_cn(n)}号楼", f"{n}栋", f"{'AB'[n - 1]}座")
            parts.append(blocks[int(rng.choice(d.blocks))])
        if rng.random() < 0.75:
            n = room.floor
            floors = (f"{_cn(n)}楼", f"{n}楼", f"{n}F", f"{n}层")
            parts.append(floors[int(rng.choice(d.floors))])
        parts.append(rng.choice(room.names))
        text = (" " if rng.random() < d.space else "").join(parts)
    if d.register == "trad":
        text = _trad(text)
    if rng.random() < d.fullwidth:
        text = text.translate(_FW)
    return text


def _code_text(rng: random.Random, code: str) -> str:
    return rng.choice(
        (f"{code[:3]}-{code[3:6]}-{code[6:]}", code, f"{code[:3]} {code[3:6]} {code[6:]}")
    )


def _code_url(rng: random.Random, code: str) -> str:
    return rng.choice(
        (f"https://meeting.tencent.com/p/{code}", f"https://meeting.tencent.com/dm/?code={code}")
    )


def _online_place(
    rng: random.Random, code: str, slug: str, exact: bool
) -> tuple[str | None, str | None]:
    reg = _DEPTS[slug].register
    label = {"trad": "騰訊會議", "en": "Tencent Meeting ID"}.get(reg, "腾讯会议")
    online = {"trad": "線上", "en": "Online"}.get(reg, "线上")
    if not exact and rng.random() < 0.07:
        return rng.choice((f"{online}直播", online)), None
    r = rng.random()
    if r < 0.4:
        return (
            f"{label}：{_code_text(rng, code)}"
            if reg != "en"
            else f"{label} {_code_text(rng, code)}",
            None,
        )
    if r < 0.7:
        return f"{online}（{label} {_code_text(rng, code)}）", _code_url(rng, code)
    return rng.choice((online, None)), _code_url(rng, code)


def _place(
    rng: random.Random, s: _Session, slug: str, lead: bool
) -> tuple[str | None, str | None, str]:
    """Return (location, onlineUrl, venue written only in the description)."""
    if s.room is None:
        location, url = _online_place(rng, s.code, slug, s.exact)
        return location, url, ""
    d = _DEPTS[slug]
    mode = "room"
    if s.bldg_only:
        mode = "building"
    elif not s.exact:
        r = rng.random()
        if lead:
            mode = "desc" if r < d.p_desc / 2 else "room"
        elif r < d.p_building:
            mode = "building"
        elif r < d.p_building + d.p_none:
            mode = "none"
        elif r < d.p_building + d.p_none + d.p_desc:
            mode = "desc"
    text = None if mode == "none" else _room_text(rng, s.room, slug, mode == "building")
    location = text if mode in ("room", "building") else None
    url = None
    if s.code:
        if rng.random() < 0.6:
            url = _code_url(rng, s.code)
        elif location is not None:
            shown = _code_text(rng, s.code)
            location += {
                "trad": f"（同步線上：騰訊會議 {shown}）",
                "en": f" (also online: Tencent Meeting ID {shown})",
            }.get(d.register, f"（同步线上：腾讯会议 {shown}）")
        else:
            url = _code_url(rng, s.code)
    return location, url, (text or "") if mode == "desc" else ""


def _times(rng: random.Random, s: _Session, lead: bool) -> tuple[datetime, datetime]:
    if s.subject.days > 1 and not s.lecture and s.end - s.start > timedelta(hours=12):
        ds = 0 if lead else rng.choice((0, 0, 30))
        de = 0 if lead else rng.choice((0, 0, -30))
    elif s.tight:
        ds, de = 0, (0 if lead else rng.choice((0, -15)))
    elif lead:
        ds, de = (-30 if rng.random() < 0.1 else 0), 0
    else:
        ds = rng.choice((-30, -30, -30, 0, 0, 0, 0, 0, 0, 30))
        de = rng.choice((-30, -15, 0, 0, 15, 30))
    start = s.start + timedelta(minutes=ds)
    end = max(s.end + timedelta(minutes=de), start + timedelta(minutes=30))
    return start, end


_CONTACTS = {
    "gov": ("赖老师", "江科长", "游女士", "卢先生", "邱老师", "钟女士", "罗老师", "简先生"),
    "plain": ("小赖", "江姐", "游老师", "卢主任", "钟站长"),
    "trad": ("邱秘書長", "賴小姐", "簡先生", "林總幹事"),
    "en": ("Ms. Lai", "Mr. Jiang", "Ms. Zhong"),
}


def _description(
    rng: random.Random, s: _Session, slug: str, shown: datetime, note: str
) -> str | None:
    d = _DEPTS[slug]
    reg = d.register
    parts: list[str] = []
    if note:
        parts.append(("地點：" if reg == "trad" else "地点：") + note)
    if shown < s.start:
        parts.append(
            {
                "trad": f"{shown:%H:%M}開始簽到，{s.start:%H:%M}正式開始。",
                "en": f"Registration opens at {shown:%H:%M}; the program starts at {s.start:%H:%M}.",
            }.get(reg, f"{shown:%H:%M}开始签到，{s.start:%H:%M}正式开始。")
        )
    if s.end.date() > s.start.date():
        a, b = s.start.date(), s.end.date()
        n = (b - a).days + 1
        parts.append(
            {
                "trad": f"研習時間：{a.month}月{a.day}日至{b.month}月{b.day}日，共{n}天。",
                "en": f"Runs {a:%b} {a.day}-{b.day}, {n} days.",
            }.get(reg, f"培训时间：{a.month}月{a.day}日至{b.month}月{b.day}日，共{n}天。")
        )
    extra = {
        "yx-tax": "请提前登录电子税务局，并携带办税人员手机。",
        "yx-rsj": "参训人员请携带身份证原件。",
        "yx-tea": "欢迎茶企、合作社、家庭茶场参加。",
        "xikeng": "请各村（居）通知到位。",
        "yx-invest": "Chinese-English interpretation will be provided.",
        "yx-tba": "敬請會員企業踴躍報名參加。",
    }.get(slug)
    if extra and rng.random() < 0.3:
        parts.append(extra)
    if rng.random() < d.contact:
        name = rng.choice(_CONTACTS[reg])
        phone = rng.randint(5_200_000, 5_399_999)
        parts.append(
            {
                "trad": f"聯絡人：{name}，電話：0597-{phone}",
                "en": f"Contact: {name}, +86 597 {phone}",
            }.get(reg, f"联系人：{name}，电话：0597-{phone}")
        )
    return "\n".join(parts) or None


def _topics(rng: random.Random, s: _Session, slug: str) -> list[str]:
    d = _DEPTS[slug]
    if slug in ("xikeng", "yx-gsl", "yx-tba") and rng.random() < 0.25:
        return []
    col = _REGISTER_INDEX[d.register]
    out: list[str] = []
    for j, theme in enumerate(s.subject.themes):
        words = _THEMES[theme][col].split("|")
        word = words[(d.rot + j) % len(words)]
        if word not in out:
            out.append(word)
    if d.tag not in out and rng.random() < 0.5:
        out.append(d.tag)
    return out


def _sectors(rng: random.Random, letters: str, slug: str) -> list[str]:
    style = _DEPTS[slug].sectors
    if style == "none" or not letters or rng.random() < 0.2:
        return []
    picked = list(letters)
    if len(picked) > 1 and rng.random() < 0.3:
        picked.remove(rng.choice(picked))
    out: list[str] = []
    for letter in picked:
        zh, en = _SECTIONS[letter]
        out.append({"letter": letter, "zh": zh, "both": f"{letter} {zh}", "en": en}[style])
    return out


def _regions(rng: random.Random, towns: tuple[str, ...], slug: str) -> list[str]:
    style = _DEPTS[slug].regions
    if style == "none" or not towns or rng.random() < 0.15:
        return []
    out: list[str] = []
    for key in towns:
        t = _TOWNS[key]
        match style:
            case "full":
                out.append(t.full)
            case "short":
                out.append(t.short)
            case "county":
                out.append("云溪县" + t.full)
            case _:
                out.append(rng.choice((t.en, t.py)))
    return out


def _capacity(rng: random.Random, s: _Session, lead: bool) -> int | None:
    if rng.random() < 0.35:
        return None
    if s.room is None:
        return rng.choice((200, 300, 500, 1000))
    cap = s.room.cap
    return cap if lead or rng.random() < 0.6 else max(10, cap // rng.choice((2, 3, 4)) // 10 * 10)


def _external_id(slug: str, seq: int, day: date) -> str | None:
    match slug:
        case "yx-rsj":
            return f"RSJ-2027-{seq:04d}"
        case "yx-tax":
            return f"SW{day:%Y%m%d}{100 + seq:03d}"
        case "yx-scjg" | "xikeng":
            return None
        case "yx-gxj":
            return f"云工信〔2027〕{seq}号"
        case "yx-swj":
            return f"SWJ-2027Q{3 if day.month <= 9 else 4}-{seq:03d}"
        case "yx-invest":
            return f"IPC27-{seq:04d}"
        case "tib-admin":
            return f"TIZ{day:%Y%m%d}-{seq:03d}"
        case "yx-tba":
            return f"TBA-116-{seq:03d}"
        case "yx-tea":
            return f"CY{seq:05d}"
        case "yx-wlj":
            return f"wlj-{day:%m%d}-{seq}"
        case "yx-lyj":
            return f"LY2027{seq:04d}"
        case "yx-gsl":
            return f"GSL-{seq:03d}"
        case _:
            return f"HSR-{day:%y%m}-{seq:03d}"


def _signup(rng: random.Random, slug: str, seq: int) -> str | None:
    r = rng.random()
    match slug:
        case "yx-rsj" if r < 0.4:
            return f"https://rsj.fjyunxi.gov.cn/pxbm/{2027000 + seq}"
        case "yx-invest" if r < 0.6:
            return f"https://invest.fjyunxi.gov.cn/events/{seq:04d}"
        case "tib-admin" if r < 0.3:
            return f"https://tiz.fjyunxi.gov.cn/signup?id={seq}"
        case "yx-tea" | "yx-wlj" | "yx-gsl" if r < 0.3:
            token = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))
            return f"https://jinshuju.net/f/{token}"
        case _:
            return None


def _render(rng: random.Random, s: _Session, slug: str, seq: int) -> dict[str, Any]:
    d = _DEPTS[slug]
    lead = slug == s.hosts[0]
    kind = s.kind if lead or not d.lean or rng.random() < 0.5 else d.lean
    start, end = _times(rng, s, lead)
    location, url, note = _place(rng, s, slug, lead)
    return {
        "department": slug,
        "input": {
            "externalId": _external_id(slug, seq, s.start.date()),
            "kind": kind,
            "title": _title(rng, s, slug, lead),
            "start": _stamp(start, d.clock),
            "end": _stamp(end, d.clock),
            "timezone": "Asia/Shanghai",
            "location": location,
            "onlineUrl": url,
            "description": _description(rng, s, slug, start, note),
            "topics": _topics(rng, s, slug),
            "audience": {
                "sectors": _sectors(rng, s.subject.sectors, slug),
                "regions": _regions(rng, s.regions, slug),
            },
            "capacity": _capacity(rng, s, lead),
            "registrationUrl": _signup(rng, slug, seq),
        },
        "truth": {
            "session": s.sid,
            "kind": s.kind,
            "start": _stamp(s.start, "offset"),
            "end": _stamp(s.end, "offset"),
        },
    }


def generate(seed: int) -> list[dict[str, Any]]:
    """Return the shuffled, labelled postings of 云溪县 for one seed."""
    rng = random.Random(seed)
    plan = _Plan(rng)
    plan.hard_negatives()
    plan.fill(rng.randint(1080, 1170), rng.uniform(0.385, 0.415))
    plan.number_periods()
    seqs = dict.fromkeys(_DEPT_SLUGS, 0)
    records: list[dict[str, Any]] = []
    for s in sorted(plan.sessions, key=lambda x: (x.start, x.sid)):
        for slug in s.hosts:
            seqs[slug] += 1
            records.append(_render(rng, s, slug, seqs[slug]))
    rng.shuffle(records)
    return records
