"""county_oasis -- labelled postings workload for an invented southern-Xinjiang oasis county.

DATA SHEET (fixed; only the schedule / wording choices vary with the seed)
==========================================================================

COUNTY
  库木巴格县 (Kumubage County; Uyghur-based romanisation "Qumbagh County";
  Uyghur قۇمباغ ناھىيىسى), 喀拉苏地区 (Karasu Prefecture, قاراسۇ ۋىلايىتى),
  新疆维吾尔自治区.  Period: 1 Sep - 30 Nov 2027 (cotton-picking and
  purchasing season, jujube / walnut harvest, winter orchard work from Nov).
  Seat: 库木巴格镇, streets 团结路, 文化路, 迎宾大道, 丝路街, 人民东路.
  Economy: cotton; red jujube (红枣) and walnut (核桃) orchards; apricot (杏);
  rural e-commerce livestreaming; 铁路物流园 on the southern Xinjiang rail
  line (China-Central-Asia trains); 纺织服装产业园 (textile & garment park,
  labour-transfer employment); Central-Asia export firms; 金胡杨沙漠景区
  (desert-edge 4A scenic area) in 塔格吾斯塘乡.
  Office hours (Beijing time) 10:00-14:00 and 16:00-20:00, so sessions
  start 10:00-11:30 or 16:00-17:30 Beijing time.  Uyghur-language farmer
  notices often give Xinjiang time (UTC+6, IANA Asia/Urumqi): a 16:00
  Beijing-time session is announced as 14:00 there.
  Holidays skipped: 15 Sep (中秋), 1-7 Oct (国庆).

TOWNS (full / department abbreviations / romanisation / Uyghur)
  库木巴格镇    库镇, 库木巴格        Kumubage Town          قۇمباغ بازىرى
  托格拉克乡    托乡, 托格拉克        Tuogelake Township     توغراق يېزىسى
  阿热勒乡      阿热乡, 阿热勒        Arele Township         ئارال يېزىسى
  英阿瓦提乡    英乡, 英阿瓦提        Yingawati Township     يېڭىئاۋات يېزىسى
  喀拉玉尔滚镇  喀镇, 喀拉玉尔滚      Kalayuergun Town       قارايۇلغۇن بازىرى
  巴什艾日克乡  巴乡, 巴什艾日克      Bashiairike Township   باشئېرىق يېزىسى
  塔格吾斯塘乡  塔乡, 塔格吾斯塘      Tagewusitang Township  تاغئۆستەڭ يېزىسى
  克孜勒博依镇  克镇, 克孜勒博依      Kezileboyi Town        قىزىلبويى بازىرى
  依干其乡      依乡, 依干其          Yiganqi Township       ئىگەنچى يېزىسى
  (prefixes used by some departments: 库木巴格县 / 喀拉苏地区库木巴格县)

VILLAGES (name / numbered alias / town / romanisation / Uyghur)
  阔什艾日克村  托格拉克乡3村   Kuoshiairike Village   قوشئېرىق كەنتى
  琼巴格村      阿热勒乡5村     Qiongbage Village      چوڭباغ كەنتى     (jujube demo orchard)
  恰瓦克村      英阿瓦提乡2村   Qiawake Village        چاۋاق كەنتى      (cotton demo field)
  其兰巴格村    巴什艾日克乡7村 Qilanbage Village      چىلانباغ كەنتى   (walnut demo orchard)
  阿克墩村      喀拉玉尔滚镇4村 Akedun Village         ئاقدۆڭ كەنتى     (apricot orchard)
  吾斯塘博依村  塔格吾斯塘乡1村 Wusitangboyi Village   ئۆستەڭبويى كەنتى (homestays)

BUILDINGS AND ROOMS (every spelling used)
  gov  县政务服务中心, 团结路88号
       新疆喀拉苏地区库木巴格县政务服务中心 | 喀拉苏地区库木巴格县政务服务中心 |
       库木巴格县政务服务中心 | 县政务服务中心 | 县政务中心 | 政务服务中心 |
       库木巴格镇团结路88号县政务服务中心 | 团结路88号政务服务中心 |
       Kumubage County Government Service Center | Kumubage County Gov. Service
       Center | Qumbagh County Government Services Center |
       قۇمباغ ناھىيىلىك ھۆكۈمەت مۇلازىمەت مەركىزى
    tr2   三楼第二培训室 | 3楼第二培训室 | 3楼2号培训室 | 三层二号培训室 | 3F培训室2 |
          3F-培训室(二) | 第二培训室（三楼） | 三楼2号培训室 | 3层第2培训室 |
          Training Room 2, 3/F | 3/F Training Rm. 2 | 3-قەۋەت 2-نومۇرلۇق تەربىيىلەش ئۆيى
    tr1   三楼第一培训室 | 3楼1号培训室 | 三层一号培训室 | 3F培训室1 | 第一培训室（三楼） |
          3楼第1培训室 | Training Room 1, 3/F | 3/F Training Rm. 1 |
          3-قەۋەت 1-نومۇرلۇق تەربىيىلەش ئۆيى
    mfh   一楼多功能厅 | 1楼多功能厅 | 1F多功能厅 | 多功能厅（一楼） | 一层多功能报告厅 |
          Multi-function Hall, 1/F | 1-قەۋەت كۆپ ئىقتىدارلىق زال
    hallA 四楼会议室A厅 | 4楼A厅 | 4F-A会议厅 | 四层A会议厅 | 4楼会议A厅 |
          Meeting Hall A, 4/F | Room A, 4F | 4-قەۋەت A يىغىن زالى
    hallB 四楼会议室B厅 | 4楼B厅 | 4F-B会议厅 | 四层B会议厅 | 4楼会议B厅 |
          Meeting Hall B, 4/F | Room B, 4F | 4-قەۋەت B يىغىن زالى
  voc  县职业技能培训中心 (县职业技能公共实训基地), 文化路16号
       喀拉苏地区库木巴格县职业技能培训中心 | 库木巴格县职业技能培训中心 |
       县职业技能培训中心 | 县职培中心 | 县技能培训中心 | 县职业技能公共实训基地 |
       文化路16号县职业技能培训中心 | Kumubage Vocational Skills Training Center |
       County Vocational Training Centre | قۇمباغ ناھىيىلىك كەسپىي ماھارەت تەربىيىلەش مەركىزى
    b2_101 2号楼101室 | 2#楼101 | 二号楼101室 | B栋101室 | 实训楼101缝纫实训室 |
           2号楼一楼101缝纫实训室 | 2号实训楼101 | Room 101, Building 2 |
           Sewing Workshop 101, Bldg 2 | 2-بىنا 101-ئۆي
    b2_102 2号楼102室 | 2#楼102 | 二号楼102室 | B栋102室 | 实训楼102缝纫实训室 |
           2号实训楼102 | Room 102, Building 2 | Sewing Workshop 102, Bldg 2 | 2-بىنا 102-ئۆي
    b2_201 2号楼201电商实训室 | 2#楼201 | 二号楼二楼201室 | B栋201室 | 2号楼201室 |
           E-commerce Lab 201, Building 2 | 2-بىنا 201-ئۆي
    b1_hall 1号楼报告厅 | 1#楼报告厅 | 一号楼报告厅 | A栋报告厅 | 综合楼报告厅 |
           Lecture Hall, Building 1 | 1-بىنا دوكلات زالى
  park 纺织服装产业园服务中心 (seat of 园区管委会), 产业园区纬二路9号
       喀拉苏地区库木巴格县纺织服装产业园服务中心 | 库木巴格县纺织服装产业园服务中心 |
       纺织服装产业园服务中心 | 园区服务中心 | 纺织园服务中心 | 园区管委会 |
       产业园区纬二路9号 | Service Center, Kumubage Textile & Garment Industrial Park |
       KTG Park Service Center | توقۇمىچىلىق-كىيىم-كېچەك سانائەت باغچىسى مۇلازىمەت مەركىزى
    roadshow 二楼路演厅 | 2楼路演厅 | 2F路演厅 | 路演厅（2楼） | 二层路演大厅 |
             Roadshow Hall, 2/F | 2-قەۋەت كۆرگەزمە زالى
    class1   一楼职工培训教室 | 1楼培训教室 | 1F职工课堂 | 一层培训教室 | 1楼职工培训教室 |
             Staff Training Classroom, 1/F | 1-قەۋەت ئىشچىلار تەربىيىلەش سىنىپى
    meet3    三楼会议室 | 3楼会议室 | 3F会议室 | 三层会议室 | Conference Room, 3/F |
             3-قەۋەت يىغىن ئۆيى
  tax  国家税务总局库木巴格县税务局, 迎宾大道27号
       国家税务总局库木巴格县税务局 | 库木巴格县税务局 | 县税务局 | 县税务局办税服务厅 |
       迎宾大道27号县税务局 | 我局 / 本局 (tax bureau's own postings only) |
       Kumubage County Tax Service | County Taxation Bureau | قۇمباغ ناھىيىلىك باج ئىدارىسى
    school 二楼纳税人学堂 | 2楼纳税人学堂 | 纳税人学堂（二楼） | 办税服务厅二楼培训室 |
           2F纳税人学堂 | Taxpayer School, 2/F | 2-قەۋەت باج تۆلىگۈچىلەر مەكتىپى
    meet5  五楼会议室 | 5楼会议室 | 5F会议室 | 五层会议室 | Conference Room, 5/F | 5-قەۋەت يىغىن ئۆيى
  log  铁路物流园综合服务楼, 物流园区站前路1号
       喀拉苏地区库木巴格县铁路物流园综合服务楼 | 库木巴格县铁路物流园综合服务楼 |
       铁路物流园综合服务楼 | 物流园综合楼 | 陆港物流园服务楼 | 站前路1号物流园综合楼 |
       Service Building, Kumubage Rail Logistics Park | Rail Logistics Park Service Bldg |
       تۆمۈر يول لوگىستىكا باغچىسى مۇلازىمەت بىناسى
    conf3   三楼会议室 | 3楼会议室 | 3F会议室 | 三层大会议室 | Conference Room, 3/F | 3-قەۋەت يىغىن ئۆيى
    studioA 一楼直播间A | 1楼A号直播间 | 直播间A | A号直播间 | 一层直播A厅 |
            Livestream Studio A, 1/F | Studio A | 1-قەۋەت A نەق مەيدان ئۆيى
    studioB 一楼直播间B | 1楼B号直播间 | 直播间B | B号直播间 | 一层直播B厅 |
            Livestream Studio B, 1/F | Studio B | 1-قەۋەت B نەق مەيدان ئۆيى
  ecom 县电子商务公共服务中心, 丝路街5号
       库木巴格县电子商务公共服务中心 | 县电子商务公共服务中心 | 县电商公共服务中心 |
       县电商中心 | 电子商务公共服务中心 | 丝路街5号县电商中心 |
       Kumubage County E-commerce Public Service Center | County E-commerce Center |
       ناھىيىلىك ئېلېكترونلۇق سودا ئاممىۋى مۇلازىمەت مەركىزى
    live2 二楼直播培训室 | 2楼直播培训室 | 2F直播培训室 | 直播培训室（2楼） | 二层直播实训室 |
          Livestream Training Room, 2/F | 2-قەۋەت نەق مەيدان تەربىيىلەش ئۆيى
    show1 一楼选品展示厅 | 1楼选品展厅 | 1F展示厅 | 一层产品展示厅 |
          Product Showroom, 1/F | 1-قەۋەت مەھسۇلات كۆرگەزمە زالى
  scenic 金胡杨沙漠景区游客服务中心 (塔格吾斯塘乡)
       库木巴格县金胡杨沙漠景区游客服务中心 | 金胡杨沙漠景区游客服务中心 | 金胡杨景区游客中心 |
       景区游客中心 | 塔乡金胡杨景区游客中心 | Visitor Center, Golden Poplar Desert Scenic
       Area | Golden Poplar Desert Park Visitor Centre |
       ئالتۇن توغراق قۇملۇق مەنزىرە رايونى ساياھەتچىلەر مۇلازىمەت مەركىزى
    hall  二楼会议室 | 2楼会议室 | 2F会议室 | 二层会议室 | Meeting Room, 2/F | 2-قەۋەت يىغىن ئۆيى
    plaza 前广场 | 门前广场 | 室外广场 | Visitor Center Plaza | ئالدىدىكى مەيدان
  bank 县农商银行, 人民东路19号
       新疆库木巴格农村商业银行股份有限公司 | 库木巴格农商银行 | 县农商行 | 库木巴格县农商银行 |
       人民东路19号农商银行 | Kumubage Rural Commercial Bank | قۇمباغ يېزا سودا بانكىسى
    meet5 五楼会议室 | 5楼会议室 | 5F会议室 | 五层大会议室 | Conference Room, 5/F | 5-قەۋەت يىغىن زالى
  towngov_<town>  <full>人民政府 (one per town)
       喀拉苏地区库木巴格县<full>人民政府 | 库木巴格县<full>人民政府 | 库木巴格县<full>政府 |
       <full>人民政府 | <full>政府 | <abbr>政府 (each abbr) | <full>政府大院 |
       <Roman> Government | People's Government of <Roman> | <ug-base> يېزىلىق/بازارلىق ھۆكۈمەت
    meet2 二楼会议室 | 2楼会议室 | 二楼大会议室 | 2F会议室 | 二层会议室 |
          Meeting Room, 2/F | 2F Meeting Room | 2-قەۋەت يىغىن زالى
  station_<town>  <full>农业技术推广站
       库木巴格县<full>农业技术推广站 | <full>农业技术推广站 | <full>农技站 | <abbr>农技站 |
       <Roman> Agricultural Technology Extension Station | <Roman> Agri-Tech Station |
       <ug-town> يېزا ئىگىلىك تېخنىكا ئومۇملاشتۇرۇش پونكىتى
    train 培训室 | 一楼培训室 | 1楼培训室 | 技术培训室 | Training Room | Training Room, 1/F | تەربىيىلەش ئۆيى
  vil_<village>  <village>党群服务中心
       库木巴格县<town><village>党群服务中心 | <town><village>党群服务中心 |
       <town><n>村党群服务中心 | <abbr><village>村委会 | <abbr><n>村村委会 | <village>村委会 |
       <Roman>, <Town Roman> Community Service Center | <ug-village> ئىشخانىسى
    meet  会议室 | 一楼会议室 | 1楼会议室 | Meeting Room | يىغىن ئۆيى
  field sites (outdoor, no room):
    f_cotton  英阿瓦提乡恰瓦克村棉花高产示范田 | 恰瓦克村棉花示范田 | 英阿瓦提乡2村棉花示范田 |
              英乡恰瓦克村棉田 | 英乡2村示范田 | Cotton Demonstration Field, Qiawake Village |
              چاۋاق كەنتى پاختا ئۈلگە ئېتىزى
    f_jujube  阿热勒乡琼巴格村红枣提质增效示范园 | 琼巴格村红枣示范园 | 阿热勒乡5村红枣示范园 |
              阿热乡琼巴格村枣园 | Jujube Demonstration Orchard, Qiongbage Village |
              چوڭباغ كەنتى قىزىل چىلان ئۈلگە بېغى
    f_walnut  巴什艾日克乡其兰巴格村核桃示范园 | 其兰巴格村核桃园 | 巴什艾日克乡7村核桃示范园 |
              巴乡7村核桃园 | Walnut Demonstration Orchard, Qilanbage Village |
              چىلانباغ كەنتى ياڭاق ئۈلگە بېغى
    f_apricot 喀拉玉尔滚镇阿克墩村杏园 | 阿克墩村杏树示范园 | 喀拉玉尔滚镇4村杏园 | 喀镇4村杏园 |
              Apricot Orchard, Akedun Village | ئاقدۆڭ كەنتى ئۆرۈك بېغى
  enterprises:
    ent_tianmian 新疆天棉纺织科技有限公司 | 天棉纺织科技有限公司 | 天棉纺织 | 纺织园天棉纺织 |
                 Xinjiang Tianmian Textile Technology Co., Ltd. | تيەنميەن توقۇمىچىلىق شىركىتى
       train2 二楼员工培训室 | 2楼培训室 | 办公楼2F培训室 | Staff Training Room, 2/F | 2-قەۋەت تەربىيىلەش ئۆيى
    ent_yunshang 库木巴格县丝路云裳服饰有限公司 | 丝路云裳服饰有限公司 | 云裳服饰公司 |
                 Kumubage Silk Road Yunshang Apparel Co. | يۈنشاڭ كىيىم-كېچەك شىركىتى
       train3 1号车间三楼培训室 | 一号车间3楼培训室 | 1#车间3F培训室 | Training Area, 3/F, Workshop 1 |
              1-سېخ 3-قەۋەت تەربىيىلەش ئۆيى
    ent_tongda   新疆丝路通达进出口贸易有限公司 | 丝路通达进出口公司 | 丝路通达 |
                 Xinjiang Silk Road Tongda Import & Export Co., Ltd. | توڭدا ئىمپورت-ئېكسپورت شىركىتى
       meet3 三楼会议室 | 3楼会议室 | 3F会议室 | Conference Room, 3/F | 3-قەۋەت يىغىن ئۆيى
    ent_lugang   库木巴格陆港国际物流有限公司 | 陆港国际物流有限公司 | 陆港物流公司 |
                 Kumubage Land Port International Logistics Co. | لۇگاڭ خەلقئارا لوگىستىكا شىركىتى
       meet1 一楼会议室 | 1楼会议室 | 1F会议室 | Meeting Room, 1/F | 1-قەۋەت يىغىن ئۆيى
  online: 腾讯会议 (VooV Meeting) 9-digit codes written 842-331-907 | 842331907 | 842 331 907,
    in location ("腾讯会议：842-331-907", "线上（腾讯会议号842331907）", "Online, VooV
    Meeting ID 842 331 907") or URL ("wemeet://page/inmeeting?meeting_code=842331907",
    "https://meeting.tencent.com/dm/<slug>").  A weekly series reuses one code.

DEPARTMENTS (slug / name / habits)
  kmbg-hrss     县人社局 (人力资源和社会保障局).  TRAINING-leaning.  Titles: 【县人社局】…,
                关于开展…的通知, 2027年第三期…, …（第三期）/（一班）, Chinese numerals,
                （名额有限）.  Full / county-prefixed place names.  Times +08:00; often
                announces the 签到 (check-in) time, 30 min before the start.  externalId
                RSJ-2027-NNNN.  Registration via wjx.cn.  Tags: 就业创业, 劳动力转移就业,
                职业技能提升行动 ….  A few labour-transfer notices in Uyghur.
  kmbg-tax      县税务局.  PUBLICITY-leaning (宣讲/辅导), 纳税人学堂 for training.  Full-width
                digits (２０２７年第四季度, 第３期), 【纳税人学堂】, （免费）.  Places 我局/本局…
                for its own building.  Naive local times.  Tags: 税费优惠, 办税缴费 ….
                Hotline 12366.
  kmbg-amr      市监局 (市场监督管理局).  PUBLICITY.  "市监局：…", "专项行动——…",
                question titles sometimes.  Short place names with a space.  Times +08:00
                without seconds.  externalId SJJ2027Q4-NNN.  Tags: 市场监管, 食品安全 ….
  kmbg-commerce 商务和工信局.  TRAINING-leaning (直播带货实训).  2027年第四季度…,
                【商务和工信局】, （免费）.  Naive times without seconds.  UUID ids.
  kmbg-agri     县农业农村局.  Plain-language question titles (棉花目标价格补贴怎么领？),
                abbreviated township names (托乡农技站), ~30% of postings in Uyghur script
                (title, place, description, tags), mostly in Xinjiang time (Asia/Urumqi,
                naive); Chinese postings +08:00.  Often leaves out the end / ends early.
  kmbg-culture  县文旅局.  TRAINING-leaning.  文旅赋能乡村振兴｜…, （免费）, question titles.
  kmbg-park     园区管委会 (产业园区管理委员会; runs 纺织服装产业园 and 铁路物流园).
                Catch-all titles 企业服务日 / 政策进园区 / 惠企政策宣讲, often lists only the
                opening hour.  PUBLICITY-leaning.  Naive times.  Ids YQ00000.
  kmbg-fic      县工商联 (工商业联合会/总商会).  PUBLICITY.  惠企政策宣讲——…, 民营企业…专场,
                （名额有限）.  Times +08:00.  No ids.
  kmbg-finance  县金融办.  PUBLICITY (宣讲, 对接会).  金融惠企｜…, 金融知识进乡村｜….  Naive.
  kmbg-invest   Kumubage County Investment Promotion & Foreign Trade Service Center
                (县投资促进和外贸服务中心).  Writes English only: "… Briefing", "Workshop: …",
                "Central Asia Export Series | …", English places, VooV Meeting IDs.  Times UTC "Z".

HARD NEGATIVES (different sessions that look alike)
  * parallel rooms: other rooms of one building at the same hour, other subjects
  * room letters / numbers: 四楼A厅 vs B厅, 2号楼101 vs 102, 直播间A vs B at one time
    (sometimes even one subject and one title: a class split in two halls)
  * qualifiers on both sides: 第2期/第3期 (same room, week apart or am/pm), 一班/二班
    (same time, 101/102), 初级班/中级班 (same room am/pm), XX乡专场/YY乡专场 (same hall
    back-to-back, or same time in each township), XX镇站/YY镇站 (same time)
  * the same subject by one department in two townships on one morning
  * the same catch-all title (企业服务日 / 政策进园区 / 惠企政策宣讲) in two buildings at one hour
  * neighbouring policies back-to-back in one hall (touching, or a 15-30 min posted overlap)
  * online sessions at one hour with different meeting codes
  * weekly series: same title, same room (or meeting code), different weeks
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, Unpack

if TYPE_CHECKING:
    from typing_extensions import TypeIs

BJ = "Asia/Shanghai"
XJ = "Asia/Urumqi"

HRSS, TAX, AMR, COM = "kmbg-hrss", "kmbg-tax", "kmbg-amr", "kmbg-commerce"
AGRI, CUL, PARK, FIC = "kmbg-agri", "kmbg-culture", "kmbg-park", "kmbg-fic"
FIN, INV = "kmbg-finance", "kmbg-invest"

_V = TypeVar("_V")

# ---------------------------------------------------------------------------
# Record shapes
# ---------------------------------------------------------------------------
# which list of building names a department draws from (see Building)
NameLevel = Literal["full", "county", "short", "abbr", "addr", "en"]
# (full name, abbreviations, romanisation, Uyghur base name, Uyghur kind)
Town = tuple[str, tuple[str, str], str, str, str]
# (name, town key, number within the town, romanisation, Uyghur)
Village = tuple[str, str, int, str, str]
# (building key, room key or None for an outdoor site)
Place = tuple[str, str | None]
# ("online", meeting code)
OnlineVenue = tuple[Literal["online"], int]
Venue = Place | OnlineVenue
Span = tuple[datetime, datetime]
# session qualifier: ("period", 3), ("class", 1), ("level", "初级"), ("town"/"stop", town key)
Qual = tuple[Literal["period", "class"], int] | tuple[Literal["level", "town", "stop"], str]


class DeptCfg(TypedDict):
    short: str
    lean: str | None
    tfmt: str
    levels: tuple[tuple[NameLevel, int], ...]
    seps: tuple[str, ...]
    cap: tuple[int | None, ...]
    contacts: tuple[tuple[str, str], ...]


class Room(TypedDict):
    cn: list[str]
    en: list[str]
    ug: list[str]


class Building(TypedDict):
    full: list[str]
    county: list[str]
    short: list[str]
    abbr: list[str]
    addr: list[str]
    en: list[str]
    ug: list[str]
    rooms: dict[str | None, Room | None]
    town: str | None


class Subject(TypedDict):
    key: str
    theme: str
    kind: str
    hosts: list[str]
    formal: list[str]
    plain: str
    en: str
    ug: str | None
    venues: list[str]
    dur: tuple[int, ...]
    sectors: list[str]
    flex: bool
    nosfx: bool


class PostOpts(TypedDict, total=False):
    """How one department's posting of a session deviates from the defaults."""

    title: str
    reg: str
    loc: bool
    catch: str | None
    ds: int
    de: int
    qual: bool
    kind: str | None


