"""A labelled month of enterprise sessions in an invented Yunnan county, for the overlap detector.

County
  云梯哈尼族彝族自治县 (Yunti Hani and Yi Autonomous County), 红河哈尼族彝族自治州, Yunnan.
  Invented. Hani rice terraces in the high villages (嘎娘, 哈播, 云梯), tea on 大茶山 and 阿倮,
  coffee, mango and banana in the hot 勐沙 and 南溪 valleys, rubber on the 曼岗 and 南溪 state-farm
  land, small hydropower on the 三江口 rivers, and a border trade point with Vietnam at 那峒
  (边民互市点, served by 那峒海关). Tourism follows the terraces.

Calendar
  2027-03-01 (Monday) .. 2027-04-11: six weeks, Asia/Shanghai. 清明 2027-04-03..05 is off, and
  weekends are off except a town's 街天 (weekly market day), when publicity is held 09:30-15:00.
  Offices keep Yunnan hours, 9:00-12:00 and 14:30-18:00; some trainings run 9:00-17:00 and a few
  publicity sessions are evening classes 19:30-21:00. Tax season: 个人所得税年度汇算 and
  企业所得税汇算清缴 run through March; March-April is the dry season (森林防火) and the run-up to
  the rains (防汛与地质灾害), and rice-fish planting starts in the terraces.

Towns (region ids). Every spelling on a line is the same town: full name, short name, old name
(区/公社/农场 era), pinyin, English, ethnic-language name (invented romanisations: Hani in the
Latin Hani script, Dai, Yi), and the town's 街天.
  yunti        云梯镇 / 云梯 / 城关镇 / Yunti / Yunti Town / Aqmaq Deiq (Hani)       街天 Sun
  habo         哈播乡 / 哈播 / 哈播公社 / Habo / Habo Township / Hhaqbol (Hani)       街天 Wed
  mengsha      勐沙镇 / 勐沙 / 沙坝区 / Mengsha / Mengsha Town / Muang Sa (Dai)       街天 Sat
  nadong       那峒镇 / 那峒 / 那峒区 / Nadong / Nadong Town / Na Tong (Dai)          街天 Thu
  dachashan    大茶山乡 / 大茶山 / 茶山公社 / Dachashan / Dachashan Township /
               Laqlol (Hani)                                                        街天 Fri
  nanxi        南溪镇 / 南溪 / 南溪农场 / Nanxi / Nanxi Town / Nam Xi (Dai)           街天 Tue
  sanjiangkou  三江口镇 / 三江口 / 江口区 / Sanjiangkou / Sanjiangkou Town /
               Saqjaqkao (Yi)                                                       街天 Mon
  mangang      曼岗镇 / 曼岗 / 曼岗农场 / Mangang / Mangang Town / Ban Kang (Dai)     街天 Sat
  galiang      嘎娘乡 / 嘎娘 / 嘎娘公社 / Galiang / Galiang Township / Gaqnyaq (Hani) 街天 Sun
  aluo         阿倮乡 / 阿倮 / 阿倮区 / Aluo / Aluo Township / Aqlo (Yi)              街天 Wed
  A session with no region is for the whole county. Sessions name 0, 1 or 2 towns.

Sectors
  GB/T 4754-2017 sections A B C D E F G H I K L M N O Q R (see SECTORS), each written as the
  letter ("C"), the Chinese name ("制造业"), both ("C 制造业") or the English name
  ("Manufacturing"). A session with no sector is for every sector.

Departments (hosts). Slug, name, then habits: how often an everyday (or English) policy name is
used instead of a formal one, title templates ({fmt} is a format word chosen by kind: 培训会,
专题培训, 培训班, 实务培训 / 宣讲会, 政策宣讲, 宣传活动, 解读会; Workshop, Training / Briefing,
Info Session), series suffix, town and sector spelling, topic tags. 6% of sessions use another
town spelling and 6% another sector spelling than the host's habit. A session is written by its
first host; co-hosts post the same fields.
  county-tax 云梯县税务局. Formal (everyday 10%). 关于举办…培训会的通知,
    …宣讲会（3月9日·云梯镇）, 【税企直通车】…; （第2期）. Full town names, sector letters,
    specific tags.
  market-reg 云梯县市场监督管理局. Formal (everyday 20%). 【县市场监管局】…,
    【勐沙市场监管所】…; 第2场. Short town names, Chinese sectors, broad tags 惠企 营商环境 on
    everything.
  hrss 云梯县人力资源和社会保障局. Everyday 60%. 一文读懂…, …（南溪镇专场）, 【人社服务进园区】…;
    ·第二期. Full town names, Chinese sectors, no tags.
  emergency 云梯县应急管理局. Formal. …培训班, 三江口镇…培训班, 关于举办…的通知,
    …——安全大讲堂; （第2期）. Full names, "C 制造业" sectors, specific tags plus 安全生产.
    Mostly training.
  ecology 红河州生态环境局云梯分局. Formal. …解读会（勐沙）, 关于开展…的通知; 第2期. Short names,
    sector letters, no tags.
  commerce 云梯县商务局. English 80% ("Export tax rebate filing Workshop · Nadong Town",
    "[Commerce] … — Yunti Town", "… Briefing (Mar 9)"; " (Session 2)"), else formal Chinese
    without a town. English town and sector names, English tags.
  customs-nadong 那峒海关. Formal. 那峒海关…培训会, 关于举办…的通知, 【关企面对面】…; （第2期）.
    Full names, "C 制造业" sectors, specific tags. Writes times in UTC ("Z").
  agri 云梯县农业农村局. Everyday 60%. …——Hhaqbol田间课堂, 赶街天｜… (only on the town's 街天),
    …培训会（Gaqnyaq）, 关于开展…的通知; 第二期. Ethnic-language town names, Chinese sectors,
    broad tags 乡村振兴 惠农.
  culture-tourism 云梯县文化和旅游局. Formal (everyday 30%). 一文读懂｜…, …培训会（名额有限）,
    …｜Galiang宣讲会; （第2期）. Pinyin town names, Chinese sectors, specific tags + 文旅.
  industry-it 云梯县工业和信息化局. Formal. …培训会（名额有限）, 【工信】…宣讲会·云梯; 第2期.
    Short names, "C 制造业" sectors, specific tags.
  finance 云梯县财政局. Formal. 关于开展…宣讲会的通知, …解读会; （第2期）. Old town names
    (城关镇, 沙坝区…), sector letters, broad tag 惠企. Mostly publicity.
  forestry 云梯县林业和草原局. Formal (everyday 35%). 林木采伐许可怎么办？——城关镇宣讲会,
    …——林业站来答; 第2期. Old town names, Chinese sectors, no tags.
  dev-reform 云梯县发展和改革局. Formal. …培训会, 关于组织…的通知; （第2期）. Full names,
    sector letters, specific tags.
  fic 云梯县工商业联合会. Everyday 70%. 【惠企直通车】…, …（云梯商会专场）; 第2站. Short names,
    Chinese sectors, broad tags 惠企 民营经济 on everything. Mostly publicity.
Areas and subjects. 80 subjects in 34 areas; a subject is one specific policy. Each entry: id and
formal wordings; everyday wordings (many share no word with the formal name); English wording,
usual audience sectors and the departments that run it (usual one first). Five areas are a whole
area with nothing narrower (特种设备, 安全生产法, 固体废物, 惠企政策直达, 民营经济): any two
sessions there are one subject.
  [vat] 增值税
    vat_small: 小规模纳税人增值税减免政策 | 小规模纳税人减按1%征收增值税
      个体户月入十万内的好消息 | 小店月销不过十万，这笔钱不用交？
      "VAT relief for small-scale taxpayers"; sectors FHO; county-tax, fic, market-reg
    vat_credit_refund: 增值税留抵退税政策 | 增值税期末留抵税额退税
      进项多了能不能把钱先拿回来？
      "VAT credit refund"; sectors CDE; county-tax, industry-it
    vat_einvoice: 全面数字化的电子发票推广应用 | 数电发票开具与受票
      不用税控盘，手机上就能开票
      "Fully digitalised e-invoices"; sectors all; county-tax
  [income_tax] 所得税
    cit_settle: 企业所得税年度汇算清缴 | 2026年度企业所得税汇算清缴
      公司年底那本账怎么对？
      "Corporate income tax annual reconciliation"; sectors CEFH; county-tax
    iit_settle: 个人所得税综合所得年度汇算 | 个人所得税年度汇算
      工资多扣的钱怎么拿回来？ | 上班族退钱攻略
      "Individual income tax annual reconciliation"; sectors all; county-tax, fic, hrss
    rd_super_deduction: 研发费用税前加计扣除政策 | 研发费用加计扣除
      搞创新花的钱能多抵多少？
      "R&D expense super deduction"; sectors CIM; county-tax, industry-it
    sme_cit_relief: 小型微利企业所得税优惠政策 | 小微企业所得税减免
      利润三百万以内的小公司少交多少？
      "Income tax relief for small low-profit enterprises"; sectors all; county-tax, fic
  [export_tax] 出口退税
    export_rebate: 出口退（免）税申报 | 出口退税申报实务
      货卖到越南，钱怎么拿回来？
      "Export tax rebate filing"; sectors ACF; county-tax, commerce
    export_rebate_class: 出口退（免）税企业分类管理 | 出口退税企业分类管理办法
      外贸公司评一类二类有啥区别？
      "Export rebate enterprise classification"; sectors CF; county-tax
  [local_tax] 地方税费
    six_two_fees: “六税两费”减免政策 | 六税两费减半征收
      印花税房产税这些小税种减一半
      "Six-taxes-and-two-fees reduction"; sectors all; county-tax
    water_resource_tax: 水资源税改革试点 | 水资源费改税
      电站取水以后怎么交？
      "Water resource tax reform"; sectors BD; county-tax, dev-reform
    env_tax: 环境保护税申报 | 环境保护税核定征收
      排污要交的那笔钱
      "Environmental protection tax filing"; sectors BC; county-tax, ecology
  [tax_credit] 纳税信用
    credit_rating: 纳税信用评价 | 纳税信用等级评价标准
      A级纳税人是怎么评出来的？
      "Tax credit rating"; sectors all; county-tax
    credit_repair: 纳税信用修复 | 纳税信用修复办理
      被降级了还能补救吗？
      "Tax credit repair"; sectors all; county-tax, fic
  [social_insurance] 社会保险
    pension: 企业职工基本养老保险 | 养老保险政策
      退休金是怎么算出来的？
      "Employee basic pension insurance"; sectors all; hrss
    unemp_stabilize: 失业保险稳岗返还 | 稳岗返还政策
      不裁员的企业能领回一笔钱
      "Job-retention refund of unemployment insurance"; sectors all; hrss, fic
    injury_ins: 工伤保险政策与工伤认定 | 工伤保险
      工人干活受伤了谁来赔？
      "Work-injury insurance"; sectors BCE; hrss, emergency
  [employment] 就业与劳动关系
    hire_subsidy: 一次性吸纳就业补贴 | 吸纳脱贫劳动力就业补贴
      招一个本地人能补多少钱？
      "One-off hiring subsidy"; sectors all; hrss
    skill_subsidy: 职业技能提升补贴 | 职业技能培训补贴申领
      考个证，国家给报销
      "Vocational skill upgrading subsidy"; sectors all; hrss
    migrant_wage: 保障农民工工资支付条例 | 农民工工资专用账户管理
      工地工资不能再拖了
      "Migrant workers' wage payment regulation"; sectors E; hrss, dev-reform
    labour_contract: 劳动合同法 | 劳动合同订立与解除
      招工签约要注意什么？
      "Labour contract law"; sectors all; hrss, fic
  [food_safety] 食品安全
    food_resp: 企业落实食品安全主体责任监督管理规定 | 食品安全主体责任“两个规定”
      食品厂老板要管哪些事？
      "Food safety main-responsibility rules"; sectors CH; market-reg
    food_workshop: 食品小作坊登记管理 | 云南省食品小作坊登记管理办法
      家里做米干卖要办什么证？
      "Small food workshop registration"; sectors CF; market-reg
    catering_safety: 餐饮服务食品安全操作规范 | 餐饮食品安全操作规范
      饭馆后厨怎么过检查？
      "Catering food safety practice"; sectors H; market-reg, culture-tourism
  [special_equipment] 特种设备（整个领域）
    special_equip: 特种设备安全 | 特种设备安全法
      锅炉电梯叉车怎么管？
      "Special equipment safety"; sectors CDHK; market-reg, emergency
  [ip] 知识产权
    gi_protect: 地理标志产品保护 | 哈尼梯田红米地理标志保护
      红米袋子上那个标志能随便印吗？
      "Geographical indication protection"; sectors ACF; market-reg, agri
    trademark: 商标注册与品牌培育 | 商标注册申请
      自家茶起个牌子怎么不被抢？
      "Trademark registration"; sectors all; market-reg, fic
  [registration] 经营主体登记
    registration_reg: 经营主体登记管理条例 | 市场主体登记管理条例实施细则
      开店办执照的新规矩
      "Business entity registration rules"; sectors all; market-reg
    annual_report: 企业年度报告公示 | 经营主体年报公示
      执照每年要交的那张表
      "Annual report publicity"; sectors all; market-reg, fic
  [ecommerce] 电子商务
    livestream_compliance: 直播电商合规经营 | 网络直播营销行为规范
      带货主播哪些话不能说？
      "Livestream e-commerce compliance"; sectors FI; market-reg
    livestream_skill: 直播电商人才培育 | 电商直播带货技能提升
      手机拍视频卖咖啡
      "Livestream selling skills"; sectors AF; commerce, hrss
    rural_ecommerce: 电子商务进农村综合示范 | 农村电商公共服务体系
      山货怎么卖到网上？
      "Rural e-commerce demonstration"; sectors AF; commerce, agri
  [work_safety] 工贸行业安全
    confined_space: 工贸企业有限空间作业安全 | 有限空间作业安全管理
      进罐进池子之前先测气
      "Confined-space work safety"; sectors C; emergency
    dust_explosion: 工贸企业粉尘防爆安全 | 粉尘涉爆企业安全管理
      茶厂咖啡厂的粉尘也会炸
      "Combustible dust explosion prevention"; sectors C; emergency
    major_hazard_std: 工贸企业重大事故隐患判定标准 | 重大事故隐患判定标准
      哪些问题一查就是大毛病？
      "Criteria for major accident hazards"; sectors BC; emergency, industry-it
  [safety_law] 安全生产法（整个领域）
    safety_law: 安全生产法 | 新《安全生产法》
      出了事故老板要担什么责？
      "Work Safety Law"; sectors all; emergency, industry-it, fic
  [disaster] 防灾减灾
    fire_safety: 社会单位消防安全主体责任 | 消防安全
      着火了第一分钟做什么？
      "Fire safety"; sectors all; emergency, culture-tourism
    flood_geo: 汛期防汛与地质灾害防治 | 防汛减灾与地质灾害防治
      雨季山上要垮方怎么办？
      "Flood season and landslide safety"; sectors all; emergency, dev-reform
  [env_permit] 环评与排污
    discharge_permit: 排污许可证申领与执行报告 | 排污许可管理条例
      厂里排水要办的那张证
      "Pollutant discharge permits"; sectors BCD; ecology
    eia: 建设项目环境影响评价 | 环评分类管理名录
      新上项目先过环保这一关
      "Environmental impact assessment"; sectors CDE; ecology, dev-reform
    env_disclosure: 企业环境信息依法披露 | 环境信息依法披露制度
      厂里的环保账每年要公开
      "Environmental information disclosure"; sectors BC; ecology
  [solid_waste] 固体废物（整个领域）
    solid_waste: 固体废物污染环境防治 | 固体废物规范化管理
      厂里的废油废渣怎么处理？
      "Solid waste management"; sectors BCQ; ecology
  [border_trade] 边民互市
    border_declare: 边民互市贸易申报 | 边民互市贸易管理系统申报
      边民拿货过关手机上怎么填？
      "Border residents' trade declaration"; sectors FG; customs-nadong, commerce
    border_landing: 边民互市进口商品落地加工 | 互市商品落地加工政策
      越南的坚果能在我们这里加工吗？
      "Onshore processing of border-trade imports"; sectors CF;
      commerce, customs-nadong, industry-it
  [foreign_trade] 外贸
    rcep: RCEP原产地规则与关税减让 | 用好RCEP规则
      卖到东盟能少交多少关税？
      "Using RCEP rules of origin and tariff cuts"; sectors ACF; commerce, customs-nadong
    export_credit_ins: 出口信用保险 | 小微外贸企业出口信用保险统保
      货发出去收不到钱怎么办？
      "Export credit insurance"; sectors CF; commerce
  [customs_clearance] 通关
    origin_cert: 原产地证书申领 | 原产地证书智能审核与自助打印
      出口那张证明怎么打出来？
      "Certificate of origin application"; sectors ACF; customs-nadong
    customs_aeo: 海关AEO企业信用管理 | 海关高级认证企业培育
      守规矩的企业过关更快
      "Customs AEO certification"; sectors CFG; customs-nadong
    two_step: 进口货物“两步申报” | 两步申报通关模式
      货先提走，材料后补
      "Two-step import declaration"; sectors FG; customs-nadong
  [quarantine] 进出口检验检疫
    fruit_orchard_reg: 出口水果果园和包装厂注册登记 | 出境水果果园包装厂注册
      芒果香蕉想卖出国先备个案
      "Export fruit orchard and packhouse registration"; sectors AC; customs-nadong, agri
    tea_export_inspect: 出口茶叶检验检疫 | 出口茶叶生产企业备案
      普洱卖到国外要过哪几道关？
      "Export tea inspection and quarantine"; sectors AC; customs-nadong
  [farm_subsidy] 农业补贴
    farmland_subsidy: 耕地地力保护补贴 | 耕地地力保护补贴发放
      种一亩田国家给多少钱？
      "Cultivated land fertility subsidy"; sectors A; agri, finance
    machinery_subsidy: 农机购置与应用补贴 | 农业机械购置补贴
      买微耕机能便宜多少？
      "Farm machinery purchase subsidy"; sectors A; agri
  [agri_cert] 农产品认证
    organic_cert: 有机产品认证 | 有机产品认证管理办法
      有机茶的牌子怎么拿？
      "Organic product certification"; sectors AC; agri, market-reg
    green_food: 绿色食品认证 | 绿色食品标志许可
      绿标怎么申请？
      "Green Food certification"; sectors AC; agri
  [terrace] 梯田
    terrace_reg: 红河哈尼梯田保护管理条例 | 哈尼梯田保护管理条例
      祖先开的田不能随便动
      "Hani Terraces protection regulation"; sectors AHR; culture-tourism, agri
    rice_fish: 梯田稻渔综合种养技术 | 稻鱼鸭综合种养
      田里养鱼养鸭一举多得
      "Rice-fish-duck co-culture"; sectors A; agri
  [agri_insurance] 农业保险
    rubber_ins: 天然橡胶收入保险 | 天然橡胶价格保险
      胶价跌了有人兜底
      "Natural rubber income insurance"; sectors A; agri, finance
    crop_ins: 三大粮食作物完全成本保险 | 水稻玉米完全成本保险
      种稻谷遭了灾怎么赔？
      "Full-cost insurance for staple crops"; sectors A; agri, finance
    coffee_ins: 咖啡价格指数保险 | 咖啡价格保险
      豆子跌价了谁来补？
      "Coffee price index insurance"; sectors A; agri, finance
  [specialty_industry] 特色产业
    coffee_processing: 精品咖啡初加工技术规范 | 咖啡鲜果湿法加工
      豆子怎么卖上好价钱？
      "Specialty coffee primary processing"; sectors AC; agri, industry-it
    tea_workshop: 茶叶初制所规范化建设 | 茶叶初制所规范提升
      鲜叶怎么炒才卖得上价？
      "Tea primary processing standardisation"; sectors AC; agri, market-reg
    fruit_std: 热带水果标准化种植 | 芒果香蕉标准化种植技术
      果子怎么种才卖得上价？
      "Standardised tropical fruit growing"; sectors A; agri
  [finance_credit] 融资
    startup_loan: 创业担保贷款 | 创业担保贷款申请
      想开店没本钱，怎么借？
      "Start-up guaranteed loans"; sectors all; hrss, finance
    credit_platform: “信易贷”融资服务平台 | 信易贷平台
      凭信用就能借钱的网站
      "Credit-based financing platform"; sectors all; dev-reform, finance, fic
    gov_guarantee: 政府性融资担保 | 政府性融资担保降费奖补
      担保费降到1%以下
      "Government financing guarantees"; sectors all; finance
  [tourism] 文旅
    homestay_rating: 旅游民宿等级评定 | 旅游民宿基本要求与等级划分
      客栈想评个金宿银宿
      "Homestay grading"; sectors H; culture-tourism
    a_scenic: A级旅游景区评定 | A级旅游景区质量等级评定
      景点怎么升一级？
      "A-grade scenic area rating"; sectors HNR; culture-tourism
    tourism_law: 旅游法与旅行社合规经营 | 旅行社合规经营
      带团不能强制购物
      "Tourism Law compliance"; sectors HL; culture-tourism, market-reg
  [forestry] 林业
    logging_permit: 林木采伐许可 | 林木采伐许可证办理
      自家山上的树能不能砍？
      "Tree-felling permits"; sectors A; forestry
    forest_carbon: 林业碳汇项目开发 | 林业碳汇交易
      树长着就能卖钱？
      "Forestry carbon sinks"; sectors A; forestry, dev-reform
    forest_fire: 森林草原防灭火 | 森林防火
      上山烧荒要小心
      "Forest fire prevention"; sectors all; forestry, emergency
  [sme] 中小企业
    srdi: 专精特新中小企业认定 | 专精特新中小企业培育
      小厂怎么评上省级称号？
      "Specialised and sophisticated SME recognition"; sectors CIM; industry-it
    digital_transform: 中小企业数字化转型 | 中小企业数字化转型试点
      车间上云，用手机管生产
      "SME digital transformation"; sectors CI; industry-it
  [energy] 能源
    small_hydro: 小水电站安全生产标准化 | 小水电安全生产
      电站值班员要守的规矩
      "Small hydropower safety"; sectors D; dev-reform, emergency
    green_power: 绿色电力交易 | 绿电交易与绿证
      电站的电直接卖给工厂
      "Green electricity trading"; sectors CD; dev-reform, industry-it
  [investment] 项目申报
    central_budget: 中央预算内投资项目申报 | 中央预算内投资计划申报
      向国家要项目资金
      "Central budget investment application"; sectors DEN; dev-reform
    special_bond: 地方政府专项债券项目申报 | 专项债券项目储备
      专项债怎么报项目？
      "Special-purpose bond project application"; sectors DEN; dev-reform, finance
  [policy_direct] 惠企政策直达（整个领域）
    policy_direct: 惠企政策直达快享 | 惠企政策“免申即享”
      哪些钱企业不用申请就能领？
      "Direct delivery of business support policies"; sectors all; finance, fic, dev-reform
  [private_economy] 民营经济（整个领域）
    private_econ: 民营经济促进法 | 《中华人民共和国民营经济促进法》
      私企老板的定心丸
      "Private Economy Promotion Law"; sectors all; fic, dev-reform

Sibling traps (same area, titled alike, different subjects; never REDUNDANT with each other):
  企业所得税年度汇算清缴 / 个人所得税年度汇算 / 小型微利企业所得税优惠 / 研发费用加计扣除;
  出口退（免）税申报 / 出口退（免）税企业分类管理; 纳税信用评价 / 纳税信用修复;
  小规模纳税人增值税减免 / 增值税留抵退税 / 数电发票; 六税两费 / 水资源税 / 环境保护税;
  养老保险 / 失业保险稳岗返还 / 工伤保险; 吸纳就业补贴 / 职业技能提升补贴 / 农民工工资 / 劳动合同;
  食品安全主体责任 / 食品小作坊登记 / 餐饮服务食品安全操作规范; 地理标志 / 商标;
  经营主体登记 / 年报公示; 直播电商合规经营 / 直播电商人才培育 / 农村电商;
  有限空间作业安全 / 粉尘防爆安全 / 重大事故隐患判定标准 (all 工贸企业…); 消防安全 / 防汛与地质灾害;
  排污许可 / 环境影响评价 / 环境信息依法披露; 边民互市贸易申报 / 边民互市商品落地加工;
  RCEP原产地规则 / 出口信用保险; 原产地证书申领 / 海关AEO / 两步申报;
  出口水果果园注册 / 出口茶叶检验检疫;
  耕地地力保护补贴 / 农机购置与应用补贴; 有机产品认证 / 绿色食品认证; 梯田保护条例 / 稻渔综合种养;
  天然橡胶收入保险 / 三大粮食作物完全成本保险 / 咖啡价格指数保险; 精品咖啡初加工 / 茶叶初制所 /
  热带水果标准化种植; 创业担保贷款 / 信易贷 / 政府性融资担保; 民宿等级评定 / A级景区评定 / 旅游法;
  林木采伐许可 / 林业碳汇 / 森林防火; 专精特新 / 数字化转型; 小水电安全生产 / 绿色电力交易;
  中央预算内投资项目申报 / 地方政府专项债券项目申报.
  Across areas, alike too: 消防安全 / 森林防火, RCEP原产地规则 / 原产地证书申领,
  出口退税 / 出口信用保险, 安全生产法 / 重大事故隐患判定标准.

How the month is drawn (random.Random(seed) only; the catalogue above is fixed)
  - every subject gets at least one campaign; more campaigns follow (by subject weight:
    个税汇算, 企业所得税汇算, 森林防火 … are busy) until 590-660 sessions. A campaign is one of:
    single session; tour (one department takes the subject round 3-6 towns, one town each stop,
    1-4 days apart: distinct towns, so no REDUNDANT among the stops); series (第1期…第4期 every
    3-9 days, for one town, the whole county, or a different town each time); echo (a second
    department, or the same one, runs the subject again 0-20 days later, in its own wording, mostly
    for the same town and overlapping sectors, sometimes the other kind or another town);
  - 5 busy mornings with 12-20 sessions between 09:00 and 12:00 in many towns and sectors, each
    with one or two back-to-back pairs (09:00-10:30 then 10:30-12:00, same town and sector);
  - 12-16 sibling pairs (same department and town, same kind, 0-7 days apart, often the same slot);
  - 5-8 same-subject pairs for the same audience, once TRAINING and once PUBLICITY;
  - 2-4 double bookings: two departments, one subject, one town, 09:00-11:30 and 10:00-12:00;
  - 5-8 repeats starting 14 days later at the same time (a pair), 30 minutes earlier (a pair) or
    30/60 minutes later (no pair);
  - 16% of sessions get 1-2 co-hosts (other departments that run the subject, or 工商联);
    4-6% of sessions are cancelled.

Labels, computed from each session's ground truth (subject id, kind, start and end instants, town
ids, sector letters, cancelled), never from the written title, regions, sectors or topics:
  audiences meet  := (either sector set is empty or they share a letter)
                     and (either town set is empty or they share a town)
  CONFLICT        := both not cancelled, audiences meet, start_a < end_b and start_b < end_a
                     (touching end == start is not a conflict)
  REDUNDANT       := both not cancelled, same kind, same subject id, |start_a - start_b| <= 14 days,
                     audiences meet
  A pair can be both. Each pair is listed once (keys sorted inside the pair, pairs sorted).
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Final

CST: Final = timezone(timedelta(hours=8))
MONTH_START: Final = datetime(2027, 3, 1, tzinfo=CST)  # a Monday
DAYS: Final = 42  # 2027-03-01 .. 2027-04-11
HOLIDAYS: Final = (33, 34, 35)  # 2027-04-03 .. 04-05, Qingming
WINDOW_DAYS: Final = 14
COUNTY: Final = "云梯哈尼族彝族自治县"

# ----------------------------------------------------------------------------- towns


@dataclass(frozen=True)
class Town:
    id: str
    full: str
    short: str
    old: str
    pinyin: str
    english: str
    ethnic: str
    market_weekday: int  # 0 = Monday; the town's 街天 (market day)

    def spell(self, style: str) -> str:
        return {
            "full": self.full,
            "short": self.short,
            "old": self.old,
            "pinyin": self.pinyin,
            "english": self.english,
            "ethnic": self.ethnic,
        }[style]


TOWNS: Final[tuple[Town, ...]] = (
    Town("yunti", "云梯镇", "云梯", "城关镇", "Yunti", "Yunti Town", "Aqmaq Deiq", 6),
    Town("habo", "哈播乡", "哈播", "哈播公社", "Habo", "Habo Township", "Hhaqbol", 2),
    Town("mengsha", "勐沙镇", "勐沙", "沙坝区", "Mengsha", "Mengsha Town", "Muang Sa", 5),
    Town("nadong", "那峒镇", "那峒", "那峒区", "Nadong", "Nadong Town", "Na Tong", 3),
    Town(
        "dachashan",
        "大茶山乡",
        "大茶山",
        "茶山公社",
        "Dachashan",
        "Dachashan Township",
        "Laqlol",
        4,
    ),
    Town("nanxi", "南溪镇", "南溪", "南溪农场", "Nanxi", "Nanxi Town", "Nam Xi", 1),
    Town(
        "sanjiangkou",
        "三江口镇",
        "三江口",
        "江口区",
        "Sanjiangkou",
        "Sanjiangkou Town",
        "Saqjaqkao",
        0,
    ),
    Town("mangang", "曼岗镇", "曼岗", "曼岗农场", "Mangang", "Mangang Town", "Ban Kang", 5),
    Town("galiang", "嘎娘乡", "嘎娘", "嘎娘公社", "Galiang", "Galiang Township", "Gaqnyaq", 6),
    Town("aluo", "阿倮乡", "阿倮", "阿倮区", "Aluo", "Aluo Township", "Aqlo", 2),
)
TOWN_BY_ID: Final = {t.id: t for t in TOWNS}
TOWN_WEIGHT: Final = {
    "yunti": 3.0,
    "habo": 1.0,
    "mengsha": 1.2,
    "nadong": 1.5,
    "dachashan": 0.9,
    "nanxi": 1.1,
    "sanjiangkou": 0.9,
    "mangang": 1.0,
    "galiang": 0.8,
    "aluo": 0.7,
}

# --------------------------------------------------------------------------- sectors

SECTORS: Final[dict[str, tuple[str, str]]] = {
    "A": ("农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery"),
    "B": ("采矿业", "Mining"),
    "C": ("制造业", "Manufacturing"),
    "D": ("电力、热力、燃气及水生产和供应业", "Electricity, Heat, Gas and Water Supply"),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and Retail Trade"),
    "G": ("交通运输、仓储和邮政业", "Transport, Storage and Post"),
    "H": ("住宿和餐饮业", "Accommodation and Catering"),
    "I": ("信息传输、软件和信息技术服务业", "Information Transmission, Software and IT Services"),
    "K": ("房地产业", "Real Estate"),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
    "N": ("水利、环境和公共设施管理业", "Water Conservancy, Environment and Public Facilities"),
    "O": ("居民服务、修理和其他服务业", "Residential, Repair and Other Services"),
    "Q": ("卫生和社会工作", "Health and Social Work"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
}
GENERIC_SECTORS: Final = "ACCCEFFHHO"  # drawn (weighted) when a subject names no sectors


def spell_sector(letter: str, style: str) -> str:
    zh, en = SECTORS[letter]
    if style == "letter":
        return letter
    if style == "zh":
        return zh
    if style == "both":
        return f"{letter} {zh}"
    return en


# ----------------------------------------------------------------------- departments


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    p_everyday: float  # chance of using an everyday name instead of a formal one
    p_english: float  # chance of using the English name
    formal_tpl: tuple[str, ...]
    everyday_tpl: tuple[str, ...]
    english_tpl: tuple[str, ...]
    series_tpl: str
    town_style: str
    sector_style: str
    tag_mode: str  # specific | broad | none | english
    broad: tuple[str, ...]
    utc: bool  # writes times in UTC "Z"
    p_training: float


DEPTS: Final[tuple[Dept, ...]] = (
    Dept(
        "county-tax",
        "云梯县税务局",
        0.1,
        0.0,
        ("关于举办{name}{fmt}的通知", "{name}{fmt}（{md}·{town}）", "【税企直通车】{name}{fmt}"),
        ("【税企直通车】{name}", "{name}｜{town}{fmt}"),
        (),
        "（第{n}期）",
        "full",
        "letter",
        "specific",
        (),
        False,
        0.6,
    ),
    Dept(
        "market-reg",
        "云梯县市场监督管理局",
        0.2,
        0.0,
        ("【县市场监管局】{name}{fmt}", "【{town}市场监管所】{name}{fmt}"),
        ("【县市场监管局】{name}",),
        (),
        "第{n}场",
        "short",
        "zh",
        "broad",
        ("惠企", "营商环境"),
        False,
        0.5,
    ),
    Dept(
        "hrss",
        "云梯县人力资源和社会保障局",
        0.6,
        0.0,
        ("一文读懂{name}", "{name}{fmt}（{town}）"),
        ("{name}（{town}专场）", "【人社服务进园区】{name}"),
        (),
        "·第{cn}期",
        "full",
        "zh",
        "none",
        (),
        False,
        0.4,
    ),
    Dept(
        "emergency",
        "云梯县应急管理局",
        0.1,
        0.0,
        ("{name}{fmt}", "{town}{name}{fmt}", "关于举办{name}{fmt}的通知"),
        ("{name}——安全大讲堂",),
        (),
        "（第{n}期）",
        "full",
        "both",
        "specific",
        ("安全生产",),
        False,
        0.85,
    ),
    Dept(
        "ecology",
        "红河州生态环境局云梯分局",
        0.05,
        0.0,
        ("{name}{fmt}（{town}）", "关于开展{name}{fmt}的通知"),
        ("{name}",),
        (),
        "第{n}期",
        "short",
        "letter",
        "none",
        (),
        False,
        0.5,
    ),
    Dept(
        "commerce",
        "云梯县商务局",
        0.0,
        0.8,
        ("{name}{fmt}",),
        (),
        ("{name} {fmt} · {town}", "{name} {fmt} ({md})", "[Commerce] {name} — {town}"),
        " (Session {n})",
        "english",
        "en",
        "english",
        (),
        False,
        0.65,
    ),
    Dept(
        "customs-nadong",
        "那峒海关",
        0.05,
        0.0,
        ("那峒海关{name}{fmt}", "关于举办{name}{fmt}的通知", "【关企面对面】{name}"),
        ("【关企面对面】{name}",),
        (),
        "（第{n}期）",
        "full",
        "both",
        "specific",
        (),
        True,
        0.6,
    ),
    Dept(
        "agri",
        "云梯县农业农村局",
        0.6,
        0.0,
        ("{name}{fmt}（{town}）", "关于开展{name}{fmt}的通知"),
        ("{name}——{town}田间课堂", "赶街天｜{name}"),
        (),
        "第{cn}期",
        "ethnic",
        "zh",
        "broad",
        ("乡村振兴", "惠农"),
        False,
        0.45,
    ),
    Dept(
        "culture-tourism",
        "云梯县文化和旅游局",
        0.3,
        0.0,
        ("一文读懂｜{name}", "{name}{fmt}（名额有限）"),
        ("{name}｜{town}{fmt}",),
        (),
        "（第{n}期）",
        "pinyin",
        "zh",
        "specific",
        ("文旅",),
        False,
        0.5,
    ),
    Dept(
        "industry-it",
        "云梯县工业和信息化局",
        0.1,
        0.0,
        ("{name}{fmt}（名额有限）", "【工信】{name}{fmt}·{town}"),
        ("{name}（名额有限）",),
        (),
        "第{n}期",
        "short",
        "both",
        "specific",
        (),
        False,
        0.6,
    ),
    Dept(
        "finance",
        "云梯县财政局",
        0.1,
        0.0,
        ("关于开展{name}{fmt}的通知", "{name}{fmt}"),
        ("{name}",),
        (),
        "（第{n}期）",
        "old",
        "letter",
        "broad",
        ("惠企",),
        False,
        0.35,
    ),
    Dept(
        "forestry",
        "云梯县林业和草原局",
        0.35,
        0.0,
        ("{name}怎么办？——{town}{fmt}", "{name}{fmt}"),
        ("{name}——林业站来答",),
        (),
        "第{n}期",
        "old",
        "zh",
        "none",
        (),
        False,
        0.45,
    ),
    Dept(
        "dev-reform",
        "云梯县发展和改革局",
        0.05,
        0.0,
        ("{name}{fmt}", "关于组织{name}{fmt}的通知"),
        ("{name}",),
        (),
        "（第{n}期）",
        "full",
        "letter",
        "specific",
        (),
        False,
        0.55,
    ),
    Dept(
        "fic",
        "云梯县工商业联合会",
        0.7,
        0.0,
        ("【惠企直通车】{name}{fmt}",),
        ("【惠企直通车】{name}", "{name}（{town}商会专场）"),
        (),
        "第{n}站",
        "short",
        "zh",
        "broad",
        ("惠企", "民营经济"),
        False,
        0.25,
    ),
)
DEPT_BY_SLUG: Final = {d.slug: d for d in DEPTS}
TOWN_STYLES: Final = ("full", "short", "old", "pinyin", "english", "ethnic")
SECTOR_STYLES: Final = ("letter", "zh", "both", "en")
FMT_ZH: Final = {
    "TRAINING": ("培训会", "专题培训", "培训班", "实务培训"),
    "PUBLICITY": ("宣讲会", "政策宣讲", "宣传活动", "解读会"),
}
FMT_EN: Final = {"TRAINING": ("Workshop", "Training"), "PUBLICITY": ("Briefing", "Info Session")}
CN_NUM: Final = "零一二三四五六七八九"

# -------------------------------------------------------------------------- subjects

AREAS: Final[dict[str, str]] = {
    "vat": "增值税",
    "income_tax": "所得税",
    "export_tax": "出口退税",
    "local_tax": "地方税费",
    "tax_credit": "纳税信用",
    "social_insurance": "社会保险",
    "employment": "就业与劳动关系",
    "food_safety": "食品安全",
    "special_equipment": "特种设备（整个领域）",
    "ip": "知识产权",
    "registration": "经营主体登记",
    "ecommerce": "电子商务",
    "work_safety": "工贸行业安全",
    "safety_law": "安全生产法（整个领域）",
    "disaster": "防灾减灾",
    "env_permit": "环评与排污",
    "solid_waste": "固体废物（整个领域）",
    "border_trade": "边民互市",
    "foreign_trade": "外贸",
    "customs_clearance": "通关",
    "quarantine": "进出口检验检疫",
    "farm_subsidy": "农业补贴",
    "agri_cert": "农产品认证",
    "terrace": "梯田",
    "agri_insurance": "农业保险",
    "specialty_industry": "特色产业",
    "finance_credit": "融资",
    "tourism": "文旅",
    "forestry": "林业",
    "sme": "中小企业",
    "energy": "能源",
    "investment": "项目申报",
    "policy_direct": "惠企政策直达（整个领域）",
    "private_economy": "民营经济（整个领域）",
}


@dataclass(frozen=True)
class Subject:
    id: str
    area: str
    formal: tuple[str, ...]
    everyday: tuple[str, ...]
    english: str
    tags: tuple[str, ...]
    sectors: str  # GB/T 4754 letters of the usual audience; "" = every sector
    depts: tuple[str, ...]  # departments that run it, the usual one first
    weight: float = 1.0
    towns: tuple[str, ...] = ()  # towns where it is mostly held; () = anywhere


S = Subject
SUBJECTS: Final[tuple[Subject, ...]] = (
    S(
        "vat_small",
        "vat",
        ("小规模纳税人增值税减免政策", "小规模纳税人减按1%征收增值税"),
        ("个体户月入十万内的好消息", "小店月销不过十万，这笔钱不用交？"),
        "VAT relief for small-scale taxpayers",
        ("增值税", "小规模纳税人"),
        "FHO",
        ("county-tax", "fic", "market-reg"),
        2.0,
    ),
    S(
        "vat_credit_refund",
        "vat",
        ("增值税留抵退税政策", "增值税期末留抵税额退税"),
        ("进项多了能不能把钱先拿回来？",),
        "VAT credit refund",
        ("留抵退税",),
        "CDE",
        ("county-tax", "industry-it"),
    ),
    S(
        "vat_einvoice",
        "vat",
        ("全面数字化的电子发票推广应用", "数电发票开具与受票"),
        ("不用税控盘，手机上就能开票",),
        "Fully digitalised e-invoices",
        ("数电票", "发票"),
        "",
        ("county-tax",),
        1.5,
    ),
    S(
        "cit_settle",
        "income_tax",
        ("企业所得税年度汇算清缴", "2026年度企业所得税汇算清缴"),
        ("公司年底那本账怎么对？",),
        "Corporate income tax annual reconciliation",
        ("企业所得税", "汇算清缴"),
        "CEFH",
        ("county-tax",),
        2.5,
    ),
    S(
        "iit_settle",
        "income_tax",
        ("个人所得税综合所得年度汇算", "个人所得税年度汇算"),
        ("工资多扣的钱怎么拿回来？", "上班族退钱攻略"),
        "Individual income tax annual reconciliation",
        ("个人所得税", "年度汇算"),
        "",
        ("county-tax", "fic", "hrss"),
        3.0,
    ),
    S(
        "rd_super_deduction",
        "income_tax",
        ("研发费用税前加计扣除政策", "研发费用加计扣除"),
        ("搞创新花的钱能多抵多少？",),
        "R&D expense super deduction",
        ("研发费用", "加计扣除"),
        "CIM",
        ("county-tax", "industry-it"),
    ),
    S(
        "sme_cit_relief",
        "income_tax",
        ("小型微利企业所得税优惠政策", "小微企业所得税减免"),
        ("利润三百万以内的小公司少交多少？",),
        "Income tax relief for small low-profit enterprises",
        ("小型微利企业", "企业所得税"),
        "",
        ("county-tax", "fic"),
        1.5,
    ),
    S(
        "export_rebate",
        "export_tax",
        ("出口退（免）税申报", "出口退税申报操作"),
        ("货卖到越南，钱怎么拿回来？",),
        "Export tax rebate filing",
        ("出口退税",),
        "ACF",
        ("county-tax", "commerce"),
        2.0,
        ("nadong", "yunti", "mengsha"),
    ),
    S(
        "export_rebate_class",
        "export_tax",
        ("出口退（免）税企业分类管理", "出口退税企业分类管理办法"),
        ("外贸公司评一类二类有啥区别？",),
        "Export rebate enterprise classification",
        ("出口退税", "分类管理"),
        "CF",
        ("county-tax",),
        1.0,
        ("nadong", "yunti"),
    ),
    S(
        "six_two_fees",
        "local_tax",
        ("“六税两费”减免政策", "六税两费减半征收"),
        ("印花税房产税这些小税种减一半",),
        "Six-taxes-and-two-fees reduction",
        ("六税两费",),
        "",
        ("county-tax",),
    ),
    S(
        "water_resource_tax",
        "local_tax",
        ("水资源税改革试点", "水资源费改税"),
        ("电站取水以后怎么交？",),
        "Water resource tax reform",
        ("水资源税",),
        "BD",
        ("county-tax", "dev-reform"),
        1.0,
        ("sanjiangkou", "habo", "galiang"),
    ),
    S(
        "env_tax",
        "local_tax",
        ("环境保护税申报", "环境保护税核定征收"),
        ("排污要交的那笔钱",),
        "Environmental protection tax filing",
        ("环境保护税",),
        "BC",
        ("county-tax", "ecology"),
    ),
    S(
        "credit_rating",
        "tax_credit",
        ("纳税信用评价", "纳税信用等级评价标准"),
        ("A级纳税人是怎么评出来的？",),
        "Tax credit rating",
        ("纳税信用",),
        "",
        ("county-tax",),
    ),
    S(
        "credit_repair",
        "tax_credit",
        ("纳税信用修复", "纳税信用修复办理"),
        ("被降级了还能补救吗？",),
        "Tax credit repair",
        ("纳税信用", "信用修复"),
        "",
        ("county-tax", "fic"),
    ),
    S(
        "pension",
        "social_insurance",
        ("企业职工基本养老保险", "养老保险政策"),
        ("退休金是怎么算出来的？",),
        "Employee basic pension insurance",
        ("养老保险",),
        "",
        ("hrss",),
        1.5,
    ),
    S(
        "unemp_stabilize",
        "social_insurance",
        ("失业保险稳岗返还", "稳岗返还政策"),
        ("不裁员的企业能领回一笔钱",),
        "Job-retention refund of unemployment insurance",
        ("失业保险", "稳岗返还"),
        "",
        ("hrss", "fic"),
        2.0,
    ),
    S(
        "injury_ins",
        "social_insurance",
        ("工伤保险政策与工伤认定", "工伤保险"),
        ("工人干活受伤了谁来赔？",),
        "Work-injury insurance",
        ("工伤保险",),
        "BCE",
        ("hrss", "emergency"),
    ),
    S(
        "hire_subsidy",
        "employment",
        ("一次性吸纳就业补贴", "吸纳脱贫劳动力就业补贴"),
        ("招一个本地人能补多少钱？",),
        "One-off hiring subsidy",
        ("就业补贴",),
        "",
        ("hrss",),
        1.5,
    ),
    S(
        "skill_subsidy",
        "employment",
        ("职业技能提升补贴", "职业技能培训补贴申领"),
        ("考个证，国家给报销",),
        "Vocational skill upgrading subsidy",
        ("技能补贴", "职业技能"),
        "",
        ("hrss",),
    ),
    S(
        "migrant_wage",
        "employment",
        ("保障农民工工资支付条例", "农民工工资专用账户管理"),
        ("工地工资不能再拖了",),
        "Migrant workers' wage payment regulation",
        ("农民工工资",),
        "E",
        ("hrss", "dev-reform"),
        1.5,
    ),
    S(
        "labour_contract",
        "employment",
        ("劳动合同法", "劳动合同订立与解除"),
        ("招工签约要注意什么？",),
        "Labour contract law",
        ("劳动合同",),
        "",
        ("hrss", "fic"),
    ),
    S(
        "food_resp",
        "food_safety",
        ("企业落实食品安全主体责任监督管理规定", "食品安全主体责任“两个规定”"),
        ("食品厂老板要管哪些事？",),
        "Food safety main-responsibility rules",
        ("食品安全", "主体责任"),
        "CH",
        ("market-reg",),
        2.0,
    ),
    S(
        "food_workshop",
        "food_safety",
        ("食品小作坊登记管理", "云南省食品小作坊登记管理办法"),
        ("家里做米干卖要办什么证？",),
        "Small food workshop registration",
        ("食品小作坊",),
        "CF",
        ("market-reg",),
    ),
    S(
        "catering_safety",
        "food_safety",
        ("餐饮服务食品安全操作规范", "餐饮食品安全操作规范"),
        ("饭馆后厨怎么过检查？",),
        "Catering food safety practice",
        ("餐饮安全",),
        "H",
        ("market-reg", "culture-tourism"),
    ),
    S(
        "special_equip",
        "special_equipment",
        ("特种设备安全", "特种设备安全法"),
        ("锅炉电梯叉车怎么管？",),
        "Special equipment safety",
        ("特种设备",),
        "CDHK",
        ("market-reg", "emergency"),
    ),
    S(
        "gi_protect",
        "ip",
        ("地理标志产品保护", "哈尼梯田红米地理标志保护"),
        ("红米袋子上那个标志能随便印吗？",),
        "Geographical indication protection",
        ("地理标志",),
        "ACF",
        ("market-reg", "agri"),
    ),
    S(
        "trademark",
        "ip",
        ("商标注册与品牌培育", "商标注册申请"),
        ("自家茶起个牌子怎么不被抢？",),
        "Trademark registration",
        ("商标",),
        "",
        ("market-reg", "fic"),
    ),
    S(
        "registration_reg",
        "registration",
        ("经营主体登记管理条例", "市场主体登记管理条例实施细则"),
        ("开店办执照的新规矩",),
        "Business entity registration rules",
        ("登记注册",),
        "",
        ("market-reg",),
    ),
    S(
        "annual_report",
        "registration",
        ("企业年度报告公示", "经营主体年报公示"),
        ("执照每年要交的那张表",),
        "Annual report publicity",
        ("年报",),
        "",
        ("market-reg", "fic"),
        1.5,
    ),
    S(
        "livestream_compliance",
        "ecommerce",
        ("直播电商合规经营", "网络直播营销行为规范"),
        ("带货主播哪些话不能说？",),
        "Livestream e-commerce compliance",
        ("直播电商", "合规"),
        "FI",
        ("market-reg",),
    ),
    S(
        "livestream_skill",
        "ecommerce",
        ("直播电商人才培育", "电商直播带货技能提升"),
        ("手机拍视频卖咖啡",),
        "Livestream selling skills",
        ("直播电商", "电商培训"),
        "AF",
        ("commerce", "hrss"),
        1.5,
    ),
    S(
        "rural_ecommerce",
        "ecommerce",
        ("电子商务进农村综合示范", "农村电商公共服务体系"),
        ("山货怎么卖到网上？",),
        "Rural e-commerce demonstration",
        ("农村电商",),
        "AF",
        ("commerce", "agri"),
    ),
    S(
        "confined_space",
        "work_safety",
        ("工贸企业有限空间作业安全", "有限空间作业安全管理"),
        ("进罐进池子之前先测气",),
        "Confined-space work safety",
        ("有限空间",),
        "C",
        ("emergency",),
    ),
    S(
        "dust_explosion",
        "work_safety",
        ("工贸企业粉尘防爆安全", "粉尘涉爆企业安全管理"),
        ("茶厂咖啡厂的粉尘也会炸",),
        "Combustible dust explosion prevention",
        ("粉尘防爆",),
        "C",
        ("emergency",),
    ),
    S(
        "major_hazard_std",
        "work_safety",
        ("工贸企业重大事故隐患判定标准", "重大事故隐患判定标准"),
        ("哪些问题一查就是大毛病？",),
        "Criteria for major accident hazards",
        ("重大事故隐患",),
        "BC",
        ("emergency", "industry-it"),
    ),
    S(
        "safety_law",
        "safety_law",
        ("安全生产法", "新《安全生产法》"),
        ("出了事故老板要担什么责？",),
        "Work Safety Law",
        ("安全生产法",),
        "",
        ("emergency", "industry-it", "fic"),
        2.0,
    ),
    S(
        "fire_safety",
        "disaster",
        ("社会单位消防安全主体责任", "消防安全"),
        ("着火了第一分钟做什么？",),
        "Fire safety",
        ("消防",),
        "",
        ("emergency", "culture-tourism"),
        1.5,
    ),
    S(
        "flood_geo",
        "disaster",
        ("汛期防汛与地质灾害防治", "防汛减灾与地质灾害防治"),
        ("雨季山上要垮方怎么办？",),
        "Flood season and landslide safety",
        ("防汛", "地质灾害"),
        "",
        ("emergency", "dev-reform"),
    ),
    S(
        "discharge_permit",
        "env_permit",
        ("排污许可证申领与执行报告", "排污许可管理条例"),
        ("厂里排水要办的那张证",),
        "Pollutant discharge permits",
        ("排污许可",),
        "BCD",
        ("ecology",),
        1.5,
    ),
    S(
        "eia",
        "env_permit",
        ("建设项目环境影响评价", "环评分类管理名录"),
        ("新上项目先过环保这一关",),
        "Environmental impact assessment",
        ("环评",),
        "CDE",
        ("ecology", "dev-reform"),
    ),
    S(
        "env_disclosure",
        "env_permit",
        ("企业环境信息依法披露", "环境信息依法披露制度"),
        ("厂里的环保账每年要公开",),
        "Environmental information disclosure",
        ("环境信息披露",),
        "BC",
        ("ecology",),
    ),
    S(
        "solid_waste",
        "solid_waste",
        ("固体废物污染环境防治", "固体废物规范化管理"),
        ("厂里的废油废渣怎么处理？",),
        "Solid waste management",
        ("固体废物",),
        "BCQ",
        ("ecology",),
    ),
    S(
        "border_declare",
        "border_trade",
        ("边民互市贸易申报", "边民互市贸易管理系统申报"),
        ("边民拿货过关手机上怎么填？",),
        "Border residents' trade declaration",
        ("边民互市",),
        "FG",
        ("customs-nadong", "commerce"),
        2.0,
        ("nadong",),
    ),
    S(
        "border_landing",
        "border_trade",
        ("边民互市进口商品落地加工", "互市商品落地加工政策"),
        ("越南的坚果能在我们这里加工吗？",),
        "Onshore processing of border-trade imports",
        ("边民互市", "落地加工"),
        "CF",
        ("commerce", "customs-nadong", "industry-it"),
        1.5,
        ("nadong", "yunti"),
    ),
    S(
        "rcep",
        "foreign_trade",
        ("RCEP原产地规则与关税减让", "用好RCEP规则"),
        ("卖到东盟能少交多少关税？",),
        "Using RCEP rules of origin and tariff cuts",
        ("RCEP",),
        "ACF",
        ("commerce", "customs-nadong"),
    ),
    S(
        "export_credit_ins",
        "foreign_trade",
        ("出口信用保险", "小微外贸企业出口信用保险统保"),
        ("货发出去收不到钱怎么办？",),
        "Export credit insurance",
        ("出口信用保险",),
        "CF",
        ("commerce",),
    ),
    S(
        "origin_cert",
        "customs_clearance",
        ("原产地证书申领", "原产地证书智能审核与自助打印"),
        ("出口那张证明怎么打出来？",),
        "Certificate of origin application",
        ("原产地证书",),
        "ACF",
        ("customs-nadong",),
        1.0,
        ("nadong", "yunti"),
    ),
    S(
        "customs_aeo",
        "customs_clearance",
        ("海关AEO企业信用管理", "海关高级认证企业培育"),
        ("守规矩的企业过关更快",),
        "Customs AEO certification",
        ("AEO认证",),
        "CFG",
        ("customs-nadong",),
        1.0,
        ("nadong", "yunti"),
    ),
    S(
        "two_step",
        "customs_clearance",
        ("进口货物“两步申报”", "两步申报通关模式"),
        ("货先提走，材料后补",),
        "Two-step import declaration",
        ("两步申报",),
        "FG",
        ("customs-nadong",),
        1.0,
        ("nadong",),
    ),
    S(
        "fruit_orchard_reg",
        "quarantine",
        ("出口水果果园和包装厂注册登记", "出境水果果园包装厂注册"),
        ("芒果香蕉想卖出国先备个案",),
        "Export fruit orchard and packhouse registration",
        ("出口水果",),
        "AC",
        ("customs-nadong", "agri"),
        1.0,
        ("mengsha", "nanxi", "nadong"),
    ),
    S(
        "tea_export_inspect",
        "quarantine",
        ("出口茶叶检验检疫", "出口茶叶生产企业备案"),
        ("普洱卖到国外要过哪几道关？",),
        "Export tea inspection and quarantine",
        ("出口茶叶",),
        "AC",
        ("customs-nadong",),
        1.0,
        ("dachashan", "aluo", "yunti"),
    ),
    S(
        "farmland_subsidy",
        "farm_subsidy",
        ("耕地地力保护补贴", "耕地地力保护补贴发放"),
        ("种一亩田国家给多少钱？",),
        "Cultivated land fertility subsidy",
        ("耕地地力补贴",),
        "A",
        ("agri", "finance"),
        1.5,
    ),
    S(
        "machinery_subsidy",
        "farm_subsidy",
        ("农机购置与应用补贴", "农业机械购置补贴"),
        ("买微耕机能便宜多少？",),
        "Farm machinery purchase subsidy",
        ("农机补贴",),
        "A",
        ("agri",),
        1.5,
    ),
    S(
        "organic_cert",
        "agri_cert",
        ("有机产品认证", "有机产品认证管理办法"),
        ("有机茶的牌子怎么拿？",),
        "Organic product certification",
        ("有机认证",),
        "AC",
        ("agri", "market-reg"),
        1.0,
        ("dachashan", "aluo", "nanxi"),
    ),
    S(
        "green_food",
        "agri_cert",
        ("绿色食品认证", "绿色食品标志许可"),
        ("绿标怎么申请？",),
        "Green Food certification",
        ("绿色食品",),
        "AC",
        ("agri",),
    ),
    S(
        "terrace_reg",
        "terrace",
        ("红河哈尼梯田保护管理条例", "哈尼梯田保护管理条例"),
        ("祖先开的田不能随便动",),
        "Hani Terraces protection regulation",
        ("哈尼梯田", "遗产保护"),
        "AHR",
        ("culture-tourism", "agri"),
        1.0,
        ("galiang", "habo", "yunti"),
    ),
    S(
        "rice_fish",
        "terrace",
        ("梯田稻渔综合种养技术", "稻鱼鸭综合种养"),
        ("田里养鱼养鸭一举多得",),
        "Rice-fish-duck co-culture",
        ("稻渔综合种养",),
        "A",
        ("agri",),
        1.5,
        ("galiang", "habo", "aluo"),
    ),
    S(
        "rubber_ins",
        "agri_insurance",
        ("天然橡胶收入保险", "天然橡胶价格保险"),
        ("胶价跌了有人兜底",),
        "Natural rubber income insurance",
        ("橡胶保险",),
        "A",
        ("agri", "finance"),
        1.0,
        ("mangang", "nanxi"),
    ),
    S(
        "crop_ins",
        "agri_insurance",
        ("三大粮食作物完全成本保险", "水稻玉米完全成本保险"),
        ("种稻谷遭了灾怎么赔？",),
        "Full-cost insurance for staple crops",
        ("农业保险",),
        "A",
        ("agri", "finance"),
    ),
    S(
        "coffee_ins",
        "agri_insurance",
        ("咖啡价格指数保险", "咖啡价格保险"),
        ("豆子跌价了谁来补？",),
        "Coffee price index insurance",
        ("咖啡保险",),
        "A",
        ("agri", "finance"),
        1.0,
        ("nanxi", "mengsha"),
    ),
    S(
        "coffee_processing",
        "specialty_industry",
        ("精品咖啡初加工技术规范", "咖啡鲜果湿法加工"),
        ("豆子怎么卖上好价钱？",),
        "Specialty coffee primary processing",
        ("咖啡",),
        "AC",
        ("agri", "industry-it"),
        1.0,
        ("nanxi", "mengsha"),
    ),
    S(
        "tea_workshop",
        "specialty_industry",
        ("茶叶初制所规范化建设", "茶叶初制所规范提升"),
        ("鲜叶怎么炒才卖得上价？",),
        "Tea primary processing standardisation",
        ("茶叶初制所",),
        "AC",
        ("agri", "market-reg"),
        1.0,
        ("dachashan", "aluo"),
    ),
    S(
        "fruit_std",
        "specialty_industry",
        ("热带水果标准化种植", "芒果香蕉标准化种植技术"),
        ("果子怎么种才卖得上价？",),
        "Standardised tropical fruit growing",
        ("热带水果",),
        "A",
        ("agri",),
        1.0,
        ("mengsha", "nanxi", "nadong"),
    ),
    S(
        "startup_loan",
        "finance_credit",
        ("创业担保贷款", "创业担保贷款申请"),
        ("想开店没本钱，怎么借？",),
        "Start-up guaranteed loans",
        ("创业担保贷款",),
        "",
        ("hrss", "finance"),
        1.5,
    ),
    S(
        "credit_platform",
        "finance_credit",
        ("“信易贷”融资服务平台", "信易贷平台"),
        ("凭信用就能借钱的网站",),
        "Credit-based financing platform",
        ("信易贷",),
        "",
        ("dev-reform", "finance", "fic"),
    ),
    S(
        "gov_guarantee",
        "finance_credit",
        ("政府性融资担保", "政府性融资担保降费奖补"),
        ("担保费降到1%以下",),
        "Government financing guarantees",
        ("融资担保",),
        "",
        ("finance",),
    ),
    S(
        "homestay_rating",
        "tourism",
        ("旅游民宿等级评定", "旅游民宿基本要求与等级划分"),
        ("客栈想评个金宿银宿",),
        "Homestay grading",
        ("民宿",),
        "H",
        ("culture-tourism",),
        1.0,
        ("yunti", "galiang", "habo"),
    ),
    S(
        "a_scenic",
        "tourism",
        ("A级旅游景区评定", "A级旅游景区质量等级评定"),
        ("景点怎么升一级？",),
        "A-grade scenic area rating",
        ("A级景区",),
        "HNR",
        ("culture-tourism",),
        1.0,
        ("yunti", "galiang", "habo"),
    ),
    S(
        "tourism_law",
        "tourism",
        ("旅游法与旅行社合规经营", "旅行社合规经营"),
        ("带团不能强制购物",),
        "Tourism Law compliance",
        ("旅游法",),
        "HL",
        ("culture-tourism", "market-reg"),
    ),
    S(
        "logging_permit",
        "forestry",
        ("林木采伐许可", "林木采伐许可证办理"),
        ("自家山上的树能不能砍？",),
        "Tree-felling permits",
        ("林木采伐",),
        "A",
        ("forestry",),
    ),
    S(
        "forest_carbon",
        "forestry",
        ("林业碳汇项目开发", "林业碳汇交易"),
        ("树长着就能卖钱？",),
        "Forestry carbon sinks",
        ("林业碳汇",),
        "A",
        ("forestry", "dev-reform"),
    ),
    S(
        "forest_fire",
        "forestry",
        ("森林草原防灭火", "森林防火"),
        ("上山烧荒要小心",),
        "Forest fire prevention",
        ("森林防火",),
        "",
        ("forestry", "emergency"),
        2.5,
    ),
    S(
        "srdi",
        "sme",
        ("专精特新中小企业认定", "专精特新中小企业培育"),
        ("小厂怎么评上省级称号？",),
        "Specialised and sophisticated SME recognition",
        ("专精特新",),
        "CIM",
        ("industry-it",),
    ),
    S(
        "digital_transform",
        "sme",
        ("中小企业数字化转型", "中小企业数字化转型试点"),
        ("车间上云，用手机管生产",),
        "SME digital transformation",
        ("数字化转型",),
        "CI",
        ("industry-it",),
    ),
    S(
        "small_hydro",
        "energy",
        ("小水电站安全生产标准化", "小水电安全生产"),
        ("电站值班员要守的规矩",),
        "Small hydropower safety",
        ("小水电",),
        "D",
        ("dev-reform", "emergency"),
        1.0,
        ("sanjiangkou", "habo", "galiang"),
    ),
    S(
        "green_power",
        "energy",
        ("绿色电力交易", "绿电交易与绿证"),
        ("电站的电直接卖给工厂",),
        "Green electricity trading",
        ("绿电交易",),
        "CD",
        ("dev-reform", "industry-it"),
        1.0,
        ("sanjiangkou", "yunti"),
    ),
    S(
        "central_budget",
        "investment",
        ("中央预算内投资项目申报", "中央预算内投资计划申报"),
        ("向国家要项目资金",),
        "Central budget investment application",
        ("中央预算内投资",),
        "DEN",
        ("dev-reform",),
    ),
    S(
        "special_bond",
        "investment",
        ("地方政府专项债券项目申报", "专项债券项目储备"),
        ("专项债怎么报项目？",),
        "Special-purpose bond project application",
        ("专项债",),
        "DEN",
        ("dev-reform", "finance"),
    ),
    S(
        "policy_direct",
        "policy_direct",
        ("惠企政策直达快享", "惠企政策“免申即享”"),
        ("哪些钱企业不用申请就能领？",),
        "Direct delivery of business support policies",
        ("惠企政策",),
        "",
        ("finance", "fic", "dev-reform"),
        2.0,
    ),
    S(
        "private_econ",
        "private_economy",
        ("民营经济促进法", "《中华人民共和国民营经济促进法》"),
        ("私企老板的定心丸",),
        "Private Economy Promotion Law",
        ("民营经济",),
        "",
        ("fic", "dev-reform"),
        2.0,
    ),
)
del S
SUBJECT_BY_ID: Final = {s.id: s for s in SUBJECTS}

# ----------------------------------------------------------------------- ground truth

# (start, end) in minutes after midnight; Yunnan offices open 9:00-12:00 and 14:30-18:00
SLOTS: Final[tuple[tuple[int, int, float], ...]] = (
    (540, 690, 3.0),  # 09:00-11:30
    (570, 660, 2.0),  # 09:30-11:00
    (600, 720, 2.0),  # 10:00-12:00
    (540, 630, 1.5),  # 09:00-10:30
    (870, 1020, 2.5),  # 14:30-17:00
    (900, 990, 1.5),  # 15:00-16:30
    (870, 960, 1.5),  # 14:30-16:00
    (930, 1050, 1.0),  # 15:30-17:30
)
FULL_DAY: Final = (540, 1020)
MARKET: Final = ((600, 900), (570, 750), (630, 810))  # on a town's market day
EVENING: Final = (1170, 1260)


@dataclass
class Truth:
    subject: Subject
    kind: str
    day: int
    start: int
    end: int
    towns: tuple[str, ...]  # () = every town
    sectors: tuple[str, ...]  # () = every sector
    hosts: tuple[str, ...]
    series: int = 0
    cancelled: bool = False

    @property
    def t0(self) -> datetime:
        return MONTH_START + timedelta(days=self.day, minutes=self.start)

    @property
    def t1(self) -> datetime:
        return MONTH_START + timedelta(days=self.day, minutes=self.end)


def audiences_meet(a: Truth, b: Truth) -> bool:
    if a.sectors and b.sectors and not set(a.sectors) & set(b.sectors):
        return False
    return not (a.towns and b.towns and not set(a.towns) & set(b.towns))


def is_conflict(a: Truth, b: Truth) -> bool:
    return audiences_meet(a, b) and a.t0 < b.t1 and b.t0 < a.t1


def is_redundant(a: Truth, b: Truth) -> bool:
    return (
        a.kind == b.kind
        and a.subject.id == b.subject.id
        and abs(a.t0 - b.t0) <= timedelta(days=WINDOW_DAYS)
        and audiences_meet(a, b)
    )


def is_workday(day: int) -> bool:
    return 0 <= day < DAYS and day % 7 < 5 and day not in HOLIDAYS


class Planner:
    """Draws the month's ground truth (subject, kind, time, towns, sectors, hosts)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.out: list[Truth] = []
        self.weights = [s.weight for s in SUBJECTS]
        self.town_ids = [t.id for t in TOWNS]
        self.town_w = [TOWN_WEIGHT[t] for t in self.town_ids]

    # -- small draws
    def subject(self) -> Subject:
        return self.rng.choices(SUBJECTS, self.weights)[0]

    def dept(self, s: Subject) -> str:
        if len(s.depts) == 1 or self.rng.random() < 0.6:
            return s.depts[0]
        return self.rng.choice(s.depts[1:])

    def kind(self, dept: str) -> str:
        return "TRAINING" if self.rng.random() < DEPT_BY_SLUG[dept].p_training else "PUBLICITY"

    def workday(self, lo: int = 0, hi: int = DAYS - 1) -> int:
        days = [d for d in range(max(lo, 0), min(hi, DAYS - 1) + 1) if is_workday(d)]
        if not days:
            days = [d for d in range(DAYS) if is_workday(d)]
        return self.rng.choice(days)

    def next_workday(self, day: int) -> int:
        while day < DAYS and not is_workday(day):
            day += 1
        return day

    def slot(self, kind: str) -> tuple[int, int]:
        r = self.rng.random()
        if kind == "TRAINING" and r < 0.06:
            return FULL_DAY
        if kind == "PUBLICITY" and r < 0.03:
            return EVENING
        pick = self.rng.choices(SLOTS, [w for _, _, w in SLOTS])[0]
        return pick[0], pick[1]

    def town(self, s: Subject, avoid: tuple[str, ...] = ()) -> str:
        for _ in range(50):
            if s.towns and self.rng.random() < 0.75:
                t = self.rng.choice(s.towns)
            else:
                t = self.rng.choices(self.town_ids, self.town_w)[0]
            if t not in avoid:
                return t
        return next(t for t in self.town_ids if t not in avoid)

    def towns(self, s: Subject) -> tuple[str, ...]:
        r = self.rng.random()
        if r < 0.12:
            return ()
        first = self.town(s)
        if r < 0.2:
            return tuple(sorted((first, self.town(s, (first,)))))
        return (first,)

    def sectors(self, s: Subject) -> tuple[str, ...]:
        if s.sectors:
            if self.rng.random() < 0.1:
                return ()
            k = self.rng.randint(1, min(3, len(s.sectors)))
            return tuple(sorted(self.rng.sample(s.sectors, k)))
        if self.rng.random() < 0.72:
            return ()
        k = self.rng.randint(1, 2)
        return tuple(sorted(set(self.rng.choices(GENERIC_SECTORS, k=k))))

    def hosts(self, s: Subject, primary: str) -> tuple[str, ...]:
        r = self.rng.random()
        if r > 0.16:
            return (primary,)
        pool = [d for d in s.depts if d != primary]
        if primary != "fic" and "fic" not in pool:
            pool.append("fic")
        n = 2 if r > 0.03 else 3
        return (primary, *self.rng.sample(pool, min(n - 1, len(pool))))

    def add(self, t: Truth) -> Truth:
        self.out.append(t)
        return t

    def make(
        self,
        s: Subject,
        dept: str,
        kind: str,
        day: int,
        towns: tuple[str, ...],
        sectors: tuple[str, ...],
        slot: tuple[int, int] | None = None,
        series: int = 0,
    ) -> Truth:
        a, b = slot if slot is not None else self.slot(kind)
        if not towns and not sectors and self.rng.random() < 0.5:
            sectors = tuple(sorted(set(self.rng.choices(GENERIC_SECTORS, k=2))))
        t = Truth(s, kind, day, a, b, towns, sectors, self.hosts(s, dept), series)
        for attempt in range(60):  # a department never holds one subject twice at once in a town
            if not any(self.same_occasion(t, u) for u in self.out):
                break
            if attempt % 8 == 7:
                t.day = self.next_workday(t.day + 1) if t.day < DAYS - 3 else self.workday()
            t.start, t.end = self.slot(kind)
        return self.add(t)

    @staticmethod
    def same_occasion(a: Truth, b: Truth) -> bool:
        return (
            a.subject.id == b.subject.id
            and a.day == b.day
            and a.hosts[0] == b.hosts[0]
            and a.start < b.end
            and b.start < a.end
            and (not a.towns or not b.towns or bool(set(a.towns) & set(b.towns)))
        )

    # -- campaigns
    def single(self, s: Subject) -> None:
        dept = self.dept(s)
        kind = self.kind(dept)
        town = self.towns(s)
        if kind == "PUBLICITY" and len(town) == 1 and self.rng.random() < 0.3:
            market = TOWN_BY_ID[town[0]].market_weekday
            days = [d for d in range(DAYS) if d % 7 == market and d not in HOLIDAYS]
            day = self.rng.choice(days)
            self.make(s, dept, kind, day, town, self.sectors(s), self.rng.choice(MARKET))
            return
        self.make(s, dept, kind, self.workday(), town, self.sectors(s))

    def tour(self, s: Subject) -> None:
        """One department takes the same session round several towns."""
        dept = self.dept(s)
        kind = self.kind(dept)
        sectors = self.sectors(s)
        slot = self.slot(kind) if self.rng.random() < 0.6 else None
        n = self.rng.randint(3, 6)
        pool = list(s.towns) + [t for t in self.town_ids if t not in s.towns]
        stops = pool[: len(s.towns)] if self.rng.random() < 0.5 else []
        rest = [t for t in pool if t not in stops]
        self.rng.shuffle(rest)
        stops = (stops + rest)[:n]
        self.rng.shuffle(stops)
        day = self.workday(0, 30)
        for town in stops:
            day = self.next_workday(day)
            if day >= DAYS:
                break
            self.make(s, dept, kind, day, (town,), sectors, slot)
            day += self.rng.randint(1, 4)

    def series(self, s: Subject) -> None:
        """第1期/第2期…: the same department repeats one session."""
        dept = self.dept(s)
        kind = self.kind(dept)
        sectors = self.sectors(s)
        r = self.rng.random()
        fixed: tuple[str, ...] | None = (self.town(s),) if r < 0.6 else (() if r < 0.85 else None)
        slot = self.slot(kind)
        n = self.rng.randint(2, 4)
        gap = self.rng.choice((3, 5, 7, 7, 7, 9))
        day = self.workday(0, 20)
        for i in range(1, n + 1):
            day = self.next_workday(day)
            if day >= DAYS:
                break
            towns = fixed if fixed is not None else (self.town(s),)
            self.make(s, dept, kind, day, towns, sectors, slot, series=i)
            day += gap

    def echo(self, s: Subject) -> None:
        """Another department (or the same one again) runs the same subject soon after."""
        base_dept = self.dept(s)
        kind = self.kind(base_dept)
        base = self.make(s, base_dept, kind, self.workday(0, 30), self.towns(s), self.sectors(s))
        for _ in range(self.rng.choice((1, 1, 1, 2))):
            others = [d for d in s.depts if d != base_dept]
            dept = self.rng.choice(others) if others else base_dept
            k = kind if self.rng.random() < 0.85 else _other(kind)
            offset = self.rng.choices(
                (0, self.rng.randint(1, 13), 14, self.rng.randint(15, 20)), (1.0, 6.0, 0.7, 1.8)
            )[0]
            day = self.next_workday(base.day + offset)
            if day >= DAYS:
                continue
            r = self.rng.random()
            if r < 0.65:
                towns = base.towns or (self.town(s),)
            elif r < 0.8:
                towns = ()
            else:
                towns = (self.town(s, base.towns),)
            if base.sectors and self.rng.random() < 0.7:
                k_sec = self.rng.randint(1, len(base.sectors))
                sectors = tuple(sorted(self.rng.sample(base.sectors, k_sec)))
            else:
                sectors = self.sectors(s)
            self.make(s, dept, k, day, towns, sectors)

    # -- deliberate traps
    def siblings(self) -> None:
        """Two sibling policies of one area, same department, town, kind, within a week."""
        areas = sorted({s.area for s in SUBJECTS if sum(x.area == s.area for x in SUBJECTS) > 1})
        area = self.rng.choice(areas)
        s1, s2 = self.rng.sample([s for s in SUBJECTS if s.area == area], 2)
        common = [d for d in s1.depts if d in s2.depts]
        d1 = self.rng.choice(common) if common else s1.depts[0]
        d2 = d1 if common else s2.depts[0]
        kind = self.kind(d1)
        town = (self.town(s1),)
        shared = sorted(set(s1.sectors) & set(s2.sectors))
        sectors = (self.rng.choice(shared),) if shared else ()
        day = self.workday(0, 34)
        slot = self.slot(kind)
        self.make(s1, d1, kind, day, town, sectors, slot)
        gap = self.rng.choice((0, 0, 1, 2, 3, 5, 7))
        day2 = self.next_workday(day + gap)
        same_slot = gap == 0 and self.rng.random() < 0.6
        if day2 >= DAYS:
            day2 = day
        self.make(s2, d2, kind, day2, town, sectors, slot if same_slot else None)

    def kinds(self) -> None:
        """The same subject for the same audience, once as TRAINING and once as PUBLICITY."""
        s = self.subject()
        towns = (self.town(s),)
        sectors = self.sectors(s)
        day = self.workday(0, 30)
        self.make(s, self.dept(s), "TRAINING", day, towns, sectors)
        day2 = self.next_workday(day + self.rng.randint(0, 10))
        self.make(s, self.dept(s), "PUBLICITY", day2, towns, sectors)

    def boundary(self) -> None:
        """A repeat starting 14 days later: exactly on (or inside) the window, or just past it."""
        s = self.subject()
        day = self.rng.choice([d for d in range(DAYS - 14) if is_workday(d) and is_workday(d + 14)])
        kind = self.kind(s.depts[0])
        towns = (self.town(s),)
        sectors = self.sectors(s)
        a, b = self.rng.choice(((540, 690), (570, 660), (870, 1020)))
        self.make(s, s.depts[0], kind, day, towns, sectors, (a, b))
        shift = self.rng.choice((0, 0, -30, 30, 60))
        dept = self.dept(s)
        self.make(s, dept, kind, day + 14, towns, sectors, (a + shift, b + shift))

    def double_booked(self) -> None:
        """Two departments run one subject for one town on the same morning."""
        s = self.rng.choice([x for x in SUBJECTS if len(x.depts) > 1])
        d1, d2 = self.rng.sample(s.depts, 2)
        kind = self.kind(d1)
        towns = (self.town(s),)
        day = self.workday()
        self.make(s, d1, kind, day, towns, self.sectors(s), (540, 690))
        self.make(s, d2, kind, day, towns, self.sectors(s), (600, 720))

    def touching(self, day: int) -> None:
        """Back to back in one town for one sector: end == start does not intersect."""
        s1, s2 = self.subject(), self.subject()
        town = (self.town(s1),)
        letters = sorted(set(s1.sectors) & set(s2.sectors)) or ["C"]
        sectors = (self.rng.choice(letters),)
        self.make(s1, self.dept(s1), self.kind(s1.depts[0]), day, town, sectors, (540, 630))
        self.make(s2, self.dept(s2), self.kind(s2.depts[0]), day, town, sectors, (630, 720))

    def busy_morning(self, day: int) -> None:
        """Many sessions at once; only some share an audience."""
        for _ in range(self.rng.randint(12, 20)):
            s = self.subject()
            dept = self.dept(s)
            a = self.rng.choice((540, 540, 570, 600))
            b = a + self.rng.choice((90, 120, 150))
            r = self.rng.random()
            towns: tuple[str, ...] = () if r < 0.08 else (self.town(s),)
            self.make(s, dept, self.kind(dept), day, towns, self.sectors(s), (a, b))

    def build(self) -> list[Truth]:
        rng = self.rng
        target = rng.randint(590, 660)
        mornings = sorted(rng.sample([d for d in range(DAYS) if is_workday(d)], 5))
        for day in mornings:
            self.busy_morning(day)
            for _ in range(rng.randint(1, 2)):
                self.touching(day)
        for _ in range(rng.randint(12, 16)):
            self.siblings()
        for _ in range(rng.randint(5, 8)):
            self.kinds()
        for _ in range(rng.randint(2, 4)):
            self.double_booked()
        for _ in range(rng.randint(5, 8)):
            self.boundary()
        campaigns = (self.single, self.tour, self.series, self.echo)
        campaign_w = (0.35, 0.25, 0.12, 0.28)
        for s in SUBJECTS:  # every subject at least once
            rng.choices(campaigns, campaign_w)[0](s)
        while len(self.out) < target:
            rng.choices(campaigns, campaign_w)[0](self.subject())
        for t in rng.sample(self.out, round(len(self.out) * rng.uniform(0.04, 0.06))):
            t.cancelled = True
        return self.out


