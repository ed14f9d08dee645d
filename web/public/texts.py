"""The public calendar's words in Chinese and English, and dates as each language writes them.

Titles, places and descriptions are shown as the departments wrote them; only the page's
own words are translated.
"""

from __future__ import annotations

from datetime import date, datetime

from services.core.errors import Language, Message
from services.vocabularies.sections import BY_CODE

WORDS: dict[str, Message] = {
    "site": Message("Sessions for enterprises", "涉企活动日历"),
    "tagline": Message(
        "Every department's briefings and trainings for enterprises, in one calendar.",
        "各部门面向企业的政策宣讲和培训，一个日历全部看到。",
    ),
    "skip": Message("Skip to the sessions", "跳到活动列表"),
    "switch": Message("中文", "English"),
    "views": Message("Period", "时间范围"),
    "upcoming": Message("Upcoming", "近期"),
    "week": Message("Week", "按周"),
    "month": Message("Month", "按月"),
    "range": Message("Dates", "日期"),
    "previous": Message("Earlier", "上一段"),
    "next": Message("Later", "下一段"),
    "filter": Message("Filter", "筛选"),
    "apply": Message("Show", "查看"),
    "clear": Message("Clear filters", "清除筛选"),
    "any": Message("Any", "不限"),
    "kind": Message("Kind", "类型"),
    "sector": Message("Sector", "行业"),
    "region": Message("Town", "镇街"),
    "topic": Message("Topic", "主题"),
    "department": Message("Department", "部门"),
    "filtered": Message("Filtered by", "当前筛选"),
    "remove": Message("remove", "移除"),
    "sessions": Message("Sessions", "活动"),
    "count": Message("{count} sessions", "共 {count} 场活动"),
    "none": Message("No session matches.", "没有符合条件的活动。"),
    "earlier": Message("Earlier sessions ({count})", "此前的活动（{count} 场）"),
    "more earlier": Message("All earlier sessions", "查看全部此前的活动"),
    "later": Message("Later sessions", "更多活动"),
    "today": Message("Today", "今天"),
    "cancelled": Message("Cancelled", "已取消"),
    "cancelled banner": Message("This session was cancelled.", "此活动已取消。"),
    "online": Message("Online", "线上"),
    "seats": Message("{count} seats", "名额 {count} 人"),
    "all sectors": Message("All sectors", "所有行业"),
    "all regions": Message("All towns", "所有镇街"),
    "when": Message("When", "时间"),
    "where": Message("Where", "地点"),
    "join online": Message("Join online", "线上参加"),
    "map": Message("Map", "地图"),
    "hosts": Message("Hosted by", "主办单位"),
    "topics": Message("Topics", "主题"),
    "audience": Message("For", "面向"),
    "capacity": Message("Seats", "名额"),
    "about": Message("About", "活动说明"),
    "register": Message("Register", "报名"),
    "register link": Message("Or register on the host's site", "或前往主办单位网站报名"),
    "token": Message("Your enterprise's token", "企业令牌"),
    "token hint": Message(
        "Given to your enterprise when it joined civical; keep it private.",
        "企业在 civical 登记时获得；请勿外传。",
    ),
    "attendees": Message("Attendees", "参加人数"),
    "contact name": Message("Contact name", "联系人"),
    "contact phone": Message("Contact phone", "联系电话"),
    "register submit": Message("Register", "提交报名"),
    "registered": Message("Registered", "报名成功"),
    "registered text": Message(
        "{enterprise} holds {attendees} seat(s) at “{title}”; the session is in its calendar feeds.",
        "{enterprise} 已报名“{title}”，共 {attendees} 人；该活动已加入企业的日历订阅。",
    ),
    "add": Message("Add to my calendar", "加入我的日历"),
    "add file": Message("Download this session (.ics)", "下载此活动（.ics）"),
    "share": Message("Share", "分享"),
    "share address": Message("Address of this page", "本页网址"),
    "copy": Message("Copy", "复制"),
    "copied": Message("Copied", "已复制"),
    "back": Message("All sessions", "全部活动"),
    "subscribe": Message("Subscribe", "订阅"),
    "subscribe intro": Message(
        "Subscribe once and these sessions appear in your calendar app, with every change.",
        "订阅一次，这些活动及其后的变动都会自动出现在您的日历应用中。",
    ),
    "feed address": Message("Feed address", "订阅地址"),
    "webcal": Message("Open in my calendar app", "在日历应用中打开"),
    "qr": Message(
        "QR code of the feed address: scan it with a phone to subscribe",
        "订阅地址的二维码（QR）：用手机扫码订阅",
    ),
    "scan": Message("Scan with your phone's camera", "用手机相机扫码"),
    "how": Message("How to subscribe in", "订阅方法："),
    "outlook": Message(
        "Add calendar → Subscribe from web (or From internet), paste the feed address, Import.",
        "添加日历 → 从 Web 订阅（或“来自 Internet”），粘贴订阅地址，导入。",
    ),
    "apple": Message(
        "iPhone: Settings → Calendar → Accounts → Add Subscribed Calendar, paste the address."
        " Mac: File → New Calendar Subscription.",
        "iPhone：设置 → 日历 → 账户 → 添加已订阅的日历，粘贴订阅地址。Mac：文件 → 新建日历订阅。",
    ),
    "google": Message(
        "On a computer: Other calendars → + → From URL, paste the address, Add calendar.",
        "在电脑上：其他日历 → + → 通过网址添加，粘贴订阅地址，添加日历。",
    ),
    "dingtalk": Message(
        "Calendar → ⋯ → Subscribe to calendar (订阅日历), paste the feed address.",
        "日历 → 右上角 ⋯ → 订阅日历 → 粘贴订阅地址。",
    ),
    "wecom": Message(
        "Calendar → ⋯ → Subscribe to calendar (订阅日历), paste the feed address.",
        "日程 → 右上角 ⋯ → 订阅日历 → 粘贴订阅地址。",
    ),
    "error": Message("This address cannot be shown", "无法显示此网址"),
    "not found": Message("No such session.", "没有这个活动。"),
    "start over": Message("See all sessions", "查看全部活动"),
    "footer": Message("Calendar feeds", "日历订阅源"),
}
KINDS = {
    "TRAINING": Message("Training", "培训"),
    "PUBLICITY": Message("Policy briefing", "政策宣讲"),
}
_WEEKDAYS_ZH = "一二三四五六日"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def sector_name(code: str, language: Language) -> str:
    section = BY_CODE.get(code)
    if section is None:
        return code
    return section.name if language is Language.ZH else section.name_en