class PostSpec(PostOpts):
    dept: str


class WeeklySeries(TypedDict):
    dept: str
    subjs: list[str] | None
    venue: Place | Literal["online"]
    wd: int
    at: tuple[int, int]
    dur: int
    title: str
    co: list[tuple[str, str | None]]
    cop: float


class Audience(TypedDict):
    sectors: list[str]
    regions: list[str]


class PostingInput(TypedDict):
    externalId: str | None
    kind: str
    title: str
    start: str
    end: str
    timezone: str
    location: str | None
    onlineUrl: str | None
    description: str | None
    topics: list[str]
    audience: Audience
    capacity: int | None
    registrationUrl: str | None


class Truth(TypedDict):
    session: int
    kind: str | None
    start: str
    end: str


class Stats(TypedDict):
    postings: int
    sessions: int
    dup_share: float
    session_sizes: dict[int, int]
    hard_negative_groups: dict[str, int]
    flags: dict[str, int]
    explicit_kind_split: int


def _is_online(venue: Venue) -> TypeIs[OnlineVenue]:
    return venue[0] == "online"


# lean: kind a department files for "flexible" subjects; tfmt: how it writes times
DEPT: dict[str, DeptCfg] = {
    HRSS: DeptCfg(
        short="县人社局",
        lean="TRAINING",
        tfmt="offset",
        levels=(("full", 3), ("county", 4), ("short", 2)),
        seps=("", "", " "),
        cap=(40, 50, 60, 80, 100, None),
        contacts=(("阿依古丽·买买提", "0998-6512301"), ("王海军", "0998-6512317")),
    ),
    TAX: DeptCfg(
        short="县税务局",
        lean="PUBLICITY",
        tfmt="naive",
        levels=(("county", 3), ("short", 4), ("addr", 1)),
        seps=("",),
        cap=(30, 50, 60, 80, 100, None),
        contacts=(("古丽娜尔·艾买提", "0998-6523366"), ("李晓燕", "0998-6523371")),
    ),
    AMR: DeptCfg(
        short="市监局",
        lean="PUBLICITY",
        tfmt="offset_nosec",
        levels=(("short", 4), ("abbr", 3)),
        seps=(" ", " ", ""),
        cap=(None, None, 80, 120),
        contacts=(("买买提江·吐尔逊", "0998-6531215"), ("赵鹏", "0998-6531220")),
    ),
    COM: DeptCfg(
        short="商务和工信局",
        lean="TRAINING",
        tfmt="naive_nosec",
        levels=(("county", 4), ("addr", 2), ("short", 2)),
        seps=(" ", ""),
        cap=(30, 40, 50, 60, None),
        contacts=(("努尔比亚·阿不都热依木", "0998-6545102"), ("张磊", "0998-6545109")),
    ),
    AGRI: DeptCfg(
        short="县农业农村局",
        lean=None,
        tfmt="offset",
        levels=(("abbr", 5), ("short", 3)),
        seps=("",),
        cap=(None, None, None, 50, 80),
        contacts=(("艾力·肉孜", "0998-6556130"), ("陈志强", "0998-6556128")),
    ),
    CUL: DeptCfg(
        short="县文旅局",
        lean="TRAINING",
        tfmt="naive",
        levels=(("county", 3), ("short", 3)),
        seps=("", " "),
        cap=(50, 80, 100, None),
        contacts=(("热依拉·吾斯曼", "0998-6567012"), ("刘芳", "0998-6567018")),
    ),
    PARK: DeptCfg(
        short="园区管委会",
        lean="PUBLICITY",
        tfmt="naive",
        levels=(("short", 4), ("abbr", 4)),
        seps=("",),
        cap=(None, None, 100, 150, 200),
        contacts=(("吐尔洪·阿西木", "0998-6578801"), ("孙建华", "0998-6578806")),
    ),
    FIC: DeptCfg(
        short="县工商联",
        lean="PUBLICITY",
        tfmt="offset",
        levels=(("addr", 2), ("short", 4), ("county", 1)),
        seps=("", " "),
        cap=(60, 80, 100, None),
        contacts=(("阿不来提·克然木", "0998-6581150"), ("马丽", "0998-6581152")),
    ),
    FIN: DeptCfg(
        short="县金融办",
        lean="PUBLICITY",
        tfmt="naive",
        levels=(("county", 4), ("full", 2)),
        seps=("", " "),
        cap=(None, None, 60, 100),
        contacts=(("帕提古丽·麦麦提", "0998-6590216"), ("周凯", "0998-6590219")),
    ),
    INV: DeptCfg(
        short="IPFTC",
        lean=None,
        tfmt="utc",
        levels=(("en", 1),),
        seps=("",),
        cap=(30, 40, 50, 60, None),
        contacts=(("Ms. Dilnur Ablimit", "+86 998 659 3307"), ("Mr. Yang Fan", "+86 998 659 3310")),
    ),
}

TOWNS: dict[str, Town] = {
    "kmbg": ("库木巴格镇", ("库镇", "库木巴格"), "Kumubage Town", "قۇمباغ", "بازار"),
    "tglk": ("托格拉克乡", ("托乡", "托格拉克"), "Tuogelake Township", "توغراق", "يېزا"),
    "arl": ("阿热勒乡", ("阿热乡", "阿热勒"), "Arele Township", "ئارال", "يېزا"),
    "yawt": ("英阿瓦提乡", ("英乡", "英阿瓦提"), "Yingawati Township", "يېڭىئاۋات", "يېزا"),
    "klyg": ("喀拉玉尔滚镇", ("喀镇", "喀拉玉尔滚"), "Kalayuergun Town", "قارايۇلغۇن", "بازار"),
    "bsek": ("巴什艾日克乡", ("巴乡", "巴什艾日克"), "Bashiairike Township", "باشئېرىق", "يېزا"),
    "tgws": ("塔格吾斯塘乡", ("塔乡", "塔格吾斯塘"), "Tagewusitang Township", "تاغئۆستەڭ", "يېزا"),
    "kzby": ("克孜勒博依镇", ("克镇", "克孜勒博依"), "Kezileboyi Town", "قىزىلبويى", "بازار"),
    "ygq": ("依干其乡", ("依乡", "依干其"), "Yiganqi Township", "ئىگەنچى", "يېزا"),
}
UG_TOWN_SUFFIX = {"يېزا": "يېزىسى", "بازار": "بازىرى"}
UG_GOV = {"يېزا": "يېزىلىق ھۆكۈمەت", "بازار": "بازارلىق ھۆكۈمەت"}


def town_ug(t: str) -> str:
    _cn, _ab, _py, base, kind = TOWNS[t]
    return f"{base} {UG_TOWN_SUFFIX[kind]}"


VILLAGES: dict[str, Village] = {
    "qsek": ("阔什艾日克村", "tglk", 3, "Kuoshiairike Village", "قوشئېرىق كەنتى"),
    "qbg": ("琼巴格村", "arl", 5, "Qiongbage Village", "چوڭباغ كەنتى"),
    "qwk": ("恰瓦克村", "yawt", 2, "Qiawake Village", "چاۋاق كەنتى"),
    "qlbg": ("其兰巴格村", "bsek", 7, "Qilanbage Village", "چىلانباغ كەنتى"),
    "akd": ("阿克墩村", "klyg", 4, "Akedun Village", "ئاقدۆڭ كەنتى"),
    "wstb": ("吾斯塘博依村", "tgws", 1, "Wusitangboyi Village", "ئۆستەڭبويى كەنتى"),
}


def _b(
    full: Sequence[str],
    county: Sequence[str],
    short: Sequence[str],
    abbr: Sequence[str] | None,
    addr: Sequence[str] | None,
    en: Sequence[str],
    ug: Sequence[str],
    rooms: dict[str | None, Room | None],
    town: str | None = None,
) -> Building:
    return Building(
        full=list(full),
        county=list(county),
        short=list(short),
        abbr=list(abbr or short),
        addr=list(addr or county),
        en=list(en),
        ug=list(ug),
        rooms=rooms,
        town=town,
    )


def _r(cn: Sequence[str], en: Sequence[str], ug: Sequence[str]) -> Room:
    return Room(cn=list(cn), en=list(en), ug=list(ug))


