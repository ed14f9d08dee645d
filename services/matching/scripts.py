"""Places a Korean or Uyghur autonomous county writes in Hangul or in Uyghur, read as the
characters its Chinese spelling writes, so that they meet it word for word."""

import re

# A Korean or Uyghur autonomous county writes its buildings in Hangul or in Uyghur as the
# words of its Chinese spelling ("정무봉사중심" is 政务服务中心, "3층" 3楼; "يىغىن زالى" is 会议室,
# "2-قەۋەت" 2楼): read as those characters, the building and room meet their Chinese
# spelling. Place names stay as written, and meet Chinese as English names do.
_READINGS = {
    # Sino-Korean words
    "정무봉사중심": "政务服务中心", "정무서비스센터": "政务服务中心", "정무중심": "政务中心",
    "행정봉사중심": "行政服务中心", "공공취업봉사중심": "公共就业服务中心",
    "취업봉사중심": "就业服务中心", "인력자원시장": "人力资源市场", "인민정부": "人民政府",
    "정부": "政府", "문화궁": "文化宫", "문화관": "文化馆", "도서관": "图书馆", "박물관": "博物馆",
    "진정부": "镇政府", "진 정부": "镇政府", "향정부": "乡政府", "향 정부": "乡政府",
    "세무국": "税务局", "당학교": "党校", "관리위원회": "管理委员会", "관위회": "管委会",
    "조선족": "朝鲜族", "대회의실": "大会议室", "소회의실": "小会议室", "회의실": "会议室",
    "다기능홀": "多功能厅", "다기능청": "多功能厅", "다기능실": "多功能厅", "보고청": "报告厅",
    "강당": "礼堂", "강의실": "教室", "교실": "教室", "연수실": "培训室", "훈련실": "培训室",
    "제": "第", "진": "镇", "향": "乡", "시": "市",
    # Uyghur
    "ناھىيىلىك ھۆكۈمەت مۇلازىمەت مەركىزى": "县政务服务中心",
    "ئېلېكترونلۇق سودا ئاممىۋى مۇلازىمەت مەركىزى": "电子商务公共服务中心",
    "كەسپىي ماھارەت تەربىيىلەش مەركىزى": "职业技能培训中心",
    "يېزا ئىگىلىك تېخنىكا ئومۇملاشتۇرۇش پونكىتى": "农业技术推广站",
    "يېزىلىق ھۆكۈمەت": "乡政府", "بازارلىق ھۆكۈمەت": "镇政府", "ناھىيىلىك ھۆكۈمەت": "县政府",
    "مۇلازىمەت مەركىزى": "服务中心", "مۇلازىمەت بىناسى": "服务楼",
    "نەق مەيدان تەربىيىلەش ئۆيى": "直播培训室", "نەق مەيدان ئۆيى": "直播间",
    "تەربىيىلەش ئۆيى": "培训室", "يىغىن زالى": "会议室", "يىغىن ئۆيى": "会议室",
    "كەنتى ئىشخانىسى": "村委会", "لوگىستىكا باغچىسى": "物流园", "شىركىتى": "公司",
    "ناھىيىلىك": "县", "يېزىسى": "乡",
}  # fmt: skip
# A floor, building, room or number after its number: "3층", "2동"; "2-قەۋەت", "101-ئۆي"
_UNITS = {
    "층": "楼", "동": "栋", "호": "号",
    "قەۋەت": "楼", "بىنا": "号楼", "ئۆي": "室", "نومۇرلۇق": "号",
}  # fmt: skip
# The one-syllable Korean words only as "제2", or as a town's, township's or city's kind
# after its name ("설봉진 정부")
_READING = re.compile(
    "|".join(sorted((w for w in _READINGS if len(w) > 1), key=len, reverse=True))
    + f"|(?<=\\d)\\s*-?\\s*(?P<unit>{'|'.join(_UNITS)})"
    + r"|제(?=\s*\d)|(?<=[\uac00-\ud7a3])[진향시](?=\s|$|[\uac00-\ud7a3]{2,}(?:중심|정부))"
)


def _read(match: re.Match[str]) -> str:
    unit = match.group("unit")
    return _UNITS[unit] if unit else _READINGS[match.group().strip()]


def in_characters(text: str) -> str:
    """A folded place with its Hangul and Uyghur building and room words in characters."""
    return _READING.sub(_read, text)
