"""Labelled workload: 瓷江市, a kiln town of the Pearl River Delta, one autumn of postings.

Data sheet
==========

The county
----------
瓷江市 (Cijiang) is an invented county-level city of the invented prefecture 南禺市
(Nanyu), Guangdong, on the western side of the Pearl River Delta. It fires floor tiles,
sintered stone and sanitary ware in gas roller kilns, builds furniture, assembles small
kitchen appliances and ships all of it abroad; a cross-border e-commerce park sits on the
river port. Firms are mostly private and small, the lines are staffed by migrant workers,
and plain-language posters are written the way the bosses talk (点样, 唔, 睇, 啲, 嘅,
慳钱, 老细). Offices post two kinds of sessions for enterprises: trainings (TRAINING, 培训)
and policy-publicity sessions (PUBLICITY, 宣讲). Local time is Asia/Shanghai (+08:00).

Areas (towns 镇 each with a specialised park; subdistricts 街道 in the centre):
  江滨街道 Jiangbin    riverside centre: 政务服务中心, 人社大楼, 税务大楼, 跨境电商园, 海关
  凤鸣街道 Fengming    old centre: 市府, 党校, 商会大厦, 瓷江宾馆, 街道党群服务中心
  高新区   Hi-Tech Zone (瓷江高新技术产业开发区, own 管委会): 科创中心
  窑头镇   Yaotou      ceramics kilns; 窑头陶瓷产业园 (own 管委会) around 陶瓷总部大厦
  浦滘镇   Pujiao      sanitary ware (taps, brass casting, polishing); 浦滘卫浴产业园
  龙涌镇   Longchong   furniture (coating lines, wood dust); 龙涌家具博览中心, "家具城"
  南岸镇   Nan'an      small appliances; 南岸小家电产业园 (own 管委会)

Season: 2027-09-01 to 2027-11-30. Public holidays as assumed here (the 2027 notice of the
State Council is not out): 中秋节 Wednesday 15 Sep off; 国庆节 1-7 Oct off, made up by
working Sunday 26 Sep and Saturday 9 Oct. Sessions fall on workdays, makeup days
included; skills classes for migrant workers also run on weekends and on weekday
evenings (19:00/19:30 to 21:30 at the latest). Mornings start 09:00, 09:30 or 10:00 and end
by 12:00 (12:30 for long classes); afternoons start 14:30 or 15:00 in September (summer
office hours) and 14:00, 14:30 or 15:00 from October, ending by 17:30; the investment
bureau's briefings for investors abroad start 16:00-17:00 Beijing time.

Buildings, rooms and every spelling of each room
------------------------------------------------
Each building: official name / short names, the name offices of the same area use, the
old name some still use, then area, address and English name. Each room: its plain
description, seats, and every spelling the offices that can post there produce (the
investment bureau writes English, the customs office Chinese with English in brackets).
A room holds one session at a time (sessions in one room keep 15 minutes apart, except
deliberate back-to-back pairs).

  zwzx: 瓷江市政务服务中心 / 政务中心 (old name 行政服务中心)
    江滨街道瓷都大道中88号; Cijiang Government Service Center, 88 Cidu Avenue Middle
    - zwzx_t1: 3楼 第一培训室, 80 seats, 19 spellings:
        瓷江市政务服务中心三楼第一培训室 | 瓷江市政务服务中心3楼1号培训室 | 政务中心3楼一号培训室
        政务中心 三楼 第一培训室 | 政务中心 3F 1号培训室 | 政务中心3F第一培训室
        政务中心3楼1号培训室 | 广东省瓷江市政务中心3楼第一培训室
        广东省南禺市瓷江市江滨街道市政务服务中心 3楼 培训室1 | 瓷江市政务服务中心3楼第一培训室
        政务中心3F1号培训室 | 瓷江市江滨街道瓷都大道中88号政务中心3楼1号培训室
        政务中心3F一号培训室
        瓷江市政务服务中心3楼第一培训室（Training Room 1, 3F, Cijiang Government Service Center）
        政务中心3/F第一培训室 | 政务中心3层第一培训室 | 政务中心三楼一号培训室 | 政务中心3楼培训一室
        Training Room 1, 3/F, Cijiang Government Service Center, 88 Cidu Avenue Middle, Cijiang, Guangdong
    - zwzx_t2: 3楼 第二培训室, 80 seats, 19 spellings:
        瓷江市政务服务中心三楼第二培训室 | 瓷江市政务服务中心3楼2号培训室 | 政务中心3楼二号培训室
        政务中心 三楼 第二培训室 | 政务中心 3F 2号培训室 | 政务中心3F第二培训室
        政务中心3楼2号培训室 | 广东省瓷江市政务中心3楼第二培训室
        广东省南禺市瓷江市江滨街道市政务服务中心 3楼 培训室2 | 瓷江市政务服务中心3楼第二培训室
        政务中心3F2号培训室 | 瓷江市江滨街道瓷都大道中88号政务中心3楼2号培训室
        政务中心3F二号培训室
        瓷江市政务服务中心3楼第二培训室（Training Room 2, 3F, Cijiang Government Service Center）
        政务中心3/F第二培训室 | 政务中心3层第二培训室 | 政务中心三楼二号培训室 | 政务中心3楼培训二室
        Training Room 2, 3/F, Cijiang Government Service Center, 88 Cidu Avenue Middle, Cijiang, Guangdong
    - zwzx_hall: 5楼 多功能厅, 200 seats, 14 spellings:
        瓷江市政务服务中心五楼多功能厅 | 瓷江市政务服务中心5楼多功能厅 | 政务中心5楼多功能厅
        政务中心 五楼 多功能会议厅 | 政务中心 5F 多功能厅 | 政务中心5F多功能厅
        广东省瓷江市政务中心5楼多功能会议厅 | 广东省南禺市瓷江市江滨街道市政务服务中心 5楼 多功能厅
        瓷江市江滨街道瓷都大道中88号政务中心5楼多功能厅
        瓷江市政务服务中心5楼多功能厅（Multi-function Hall, 5F, Cijiang Government Service Center）
        政务中心5/F多功能会议厅 | 政务中心5层多功能会议厅 | 政务中心五楼多功能厅
        Multi-function Hall, 5/F, Cijiang Government Service Center, 88 Cidu Avenue Middle, Cijiang, Guangdong
  shifu: 瓷江市人民政府 / 市府 (old name 市政府大院)
    凤鸣街道府前路1号; Cijiang Municipal Government Compound, 1 Fuqian Road
    - shifu_m1: 2号楼 4楼 第一会议室, 60 seats, 14 spellings:
        瓷江市人民政府2号楼四楼第一会议室 | 瓷江市人民政府2号楼4楼1号会议室
        广东省瓷江市府2号楼4楼第一会议室 | 市府 2号楼 四楼 第一会议室 | 市府二号楼4F第一会议室
        市政府大院 2#楼 4F 1号会议室 | 市府2号楼4层第一会议室 | 市府2#楼4F1号会议室
        市府2号楼4楼1号会议室 | 市府2号楼4楼一号会议室
        广东省南禺市瓷江市凤鸣街道市人民政府 2号楼 4楼 会议室1 | 瓷江市人民政府2号楼4楼第一会议室
        市府2号楼4F1号会议室
        Meeting Room 1, 4/F, Building 2, Cijiang Municipal Government Compound, 1 Fuqian Road, Cijiang, Guangdong
    - shifu_m2: 2号楼 4楼 第二会议室, 40 seats, 14 spellings:
        瓷江市人民政府2号楼四楼第二会议室 | 瓷江市人民政府2号楼4楼2号会议室
        广东省瓷江市府2号楼4楼第二会议室 | 市府 2号楼 四楼 第二会议室 | 市府二号楼4F第二会议室
        市政府大院 2#楼 4F 2号会议室 | 市府2号楼4层第二会议室 | 市府2#楼4F2号会议室
        市府2号楼4楼2号会议室 | 市府2号楼4楼二号会议室
        广东省南禺市瓷江市凤鸣街道市人民政府 2号楼 4楼 会议室2 | 瓷江市人民政府2号楼4楼第二会议室
        市府2号楼4F2号会议室
        Meeting Room 2, 4/F, Building 2, Cijiang Municipal Government Compound, 1 Fuqian Road, Cijiang, Guangdong
    - shifu_hall: 1号楼 1楼 礼堂, 300 seats, 12 spellings:
        瓷江市人民政府1号楼一楼礼堂 | 瓷江市人民政府1号楼1楼礼堂 | 广东省瓷江市府1号楼1楼大礼堂
        市府 1号楼 一楼 大礼堂 | 市府一号楼1F礼堂 | 市政府大院 1#楼 1F 礼堂 | 市府1号楼1层大礼堂
        市府1#楼1F礼堂 | 市府1号楼1楼礼堂 | 广东省南禺市瓷江市凤鸣街道市人民政府 1号楼 1楼 礼堂
        市府1号楼1F礼堂
        Auditorium, 1/F, Building 1, Cijiang Municipal Government Compound, 1 Fuqian Road, Cijiang, Guangdong
  rsdl: 瓷江市人力资源和社会保障局业务大楼 / 人社大楼 (old name 劳动大厦)
    江滨街道华窑路36号; Cijiang HRSS Building, 36 Huayao Road
    - rsdl_t1: 6楼 第一培训室, 50 seats, 10 spellings:
        人社大楼6楼培训一室 | 瓷江市人力资源和社会保障局业务大楼6楼第一培训室
        广东省瓷江市人社大楼6楼第一培训室 | 人社大楼 六楼 第一培训室 | 人社大楼6楼一号培训室
        瓷江市江滨街道华窑路36号人社大楼6楼1号培训室 | 人社大楼6F一号培训室 | 人社大楼6F第一培训室
        人社大楼6F1号培训室 | 人社大楼6/F第一培训室
    - rsdl_t2: 6楼 第二培训室, 50 seats, 10 spellings:
        人社大楼6楼培训二室 | 瓷江市人力资源和社会保障局业务大楼6楼第二培训室
        广东省瓷江市人社大楼6楼第二培训室 | 人社大楼 六楼 第二培训室 | 人社大楼6楼二号培训室
        瓷江市江滨街道华窑路36号人社大楼6楼2号培训室 | 人社大楼6F二号培训室 | 人社大楼6F第二培训室
        人社大楼6F2号培训室 | 人社大楼6/F第二培训室
    - rsdl_hall: 7楼 多功能厅, 150 seats, 7 spellings:
        人社大楼7楼多功能厅 | 瓷江市人力资源和社会保障局业务大楼7楼多功能厅
        广东省瓷江市人社大楼7楼多功能会议室 | 人社大楼 七楼 多功能会议室
        瓷江市江滨街道华窑路36号人社大楼7楼多功能厅 | 人社大楼7F多功能厅 | 人社大楼7/F多功能会议室
  dangxiao: 中共瓷江市委党校 / 党校 / 市委党校
    凤鸣街道学苑路12号; Party School of the CPC Cijiang Committee, 12 Xueyuan Road
    - dx_hall: A栋 1楼 报告厅, 300 seats, 9 spellings:
        中共瓷江市委党校A栋一楼报告厅 | 中共瓷江市委党校A栋1楼报告厅 | 党校A栋1楼报告厅
        党校 A栋 一楼 学术报告厅 | 党校 A座 1F 报告厅 | 市委党校A幢1F报告厅
        广东省瓷江市党校A栋1楼学术报告厅 | 党校A幢一楼报告厅 | 市委党校A栋1/F学术报告厅
    - dx_301: B栋 3楼 301课室, 60 seats, 9 spellings:
        中共瓷江市委党校B栋三楼301课室 | 中共瓷江市委党校B栋3楼301 | 党校B栋3楼301室
        党校 B栋 三楼 301课室 | 党校 B座 3F 301 | 市委党校B幢3F301课室
        广东省瓷江市党校B栋3楼301课室 | 党校B幢三楼301室 | 市委党校B栋3/F301课室
    - dx_302: B栋 3楼 302课室, 60 seats, 9 spellings:
        中共瓷江市委党校B栋三楼302课室 | 中共瓷江市委党校B栋3楼302 | 党校B栋3楼302室
        党校 B栋 三楼 302课室 | 党校 B座 3F 302 | 市委党校B幢3F302课室
        广东省瓷江市党校B栋3楼302课室 | 党校B幢三楼302室 | 市委党校B栋3/F302课室
  kczx: 瓷江高新技术产业开发区科技创新服务中心 / 科创中心 / 高新区科创中心 (locally 科创中心; old name 高新区孵化大楼)
    高新区创新大道9号; Cijiang Hi-Tech Zone Innovation Center, 9 Chuangxin Avenue
    - kc_road: B栋 3楼 路演厅, 120 seats, 14 spellings:
        科创中心 B栋 三楼 路演中心 | 瓷江高新技术产业开发区科技创新服务中心 B栋 3楼 路演厅
        科创中心 B座 3F 路演厅 | 科创中心B栋3楼路演厅
        瓷江高新技术产业开发区科技创新服务中心B栋3楼路演厅 | 科创中心B栋3F路演厅
        高新区孵化大楼B栋3层路演中心 | 科创中心B座3F路演厅 | 广东省瓷江市科创中心B栋3楼路演中心
        瓷江高新技术产业开发区科技创新服务中心B栋3楼路演厅（Roadshow Hall, 3F, Tower B, Cijiang Hi-Tech Zone Innovation Center）
        瓷江市高新区创新大道9号科创中心B栋3楼路演厅
        Roadshow Hall, 3/F, Tower B, Cijiang Hi-Tech Zone Innovation Center, 9 Chuangxin Avenue, Cijiang, Guangdong
        科创中心B幢三楼路演厅 | 高新区科创中心B幢3F路演厅
    - kc_201: A栋 2楼 201会议室, 40 seats, 16 spellings:
        科创中心 A栋 二楼 201会议室 | 瓷江高新技术产业开发区科技创新服务中心 A栋 2楼 201会议室
        科创中心 A座 2F 201 | 科创中心A栋2楼201室
        瓷江高新技术产业开发区科技创新服务中心A栋2楼201会议室 | 科创中心A栋2F201
        高新区孵化大楼A栋2层201会议室 | 科创中心A座2F201 | 广东省瓷江市科创中心A栋2楼201会议室
        瓷江高新技术产业开发区科技创新服务中心A栋2楼201会议室（Room 201, 2F, Tower A, Cijiang Hi-Tech Zone Innovation Center）
        瓷江市高新区创新大道9号科创中心A栋2楼201 | 科创中心A栋2F201室
        Room 201, 2/F, Tower A, Cijiang Hi-Tech Zone Innovation Center, 9 Chuangxin Avenue, Cijiang, Guangdong
        科创中心A幢二楼201室 | 高新区科创中心A幢2F201会议室 | 科创中心A栋2楼201
    - kc_202: A栋 2楼 202会议室, 40 seats, 16 spellings:
        科创中心 A栋 二楼 202会议室 | 瓷江高新技术产业开发区科技创新服务中心 A栋 2楼 202会议室
        科创中心 A座 2F 202 | 科创中心A栋2楼202室
        瓷江高新技术产业开发区科技创新服务中心A栋2楼202会议室 | 科创中心A栋2F202
        高新区孵化大楼A栋2层202会议室 | 科创中心A座2F202 | 广东省瓷江市科创中心A栋2楼202会议室
        瓷江高新技术产业开发区科技创新服务中心A栋2楼202会议室（Room 202, 2F, Tower A, Cijiang Hi-Tech Zone Innovation Center）
        瓷江市高新区创新大道9号科创中心A栋2楼202 | 科创中心A栋2F202室
        Room 202, 2/F, Tower A, Cijiang Hi-Tech Zone Innovation Center, 9 Chuangxin Avenue, Cijiang, Guangdong
        科创中心A幢二楼202室 | 高新区科创中心A幢2F202会议室 | 科创中心A栋2楼202
  swdl: 瓷江市税务局办公大楼 / 税务大楼 (old name 国税大楼)
    江滨街道江滨东路99号; Cijiang Tax Bureau Building, 99 Jiangbin East Road
    - sw_school: 8楼 纳税人学堂, 120 seats, 9 spellings:
        瓷江市税务局办公大楼8楼纳税人学堂 | 税务大楼8F纳税人学堂
        瓷江市江滨街道江滨东路99号税务大楼8楼纳税人学堂
        瓷江市税务局办公大楼8楼纳税人学堂（Taxpayer School, 8F, Cijiang Tax Bureau Building）
        税务大楼8/F纳税人学堂教室 | 税务大楼8层纳税人学堂教室 | 税务大楼 8F 纳税人学堂
        广东省瓷江市税务大楼8楼纳税人学堂教室 | 国税大楼八楼纳税人学堂
    - sw_805: 8楼 805会议室, 40 seats, 10 spellings:
        瓷江市税务局办公大楼8楼805会议室 | 税务大楼8F805 | 瓷江市江滨街道江滨东路99号税务大楼8楼805
        税务大楼8F805室
        瓷江市税务局办公大楼8楼805会议室（Room 805, 8F, Cijiang Tax Bureau Building）
        税务大楼8/F805会议室 | 税务大楼8层805会议室 | 税务大楼 8F 805
        广东省瓷江市税务大楼8楼805会议室 | 国税大楼八楼805室
  kjds: 瓷江跨境电子商务产业园 / 跨境电商园 / 电商园 (old name 江滨物流园)
    江滨街道港湾路168号; Cijiang Cross-border E-commerce Park, 168 Gangwan Road
    - kj_live: 综合服务楼 2楼 直播培训室, 60 seats, 10 spellings:
        瓷江跨境电子商务产业园综合服务楼2楼直播培训室 | 跨境电商园综合服务楼2F直播培训室
        瓷江市江滨街道港湾路168号跨境电商园综合服务楼2楼直播培训室
        瓷江跨境电子商务产业园综合服务楼2楼直播培训室（Livestream Studio, 2F, Service Building, Cijiang Cross-border E-commerce Park）
        电商园综合服务楼2/F直播实训室 | 跨境电商园综合服务楼2楼直播培训室
        Livestream Studio, 2/F, Service Building, Cijiang Cross-border E-commerce Park, 168 Gangwan Road, Cijiang, Guangdong
        广东省瓷江市跨境电商园综合服务楼2楼直播实训室 | 跨境电商园 综合服务楼 二楼 直播实训室
        瓷江市江滨物流园 综合服务楼 二层 直播实训室
    - kj_road: 综合服务楼 2楼 路演中心, 150 seats, 10 spellings:
        瓷江跨境电子商务产业园综合服务楼2楼路演中心 | 跨境电商园综合服务楼2F路演中心
        瓷江市江滨街道港湾路168号跨境电商园综合服务楼2楼路演中心
        瓷江跨境电子商务产业园综合服务楼2楼路演中心（Roadshow Center, 2F, Service Building, Cijiang Cross-border E-commerce Park）
        电商园综合服务楼2/F路演厅 | 跨境电商园综合服务楼2楼路演中心
        Roadshow Center, 2/F, Service Building, Cijiang Cross-border E-commerce Park, 168 Gangwan Road, Cijiang, Guangdong
        广东省瓷江市跨境电商园综合服务楼2楼路演厅 | 跨境电商园 综合服务楼 二楼 路演厅
        瓷江市江滨物流园 综合服务楼 二层 路演厅
  yaotou_gov: 窑头镇人民政府 / 窑头镇政府 (locally 镇政府)
    窑头镇窑前路2号; Yaotou Town Government, 2 Yaoqian Road
    - yt_m1: 3楼 第一会议室, 60 seats, 18 spellings:
        瓷江市窑头镇人民政府三楼第一会议室 | 窑头镇人民政府3楼1号会议室 | 镇政府3楼一号会议室
        窑头镇政府 三楼 第一会议室 | 窑头镇政府 3F 1号会议室 | 窑头镇政府3F第一会议室
        广东省南禺市瓷江市窑头镇人民政府 3楼 会议室1 | 窑头镇政府3楼1号会议室
        窑头镇政府3楼会议一室 | 瓷江市窑头镇人民政府3楼第一会议室
        广东省瓷江市窑头镇政府3楼第一会议室 | 瓷江市窑头镇窑前路2号窑头镇政府3楼1号会议室
        窑头镇政府3F一号会议室
        Meeting Room 1, 3/F, Yaotou Town Government, 2 Yaoqian Road, Cijiang, Guangdong
        窑头镇政府3F1号会议室
        窑头镇人民政府3楼第一会议室（Meeting Room 1, 3F, Yaotou Town Government）
        窑头镇政府三楼一号会议室 | 镇政府三楼第一会议室
    - yt_m2: 3楼 第二会议室, 30 seats, 18 spellings:
        瓷江市窑头镇人民政府三楼第二会议室 | 窑头镇人民政府3楼2号会议室 | 镇政府3楼二号会议室
        窑头镇政府 三楼 第二会议室 | 窑头镇政府 3F 2号会议室 | 窑头镇政府3F第二会议室
        广东省南禺市瓷江市窑头镇人民政府 3楼 会议室2 | 窑头镇政府3楼2号会议室
        窑头镇政府3楼会议二室 | 瓷江市窑头镇人民政府3楼第二会议室
        广东省瓷江市窑头镇政府3楼第二会议室 | 瓷江市窑头镇窑前路2号窑头镇政府3楼2号会议室
        窑头镇政府3F二号会议室
        Meeting Room 2, 3/F, Yaotou Town Government, 2 Yaoqian Road, Cijiang, Guangdong
        窑头镇政府3F2号会议室
        窑头镇人民政府3楼第二会议室（Meeting Room 2, 3F, Yaotou Town Government）
        窑头镇政府三楼二号会议室 | 镇政府三楼第二会议室
  ctzb: 窑头陶瓷总部大厦 / 陶瓷总部 / 陶瓷总部大厦 (locally 总部大厦; old name 陶瓷城展贸中心)
    窑头镇陶都大道3号; Yaotou Ceramics HQ Tower, 3 Taodu Avenue
    - cz_hall: 12楼 多功能厅, 200 seats, 14 spellings:
        瓷江市窑头陶瓷总部大厦十二楼多功能厅 | 窑头陶瓷总部大厦12楼多功能厅 | 总部大厦12楼多功能厅
        陶瓷城展贸中心 十二楼 多功能会议室 | 陶瓷总部 12F 多功能厅
        广东省南禺市瓷江市窑头陶瓷总部大厦 12楼 多功能厅 | 陶瓷总部12楼多功能厅
        瓷江市窑头陶瓷总部大厦12楼多功能厅
        窑头陶瓷总部大厦12楼多功能厅（Multi-function Hall, 12F, Yaotou Ceramics HQ Tower）
        瓷江市窑头镇陶都大道3号陶瓷总部12楼多功能厅 | 陶瓷总部12F多功能厅 | 陶瓷总部大厦12F多功能厅
        总部大厦十二楼多功能厅 | 广东省瓷江市陶瓷总部12楼多功能会议室
    - cz_m1: 12楼 第一会议室, 50 seats, 16 spellings:
        瓷江市窑头陶瓷总部大厦十二楼第一会议室 | 窑头陶瓷总部大厦12楼1号会议室
        总部大厦12楼一号会议室 | 陶瓷城展贸中心 十二楼 第一会议室 | 陶瓷总部 12F 1号会议室
        广东省南禺市瓷江市窑头陶瓷总部大厦 12楼 会议室1 | 陶瓷总部12楼1号会议室
        陶瓷总部12楼会议一室 | 瓷江市窑头陶瓷总部大厦12楼第一会议室
        窑头陶瓷总部大厦12楼第一会议室（Meeting Room 1, 12F, Yaotou Ceramics HQ Tower）
        瓷江市窑头镇陶都大道3号陶瓷总部12楼1号会议室 | 陶瓷总部12F一号会议室
        陶瓷总部大厦12F第一会议室 | 总部大厦十二楼第一会议室 | 广东省瓷江市陶瓷总部12楼第一会议室
        陶瓷总部12F1号会议室
  pujiao_wy: 浦滘卫浴产业园企业服务中心 / 卫浴园服务中心 (locally 园区服务中心)
    浦滘镇滘南路18号; Pujiao Sanitary Ware Park Service Center, 18 Jiaonan Road
    - pw_train: 2楼 培训室, 80 seats, 14 spellings:
        瓷江市浦滘卫浴产业园企业服务中心二楼培训室 | 浦滘卫浴产业园企业服务中心2楼培训室
        卫浴园服务中心2楼培训室 | 卫浴园服务中心 二楼 培训教室 | 卫浴园服务中心 2F 培训室
        卫浴园服务中心2F培训室 | 广东省南禺市瓷江市浦滘卫浴产业园企业服务中心 2楼 培训室
        瓷江市浦滘镇滘南路18号卫浴园服务中心2楼培训室
        Training Room, 2/F, Pujiao Sanitary Ware Park Service Center, 18 Jiaonan Road, Cijiang, Guangdong
        瓷江市浦滘卫浴产业园企业服务中心2楼培训室
        浦滘卫浴产业园企业服务中心2楼培训室（Training Room, 2F, Pujiao Sanitary Ware Park Service Center）
        广东省瓷江市卫浴园服务中心2楼培训教室 | 卫浴园服务中心二楼培训室 | 园区服务中心二层培训教室
  pujiao_wh: 浦滘镇文化中心 / 浦滘文化中心 (locally 文化中心; old name 浦滘镇文化站)
    浦滘镇新街1号; Pujiao Cultural Center, 1 Xin Street
    - pc_hall: 1楼 礼堂, 250 seats, 11 spellings:
        浦滘文化中心1楼礼堂 | 瓷江市浦滘镇文化中心1楼礼堂 | 广东省瓷江市浦滘文化中心1楼多功能礼堂
        浦滘文化中心 一楼 多功能礼堂 | 瓷江市浦滘镇新街1号浦滘文化中心1楼礼堂 | 浦滘文化中心1F礼堂
        浦滘文化中心一楼礼堂 | 浦滘文化中心 1F 礼堂 | 浦滘镇文化站一层多功能礼堂
        瓷江市浦滘镇文化中心一楼礼堂 | 浦滘镇文化中心1楼礼堂
  longchong_jj: 龙涌家具博览中心 / 家具城 / 龙涌家具城 (locally 家具城; old name 龙涌家具市场)
    龙涌镇龙涌大道128号; Longchong Furniture Expo Center, 128 Longchong Avenue
    - lj_m: 3号馆 4楼 会议室, 100 seats, 13 spellings:
        瓷江市龙涌家具博览中心3号馆四楼会议室 | 龙涌家具博览中心3号馆4楼会议室
        龙涌家具城3馆4F会议室 | 家具城3号馆4楼会议室 | 家具城 3号馆 四楼 大会议室
        广东省南禺市瓷江市龙涌家具博览中心 3号馆 4楼 会议室 | 家具城 三号馆 4F 会议室
        瓷江市龙涌镇龙涌大道128号家具城3号馆4楼会议室 | 家具城3号馆4F会议室
        龙涌家具博览中心3号馆4楼会议室（Meeting Room, 4F, Hall 3, Longchong Furniture Expo Center）
        Meeting Room, 4/F, Hall 3, Longchong Furniture Expo Center, 128 Longchong Avenue, Cijiang, Guangdong
        龙涌家具市场3号馆4楼会议室 | 广东省瓷江市家具城3号馆4楼大会议室
  longchong_gov: 龙涌镇人民政府 / 龙涌镇政府 (locally 镇政府)
    龙涌镇龙涌大道1号; Longchong Town Government, 1 Longchong Avenue
    - lg_m1: 3楼 第一会议室, 60 seats, 15 spellings:
        瓷江市龙涌镇人民政府三楼第一会议室 | 龙涌镇人民政府3楼1号会议室 | 龙涌镇政府 三楼 第一会议室
        龙涌镇政府 3F 1号会议室 | 龙涌镇政府3F第一会议室
        广东省南禺市瓷江市龙涌镇人民政府 3楼 会议室1 | 龙涌镇政府3楼1号会议室
        龙涌镇政府3楼会议一室 | 瓷江市龙涌镇人民政府3楼第一会议室
        广东省瓷江市龙涌镇政府3楼第一会议室 | 瓷江市龙涌镇龙涌大道1号龙涌镇政府3楼1号会议室
        龙涌镇政府3F一号会议室 | 龙涌镇政府三楼一号会议室 | 龙涌镇政府3楼一号会议室
        镇政府3楼会议室1
  nanan_jd: 南岸小家电产业园企业服务中心 / 家电园服务中心 / 家电园 (locally 园区服务中心; old name 南岸电器城)
    南岸镇电器大道6号; Nan'an Small Appliance Park Service Center, 6 Dianqi Avenue
    - nj_hall: 1楼 报告厅, 150 seats, 13 spellings:
        广东省南禺市瓷江市南岸小家电产业园企业服务中心 1楼 报告厅 | 家电园服务中心 一楼 学术报告厅
        家电园服务中心1楼报告厅 | 园区服务中心1楼报告厅 | 家电园1F报告厅 | 家电园服务中心一楼报告厅
        家电园服务中心 1F 报告厅 | 家电园服务中心1F报告厅 | 家电园1层学术报告厅
        广东省瓷江市家电园服务中心1楼学术报告厅 | 南岸电器城1F报告厅
        瓷江市南岸小家电产业园企业服务中心一楼报告厅 | 南岸小家电产业园企业服务中心1楼报告厅
    - nj_train: 2楼 培训室, 60 seats, 13 spellings:
        广东省南禺市瓷江市南岸小家电产业园企业服务中心 2楼 培训室 | 家电园服务中心 二楼 培训教室
        家电园服务中心2楼培训室 | 园区服务中心2楼培训室 | 家电园2F培训室 | 家电园服务中心二楼培训室
        家电园服务中心 2F 培训室 | 家电园服务中心2F培训室 | 家电园2层培训教室
        广东省瓷江市家电园服务中心2楼培训教室 | 南岸电器城2F培训室
        瓷江市南岸小家电产业园企业服务中心二楼培训室 | 南岸小家电产业园企业服务中心2楼培训室
  nanan_gov: 南岸镇人民政府 / 南岸镇政府 (locally 镇政府)
    南岸镇沿江路20号; Nan'an Town Government, 20 Yanjiang Road
    - ng_m1: 2楼 第一会议室, 60 seats, 15 spellings:
        瓷江市南岸镇人民政府二楼第一会议室 | 南岸镇人民政府2楼1号会议室 | 南岸镇政府 二楼 第一会议室
        南岸镇政府 2F 1号会议室 | 南岸镇政府2F第一会议室 | 镇政府2楼1号会议室
        瓷江市南岸镇人民政府2楼第一会议室 | 南岸镇政府2F1号会议室
        广东省瓷江市南岸镇政府2楼第一会议室 | 南岸镇政府二楼一号会议室 | 南岸镇政府2楼会议一室
        瓷江市南岸镇沿江路20号南岸镇政府2楼1号会议室 | 南岸镇政府2F一号会议室
        南岸镇政府2楼一号会议室 | 镇政府2F1号会议室
  fengming_dq: 凤鸣街道党群服务中心 / 凤鸣党群中心 (locally 街道党群中心)
    凤鸣街道凤鸣路45号; Fengming Community Service Center, 45 Fengming Road
    - fd_room: 3楼 多功能室, 60 seats, 9 spellings:
        瓷江市凤鸣街道党群服务中心三楼多功能室 | 凤鸣街道党群服务中心3楼多功能室
        凤鸣党群中心3F多功能室 | 凤鸣党群中心3楼多功能室 | 瓷江市凤鸣街道党群服务中心3楼多功能室
        广东省瓷江市凤鸣党群中心3楼多功能活动室 | 凤鸣党群中心三楼多功能室
        凤鸣党群中心 三楼 多功能活动室 | 街道党群中心3楼多功能室
  jiangbin_dq: 江滨街道党群服务中心 / 江滨党群中心 (locally 街道党群中心)
    江滨街道滨江路7号; Jiangbin Community Service Center, 7 Binjiang Road
    - jd_room: 2楼 多功能厅, 80 seats, 11 spellings:
        瓷江市江滨街道党群服务中心二楼多功能厅 | 江滨街道党群服务中心2楼多功能厅
        江滨党群中心2F多功能厅 | 江滨党群中心2楼多功能厅 | 瓷江市江滨街道党群服务中心2楼多功能厅
        广东省瓷江市江滨党群中心2楼多功能活动室 | 江滨党群中心二楼多功能厅
        江滨党群中心 二楼 多功能活动室 | 瓷江市江滨党群中心 二层 多功能活动室
        瓷江市江滨街道滨江路7号江滨党群中心2楼多功能厅 | 江滨党群中心2/F多功能活动室
  shanghui: 瓷江商会大厦 / 商会大厦 (old name 工商联大厦)
    凤鸣街道府前路30号; Cijiang Chamber of Commerce Tower, 30 Fuqian Road
    - sh_hall: 10楼 会议厅, 150 seats, 11 spellings:
        商会大厦10楼会议厅 | 瓷江商会大厦10楼会议厅 | 广东省瓷江市工商联大厦10楼大会议厅
        商会大厦10F会议厅 | 商会大厦 十楼 大会议厅 | 瓷江市凤鸣街道府前路30号商会大厦10楼会议厅
        商会大厦10/F大会议厅
        Conference Hall, 10/F, Cijiang Chamber of Commerce Tower, 30 Fuqian Road, Cijiang, Guangdong
        商会大厦十楼会议厅 | 商会大厦10层大会议厅 | 商会大厦 10F 会议厅
    - sh_1002: 10楼 1002会议室, 30 seats, 13 spellings:
        商会大厦10楼1002室 | 瓷江商会大厦10楼1002会议室 | 广东省瓷江市工商联大厦10楼1002会议室
        商会大厦10F1002会议室 | 商会大厦 十楼 1002会议室 | 瓷江市凤鸣街道府前路30号商会大厦10楼1002
        商会大厦10F1002室 | 商会大厦10/F1002会议室
        Room 1002, 10/F, Cijiang Chamber of Commerce Tower, 30 Fuqian Road, Cijiang, Guangdong
        商会大厦十楼1002室 | 商会大厦10层1002会议室 | 商会大厦10F1002 | 商会大厦 10F 1002
  hotel: 瓷江宾馆 (old name 瓷江迎宾馆)
    凤鸣街道府前路8号; Cijiang Hotel, 8 Fuqian Road
    - ht_zj: 1楼 紫荆厅, 200 seats, 9 spellings:
        瓷江市凤鸣街道府前路8号瓷江宾馆1楼紫荆厅 | 瓷江宾馆1F紫荆厅
        瓷江宾馆1楼紫荆厅（Bauhinia Hall, 1F, Cijiang Hotel）
        Bauhinia Hall, 1/F, Cijiang Hotel, 8 Fuqian Road, Cijiang, Guangdong | 瓷江宾馆1/F紫荆厅
        瓷江宾馆1楼紫荆厅 | 瓷江宾馆 一楼 紫荆厅 | 瓷江宾馆 1F 紫荆厅 | 瓷江宾馆一楼紫荆厅
    - ht_mm: 2楼 木棉厅, 120 seats, 9 spellings:
        瓷江市凤鸣街道府前路8号瓷江宾馆2楼木棉厅 | 瓷江宾馆2F木棉厅
        瓷江宾馆2楼木棉厅（Kapok Hall, 2F, Cijiang Hotel）
        Kapok Hall, 2/F, Cijiang Hotel, 8 Fuqian Road, Cijiang, Guangdong | 瓷江宾馆2/F木棉厅
        瓷江宾馆2楼木棉厅 | 瓷江宾馆 二楼 木棉厅 | 瓷江宾馆 2F 木棉厅 | 瓷江宾馆二楼木棉厅
  customs: 瓷江海关业务综合楼 / 海关大楼
    江滨街道港湾路2号; Cijiang Customs Building, 2 Gangwan Road
    - cu_conf: 5楼 会议室, 80 seats, 7 spellings:
        瓷江市江滨街道港湾路2号海关大楼5楼会议室 | 海关大楼5F会议室
        瓷江海关业务综合楼5楼会议室（Conference Room, 5F, Cijiang Customs Building）
        Conference Room, 5/F, Cijiang Customs Building, 2 Gangwan Road, Cijiang, Guangdong
        海关大楼5/F大会议室 | 广东省瓷江市海关大楼5楼大会议室 | 海关大楼 五楼 大会议室
    - cu_train: 5楼 培训室, 50 seats, 7 spellings:
        瓷江市江滨街道港湾路2号海关大楼5楼培训室 | 海关大楼5F培训室
        瓷江海关业务综合楼5楼培训室（Training Room, 5F, Cijiang Customs Building）
        Training Room, 5/F, Cijiang Customs Building, 2 Gangwan Road, Cijiang, Guangdong
        海关大楼5/F培训教室 | 广东省瓷江市海关大楼5楼培训教室 | 海关大楼 五楼 培训教室

Departments and their habits
----------------------------
Every office keeps its own habits; a second system of the same office has its own.
"Sign-in" means the posting's start is earlier than the talk; ends may carry Q&A.
When co-hosting, some offices file everything under their own category (kind_mode).

瓷江市税务局 (市税务局). Formal titles "<topic>培训" / "<topic>宣讲会", 【纳税人学堂】
  in front about half the time, "2027年第三季度" / "2027年第四季度" by the session's quarter
  now and then; series numbers as （第三期）, always kept. Files the true kind. Posts the
  talk's own times, "+08:00" plus timezone Asia/Shanghai. Places: 瓷江市 + official building
  name + 3楼 + 第一培训室. Online: location 线上（腾讯会议）, onlineUrl
  https://meeting.tencent.com/p/842331907. Tags its own words (出口退税, 研发费用加计扣除,
  减税降费, 数电票, 个人所得税); sectors by taxpayer type (出口企业, 小微企业, 个体工商户,
  各类纳税人); regions 瓷江市; capacity rounded to the room; registration
  https://swj.cijiang.gov.cn/hd/bm?id=<id>; ids CJSW2027nnnnn. Second system 征纳互动:
  ids ZNHDnnnnn, no decorations, "+08:00" without timezone, 政务中心3F1号培训室, codes in
  the location as 腾讯会议：842-331-907.
瓷江市市场监督管理局 (市监局). "市监局：" before formal titles ("…培训班", "…专题宣讲会");
  series numbers 第3期 kept more often than not. Posts the sign-in time, 30 minutes early;
  local times without offset plus timezone. Places short, Chinese numerals: 政务中心三楼一号
  培训室, 市府二号楼四楼一号会议室; still says 国税大楼 for the tax building. Codes
  842-331-907 in the location. Description "签到时间：09:00…". Regions 全市; ids
  SJJ-YYYYMMDD-nn.
瓷江市人力资源和社会保障局 (市人社局). 【市人社局】 in front, "…专题培训" / "…政策宣讲",
  第三期 and 一班 always written; when co-hosting files everything as TRAINING. "+08:00"
  without timezone. Places 人社大楼6楼培训一室, 市府2#楼4楼会议一室. Codes 842 331 907 in
  the location. Capacity the class size (30-60); registration https://rsj.cijiang.gov.cn/…;
  ids rsjnnnnn. Second system 粤省事: twelve-digit ids, no bracket, local times plus
  timezone, official building names (瓷江市人力资源和社会保障局业务大楼6楼第一培训室).
瓷江市商务局 (市商务局). Notice style "关于举办…的通知" about half the time, （稳外贸系列）
  now and then; files everything it co-hosts as PUBLICITY; ends 30 minutes late (交流).
  Places with area and street address: 瓷江市江滨街道港湾路168号跨境电商园综合服务楼2楼
  路演中心. Online: 线上，腾讯会议号842-331-907 plus a https://meeting.tencent.com/dm/<token>
  link. Tags 外贸政策/稳外资/原产地; registration on 问卷星 (https://www.wjx.cn/vm/….aspx);
  ids swj-2027-nnn. Second system 公众号: plain titles half the time, hex ids, its own ends.
瓷江市工业和信息化局 (市工信局). "…培训会" / "…政策解读会", （公益） after; places with
  spaces: 市府 2#楼 4F 1号会议室, still 市政府大院 for the government compound; online
  https://meeting.tencent.com/p/<code>; registration on 金数据; UUID ids.
瓷江市科学技术局 (市科技局). "科技政策进企业｜" in front half the time; still calls the
  innovation center 高新区孵化大楼 (高新区孵化大楼B栋3层路演中心); floors as 3层; codes
  842331907 in the location; ids KJnnnnn.
瓷江市应急管理局 (市应急局). "工贸行业安全生产专项行动｜" in front now and then, （免费）
  after; numbers 第十四期, town sessions "·窑头站"; official names with city and Chinese
  floors: 瓷江市窑头镇人民政府三楼第一会议室; codes 842-331-907; regions the town of the
  venue; ids YJ-YYYYMM-nnn. Second system 安全生产宣传平台: ids AQnnnnn, no decorations,
  窑头镇人民政府3楼1号会议室.
南禺市生态环境局瓷江分局 (瓷江分局, the prefecture bureau's branch). "…培训班" /
  "…专题宣讲会", （请相关企业务必派员参加） after; town sessions （窑头片区）; full
  prefixes with spaces: 广东省南禺市瓷江市江滨街道市政务服务中心 3楼 培训室1; meeting
  codes only in the description (腾讯会议号：842331907), location 线上直播 or none.
瓷江市投资促进局 (投促局). English only: "<topic> Policy Briefing" / "Workshop",
  "Webinar: " for online ones, qualifiers " (Session 3)", " - Class 2", " (Yaotou)";
  files everything as PUBLICITY. Places "Roadshow Hall, 3/F, Tower B, Cijiang Hi-Tech Zone
  Innovation Center, 9 Chuangxin Avenue, Cijiang, Guangdong". Online via VooV Meeting
  (Online (VooV Meeting ID: 842 331 907), https://voovmeeting.com/dm/<token>). For online
  briefings aimed abroad it posts local time of the audience: Europe/Berlin (CEST until
  31 Oct, then CET), Asia/Hong_Kong or Asia/Singapore. English tags and sectors; regions
  Cijiang; ids IPB-27-nnn.
瓷江海关. Bilingual titles "出口陶瓷产品检验监管政策解读会 Export Inspection Rules for
  Ceramic Products Briefing" or with the English in brackets, "瓷江海关：" in front now and
  then; places 瓷江海关业务综合楼5楼会议室（Conference Room, 5F, Cijiang Customs Building）;
  codes 842331907 in the location; sectors 进出口企业 / 陶瓷出口企业; ids CJCYYYYMMDDnn.
瓷江市窑头镇人民政府 (窑头镇). Plain titles mostly ("车间粉尘会爆炸？老板必听"),
  "窑头镇：" before, （名额有限） after; sign-in 30 minutes early; ends rounded up to the hour;
  "+08:00" without timezone. Own places by local names (镇政府三楼第一会议室, 总部大厦…),
  city places with 市 in front and the old 行政服务中心 (市行政服务中心三楼第一培训室).
瓷江市浦滘镇人民政府 (浦滘镇). Plain titles, 【浦滘镇】 in front; posts half-day blocks
  (end 12:00 or 17:30 when within an hour); floors 二层; still 浦滘镇文化站 for the cultural
  center; codes 842331907.
瓷江市龙涌镇人民政府 (龙涌镇). Plain titles, （速报） after; assembly an hour early;
  家具城 is still 龙涌家具市场 to them (龙涌家具市场3号馆4楼会议室); hex ids; 问卷星.
瓷江市南岸镇人民政府 (南岸镇). Plain or formal, "关于开展…的通知"; sign-in 30 minutes
  early; floors 2F; the appliance park is still 南岸电器城.
瓷江市凤鸣街道办事处 (凤鸣街道). Plain titles, 【凤鸣街道】; calls 人社大楼 市劳动大厦 and
  the hotel 瓷江迎宾馆; online via https://meeting.tencent.com/p/<code>.
瓷江市江滨街道办事处 (江滨街道). Formal "…实务培训" / "…宣讲", sign-in 15 minutes early;
  瓷江市政务中心 三层 第1培训室, and the e-commerce park is 江滨物流园 to it.
瓷江高新技术产业开发区管理委员会 (高新区管委会). 【高新区】; 科创中心B座3F路演厅.
窑头陶瓷产业园管理委员会 (陶瓷园管委会). "陶瓷园：" ; sign-in 15 minutes early;
  总部大厦12楼多功能厅, 镇政府3楼一号会议室.
南岸小家电产业园管理委员会 (家电园管委会). Formal titles; 园区服务中心1楼报告厅.
瓷江市工商业联合会 (市工商联). "民企大讲堂｜" before, （名额有限） after; files PUBLICITY
  when co-hosting; ends 30 minutes late; often no venue ("地点另行通知"); 广东省瓷江市工商联
  大厦10楼大会议厅 (the old name of the chamber tower); codes in the description
  (腾讯会议号：842 331 907); tags always add 惠企政策; copies the organiser's sign-up link
  half the time, else 金数据 (https://jinshuju.net/f/…).
瓷江市陶瓷行业协会 (陶瓷协会). Cantonese plain titles, 【协会通知】, （会员免费）; files
  TRAINING; sign-in 30 minutes early; often no venue; still 陶瓷城展贸中心 for the HQ
  tower; audience 会员企业; twelve-digit ids.
瓷江市家具行业协会 (家具协会). Plain titles, （公益）; 龙涌家具城3馆4F会议室.
瓷江市跨境电子商务协会 (跨境电商协会). Plain titles, 【干货】; files TRAINING;
  电商园综合服务楼2/F直播实训室; hex ids.

Subjects
--------
Each subject: key, natural kind, the formal topic (offices add their own suffix, e.g.
培训 / 专题培训 / 培训班 / 培训会 / 实务培训 or 宣讲会 / 政策宣讲 / 专题宣讲会 / 政策解读会 /
宣讲), the organiser(s), usual co-hosts, then the plain and English titles. Towns,
subdistricts and parks also co-host whatever happens in their own buildings.

  dust [T] 陶瓷企业粉尘涉爆安全 — 市应急局/陶瓷园管委会; with 陶瓷协会、市工信局、陶瓷园管委会
      「车间粉尘会爆炸？老板必听」 「粉尘防爆唔系小事，一堂课讲清楚」
      「抛光打磨车间防爆，睇完心中有数」 Combustible Dust Safety for Ceramics Plants
  space [T] 有限空间作业安全 — 市应急局; with 陶瓷协会、市工信局、家具协会
      「下池清淤、进罐检修，冇做足呢几步千祈唔好落去」 「有限空间点样先安全？」
      Confined Space Entry Safety
  gas [T] 工贸企业燃气使用安全 — 市应急局; with 陶瓷协会、陶瓷园管委会、市工信局
      「窑炉用气安全，一次讲透」 「天然气窑炉点火有讲究」 Gas Safety for Kiln Operators
  fire [T] 冬季消防安全暨电动自行车充电安全 — 市应急局; with 家具协会、家电园管委会
      「厂房宿舍防火，记住呢几条」 「电动车上楼充电？千祈唔好」 Fire Safety and E-bike Charging
  chief [T] 企业主要负责人安全生产履职能力 — 市应急局; with 市工商联、陶瓷协会、家具协会; numbered 第N期
      「老板点样做好安全生产第一责任人」 「安全生产，老细要识啲乜」
      Work Safety Duties for Company Heads
  chem [T] 釉料及有机溶剂等危险化学品使用安全 — 市应急局; with 陶瓷协会、家具协会
      「稀释剂、釉料点存放先安全？」 「油漆稀释剂存放，边啲位最危险」
      Safe Use of Glazes and Solvents
  vocs [T] 涉VOCs企业挥发性有机物综合治理 — 瓷江分局; with 家具协会、市工信局
      「家具厂喷漆废气点样先达标」 「喷涂车间VOCs，唔想被罚就要听」
      VOCs Control for Coating Workshops
  permit [T] 排污许可证申领与执行报告填报 — 瓷江分局; with 陶瓷协会、陶瓷园管委会、家电园管委会; online 15%
      「排污证年报点填？手把手教你」 「排污许可证，一次过搞掂」 Emission Permit Reporting
  kiln [P] 陶瓷工业大气污染物排放标准 — 瓷江分局; with 陶瓷协会、陶瓷园管委会、市工信局
      「窑炉排放新标准，你准备好未？」 「陶瓷窑炉排放要收紧，老板要知」
      Emission Standards for Ceramic Kilns
  waste [T] 工业危险废物规范化环境管理 — 瓷江分局; with 家电园管委会、家具协会
      「废机油、废漆渣唔可以乱丢」 「危废台账点样记先唔会出事」 Hazardous Waste Management
  carbon [T] 陶瓷行业碳排放核算与报告 — 陶瓷协会/瓷江分局; with 市工信局、陶瓷园管委会、瓷江分局
      「窑炉碳排放点计？一堂课教识你」 「碳排放报告，陶瓷厂要点填」 Carbon Accounting for Ceramics
  tax_export [T] 出口退（免）税政策及申报实务 — 市税务局; with 市商务局、瓷江海关、跨境电商协会; online 20%
      「出口退税点样退得快？」 「退税资料唔使愁，一节课学识」 Export VAT Rebate Filing
  tax_rnd [P] 研发费用加计扣除政策 — 市税务局/市科技局; with 市科技局、高新区管委会、市工信局、市工商联; online 15%
      「搞研发可以少交税？」 「研发投入越多，税就越少？」 R&D Super Deduction
  tax_small [P] 小微企业和个体工商户税费优惠政策 — 市税务局; with 市工商联、市监局; online 20%
      「小老板必睇：今年税费优惠有几多」 「个体户交税，有乜优惠？」 Tax Relief for Small Businesses
  tax_invoice [T] 全面数字化的电子发票应用 — 市税务局; with 市工商联; online 35%
      「数电票点开？一节课学识」 「纸质发票冇咗，点算？」 Fully Digitalised E-invoices
  tax_iit [T] 企业个人所得税扣缴申报 — 市税务局; with 市工商联; online 30%
      「帮员工扣个税，边度最易错？」 Withholding Individual Income Tax
  tax_ecom [P] 跨境电商出口企业所得税核定征收政策 — 市税务局; with 市商务局、跨境电商协会
      「跨境卖家交税有新办法」 「跨境电商所得税，点样核定？」
      Income Tax for Cross-border E-commerce Exporters
  hr_subsidy [P] 职业技能提升补贴申领政策 — 市人社局; with 市工商联、陶瓷协会
      「外来工考证有补贴，最高可领几千蚊」 「考个证仲有钱攞？」 Vocational Skills Subsidies
  hr_glaze [T] 陶瓷施釉工职业技能等级认定 — 市人社局; with 陶瓷协会、陶瓷园管委会; numbered 第N期, evenings, weekends
      「施釉工考证班开班啦」 「做施釉嘅师傅，考个证加人工」 Ceramic Glazer Skills Certification
  hr_jobs [P] 稳岗返还及一次性扩岗补助政策 — 市人社局; with 市工商联、市商务局; online 15%
      「企业请人有补贴，点样申请？」 「稳岗返还，你间厂攞咗未？」
      Job Retention Refunds and Hiring Subsidies
  hr_law [T] 企业劳动用工法律风险防范 — 市人社局/市工商联; with 市工商联、家具协会、陶瓷协会
      「老板请人、炒人，边啲位最易出事？」 「劳动合同点签先唔蚀底」
      Employment Law Risks for Employers
  hr_social [T] 社会保险费政策及经办实务 — 市人社局; with 市税务局、市工商联; online 20%
      「社保点交先啱？HR必听」 「员工社保漏交，后果好严重」 Social Insurance Contributions
  hr_ecom [T] 电子商务师（直播销售员）职业技能 — 市人社局; with 跨境电商协会、市商务局; numbered 第N期, evenings, weekends
      「想做主播？免费学直播带货」 「直播带货考证班，包教包识」 Live-commerce Host Skills Course
  rcep [P] RCEP原产地规则与关税减让 — 市商务局/瓷江海关; with 瓷江海关、投促局、跨境电商协会、市工商联、陶瓷协会; online 20%
      「出口东盟点样少交关税？」 「RCEP原产地证，识用就慳钱」 RCEP Rules of Origin and Tariff Cuts
  trade_policy [P] 2027年稳外贸稳外资政策 — 市商务局; with 投促局、市税务局、瓷江海关、市工商联
      「外贸企业有乜补贴？一次睇晒」 「稳外贸政策，老板要识用」
      Policies to Stabilise Foreign Trade and Investment
  fair [P] 境外展会扶持资金申报 — 市商务局; with 陶瓷协会、家具协会、市工商联; online 20%
      「出国参展有补贴，点样申请？」 「去广交会、去海外参展，政府帮你俾钱」
      Overseas Trade Fair Subsidies
  credit [P] 出口信用保险与收汇风险防范 — 市商务局; with 市工商联、跨境电商协会、陶瓷协会、投促局
      「出口收唔到钱点算？」 「海外客走数，出口信保帮到你」 Export Credit Insurance
  ecom_store [T] 跨境电商独立站运营实务 — 市商务局/跨境电商协会; with 跨境电商协会、投促局、市人社局
      「自己开网店卖去海外，点样起步？」 「独立站引流，手把手教」
      Running an Independent Cross-border Store
  eu [P] 家具出口欧盟合规（EUDR及阻燃标准） — 市商务局/家具协会; with 家具协会、瓷江海关、投促局
      「家具出口欧洲，新规要睇」 「卖家具去欧洲，呢啲证唔可以冇」
      EU Compliance for Furniture Exporters (EUDR, Flammability)
  aeo [T] 海关AEO高级认证企业培育 — 瓷江海关; with 市商务局、投促局、高新区管委会、陶瓷协会
      「AEO认证有乜好处？通关快好多」 「做咗AEO，出口查验少好多」 AEO Advanced Certification
  inspect [P] 出口陶瓷产品检验监管 — 瓷江海关; with 陶瓷协会、市商务局
      「陶瓷出口验货有新规？」 「瓷砖、洁具出口，检验要注意乜」
      Export Inspection Rules for Ceramic Products
  cus_ecom [T] 跨境电商B2B出口（9710/9810）通关监管 — 瓷江海关; with 市商务局、跨境电商协会; online 20%
      「跨境B2B出口点报关？」 「9710、9810系乜？一讲就明」
      Customs Clearance for Cross-border B2B Exports (9710/9810)
  sanitary_q [T] 卫浴产品质量提升与监督抽查问题分析 — 市监局; with 市工信局
      「卫浴产品抽检唔合格，问题出喺边？」 「花洒、龙头抽检，常见问题一次讲晒」
      Quality Improvement for Sanitary Ware
  brand [P] 商标品牌培育与知识产权保护 — 市监局; with 市科技局、市工商联、陶瓷协会、家具协会、高新区管委会
      「个牌俾人抢注咗点算？」 「商标唔注册，随时蚀大本」 Trademark and IP Protection
  equip [T] 叉车、锅炉等特种设备安全管理 — 市监局; with 市应急局、陶瓷园管委会
      「叉车司机无证上岗，罚几多？」 「厂里台锅炉，年检唔可以漏」 Forklift and Boiler Safety
  ccc [T] 小家电产品质量安全与CCC认证 — 市监局; with 家电园管委会、市工信局
      「小家电出厂，CCC证点搞？」 「电饭煲、风筒抽检，唔合格点算」
      CCC Certification for Small Appliances
  standard [T] 团体标准制定与企业标准领跑者 — 市监局; with 陶瓷协会、家具协会、市科技局
      「企业点样参与定标准？」 「定标准唔系大企专利」 Setting Association Standards
  digital [P] 中小企业数字化转型 — 市工信局/高新区管委会; with 高新区管委会、市科技局、市工商联、陶瓷协会、家具协会、家电园管委会; online 15%
      「小厂都可以搞数字化？」 「上云用数，点样先唔浪费钱」 Digital Transformation for SMEs
  zjtx [P] 专精特新中小企业梯度培育申报 — 市工信局; with 市科技局、高新区管委会、市工商联
      「专精特新点样申报？一文睇晒」 「想做小巨人，要过几关？」
      Applying for Specialised and Sophisticated SME Status
  techrenov [P] 工业企业技术改造扶持资金申报 — 市工信局; with 陶瓷协会、家具协会、家电园管委会、陶瓷园管委会
      「换新设备有补贴？」 「技改补贴点样攞？」 Technology Upgrading Subsidies
  green [T] 节能诊断与绿色工厂创建 — 市工信局; with 瓷江分局、陶瓷协会、陶瓷园管委会
      「窑炉慳电慳气，有专家上门诊断」 「绿色工厂点样评？」 Energy Audits and Green Factories
  hitech [P] 高新技术企业认定 — 市科技局/高新区管委会; with 高新区管委会、市税务局、投促局、市工商联; online 15%
      「申请高企，边啲坑要避开？」 「高企认定，今年有乜新变化」 High-tech Enterprise Accreditation
  smetech [T] 科技型中小企业评价入库 — 市科技局; with 高新区管委会、家电园管委会、陶瓷园管委会; online 20%
      「科小入库，手把手教你填」 「科技型中小企业，入库有乜着数」 Tech-based SME Registration
  patent [T] 专利申请与高价值专利培育实务 — 市科技局/市监局; with 市监局、高新区管委会、陶瓷协会、家具协会
      「自己个设计点样申请专利？」 「款式俾人抄，专利保护你」 Patent Filing Practice
  invest [P] 瓷江营商环境与产业招商政策 — 投促局; with 市商务局、高新区管委会、市工商联; online 35%
      「来瓷江投资有乜着数？」 「瓷江招商政策，一次讲晒」
      Invest in Cijiang: Business Environment and Incentives
  fie [P] 外商投资企业服务政策 — 投促局/市商务局; with 市商务局、瓷江海关、市税务局、高新区管委会; online 30%
      「外资企业嘅服务政策，一次讲晒」 「外资企业有乜新便利」
      Services and Policies for Foreign-invested Enterprises
  finance [P] 民营企业融资对接 — 市工商联; with 陶瓷协会、家具协会、跨境电商协会、市工信局
      「银行贷款点样批得快？」 「揾钱周转，银行有乜新产品」 Financing Matchmaking for Private Firms
  private [P] 民营经济促进法 — 市工商联; with 市监局、陶瓷协会、家具协会、跨境电商协会
      「民营经济促进法同老板有乜关系？」 「民企老板必听：有法可依」
      The Private Economy Promotion Law
  yt_service [P] 窑头镇企业服务日惠企政策 — 窑头镇; with 市工商联、市商务局、市人社局、市税务局、陶瓷园管委会
      「政企面对面：老板有乜难处即场讲」 「窑头企业服务日，政策、用工、融资一站式解答」
      Yaotou Business Service Day
  yt_safety [T] 窑头镇工贸企业安全生产 — 窑头镇; with 市应急局、陶瓷园管委会、陶瓷协会
      「安全大检查之前，呢啲嘢要执好」 「窑头厂企安全课：粉尘、燃气、有限空间」
      Yaotou Work Safety Class
  pj_service [P] 浦滘镇卫浴企业惠企政策 — 浦滘镇; with 市商务局、市工信局、市监局、市工商联
      「卫浴老板必听：今年有乜扶持？」 「浦滘卫浴企业政策会，补贴点样攞」
      Pujiao Sanitary Ware Business Policies
  pj_safety [T] 浦滘镇卫浴企业安全生产 — 浦滘镇; with 市应急局、市监局
      「抛光车间、铸铜车间，安全要点一次讲晒」 「卫浴厂安全课，班组长都要嚟」
      Pujiao Work Safety Class
  lc_service [P] 龙涌镇家具企业惠企政策 — 龙涌镇; with 市商务局、家具协会、市工商联、市工信局
      「家具老板睇过来：今年政策有乜着数」 「龙涌家具企业政策会，唔好错过」
      Longchong Furniture Business Policies
  lc_safety [T] 龙涌镇家具企业消防及涉VOCs安全 — 龙涌镇; with 市应急局、瓷江分局、家具协会
      「家具厂防火防爆，一样都唔可以少」 「喷漆房、木粉尘，安全要点听清楚」
      Longchong Fire and Coating Safety
  na_service [P] 南岸镇小家电企业惠企政策 — 南岸镇; with 家电园管委会、市工信局、市监局、市工商联
      「小家电老板必听：扶持政策一次讲晒」 「南岸家电企业政策会，有问即答」
      Nan'an Small Appliance Business Policies
  na_safety [T] 南岸镇工贸企业安全生产 — 南岸镇; with 市应急局、家电园管委会
      「注塑、冲压车间安全，班组长要识」 「南岸厂企安全课，今期讲机械伤害」 Nan'an Work Safety Class
  fm_service [P] 凤鸣街道个体工商户和小微企业服务 — 凤鸣街道; with 市监局、市税务局、市工商联
      「街坊小店老板：开铺、交税、社保一次问清」 「个体户有咩优惠？街道帮你讲」
      Fengming Small Business Services
  jb_service [P] 江滨街道电商企业服务 — 江滨街道; with 市商务局、跨境电商协会、市税务局
      「电商老板茶话会：政策、物流、退税」 「江滨电商企业服务会，有问题即场问」
      Jiangbin E-commerce Business Services
  slab [T] 陶瓷岩板新品设计与市场趋势 — 陶瓷协会; with 陶瓷园管委会
      「岩板点做先好卖？」 「今年流行乜花色？岩板新品分享」 Sintered Stone Design Trends

Weekly series (the same title every week, one session each week, holidays skipped):
  跨境电商直播带货实操周周练  Thursdays 14:30-16:30, 跨境电商园直播培训室, 跨境电商协会
  纳税人学堂·每周一课        Wednesdays 15:00-16:00, online, one recurring meeting code, 市税务局
  周五就业政策直播间          Fridays 10:00-11:00, online, one recurring meeting code, 市人社局
  陶瓷园安全生产周周讲        Tuesdays 16:00-17:00, 陶瓷总部12楼第一会议室, 陶瓷园管委会
  高新区科创沙龙              Fridays 15:00-16:30, 科创中心B座路演厅, 高新区管委会
  The weekly topic (本期主题) is named only in the description.

Sessions and hard negatives
---------------------------
A session has a subject, a start and end (the talk itself), a room and/or a meeting code,
an organiser and 0-3 co-hosts who each post it; occasionally the organiser posts it a
second time from its other system (征纳互动, 粤省事, 公众号, 安全生产宣传平台). About 5%
of in-person sessions are also streamed (hybrid). Qualifiers: 第N期 for numbered courses
(counted per organiser and subject through the season), 一班/二班 for split classes,
第一场/第二场 for split online streams, and 窑头专场 / ·窑头站 / （窑头片区） when a city
office holds a session in a town. Co-hosts drop qualifiers by habit, but never when they
also leave out the venue. Scenarios, each reported as a hard-negative group:
  weekly_series                    the five weekly series above.
  parallel_rooms                   two or three rooms of one building at the same hour
                                   (or half an hour apart), different subjects.
  class_split                      one course in two twin rooms at the same hour, 一班/二班.
  back_to_back                     one room, consecutive slots (09:00-10:30 then 10:45-12:00,
                                   14:30-16:00 then 16:00-17:30, morning then afternoon),
                                   different subjects, often the same organiser.
  same_title_two_towns             a city office runs the same session at the same hour in
                                   two or three towns (窑头站 / 浦滘站…), each co-hosted locally.
  same_subject_same_day_two_depts  the same subject by two organisers on one day, morning
                                   and afternoon, in different buildings.
  numbered_series                  第N期 and 第N+1期 in one room on consecutive workdays, a
                                   week apart, or morning and afternoon of one day.
  online_same_hour                 two online sessions at the same hour with different codes
                                   (one course split in two streams, or two subjects).
The rest are ordinary sessions, drawn by subject weight, at free rooms of the subject's
venues; the generator steers multi-posted sessions so that about 40% of postings belong
to sessions posted two to four times.

Labels
------
truth.session is the real session; truth.kind is the organiser's (the subject's) kind;
truth.start and truth.end are the talk itself, "+08:00". Postings of one session may
differ by the sign-in lead (15, 30 or 60 minutes), the Q&A tail (30 minutes), rounding
to the hour or half day, another time zone, another kind, and everything else above;
they always overlap or lie within 60 minutes of each other.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

TRAINING = "TRAINING"
PUBLICITY = "PUBLICITY"
SHANGHAI = "Asia/Shanghai"

SEASON_START = date(2027, 9, 1)
SEASON_END = date(2027, 11, 30)
HOLIDAYS = frozenset({date(2027, 9, 15), *(date(2027, 10, d) for d in range(1, 8))})
MAKEUP_WORKDAYS = frozenset({date(2027, 9, 26), date(2027, 10, 9)})
# Europe/Berlin leaves summer time on the last Sunday of October, 01:00 UTC.
BERLIN_DST_END_UTC = datetime(2027, 10, 31, 1, 0)

_CN_DIGITS = "零一二三四五六七八九十"
_WEEKDAYS = "一二三四五六日"


def _cn(n: int) -> str:
    """Chinese numeral for 0..99 as written in titles and room names."""
    if n <= 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return f"{head}十{_CN_DIGITS[ones] if ones else ''}"


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Area:
    key: str
    name: str
    short: str
    en: str
    host: str
    town: bool


AREAS: dict[str, Area] = {
    a.key: a
    for a in (
        Area("jiangbin", "江滨街道", "江滨", "Jiangbin Subdistrict", "jiangbin", False),
        Area("fengming", "凤鸣街道", "凤鸣", "Fengming Subdistrict", "fengming", False),
        Area("gaoxin", "高新区", "高新区", "Hi-Tech Zone", "gaoxin", False),
        Area("yaotou", "窑头镇", "窑头", "Yaotou", "yaotou", True),
        Area("pujiao", "浦滘镇", "浦滘", "Pujiao", "pujiao", True),
        Area("longchong", "龙涌镇", "龙涌", "Longchong", "longchong", True),
        Area("nanan", "南岸镇", "南岸", "Nan'an", "nanan", True),
    )
}


@dataclass(frozen=True)
class Building:
    key: str
    area: str
    official: str
    shorts: tuple[str, ...]
    en: str
    address: str
    en_address: str
    old: str | None = None
    local: str | None = None
    local_host: bool = False
    park: str | None = None


BUILDINGS: dict[str, Building] = {
    b.key: b
    for b in (
        Building(
            "zwzx", "jiangbin", "瓷江市政务服务中心", ("政务中心",),
            "Cijiang Government Service Center", "瓷都大道中88号", "88 Cidu Avenue Middle",
            old="行政服务中心",
        ),
        Building(
            "shifu", "fengming", "瓷江市人民政府", ("市府",),
            "Cijiang Municipal Government Compound", "府前路1号", "1 Fuqian Road",
            old="市政府大院",
        ),
        Building(
            "rsdl", "jiangbin", "瓷江市人力资源和社会保障局业务大楼", ("人社大楼",),
            "Cijiang HRSS Building", "华窑路36号", "36 Huayao Road", old="劳动大厦",
        ),
        Building(
            "dangxiao", "fengming", "中共瓷江市委党校", ("党校", "市委党校"),
            "Party School of the CPC Cijiang Committee", "学苑路12号", "12 Xueyuan Road",
        ),
        Building(
            "kczx", "gaoxin", "瓷江高新技术产业开发区科技创新服务中心", ("科创中心", "高新区科创中心"),
            "Cijiang Hi-Tech Zone Innovation Center", "创新大道9号", "9 Chuangxin Avenue",
            old="高新区孵化大楼", local="科创中心", local_host=True,
        ),
        Building(
            "swdl", "jiangbin", "瓷江市税务局办公大楼", ("税务大楼",),
            "Cijiang Tax Bureau Building", "江滨东路99号", "99 Jiangbin East Road", old="国税大楼",
        ),
        Building(
            "kjds", "jiangbin", "瓷江跨境电子商务产业园", ("跨境电商园", "电商园"),
            "Cijiang Cross-border E-commerce Park", "港湾路168号", "168 Gangwan Road",
            old="江滨物流园", local_host=True,
        ),
        Building(
            "yaotou_gov", "yaotou", "窑头镇人民政府", ("窑头镇政府",),
            "Yaotou Town Government", "窑前路2号", "2 Yaoqian Road",
            local="镇政府", local_host=True,
        ),
        Building(
            "ctzb", "yaotou", "窑头陶瓷总部大厦", ("陶瓷总部", "陶瓷总部大厦"),
            "Yaotou Ceramics HQ Tower", "陶都大道3号", "3 Taodu Avenue",
            old="陶瓷城展贸中心", local="总部大厦", local_host=True, park="ctpark",
        ),
        Building(
            "pujiao_wy", "pujiao", "浦滘卫浴产业园企业服务中心", ("卫浴园服务中心",),
            "Pujiao Sanitary Ware Park Service Center", "滘南路18号", "18 Jiaonan Road",
            local="园区服务中心", local_host=True,
        ),
        Building(
            "pujiao_wh", "pujiao", "浦滘镇文化中心", ("浦滘文化中心",),
            "Pujiao Cultural Center", "新街1号", "1 Xin Street",
            old="浦滘镇文化站", local="文化中心", local_host=True,
        ),
        Building(
            "longchong_jj", "longchong", "龙涌家具博览中心", ("家具城", "龙涌家具城"),
            "Longchong Furniture Expo Center", "龙涌大道128号", "128 Longchong Avenue",
            old="龙涌家具市场", local="家具城", local_host=True,
        ),
        Building(
            "longchong_gov", "longchong", "龙涌镇人民政府", ("龙涌镇政府",),
            "Longchong Town Government", "龙涌大道1号", "1 Longchong Avenue",
            local="镇政府", local_host=True,
        ),
        Building(
            "nanan_jd", "nanan", "南岸小家电产业园企业服务中心", ("家电园服务中心", "家电园"),
            "Nan'an Small Appliance Park Service Center", "电器大道6号", "6 Dianqi Avenue",
            old="南岸电器城", local="园区服务中心", local_host=True, park="napark",
        ),
        Building(
            "nanan_gov", "nanan", "南岸镇人民政府", ("南岸镇政府",),
            "Nan'an Town Government", "沿江路20号", "20 Yanjiang Road",
            local="镇政府", local_host=True,
        ),
        Building(
            "fengming_dq", "fengming", "凤鸣街道党群服务中心", ("凤鸣党群中心",),
            "Fengming Community Service Center", "凤鸣路45号", "45 Fengming Road",
            local="街道党群中心", local_host=True,
        ),
        Building(
            "jiangbin_dq", "jiangbin", "江滨街道党群服务中心", ("江滨党群中心",),
            "Jiangbin Community Service Center", "滨江路7号", "7 Binjiang Road",
            local="街道党群中心", local_host=True,
        ),
        Building(
            "shanghui", "fengming", "瓷江商会大厦", ("商会大厦",),
            "Cijiang Chamber of Commerce Tower", "府前路30号", "30 Fuqian Road", old="工商联大厦",
        ),
        Building(
            "hotel", "fengming", "瓷江宾馆", ("瓷江宾馆",),
            "Cijiang Hotel", "府前路8号", "8 Fuqian Road", old="瓷江迎宾馆",
        ),
        Building(
            "customs", "jiangbin", "瓷江海关业务综合楼", ("海关大楼",),
            "Cijiang Customs Building", "港湾路2号", "2 Gangwan Road",
        ),
    )
}  # fmt: skip


@dataclass(frozen=True)
class Block:
    kind: str  # num | letter | hall | named
    num: int = 0
    letter: str = ""
    text: str = ""
    en: str = ""


@dataclass(frozen=True)
class Room:
    key: str
    building: str
    floor: int
    names: tuple[str, ...]
    en: str
    seats: int
    block: Block | None = None
    ordinal: int | None = None
    number: str | None = None


_B2 = Block("num", num=2)
_B1 = Block("num", num=1)
_BA = Block("letter", letter="A")
_BB = Block("letter", letter="B")
_H3 = Block("hall", num=3)
_SVC = Block("named", text="综合服务楼", en="Service Building")

ROOMS: tuple[Room, ...] = (
    Room("zwzx_t1", "zwzx", 3, ("培训室",), "Training Room", 80, ordinal=1),
    Room("zwzx_t2", "zwzx", 3, ("培训室",), "Training Room", 80, ordinal=2),
    Room("zwzx_hall", "zwzx", 5, ("多功能厅", "多功能会议厅"), "Multi-function Hall", 200),
    Room("shifu_m1", "shifu", 4, ("会议室",), "Meeting Room", 60, block=_B2, ordinal=1),
    Room("shifu_m2", "shifu", 4, ("会议室",), "Meeting Room", 40, block=_B2, ordinal=2),
    Room("shifu_hall", "shifu", 1, ("礼堂", "大礼堂"), "Auditorium", 300, block=_B1),
    Room("rsdl_t1", "rsdl", 6, ("培训室",), "Training Room", 50, ordinal=1),
    Room("rsdl_t2", "rsdl", 6, ("培训室",), "Training Room", 50, ordinal=2),
    Room("rsdl_hall", "rsdl", 7, ("多功能厅", "多功能会议室"), "Multi-function Hall", 150),
    Room("dx_hall", "dangxiao", 1, ("报告厅", "学术报告厅"), "Lecture Hall", 300, block=_BA),
    Room("dx_301", "dangxiao", 3, ("课室",), "Classroom", 60, block=_BB, number="301"),
    Room("dx_302", "dangxiao", 3, ("课室",), "Classroom", 60, block=_BB, number="302"),
    Room("kc_road", "kczx", 3, ("路演厅", "路演中心"), "Roadshow Hall", 120, block=_BB),
    Room("kc_201", "kczx", 2, ("会议室",), "Meeting Room", 40, block=_BA, number="201"),
    Room("kc_202", "kczx", 2, ("会议室",), "Meeting Room", 40, block=_BA, number="202"),
    Room("sw_school", "swdl", 8, ("纳税人学堂", "纳税人学堂教室"), "Taxpayer School", 120),
    Room("sw_805", "swdl", 8, ("会议室",), "Meeting Room", 40, number="805"),
    Room("kj_live", "kjds", 2, ("直播培训室", "直播实训室"), "Livestream Studio", 60, block=_SVC),
    Room("kj_road", "kjds", 2, ("路演中心", "路演厅"), "Roadshow Center", 150, block=_SVC),
    Room("yt_m1", "yaotou_gov", 3, ("会议室",), "Meeting Room", 60, ordinal=1),
    Room("yt_m2", "yaotou_gov", 3, ("会议室",), "Meeting Room", 30, ordinal=2),
    Room("cz_hall", "ctzb", 12, ("多功能厅", "多功能会议室"), "Multi-function Hall", 200),
    Room("cz_m1", "ctzb", 12, ("会议室",), "Meeting Room", 50, ordinal=1),
    Room("pw_train", "pujiao_wy", 2, ("培训室", "培训教室"), "Training Room", 80),
    Room("pc_hall", "pujiao_wh", 1, ("礼堂", "多功能礼堂"), "Auditorium", 250),
    Room("lj_m", "longchong_jj", 4, ("会议室", "大会议室"), "Meeting Room", 100, block=_H3),
    Room("lg_m1", "longchong_gov", 3, ("会议室",), "Meeting Room", 60, ordinal=1),
    Room("nj_hall", "nanan_jd", 1, ("报告厅", "学术报告厅"), "Lecture Hall", 150),
    Room("nj_train", "nanan_jd", 2, ("培训室", "培训教室"), "Training Room", 60),
    Room("ng_m1", "nanan_gov", 2, ("会议室",), "Meeting Room", 60, ordinal=1),
    Room("fd_room", "fengming_dq", 3, ("多功能室", "多功能活动室"), "Multi-purpose Room", 60),
    Room("jd_room", "jiangbin_dq", 2, ("多功能厅", "多功能活动室"), "Multi-purpose Hall", 80),
    Room("sh_hall", "shanghui", 10, ("会议厅", "大会议厅"), "Conference Hall", 150),
    Room("sh_1002", "shanghui", 10, ("会议室",), "Meeting Room", 30, number="1002"),
    Room("ht_zj", "hotel", 1, ("紫荆厅", "紫荆厅"), "Bauhinia Hall", 200),
    Room("ht_mm", "hotel", 2, ("木棉厅", "木棉厅"), "Kapok Hall", 120),
    Room("cu_conf", "customs", 5, ("会议室", "大会议室"), "Conference Room", 80),
    Room("cu_train", "customs", 5, ("培训室", "培训教室"), "Training Room", 50),
)
ROOM_BY_KEY: dict[str, Room] = {r.key: r for r in ROOMS}
ROOMS_IN: dict[str, list[Room]] = {}
for _r in ROOMS:
    ROOMS_IN.setdefault(_r.building, []).append(_r)
MULTI_ROOM_BUILDINGS: tuple[str, ...] = tuple(k for k, v in ROOMS_IN.items() if len(v) >= 2)
# Pairs of rooms of one kind, side by side, used when a class is split in two.
TWIN_ROOMS: tuple[tuple[str, str], ...] = (
    ("zwzx_t1", "zwzx_t2"),
    ("rsdl_t1", "rsdl_t2"),
    ("dx_301", "dx_302"),
    ("kc_201", "kc_202"),
    ("yt_m1", "yt_m2"),
    ("shifu_m1", "shifu_m2"),
    ("ht_zj", "ht_mm"),
    ("cu_conf", "cu_train"),
)


def _floor(n: int, style: int) -> str:
    return (f"{_cn(n)}楼", f"{n}楼", f"{n}F", f"{_cn(n)}层", f"{n}/F", f"{n}层")[style % 6]


def _block(b: Block, style: int) -> str:
    opts: tuple[str, ...]
    if b.kind == "num":
        opts = (f"{b.num}号楼", f"{b.num}#楼", f"{_cn(b.num)}号楼", f"{b.num}栋", f"{b.num}幢")
    elif b.kind == "letter":
        opts = (f"{b.letter}栋", f"{b.letter}座", f"{b.letter}幢", f"{b.letter}楼")
    elif b.kind == "hall":
        opts = (f"{b.num}号馆", f"{_cn(b.num)}号馆", f"{b.num}馆", f"{b.num}号展馆")
    else:
        opts = (b.text,)
    return opts[style % len(opts)]


def _block_en(b: Block) -> str:
    if b.kind == "num":
        return f"Building {b.num}"
    if b.kind == "letter":
        return f"Tower {b.letter}"
    if b.kind == "hall":
        return f"Hall {b.num}"
    return b.en


def _room_name(room: Room, style: int, alias: int) -> str:
    base = room.names[0]
    if room.ordinal is not None:
        n = room.ordinal
        c = _cn(n)
        opts = (
            f"第{c}{base}",
            f"{c}号{base}",
            f"{n}号{base}",
            f"{base}{n}",
            f"{base[:-1]}{c}{base[-1]}",
            f"第{n}{base}",
        )
        return opts[style % len(opts)]
    if room.number is not None:
        nopts = (f"{room.number}{base}", f"{room.number}室", room.number)
        return nopts[style % len(nopts)]
    return room.names[alias % len(room.names)]


def _room_name_en(room: Room) -> str:
    if room.ordinal is not None:
        return f"{room.en} {room.ordinal}"
    if room.number is not None:
        return f"Room {room.number}"
    return room.en


# ---------------------------------------------------------------------------
# Departments
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Loc:
    """How one office writes a room."""

    prefix: str = "none"  # none | shi | city | prov | pref
    area: bool = False
    address: str = "none"  # none | inline | paren
    name: str = "short"  # official | short | en | bi
    short_idx: int = 0
    old_for: tuple[str, ...] = ()
    local: bool = False
    floor: int = 1
    block: int = 0
    room: int = 0
    alias: int = 0
    space: bool = False
    floor_numbered: bool = True


@dataclass(frozen=True)
class Dept:
    key: str
    name: str
    short: str
    area: str | None = None
    city_level: bool = True
    title: str = "formal"  # formal | plain | english | bilingual
    formal_share: float = 0.0
    suffix: int = 0
    prefix: tuple[tuple[str, float], ...] = ()
    suffix_deco: tuple[tuple[str, float], ...] = ()
    notice: float = 0.0
    notice_verb: str = "举办"
    quarter: float = 0.0
    qual: str = "ar"  # cn_paren | cn_di | ar | ar_paren | en
    qual_keep: float = 1.0
    town_fmt: str = "（{t}专场）"
    kind_mode: str = "asis"  # asis | training | publicity
    shift: int = 0
    end_mode: str = "asis"  # asis | plus30 | ceil_hour | halfday
    tz: str = "both"  # both | naive | offset
    loc: Loc = field(default_factory=Loc)
    online: str = "loc_code"  # url_p | loc_code | loc_code_url | desc_code | voov
    code_fmt: str = "dash"
    no_venue: float = 0.0
    tag_idx: int = 0
    tag_prob: float = 0.5
    tag_extra: tuple[str, ...] = ()
    sector_fmt: str = "qiye"
    sector_prob: float = 0.6
    region: str = "city"
    capacity: str = "none"  # none | round | exact | some
    reg: str = "none"  # none | gov | wjx | jinshuju
    reg_host: str = ""
    reg_prob: float = 0.8
    copy_reg: float = 0.0
    desc: str = "plain"
    desc_prob: float = 0.7
    ident: str = "seq5"
    id_prefix: str = ""
    channel: str = "main"


DEPTS: dict[str, Dept] = {
    d.key: d
    for d in (
        Dept(
            "tax", "瓷江市税务局", "市税务局", suffix=0,
            prefix=(("【纳税人学堂】", 0.55),), quarter=0.35, qual="cn_paren",
            tz="both", loc=Loc(prefix="city", name="official", floor=1, block=0, room=0),
            online="url_p", code_fmt="plain", tag_idx=0, tag_prob=0.85, sector_fmt="tax",
            sector_prob=0.8, region="city", capacity="round", reg="gov", reg_host="swj",
            desc="tax", desc_prob=0.85, ident="seq5", id_prefix="CJSW2027",
        ),
        Dept(
            "sjj", "瓷江市市场监督管理局", "市监局", suffix=2, prefix=(("市监局：", 0.75),),
            qual="ar", qual_keep=0.6, shift=-30, tz="naive",
            loc=Loc(prefix="none", name="short", old_for=("swdl",), floor=0, block=2, room=1),
            online="loc_code", code_fmt="dash", tag_idx=1, tag_prob=0.5, sector_fmt="qiye",
            region="all", capacity="none", reg="none", desc="sjj", desc_prob=0.8,
            ident="day", id_prefix="SJJ-",
        ),
        Dept(
            "rsj", "瓷江市人力资源和社会保障局", "市人社局", suffix=1,
            prefix=(("【市人社局】", 0.9),), qual="cn_di", kind_mode="training", tz="offset",
            loc=Loc(prefix="none", name="short", floor=1, block=1, room=4),
            online="loc_code", code_fmt="space", tag_idx=0, tag_prob=0.9, sector_fmt="qiye",
            region="city", capacity="exact", reg="gov", reg_host="rsj", desc="rsj",
            desc_prob=0.8, ident="seq5", id_prefix="rsj",
        ),
        Dept(
            "shangwu", "瓷江市商务局", "市商务局", suffix=0, notice=0.45,
            suffix_deco=(("（稳外贸系列）", 0.15),), qual="cn_paren", qual_keep=0.7,
            kind_mode="publicity", end_mode="plus30", tz="both",
            loc=Loc(prefix="city", area=True, address="inline", name="short", floor=1, room=2),
            online="loc_code_url", code_fmt="dash", tag_idx=1, tag_prob=0.7, sector_fmt="qiye",
            region="city", capacity="round", reg="wjx", reg_prob=0.7, desc="shangwu",
            ident="seq3", id_prefix="swj-2027-",
        ),
        Dept(
            "gongxin", "瓷江市工业和信息化局", "市工信局", suffix=3,
            suffix_deco=(("（公益）", 0.6),), qual="ar_paren", qual_keep=0.8, tz="both",
            loc=Loc(
                prefix="none", name="short", old_for=("shifu",), floor=2, block=1, room=2,
                space=True,
            ),
            online="url_p", code_fmt="plain", tag_idx=1, tag_prob=0.6, sector_fmt="hangye",
            region="city", capacity="none", reg="jinshuju", reg_prob=0.5, desc="gongxin",
            ident="uuid",
        ),
        Dept(
            "keji", "瓷江市科学技术局", "市科技局", suffix=3,
            prefix=(("科技政策进企业｜", 0.5),), qual="ar", qual_keep=0.8, tz="naive",
            loc=Loc(
                prefix="none", name="short", short_idx=1, old_for=("kczx",), floor=5, block=0,
                room=0, alias=1,
            ),
            online="loc_code", code_fmt="plain", tag_idx=1, tag_prob=0.8, sector_fmt="plain",
            region="city", capacity="round", reg="gov", reg_host="kjj", reg_prob=0.6,
            desc="keji", ident="seq5", id_prefix="KJ",
        ),
        Dept(
            "yingji", "瓷江市应急管理局", "市应急局", suffix=0,
            prefix=(("工贸行业安全生产专项行动｜", 0.35),), suffix_deco=(("（免费）", 0.2),),
            qual="cn_di", town_fmt="·{t}站", tz="both",
            loc=Loc(prefix="city", name="official", floor=0, block=0, room=0),
            online="loc_code", code_fmt="dash", tag_idx=0, tag_prob=0.9, sector_fmt="qiye",
            region="venue", capacity="round", reg="none", desc="yingji", desc_prob=0.85,
            ident="month", id_prefix="YJ-",
        ),
        Dept(
            "env", "南禺市生态环境局瓷江分局", "瓷江分局", suffix=2,
            suffix_deco=(("（请相关企业务必派员参加）", 0.3),), qual="ar", qual_keep=0.7,
            town_fmt="（{t}片区）", tz="naive",
            loc=Loc(prefix="pref", area=True, name="official", floor=1, room=3, space=True),
            online="desc_code", code_fmt="plain", tag_idx=0, tag_prob=0.7, sector_fmt="hangye",
            region="city", capacity="none", reg="none", desc="env", desc_prob=0.9,
            ident="seq5", id_prefix="HBFJ",
        ),
        Dept(
            "touzi", "瓷江市投资促进局", "投促局", title="english", suffix=1, qual="en",
            qual_keep=0.8, kind_mode="publicity", tz="both", loc=Loc(name="en", floor=4),
            online="voov", code_fmt="space", tag_prob=0.8, sector_fmt="en", region="en",
            capacity="none", reg="gov", reg_host="invest", reg_prob=0.7, desc="touzi",
            ident="seq3", id_prefix="IPB-27-",
        ),
        Dept(
            "customs", "瓷江海关", "瓷江海关", title="bilingual", suffix=3,
            prefix=(("瓷江海关：", 0.3),), qual="ar_paren", qual_keep=0.8, tz="both",
            loc=Loc(name="bi", prefix="none", floor=1, room=0),
            online="loc_code", code_fmt="plain", tag_idx=1, tag_prob=0.6, sector_fmt="customs",
            region="city", capacity="round", reg="none", desc="customs", desc_prob=0.8,
            ident="day", id_prefix="CJC",
        ),
        Dept(
            "yaotou", "瓷江市窑头镇人民政府", "窑头镇", area="yaotou", city_level=False,
            title="plain", formal_share=0.25, prefix=(("窑头镇：", 0.3),),
            suffix_deco=(("（名额有限）", 0.3),), qual="cn_paren", qual_keep=0.4, shift=-30,
            end_mode="ceil_hour", tz="offset",
            loc=Loc(prefix="shi", local=True, old_for=("zwzx",), floor=0, room=0),
            online="loc_code", code_fmt="space", no_venue=0.1, tag_idx=2, tag_prob=0.25,
            sector_fmt="plain", region="own", capacity="none", reg="none", desc="town",
            desc_prob=0.6, ident="seq5", id_prefix="YTZ",
        ),
        Dept(
            "pujiao", "瓷江市浦滘镇人民政府", "浦滘镇", area="pujiao", city_level=False,
            title="plain", formal_share=0.3, prefix=(("【浦滘镇】", 0.5),),
            qual="cn_paren", qual_keep=0.3, end_mode="halfday", tz="both",
            loc=Loc(prefix="shi", local=True, old_for=("pujiao_wh",), floor=3, room=1, alias=1),
            online="loc_code", code_fmt="plain", no_venue=0.15, tag_idx=2, tag_prob=0.2,
            sector_fmt="plain", region="own", capacity="none", reg="none", desc="town",
            desc_prob=0.5, ident="seq5", id_prefix="PJ",
        ),
        Dept(
            "longchong", "瓷江市龙涌镇人民政府", "龙涌镇", area="longchong", city_level=False,
            title="plain", formal_share=0.2, suffix_deco=(("（速报）", 0.2),),
            qual="ar_paren", qual_keep=0.4, shift=-60, tz="naive",
            loc=Loc(prefix="none", local=True, old_for=("longchong_jj",), floor=1, block=0, room=3),
            online="loc_code", code_fmt="dash", no_venue=0.1, tag_idx=3, tag_prob=0.3,
            sector_fmt="plain", region="own", capacity="none", reg="wjx", reg_prob=0.3,
            desc="town", desc_prob=0.6, ident="hex",
        ),
        Dept(
            "nanan", "瓷江市南岸镇人民政府", "南岸镇", area="nanan", city_level=False,
            title="plain", formal_share=0.4, notice=0.3, notice_verb="开展", qual="ar",
            qual_keep=0.5, shift=-30, tz="offset",
            loc=Loc(prefix="shi", local=True, old_for=("nanan_jd",), floor=2, room=2),
            online="loc_code", code_fmt="space", no_venue=0.1, tag_idx=2, tag_prob=0.3,
            sector_fmt="plain", region="own", capacity="some", reg="none", desc="town",
            desc_prob=0.6, ident="seq5", id_prefix="NAZ",
        ),
        Dept(
            "fengming", "瓷江市凤鸣街道办事处", "凤鸣街道", area="fengming", city_level=False,
            title="plain", formal_share=0.3, prefix=(("【凤鸣街道】", 0.4),), qual="cn_paren",
            qual_keep=0.5, tz="both",
            loc=Loc(prefix="shi", local=True, old_for=("rsdl", "hotel"), floor=1, room=0),
            online="url_p", code_fmt="plain", no_venue=0.15, tag_idx=2, tag_prob=0.3,
            sector_fmt="plain", region="own", capacity="none", reg="none", desc="town",
            desc_prob=0.5, ident="seq5", id_prefix="FMJD",
        ),
        Dept(
            "jiangbin", "瓷江市江滨街道办事处", "江滨街道", area="jiangbin", city_level=False,
            title="formal", suffix=4, prefix=(("江滨街道", 0.3),), qual="ar", qual_keep=0.6,
            shift=-15, tz="naive",
            loc=Loc(
                prefix="city", name="short", old_for=("kjds",), floor=3, room=5, alias=1,
                space=True,
            ),
            online="loc_code", code_fmt="dash", no_venue=0.1, tag_idx=2, tag_prob=0.4,
            sector_fmt="qiye", region="own", capacity="none", reg="none", desc="town",
            desc_prob=0.5, ident="seq5", id_prefix="JBJD",
        ),
        Dept(
            "gaoxin", "瓷江高新技术产业开发区管理委员会", "高新区管委会", area="gaoxin",
            city_level=False, suffix=3, prefix=(("【高新区】", 0.4),), qual="ar", qual_keep=0.8,
            tz="offset", loc=Loc(prefix="none", local=True, floor=2, block=1, room=2),
            online="url_p", code_fmt="plain", tag_idx=1, tag_prob=0.6, sector_fmt="plain",
            region="own", capacity="round", reg="jinshuju", reg_prob=0.6, desc="park",
            ident="seq5", id_prefix="GXQ",
        ),
        Dept(
            "ctpark", "窑头陶瓷产业园管理委员会", "陶瓷园管委会", area="yaotou",
            city_level=False, suffix=2, prefix=(("陶瓷园：", 0.3),), qual="cn_paren",
            qual_keep=0.6, shift=-15, tz="both",
            loc=Loc(prefix="none", local=True, floor=1, room=1),
            online="loc_code", code_fmt="dash", tag_idx=0, tag_prob=0.5, sector_fmt="hangye",
            region="own", capacity="none", reg="none", desc="park", desc_prob=0.6,
            ident="seq5", id_prefix="CTY",
        ),
        Dept(
            "napark", "南岸小家电产业园管理委员会", "家电园管委会", area="nanan",
            city_level=False, suffix=0, qual="ar", qual_keep=0.6, tz="offset",
            loc=Loc(prefix="none", local=True, floor=1, room=2),
            online="loc_code", code_fmt="space", tag_idx=1, tag_prob=0.5, sector_fmt="qiye",
            region="own", capacity="none", reg="none", desc="park", desc_prob=0.6,
            ident="seq5", id_prefix="XJD",
        ),
        Dept(
            "gsl", "瓷江市工商业联合会", "市工商联", suffix=1,
            prefix=(("民企大讲堂｜", 0.4),), suffix_deco=(("（名额有限）", 0.5),),
            qual="cn_paren", qual_keep=0.5, kind_mode="publicity", end_mode="plus30",
            tz="naive",
            loc=Loc(prefix="prov", name="short", old_for=("shanghui",), floor=1, alias=1),
            online="desc_code", code_fmt="space", no_venue=0.35, tag_idx=2, tag_prob=0.6,
            tag_extra=("惠企政策",), sector_fmt="qiye", region="all", capacity="none",
            reg="jinshuju", reg_prob=0.6, copy_reg=0.5, desc="gsl", ident="seq5",
            id_prefix="GSL",
        ),
        Dept(
            "ctxh", "瓷江市陶瓷行业协会", "陶瓷协会", city_level=False, title="plain",
            formal_share=0.15, prefix=(("【协会通知】", 0.3),),
            suffix_deco=(("（会员免费）", 0.4),), qual="ar_paren", qual_keep=0.3,
            kind_mode="training", shift=-30, tz="offset",
            loc=Loc(prefix="none", name="short", old_for=("ctzb",), floor=0, alias=1, space=True),
            online="loc_code", code_fmt="space", no_venue=0.3, tag_idx=3, tag_prob=0.4,
            sector_fmt="member", region="none", capacity="some", reg="wjx", reg_prob=0.6,
            copy_reg=0.3, desc="ctxh", ident="long",
        ),
        Dept(
            "jjxh", "瓷江市家具行业协会", "家具协会", city_level=False, title="plain",
            formal_share=0.3, suffix_deco=(("（公益）", 0.4),), qual="ar_paren",
            qual_keep=0.4, tz="naive",
            loc=Loc(prefix="none", name="short", short_idx=1, floor=2, block=2),
            online="loc_code", code_fmt="dash", no_venue=0.25, tag_idx=3, tag_prob=0.3,
            sector_fmt="member", region="none", capacity="some", reg="wjx", reg_prob=0.5,
            copy_reg=0.3, desc="jjxh", ident="seq5", id_prefix="JJXH",
        ),
        Dept(
            "kjxh", "瓷江市跨境电子商务协会", "跨境电商协会", city_level=False, title="plain",
            formal_share=0.3, prefix=(("【干货】", 0.3),), qual="ar_paren", qual_keep=0.5,
            kind_mode="training", tz="offset",
            loc=Loc(prefix="none", name="short", short_idx=1, floor=4, block=0, alias=1),
            online="loc_code", code_fmt="plain", no_venue=0.2, tag_idx=2, tag_prob=0.5,
            sector_fmt="plain", region="none", capacity="some", reg="jinshuju", reg_prob=0.7,
            copy_reg=0.2, desc="kjxh", ident="hex",
        ),
    )
}  # fmt: skip

# The same office posting on a second system: other ids, other habits.
ALT_DEPTS: dict[str, Dept] = {
    "tax": replace(
        DEPTS["tax"], prefix=(), quarter=0.0, tz="offset", ident="seq5", id_prefix="ZNHD",
        loc=Loc(prefix="none", name="short", floor=2, room=2), online="loc_code",
        code_fmt="dash", desc="plain", desc_prob=0.4, reg="none", channel="征纳互动",
    ),
    "rsj": replace(
        DEPTS["rsj"], prefix=(), tz="naive", ident="long", id_prefix="",
        loc=Loc(prefix="city", name="official", floor=1, room=0), reg="none",
        desc="plain", desc_prob=0.5, channel="粤省事",
    ),
    "shangwu": replace(
        DEPTS["shangwu"], title="plain", formal_share=0.5, notice=0.0, ident="hex",
        loc=Loc(prefix="none", name="short", floor=2, room=1), end_mode="asis",
        channel="公众号",
    ),
    "yingji": replace(
        DEPTS["yingji"], prefix=(), suffix_deco=(), tz="naive", ident="seq5", id_prefix="AQ",
        loc=Loc(prefix="none", name="official", floor=1, room=2), channel="安全生产宣传平台",
    ),
}  # fmt: skip
for _k in ("jiangbin", "fengming", "yaotou", "pujiao", "longchong", "nanan", "gaoxin"):
    assert AREAS[DEPTS[_k].area or ""].host == _k


# ---------------------------------------------------------------------------
# Subjects
# ---------------------------------------------------------------------------

# theme -> (Chinese tag sets, one per office habit; English tags)
THEMES: dict[str, tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]] = {
    "dust": ((("粉尘防爆",), ("安全生产", "粉尘涉爆"), ("安全生产",), ("粉尘",)), ("Work Safety", "Dust Explosion")),
    "space": ((("有限空间",), ("安全生产", "有限空间作业"), ("安全生产",), ("受限空间",)), ("Confined Space",)),
    "gas": ((("燃气安全",), ("安全生产", "燃气"), ("安全生产",), ("窑炉用气",)), ("Gas Safety",)),
    "fire": ((("消防安全",), ("安全生产", "消防"), ("安全生产",), ("防火",)), ("Fire Safety",)),
    "safety": ((("安全生产",), ("安全生产", "主体责任"), ("安全生产",), ("安全",)), ("Work Safety",)),
    "chem": ((("危险化学品",), ("安全生产", "危化品"), ("安全生产",), ("危化品",)), ("Hazardous Chemicals",)),
    "vocs": ((("VOCs治理",), ("环保", "VOCs"), ("生态环境",), ("废气治理",)), ("VOCs", "Environment")),
    "permit": ((("排污许可",), ("环保", "排污许可证"), ("生态环境",), ("排污证",)), ("Emission Permits",)),
    "kiln": ((("窑炉排放",), ("环保", "大气污染防治"), ("生态环境",), ("排放标准",)), ("Kiln Emissions",)),
    "waste": ((("危险废物",), ("环保", "危废管理"), ("生态环境",), ("危废",)), ("Hazardous Waste",)),
    "carbon": ((("碳排放",), ("双碳", "碳核算"), ("绿色低碳",), ("碳达峰",)), ("Carbon Accounting",)),
    "green": ((("绿色工厂",), ("节能降耗", "绿色制造"), ("绿色低碳",), ("节能",)), ("Green Manufacturing",)),
    "tax_export": ((("出口退税",), ("税收政策", "出口退（免）税"), ("惠企",), ("退税",)), ("Export Tax Rebate",)),
    "tax_rnd": ((("研发费用加计扣除",), ("税收优惠", "研发费用"), ("惠企",), ("减税",)), ("R&D Deduction",)),
    "tax_small": ((("减税降费",), ("税收优惠", "小微企业"), ("惠企",), ("个体户",)), ("Tax Relief",)),
    "tax_invoice": ((("数电票",), ("税收征管", "电子发票"), ("办税",), ("发票",)), ("E-invoices",)),
    "tax_iit": ((("个人所得税",), ("税收政策", "个税扣缴"), ("办税",), ("个税",)), ("Individual Income Tax",)),
    "tax": ((("纳税服务",), ("税收政策",), ("办税",), ("税务",)), ("Tax",)),
    "skills": ((("技能提升",), ("职业技能", "补贴"), ("惠企",), ("考证",)), ("Skills",)),
    "jobs": ((("稳就业",), ("稳岗", "就业政策"), ("惠企",), ("招工",)), ("Employment",)),
    "labor": ((("劳动关系",), ("劳动用工", "法律风险"), ("法律服务",), ("劳动法",)), ("Labour Law",)),
    "social": ((("社会保险",), ("社保", "经办服务"), ("惠企",), ("社保",)), ("Social Insurance",)),
    "rcep": ((("RCEP",), ("稳外贸", "原产地"), ("外贸政策",), ("关税",)), ("RCEP", "Trade")),
    "trade": ((("稳外贸",), ("外贸政策", "稳外资"), ("惠企",), ("外贸",)), ("Foreign Trade",)),
    "fair": ((("展会扶持",), ("外贸政策", "境外参展"), ("惠企",), ("参展补贴",)), ("Trade Fairs",)),
    "credit": ((("出口信保",), ("外贸政策", "出口信用保险"), ("惠企",), ("收汇风险",)), ("Export Credit Insurance",)),
    "ecom": ((("跨境电商",), ("外贸新业态", "跨境电商"), ("电商",), ("网店",)), ("Cross-border E-commerce",)),
    "live": ((("直播带货",), ("电子商务", "直播"), ("电商",), ("直播",)), ("Livestreaming",)),
    "aeo": ((("AEO认证",), ("海关", "企业信用"), ("外贸政策",), ("通关",)), ("AEO", "Customs")),
    "inspect": ((("出口检验",), ("海关", "商品检验"), ("外贸政策",), ("通关",)), ("Export Inspection",)),
    "quality": ((("质量提升",), ("质量强市", "产品质量"), ("惠企",), ("质量",)), ("Quality",)),
    "ip": ((("知识产权",), ("商标品牌", "知识产权保护"), ("惠企",), ("商标",)), ("IP",)),
    "equip": ((("特种设备",), ("安全生产", "特种设备"), ("安全生产",), ("叉车",)), ("Special Equipment",)),
    "standard": ((("标准化",), ("团体标准", "标准化"), ("惠企",), ("标准",)), ("Standards",)),
    "ccc": ((("CCC认证",), ("产品质量", "强制性认证"), ("质量",), ("认证",)), ("CCC",)),
    "digital": ((("数字化转型",), ("智能制造", "数字化"), ("惠企",), ("上云",)), ("Digital Transformation",)),
    "zjtx": ((("专精特新",), ("中小企业", "专精特新"), ("惠企",), ("小巨人",)), ("SRDI SMEs",)),
    "techrenov": ((("技术改造",), ("工业投资", "技改"), ("惠企",), ("技改",)), ("Technology Upgrading",)),
    "hitech": ((("高企认定",), ("科技创新", "高新技术企业"), ("惠企",), ("高企",)), ("High-tech Enterprises",)),
    "smetech": ((("科技型中小企业",), ("科技创新", "评价入库"), ("惠企",), ("科小",)), ("Tech SMEs",)),
    "patent": ((("专利",), ("知识产权", "专利申请"), ("惠企",), ("专利",)), ("Patents",)),
    "invest": ((("招商引资",), ("营商环境", "投资促进"), ("惠企",), ("招商",)), ("Investment",)),
    "fie": ((("外资企业",), ("稳外资", "外商投资"), ("惠企",), ("外资",)), ("FDI",)),
    "finance": ((("融资对接",), ("金融服务", "银企对接"), ("惠企",), ("贷款",)), ("Financing",)),
    "private": ((("民营经济",), ("民营经济促进法", "法治"), ("惠企",), ("民企",)), ("Private Economy",)),
    "eu": ((("出口合规",), ("外贸政策", "欧盟法规"), ("外贸",), ("合规",)), ("EU Compliance",)),
    "design": ((("产品设计",), ("品牌建设", "新品研发"), ("行业交流",), ("岩板",)), ("Product Design",)),
    "innovation": ((("科技创新",), ("创新创业", "科创服务"), ("惠企",), ("沙龙",)), ("Innovation",)),
    "service": ((("惠企政策",), ("政企服务", "企业服务日"), ("惠企",), ("服务企业",)), ("Business Services",)),
}  # fmt: skip

ZH_SUFFIX: dict[str, tuple[str, ...]] = {
    TRAINING: ("培训", "专题培训", "培训班", "培训会", "实务培训"),
    PUBLICITY: ("宣讲会", "政策宣讲", "专题宣讲会", "政策解读会", "宣讲"),
}
EN_SUFFIX: dict[str, tuple[str, ...]] = {
    TRAINING: ("Training", "Workshop"),
    PUBLICITY: ("Briefing", "Policy Briefing"),
}

SECTORS: dict[str, tuple[str, str]] = {
    "ceramics": ("陶瓷", "Ceramics"),
    "sanitary": ("卫浴", "Sanitary Ware"),
    "furniture": ("家具", "Furniture"),
    "appliance": ("小家电", "Small Appliances"),
    "trade": ("外贸", "Foreign Trade"),
    "ecom": ("跨境电商", "Cross-border E-commerce"),
    "hitech": ("高新技术", "High-tech"),
    "mfg": ("制造业", "Manufacturing"),
    "sme": ("中小微企业", "SMEs"),
    "self": ("个体工商户", "Sole Proprietors"),
    "all": ("各类企业", "All Businesses"),
}
TAX_SECTORS: dict[str, str] = {
    "trade": "出口企业",
    "ecom": "跨境电商出口企业",
    "sme": "小微企业",
    "self": "个体工商户",
    "all": "各类纳税人",
    "mfg": "制造业纳税人",
    "hitech": "高新技术企业",
}
CUSTOMS_SECTORS: dict[str, str] = {
    "trade": "进出口企业",
    "ecom": "跨境电商企业",
    "ceramics": "陶瓷出口企业",
    "sanitary": "卫浴出口企业",
    "furniture": "家具出口企业",
}


@dataclass(frozen=True)
class Subject:
    key: str
    theme: str
    kind: str
    core: str
    plain: tuple[str, ...]
    english: str
    leads: tuple[str, ...]
    cohosts: tuple[str, ...]
    venues: tuple[str, ...]
    sectors: tuple[str, ...] = ("all",)
    minutes: tuple[int, ...] = (90, 120)
    online: float = 0.0
    series: bool = False
    evening: bool = False
    weekend: bool = False
    weight: float = 1.0
    fixed: bool = False


T, P = TRAINING, PUBLICITY
SUBJECTS: tuple[Subject, ...] = (
    # -- work safety (应急局 leads; towns, the ceramics park and associations co-host)
    Subject("dust", "dust", T, "陶瓷企业粉尘涉爆安全",
            ("车间粉尘会爆炸？老板必听", "粉尘防爆唔系小事，一堂课讲清楚", "抛光打磨车间防爆，睇完心中有数"),
            "Combustible Dust Safety for Ceramics Plants", ("yingji", "ctpark"),
            ("ctxh", "gongxin", "ctpark", "yingji"),
            ("yaotou_gov", "ctzb", "pujiao_wy", "dangxiao", "zwzx"),
            ("ceramics", "sanitary"), (90, 120, 150), weight=3.0),
    Subject("space", "space", T, "有限空间作业安全",
            ("下池清淤、进罐检修，冇做足呢几步千祈唔好落去", "有限空间点样先安全？"),
            "Confined Space Entry Safety", ("yingji",),
            ("ctxh", "gongxin", "jjxh"),
            ("dangxiao", "zwzx", "yaotou_gov", "nanan_gov", "longchong_gov", "pujiao_wy"),
            ("ceramics", "sanitary", "mfg"), weight=2.0),
    Subject("gas", "gas", T, "工贸企业燃气使用安全",
            ("窑炉用气安全，一次讲透", "天然气窑炉点火有讲究"),
            "Gas Safety for Kiln Operators", ("yingji",), ("ctxh", "ctpark", "gongxin"),
            ("ctzb", "yaotou_gov", "dangxiao"), ("ceramics",), weight=1.8),
    Subject("fire", "fire", T, "冬季消防安全暨电动自行车充电安全",
            ("厂房宿舍防火，记住呢几条", "电动车上楼充电？千祈唔好"),
            "Fire Safety and E-bike Charging", ("yingji",), ("jjxh", "napark"),
            ("longchong_jj", "fengming_dq", "jiangbin_dq", "nanan_gov", "zwzx"),
            ("furniture", "appliance", "mfg"), weight=1.8),
    Subject("chief", "safety", T, "企业主要负责人安全生产履职能力",
            ("老板点样做好安全生产第一责任人", "安全生产，老细要识啲乜"),
            "Work Safety Duties for Company Heads", ("yingji",), ("gsl", "ctxh", "jjxh"),
            ("dangxiao", "zwzx", "shifu"), ("mfg",), (150, 180), series=True, weight=1.8),
    Subject("chem", "chem", T, "釉料及有机溶剂等危险化学品使用安全",
            ("稀释剂、釉料点存放先安全？", "油漆稀释剂存放，边啲位最危险"),
            "Safe Use of Glazes and Solvents", ("yingji",), ("ctxh", "jjxh"),
            ("yaotou_gov", "longchong_gov", "longchong_jj", "dangxiao"),
            ("ceramics", "furniture"), weight=1.5),
    # -- ecology and environment
    Subject("vocs", "vocs", T, "涉VOCs企业挥发性有机物综合治理",
            ("家具厂喷漆废气点样先达标", "喷涂车间VOCs，唔想被罚就要听"),
            "VOCs Control for Coating Workshops", ("env",), ("jjxh", "gongxin"),
            ("longchong_jj", "longchong_gov", "pujiao_wy", "zwzx"),
            ("furniture", "sanitary"), weight=2.5),
    Subject("permit", "permit", T, "排污许可证申领与执行报告填报",
            ("排污证年报点填？手把手教你", "排污许可证，一次过搞掂"),
            "Emission Permit Reporting", ("env",), ("ctxh", "ctpark", "napark"),
            ("zwzx", "ctzb", "nanan_jd", "yaotou_gov"),
            ("ceramics", "sanitary", "appliance"), online=0.15, weight=2.0),
    Subject("kiln", "kiln", P, "陶瓷工业大气污染物排放标准",
            ("窑炉排放新标准，你准备好未？", "陶瓷窑炉排放要收紧，老板要知"),
            "Emission Standards for Ceramic Kilns", ("env",), ("ctxh", "ctpark", "gongxin"),
            ("ctzb", "yaotou_gov", "zwzx"), ("ceramics",), weight=1.5),
    Subject("waste", "waste", T, "工业危险废物规范化环境管理",
            ("废机油、废漆渣唔可以乱丢", "危废台账点样记先唔会出事"),
            "Hazardous Waste Management", ("env",), ("napark", "jjxh"),
            ("nanan_jd", "longchong_gov", "zwzx"), ("appliance", "furniture", "mfg"),
            weight=1.5),
    Subject("carbon", "carbon", T, "陶瓷行业碳排放核算与报告",
            ("窑炉碳排放点计？一堂课教识你", "碳排放报告，陶瓷厂要点填"),
            "Carbon Accounting for Ceramics", ("ctxh", "env"), ("gongxin", "ctpark", "env", "ctxh"),
            ("ctzb", "kczx", "zwzx"), ("ceramics",), weight=1.0),
    # -- tax
    Subject("tax_export", "tax_export", T, "出口退（免）税政策及申报实务",
            ("出口退税点样退得快？", "退税资料唔使愁，一节课学识"),
            "Export VAT Rebate Filing", ("tax",), ("shangwu", "customs", "kjxh"),
            ("swdl", "zwzx", "kjds"), ("trade", "ecom"), online=0.2, weight=2.5),
    Subject("tax_rnd", "tax_rnd", P, "研发费用加计扣除政策",
            ("搞研发可以少交税？", "研发投入越多，税就越少？"),
            "R&D Super Deduction", ("tax", "keji"), ("keji", "gaoxin", "gongxin", "gsl", "tax"),
            ("swdl", "kczx", "zwzx"), ("hitech", "mfg"), online=0.15, weight=2.0),
    Subject("tax_small", "tax_small", P, "小微企业和个体工商户税费优惠政策",
            ("小老板必睇：今年税费优惠有几多", "个体户交税，有乜优惠？"),
            "Tax Relief for Small Businesses", ("tax",), ("gsl", "sjj"),
            ("swdl", "zwzx", "fengming_dq", "jiangbin_dq", "nanan_gov"),
            ("sme", "self"), online=0.2, weight=2.0),
    Subject("tax_invoice", "tax_invoice", T, "全面数字化的电子发票应用",
            ("数电票点开？一节课学识", "纸质发票冇咗，点算？"),
            "Fully Digitalised E-invoices", ("tax",), ("gsl",),
            ("swdl", "zwzx", "jiangbin_dq"), ("sme", "all"), online=0.35, weight=2.0),
    Subject("tax_iit", "tax_iit", T, "企业个人所得税扣缴申报",
            ("帮员工扣个税，边度最易错？",), "Withholding Individual Income Tax",
            ("tax",), ("gsl",), ("swdl",), ("all",), (60, 90), online=0.3, weight=1.0),
    Subject("tax_ecom", "tax_export", P, "跨境电商出口企业所得税核定征收政策",
            ("跨境卖家交税有新办法", "跨境电商所得税，点样核定？"),
            "Income Tax for Cross-border E-commerce Exporters", ("tax",),
            ("shangwu", "kjxh"), ("kjds", "swdl"), ("ecom",), weight=1.0),
    # -- human resources and social security
    Subject("hr_subsidy", "skills", P, "职业技能提升补贴申领政策",
            ("外来工考证有补贴，最高可领几千蚊", "考个证仲有钱攞？"),
            "Vocational Skills Subsidies", ("rsj",), ("gsl", "ctxh"),
            ("rsdl", "yaotou_gov", "pujiao_wh", "longchong_gov", "nanan_gov", "fengming_dq"),
            ("mfg",), weight=2.5),
    Subject("hr_glaze", "skills", T, "陶瓷施釉工职业技能等级认定",
            ("施釉工考证班开班啦", "做施釉嘅师傅，考个证加人工"),
            "Ceramic Glazer Skills Certification", ("rsj",), ("ctxh", "ctpark"),
            ("rsdl", "ctzb", "yaotou_gov"), ("ceramics",), (150, 180), series=True,
            evening=True, weekend=True, weight=1.6),
    Subject("hr_jobs", "jobs", P, "稳岗返还及一次性扩岗补助政策",
            ("企业请人有补贴，点样申请？", "稳岗返还，你间厂攞咗未？"),
            "Job Retention Refunds and Hiring Subsidies", ("rsj",), ("gsl", "shangwu"),
            ("rsdl", "zwzx", "yaotou_gov", "longchong_gov", "nanan_gov", "pujiao_wh"),
            ("mfg", "sme"), online=0.15, weight=2.0),
    Subject("hr_law", "labor", T, "企业劳动用工法律风险防范",
            ("老板请人、炒人，边啲位最易出事？", "劳动合同点签先唔蚀底"),
            "Employment Law Risks for Employers", ("rsj", "gsl"), ("gsl", "jjxh", "ctxh", "rsj"),
            ("rsdl", "shanghui", "fengming_dq", "jiangbin_dq"), ("mfg", "sme"), weight=2.0),
    Subject("hr_social", "social", T, "社会保险费政策及经办实务",
            ("社保点交先啱？HR必听", "员工社保漏交，后果好严重"),
            "Social Insurance Contributions", ("rsj",), ("tax", "gsl"), ("rsdl", "zwzx"),
            ("all",), online=0.2, weight=1.5),
    Subject("hr_ecom", "live", T, "电子商务师（直播销售员）职业技能",
            ("想做主播？免费学直播带货", "直播带货考证班，包教包识"),
            "Live-commerce Host Skills Course", ("rsj",), ("kjxh", "shangwu"),
            ("rsdl", "kjds"), ("ecom",), (150, 180), series=True, evening=True,
            weekend=True, weight=1.5),
    # -- commerce
    Subject("rcep", "rcep", P, "RCEP原产地规则与关税减让",
            ("出口东盟点样少交关税？", "RCEP原产地证，识用就慳钱"),
            "RCEP Rules of Origin and Tariff Cuts", ("shangwu", "customs"),
            ("customs", "touzi", "kjxh", "gsl", "ctxh", "shangwu"),
            ("zwzx", "customs", "kjds", "hotel"), ("trade",), online=0.2, weight=2.0),
    Subject("trade_policy", "trade", P, "2027年稳外贸稳外资政策",
            ("外贸企业有乜补贴？一次睇晒", "稳外贸政策，老板要识用"),
            "Policies to Stabilise Foreign Trade and Investment", ("shangwu",),
            ("touzi", "tax", "customs", "gsl"),
            ("zwzx", "hotel", "kjds", "yaotou_gov", "pujiao_wy"), ("trade",), weight=2.0),
    Subject("fair", "fair", P, "境外展会扶持资金申报",
            ("出国参展有补贴，点样申请？", "去广交会、去海外参展，政府帮你俾钱"),
            "Overseas Trade Fair Subsidies", ("shangwu",), ("ctxh", "jjxh", "gsl"),
            ("zwzx", "shanghui"), ("trade", "ceramics", "furniture"), online=0.2, weight=1.0),
    Subject("credit", "credit", P, "出口信用保险与收汇风险防范",
            ("出口收唔到钱点算？", "海外客走数，出口信保帮到你"),
            "Export Credit Insurance", ("shangwu",), ("gsl", "kjxh", "ctxh", "touzi"),
            ("hotel", "zwzx", "shanghui"), ("trade",), weight=1.0),
    Subject("ecom_store", "ecom", T, "跨境电商独立站运营实务",
            ("自己开网店卖去海外，点样起步？", "独立站引流，手把手教"),
            "Running an Independent Cross-border Store", ("shangwu", "kjxh"),
            ("kjxh", "touzi", "rsj", "shangwu"), ("kjds", "zwzx"),
            ("ecom", "furniture", "appliance"), weight=2.0),
    Subject("eu", "eu", P, "家具出口欧盟合规（EUDR及阻燃标准）",
            ("家具出口欧洲，新规要睇", "卖家具去欧洲，呢啲证唔可以冇"),
            "EU Compliance for Furniture Exporters (EUDR, Flammability)", ("shangwu", "jjxh"),
            ("jjxh", "customs", "touzi", "shangwu"), ("longchong_jj", "hotel"),
            ("furniture", "trade"), weight=1.0),
    # -- customs
    Subject("aeo", "aeo", T, "海关AEO高级认证企业培育",
            ("AEO认证有乜好处？通关快好多", "做咗AEO，出口查验少好多"),
            "AEO Advanced Certification", ("customs",), ("shangwu", "touzi", "gaoxin", "ctxh"),
            ("customs", "zwzx", "kczx"), ("trade",), weight=1.5),
    Subject("inspect", "inspect", P, "出口陶瓷产品检验监管",
            ("陶瓷出口验货有新规？", "瓷砖、洁具出口，检验要注意乜"),
            "Export Inspection Rules for Ceramic Products", ("customs",), ("ctxh", "shangwu"),
            ("customs", "ctzb", "pujiao_wy"), ("ceramics", "sanitary", "trade"), weight=1.5),
    Subject("cus_ecom", "ecom", T, "跨境电商B2B出口（9710/9810）通关监管",
            ("跨境B2B出口点报关？", "9710、9810系乜？一讲就明"),
            "Customs Clearance for Cross-border B2B Exports (9710/9810)", ("customs",),
            ("shangwu", "kjxh"), ("kjds", "customs"), ("ecom",), online=0.2, weight=1.5),
    # -- market regulation
    Subject("sanitary_q", "quality", T, "卫浴产品质量提升与监督抽查问题分析",
            ("卫浴产品抽检唔合格，问题出喺边？", "花洒、龙头抽检，常见问题一次讲晒"),
            "Quality Improvement for Sanitary Ware", ("sjj",), ("gongxin",),
            ("pujiao_wy", "pujiao_wh", "zwzx"), ("sanitary",), weight=1.5),
    Subject("brand", "ip", P, "商标品牌培育与知识产权保护",
            ("个牌俾人抢注咗点算？", "商标唔注册，随时蚀大本"),
            "Trademark and IP Protection", ("sjj",), ("keji", "gsl", "ctxh", "jjxh", "gaoxin"),
            ("zwzx", "kczx", "shanghui"), ("all",), weight=1.5),
    Subject("equip", "equip", T, "叉车、锅炉等特种设备安全管理",
            ("叉车司机无证上岗，罚几多？", "厂里台锅炉，年检唔可以漏"),
            "Forklift and Boiler Safety", ("sjj",), ("yingji", "ctpark"),
            ("zwzx", "yaotou_gov", "nanan_gov", "longchong_gov"), ("mfg",), weight=1.5),
    Subject("ccc", "ccc", T, "小家电产品质量安全与CCC认证",
            ("小家电出厂，CCC证点搞？", "电饭煲、风筒抽检，唔合格点算"),
            "CCC Certification for Small Appliances", ("sjj",), ("napark", "gongxin"),
            ("nanan_jd", "nanan_gov"), ("appliance",), weight=1.5),
    Subject("standard", "standard", T, "团体标准制定与企业标准领跑者",
            ("企业点样参与定标准？", "定标准唔系大企专利"),
            "Setting Association Standards", ("sjj",), ("ctxh", "jjxh", "keji"),
            ("zwzx", "shanghui"), ("ceramics", "furniture"), weight=1.0),
    # -- industry and IT
    Subject("digital", "digital", P, "中小企业数字化转型",
            ("小厂都可以搞数字化？", "上云用数，点样先唔浪费钱"),
            "Digital Transformation for SMEs", ("gongxin", "gaoxin"),
            ("gaoxin", "keji", "gsl", "ctxh", "jjxh", "napark", "gongxin"),
            ("kczx", "zwzx", "nanan_jd"), ("mfg", "sme"), online=0.15, weight=2.0),
    Subject("zjtx", "zjtx", P, "专精特新中小企业梯度培育申报",
            ("专精特新点样申报？一文睇晒", "想做小巨人，要过几关？"),
            "Applying for Specialised and Sophisticated SME Status", ("gongxin",),
            ("keji", "gaoxin", "gsl"), ("zwzx", "kczx", "shifu"), ("mfg", "hitech"), weight=1.5),
    Subject("techrenov", "techrenov", P, "工业企业技术改造扶持资金申报",
            ("换新设备有补贴？", "技改补贴点样攞？"),
            "Technology Upgrading Subsidies", ("gongxin",), ("ctxh", "jjxh", "napark", "ctpark"),
            ("shifu", "zwzx", "ctzb", "nanan_jd"), ("mfg", "ceramics"), weight=1.5),
    Subject("green", "green", T, "节能诊断与绿色工厂创建",
            ("窑炉慳电慳气，有专家上门诊断", "绿色工厂点样评？"),
            "Energy Audits and Green Factories", ("gongxin",), ("env", "ctxh", "ctpark"),
            ("shifu", "ctzb", "kczx"), ("ceramics", "mfg"), weight=1.0),
    # -- science and technology
    Subject("hitech", "hitech", P, "高新技术企业认定",
            ("申请高企，边啲坑要避开？", "高企认定，今年有乜新变化"),
            "High-tech Enterprise Accreditation", ("keji", "gaoxin"),
            ("gaoxin", "tax", "touzi", "gsl", "keji"), ("kczx", "zwzx", "shifu"),
            ("hitech",), online=0.15, weight=2.0),
    Subject("smetech", "smetech", T, "科技型中小企业评价入库",
            ("科小入库，手把手教你填", "科技型中小企业，入库有乜着数"),
            "Tech-based SME Registration", ("keji",), ("gaoxin", "napark", "ctpark"),
            ("kczx", "nanan_jd"), ("hitech", "sme"), online=0.2, weight=1.5),
    Subject("patent", "patent", T, "专利申请与高价值专利培育实务",
            ("自己个设计点样申请专利？", "款式俾人抄，专利保护你"),
            "Patent Filing Practice", ("keji", "sjj"), ("sjj", "gaoxin", "ctxh", "jjxh", "keji"),
            ("kczx", "zwzx"), ("hitech", "ceramics", "furniture"), weight=1.0),
    # -- investment promotion
    Subject("invest", "invest", P, "瓷江营商环境与产业招商政策",
            ("来瓷江投资有乜着数？", "瓷江招商政策，一次讲晒"),
            "Invest in Cijiang: Business Environment and Incentives", ("touzi",),
            ("shangwu", "gaoxin", "gsl"), ("hotel", "kczx"), ("all",), (60, 90),
            online=0.35, weight=1.5),
    Subject("fie", "fie", P, "外商投资企业服务政策",
            ("外资企业嘅服务政策，一次讲晒", "外资企业有乜新便利"),
            "Services and Policies for Foreign-invested Enterprises", ("touzi", "shangwu"),
            ("shangwu", "customs", "tax", "gaoxin", "touzi"), ("hotel", "kczx", "zwzx"),
            ("all",), (60, 90), online=0.3, weight=1.0),
    # -- federation of industry and commerce, associations
    Subject("finance", "finance", P, "民营企业融资对接",
            ("银行贷款点样批得快？", "揾钱周转，银行有乜新产品"),
            "Financing Matchmaking for Private Firms", ("gsl",),
            ("ctxh", "jjxh", "kjxh", "gongxin"), ("shanghui", "hotel"), ("sme",), weight=1.5),
    Subject("private", "private", P, "民营经济促进法",
            ("民营经济促进法同老板有乜关系？", "民企老板必听：有法可依"),
            "The Private Economy Promotion Law", ("gsl",), ("sjj", "ctxh", "jjxh", "kjxh"),
            ("shanghui", "dangxiao", "hotel"), ("all",), weight=1.5),
    # -- towns and subdistricts organise their own and invite the city offices
    Subject("yt_service", "service", P, "窑头镇企业服务日惠企政策",
            ("政企面对面：老板有乜难处即场讲", "窑头企业服务日，政策、用工、融资一站式解答"),
            "Yaotou Business Service Day", ("yaotou",),
            ("gsl", "shangwu", "rsj", "tax", "ctpark"), ("yaotou_gov", "ctzb"),
            ("ceramics", "sme"), weight=1.2),
    Subject("yt_safety", "safety", T, "窑头镇工贸企业安全生产",
            ("安全大检查之前，呢啲嘢要执好", "窑头厂企安全课：粉尘、燃气、有限空间"),
            "Yaotou Work Safety Class", ("yaotou",), ("yingji", "ctpark", "ctxh"),
            ("yaotou_gov", "ctzb"), ("ceramics",), weight=1.2),
    Subject("pj_service", "service", P, "浦滘镇卫浴企业惠企政策",
            ("卫浴老板必听：今年有乜扶持？", "浦滘卫浴企业政策会，补贴点样攞"),
            "Pujiao Sanitary Ware Business Policies", ("pujiao",),
            ("shangwu", "gongxin", "sjj", "gsl"), ("pujiao_wy", "pujiao_wh"),
            ("sanitary",), weight=1.0),
    Subject("pj_safety", "safety", T, "浦滘镇卫浴企业安全生产",
            ("抛光车间、铸铜车间，安全要点一次讲晒", "卫浴厂安全课，班组长都要嚟"),
            "Pujiao Work Safety Class", ("pujiao",), ("yingji", "sjj"),
            ("pujiao_wy", "pujiao_wh"), ("sanitary",), weight=1.0),
    Subject("lc_service", "service", P, "龙涌镇家具企业惠企政策",
            ("家具老板睇过来：今年政策有乜着数", "龙涌家具企业政策会，唔好错过"),
            "Longchong Furniture Business Policies", ("longchong",),
            ("shangwu", "jjxh", "gsl", "gongxin"), ("longchong_gov", "longchong_jj"),
            ("furniture",), weight=1.0),
    Subject("lc_safety", "fire", T, "龙涌镇家具企业消防及涉VOCs安全",
            ("家具厂防火防爆，一样都唔可以少", "喷漆房、木粉尘，安全要点听清楚"),
            "Longchong Fire and Coating Safety", ("longchong",), ("yingji", "env", "jjxh"),
            ("longchong_gov", "longchong_jj"), ("furniture",), weight=1.0),
    Subject("na_service", "service", P, "南岸镇小家电企业惠企政策",
            ("小家电老板必听：扶持政策一次讲晒", "南岸家电企业政策会，有问即答"),
            "Nan'an Small Appliance Business Policies", ("nanan",),
            ("napark", "gongxin", "sjj", "gsl"), ("nanan_gov", "nanan_jd"),
            ("appliance",), weight=1.0),
    Subject("na_safety", "safety", T, "南岸镇工贸企业安全生产",
            ("注塑、冲压车间安全，班组长要识", "南岸厂企安全课，今期讲机械伤害"),
            "Nan'an Work Safety Class", ("nanan",), ("yingji", "napark"),
            ("nanan_gov", "nanan_jd"), ("appliance", "mfg"), weight=1.0),
    Subject("fm_service", "service", P, "凤鸣街道个体工商户和小微企业服务",
            ("街坊小店老板：开铺、交税、社保一次问清", "个体户有咩优惠？街道帮你讲"),
            "Fengming Small Business Services", ("fengming",), ("sjj", "tax", "gsl"),
            ("fengming_dq",), ("self", "sme"), weight=0.8),
    Subject("jb_service", "service", P, "江滨街道电商企业服务",
            ("电商老板茶话会：政策、物流、退税", "江滨电商企业服务会，有问题即场问"),
            "Jiangbin E-commerce Business Services", ("jiangbin",), ("shangwu", "kjxh", "tax"),
            ("jiangbin_dq", "kjds"), ("ecom",), weight=0.8),
    Subject("slab", "design", T, "陶瓷岩板新品设计与市场趋势",
            ("岩板点做先好卖？", "今年流行乜花色？岩板新品分享"),
            "Sintered Stone Design Trends", ("ctxh",), ("ctpark",), ("ctzb",),
            ("ceramics",), weight=1.0),
)  # fmt: skip
SUBJECT_BY_KEY: dict[str, Subject] = {s.key: s for s in SUBJECTS}


@dataclass(frozen=True)
class Weekly:
    subject: Subject
    weekday: int
    start: time
    minutes: int
    room: str | None
    cohost_prob: float
    notes: tuple[str, ...] = ()


WEEKLIES: tuple[Weekly, ...] = (
    Weekly(
        Subject("live_weekly", "live", T, "跨境电商直播带货实操周周练",
                ("周四直播实操课，边学边播", "直播带货周周练，今周照常开课"),
                "Weekly Livestream Selling Practice", ("kjxh",), ("jiangbin", "shangwu", "rsj"),
                ("kjds",), ("ecom",), fixed=True),
        3, time(14, 30), 120, "kj_live", 0.5,
    ),
    Weekly(
        Subject("tax_weekly", "tax", T, "纳税人学堂·每周一课", (),
                "Taxpayer School Weekly Class", ("tax",), ("gsl",), (), ("all",), fixed=True),
        2, time(15, 0), 60, None, 0.3,
        ("数电票开具常见问题", "出口退税申报", "研发费用加计扣除", "个税扣缴", "小规模纳税人减免",
         "社保费申报", "房产税城镇土地使用税", "发票风险提示", "跨境电商出口退税", "年度汇算预告"),
    ),
    Weekly(
        Subject("rsj_weekly", "jobs", P, "周五就业政策直播间",
                ("就业政策直播间，逢周五见", "周五直播：请人用工有补贴"),
                "Friday Employment Policy Livestream", ("rsj",), ("fengming", "jiangbin"), (),
                ("all",), fixed=True),
        4, time(10, 0), 60, None, 0.3,
        ("稳岗返还", "一次性扩岗补助", "职业技能提升补贴", "高校毕业生招用补贴", "以工代训",
         "失业保险待遇", "就业见习补贴", "外来务工人员积分入学"),
    ),
    Weekly(
        Subject("ct_weekly", "safety", T, "陶瓷园安全生产周周讲",
                ("安全周周讲，今周讲乜？", "逢周二安全课，厂长主任要到"),
                "Ceramics Park Weekly Safety Talk", ("ctpark",), ("yingji", "yaotou", "ctxh"),
                ("ctzb",), ("ceramics",), fixed=True),
        1, time(16, 0), 60, "cz_m1", 0.45,
        ("粉尘清扫", "窑炉燃气", "有限空间", "叉车作业", "动火作业", "消防通道", "危化品仓库",
         "用电安全"),
    ),
    Weekly(
        Subject("gx_weekly", "innovation", P, "高新区科创沙龙",
                ("科创沙龙，周五下昼饮杯咖啡倾下创新", "周五科创沙龙，老板同专家面对面"),
                "Hi-Tech Zone Innovation Salon", ("gaoxin",), ("keji", "touzi"), ("kczx",),
                ("hitech",), fixed=True),
        4, time(15, 0), 90, "kc_road", 0.4,
        ("产学研合作", "知识产权质押融资", "数字化车间", "新材料", "研发团队激励", "科技金融"),
    ),
)  # fmt: skip

TAX_UNITS = ("纳税服务股", "货物和劳务税股", "所得税股", "征收管理股", "第一税务分局")
CONTACTS = ("陈生", "李小姐", "黄生", "梁小姐", "何生", "冯小姐")


# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------


@dataclass
class Session:
    sid: int
    subject: Subject
    start: datetime
    end: datetime
    room: Room | None
    hosts: list[tuple[str, bool]]
    code: str | None = None
    token: str | None = None
    zone: str | None = None
    period: int | None = None
    klass: int | None = None
    town: str | None = None
    label: int | None = None
    note: str | None = None
    lead_reg: str | None = None
    groups: list[str] = field(default_factory=list)


def _season_days() -> tuple[list[date], list[date]]:
    workdays: list[date] = []
    weekends: list[date] = []
    day = SEASON_START
    while day <= SEASON_END:
        if day in HOLIDAYS:
            pass
        elif day.weekday() < 5 or day in MAKEUP_WORKDAYS:
            workdays.append(day)
        else:
            weekends.append(day)
        day += timedelta(days=1)
    return workdays, weekends


def _iso(dt: datetime) -> str:
    return f"{dt:%Y-%m-%dT%H:%M:%S}"


def _berlin(dt: datetime) -> datetime:
    utc = dt - timedelta(hours=8)
    return utc + timedelta(hours=2 if utc < BERLIN_DST_END_UTC else 1)


def _fmt_code(code: str, fmt: str) -> str:
    if fmt == "dash":
        return f"{code[:3]}-{code[3:6]}-{code[6:]}"
    if fmt == "space":
        return f"{code[:3]} {code[3:6]} {code[6:]}"
    return code


def _when_cn(dt: datetime) -> str:
    part = "上午" if dt.hour < 12 else ("下午" if dt.hour < 18 else "晚上")
    return f"{dt.month}月{dt.day}日（周{_WEEKDAYS[dt.weekday()]}）{part}{dt.hour}:{dt.minute:02d}"


def _zh_title(subj: Subject, kind: str, idx: int) -> str:
    if subj.fixed:
        return subj.core
    suffix = ZH_SUFFIX[kind][idx % len(ZH_SUFFIX[kind])]
    if len(suffix) > 2 and subj.core.endswith(suffix[:2]):
        suffix = suffix[2:]
    return subj.core + suffix


def _en_title(subj: Subject, kind: str, idx: int) -> str:
    if subj.fixed:
        return subj.english
    return f"{subj.english} {EN_SUFFIX[kind][idx % len(EN_SUFFIX[kind])]}"


def _sector_words(fmt: str, keys: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for k in keys:
        zh, en = SECTORS[k]
        if fmt == "en":
            word = en
        elif fmt == "plain":
            word = zh
        elif fmt == "hangye":
            word = zh if k in ("sme", "self", "all", "mfg") else f"{zh}行业"
        elif fmt == "tax":
            word = TAX_SECTORS.get(k, f"{zh}企业")
        elif fmt == "customs":
            word = CUSTOMS_SECTORS.get(k, f"{zh}企业")
        elif fmt == "member":
            word = "会员企业"
        else:
            word = zh if k in ("sme", "self", "all") else f"{zh}企业"
        if word not in out:
            out.append(word)
    return out


class _County:
    """One seeded season of postings."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"county_kiln:{seed}")
        self.workdays, self.weekends = _season_days()
        self.sessions: list[Session] = []
        self.busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.groups: list[tuple[str, list[int]]] = []
        self.codes: set[str] = set()
        self.counters: dict[str, int] = {}
        self.ids: set[str] = set()
        self.postings: list[dict[str, Any]] = []
        self.meta: list[dict[str, Any]] = []

    # -- helpers ---------------------------------------------------------

    def _free(self, room: Room, start: datetime, end: datetime, pad: int = 15) -> bool:
        gap = timedelta(minutes=pad)
        return all(not (start < e + gap and s < end + gap) for s, e in self.busy.get(room.key, []))

    def _book(self, room: Room, start: datetime, end: datetime) -> None:
        self.busy.setdefault(room.key, []).append((start, end))

    def _code(self) -> str:
        while True:
            code = f"{self.rng.randint(100, 999)}{self.rng.randint(0, 999999):06d}"
            if code not in self.codes:
                self.codes.add(code)
                return code

    def _token(self, n: int = 8) -> str:
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def _slot(self, subj: Subject, day: date, part: str | None = None) -> tuple[datetime, datetime]:
        rng = self.rng
        dur = rng.choice(subj.minutes)
        if part is None:
            if subj.evening and day.weekday() < 5 and rng.random() < 0.3:
                part = "eve"
            else:
                part = "am" if rng.random() < 0.58 else "pm"
        if part == "am":
            hm = rng.choice(((9, 0), (9, 0), (9, 30), (10, 0)))
            limit = time(12, 30) if dur >= 150 else time(12, 0)
        elif part == "pm":
            opts = ((14, 30), (15, 0)) if day.month == 9 else ((14, 0), (14, 30), (14, 30), (15, 0))
            hm = rng.choice(opts)
            limit = time(17, 30)
        elif part == "late":
            hm = rng.choice(((16, 0), (16, 30), (17, 0)))
            limit = time(18, 30)
        else:
            hm = rng.choice(((19, 0), (19, 30)))
            limit = time(21, 30)
        start = datetime.combine(day, time(*hm))
        end = min(start + timedelta(minutes=dur), datetime.combine(day, limit))
        if end - start < timedelta(minutes=60):
            end = start + timedelta(minutes=60)
        return start, end

    def _day(self, subj: Subject) -> date:
        if subj.weekend and self.weekends and self.rng.random() < 0.25:
            return self.rng.choice(self.weekends)
        return self.rng.choice(self.workdays)

    def _size_hn(self) -> int:
        return self.rng.choices((1, 2, 3, 4), weights=(52, 33, 12, 3))[0]

    def _hosts(
        self, subj: Subject, lead: str, room: Room | None, size: int
    ) -> list[tuple[str, bool]]:
        rng = self.rng
        pool: list[str] = [c for c in subj.cohosts if c != lead]
        weights: list[float] = [1.0] * len(pool)
        if room is not None:
            b = BUILDINGS[room.building]
            extra: list[str] = []
            if b.local_host:
                extra.append(AREAS[b.area].host)
            if b.park:
                extra.append(b.park)
            for k in extra:
                if k == lead:
                    continue
                if k in pool:
                    weights[pool.index(k)] = 5.0
                else:
                    pool.append(k)
                    weights.append(5.0)
        hosts: list[tuple[str, bool]] = [(lead, False)]
        while len(hosts) < size and pool:
            k = rng.choices(pool, weights=weights)[0]
            i = pool.index(k)
            pool.pop(i)
            weights.pop(i)
            hosts.append((k, False))
        if len(hosts) >= 2 and lead in ALT_DEPTS and rng.random() < 0.12:
            hosts[-1] = (lead, True)
        return hosts

    def _new(
        self,
        subj: Subject,
        start: datetime,
        end: datetime,
        room: Room | None,
        hosts: list[tuple[str, bool]],
        *,
        online: bool = False,
        pad: int = 15,
    ) -> Session:
        s = Session(len(self.sessions) + 1, subj, start, end, room, hosts)
        if room is not None:
            self._book(room, start, end)
        if online or room is None:
            s.code = self._code()
            s.token = self._token()
        if room is not None and AREAS[BUILDINGS[room.building].area].town:
            lead = DEPTS[hosts[0][0]]
            if lead.city_level and self.rng.random() < 0.45:
                s.town = BUILDINGS[room.building].area
        if room is None and any(h == "touzi" for h, _ in hosts):
            if start.hour >= 15 and self.rng.random() < 0.6:
                s.zone = "Europe/Berlin"
            else:
                s.zone = self.rng.choice(("Asia/Hong_Kong", "Asia/Singapore", None))
        self.sessions.append(s)
        return s

    def _pick_room(self, subj: Subject, start: datetime, end: datetime) -> Room | None:
        venues = list(subj.venues)
        self.rng.shuffle(venues)
        for bkey in venues:
            rooms = list(ROOMS_IN[bkey])
            self.rng.shuffle(rooms)
            for room in rooms:
                if self._free(room, start, end):
                    return room
        return None

    def _lead(self, subj: Subject) -> str:
        if len(subj.leads) > 1 and self.rng.random() < 0.3:
            return self.rng.choice(subj.leads[1:])
        return subj.leads[0]

    # -- scenarios -------------------------------------------------------

    def weekly(self) -> None:
        for w in WEEKLIES:
            sids: list[int] = []
            code = self._code() if w.room is None else None
            token = self._token() if w.room is None else None
            room = ROOM_BY_KEY[w.room] if w.room else None
            notes = list(w.notes)
            self.rng.shuffle(notes)
            for day in self.workdays:
                if day.weekday() != w.weekday or day in MAKEUP_WORKDAYS:
                    continue
                start = datetime.combine(day, w.start)
                end = start + timedelta(minutes=w.minutes)
                size = 2 if self.rng.random() < w.cohost_prob else 1
                if size == 2 and self.rng.random() < 0.2:
                    size = 3
                hosts = self._hosts(w.subject, w.subject.leads[0], room, size)
                s = self._new(w.subject, start, end, room, hosts)
                if room is None:
                    s.code, s.token = code, token
                if notes:
                    s.note = notes[len(sids) % len(notes)]
                s.town = None
                sids.append(s.sid)
            self._group("weekly_series", sids)

    def _group(self, kind: str, sids: list[int]) -> None:
        if len(sids) < 2:
            return
        self.groups.append((kind, sids))
        for sid in sids:
            self.sessions[sid - 1].groups.append(kind)

    def parallel_rooms(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 60):
            if made >= n:
                break
            bkey = rng.choice(MULTI_ROOM_BUILDINGS)
            subs = [s for s in SUBJECTS if bkey in s.venues]
            if len(subs) < 2:
                continue
            count = 3 if len(ROOMS_IN[bkey]) >= 3 and rng.random() < 0.25 else 2
            picked = rng.sample(subs, min(count, len(subs)))
            rooms = rng.sample(ROOMS_IN[bkey], len(picked))
            day = rng.choice(self.workdays)
            start, _ = self._slot(picked[0], day)
            plan: list[tuple[Subject, Room, datetime, datetime]] = []
            for i, (subj, room) in enumerate(zip(picked, rooms, strict=True)):
                st = start + timedelta(minutes=30) if i and rng.random() < 0.25 else start
                en = st + timedelta(minutes=rng.choice(subj.minutes))
                plan.append((subj, room, st, min(en, st.replace(hour=12) if st.hour < 12 else en)))
            if any(en <= st or not self._free(r, st, en) for _, r, st, en in plan):
                continue
            sids = []
            for subj, room, st, en in plan:
                lead = self._lead(subj)
                s = self._new(subj, st, en, room, self._hosts(subj, lead, room, self._size_hn()))
                sids.append(s.sid)
            self._group("parallel_rooms", sids)
            made += 1

    def class_split(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 60):
            if made >= n:
                break
            a_key, b_key = rng.choice(TWIN_ROOMS)
            ra, rb = ROOM_BY_KEY[a_key], ROOM_BY_KEY[b_key]
            subs = [s for s in SUBJECTS if ra.building in s.venues and s.kind == TRAINING]
            if not subs:
                continue
            subj = rng.choice(subs)
            day = self._day(subj)
            start, end = self._slot(subj, day, rng.choice(("am", "pm")))
            if not (self._free(ra, start, end) and self._free(rb, start, end)):
                continue
            lead = self._lead(subj)
            sids = []
            for k, room in ((1, ra), (2, rb)):
                s = self._new(
                    subj, start, end, room, self._hosts(subj, lead, room, self._size_hn())
                )
                s.klass = k
                sids.append(s.sid)
            town = self.sessions[sids[0] - 1].town
            self.sessions[sids[1] - 1].town = town
            self._group("class_split", sids)
            made += 1

    def back_to_back(self, n: int) -> None:
        rng = self.rng
        patterns = (
            ((9, 0), 90, 15, 75),
            ((9, 30), 60, 0, 90),
            ((14, 30), 90, 0, 90),
            ((14, 0), 90, 15, 75),
            ((9, 30), 120, 180, 120),
        )
        made = 0
        for _ in range(n * 60):
            if made >= n:
                break
            room = rng.choice(ROOMS)
            subs = [s for s in SUBJECTS if room.building in s.venues]
            if len(subs) < 2:
                continue
            first = rng.choice(subs)
            same_lead = [s for s in subs if s.key != first.key and s.leads[0] == first.leads[0]]
            others = [s for s in subs if s.key != first.key]
            second = rng.choice(same_lead if same_lead and rng.random() < 0.6 else others)
            day = rng.choice(self.workdays)
            hm, d1, gap, d2 = rng.choice(patterns)
            s1 = datetime.combine(day, time(*hm))
            e1 = s1 + timedelta(minutes=d1)
            s2 = e1 + timedelta(minutes=gap)
            e2 = s2 + timedelta(minutes=d2)
            if not (self._free(room, s1, e1) and self._free(room, s2, e2)):
                continue
            sids = []
            for subj, st, en in ((first, s1, e1), (second, s2, e2)):
                lead = self._lead(subj)
                s = self._new(subj, st, en, room, self._hosts(subj, lead, room, self._size_hn()))
                sids.append(s.sid)
            self._group("back_to_back", sids)
            made += 1

    def two_towns(self, n: int) -> None:
        rng = self.rng
        cands: list[tuple[Subject, dict[str, list[Room]]]] = []
        for subj in SUBJECTS:
            if not DEPTS[subj.leads[0]].city_level:
                continue
            by_town: dict[str, list[Room]] = {}
            for bkey in subj.venues:
                area = BUILDINGS[bkey].area
                if AREAS[area].town:
                    by_town.setdefault(area, []).extend(ROOMS_IN[bkey])
            if len(by_town) >= 2:
                cands.append((subj, by_town))
        made = 0
        for _ in range(n * 60):
            if made >= n:
                break
            subj, by_town = rng.choice(cands)
            towns = list(by_town)
            k = 3 if len(towns) >= 3 and rng.random() < 0.3 else 2
            chosen = rng.sample(towns, k)
            day = rng.choice(self.workdays)
            start, end = self._slot(subj, day, rng.choice(("am", "pm")))
            rooms: list[Room] = []
            for t in chosen:
                free = [r for r in by_town[t] if self._free(r, start, end)]
                if not free:
                    break
                rooms.append(rng.choice(free))
            if len(rooms) != k:
                continue
            lead = subj.leads[0]
            sids = []
            for t, room in zip(chosen, rooms, strict=True):
                size = self._size_hn()
                hosts = self._hosts(subj, lead, room, max(size, 2) if rng.random() < 0.7 else size)
                s = self._new(subj, start, end, room, hosts)
                s.town = t
                sids.append(s.sid)
            self._group("same_title_two_towns", sids)
            made += 1

    def same_day_two_depts(self, n: int) -> None:
        rng = self.rng
        cands = [s for s in SUBJECTS if len(s.leads) >= 2 and len(s.venues) >= 2]
        made = 0
        for _ in range(n * 60):
            if made >= n:
                break
            subj = rng.choice(cands)
            day = rng.choice(self.workdays)
            a_start, a_end = self._slot(subj, day, "am")
            b_start, b_end = self._slot(subj, day, "pm")
            b1, b2 = rng.sample(list(subj.venues), 2)
            ra = [r for r in ROOMS_IN[b1] if self._free(r, a_start, a_end)]
            rb = [r for r in ROOMS_IN[b2] if self._free(r, b_start, b_end)]
            if not ra or not rb:
                continue
            leads = list(subj.leads[:2])
            rng.shuffle(leads)
            sids = []
            for lead, rooms, st, en in (
                (leads[0], ra, a_start, a_end),
                (leads[1], rb, b_start, b_end),
            ):
                room = rng.choice(rooms)
                hosts = self._hosts(subj, lead, room, self._size_hn())
                hosts = [h for h in hosts if h[0] not in leads or h[0] == lead]
                s = self._new(subj, st, en, room, hosts)
                sids.append(s.sid)
            self._group("same_subject_same_day_two_depts", sids)
            made += 1

    def numbered_series(self, n: int) -> None:
        rng = self.rng
        series = [s for s in SUBJECTS if s.series]
        made = 0
        for _ in range(n * 60):
            if made >= n:
                break
            subj = rng.choice(series)
            room = rng.choice([r for b in subj.venues for r in ROOMS_IN[b]])
            i = rng.randrange(len(self.workdays) - 8)
            mode = rng.choice(("next_day", "am_pm", "next_week"))
            if mode == "am_pm":
                d0 = self.workdays[i]
                slots = [self._slot(subj, d0, "am"), self._slot(subj, d0, "pm")]
            else:
                d0 = self.workdays[i]
                if mode == "next_day":
                    d1 = self.workdays[i + 1]
                else:
                    d1 = d0 + timedelta(days=7)
                    if d1 not in self.workdays:
                        continue
                st, en = self._slot(subj, d0, "am" if rng.random() < 0.6 else "pm")
                slots = [
                    (st, en),
                    (datetime.combine(d1, st.time()), datetime.combine(d1, en.time())),
                ]
                if rng.random() < 0.35:
                    j = self.workdays.index(d1)
                    if j + 1 < len(self.workdays):
                        d2 = self.workdays[j + 1]
                        slots.append(
                            (datetime.combine(d2, st.time()), datetime.combine(d2, en.time()))
                        )
            if not all(self._free(room, st, en) for st, en in slots):
                continue
            sids = []
            for st, en in slots:
                s = self._new(
                    subj, st, en, room, self._hosts(subj, subj.leads[0], room, self._size_hn())
                )
                sids.append(s.sid)
            town = self.sessions[sids[0] - 1].town
            for sid in sids:
                self.sessions[sid - 1].town = town
            self._group("numbered_series", sids)
            made += 1

    def online_same_hour(self, n: int) -> None:
        rng = self.rng
        onl = [s for s in SUBJECTS if s.online > 0]
        for _ in range(n):
            day = rng.choice(self.workdays)
            split = rng.random() < 0.5
            if split:
                subj = rng.choice(onl)
                start, end = self._slot(subj, day, rng.choice(("am", "pm")))
                lead = self._lead(subj)
                sids = []
                for k in (1, 2):
                    s = self._new(
                        subj, start, end, None, self._hosts(subj, lead, None, self._size_hn())
                    )
                    s.label = k
                    sids.append(s.sid)
            else:
                a, b = rng.sample(onl, 2)
                start, end = self._slot(a, day, rng.choice(("am", "pm")))
                sids = []
                for subj in (a, b):
                    en = start + timedelta(minutes=rng.choice(subj.minutes))
                    en = min(en, end + timedelta(minutes=30))
                    lead = self._lead(subj)
                    s = self._new(
                        subj, start, en, None, self._hosts(subj, lead, None, self._size_hn())
                    )
                    sids.append(s.sid)
            self._group("online_same_hour", sids)

    def investor_webinars(self, n: int) -> None:
        """Online briefings for investors abroad, late in the Chinese afternoon."""
        rng = self.rng
        subs = [SUBJECT_BY_KEY["invest"], SUBJECT_BY_KEY["fie"]]
        for _ in range(n):
            subj = rng.choice(subs)
            start, end = self._slot(subj, rng.choice(self.workdays), "late")
            hosts = self._hosts(subj, "touzi", None, rng.choice((1, 1, 2, 2, 3)))
            s = self._new(subj, start, end, None, hosts)
            s.zone = "Europe/Berlin" if rng.random() < 0.7 else "Asia/Hong_Kong"

    def fill(self, target_total: int, target_share: float) -> None:
        rng = self.rng
        subjects = list(SUBJECTS)
        weights = [s.weight for s in subjects]
        while True:
            total = sum(len(s.hosts) for s in self.sessions)
            if total >= target_total:
                return
            multi = sum(len(s.hosts) for s in self.sessions if len(s.hosts) > 1)
            want_multi = multi / max(total, 1) < target_share
            size = rng.choices((2, 3, 4), weights=(68, 22, 10))[0] if want_multi else 1
            subj = rng.choices(subjects, weights=weights)[0]
            lead = self._lead(subj)
            online = rng.random() < subj.online
            for _ in range(40):
                day = self._day(subj)
                part = None
                if online and lead == "touzi":
                    part = rng.choice(("late", "am", "pm"))
                start, end = self._slot(subj, day, part)
                if online:
                    room = None
                    break
                room = self._pick_room(subj, start, end)
                if room is not None:
                    break
            else:
                continue
            hybrid = room is not None and rng.random() < 0.06
            hosts = self._hosts(subj, lead, room, size)
            self._new(subj, start, end, room, hosts, online=hybrid)

    def number_series(self) -> None:
        by: dict[tuple[str, str], list[Session]] = {}
        for s in self.sessions:
            if s.subject.series:
                by.setdefault((s.subject.key, s.hosts[0][0]), []).append(s)
        for items in by.values():
            items.sort(key=lambda x: (x.start, x.sid))
            base = self.rng.randint(1, 6)
            slots: dict[datetime, int] = {}
            for s in items:
                if s.start not in slots:
                    slots[s.start] = base + len(slots)
                s.period = slots[s.start]

    # -- rendering -------------------------------------------------------

    def _place(self, d: Dept, room: Room) -> str:
        b = BUILDINGS[room.building]
        loc = d.loc
        floor_txt = _floor(room.floor, loc.floor)
        if loc.name == "en":
            parts = [_room_name_en(room), floor_txt]
            if room.block is not None:
                parts.append(_block_en(room.block))
            parts += [b.en, b.en_address, "Cijiang, Guangdong"]
            return ", ".join(parts)
        local = loc.local and d.area == b.area and b.local is not None
        if b.key in loc.old_for and b.old:
            name = b.old
        elif local and b.local:
            name = b.local
        elif loc.name in ("official", "bi"):
            name = b.official
        else:
            name = b.shorts[min(loc.short_idx, len(b.shorts) - 1)]
        head = name
        area = AREAS[b.area]
        if not local:
            if loc.prefix == "shi":
                city_like = not AREAS[b.area].town and d.area != b.area
                if city_like and not name.startswith(("瓷江", "市", "中共")):
                    head = f"市{name}"
            elif loc.prefix in ("city", "prov", "pref"):
                outer = {"city": "", "prov": "广东省", "pref": "广东省南禺市"}[loc.prefix]
                mid = ""
                if loc.area and area.short[:2] not in name:
                    mid = area.name
                if loc.address == "inline":
                    mid = f"{mid or area.name}{b.address}"
                if name.startswith("瓷江市"):
                    # 瓷江市江滨街道瓷都大道中88号市政务服务中心
                    head = f"{outer}瓷江市{mid}市{name[3:]}" if mid else f"{outer}{name}"
                elif name.startswith("市") and not mid:
                    head = f"{outer}瓷江{name}"  # 瓷江市府
                elif "瓷江" in name:
                    # 瓷江宾馆, 中共瓷江市委党校: the name already says which city
                    head = f"{outer}瓷江市{mid}{name}" if mid else name
                else:
                    head = f"{outer}瓷江市{mid}{name}"
        tail: list[str] = []
        if room.block is not None:
            tail.append(_block(room.block, loc.block))
        if room.number is None or loc.floor_numbered:
            tail.append(floor_txt)
        tail.append(_room_name(room, loc.room, loc.alias))
        text = " ".join([head, *tail]) if loc.space else head + "".join(tail)
        if loc.address == "paren":
            text += f"（{b.address}）"
        if loc.name == "bi":
            en_bits = [_room_name_en(room), f"{room.floor}F"]
            if room.block is not None:
                en_bits.append(_block_en(room.block))
            en_bits.append(b.en)
            text += f"（{', '.join(en_bits)}）"
        return text

    def _online(
        self, d: Dept, s: Session, place: str | None
    ) -> tuple[str | None, str | None, str | None]:
        """Location, onlineUrl and a line for the description, as this office writes them."""
        assert s.code is not None
        assert s.token is not None
        c = _fmt_code(s.code, d.code_fmt)
        style = d.online
        loc: str | None
        if style == "url_p":
            loc = f"{place}（同步线上直播）" if place else "线上（腾讯会议）"
            return loc, f"https://meeting.tencent.com/p/{s.code}", None
        if style == "loc_code":
            loc = f"{place}；线上：腾讯会议 {c}" if place else f"腾讯会议：{c}"
            return loc, None, None
        if style == "loc_code_url":
            loc = f"{place}（线上同步：腾讯会议号{c}）" if place else f"线上，腾讯会议号{c}"
            return loc, f"https://meeting.tencent.com/dm/{s.token}", None
        if style == "voov":
            loc = (
                f"{place}; online via VooV Meeting {c}"
                if place
                else f"Online (VooV Meeting ID: {c})"
            )
            return loc, f"https://voovmeeting.com/dm/{s.token}", None
        # desc_code: the code only in the description
        loc = place if place else ("线上直播" if self.rng.random() < 0.5 else None)
        return loc, f"https://meeting.tencent.com/dm/{s.token}", f"腾讯会议号：{c}"

    def _quals(self, d: Dept, s: Session, plain: bool, force: bool) -> tuple[str, bool | None]:
        has = any(x is not None for x in (s.period, s.klass, s.town, s.label))
        if not has:
            return "", None
        if not force and self.rng.random() >= d.qual_keep:
            return "", False
        style = d.qual
        if plain and style in ("cn_di", "ar"):
            style = "cn_paren" if style == "cn_di" else "ar_paren"
        out = ""
        if s.period is not None:
            n = s.period
            out += {
                "cn_paren": f"（第{_cn(n)}期）",
                "cn_di": f"第{_cn(n)}期",
                "ar": f"第{n}期",
                "ar_paren": f"（第{n}期）",
                "en": f" (Session {n})",
            }[style]
        if s.klass is not None:
            k = s.klass
            out += {
                "cn_paren": f"（{_cn(k)}班）",
                "cn_di": f"{_cn(k)}班",
                "ar": f"{k}班",
                "ar_paren": f"（{k}班）",
                "en": f" - Class {k}",
            }[style]
        if s.label is not None:
            k = s.label
            out += {
                "cn_paren": f"（第{_cn(k)}场）",
                "cn_di": f"第{_cn(k)}场",
                "ar": f"（第{k}场）",
                "ar_paren": f"（第{k}场）",
                "en": f" (Stream {'AB'[k - 1]})",
            }[style]
        if s.town is not None and s.town != d.area:
            if style == "en":
                out += f" ({AREAS[s.town].en})"
            else:
                out += d.town_fmt.format(t=AREAS[s.town].short)
        elif s.town is not None and (force or self.rng.random() < 0.3):
            out += f"（{AREAS[s.town].short}专场）"
        return out, bool(out)

    def _title(self, d: Dept, s: Session, kind: str, force: bool) -> tuple[str, bool | None]:
        rng = self.rng
        subj = s.subject
        plain = d.title == "plain" and bool(subj.plain) and rng.random() >= d.formal_share
        quals, shown = self._quals(d, s, plain, force)
        if d.title == "english":
            title = _en_title(subj, kind, d.suffix) + quals
            if s.room is None and rng.random() < 0.5:
                title = f"Webinar: {title}"
            return title, shown
        if d.title == "bilingual":
            zh = _zh_title(subj, kind, d.suffix) + quals
            en = _en_title(subj, kind, 0)
            title = f"{zh} {en}" if rng.random() < 0.6 else f"{zh}（{en}）"
        elif plain:
            title = rng.choice(subj.plain) + quals
        else:
            title = _zh_title(subj, kind, d.suffix) + quals
            if d.quarter and rng.random() < d.quarter and not subj.fixed:
                q = "三" if s.start.month <= 9 else "四"
                title = f"2027年第{q}季度{title}"
            if d.notice and rng.random() < d.notice:
                title = f"关于{d.notice_verb}{title}的通知"
        for pre, p in d.prefix:
            if rng.random() < p and pre.strip("【】｜：:· ") not in title:
                title = pre + title
                break
        for suf, p in d.suffix_deco:
            if rng.random() < p and suf not in title:
                title += suf
        return title, shown

    def _kind(self, d: Dept, subj: Subject, is_lead: bool) -> str:
        if is_lead or d.kind_mode == "asis":
            return subj.kind
        return TRAINING if d.kind_mode == "training" else PUBLICITY

    def _ext(self, d: Dept, start: datetime) -> str:
        rng = self.rng
        ck = f"{d.key}/{d.channel}"
        while True:
            n = self.counters[ck] = self.counters.get(ck, 0) + 1
            if d.ident == "seq5":
                ext = f"{d.id_prefix}{n:05d}"
            elif d.ident == "seq3":
                ext = f"{d.id_prefix}{n:03d}"
            elif d.ident == "day":
                dk = f"{ck}/{start:%Y%m%d}"
                m = self.counters[dk] = self.counters.get(dk, 0) + 1
                ext = f"{d.id_prefix}{start:%Y%m%d}{'-' if d.key == 'sjj' else ''}{m:02d}"
            elif d.ident == "month":
                ext = f"{d.id_prefix}{start:%Y%m}-{n:03d}"
            elif d.ident == "hex":
                ext = f"{rng.getrandbits(48):012x}"
            elif d.ident == "uuid":
                h = f"{rng.getrandbits(128):032x}"
                ext = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
            else:
                ext = str(rng.randint(10**11, 10**12 - 1))
            if f"{d.key}:{ext}" not in self.ids:
                self.ids.add(f"{d.key}:{ext}")
                return ext

    def _times(self, d: Dept, s: Session) -> tuple[datetime, datetime]:
        start, end = s.start, s.end
        if s.room is not None and d.shift:
            start = start + timedelta(minutes=d.shift)
        if d.end_mode == "plus30":
            end = end + timedelta(minutes=30)
        elif d.end_mode == "ceil_hour" and end.minute:
            end = end.replace(minute=0) + timedelta(hours=1)
        elif d.end_mode == "halfday":
            noon = end.replace(hour=12, minute=0)
            close = end.replace(hour=17, minute=30)
            for target in (noon, close):
                if end <= target and target - end <= timedelta(minutes=60):
                    end = target
                    break
        return start, end

    def _stamp(self, d: Dept, s: Session, dt: datetime) -> tuple[str, str | None]:
        if d.key == "touzi" and s.zone is not None:
            local = _berlin(dt) if s.zone == "Europe/Berlin" else dt
            return _iso(local), s.zone
        if d.tz == "naive":
            return _iso(dt), SHANGHAI
        if d.tz == "offset":
            return _iso(dt) + "+08:00", None
        return _iso(dt) + "+08:00", SHANGHAI

    def _describe(
        self, d: Dept, s: Session, kind: str, start: datetime, place: str | None, extra: list[str]
    ) -> str | None:
        rng = self.rng
        if not extra and rng.random() >= d.desc_prob:
            return None
        subj = s.subject
        when = _when_cn(start)
        key = d.desc
        en = subj.english
        if key == "tax":
            text = (
                f"主讲：市税务局{rng.choice(TAX_UNITS)}。内容：{subj.core}相关政策要点及操作演示。"
            )
        elif key == "sjj":
            text = f"签到时间：{start:%H:%M}。请参训人员携带身份证准时签到。"
        elif key == "rsj":
            if kind == TRAINING:
                text = "培训免费，考核合格者可按规定申领职业技能等级证书及培训补贴。咨询：市人社局职业能力建设股。"
            else:
                text = f"宣讲内容：{subj.core}。欢迎各用人单位人事负责人参加。"
        elif key == "shangwu":
            text = (
                f"各有关企业：为帮助企业用足用好{subj.core}等政策，我局定于{when}举办本次活动，"
                "请各企业安排1—2名负责人参加。"
            )
        elif key == "gongxin":
            text = f"{subj.core}专题活动，公益性质，不收取任何费用。"
        elif key == "keji":
            text = f"解读{subj.core}最新政策及申报注意事项，现场答疑。"
        elif key == "yingji":
            text = (
                "根据市安委办工作部署，请各企业主要负责人、安全管理人员准时参加，培训后进行考试。"
            )
        elif key == "env":
            text = f"各有关企业：为做好{subj.core}工作，定于{when}举办培训，请企业环保负责人参加。"
        elif key == "touzi":
            text = (
                f"Cijiang Investment Promotion Bureau invites you to a session on {en}. "
                "Q&A with officials; Chinese-English interpretation provided."
            )
        elif key == "customs":
            text = f"瓷江海关{subj.core}专题活动。Cijiang Customs session on {en}."
        elif key == "town":
            text = f"各企业：请安排相关负责人准时参加，{start:%H:%M}开始签到。联系人：{rng.choice(CONTACTS)}。"
        elif key == "park":
            text = f"园区企业服务活动：{subj.core}。欢迎园区企业报名参加。"
        elif key == "gsl":
            text = "市工商联组织，面向民营企业家及各商会会员企业。"
        elif key == "ctxh":
            text = "会员企业免费参加，非会员都欢迎！唔使钱，快啲报名。"
        elif key == "jjxh":
            text = "家具行业协会组织，欢迎会员企业报名，名额有限，报满即止。"
        elif key == "kjxh":
            text = "干货满满，卖家朋友快啲报名！现场有实操演示。"
        else:
            text = f"{when}，{place}。" if place else f"{when}。"
        if s.note:
            text += f"本期主题：{s.note}。" if d.title != "english" else f" This week: {s.note}."
        return "".join([text, *extra])

    def _topics(self, d: Dept, subj: Subject) -> list[str]:
        if self.rng.random() >= d.tag_prob:
            return []
        zh, en = THEMES[subj.theme]
        if d.sector_fmt == "en":
            return list(en)
        tags = list(zh[d.tag_idx % len(zh)])
        for t in d.tag_extra:
            if t not in tags:
                tags.append(t)
        return tags

    def _regions(self, d: Dept, s: Session) -> list[str]:
        if d.region == "none":
            return []
        if d.region == "en":
            return ["Cijiang"]
        if d.region == "own" and d.area:
            return [AREAS[d.area].name]
        if s.town is not None and self.rng.random() < 0.5:
            return [AREAS[s.town].name]
        if d.region == "venue" and s.room is not None:
            area = AREAS[BUILDINGS[s.room.building].area]
            if area.town:
                return [area.name]
        return ["全市"] if d.region == "all" else ["瓷江市"]

    def _capacity(self, d: Dept, s: Session) -> int | None:
        rng = self.rng
        mode = d.capacity
        if mode == "none" or (mode == "some" and rng.random() < 0.5):
            return None
        if s.room is None:
            return rng.choice((300, 500))
        seats = s.room.seats
        if mode == "exact":
            return min(seats, rng.choice((30, 36, 40, 45, 48, 50, 60)))
        opts = [c for c in (30, 50, 60, 80, 100, 120, 150, 200, 300) if c <= seats]
        return rng.choice(opts[-3:]) if opts else seats

    def _registration(self, d: Dept, s: Session, ext: str, is_lead: bool) -> str | None:
        rng = self.rng
        if not is_lead and s.lead_reg and rng.random() < d.copy_reg:
            return s.lead_reg
        if d.reg == "none" or rng.random() >= d.reg_prob:
            return None
        if d.reg == "wjx":
            return f"https://www.wjx.cn/vm/{self._token(7)}.aspx"
        if d.reg == "jinshuju":
            return f"https://jinshuju.net/f/{self._token(6)}"
        if d.key == "touzi":
            return f"https://{d.reg_host}.cijiang.gov.cn/en/events/{ext}"
        return f"https://{d.reg_host}.cijiang.gov.cn/hd/bm?id={ext}"

    def _post(self, s: Session, dkey: str, alt: bool, is_lead: bool) -> None:
        rng = self.rng
        d = ALT_DEPTS[dkey] if alt else DEPTS[dkey]
        subj = s.subject
        kind = self._kind(d, subj, is_lead)
        start, end = self._times(d, s)
        extra: list[str] = []
        place: str | None = None
        dropped = False
        if s.room is not None:
            if not is_lead and d.no_venue and rng.random() < d.no_venue:
                dropped = True
                extra.append("地点另行通知，报名后短信告知。")
            else:
                place = self._place(d, s.room)
        if s.code is not None:
            location, url, note = self._online(d, s, place)
            if note:
                extra.append(note)
        else:
            location, url = place, None
        title, shown = self._title(d, s, kind, force=location is None)
        ext = self._ext(d, s.start)
        st, tz = self._stamp(d, s, start)
        en, _ = self._stamp(d, s, end)
        inp: dict[str, Any] = {
            "externalId": ext,
            "kind": kind,
            "title": title,
            "start": st,
            "end": en,
        }
        if tz is not None:
            inp["timezone"] = tz
        sectors = _sector_words(d.sector_fmt, subj.sectors) if rng.random() < d.sector_prob else []
        reg = self._registration(d, s, ext, is_lead)
        if is_lead:
            s.lead_reg = reg
        inp.update(
            {
                "location": location,
                "onlineUrl": url,
                "description": self._describe(d, s, kind, start, place, extra),
                "topics": self._topics(d, subj),
                "audience": {"sectors": sectors, "regions": self._regions(d, s)},
                "capacity": self._capacity(d, s),
                "registrationUrl": reg,
            }
        )
        truth = {
            "session": s.sid,
            "kind": subj.kind,
            "start": _iso(s.start) + "+08:00",
            "end": _iso(s.end) + "+08:00",
        }
        self.postings.append({"department": d.name, "input": inp, "truth": truth})
        self.meta.append(
            {
                "sid": s.sid,
                "dept": dkey,
                "alt": alt,
                "kind": kind,
                "start": start,
                "end": end,
                "english": d.title in ("english", "bilingual"),
                "no_venue": dropped,
                "qual_shown": shown,
                "zone": tz,
                "offset_only": tz is None,
            }
        )

    def render(self) -> None:
        for s in self.sessions:
            for i, (dkey, alt) in enumerate(s.hosts):
                self._post(s, dkey, alt, is_lead=i == 0)
        order = list(range(len(self.postings)))
        self.rng.shuffle(order)
        self.postings = [self.postings[i] for i in order]
        self.meta = [self.meta[i] for i in order]