BUILDINGS: dict[str, Building] = {
    "gov": _b(
        ["新疆喀拉苏地区库木巴格县政务服务中心", "喀拉苏地区库木巴格县政务服务中心"],
        ["库木巴格县政务服务中心"],
        ["县政务服务中心", "县政务中心", "政务服务中心"],
        ["县政务中心"],
        ["库木巴格镇团结路88号县政务服务中心", "团结路88号政务服务中心"],
        [
            "Kumubage County Government Service Center",
            "Kumubage County Gov. Service Center",
            "Qumbagh County Government Services Center",
        ],
        ["قۇمباغ ناھىيىلىك ھۆكۈمەت مۇلازىمەت مەركىزى"],
        {
            "tr2": _r(
                [
                    "三楼第二培训室",
                    "3楼第二培训室",
                    "3楼2号培训室",
                    "三层二号培训室",
                    "3F培训室2",
                    "3F-培训室(二)",
                    "第二培训室（三楼）",
                    "三楼2号培训室",
                    "3层第2培训室",
                ],
                ["Training Room 2, 3/F", "3/F Training Rm. 2"],
                ["3-قەۋەت 2-نومۇرلۇق تەربىيىلەش ئۆيى"],
            ),
            "tr1": _r(
                [
                    "三楼第一培训室",
                    "3楼1号培训室",
                    "三层一号培训室",
                    "3F培训室1",
                    "第一培训室（三楼）",
                    "3楼第1培训室",
                ],
                ["Training Room 1, 3/F", "3/F Training Rm. 1"],
                ["3-قەۋەت 1-نومۇرلۇق تەربىيىلەش ئۆيى"],
            ),
            "mfh": _r(
                [
                    "一楼多功能厅",
                    "1楼多功能厅",
                    "1F多功能厅",
                    "多功能厅（一楼）",
                    "一层多功能报告厅",
                ],
                ["Multi-function Hall, 1/F"],
                ["1-قەۋەت كۆپ ئىقتىدارلىق زال"],
            ),
            "hallA": _r(
                ["四楼会议室A厅", "4楼A厅", "4F-A会议厅", "四层A会议厅", "4楼会议A厅"],
                ["Meeting Hall A, 4/F", "Room A, 4F"],
                ["4-قەۋەت A يىغىن زالى"],
            ),
            "hallB": _r(
                ["四楼会议室B厅", "4楼B厅", "4F-B会议厅", "四层B会议厅", "4楼会议B厅"],
                ["Meeting Hall B, 4/F", "Room B, 4F"],
                ["4-قەۋەت B يىغىن زالى"],
            ),
        },
    ),
    "voc": _b(
        ["喀拉苏地区库木巴格县职业技能培训中心"],
        ["库木巴格县职业技能培训中心"],
        ["县职业技能培训中心", "县技能培训中心", "县职业技能公共实训基地"],
        ["县职培中心", "县技能培训中心"],
        ["文化路16号县职业技能培训中心"],
        ["Kumubage Vocational Skills Training Center", "County Vocational Training Centre"],
        ["قۇمباغ ناھىيىلىك كەسپىي ماھارەت تەربىيىلەش مەركىزى"],
        {
            "b2_101": _r(
                [
                    "2号楼101室",
                    "2#楼101",
                    "二号楼101室",
                    "B栋101室",
                    "实训楼101缝纫实训室",
                    "2号楼一楼101缝纫实训室",
                    "2号实训楼101",
                ],
                ["Room 101, Building 2", "Sewing Workshop 101, Bldg 2"],
                ["2-بىنا 101-ئۆي"],
            ),
            "b2_102": _r(
                [
                    "2号楼102室",
                    "2#楼102",
                    "二号楼102室",
                    "B栋102室",
                    "实训楼102缝纫实训室",
                    "2号实训楼102",
                ],
                ["Room 102, Building 2", "Sewing Workshop 102, Bldg 2"],
                ["2-بىنا 102-ئۆي"],
            ),
            "b2_201": _r(
                ["2号楼201电商实训室", "2#楼201", "二号楼二楼201室", "B栋201室", "2号楼201室"],
                ["E-commerce Lab 201, Building 2"],
                ["2-بىنا 201-ئۆي"],
            ),
            "b1_hall": _r(
                ["1号楼报告厅", "1#楼报告厅", "一号楼报告厅", "A栋报告厅", "综合楼报告厅"],
                ["Lecture Hall, Building 1"],
                ["1-بىنا دوكلات زالى"],
            ),
        },
    ),
    "park": _b(
        ["喀拉苏地区库木巴格县纺织服装产业园服务中心"],
        ["库木巴格县纺织服装产业园服务中心"],
        ["纺织服装产业园服务中心", "园区服务中心", "纺织园服务中心"],
        ["园区服务中心", "园区管委会", "纺织园服务中心"],
        ["产业园区纬二路9号"],
        ["Service Center, Kumubage Textile & Garment Industrial Park", "KTG Park Service Center"],
        ["توقۇمىچىلىق-كىيىم-كېچەك سانائەت باغچىسى مۇلازىمەت مەركىزى"],
        {
            "roadshow": _r(
                ["二楼路演厅", "2楼路演厅", "2F路演厅", "路演厅（2楼）", "二层路演大厅"],
                ["Roadshow Hall, 2/F"],
                ["2-قەۋەت كۆرگەزمە زالى"],
            ),
            "class1": _r(
                [
                    "一楼职工培训教室",
                    "1楼培训教室",
                    "1F职工课堂",
                    "一层培训教室",
                    "1楼职工培训教室",
                ],
                ["Staff Training Classroom, 1/F"],
                ["1-قەۋەت ئىشچىلار تەربىيىلەش سىنىپى"],
            ),
            "meet3": _r(
                ["三楼会议室", "3楼会议室", "3F会议室", "三层会议室"],
                ["Conference Room, 3/F"],
                ["3-قەۋەت يىغىن ئۆيى"],
            ),
        },
    ),
    "tax": _b(
        ["国家税务总局库木巴格县税务局"],
        ["库木巴格县税务局", "国家税务总局库木巴格县税务局"],
        ["县税务局", "县税务局办税服务厅"],
        ["县税务局"],
        ["迎宾大道27号县税务局"],
        ["Kumubage County Tax Service", "County Taxation Bureau"],
        ["قۇمباغ ناھىيىلىك باج ئىدارىسى"],
        {
            "school": _r(
                [
                    "二楼纳税人学堂",
                    "2楼纳税人学堂",
                    "纳税人学堂（二楼）",
                    "办税服务厅二楼培训室",
                    "2F纳税人学堂",
                ],
                ["Taxpayer School, 2/F"],
                ["2-قەۋەت باج تۆلىگۈچىلەر مەكتىپى"],
            ),
            "meet5": _r(
                ["五楼会议室", "5楼会议室", "5F会议室", "五层会议室"],
                ["Conference Room, 5/F"],
                ["5-قەۋەت يىغىن ئۆيى"],
            ),
        },
    ),
    "log": _b(
        ["喀拉苏地区库木巴格县铁路物流园综合服务楼"],
        ["库木巴格县铁路物流园综合服务楼"],
        ["铁路物流园综合服务楼", "物流园综合楼"],
        ["物流园综合楼", "陆港物流园服务楼"],
        ["站前路1号物流园综合楼"],
        ["Service Building, Kumubage Rail Logistics Park", "Rail Logistics Park Service Bldg"],
        ["تۆمۈر يول لوگىستىكا باغچىسى مۇلازىمەت بىناسى"],
        {
            "conf3": _r(
                ["三楼会议室", "3楼会议室", "3F会议室", "三层大会议室"],
                ["Conference Room, 3/F"],
                ["3-قەۋەت يىغىن ئۆيى"],
            ),
            "studioA": _r(
                ["一楼直播间A", "1楼A号直播间", "直播间A", "A号直播间", "一层直播A厅"],
                ["Livestream Studio A, 1/F", "Studio A"],
                ["1-قەۋەت A نەق مەيدان ئۆيى"],
            ),
            "studioB": _r(
                ["一楼直播间B", "1楼B号直播间", "直播间B", "B号直播间", "一层直播B厅"],
                ["Livestream Studio B, 1/F", "Studio B"],
                ["1-قەۋەت B نەق مەيدان ئۆيى"],
            ),
        },
    ),
    "ecom": _b(
        ["库木巴格县电子商务公共服务中心"],
        ["库木巴格县电子商务公共服务中心", "县电子商务公共服务中心"],
        ["县电商公共服务中心", "县电商中心", "电子商务公共服务中心"],
        ["县电商中心"],
        ["丝路街5号县电商中心"],
        ["Kumubage County E-commerce Public Service Center", "County E-commerce Center"],
        ["ناھىيىلىك ئېلېكترونلۇق سودا ئاممىۋى مۇلازىمەت مەركىزى"],
        {
            "live2": _r(
                [
                    "二楼直播培训室",
                    "2楼直播培训室",
                    "2F直播培训室",
                    "直播培训室（2楼）",
                    "二层直播实训室",
                ],
                ["Livestream Training Room, 2/F"],
                ["2-قەۋەت نەق مەيدان تەربىيىلەش ئۆيى"],
            ),
            "show1": _r(
                ["一楼选品展示厅", "1楼选品展厅", "1F展示厅", "一层产品展示厅"],
                ["Product Showroom, 1/F"],
                ["1-قەۋەت مەھسۇلات كۆرگەزمە زالى"],
            ),
        },
    ),
    "scenic": _b(
        ["库木巴格县金胡杨沙漠景区游客服务中心"],
        ["库木巴格县金胡杨沙漠景区游客服务中心"],
        ["金胡杨沙漠景区游客服务中心", "金胡杨景区游客中心"],
        ["景区游客中心", "塔乡金胡杨景区游客中心"],
        None,
        [
            "Visitor Center, Golden Poplar Desert Scenic Area",
            "Golden Poplar Desert Park Visitor Centre",
        ],
        ["ئالتۇن توغراق قۇملۇق مەنزىرە رايونى ساياھەتچىلەر مۇلازىمەت مەركىزى"],
        {
            "hall": _r(
                ["二楼会议室", "2楼会议室", "2F会议室", "二层会议室"],
                ["Meeting Room, 2/F"],
                ["2-قەۋەت يىغىن ئۆيى"],
            ),
            "plaza": _r(
                ["前广场", "门前广场", "室外广场"], ["Visitor Center Plaza"], ["ئالدىدىكى مەيدان"]
            ),
        },
        town="tgws",
    ),
    "bank": _b(
        ["新疆库木巴格农村商业银行股份有限公司"],
        ["库木巴格县农商银行", "库木巴格农商银行"],
        ["库木巴格农商银行", "县农商行"],
        ["县农商行"],
        ["人民东路19号农商银行"],
        ["Kumubage Rural Commercial Bank"],
        ["قۇمباغ يېزا سودا بانكىسى"],
        {
            "meet5": _r(
                ["五楼会议室", "5楼会议室", "5F会议室", "五层大会议室"],
                ["Conference Room, 5/F"],
                ["5-قەۋەت يىغىن زالى"],
            )
        },
    ),
    "f_cotton": _b(
        ["库木巴格县英阿瓦提乡恰瓦克村棉花高产示范田"],
        ["英阿瓦提乡恰瓦克村棉花高产示范田"],
        ["恰瓦克村棉花示范田", "英阿瓦提乡2村棉花示范田"],
        ["英乡恰瓦克村棉田", "英乡2村示范田"],
        None,
        ["Cotton Demonstration Field, Qiawake Village"],
        ["چاۋاق كەنتى پاختا ئۈلگە ئېتىزى"],
        {None: None},
        town="yawt",
    ),
    "f_jujube": _b(
        ["库木巴格县阿热勒乡琼巴格村红枣提质增效示范园"],
        ["阿热勒乡琼巴格村红枣提质增效示范园"],
        ["琼巴格村红枣示范园", "阿热勒乡5村红枣示范园"],
        ["阿热乡琼巴格村枣园"],
        None,
        ["Jujube Demonstration Orchard, Qiongbage Village"],
        ["چوڭباغ كەنتى قىزىل چىلان ئۈلگە بېغى"],
        {None: None},
        town="arl",
    ),
    "f_walnut": _b(
        ["库木巴格县巴什艾日克乡其兰巴格村核桃示范园"],
        ["巴什艾日克乡其兰巴格村核桃示范园"],
        ["其兰巴格村核桃园", "巴什艾日克乡7村核桃示范园"],
        ["巴乡7村核桃园"],
        None,
        ["Walnut Demonstration Orchard, Qilanbage Village"],
        ["چىلانباغ كەنتى ياڭاق ئۈلگە بېغى"],
        {None: None},
        town="bsek",
    ),
    "f_apricot": _b(
        ["库木巴格县喀拉玉尔滚镇阿克墩村杏园"],
        ["喀拉玉尔滚镇阿克墩村杏园"],
        ["阿克墩村杏树示范园", "喀拉玉尔滚镇4村杏园"],
        ["喀镇4村杏园"],
        None,
        ["Apricot Orchard, Akedun Village"],
        ["ئاقدۆڭ كەنتى ئۆرۈك بېغى"],
        {None: None},
        town="klyg",
    ),
    "ent_tianmian": _b(
        ["新疆天棉纺织科技有限公司"],
        ["新疆天棉纺织科技有限公司"],
        ["天棉纺织科技有限公司", "天棉纺织"],
        ["纺织园天棉纺织"],
        None,
        ["Xinjiang Tianmian Textile Technology Co., Ltd."],
        ["تيەنميەن توقۇمىچىلىق شىركىتى"],
        {
            "train2": _r(
                ["二楼员工培训室", "2楼培训室", "办公楼2F培训室"],
                ["Staff Training Room, 2/F"],
                ["2-قەۋەت تەربىيىلەش ئۆيى"],
            )
        },
    ),
    "ent_yunshang": _b(
        ["库木巴格县丝路云裳服饰有限公司"],
        ["库木巴格县丝路云裳服饰有限公司"],
        ["丝路云裳服饰有限公司", "云裳服饰公司"],
        ["云裳服饰公司"],
        None,
        ["Kumubage Silk Road Yunshang Apparel Co."],
        ["يۈنشاڭ كىيىم-كېچەك شىركىتى"],
        {
            "train3": _r(
                ["1号车间三楼培训室", "一号车间3楼培训室", "1#车间3F培训室"],
                ["Training Area, 3/F, Workshop 1"],
                ["1-سېخ 3-قەۋەت تەربىيىلەش ئۆيى"],
            )
        },
    ),
    "ent_tongda": _b(
        ["新疆丝路通达进出口贸易有限公司"],
        ["新疆丝路通达进出口贸易有限公司"],
        ["丝路通达进出口公司", "丝路通达"],
        ["丝路通达"],
        None,
        ["Xinjiang Silk Road Tongda Import & Export Co., Ltd."],
        ["توڭدا ئىمپورت-ئېكسپورت شىركىتى"],
        {
            "meet3": _r(
                ["三楼会议室", "3楼会议室", "3F会议室"],
                ["Conference Room, 3/F"],
                ["3-قەۋەت يىغىن ئۆيى"],
            )
        },
    ),
    "ent_lugang": _b(
        ["库木巴格陆港国际物流有限公司"],
        ["库木巴格陆港国际物流有限公司"],
        ["陆港国际物流有限公司", "陆港物流公司"],
        ["陆港物流公司"],
        None,
        ["Kumubage Land Port International Logistics Co."],
        ["لۇگاڭ خەلقئارا لوگىستىكا شىركىتى"],
        {
            "meet1": _r(
                ["一楼会议室", "1楼会议室", "1F会议室"],
                ["Meeting Room, 1/F"],
                ["1-قەۋەت يىغىن ئۆيى"],
            )
        },
    ),
}

for _t, (_cn, _ab, _py, _base, _k) in TOWNS.items():
    _gov = "镇" if _cn.endswith("镇") else "乡"
    BUILDINGS["towngov_" + _t] = _b(
        [f"喀拉苏地区库木巴格县{_cn}人民政府", f"库木巴格县{_cn}人民政府"],
        [f"库木巴格县{_cn}政府"],
        [f"{_cn}人民政府", f"{_cn}政府"],
        [f"{a}政府" for a in _ab],
        [f"{_cn}政府大院"],
        [f"{_py} Government", f"People's Government of {_py}"],
        [f"{_base} {UG_GOV[_k]}"],
        {
            "meet2": _r(
                ["二楼会议室", "2楼会议室", "二楼大会议室", "2F会议室", "二层会议室"],
                ["Meeting Room, 2/F", "2F Meeting Room"],
                ["2-قەۋەت يىغىن زالى"],
            )
        },
        town=_t,
    )
    BUILDINGS["station_" + _t] = _b(
        [f"库木巴格县{_cn}农业技术推广站"],
        [f"库木巴格县{_cn}农业技术推广站"],
        [f"{_cn}农业技术推广站", f"{_cn}农技站"],
        [f"{a}农技站" for a in _ab],
        None,
        [f"{_py} Agricultural Technology Extension Station", f"{_py} Agri-Tech Station"],
        [f"{_base} {UG_TOWN_SUFFIX[_k]} يېزا ئىگىلىك تېخنىكا ئومۇملاشتۇرۇش پونكىتى"],
        {
            "train": _r(
                ["培训室", "一楼培训室", "1楼培训室", "技术培训室"],
                ["Training Room", "Training Room, 1/F"],
                ["تەربىيىلەش ئۆيى"],
            )
        },
        town=_t,
    )

for _v, (_vcn, _t, _n, _vpy, _vug) in VILLAGES.items():
    _tcn, _tab, _tpy = TOWNS[_t][0], TOWNS[_t][1][0], TOWNS[_t][2]
    BUILDINGS["vil_" + _v] = _b(
        [f"库木巴格县{_tcn}{_vcn}党群服务中心"],
        [f"{_tcn}{_vcn}党群服务中心"],
        [f"{_tcn}{_vcn}党群服务中心", f"{_tcn}{_n}村党群服务中心"],
        [f"{_tab}{_vcn}村委会", f"{_tab}{_n}村村委会", f"{_vcn}村委会"],
        None,
        [f"{_vpy} Community Service Center, {_tpy}"],
        [f"{_vug} ئىشخانىسى"],
        {"meet": _r(["会议室", "一楼会议室", "1楼会议室"], ["Meeting Room"], ["يىغىن ئۆيى"])},
        town=_t,
    )

# venue kinds -> concrete (building, room) pairs
VK: dict[str, list[Place]] = {
    "gov": [("gov", r) for r in ("tr1", "tr2", "mfh", "hallA", "hallB")],
    "voc_sew": [("voc", "b2_101"), ("voc", "b2_102")],
    "voc_ecom": [("voc", "b2_201")],
    "voc_hall": [("voc", "b1_hall")],
    "park": [("park", r) for r in ("roadshow", "class1", "meet3")],
    "park_class": [("park", "class1")],
    "tax": [("tax", "school"), ("tax", "meet5")],
    "log": [("log", "conf3")],
    "log_studio": [("log", "studioA"), ("log", "studioB")],
    "ecom": [("ecom", "live2"), ("ecom", "show1")],
    "ecom_live": [("ecom", "live2")],
    "scenic": [("scenic", "hall"), ("scenic", "plaza")],
    "bank": [("bank", "meet5")],
    "town": [("towngov_" + t, "meet2") for t in TOWNS],
    "station": [("station_" + t, "train") for t in TOWNS],
    "village": [("vil_" + v, "meet") for v in VILLAGES],
    "f_cotton": [("f_cotton", None)],
    "f_jujube": [("f_jujube", None)],
    "f_walnut": [("f_walnut", None)],
    "f_apricot": [("f_apricot", None)],
    "ent_textile": [("ent_tianmian", "train2"), ("ent_yunshang", "train3")],
    "ent_trade": [("ent_tongda", "meet3"), ("ent_lugang", "meet1")],
}

# ---------------------------------------------------------------------------
# Subjects: theme, true kind, hosts (first = usual lead), formal names, plain
# question title, English, Uyghur, venue kinds, durations (min), sectors.
# flex: departments file it under their own lean (宣讲 vs 培训).
# ---------------------------------------------------------------------------
SUBJ: dict[str, Subject] = {}