def day(value: date, language: Language, today: date) -> str:
    """A day heading: 12月5日 星期六, or Saturday 5 December; the year only when not this one."""
    if language is Language.ZH:
        year = f"{value.year}年" if value.year != today.year else ""
        return f"{year}{value.month}月{value.day}日 星期{_WEEKDAYS_ZH[value.weekday()]}"
    year = f" {value.year}" if value.year != today.year else ""
    return f"{_WEEKDAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]}{year}"


def clock(value: datetime) -> str:
    return f"{value:%H:%M}"


def span(start: datetime, end: datetime, language: Language, today: date) -> str:
    """09:30–11:30 on one day; both days written out when it runs into another."""
    if start.date() == end.date():
        return f"{clock(start)}–{clock(end)}"
    return f"{clock(start)} – {day(end.date(), language, today)} {clock(end)}"


def period(first: date, last: date, language: Language) -> str:
    """A week (1–7 December) or any run of days; ``last`` is the final day shown."""
    if language is Language.ZH:
        end = f"{last.month}月{last.day}日" if last.month != first.month else f"{last.day}日"
        return f"{first.year}年{first.month}月{first.day}日–{end}"
    start = (
        f"{first.day} {_MONTHS[first.month - 1]}" if last.month != first.month else f"{first.day}"
    )
    return f"{start}–{last.day} {_MONTHS[last.month - 1]} {last.year}"


def month(first: date, language: Language) -> str:
    if language is Language.ZH:
        return f"{first.year}年{first.month}月"
    return f"{_MONTHS[first.month - 1]} {first.year}"