def _build(seed: int) -> _County:
    c = _County(seed)
    c.weekly()
    c.parallel_rooms(c.rng.randint(12, 16))
    c.class_split(c.rng.randint(7, 10))
    c.back_to_back(c.rng.randint(12, 16))
    c.two_towns(c.rng.randint(9, 12))
    c.same_day_two_depts(c.rng.randint(9, 12))
    c.numbered_series(c.rng.randint(8, 11))
    c.online_same_hour(c.rng.randint(7, 10))
    c.investor_webinars(c.rng.randint(4, 6))
    c.fill(c.rng.randint(1090, 1190), 0.395 + c.rng.random() * 0.025)
    c.number_series()
    c.render()
    return c


def generate(seed: int) -> list[dict[str, Any]]:
    """All postings of one season, in random order, each with its truth label."""
    return _build(seed).postings


def stats(seed: int = 0) -> dict[str, Any]:
    c = _build(seed)
    sizes: dict[int, int] = {}
    for s in c.sessions:
        sizes[len(s.hosts)] = sizes.get(len(s.hosts), 0) + 1
    multi = sum(len(s.hosts) for s in c.sessions if len(s.hosts) > 1)
    groups: dict[str, int] = {}
    grouped: dict[str, int] = {}
    for kind, sids in c.groups:
        groups[kind] = groups.get(kind, 0) + 1
        grouped[kind] = grouped.get(kind, 0) + len(sids)
    by_sid: dict[int, list[dict[str, Any]]] = {}
    for m in c.meta:
        by_sid.setdefault(m["sid"], []).append(m)
    multi_sids = [ms for ms in by_sid.values() if len(ms) > 1]
    depts: dict[str, int] = {}
    for p in c.postings:
        depts[p["department"]] = depts.get(p["department"], 0) + 1
    return {
        "seed": seed,
        "postings": len(c.postings),
        "sessions": len(c.sessions),
        "size_histogram": {str(k): sizes[k] for k in sorted(sizes)},
        "multi_posted_share": round(multi / len(c.postings), 3),
        "hard_negative_groups": dict(sorted(groups.items())),
        "hard_negative_sessions": dict(sorted(grouped.items())),
        "phenomena": {
            "kind_differs_within_session": sum(
                1 for ms in multi_sids if len({m["kind"] for m in ms}) > 1
            ),
            "start_differs_within_session": sum(
                1 for ms in multi_sids if len({m["start"] for m in ms}) > 1
            ),
            "end_differs_within_session": sum(
                1 for ms in multi_sids if len({m["end"] for m in ms}) > 1
            ),
            "qualifier_on_one_side_only": sum(
                1
                for ms in multi_sids
                if any(m["qual_shown"] for m in ms) and any(m["qual_shown"] is False for m in ms)
            ),
            "same_department_twice": sum(1 for ms in multi_sids if any(m["alt"] for m in ms)),
            "english_or_bilingual_postings": sum(1 for m in c.meta if m["english"]),
            "co_host_without_venue": sum(1 for m in c.meta if m["no_venue"]),
            "online_only_sessions": sum(1 for s in c.sessions if s.room is None),
            "hybrid_sessions": sum(1 for s in c.sessions if s.room is not None and s.code),
            "town_or_park_qualified_sessions": sum(1 for s in c.sessions if s.town),
            "offset_without_timezone_postings": sum(1 for m in c.meta if m["offset_only"]),
            "other_zone_postings": sum(1 for m in c.meta if m["zone"] not in (None, SHANGHAI)),
        },
        "departments": dict(sorted(depts.items(), key=lambda kv: -kv[1])),
    }


if __name__ == "__main__":
    print(json.dumps(stats(), ensure_ascii=False, indent=2))