def _s(
    key: str,
    theme: str,
    kind: str,
    hosts: Sequence[str],
    formal: Sequence[str],
    plain: str,
    en: str,
    ug: str | None,
    venues: Sequence[str],
    dur: Sequence[int],
    sectors: Sequence[str],
    flex: bool = True,
    nosfx: bool = False,
) -> None:
    SUBJ[key] = Subject(
        key=key,
        theme=theme,
        kind=kind,
        hosts=list(hosts),
        formal=list(formal),
        plain=plain,
        en=en,
        ug=ug,
        venues=list(venues),
        dur=tuple(dur),
        sectors=list(sectors),
        flex=flex,
        nosfx=nosfx,
    )


P, T = "PUBLICITY", "TRAINING"
_s(
    "labour_transfer",
    "labour",
    P,
    [HRSS, PARK, AGRI],
    ["农村富余劳动力转移就业政策", "劳动力转移就业惠民政策"],
    "外出务工、进厂上班有哪些补贴？",
    "Rural Labour Transfer Employment Policies",
    "ئارتۇقچە ئەمگەك كۈچىنى يۆتكەپ ئىشقا ئورۇنلاشتۇرۇش سىياسىتى",
    ["gov", "town", "village", "park"],
    (60, 90, 120),
    ["农村劳动力", "脱贫人口"],
)
_s(
    "sewing",
    "labour",
    T,
    [HRSS, PARK],
    ["缝纫工职业技能培训", "服装缝纫工技能提升培训"],
    "想进服装厂？免费学缝纫",
    "Sewing Machine Operator Skills Training",
    "تىكىمچىلىك كەسپىي ماھارەت تەربىيىلىشى",
    ["voc_sew", "park_class", "ent_textile"],
    (120, 150, 180),
    ["农村劳动力", "待业青年"],
    flex=False,
)
_s(
    "preservice",
    "labour",
    T,
    [PARK, HRSS],
    ["纺织服装产业工人岗前培训", "纺织企业新录用员工岗前培训"],
    "进厂前培训都学啥？",
    "Pre-employment Training for Textile Workers",
    "توقۇمىچىلىق ئىشچىلىرىنى ئىشقا چۈشۈشتىن بۇرۇن تەربىيىلەش",
    ["park_class", "voc_sew", "ent_textile"],
    (120, 150),
    ["新录用员工", "农村劳动力"],
    flex=False,
)
_s(
    "apprentice",
    "labour",
    T,
    [HRSS, PARK, FIC],
    ["企业新型学徒制培训", "企业新型学徒制政策及申报"],
    "学徒制补贴怎么申请？",
    "New-type Enterprise Apprenticeship Program",
    None,
    ["park", "gov", "ent_textile"],
    (90, 120),
    ["用工企业", "企业职工"],
)
_s(
    "stable_jobs",
    "labour",
    P,
    [HRSS, PARK, FIC, FIN],
    ["稳岗返还及一次性扩岗补助政策", "援企稳岗政策"],
    "企业稳岗返还怎么申请？",
    "Job-retention Refund and Job-expansion Subsidy",
    None,
    ["gov", "park"],
    (60, 90),
    ["用工企业", "小微企业"],
)
_s(
    "startup_loan",
    "finance",
    P,
    [FIN, HRSS, FIC],
    ["创业担保贷款政策", "创业担保贷款及贴息政策"],
    "创业贷款最高能贷多少？",
    "Guaranteed Start-up Loans",
    "كەسىپ باشلاش كاپالەتلىك قەرز سىياسىتى",
    ["gov", "bank", "town"],
    (60, 90),
    ["创业人员", "返乡创业青年", "小微企业"],
)
_s(
    "pension",
    "labour",
    P,
    [HRSS, AGRI],
    ["城乡居民基本养老保险政策", "城乡居民养老保险缴费政策"],
    "养老保险交多少、领多少？",
    "Residents' Basic Pension Insurance",
    "شەھەر-يېزا ئاھالىلىرى ياشانغانلار سۇغۇرتىسى سىياسىتى",
    ["town", "village"],
    (60, 90),
    ["城乡居民", "农牧民"],
)
_s(
    "wage",
    "labour",
    P,
    [HRSS, PARK],
    ["《保障农民工工资支付条例》", "根治欠薪冬季专项行动政策"],
    "工资被拖欠了怎么办？",
    "Migrant Workers' Wage Payment Protection",
    None,
    ["park", "gov", "ent_textile"],
    (60, 90),
    ["农民工", "用工企业"],
)
_s(
    "small_vat",
    "tax",
    P,
    [TAX, FIC, AMR],
    ["小规模纳税人增值税减免政策", "增值税小规模纳税人税费优惠政策"],
    "小规模纳税人还要交增值税吗？",
    "VAT Relief for Small-scale Taxpayers",
    None,
    ["tax", "gov", "park"],
    (60, 90),
    ["小规模纳税人", "个体工商户"],
)
_s(
    "rd",
    "tax",
    P,
    [TAX, COM, PARK],
    ["研发费用加计扣除政策", "企业研发费用税前加计扣除政策"],
    "研发费用怎么加计扣除？",
    "Super Deduction of R&D Expenses",
    None,
    ["tax", "park", "gov"],
    (90, 120),
    ["工业企业", "科技型中小企业"],
)
_s(
    "export_rebate",
    "trade",
    P,
    [TAX, INV, COM, PARK],
    ["出口退（免）税政策", "出口退税无纸化申报"],
    "出口退税多久能到账？",
    "Export VAT Refund Procedures",
    None,
    ["tax", "gov", "log", "ent_trade"],
    (90, 120),
    ["外贸企业", "生产型出口企业"],
)
_s(
    "einvoice",
    "tax",
    T,
    [TAX, AMR, COM],
    ["全面数字化电子发票推广应用", "数电发票开具与使用"],
    "数电发票怎么开？",
    "Fully Digitalised E-invoices",
    None,
    ["tax", "gov"],
    (90, 120),
    ["纳税人", "财务人员"],
)
_s(
    "western_cit",
    "tax",
    P,
    [TAX, INV, PARK],
    ["西部大开发企业所得税优惠政策", "新办企业所得税“两免三减半”政策"],
    "新办企业所得税能减免吗？",
    "Western Development Corporate Income Tax Incentives",
    None,
    ["tax", "park", "gov"],
    (60, 90),
    ["新办企业", "园区企业"],
)
_s(
    "agri_tax",
    "agri",
    P,
    [TAX, AGRI, COM],
    ["农产品增值税优惠及收购发票政策", "涉农税费优惠政策"],
    "卖红枣核桃要交税吗？",
    "Tax Treatment of Farm Produce",
    "يېزا ئىگىلىك مەھسۇلاتلىرى باج ئېتىبار سىياسىتى",
    ["tax", "town", "ecom"],
    (60, 90),
    ["农民专业合作社", "农产品收购企业"],
)
_s(
    "food_safety",
    "market",
    P,
    [AMR, CUL, COM],
    ["食品生产经营者落实食品安全主体责任", "食品安全“两个责任”"],
    "开饭馆、卖馕要注意啥？",
    "Food Safety Duties of Food Businesses",
    None,
    ["gov", "scenic", "town"],
    (60, 90),
    ["餐饮服务单位", "食品经营者"],
)
_s(
    "live_compliance",
    "ecom",
    P,
    [AMR, COM],
    ["网络直播营销合规经营", "直播电商广告与价格合规"],
    "直播带货哪些话不能说？",
    "Livestream Marketing Compliance",
    None,
    ["ecom", "log_studio", "gov"],
    (60, 90),
    ["电商主播", "网店经营者"],
)
_s(
    "indiv_biz",
    "market",
    P,
    [AMR, TAX, FIC],
    ["个体工商户年报及“个转企”扶持政策", "个体工商户发展扶持政策"],
    "个体户年报怎么填？",
    "Support for Individual Businesses",
    None,
    ["gov", "town"],
    (60, 90),
    ["个体工商户"],
)
_s(
    "gi_brand",
    "agri",
    P,
    [AMR, AGRI, COM],
    ["“库木巴格红枣”地理标志保护与品牌建设", "农产品地理标志与商标品牌建设"],
    "红枣怎么用上地理标志？",
    "Geographical Indication and Branding of Jujube",
    "«قۇمباغ قىزىل چىلىنى» جۇغراپىيىلىك بەلگىسىنى قوغداش",
    ["gov", "ecom", "town"],
    (60, 90),
    ["农民专业合作社", "农产品加工企业"],
)
_s(
    "cotton_measure",
    "agri",
    T,
    [AMR, AGRI],
    ["棉花收购加工计量与质量监管", "棉花收购环节计量器具检定"],
    "收棉花的秤准不准？",
    "Metrology in Cotton Purchasing",
    "پاختا سېتىۋېلىشتا ئۆلچەش ۋە سۈپەت نازارەتچىلىكى",
    ["gov", "town"],
    (90, 120),
    ["棉花加工企业", "收购点"],
)
_s(
    "credit_repair",
    "private",
    P,
    [AMR, FIC, TAX],
    ["企业信用修复政策", "经营主体信用修复"],
    "上了经营异常名录怎么办？",
    "Credit Repair for Businesses",
    None,
    ["gov", "park"],
    (60, 90),
    ["经营主体"],
)
_s(
    "live_skills",
    "ecom",
    T,
    [COM, HRSS, AGRI, CUL],
    ["电商直播带货技能培训", "农村电商直播人才培训"],
    "怎么用手机直播卖红枣？",
    "Livestream Selling Skills",
    "تور نەق مەيدانى ئارقىلىق مال سېتىش ماھارىتى",
    ["ecom_live", "voc_ecom", "log_studio"],
    (120, 150, 180),
    ["农村电商带头人", "返乡青年"],
    flex=False,
)
_s(
    "county_commerce",
    "ecom",
    P,
    [COM, PARK],
    ["县域商业体系建设政策", "县域商业“领跑”行动"],
    "乡村快递物流怎么更便宜？",
    "County Commercial System Development",
    None,
    ["gov", "log"],
    (60, 90),
    ["商贸流通企业", "快递企业"],
)
_s(
    "cold_chain",
    "logistics",
    P,
    [COM, AGRI, PARK],
    ["农产品产地冷藏保鲜及冷链物流", "农产品冷链物流与产地仓建设"],
    "红枣核桃怎么走冷链？",
    "Cold-chain Logistics for Farm Produce",
    "يېزا ئىگىلىك مەھسۇلاتلىرى سوغۇق زەنجىر لوگىستىكىسى",
    ["log", "gov", "ecom"],
    (60, 90),
    ["农民专业合作社", "物流企业"],
)
_s(
    "ca_export",
    "trade",
    P,
    [INV, COM, TAX, FIC],
    ["中亚市场开拓与出口业务", "中亚五国市场准入与出口政策"],
    "产品想卖到中亚怎么办？",
    "Central Asia Market Access & Export",
    None,
    ["gov", "log", "ent_trade"],
    (90, 120),
    ["外贸企业", "纺织服装企业"],
)
_s(
    "crossborder",
    "trade",
    T,
    [INV, COM],
    ["跨境电商B2B出口（9710/9810）业务", "跨境电商与边民互市贸易"],
    "跨境电商怎么做？",
    "Cross-border E-commerce Export (9710/9810)",
    None,
    ["ecom", "log"],
    (90, 120),
    ["电商企业", "外贸企业"],
)
_s(
    "rail_freight",
    "logistics",
    P,
    [INV, PARK, COM],
    ["中亚班列及铁路集装箱运输服务", "铁路物流园中亚班列运输政策"],
    "货物坐班列去中亚要多久？",
    "China-Central Asia Rail Freight Services",
    None,
    ["log", "gov"],
    (60, 90),
    ["外贸企业", "物流企业"],
)
_s(
    "export_credit",
    "trade",
    P,
    [FIN, INV, COM],
    ["出口信用保险与跨境人民币结算", "外贸企业汇率避险与出口信保"],
    "外贸收款有风险怎么办？",
    "Export Credit Insurance & Cross-border RMB Settlement",
    None,
    ["bank", "gov", "log"],
    (60, 90),
    ["外贸企业"],
)
_s(
    "cotton_subsidy",
    "agri",
    P,
    [AGRI, FIN],
    ["棉花目标价格补贴政策", "2027年度棉花目标价格补贴"],
    "棉花目标价格补贴怎么领？",
    "Cotton Target Price Subsidy",
    "پاختا نىشان باھا تولۇقلىمىسى سىياسىتى",
    ["town", "village", "gov"],
    (60, 90),
    ["植棉农户", "农民专业合作社"],
)
_s(
    "cotton_harvest",
    "agri",
    T,
    [AGRI, AMR],
    ["机采棉采收与质量管控技术", "棉花机采提质技术"],
    "机采棉怎么减少杂质？",
    "Machine-picked Cotton Quality Control",
    "ماشىنىدا يىغىلىدىغان پاختىنىڭ سۈپىتىنى كونترول قىلىش",
    ["f_cotton", "station", "town"],
    (90, 120),
    ["植棉农户", "农机手"],
    flex=False,
)
_s(
    "jujube",
    "agri",
    T,
    [AGRI, COM],
    ["红枣冬季管理与病虫害防治技术", "红枣提质增效技术"],
    "红枣树冬天怎么管？",
    "Red Jujube Winter Orchard Management",
    "قىزىل چىلان دەرىخىنى قىشتا باشقۇرۇش تېخنىكىسى",
    ["f_jujube", "station", "village"],
    (90, 120),
    ["红枣种植户"],
    flex=False,
)
_s(
    "walnut",
    "agri",
    T,
    [AGRI],
    ["核桃提质增效与整形修剪技术", "核桃秋冬季管理技术"],
    "核桃树怎么剪枝？",
    "Walnut Pruning",
    "ياڭاق دەرىخىنى شاخ كېسىش تېخنىكىسى",
    ["f_walnut", "station", "village"],
    (90, 120),
    ["核桃种植户"],
    flex=False,
)
_s(
    "apricot",
    "agri",
    T,
    [AGRI],
    ["杏树秋冬季管理技术", "杏园秋施基肥与冬季修剪"],
    "杏树秋天要施什么肥？",
    "Apricot Orchard Autumn Management",
    "ئۆرۈك دەرىخىنى كۈز-قىش پەسلىدە باشقۇرۇش",
    ["f_apricot", "station", "village"],
    (90, 120),
    ["林果种植户"],
    flex=False,
)
_s(
    "hq_farmer",
    "agri",
    T,
    [AGRI, HRSS],
    ["高素质农民培育", "高素质农民培育（林果产业）"],
    "想当新农人？来参加培训",
    "High-quality Farmer Training",
    "يۇقىرى ساپالىق دېھقان يېتىشتۈرۈش تەربىيىلىشى",
    ["voc_hall", "station", "gov"],
    (120, 180),
    ["种养大户", "家庭农场主"],
    flex=False,
)
_s(
    "crop_ins",
    "finance",
    P,
    [FIN, AGRI],
    ["棉花完全成本保险政策", "政策性农业保险（棉花、林果）"],
    "棉花保险怎么理赔？",
    "Cotton Full-cost Insurance",
    "پاختا تولۇق تەننەرخ سۇغۇرتىسى سىياسىتى",
    ["town", "bank", "gov"],
    (60, 90),
    ["植棉农户", "林果种植户"],
)
_s(
    "land_subsidy",
    "agri",
    P,
    [AGRI, FIN],
    ["耕地地力保护补贴政策", "耕地地力保护补贴及耕地保护"],
    "耕地地力保护补贴发多少？",
    "Arable Land Fertility Protection Subsidy",
    "تېرىلغۇ يەر كۈچىنى قوغداش تولۇقلىمىسى",
    ["town", "village", "gov"],
    (60, 90),
    ["承包农户"],
)
_s(
    "fruit_loan",
    "finance",
    P,
    [FIN, AGRI],
    ["林果业贴息贷款政策", "“林果贷”金融产品"],
    "种枣种核桃能贷款吗？",
    "Subsidised Loans for Orchard Farmers",
    "مېۋىلىك باغ قەرزى سىياسىتى",
    ["bank", "town", "village"],
    (60, 90),
    ["林果种植户", "农民专业合作社"],
)
_s(
    "bank_ent",
    "finance",
    P,
    [FIN, FIC, PARK, COM],
    ["政银企融资对接会", "小微企业融资协调机制政银企对接会"],
    "企业缺钱找谁贷？",
    "Bank-Enterprise Financing Matchmaking",
    None,
    ["bank", "gov", "park"],
    (90, 120),
    ["小微企业", "民营企业"],
    nosfx=True,
)
_s(
    "anti_fraud",
    "finance",
    P,
    [FIN, AMR],
    ["防范非法集资", "防范非法集资和电信网络诈骗"],
    "高息理财靠谱吗？",
    "Preventing Illegal Fund-raising",
    "قانۇنسىز مەبلەغ توپلاشنىڭ ئالدىنى ئېلىش",
    ["town", "village", "scenic", "gov"],
    (60, 90),
    ["城乡居民", "老年人"],
)
_s(
    "homestay",
    "tourism",
    T,
    [CUL, AMR, HRSS],
    ["乡村民宿服务与经营管理", "乡村民宿等级评定与服务规范"],
    "开民宿要办哪些证？",
    "Rural Homestay Operation",
    None,
    ["scenic", "village", "gov"],
    (90, 120),
    ["民宿经营户", "农家乐"],
)
_s(
    "guide",
    "tourism",
    T,
    [CUL, HRSS],
    ["景区讲解员技能提升", "导游讲解员业务"],
    "讲解员怎么讲好景区故事？",
    "Tour Guide Skills Upgrade",
    None,
    ["scenic", "voc_hall"],
    (120, 150),
    ["导游", "景区讲解员"],
    flex=False,
)
_s(
    "tour_safety",
    "tourism",
    P,
    [CUL, AMR],
    ["A级景区安全生产与冬季运营", "旅游安全生产"],
    "冬季景区怎么防风险？",
    "Scenic Area Safety for the Winter Season",
    None,
    ["scenic", "gov"],
    (60, 90),
    ["A级景区", "旅行社"],
)
_s(
    "wenchuang",
    "tourism",
    T,
    [CUL, COM],
    ["文旅商品与文创产品开发", "非遗文创产品开发"],
    "手工艺品怎么变成旅游商品？",
    "Creative Tourism Products",
    None,
    ["scenic", "ecom"],
    (90, 120),
    ["非遗传承人", "文创企业"],
)
_s(
    "private_econ",
    "private",
    P,
    [FIC, TAX, FIN, PARK],
    ["促进民营经济发展壮大系列政策", "《民营经济促进法》"],
    "民营企业能享受哪些政策？",
    "Private Economy Promotion Policies",
    None,
    ["gov", "park"],
    (90, 120),
    ["民营企业", "商会会员"],
)
_s(
    "work_safety",
    "private",
    T,
    [PARK, AMR],
    ["工贸企业安全生产", "纺织企业安全生产与消防"],
    "车间消防要注意啥？",
    "Workplace Safety for Industrial Firms",
    None,
    ["park", "ent_textile"],
    (90, 120),
    ["园区企业", "安全管理人员"],
)
_s(
    "invest_policy",
    "private",
    P,
    [INV, PARK, COM],
    ["招商引资优惠政策", "纺织服装产业招商政策"],
    "来库木巴格投资有啥优惠？",
    "Investment Incentives in Kumubage",
    None,
    ["park", "gov", "log"],
    (60, 90),
    ["投资企业", "客商"],
)