def _other(kind: str) -> str:
    return "PUBLICITY" if kind == "TRAINING" else "TRAINING"


# --------------------------------------------------------------------------- writing


def _iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.isoformat()


def _write(t: Truth, rng: random.Random) -> dict[str, object]:
    """Render one session the way its first host writes it."""
    d = DEPT_BY_SLUG[t.hosts[0]]
    s = t.subject
    r = rng.random()
    if r < d.p_english:
        register, name = "english", s.english
    elif r < d.p_english + d.p_everyday and s.everyday and d.everyday_tpl:
        register, name = "everyday", rng.choice(s.everyday)
    else:
        register, name = "formal", rng.choice(s.formal)
    tpls = {"english": d.english_tpl, "everyday": d.everyday_tpl, "formal": d.formal_tpl}[register]
    market_day = len(t.towns) == 1 and t.day % 7 == TOWN_BY_ID[t.towns[0]].market_weekday
    if not market_day:
        tpls = tuple(x for x in tpls if "赶街天" not in x) or tpls
    if not t.towns:
        tpls = tuple(x for x in tpls if "{town}" not in x) or tpls
    tpl = rng.choice(tpls)
    town_style = d.town_style if rng.random() < 0.94 else rng.choice(TOWN_STYLES)
    sector_style = d.sector_style if rng.random() < 0.94 else rng.choice(SECTOR_STYLES)
    english = register == "english"
    towns = [TOWN_BY_ID[x].spell(town_style) for x in t.towns]
    label_style = d.town_style if english or d.town_style != "english" else "short"
    town_label = (" & " if english else "、").join(
        TOWN_BY_ID[x].spell(label_style) for x in t.towns
    ) or ("County-wide" if english else "全县")
    start = t.t0
    if english:
        md = f"{start.strftime('%b')} {start.day}"
        fmt = rng.choice(FMT_EN[t.kind])
    else:
        md = f"{start.month}月{start.day}日"
        fmt = rng.choice(FMT_ZH[t.kind])
        if name.endswith(fmt[:2]):  # 减免政策 + 政策宣讲 -> 减免政策宣讲
            fmt = fmt[2:]
    if t.series:
        series_tpl = " (Session {n})" if english else d.series_tpl
        if not english and series_tpl.startswith(" "):
            series_tpl = "（第{n}期）"
        series = series_tpl.format(n=t.series, cn=CN_NUM[t.series])
        if "{fmt}" in tpl:
            fmt += series
        else:
            tpl += series
    if tpl.startswith("那峒海关") and name.startswith("海关"):
        name = name.removeprefix("海关")
    title = tpl.format(name=name, fmt=fmt, town=town_label, md=md)
    if d.tag_mode == "specific":
        topics = [*s.tags, *d.broad]
    elif d.tag_mode == "broad":
        topics = [*d.broad, *(s.tags[:1] if rng.random() < 0.3 else ())]
    elif d.tag_mode == "english":
        topics = ["trade", s.english.lower()]
    else:
        topics = []
    topics = list(dict.fromkeys(topics))
    return {
        "kind": t.kind,
        "title": title,
        "start": _iso(start, d.utc),
        "end": _iso(t.t1, d.utc),
        "topics": topics,
        "sectors": [spell_sector(x, sector_style) for x in t.sectors],
        "regions": towns,
        "hosts": list(t.hosts),
        "cancelled": t.cancelled,
    }


def label(truths: list[Truth], keys: list[str]) -> dict[str, list[list[str]]]:
    """Apply the written definitions to the ground truth (never to the written fields)."""
    conflict: list[list[str]] = []
    redundant: list[list[str]] = []
    live = [(k, t) for k, t in zip(keys, truths, strict=True) if not t.cancelled]
    for i, (ka, a) in enumerate(live):
        for kb, b in live[i + 1 :]:
            pair = sorted((ka, kb))
            if is_conflict(a, b):
                conflict.append(pair)
            if is_redundant(a, b):
                redundant.append(pair)
    return {"CONFLICT": sorted(conflict), "REDUNDANT": sorted(redundant)}


def generate(seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    truths = Planner(rng).build()
    truths.sort(key=lambda t: (t.day, t.start, t.end, t.subject.id, t.hosts, t.towns))
    keys = [f"T{n:06d}" for n in rng.sample(range(1, 1_000_000), len(truths))]
    sessions = [{"key": k, **_write(t, rng)} for k, t in zip(keys, truths, strict=True)]
    return {"windowDays": WINDOW_DAYS, "sessions": sessions, "pairs": label(truths, keys)}