# which subjects may be held in a given room
ROOM_SUBJ: dict[Place, list[str]] = {}
for _k, _sj in SUBJ.items():
    for _vk in _sj["venues"]:
        for _ven in VK[_vk]:
            ROOM_SUBJ.setdefault(_ven, []).append(_k)

# neighbouring policies (for back-to-back sessions in one hall)
NEIGHBOURS = [
    ("cotton_subsidy", "land_subsidy"),
    ("small_vat", "indiv_biz"),
    ("stable_jobs", "startup_loan"),
    ("export_rebate", "western_cit"),
    ("food_safety", "live_compliance"),
    ("crop_ins", "cotton_subsidy"),
    ("rd", "western_cit"),
    ("homestay", "tour_safety"),
    ("ca_export", "rail_freight"),
    ("einvoice", "small_vat"),
    ("fruit_loan", "crop_ins"),
    ("labour_transfer", "pension"),
]

# each department's own topic words, by theme
TAGS: dict[str, dict[str, list[str]]] = {
    HRSS: {
        "labour": ["就业创业", "劳动力转移就业", "职业技能提升行动", "稳就业"],
        "finance": ["创业担保贷款", "就业补助资金"],
        "tourism": ["旅游从业人员培训"],
        "ecom": ["电商人才培训", "新职业技能"],
        "agri": ["农村劳动力培训"],
        "_": ["人社服务", "技能中国行动"],
    },
    TAX: {
        "tax": ["税费优惠", "办税缴费", "纳税服务"],
        "trade": ["出口退税", "外贸企业服务"],
        "agri": ["涉农税收"],
        "private": ["支持民营经济税费政策"],
        "market": ["个体工商户税收"],
        "labour": ["社保费"],
        "_": ["税收宣传", "税惠直通车"],
    },
    AMR: {
        "market": ["市场监管", "经营主体", "放心消费"],
        "ecom": ["网络交易监管", "直播营销合规"],
        "agri": ["计量监督", "地理标志"],
        "tourism": ["旅游餐饮安全"],
        "private": ["信用监管"],
        "tax": ["经营主体服务"],
        "finance": ["打击非法集资"],
        "_": ["市场监管"],
    },
    COM: {
        "ecom": ["电子商务进农村", "直播电商", "数商兴农"],
        "trade": ["外贸", "稳外贸", "向西开放"],
        "agri": ["农产品上行"],
        "tourism": ["促消费"],
        "logistics": ["县域商业体系", "物流配送"],
        "private": ["工业经济"],
        "tax": ["惠企服务"],
        "market": ["电商规范"],
        "finance": ["外贸金融"],
        "_": ["商务服务"],
    },
    AGRI: {
        "agri": ["棉花生产", "林果提质增效", "农业技术推广"],
        "finance": ["农业补贴", "惠农政策"],
        "ecom": ["农产品销售"],
        "labour": ["富余劳动力"],
        "logistics": ["产地仓"],
        "market": ["农资质量"],
        "tax": ["涉农政策"],
        "_": ["乡村振兴"],
    },
    CUL: {
        "tourism": ["文旅融合", "乡村旅游", "旅游服务质量"],
        "ecom": ["文旅直播"],
        "market": ["景区餐饮"],
        "_": ["文化润疆", "旅游兴疆"],
    },
    PARK: {
        "labour": ["园区用工", "产业工人"],
        "private": ["园区企业服务", "营商环境"],
        "trade": ["陆港物流", "班列"],
        "logistics": ["陆港物流"],
        "tax": ["惠企政策"],
        "finance": ["园区融资"],
        "ecom": ["园区电商"],
        "_": ["招商引资", "园区服务"],
    },
    FIC: {
        "private": ["民营经济", "商会服务", "两个健康"],
        "finance": ["融资服务"],
        "tax": ["惠企政策"],
        "labour": ["民企用工"],
        "market": ["民营经济"],
        "_": ["工商联"],
    },
    FIN: {
        "finance": ["普惠金融", "信贷支持", "金融服务实体经济"],
        "agri": ["农业保险", "乡村振兴金融"],
        "private": ["小微企业融资"],
        "labour": ["创业金融"],
        "trade": ["跨境金融"],
        "_": ["金融知识普及"],
    },
    INV: {
        "trade": ["export", "Central Asia", "foreign trade"],
        "logistics": ["rail freight", "logistics"],
        "tax": ["tax incentives"],
        "ecom": ["cross-border e-commerce"],
        "private": ["investment promotion"],
        "finance": ["trade finance"],
        "_": ["investment"],
    },
}
UG_TAGS: dict[str, list[str]] = {
    "agri": ["يېزا ئىگىلىك تېخنىكىسى", "دېھقانلار"],
    "finance": ["تولۇقلىما", "يېزا ئىگىلىك سۇغۇرتىسى"],
    "ecom": ["تور سودىسى"],
    "labour": ["ئىشقا ئورۇنلىشىش"],
    "logistics": ["سوغۇق زەنجىر"],
    "_": ["يېزا گۈللىنىش"],
}

DEPT_SECTORS: dict[str, list[str]] = {
    HRSS: ["农村劳动力", "脱贫人口", "高校毕业生", "用工企业"],
    TAX: ["纳税人", "缴费人"],
    AMR: ["经营主体", "个体工商户", "食品经营者"],
    COM: ["电商企业", "外贸企业", "农村电商带头人"],
    AGRI: ["种植户", "农民专业合作社", "家庭农场"],
    CUL: ["A级景区", "民宿", "农家乐", "导游"],
    PARK: ["园区企业", "入园企业"],
    FIC: ["民营企业", "商会会员"],
    FIN: ["小微企业", "农户", "新型农业经营主体"],
    INV: ["exporters", "foreign trade firms", "logistics operators", "investors"],
}
UG_SECTORS = ["دېھقانلار", "مېۋىچىلىك دېھقانلىرى", "كوپېراتىپلار"]

# ---------------------------------------------------------------------------
# Calendar and formatting
# ---------------------------------------------------------------------------
HOLIDAYS = {date(2027, 9, 15)} | {date(2027, 10, d) for d in range(1, 8)}
ALLDAYS = [date(2027, 9, 1) + timedelta(days=i) for i in range(91)]
WORKDAYS = [d for d in ALLDAYS if d.weekday() < 5 and d not in HOLIDAYS]
SATURDAYS = [d for d in ALLDAYS if d.weekday() == 5 and d not in HOLIDAYS]
AM = [(10, 0), (10, 30), (11, 0), (11, 30)]
PM = [(16, 0), (16, 30), (17, 0), (17, 30)]
CN_DIG = "〇一二三四五六七八九"
WEEK_CN = "一二三四五六日"
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n - 10] if n > 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def fmt_time(dt: datetime, tfmt: str) -> tuple[str, str]:
    if tfmt == "offset":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00", BJ
    if tfmt == "offset_nosec":
        return dt.strftime("%Y-%m-%dT%H:%M") + "+08:00", BJ
    if tfmt == "naive":
        return dt.strftime("%Y-%m-%dT%H:%M:%S"), BJ
    if tfmt == "naive_nosec":
        return dt.strftime("%Y-%m-%dT%H:%M"), BJ
    if tfmt == "utc":
        return (dt - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S.000Z"), BJ
    if tfmt == "xj":  # Xinjiang time, naive, read in Asia/Urumqi (UTC+6)
        return (dt - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S"), XJ
    raise ValueError(tfmt)


def iso_truth(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"


def md_cn(dt: datetime) -> str:
    return f"{dt.month}月{dt.day}日（星期{WEEK_CN[dt.weekday()]}）"


def hm(dt: datetime) -> str:
    return f"{dt.hour}:{dt.minute:02d}"


def ampm(dt: datetime) -> str:
    return "上午" if dt.hour < 14 else "下午"


def rstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


def wchoice(rng: random.Random, pairs: Sequence[tuple[_V, float]]) -> _V:
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------
TR_SFX: dict[str, list[str]] = {
    HRSS: ["培训班", "专项培训班", "培训"],
    TAX: ["专题培训", "实操培训", "辅导培训"],
    AMR: ["培训会", "专题培训"],
    COM: ["培训班", "实训营", "专题培训"],
    AGRI: ["技术培训", "现场培训会", "田间课堂"],
    CUL: ["培训班", "提升培训"],
    PARK: ["专题培训", "培训"],
    FIC: ["专题培训"],
    FIN: ["专题培训"],
}
PUB_SFX: dict[str, list[str]] = {
    HRSS: ["政策宣讲会", "宣讲会"],
    TAX: ["政策宣讲会", "宣讲会", "政策辅导"],
    AMR: ["宣讲会", "宣传活动", "普法宣讲"],
    COM: ["政策宣讲会", "推介会"],
    AGRI: ["政策宣讲", "宣传会"],
    CUL: ["宣讲会"],
    PARK: ["政策宣讲会", "宣讲会"],
    FIC: ["专题宣讲会", "政策宣讲"],
    FIN: ["宣讲会", "宣传活动"],
}
CATCH_EN = {
    "企业服务日": "Enterprise Service Day",
    "政策进园区": "Policies-to-the-Park Day",
    "惠企政策宣讲": "Pro-business Policy Briefing",
}
LEVEL_EN: dict[str | int, str] = {"初级": "Beginner", "中级": "Intermediate", "高级": "Advanced"}
LEVEL_UG: dict[str | int, str] = {"初级": "باشلانغۇچ", "中级": "ئوتتۇرا", "高级": "يۇقىرى"}


def _clean(t: str) -> str:
    for a, b in (
        ("政策政策", "政策"),
        ("培训培训", "培训"),
        ("技术技术", "技术"),
        ("会会", "会"),
        ("提升提升", "提升"),
    ):
        t = t.replace(a, b)
    return t


def qual_text(q: Qual, dept: str, reg: str, rng: random.Random) -> str:
    t, v = q
    if reg == "en":
        if t in ("town", "stop"):
            assert isinstance(v, str)
            return f"{TOWNS[v][2]} {'Session' if t == 'town' else 'Stop'}"
        return {
            "period": f"Session {v}",
            "class": f"Class {v}",
            "level": f"{LEVEL_EN.get(v, v)} Level",
        }[t]
    if reg == "ug":
        if t in ("town", "stop"):
            assert isinstance(v, str)
            return f"{town_ug(v)} {'مەخسۇس مەيدانى' if t == 'town' else 'بېكىتى'}"
        return {
            "period": f"{v}-نۆۋەتلىك",
            "class": f"{v}-سىنىپ",
            "level": f"{LEVEL_UG.get(v, v)} سىنىپ",
        }[t]
    if t == "period":
        assert isinstance(v, int)
        s = f"第{cn_num(v) if dept in (HRSS, AGRI, CUL, FIC) else v}期"
    elif t == "class":
        assert isinstance(v, int)
        s = f"{cn_num(v)}班" if rng.random() < 0.7 else f"{v}班"
    elif t == "level":
        s = f"{v}班"
    elif t == "town":
        assert isinstance(v, str)
        s = f"{TOWNS[v][0] if rng.random() < 0.6 else TOWNS[v][1][0]}专场"
    else:
        assert isinstance(v, str)
        s = f"{TOWNS[v][0] if rng.random() < 0.7 else TOWNS[v][1][0]}站"
    return s.translate(FW) if dept == TAX else s


def attach_qual(core: str, q: Qual, qs: str, rng: random.Random) -> str:
    t = q[0]
    if t == "period":
        r = rng.random()
        if r < 0.35:
            return f"2027年{qs}{core}"
        if r < 0.55:
            return f"{qs}{core}"
        return f"{core}（{qs}）"
    if t == "class":
        return f"{core}（{qs}）" if rng.random() < 0.7 else f"{core}{qs}"
    if t == "level":
        return core  # already merged into the core name
    if t == "town":
        return f"{core}（{qs}）" if rng.random() < 0.6 else f"{core}——{qs}"
    return f"{core}·{qs}" if rng.random() < 0.7 else f"{core}（{qs}）"


def make_title(
    dept: str,
    S: Subject,
    kind: str,
    reg: str,
    qual: Qual | None,
    catch: str | None,
    d: datetime,
    rng: random.Random,
) -> str:
    name = rng.choice(S["formal"])
    theme = S["theme"]
    q4 = "第四季度" if d.month >= 10 else "第三季度"
    if reg == "en":
        kw = (
            "Workshop" if kind == T else rng.choice(["Briefing", "Info Session", "Policy Briefing"])
        )
        en = S["en"]
        if catch:
            t = CATCH_EN.get(catch, "Enterprise Service Day") + (
                f": {en}" if rng.random() < 0.5 else ""
            )
        else:
            forms = [f"{en} {kw}", f"{kw}: {en}", f"{en} - {kw} for Local Firms"]
            if theme in ("trade", "logistics"):
                forms += [f"Central Asia Export Series | {en}"] * 2
            t = rng.choice(forms)
        if qual:
            t += f" ({qual_text(qual, dept, reg, rng)})"
        return t
    if reg == "ug":
        ug = S["ug"]
        assert ug is not None  # the "ug" register is only chosen for subjects with a Uyghur name
        if ug.endswith("تەربىيىلىشى") or ug.endswith("تەربىيىلەش"):
            t = ug
        elif kind == T:
            t = f"{ug} تەربىيىلەش كۇرسى"
        else:
            t = f"{ug} {rng.choice(['تەشۋىقات يىغىنى', 'سىياسەت چۈشەندۈرۈش يىغىنى'])}"
        if qual:
            t += f" ({qual_text(qual, dept, reg, rng)})"
        if rng.random() < 0.3:
            t += " (ھەقسىز)"
        return t
    qs = qual_text(qual, dept, reg, rng) if qual else ""  # only read when there is a qualifier
    if catch:
        r = rng.random()
        if r < 0.5:
            t = catch
        elif r < 0.8:
            t = f"{catch}｜{name}"
        else:
            t = f"“{catch}”活动"
        if qual:
            t = f"{t}（{qs}）"
        return t.translate(FW) if dept == TAX and rng.random() < 0.5 else t
    if reg == "plain":
        p = S["plain"]
        r = rng.random()
        if r < 0.55:
            t = p
        elif not p.endswith("？"):
            t = f"{p}（{name}）"
        elif kind == T:
            t = f"{p}｜{name}培训" if r < 0.8 else f"{p}快来报名！"
        else:
            t = f"{p}{name}解读来了" if r < 0.8 else f"{p}来现场听！"
        if qual:
            t = f"{t}（{qs}）"
        return _clean(t)
    if S["nosfx"]:
        sfx = ""
    elif name.endswith("培训"):
        sfx = rng.choice(["", "班"])
    else:
        sfx = rng.choice((TR_SFX if kind == T else PUB_SFX)[dept])
        if sfx == "实训营" and theme != "ecom":
            sfx = "专题培训"
    core = f"{name.removesuffix('培训')}{qs}" if qual and qual[0] == "level" else name + sfx
    if qual:
        core = attach_qual(core, qual, qs, rng)
    core = _clean(core)
    r = rng.random()
    if dept == HRSS:
        if r < 0.3:
            t = "【县人社局】" + core
        elif r < 0.5:
            t = f"关于开展{core}的通知"
        else:
            t = core
        if not t.startswith("关于") and rng.random() < 0.2:
            t += "（名额有限）"
    elif dept == TAX:
        if r < 0.25:
            t = f"2027年{q4}" + core
        elif r < 0.5 and kind == T:
            t = "【纳税人学堂】" + core
        else:
            t = core
        if rng.random() < 0.15:
            t += "（免费）"
        if rng.random() < 0.6:
            t = t.translate(FW)
    elif dept == AMR:
        if r < 0.4:
            t = "市监局：" + core
        elif r < 0.6 and theme in ("market", "ecom"):
            t = "专项行动——" + core
        elif r < 0.7:
            t = f"关于开展{core}的通知"
        else:
            t = core
    elif dept == COM:
        if r < 0.3:
            t = f"2027年{q4}" + core
        elif r < 0.5:
            t = "【商务和工信局】" + core
        else:
            t = core
        if rng.random() < 0.25:
            t += "（免费）"
    elif dept == AGRI:
        if r < 0.2:
            t = "【农技服务】" + core
        elif r < 0.35 and d.month == 11:
            t = "冬闲不闲！" + core
        else:
            t = core
    elif dept == CUL:
        if r < 0.25:
            t = "文旅赋能乡村振兴｜" + core
        elif r < 0.35:
            t = core + "开始报名啦！"
        else:
            t = core
        if rng.random() < 0.3:
            t += "（免费）"
    elif dept == PARK:
        t = "【园区】" + core if r < 0.3 else core
    elif dept == FIC:
        if r < 0.3:
            t = f"惠企政策宣讲——{name}"
        elif r < 0.45:
            t = f"{name}民营企业专场"
        else:
            t = core
        if qual and qs not in t:
            t += f"（{qs}）"
        if rng.random() < 0.2:
            t += "（名额有限）"
    elif dept == FIN:
        t = (
            ("金融惠企｜" if rng.random() < 0.6 else "金融知识进乡村｜") + core
            if r < 0.35
            else core
        )
    else:
        t = core
    return t


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
def render_place(
    venue: Place, dept: str, reg: str, rng: random.Random, avoid: set[str | None]
) -> str | None:
    bkey, rkey = venue
    B = BUILDINGS[bkey]
    R = B["rooms"].get(rkey)
    s = None
    for _ in range(10):
        if reg == "en" or dept == INV:
            bn = rng.choice(B["en"])
            s = f"{rng.choice(R['en'])}, {bn}" if R else bn
        elif reg == "ug":
            bn = rng.choice(B["ug"])
            s = f"{bn} {rng.choice(R['ug'])}" if R else bn
        else:
            level = wchoice(rng, DEPT[dept]["levels"])
            if level == "en":
                level = "short"
            if dept == TAX and bkey == "tax" and rng.random() < 0.5:
                bn = rng.choice(["我局", "本局"])
            else:
                bn = rng.choice(B[level])
            s = bn + rng.choice(DEPT[dept]["seps"]) + rng.choice(R["cn"]) if R else bn
        if s not in avoid:
            break
    return s


def code_fmt(code: int, style: str) -> str:
    c = str(code)
    if style == "dash":
        return f"{c[:3]}-{c[3:6]}-{c[6:]}"
    if style == "space":
        return f"{c[:3]} {c[3:6]} {c[6:]}"
    return c


def render_online(
    sess: Sess, dept: str, reg: str, rng: random.Random, used_styles: set[str]
) -> tuple[str, str | None]:
    styles = [x for x in ("dash", "plain", "space") if x not in used_styles] or [
        "dash",
        "plain",
        "space",
    ]
    st = rng.choice(styles)
    used_styles.add(st)
    assert _is_online(sess.venue)
    code = sess.venue[1]
    c = code_fmt(code, st)
    dm = f"https://meeting.tencent.com/dm/{sess.slug}"
    wm = f"wemeet://page/inmeeting?meeting_code={code}"
    if dept == INV:
        return rng.choice(
            [
                (f"Online (VooV Meeting ID {c})", dm),
                (f"Tencent Meeting / VooV: {c}", None),
                ("Online", wm),
            ]
        )
    if reg == "ug":
        return f"تور يىغىنى (تېڭشۈن يىغىنى {c})", None
    return rng.choice(
        [
            (f"腾讯会议：{c}", None),
            (f"线上（腾讯会议号{c}）", dm),
            ("线上直播（腾讯会议）", wm),
            (f"腾讯会议 #{c}", None),
            (f"线上举办，腾讯会议号 {c}", dm),
        ]
    )


# ---------------------------------------------------------------------------
# Descriptions, tags, audience, ids
# ---------------------------------------------------------------------------
def describe(
    dept: str,
    S: Subject,
    kind: str,
    reg: str,
    title: str,
    ps: datetime,
    pe: datetime,
    place: str | None,
    online_code: int | None,
    rng: random.Random,
    multi: bool,
) -> str | None:
    name = S["formal"][0]
    who = rng.choice(DEPT[dept]["contacts"])
    where = place or "具体地点另行通知"
    span = f"，为期{(pe.date() - ps.date()).days + 1}天" if multi else ""
    code = (
        f"腾讯会议号：{code_fmt(online_code, 'dash')}。"
        if online_code and rng.random() < 0.5
        else ""
    )
    if reg == "ug":
        xj = ps - timedelta(hours=2)
        return (
            f"2027-يىلى {ps.month}-ئاينىڭ {ps.day}-كۈنى سائەت {hm(xj)} دا (شىنجاڭ ۋاقتى) "
            f"{place or 'ئۇقتۇرۇش بويىچە'} دا ئۆتكۈزۈلىدۇ. دېھقانلارنىڭ ۋاقتىدا قاتنىشىشىنى سورايمىز. "
            f"تېلېفون: {who[1]}"
        )
    if reg == "en":
        return (
            f"The Investment Promotion & Foreign Trade Service Center will hold a session on {S['en']} on "
            f"{ps.strftime('%B')} {ps.day} at {hm(ps)} (Beijing Time), {place or 'venue TBC'}. Export-oriented "
            f"firms and logistics operators are welcome. Contact: {who[0]}, {who[1]}."
        )
    d = md_cn(ps)
    if dept == HRSS and kind == P:
        return (
            f"为进一步做好{_clean(name + '政策')}宣传解读，县人社局定于{d}{ampm(ps)}{hm(ps)}在{where}举办专场宣讲，"
            f"现场解答群众和企业关心的问题。{code}联系人：{who[0]}，电话：{who[1]}。"
        )
    if dept == HRSS:
        act = _clean(name + "培训")
        return (
            f"为深入实施职业技能提升行动，促进农村劳动力转移就业，县人社局定于{d}{ampm(ps)}{hm(ps)}在{where}"
            f"举办{act}{span}。请各乡镇（场）于开班前两日报送参训人员名单。{code}"
            f"联系人：{who[0]}，电话：{who[1]}。"
        )
    if dept == TAX:
        return (
            f"{d}{hm(ps)}，县税务局将在{where}开展{name}辅导，现场解读最新政策并答疑。请纳税人、缴费人"
            f"提前扫码报名。{code}咨询电话：12366、{who[1]}。"
        )
    if dept == AMR:
        return f"为规范经营行为，市监局将于{d}在{where}组织{name}宣讲，请辖区经营主体负责人准时参加。{code}投诉举报电话12315。"
    if dept == COM:
        return (
            f"本期邀请区内电商讲师、外贸专家授课。时间：{d} {hm(ps)}-{hm(pe)}{span}；地点：{where}。"
            f"{code}联系人：{who[0]} {who[1]}。"
        )
    if dept == AGRI:
        return f"各位乡亲：{d}{ampm(ps)}{hm(ps)}，县农技推广中心专家在{where}现场讲解{name}，欢迎种植户参加！{code}"
    if dept == CUL:
        return (
            f"为提升我县旅游服务质量，县文旅局于{d}举办{name}相关活动{span}，面向全县A级景区、星级农家乐、"
            f"民宿从业人员。地点：{where}。{code}"
        )
    if dept == PARK:
        return f"园区管委会联合相关部门在{where}开展“{title}”活动，为园区企业现场解读政策、收集诉求。{code}"
    if dept == FIC:
        return f"县工商联将于{d}组织{name}宣讲，邀请相关部门负责同志进行政策解读，欢迎各商会会员企业参加。{code}"
    if dept == FIN:
        return (
            f"县金融办联合各银行保险机构，于{d}{hm(ps)}在{where}举办活动，现场提供信贷产品推介、"
            f"一对一融资咨询。{code}联系人：{who[0]}，{who[1]}。"
        )
    return None


DESC_NONE: dict[str, float] = {
    HRSS: 0.2,
    TAX: 0.3,
    AMR: 0.4,
    COM: 0.3,
    AGRI: 0.35,
    CUL: 0.3,
    PARK: 0.5,
    FIC: 0.4,
    FIN: 0.3,
    INV: 0.2,
}


def make_tags(dept: str, S: Subject, reg: str, rng: random.Random) -> list[str]:
    th = S["theme"]
    if reg == "ug":
        pool = UG_TAGS.get(th, []) + UG_TAGS["_"]
    else:
        pool = list(TAGS[dept].get(th, []))
        if not pool or rng.random() < 0.3:
            pool += TAGS[dept]["_"]
    k = min(len(pool), rng.choice([1, 2, 2, 3]))
    return rng.sample(pool, k)


def make_audience(
    dept: str, S: Subject, reg: str, town: str | None, rng: random.Random
) -> Audience:
    if dept == INV:
        sectors = rng.sample(DEPT_SECTORS[INV], rng.choice([1, 2]))
        regions = [TOWNS[town][2]] if town else ["Kumubage County"]
    elif reg == "ug":
        sectors = rng.sample(UG_SECTORS, rng.choice([1, 2]))
        regions = [town_ug(town)] if town else ["پۈتۈن ناھىيە"]
    else:
        pool = list(dict.fromkeys(S["sectors"] + DEPT_SECTORS[dept]))
        sectors = rng.sample(pool, min(len(pool), rng.choice([1, 2, 3])))
        if town:
            regions = [TOWNS[town][1][0] if dept == AGRI and rng.random() < 0.6 else TOWNS[town][0]]
        else:
            regions = [rng.choice(["全县", "库木巴格县", "各乡镇"])]
    if rng.random() < 0.15:
        regions = []
    return {"sectors": sectors, "regions": regions}


def make_ext_id(dept: str, d: datetime, n: int, rng: random.Random) -> str | None:
    if dept == HRSS:
        return f"RSJ-2027-{n:04d}"
    if dept == TAX:
        return None if rng.random() < 0.7 else f"SW{d:%Y%m%d}{n % 1000:03d}"
    if dept == AMR:
        return f"SJJ2027Q{(d.month - 1) // 3 + 1}-{n % 1000:03d}"
    if dept == COM:
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"
    if dept == AGRI:
        return None if rng.random() < 0.8 else f"NYNC-{n}"
    if dept == CUL:
        return f"WL-{d:%Y%m%d}-{n % 100:02d}"
    if dept == PARK:
        return f"YQ{n:05d}"
    if dept == FIN:
        return f"JRB-27-{n % 1000:03d}"
    if dept == INV:
        return f"IPFT-2027-{n % 1000:03d}"
    return None


REG_P: dict[str, float] = {HRSS: 0.4, TAX: 0.25, COM: 0.4, CUL: 0.25, FIC: 0.3, INV: 0.5}


def make_reg_url(dept: str, rng: random.Random) -> str | None:
    if rng.random() >= REG_P.get(dept, 0.0):
        return None
    host = "www.wjx.top" if dept == INV else "www.wjx.cn"
    return f"https://{host}/vm/{rstr(rng, 7)}.aspx"


# ---------------------------------------------------------------------------
# Sessions and scheduling
# ---------------------------------------------------------------------------
class Sess:
    def __init__(
        self,
        sid: int,
        subj: str,
        start: datetime,
        end: datetime,
        venue: Venue,
        town: str | None = None,
        qual: Qual | None = None,
    ) -> None:
        self.sid, self.subj, self.start, self.end = sid, subj, start, end
        self.venue, self.town, self.qual = venue, town, qual
        self.posts: list[PostSpec] = []
        self.kind: str | None = None
        self.slug: str | None = None
        self.multi = end.date() != start.date()
        self.flags: set[str] = set()


def _mins(td: timedelta) -> int:
    return int(td.total_seconds() // 60)


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sessions: list[Sess] = []
        self.occ: dict[Venue, list[Span]] = {}
        self.socc: dict[str, list[Span]] = {}
        self.codes: set[int] = set()
        self.hn: list[tuple[str, list[int]]] = []

    # -- occupancy -------------------------------------------------------
    @staticmethod
    def _clash(lst: list[Span], s: datetime, e: datetime, gap: int) -> bool:
        g = timedelta(minutes=gap)
        return any(s < b + g and a < e + g for a, b in lst)

    def free(self, venue: Venue, s: datetime, e: datetime, gap: int = 60) -> bool:
        return not self._clash(self.occ.get(venue, []), s, e, gap)

    def subj_free(self, subj: str, s: datetime, e: datetime, gap: int = 60) -> bool:
        return not self._clash(self.socc.get(subj, []), s, e, gap)

    def new_code(self) -> int:
        while True:
            c = self.rng.randint(200_000_000, 999_999_999)
            if c not in self.codes:
                self.codes.add(c)
                return c

    def online_venue(self) -> OnlineVenue:
        return ("online", self.new_code())

    def add(
        self,
        subj: str,
        start: datetime,
        end: datetime,
        venue: Venue,
        qual: Qual | None = None,
        town: str | None = None,
    ) -> Sess:
        if town is None and venue[0] != "online":
            town = BUILDINGS[venue[0]]["town"]
        s = Sess(len(self.sessions) + 1, subj, start, end, venue, town, qual)
        if venue[0] == "online":
            s.slug = rstr(self.rng, 10)
        self.sessions.append(s)
        self.occ.setdefault(venue, []).append((start, end))
        self.socc.setdefault(subj, []).append((start, end))
        return s

    # -- picking -----------------------------------------------------------
    def pick_day(self, sat_ok: bool = False) -> date:
        pool = WORKDAYS + (SATURDAYS if sat_ok else [])
        return self.rng.choice(pool)

    def pick_start(
        self,
        d: date,
        dur: int,
        block: str | None = None,
        slots: list[tuple[int, int]] | None = None,
    ) -> datetime:
        block = block or self.rng.choice(["am", "pm"])
        sl = slots or (AM if block == "am" else PM)
        lim = 14 * 60 if block == "am" else 20 * 60
        ok = [x for x in sl if x[0] * 60 + x[1] + dur <= lim] or [sl[0]]
        h, m = self.rng.choice(ok)
        return datetime(d.year, d.month, d.day, h, m)

    def venues_of(self, subj: str, exclude_fields: bool = False) -> list[Place]:
        out: list[Place] = []
        for vk in SUBJ[subj]["venues"]:
            if exclude_fields and vk.startswith("f_"):
                continue
            out.extend(VK[vk])
        return out or VK["gov"]

    def find(
        self,
        subj: str,
        venues: Sequence[Venue] | None = None,
        day: date | None = None,
        block: str | None = None,
        dur: int | None = None,
        sat_ok: bool = False,
        tries: int = 300,
        subj_gap: int = 60,
    ) -> tuple[Venue, datetime, datetime] | None:
        rng = self.rng
        cands = venues or self.venues_of(subj)
        for _ in range(tries):
            d = day or self.pick_day(sat_ok)
            du = dur or rng.choice(SUBJ[subj]["dur"])
            st = self.pick_start(d, du, block)
            en = st + timedelta(minutes=du)
            v = rng.choice(cands)
            if (v[0] == "online" or self.free(v, st, en)) and self.subj_free(
                subj, st, en, subj_gap
            ):
                return v, st, en
        return None

    def pick_hosts(self, subj: str, k: int, lead: str | None = None) -> list[str]:
        hs = SUBJ[subj]["hosts"]
        rng = self.rng
        if lead is None:
            lead = hs[0] if rng.random() < 0.65 else rng.choice(hs)
        others = [h for h in hs if h != lead]
        rng.shuffle(others)
        return [lead, *others[: max(0, k - 1)]]

    def cohost(
        self, s: Sess, hosts: list[str], loc_none_p: float = 0.12, **lead_kw: Unpack[PostOpts]
    ) -> Sess:
        s.posts.append(PostSpec(dept=hosts[0], **lead_kw))
        dropped = False
        for h in hosts[1:]:
            spec = PostSpec(dept=h)
            if not dropped and self.rng.random() < loc_none_p:
                spec["loc"] = False
                dropped = True
            s.posts.append(spec)
        return s

    def subjects(
        self, min_hosts: int = 1, pred: Callable[[Subject], bool] | None = None
    ) -> list[str]:
        return [
            k for k, v in SUBJ.items() if len(v["hosts"]) >= min_hosts and (pred is None or pred(v))
        ]


def _k_hosts(rng: random.Random) -> int:
    return wchoice(rng, [(2, 55), (3, 35), (4, 10)])


SERIES_SUBJ = [
    "sewing",
    "live_skills",
    "hq_farmer",
    "einvoice",
    "apprentice",
    "guide",
    "homestay",
    "preservice",
]


# ---------------------------------------------------------------------------
# Scenario builders
# ---------------------------------------------------------------------------
def sc_weekly(w: World) -> None:
    rng = w.rng
    series: list[WeeklySeries] = [
        WeeklySeries(
            dept=COM,
            subjs=["live_skills"],
            venue=("ecom", "live2"),
            wd=2,
            at=(16, 30),
            dur=150,
            title="【每周三】电商直播带货实训课",
            co=[(AGRI, None), (HRSS, None), (CUL, None)],
            cop=0.35,
        ),
        WeeklySeries(
            dept=PARK,
            subjs=None,
            venue=("park", "roadshow"),
            wd=1,
            at=(11, 0),
            dur=90,
            title="企业服务日",
            co=[
                (TAX, "small_vat"),
                (TAX, "rd"),
                (FIN, "bank_ent"),
                (HRSS, "stable_jobs"),
                (FIC, "private_econ"),
                (AMR, "credit_repair"),
                (HRSS, "apprentice"),
                (TAX, "western_cit"),
            ],
            cop=0.7,
        ),
        WeeklySeries(
            dept=TAX,
            subjs=["small_vat", "einvoice", "rd", "western_cit", "agri_tax", "export_rebate"],
            venue=("tax", "school"),
            wd=3,
            at=(16, 30),
            dur=90,
            title="【纳税人学堂】每周税费政策一课",
            co=[(FIC, None), (AMR, None), (COM, None)],
            cop=0.3,
        ),
        WeeklySeries(
            dept=FIN,
            subjs=["anti_fraud", "startup_loan", "crop_ins", "fruit_loan", "export_credit"],
            venue="online",
            wd=0,
            at=(17, 0),
            dur=60,
            title="金融知识线上课堂",
            co=[(AGRI, None), (INV, None)],
            cop=0.2,
        ),
        WeeklySeries(
            dept=HRSS,
            subjs=["labour_transfer", "stable_jobs", "startup_loan", "pension"],
            venue=("gov", "mfh"),
            wd=4,
            at=(11, 0),
            dur=90,
            title="周五就业创业政策宣讲",
            co=[(PARK, None), (FIC, None)],
            cop=0.3,
        ),
    ]
    for cfg in series:
        days = [d for d in WORKDAYS if d.weekday() == cfg["wd"]]
        n = rng.randint(5, 8)
        i0 = rng.randint(0, max(0, len(days) - n))
        venue = cfg["venue"] if cfg["venue"] != "online" else w.online_venue()
        slug = rstr(rng, 10)
        sids: list[int] = []
        for d in days[i0 : i0 + n]:
            st = datetime(d.year, d.month, d.day, *cfg["at"])
            en = st + timedelta(minutes=cfg["dur"])
            co = rng.choice(cfg["co"]) if rng.random() < cfg["cop"] else None
            subj = (co[1] if co and co[1] else None) or rng.choice(
                cfg["subjs"] or [c[1] for c in cfg["co"]]
            )
            assert subj is not None  # a series without its own subjects names one per co-host
            if venue[0] != "online" and not w.free(venue, st, en):
                continue
            s = w.add(subj, st, en, venue)
            if venue[0] == "online":
                s.slug = slug
            s.posts.append(PostSpec(dept=cfg["dept"], title=cfg["title"], catch=None, ds=0, de=0))
            if co:
                s.posts.append(PostSpec(dept=co[0], ds=0, de=0))
            sids.append(s.sid)
        if len(sids) >= 3:
            w.hn.append(("weekly_series", sids))


def sc_multiday(w: World) -> None:
    rng = w.rng
    cfgs: list[tuple[str, str, list[Place], list[str]]] = [
        (HRSS, "sewing", VK["voc_sew"], [PARK]),
        (AGRI, "hq_farmer", VK["voc_hall"] + VK["station"][:3], [HRSS]),
        (CUL, "guide", [("scenic", "hall")], [HRSS]),
        (COM, "live_skills", VK["voc_ecom"], [HRSS, AGRI]),
        (PARK, "preservice", VK["park_class"], [HRSS]),
        (HRSS, "sewing", VK["ent_textile"], [PARK]),
    ]
    for lead, subj, venues, cos in cfgs:
        for _ in range(100):
            d = rng.choice(WORKDAYS)
            n = rng.choice([3, 5, 7, 10])
            span = [d + timedelta(days=i) for i in range(n)]
            if span[-1] > date(2027, 11, 30) or any(x in HOLIDAYS for x in span):
                continue
            st = datetime(d.year, d.month, d.day, 10, 30)
            en = datetime(span[-1].year, span[-1].month, span[-1].day, 19, 30)
            v = rng.choice(venues)
            if not (w.free(v, st, en) and w.subj_free(subj, st, en)):
                continue
            s = w.add(subj, st, en, v, qual=("period", rng.randint(2, 9)))
            s.posts.append(PostSpec(dept=lead, ds=0, de=0))
            if cos and rng.random() < 0.75:
                s.posts.append(
                    PostSpec(
                        dept=rng.choice(cos),
                        ds=0,
                        de=-(_mins(en - st) - 90),
                        qual=rng.random() < 0.5,
                    )
                )
            break


def sc_back_to_back(w: World) -> None:
    rng = w.rng
    for _ in range(rng.randint(8, 10)):
        for _t in range(200):
            a, b = rng.choice(NEIGHBOURS)
            common = [
                vk
                for vk in SUBJ[a]["venues"]
                if vk in SUBJ[b]["venues"] and not vk.startswith("f_")
            ] or ["gov"]
            v = rng.choice([x for vk in common for x in VK[vk]])
            d1, d2 = rng.choice((60, 90)), rng.choice((60, 90))
            day = w.pick_day()
            blk = rng.choice(["am", "pm"])
            st = w.pick_start(
                day,
                d1 + d2,
                block=blk,
                slots=[(10, 0), (10, 30)] if blk == "am" else [(16, 0), (16, 30)],
            )
            e1 = st + timedelta(minutes=d1)
            e2 = e1 + timedelta(minutes=d2)
            if not (w.free(v, st, e2) and w.subj_free(a, st, e1) and w.subj_free(b, e1, e2)):
                continue
            s1 = w.add(a, st, e1, v)
            s2 = w.add(b, e1, e2, v)
            both = [h for h in SUBJ[a]["hosts"] if h in SUBJ[b]["hosts"]]
            if len(both) >= 2 and rng.random() < 0.45:
                h1 = h2 = rng.sample(both, 2)
            else:
                h1 = w.pick_hosts(a, rng.choice([1, 2]))
                h2 = w.pick_hosts(b, rng.choice([1, 2]))
            for s, hs in ((s1, h1), (s2, h2)):
                for h in hs:
                    s.posts.append(PostSpec(dept=h, ds=0, de=0, catch=None))
            r = rng.random()
            if r < 0.4:
                s1.posts[0]["de"] = rng.choice((15, 30))
            elif r < 0.7:
                s2.posts[-1]["ds"] = -rng.choice((15, 30))
            w.hn.append(("back_to_back", [s1.sid, s2.sid]))
            break


PAR_BLD = [
    ("gov", ["tr1", "tr2", "mfh", "hallA", "hallB"], 4),
    ("voc", ["b2_101", "b2_102", "b2_201", "b1_hall"], 2),
    ("park", ["roadshow", "class1", "meet3"], 2),
    ("log", ["conf3", "studioA", "studioB"], 1),
    ("tax", ["school", "meet5"], 1),
    ("ecom", ["live2", "show1"], 1),
]


def sc_parallel(w: World) -> None:
    rng = w.rng
    for _ in range(rng.randint(10, 13)):
        for _t in range(200):
            bld, rooms, _wt = wchoice(rng, [((b, r, x), x) for b, r, x in PAR_BLD])
            rs = rng.sample(rooms, min(len(rooms), rng.choice([2, 2, 3])))
            vs: list[Place] = [(bld, r) for r in rs]
            subA = [k for k in ROOM_SUBJ.get(vs[0], []) if len(SUBJ[k]["hosts"]) >= 2]
            if not subA:
                continue
            a = rng.choice(subA)
            f = w.find(a, venues=[vs[0]], tries=30)
            if not f:
                continue
            _v, st, en = f
            plan: list[tuple[str, Place, datetime, datetime]] = []
            used = {a}
            ok = True
            for v in vs[1:]:
                cand = [k for k in ROOM_SUBJ.get(v, []) if k not in used]
                if not cand:
                    ok = False
                    break
                b = rng.choice(cand)
                used.add(b)
                st2 = st + timedelta(
                    minutes=rng.choice(
                        [0, 0, 30, -30 if (st.hour, st.minute) not in ((10, 0), (16, 0)) else 0]
                    )
                )
                en2 = st2 + timedelta(minutes=rng.choice(SUBJ[b]["dur"]))
                if not (w.free(v, st2, en2) and w.subj_free(b, st2, en2)):
                    ok = False
                    break
                plan.append((b, v, st2, en2))
            if not ok:
                continue
            sA = w.add(a, st, en, vs[0])
            w.cohost(sA, w.pick_hosts(a, rng.choice([2, 2, 3])))
            sids = [sA.sid]
            for b, v, st2, en2 in plan:
                s = w.add(b, st2, en2, v)
                w.cohost(s, w.pick_hosts(b, 2 if rng.random() < 0.4 else 1))
                sids.append(s.sid)
            w.hn.append(("parallel_rooms", sids))
            break


LETTER_PAIRS = [
    (("gov", "hallA"), ("gov", "hallB")),
    (("voc", "b2_101"), ("voc", "b2_102")),
    (("log", "studioA"), ("log", "studioB")),
]


def sc_letters(w: World) -> None:
    rng = w.rng
    for _ in range(rng.randint(7, 9)):
        for _t in range(200):
            r1, r2 = rng.choice(LETTER_PAIRS)
            if rng.random() < 0.5:
                r1, r2 = r2, r1
            same = rng.random() < 0.5
            c1 = ROOM_SUBJ.get(r1, [])
            c2 = ROOM_SUBJ.get(r2, [])
            if same:
                both = [k for k in c1 if k in c2]
                a = b = rng.choice(both)
            else:
                a = rng.choice(c1)
                rest = [k for k in c2 if k != a]
                if not rest:
                    continue
                b = rng.choice(rest)
            f = w.find(a, venues=[r1], tries=30)
            if not f:
                continue
            _v, st, en = f
            en2 = en if same else st + timedelta(minutes=rng.choice(SUBJ[b]["dur"]))
            if not w.free(r2, st, en2) or (not same and not w.subj_free(b, st, en2)):
                continue
            s1 = w.add(a, st, en, r1)
            s2 = w.add(b, st, en2, r2)
            hosts = w.pick_hosts(a, 2 if rng.random() < 0.6 else 1)
            w.cohost(s1, hosts, loc_none_p=0.0)
            if same and rng.random() < 0.6:
                w.cohost(s2, hosts, loc_none_p=0.0)
            else:
                w.cohost(s2, w.pick_hosts(b, 2 if rng.random() < 0.5 else 1), loc_none_p=0.0)
            w.hn.append(("room_letters", [s1.sid, s2.sid]))
            break


def _other_day(d: date, delta: int) -> date | None:
    x = d + timedelta(days=delta)
    return x if x in WORKDAYS else None


def sc_qual_both(w: World) -> None:
    rng = w.rng
    kinds = [
        "period_week",
        "period_sameday",
        "class_parallel",
        "level_seq",
        "town_seq",
        "town_parallel",
        "stop",
    ]
    n = rng.randint(13, 16)
    for i in range(n):
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds)
        for _t in range(300):
            made = _qual_group(w, kind)
            if made:
                w.hn.append(("qualifier_" + kind, made))
                break


def _qual_hosts(w: World, s: Sess, subj: str, lead: str | None = None) -> None:
    rng = w.rng
    hs = w.pick_hosts(subj, 2 if rng.random() < 0.5 else 1, lead=lead)
    s.posts.append(PostSpec(dept=hs[0]))
    for h in hs[1:]:
        drop_q = rng.random() < 0.4
        s.posts.append(
            PostSpec(dept=h, qual=not drop_q, loc=True if drop_q else rng.random() > 0.15)
        )


def _qual_group(w: World, kind: str) -> list[int] | None:
    rng = w.rng
    if kind in ("period_week", "period_sameday", "level_seq"):
        subj = rng.choice(
            SERIES_SUBJ if kind != "level_seq" else ["sewing", "live_skills", "einvoice", "guide"]
        )
        v = rng.choice(w.venues_of(subj, exclude_fields=True))
        du = rng.choice(SUBJ[subj]["dur"])
        d1 = w.pick_day()
        if kind == "period_week":
            d2 = _other_day(d1, 7)
            if not d2:
                return None
            st1 = w.pick_start(d1, du)
            st2 = st1 + timedelta(days=7)
        else:
            d2 = d1
            st1 = w.pick_start(d1, du, "am")
            st2 = w.pick_start(d1, du, "pm")
        en1, en2 = st1 + timedelta(minutes=du), st2 + timedelta(minutes=du)
        if not all(
            (
                w.free(v, st1, en1),
                w.free(v, st2, en2),
                w.subj_free(subj, st1, en1),
                w.subj_free(subj, st2, en2),
            )
        ):
            return None
        q1: Qual
        q2: Qual
        if kind == "level_seq":
            q1, q2 = ("level", "初级"), ("level", rng.choice(["中级", "中级", "高级"]))
        else:
            k = rng.randint(1, 8)
            q1, q2 = ("period", k), ("period", k + 1)
        s1 = w.add(subj, st1, en1, v, qual=q1)
        s2 = w.add(subj, st2, en2, v, qual=q2)
        lead = w.pick_hosts(subj, 1)[0]
        _qual_hosts(w, s1, subj, lead)
        _qual_hosts(w, s2, subj, lead)
        return [s1.sid, s2.sid]
    if kind == "class_parallel":
        r1, r2 = rng.choice(
            [
                (("voc", "b2_101"), ("voc", "b2_102")),
                (("gov", "tr1"), ("gov", "tr2")),
                (("park", "class1"), ("park", "meet3")),
            ]
        )
        both = [
            k for k in ROOM_SUBJ.get(r1, []) if k in ROOM_SUBJ.get(r2, []) and SUBJ[k]["kind"] == T
        ]
        if not both:
            return None
        subj = rng.choice(both)
        f = w.find(subj, venues=[r1], tries=20)
        if not f or not w.free(r2, f[1], f[2]):
            return None
        s1 = w.add(subj, f[1], f[2], r1, qual=("class", 1))
        s2 = w.add(subj, f[1], f[2], r2, qual=("class", 2))
        lead = w.pick_hosts(subj, 1)[0]
        _qual_hosts(w, s1, subj, lead)
        _qual_hosts(w, s2, subj, lead)
        return [s1.sid, s2.sid]
    subj = rng.choice(
        [
            "labour_transfer",
            "cotton_subsidy",
            "startup_loan",
            "crop_ins",
            "anti_fraud",
            "pension",
            "land_subsidy",
            "fruit_loan",
        ]
        if kind != "stop"
        else [
            "live_skills",
            "anti_fraud",
            "fruit_loan",
            "labour_transfer",
            "gi_brand",
            "food_safety",
        ]
    )
    t1, t2 = rng.sample(list(TOWNS), 2)
    lead = SUBJ[subj]["hosts"][0]
    du = min(SUBJ[subj]["dur"]) if kind == "town_seq" else rng.choice(SUBJ[subj]["dur"])
    d = w.pick_day()
    if kind == "town_seq":
        v = rng.choice([("gov", "mfh"), ("gov", "tr1"), ("gov", "tr2")])
        st1 = w.pick_start(d, 2 * du + 30, "am", slots=[(10, 0), (10, 30)])
        en1 = st1 + timedelta(minutes=du)
        st2 = en1 + timedelta(minutes=rng.choice([0, 30]))
        en2 = st2 + timedelta(minutes=du)
        v1 = v2 = v
        if not w.free(v, st1, en2):
            return None
    else:
        st1 = st2 = w.pick_start(d, du)
        en1 = en2 = st1 + timedelta(minutes=du)
        v1, v2 = ("towngov_" + t1, "meet2"), ("towngov_" + t2, "meet2")
        if kind == "stop" and rng.random() < 0.4:
            vil = [("vil_" + k, "meet") for k, x in VILLAGES.items() if x[1] == t1]
            if vil:
                v1 = vil[0]
                vil_town = BUILDINGS[v1[0]]["town"]
                assert vil_town is not None  # village buildings always belong to a town
                t1 = vil_town
        if not (w.free(v1, st1, en1) and w.free(v2, st2, en2)):
            return None
    if not (w.subj_free(subj, st1, en1) and w.subj_free(subj, st2, en2)):
        return None
    s1 = w.add(subj, st1, en1, v1, qual=("stop" if kind == "stop" else "town", t1), town=t1)
    s2 = w.add(subj, st2, en2, v2, qual=("stop" if kind == "stop" else "town", t2), town=t2)
    _qual_hosts(w, s1, subj, lead)
    _qual_hosts(w, s2, subj, lead)
    return [s1.sid, s2.sid]


def sc_qual_one(w: World) -> None:
    rng = w.rng
    pool = [k for k in SERIES_SUBJ if len(SUBJ[k]["hosts"]) >= 2]
    for _ in range(rng.randint(9, 12)):
        subj = rng.choice(pool)
        f = w.find(subj, venues=w.venues_of(subj, exclude_fields=True))
        if not f:
            continue
        quals: list[Qual] = [
            ("period", rng.randint(2, 9)),
            ("class", rng.randint(1, 3)),
            ("level", "初级"),
        ]
        q = rng.choice(quals)
        s = w.add(subj, f[1], f[2], f[0], qual=q)
        hosts = w.pick_hosts(subj, rng.choice([2, 2, 3]))
        s.posts.append(PostSpec(dept=hosts[0], qual=True))
        for h in hosts[1:]:
            s.posts.append(PostSpec(dept=h, qual=False))
        s.flags.add("qual_one_side")


def sc_stagger(w: World) -> None:
    rng = w.rng
    pool = w.subjects(min_hosts=3)
    for _ in range(rng.randint(7, 9)):
        subj = rng.choice(pool)
        f = w.find(subj, venues=w.venues_of(subj, exclude_fields=True), dur=rng.choice([120, 150]))
        if not f:
            continue
        s = w.add(subj, f[1], f[2], f[0])
        hosts = w.pick_hosts(subj, 3)
        shifts = [-30, 0, 30]
        rng.shuffle(shifts)
        for h, sh in zip(hosts, shifts, strict=False):
            s.posts.append(PostSpec(dept=h, ds=sh, de=0, loc=True))
        s.flags.add("stagger")


ONLINE_SUBJ = [
    "einvoice",
    "export_rebate",
    "crossborder",
    "small_vat",
    "ca_export",
    "stable_jobs",
    "bank_ent",
    "live_compliance",
    "credit_repair",
    "rail_freight",
    "startup_loan",
    "private_econ",
    "rd",
    "western_cit",
    "export_credit",
    "indiv_biz",
    "apprentice",
]


def sc_online(w: World) -> None:
    rng = w.rng
    for _ in range(rng.randint(9, 11)):
        subj = rng.choice(ONLINE_SUBJ)
        f = w.find(subj, venues=[("online", 0)])
        if not f:
            continue
        s = w.add(subj, f[1], f[2], w.online_venue())
        w.cohost(s, w.pick_hosts(subj, rng.choice([2, 2, 3])), loc_none_p=0.1)
        s.flags.add("online_cohost")
    for _ in range(rng.randint(5, 7)):
        for _t in range(100):
            mode = wchoice(rng, [("same_dept", 4), ("diff_dept", 4), ("same_subj", 2)])
            a = rng.choice(ONLINE_SUBJ)
            f = w.find(a, venues=[("online", 0)])
            if not f:
                continue
            st = f[1]
            if mode == "same_subj":
                b = a
                ha = w.pick_hosts(a, 1)[0]
                hb = rng.choice([h for h in SUBJ[a]["hosts"] if h != ha])
            else:
                ha = w.pick_hosts(a, 1)[0]
                cands = [
                    k
                    for k in ONLINE_SUBJ
                    if k != a and (mode != "same_dept" or ha in SUBJ[k]["hosts"])
                ]
                if not cands:
                    continue
                b = rng.choice(cands)
                hb = (
                    ha
                    if mode == "same_dept"
                    else rng.choice([h for h in SUBJ[b]["hosts"] if h != ha] or [ha])
                )
            en2 = st + timedelta(minutes=rng.choice(SUBJ[b]["dur"]))
            if b != a and not w.subj_free(b, st, en2):
                continue
            s1 = w.add(a, st, f[2], w.online_venue())
            s2 = w.add(b, st, en2, w.online_venue())
            s1.posts.append(PostSpec(dept=ha, loc=True))
            s2.posts.append(PostSpec(dept=hb, loc=True))
            for s, _lead in ((s1, ha), (s2, hb)):
                others = [h for h in SUBJ[s.subj]["hosts"] if h not in (ha, hb)]
                if others and rng.random() < 0.3:
                    s.posts.append(PostSpec(dept=rng.choice(others), loc=True))
            w.hn.append(("online_pair", [s1.sid, s2.sid]))
            break


TWO_TOWN = [
    (AGRI, "cotton_subsidy", "town"),
    (AGRI, "land_subsidy", "town"),
    (AGRI, "cotton_harvest", "station"),
    (AGRI, "jujube", "station"),
    (HRSS, "labour_transfer", "town"),
    (HRSS, "pension", "village"),
    (FIN, "anti_fraud", "town"),
    (FIN, "fruit_loan", "town"),
    (FIN, "crop_ins", "town"),
    (AMR, "food_safety", "town"),
]


def sc_two_towns(w: World) -> None:
    rng = w.rng
    for _ in range(rng.randint(6, 8)):
        for _t in range(200):
            dept, subj, vk = rng.choice(TWO_TOWN)
            v1, v2 = rng.sample(VK[vk], 2)
            du = rng.choice(SUBJ[subj]["dur"])
            d = w.pick_day()
            st1 = w.pick_start(d, du + 30, "am")
            st2 = st1 + timedelta(minutes=rng.choice([0, 0, 30]))
            en1, en2 = st1 + timedelta(minutes=du), st2 + timedelta(minutes=du)
            if not (w.free(v1, st1, en1) and w.free(v2, st2, en2) and w.subj_free(subj, st1, en2)):
                continue
            s1 = w.add(subj, st1, en1, v1)
            s2 = w.add(subj, st2, en2, v2)
            reg = "plain" if dept == AGRI and rng.random() < 0.5 else "formal"
            lean = DEPT[dept]["lean"]
            kind = lean if SUBJ[subj]["flex"] and lean else SUBJ[subj]["kind"]
            title = make_title(dept, SUBJ[subj], kind, reg, None, None, st1, rng)
            for s in (s1, s2):
                s.posts.append(PostSpec(dept=dept, title=title, reg=reg, loc=True, catch=None))
            others = [h for h in SUBJ[subj]["hosts"] if h != dept]
            if others and rng.random() < 0.4:
                rng.choice((s1, s2)).posts.append(PostSpec(dept=rng.choice(others), loc=True))
            w.hn.append(("same_subject_two_towns", [s1.sid, s2.sid]))
            break


CATCH_PLANS = [
    (PARK, "企业服务日", ("park", "roadshow"), PARK, "企业服务日", ("log", "conf3")),
    (FIC, "惠企政策宣讲", ("gov", "mfh"), TAX, "惠企政策宣讲", ("tax", "school")),
    (PARK, "政策进园区", ("park", "meet3"), COM, "政策进园区", ("log", "conf3")),
    (FIC, "惠企政策宣讲", ("park", "roadshow"), FIC, "惠企政策宣讲", ("gov", "tr2")),
    (PARK, "惠企政策宣讲", ("park", "roadshow"), FIC, "惠企政策宣讲", ("bank", "meet5")),
    (TAX, "惠企政策宣讲", ("tax", "meet5"), PARK, "惠企政策宣讲", ("park", "meet3")),
]


def sc_catchall(w: World) -> None:
    rng = w.rng
    for _ in range(rng.randint(6, 8)):
        for _t in range(200):
            d1, c1, v1, d2, c2, v2 = rng.choice(CATCH_PLANS)
            a = rng.choice(
                [k for k in ROOM_SUBJ.get(v1, []) if SUBJ[k]["kind"] == P] or ROOM_SUBJ[v1]
            )
            b = rng.choice(
                [k for k in ROOM_SUBJ.get(v2, []) if k != a and SUBJ[k]["kind"] == P]
                or ROOM_SUBJ[v2]
            )
            f = w.find(a, venues=[v1], tries=20)
            if not f:
                continue
            st, en1 = f[1], f[2]
            en2 = st + timedelta(minutes=rng.choice(SUBJ[b]["dur"]))
            if not (w.free(v2, st, en2) and w.subj_free(b, st, en2)):
                continue
            s1 = w.add(a, st, en1, v1)
            s2 = w.add(b, st, en2, v2)
            for s, dep, c in ((s1, d1, c1), (s2, d2, c2)):
                s.posts.append(PostSpec(dept=dep, catch=c, loc=True))
                others = [h for h in SUBJ[s.subj]["hosts"] if h != dep]
                if others and rng.random() < 0.4:
                    s.posts.append(PostSpec(dept=rng.choice(others), catch=None))
            w.hn.append(("catchall_two_buildings", [s1.sid, s2.sid]))
            break


KIND_SPLIT = [
    ("stable_jobs", HRSS, FIC),
    ("stable_jobs", HRSS, FIN),
    ("homestay", CUL, AMR),
    ("einvoice", TAX, COM),
    ("live_compliance", AMR, COM),
    ("food_safety", CUL, AMR),
    ("labour_transfer", HRSS, PARK),
    ("startup_loan", HRSS, FIN),
    ("apprentice", HRSS, FIC),
    ("rd", COM, TAX),
    ("cold_chain", COM, PARK),
]


def sc_kind_split(w: World) -> None:
    rng = w.rng
    for _ in range(rng.randint(7, 9)):
        subj, a, b = rng.choice(KIND_SPLIT)
        f = w.find(subj, venues=w.venues_of(subj, exclude_fields=True))
        if not f:
            continue
        s = w.add(subj, f[1], f[2], f[0])
        pair = [a, b] if rng.random() < 0.5 else [b, a]
        for i, h in enumerate(pair):
            s.posts.append(
                PostSpec(
                    dept=h,
                    kind=DEPT[h]["lean"],
                    catch=None,
                    loc=True if i == 0 else rng.random() > 0.15,
                )
            )
        s.flags.add("kind_split")


def sc_general(w: World, n: int) -> None:
    rng = w.rng
    for _ in range(n):
        k = _k_hosts(rng)
        pool = w.subjects(min_hosts=k)
        subj = rng.choice(pool)
        f = w.find(subj, sat_ok=SUBJ[subj]["theme"] in ("tourism", "ecom"))
        if not f:
            continue
        s = w.add(subj, f[1], f[2], f[0])
        w.cohost(s, w.pick_hosts(subj, k))


SINGLE_W = [
    (HRSS, 14),
    (TAX, 12),
    (AMR, 10),
    (COM, 11),
    (AGRI, 17),
    (CUL, 8),
    (PARK, 9),
    (FIC, 6),
    (FIN, 8),
    (INV, 6),
]


def sc_singletons(w: World, n: int) -> int:
    rng = w.rng
    made = 0
    guard = 0
    while made < n and guard < n * 20:
        guard += 1
        dept = wchoice(rng, SINGLE_W)
        subj = rng.choice([k for k, v in SUBJ.items() if dept in v["hosts"]])
        if dept != AGRI and subj in ONLINE_SUBJ and rng.random() < 0.08:
            f = w.find(subj, venues=[("online", 0)], tries=40)
            if not f:
                continue
            s = w.add(subj, f[1], f[2], w.online_venue())
        else:
            f = w.find(subj, sat_ok=dept in (CUL, COM), tries=40)
            if not f:
                continue
            s = w.add(subj, f[1], f[2], f[0])
        s.posts.append(PostSpec(dept=dept, loc=rng.random() > 0.05))
        made += 1
    return made


# ---------------------------------------------------------------------------
# Rendering postings
# ---------------------------------------------------------------------------
PLAIN_P: dict[str, float] = {
    AMR: 0.15,
    TAX: 0.12,
    FIC: 0.1,
    CUL: 0.25,
    FIN: 0.15,
    COM: 0.1,
    PARK: 0.05,
    HRSS: 0.05,
}


def choose_reg(dept: str, S: Subject, rng: random.Random) -> str:
    if dept == INV:
        return "en"
    r = rng.random()
    if dept == AGRI:
        if S["ug"] and r < 0.3:
            return "ug"
        return "plain" if r < 0.7 else "formal"
    if dept == HRSS and S["ug"] and S["theme"] == "labour" and r < 0.1:
        return "ug"
    return "plain" if rng.random() < PLAIN_P.get(dept, 0.0) else "formal"


def auto_catch(dept: str, s: Sess, S: Subject, rng: random.Random) -> str | None:
    b = s.venue[0]
    if s.qual or S["kind"] == T:
        return None
    if (
        dept == PARK
        and (b in ("park", "log") or S["theme"] in ("private", "tax", "labour", "finance"))
        and rng.random() < 0.35
    ):
        return wchoice(rng, [("企业服务日", 4), ("政策进园区", 3), ("惠企政策宣讲", 2)])
    if dept == FIC and S["kind"] == P and rng.random() < 0.2:
        return "惠企政策宣讲"
    if dept == TAX and S["kind"] == P and rng.random() < 0.06:
        return "惠企政策宣讲"
    if dept == COM and b in ("park", "log") and rng.random() < 0.15:
        return "政策进园区"
    return None


def post_kind(dept: str, S: Subject) -> str:
    lean = DEPT[dept]["lean"]
    if S["flex"] and lean:
        return lean
    return S["kind"]


def habit_shift(dept: str, s: Sess, rng: random.Random) -> tuple[int, int]:
    dur = _mins(s.end - s.start)
    if s.multi:
        return 0, 0
    r = rng.random()
    if dept == HRSS and r < 0.2:
        return -30, 0  # announces the 签到 time
    if dept == PARK and r < 0.2 and dur >= 120:
        return 0, -(dur - 60)  # lists only the opening hour
    if dept == AGRI and r < 0.15:
        return 0, -30
    if dept == FIC and r < 0.1:
        return -30, 0
    if r < 0.05:
        return 0, 30
    return 0, 0


def render(w: World) -> list[dict[str, Any]]:
    rng = w.rng
    counters = {d: rng.randint(100, 900) for d in DEPT}
    out: list[dict[str, Any]] = []
    for s in w.sessions:
        S = SUBJ[s.subj]
        used_locs: set[str | None] = set()
        used_styles: set[str] = set()
        shared_reg: str | None = None
        for i, spec in enumerate(s.posts):
            dept = spec["dept"]
            catch = spec["catch"] if "catch" in spec else auto_catch(dept, s, S, rng)
            if dept == INV:
                reg = "en"
            elif spec.get("title") or catch:
                reg = spec.get("reg") or "formal"
            else:
                reg = spec.get("reg") or choose_reg(dept, S, rng)
            kind = spec.get("kind") or post_kind(dept, S)
            if i == 0:
                s.kind = kind
            qual = s.qual if spec.get("qual", True) else None
            title = spec.get("title") if dept != INV else None
            title = title or make_title(dept, S, kind, reg, qual, catch, s.start, rng)
            if "ds" in spec or "de" in spec:
                ds, de = spec.get("ds", 0), spec.get("de", 0)
            else:
                ds, de = habit_shift(dept, s, rng)
            ps = s.start + timedelta(minutes=ds)
            pe = s.end + timedelta(minutes=de)
            tfmt = DEPT[dept]["tfmt"]
            if reg == "ug" and dept == AGRI and rng.random() < 0.75:
                tfmt = "xj"
            st_s, tz = fmt_time(ps, tfmt)
            en_s, _ = fmt_time(pe, tfmt)
            loc_on = spec.get("loc", True)
            if catch or (s.qual and qual is None) or spec.get("title"):
                loc_on = True
            url: str | None = None
            place: str | None = None
            code: int | None = None
            if _is_online(s.venue):
                code = s.venue[1]
                if loc_on:
                    place, url = render_online(s, dept, reg, rng, used_styles)
                else:
                    url = f"https://meeting.tencent.com/dm/{s.slug}"
            elif loc_on:
                place = render_place(s.venue, dept, reg, rng, used_locs)
                used_locs.add(place)
            desc: str | None = None
            if rng.random() >= DESC_NONE[dept]:
                desc = describe(dept, S, kind, reg, title, ps, pe, place, code, rng, s.multi)
            counters[dept] += 1
            reg_url = make_reg_url(dept, rng)
            if i == 0:
                shared_reg = reg_url
            elif shared_reg and rng.random() < 0.25:
                reg_url = shared_reg
            posting: PostingInput = {
                "externalId": make_ext_id(dept, s.start, counters[dept], rng),
                "kind": kind,
                "title": title,
                "start": st_s,
                "end": en_s,
                "timezone": tz,
                "location": place,
                "onlineUrl": url,
                "description": desc,
                "topics": make_tags(dept, S, reg, rng),
                "audience": make_audience(dept, S, reg, s.town, rng),
                "capacity": rng.choice(DEPT[dept]["cap"]),
                "registrationUrl": reg_url,
            }
            truth: Truth = {
                "session": s.sid,
                "kind": s.kind,
                "start": iso_truth(s.start),
                "end": iso_truth(s.end),
            }
            out.append({"department": dept, "input": posting, "truth": truth})
    return out


def _build(seed: int) -> tuple[list[dict[str, Any]], World]:
    rng = random.Random(f"county_oasis:{seed}")
    w = World(rng)
    sc_weekly(w)
    sc_multiday(w)
    sc_back_to_back(w)
    sc_letters(w)
    sc_qual_both(w)
    sc_parallel(w)
    sc_qual_one(w)
    sc_stagger(w)
    sc_online(w)
    sc_two_towns(w)
    sc_catchall(w)
    sc_kind_split(w)
    sc_general(w, rng.randint(78, 92))
    dup = sum(len(s.posts) for s in w.sessions if len(s.posts) >= 2)
    have = sum(len(s.posts) for s in w.sessions)
    target = max(1010, min(1240, round(dup / rng.uniform(0.38, 0.43))))
    sc_singletons(w, max(0, target - have))
    # hide the construction order behind random session numbers
    ids = list(range(1, len(w.sessions) + 1))
    rng.shuffle(ids)
    remap = {s.sid: ids[i] for i, s in enumerate(w.sessions)}
    for s in w.sessions:
        s.sid = remap[s.sid]
    w.hn = [(t, [remap[x] for x in g]) for t, g in w.hn]
    recs = render(w)
    rng.shuffle(recs)
    return recs, w


def generate(seed: int) -> list[dict[str, Any]]:
    return _build(seed)[0]


def stats(seed: int = 0) -> Stats:
    recs, w = _build(seed)
    sizes: dict[int, int] = {}
    for s in w.sessions:
        sizes[len(s.posts)] = sizes.get(len(s.posts), 0) + 1
    dup = sum(len(s.posts) for s in w.sessions if len(s.posts) >= 2)
    hn: dict[str, int] = {}
    for t, _g in w.hn:
        hn[t] = hn.get(t, 0) + 1
    flags: dict[str, int] = {}
    for s in w.sessions:
        for f in s.flags:
            flags[f] = flags.get(f, 0) + 1
    split = sum(1 for s in w.sessions if len({p.get("kind") for p in s.posts}) > 1)
    return {
        "postings": len(recs),
        "sessions": len(w.sessions),
        "dup_share": round(dup / len(recs), 3),
        "session_sizes": dict(sorted(sizes.items())),
        "hard_negative_groups": hn,
        "flags": flags,
        "explicit_kind_split": split,
    }


if __name__ == "__main__":
    import json
    import sys

    print(
        json.dumps(
            stats(int(sys.argv[1]) if len(sys.argv) > 1 else 0), ensure_ascii=False, indent=1
        )
    )
