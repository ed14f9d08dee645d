"""Month of enterprise trainings and policy-publicity sessions in 延塬县 (Yanyuan County).

DATA SHEET
==========
An invented county of the Loess Plateau (northern Shaanxi / eastern Gansu / Ningxia style): gully-and-
tableland (沟壑塬面) terrain, dwarf-rootstock apples on the tablelands, jujube along the river valleys,
millet and other minor grains on dry slopes, cattle and sheep under a grazing ban, a coal district and an
oil-gas field, a red-tourism town with cave-dwelling (窑洞) homestays, soil-and-water conservation check
dams, afforestation, labour export, and farm-produce e-commerce.  Period: 2027-03-01 (Mon) .. 2027-04-09
(40 days, 27 working days; 2027-04-05 Qingming is a holiday).  windowDays = 14.

Towns (13) -- id: full / short / old pre-merger township / pinyin / local nickname
  chengguan 城关镇 / 城关 / 东关乡 / Chengguan Town / 县城        (county seat, industrial park)
  yuanshang 塬上镇 / 塬上 / 高塬乡 / Yuanshang Town / 苹果塬      (apples, millet)
  zaolin    枣林镇 / 枣林 / 红枣乡 / Zaolin Town / 枣乡           (jujube, homestays)
  chuankou  川口镇 / 川口 / 河湾乡 / Chuankou Town / 川口街       (industrial park, logistics)
  shiyao    石窑镇 / 石窑 / 窑坪乡 / Shiyao Town / 石窑沟         (coal, cave homestays)
  hongya    红崖镇 / 红崖 / 寨子湾乡 / Hongya Town / 红色小镇     (red tourism)
  youfang   油坊镇 / 油坊 / 井沟乡 / Youfang Town / 油区          (oil-gas field)
  liuwan    柳湾镇 / 柳湾 / 杨家坪乡 / Liuwan Town / 柳湾川       (apples, cattle)
  baicaowa  白草洼乡 / 白草洼 / 羊圈山乡 / Baicaowa Township / 草洼 (cattle, forest, check dams)
  xinghe    杏河镇 / 杏河 / 杏子川乡 / Xinghe Town / 杏河川       (millet, check dams)
  goumen    沟门镇 / 沟门 / 双庙乡 / Goumen Town / 沟门街         (coal, cattle)
  xinzhuang 新庄镇 / 新庄 / 新庄乡 (upgraded township) / Xinzhuang Town / 新庄塬 (apples)
  yangling  杨岭镇 / 杨岭 / 古城乡 / Yangling Town / 杨岭梁       (oil, forest, jujube)
  Also written "枣林镇（原红枣乡）".  Whole county: ["全县"] or [] (both mean everyone).
  Sectors: GB/T 4754-2017 sections written "C", "制造业", "C 制造业" or "Manufacturing" by habit.

Departments (20) -- slug: key style; habits
  tax        延塬税宣〔2027〕N号   formal names and abbreviations, 【报名】/2027年第一季度, precise tags,
                                   local time, "C 制造业", writes ["全县"]
  hrss       HRSS-NNN              colloquial questions (…能领多少钱？), series 送政策下乡 across towns,
                                   evening livestreams, 07:30 talks at the bus station before migrant-worker
                                   coaches leave; times exported in UTC "Z"; old township names
  medins     YB2027NNNN            formal, some questions
  agri       NY-2027-NNN           long series "——某某镇站"/"（3月9日·某某镇）", old township names and
                                   "X镇（原Y乡）", weekend village sessions, broad tags (乡村振兴, 三农)
  forestry   LCJNNN                森林防火 around Qingming, old township names
  water      延水保字第N号         formal; half of its times in UTC "+00:00"; sector letters
  emergency  延应急〔2027〕N号     关于开展…的通知, industry 专场, "安全生产" as a broad tag
  market     SCJG-27-NNNN          abbreviations, sectors partly in English
  ecology    HBFJ-YYYYMMDD-NN      formal/abbr, sector letters
  commerce   COM-2027-NNN          English titles ("Consumer Goods Trade-in Subsidy Briefing"), evening
                                   livestreams, pinyin towns, English sector names, UTC "Z"
  invest     IPC/27/NNN            mostly English titles, pinyin towns, UTC "+00:00", tags "Investment"
  culture    WLJ-MMDD-NN           town nicknames and pinyin, weekend sessions in tourist towns
  devreform  延发改〔2027〕N号     formal, 关于开展…的通知, "C 制造业"
  industry   GXJ-NNN               formal + a few English titles, quarterly decorations, sector letters
  finance    CZ2027-NNN            formal, often co-hosts
  rural      XZ-NNN                colloquial, nicknames, series across villages, broad tags
  pboc       PBC-YY-NNN            people's bank branch: loans, anti-fraud, livestreams
  housing    ZJ〔2027〕N           construction-site subjects, "E 建筑业"
  natres     ZRZY-NNN              geohazard / cave-dwelling checks, old township names
  fic        GSL2027-NN            federation of industry & commerce: explains others' policies, co-hosts
  A co-hosted session is one record, hosts = [lead, co-hosts...], keyed in the lead's numbering.

Policies (89).  Line 1: id [natural sectors; departments explaining it]; line 2: formal name |
one everyday name | abbreviations | local word | English title.  Departments pick the wording by habit;
titles may also use a generic head shared by unrelated subjects ("惠企税费政策宣讲会（六税两费）").
  -- tax
  tax_cit_small *hot* [all; tax fic industry]
      小型微利企业所得税优惠政策 | 利润不到三百万的小老板能省多少？ | 小微企业所得税优惠 / 小微所得税减半 | “CIT Relief for Small Low-profit Enterprises”
  tax_cit_west [BCDI; tax invest devreform]
      西部大开发企业所得税优惠政策 | 在咱这儿办厂按15%交咋申请？ | 西部大开发15%税率 / 西部大开发税收优惠 | “Western Development CIT Preferential Rate (15%)”
  tax_vat_small *hot* [all; tax market fic]
      小规模纳税人增值税减免政策 | 月销售额10万以下的个体户还用交吗？ | 小规模减免 / 增值税小规模优惠 | 个体户免征 | “VAT Exemption for Small-scale Taxpayers”
  tax_vat_refund [BCDI; tax industry finance]
      增值税留抵退税政策 | 进项多销项少，压着的钱能拿回来吗？ | 留抵退税 / 增量留抵退税 | “VAT Credit Refund”
  tax_cit_annual *hot* [all; tax fic]
      2026年度企业所得税汇算清缴 | 公司年底总账怎么报？ | 企业所得税汇缴 / 所得税年度汇算 | “2026 Annual CIT Reconciliation”
  tax_iit_annual [all; tax fic hrss]
      2026年度个人所得税综合所得汇算清缴 | 工资里多扣的钱怎么退回来？ | 个税年度汇算 / 个税汇算 | “2026 Individual Income Tax Annual Reconciliation”
  tax_six [all; tax]
      “六税两费”减征政策 | 城建、教育附加这些小项能减一半？ | 六税两费 / 六税两费减半
  tax_agri_input [CF; tax agri]
      农产品增值税进项税额核定扣除 | 收购苹果、红枣的票怎么抵？ | 农产品核定扣除 / 核定扣除
  tax_einvoice [all; tax]
      全面数字化的电子发票推广应用 | 新版票据咋开？ | 数电票 / 全电发票 | “Fully Digitalized E-invoice”
  tax_resource [B; tax devreform]
      资源税从价计征申报 | 挖煤卖煤按啥算钱？ | 资源税申报
  -- human resources & social security
  hr_stable_return *hot* [all; hrss fic industry finance]
      失业保险稳岗返还 | 不裁员，年底能拿回多少钱？ | 稳岗返还 / 稳岗资金 | “Job Retention Refund of Unemployment Insurance”
  hr_skill_subsidy [all; hrss]
      失业保险技能提升补贴 | 考个证能领多少钱？ | 技能提升补贴 / 考证补贴
  hr_skill_cert [CEHO; hrss]
      职业技能等级认定 | 评个技工要考啥？ | 技能等级认定 / 等级认定
  hr_grad_hire *hot* [all; hrss fic industry]
      吸纳高校毕业生一次性扩岗补助 | 招个大学生给补多少？ | 一次性扩岗补助 / 扩岗补助 | “One-off Subsidy for Hiring Graduates”
  hr_startup_loan *hot* [all; hrss pboc finance rural]
      创业担保贷款及贴息政策 | 想开店没本钱，找谁借？ | 创业担保贷 / 创贷 | “Start-up Guaranteed Loans”
  hr_wage_deposit [E; hrss housing]
      工程建设领域农民工工资保证金制度 | 包工程先押的那笔钱啥时候退？ | 工资保证金
  hr_wage_account [E; hrss housing pboc]
      农民工工资专用账户管理 | 工地发工资必须走专门的卡？ | 工资专户 / 农民工工资专户
  hr_pension_flex [all; hrss]
      灵活就业人员参加企业职工基本养老保险 | 打零工、跑外卖的咋交？老了能领多少？ | 灵活就业参保 / 个人参保
  hr_pension_rural [all; hrss rural]
      城乡居民基本养老保险缴费 | 农民一年交多少档划算？ | 城乡居保 / 居民养老缴费
  hr_labour_export *hot* [all; hrss rural]
      劳务输出组织化补贴及跨省务工交通补助 | 出门打工的路费能报吗？ | 劳务输出补贴 / 务工交通补助 | 后生女子出门务工补助
  hr_contract [all; hrss fic]
      劳动合同签订与劳动用工风险防范 | 试用期不签协议行不行？ | 劳动用工合规 | “Labour Contract Compliance”
  -- medical insurance
  med_employee [all; medins]
      职工基本医疗保险门诊共济保障 | 单位那张卡里的钱家里人能用吗？ | 门诊共济 / 个人账户家庭共济
  med_resident [all; medins rural]
      城乡居民基本医疗保险集中参保缴费 | 新农合今年交多少？ | 居民医保缴费 / 居民参保
  med_fraud [FQ; medins market]
      打击欺诈骗取医疗保障基金专项整治 | 药店刷卡买米面油算违规吗？ | 医保基金监管 / 打击欺诈骗保
  -- agriculture
  ag_apple_ins [A; agri finance pboc]
      苹果政策性种植保险 | 果园遭了冰雹能赔多少？ | 苹果保险 / 果树保险
  ag_apple_futures [A; agri finance]
      苹果“保险+期货”试点 | 果子价钱跌了有人兜底吗？ | 保险+期货 / 苹果价格险
  ag_apple_dwarf [A; agri]
      矮砧密植苹果园建园补贴 | 新栽一亩果树补多少？ | 矮砧建园补贴 / 新建果园补贴 | 矮化果园补助
  ag_orchard_renew [A; agri]
      老果园提质改造补贴 | 老树挖了重栽补不补？ | 老果园改造 / 果园更新改造
  ag_jujube [A; agri forestry]
      红枣病虫害绿色防控与提质增效 | 枣子裂口、落果咋办？ | 红枣提质增效 / 枣树防控
  ag_land_protect [A; agri finance]
      耕地地力保护补贴 | 种地的钱今年啥时候发？ | 地力补贴 / 种粮补贴
  ag_machine [A; agri]
      农机购置与应用补贴 | 买个拖拉机能补多少？ | 农机补贴 / 农机购置补贴
  ag_millet [A; agri]
      谷子糜子等杂粮良种推广与旱作技术 | 谷子种啥品种产量高？ | 杂粮良种 / 旱作农业 | 小杂粮
  ag_cattle *hot* [A; agri rural finance]
      肉牛肉羊基础母畜扩群补贴 | 多养一头母牛补多少？ | 母畜扩群补贴 / 牛羊增量提质 | 养牛羊奖补
  ag_vaccine [A; agri]
      动物疫病强制免疫“先打后补” | 牛羊打针自己买药能报吗？ | 先打后补 / 强制免疫
  ag_hsfarmland [A; agri]
      高标准农田建设 | 坡地修成平台地谁出钱？ | 高标准农田 / 高标准农田项目
  ag_coop [A; agri market]
      农民专业合作社规范提升（年报公示与“空壳社”清理） | 村里那个社不报账会被注销吗？ | 合作社规范提升 / 合作社年报
  ag_pesticide [AF; agri market]
      农药经营许可与禁限用农药管理 | 剧毒药还能卖吗？ | 农药经营许可 / 禁限用农药
  ag_manure [A; agri ecology]
      畜禽粪污资源化利用 | 羊粪牛粪咋变成钱？ | 粪污资源化 / 粪污治理
  ag_facility_land [A; natres agri]
      设施农业用地管理 | 盖冷库、大棚占地要批吗？ | 设施农业用地
  -- forestry & grassland
  fo_grain_to_green [A; forestry]
      退耕还林后续政策与成果巩固 | 当年退的那些坡地，钱还发不发？ | 退耕还林 / 退耕成果巩固
  fo_fire *hot* [all; forestry emergency natres rural]
      森林草原防灭火 | 清明上坟能不能烧纸？ | 森林防火 / 草原防火
  fo_econ_forest [A; forestry]
      花椒核桃等经济林提质增效 | 花椒树冻了还能缓过来吗？ | 经济林提质 / 经济林管护
  fo_grazing_ban [A; forestry agri]
      封山禁牧与草原生态保护补助奖励 | 羊能不能赶上山？ | 禁牧补助 / 草原补奖 | 圈养羊补助
  fo_afforest [all; forestry]
      国土绿化与义务植树 | 春天栽树去哪领苗子？ | 国土绿化 / 义务植树
  -- water / soil-and-water conservation
  wa_swc_fee [BDE; water tax]
      水土保持补偿费征收 | 开矿修路要交的那笔生态钱怎么算？ | 水保补偿费
  wa_swc_plan [BDE; water]
      生产建设项目水土保持方案审批（告知承诺制） | 建项目前要报哪些表？ | 水保方案 / 水土保持方案
  wa_checkdam [AN; water emergency]
      淤地坝安全度汛 | 雨季沟里的坝会不会垮？ | 淤地坝度汛
  -- work safety & disasters
  sa_law *hot* [all; emergency housing industry fic market]
      安全生产法与全员安全生产责任制 | 出了事老板要担啥责？ | 新安法 / 全员安全责任制 | “Work Safety Law Briefing”
  sa_coal [B; emergency devreform]
      煤矿重大事故隐患判定标准 | 井下啥情况必须停产？ | 煤矿重大隐患判定 / 重大隐患判定标准
  sa_gas_dining *hot* [FH; emergency housing market]
      餐饮场所燃气安全 | 饭馆液化气罐咋放才放心？ | 燃气安全 / 瓶装液化气安全
  sa_fire_small [FHO; emergency]
      “九小场所”消防安全 | 小超市灭火器放哪？ | 九小场所消防 / 消防安全
  sa_hazchem [BCG; emergency devreform]
      危险化学品及油气管道安全 | 油气管道边上能不能盖房？ | 危化品安全 / 油气管道保护
  sa_confined [ACN; emergency agri]
      有限空间作业安全 | 下果窖、进化粪池要注意啥？ | 有限空间作业
  sa_special_equip [CFGH; market]
      特种设备安全（锅炉、电梯、叉车） | 烧锅炉的要持证吗？ | 特种设备安全
  sa_geohazard [all; natres emergency]
      地质灾害防治与窑洞安全排查 | 窑洞裂缝了咋办？ | 地灾防治 / 窑洞排查 | 窑洞安全
  sa_construction [E; housing]
      建筑施工危大工程安全管理 | 脚手架、塔吊出问题谁负责？ | 危大工程 / 施工安全
  -- ecology & environment
  en_permit [BCD; ecology]
      排污许可管理 | 排放污水废气要办啥证？ | 排污许可 / 排污证
  en_dust [E; ecology housing]
      建筑工地扬尘治理 | 工地上要盖网、冲车轮？ | 扬尘治理 / 六个百分百
  en_gangue [BC; ecology]
      煤矸石等工业固体废物规范处置 | 煤渣子能往沟里倒吗？ | 煤矸石处置 / 固废处置
  en_eia [BCDE; ecology invest]
      环评审批告知承诺制改革 | 建厂前环保手续咋办快？ | 环评告知承诺 / 环评审批 | “EIA Approval by Commitment”
  -- market regulation
  mk_food_resp [CFH; market]
      落实食品安全主体责任（食品安全总监和安全员） | 小饭馆也要设专人管吃的吗？ | 食品安全主体责任 / 日管控周排查月调度
  mk_food_workshop [C; market]
      食品小作坊登记管理 | 自家做挂面、压粉条要办啥证？ | 小作坊登记 / 食品小作坊
  mk_registration [all; market invest]
      经营主体登记管理条例 | 营业执照网上咋办？ | 登记管理条例 / 经营主体登记 | “Business Registration Regulations”
  mk_annual_report *hot* [all; market fic]
      经营主体年度报告公示 | 执照年检不报会怎样？ | 年报公示 / 企业年报
  mk_gi [ACF; market agri commerce]
      地理标志商标注册与保护 | 咱家苹果能挂自己县的牌子吗？ | 地理标志 / 地标保护 | “Geographical Indication Protection”
  mk_price [FHR; market culture]
      明码标价和禁止价格欺诈规定 | 景区、饭馆价目牌咋挂？ | 明码标价 / 价格欺诈
  -- finance
  fi_poverty_loan [A; rural pboc finance]
      脱贫人口小额信贷 | 脱贫户能贷五万吗？ | 小额信贷 / 脱贫户信贷
  fi_inclusive *hot* [all; pboc finance fic industry]
      普惠小微企业贷款（首贷续贷） | 企业没抵押能借到钱吗？ | 普惠小微贷款 / 首贷续贷 / 无还本续贷 | “Inclusive SME Loans”
  fi_procurement [all; finance]
      政府采购支持中小企业发展（预留份额） | 小企业能接公家的单吗？ | 政采预留份额 / 政府采购支持中小企业
  fi_illegal_fund *hot* [all; finance pboc rural market]
      防范和处置非法集资 | 月息三分的理财靠不靠谱？ | 防非宣传 / 防范非法集资
  -- commerce
  co_rural_ec [AFG; commerce rural]
      电子商务进农村综合示范 | 网上卖苹果咋开店？ | 电商进农村 / 农村电商 | “Rural E-commerce Demonstration Programme”
  co_livestream [AF; commerce hrss rural]
      农产品直播电商带货技能 | 手机镜头前咋吆喝？ | 直播带货 / 直播电商 | “Livestream Selling for Farm Produce”
  co_trade_in *hot* [F; commerce market fic finance]
      消费品以旧换新补贴 | 旧冰箱换新的能省多少？ | 以旧换新 / 以旧换新补贴 | “Consumer Goods Trade-in Subsidy”
  co_cold_chain [AFG; commerce]
      县域商业体系建设（冷链物流补助） | 建个冷库公家给多少？ | 冷链物流补助 / 县域商业体系 | “County Commercial System & Cold-chain Support”
  co_export [ACF; commerce invest]
      出口信用保险与农产品出口 | 苹果卖到东南亚收不回钱咋办？ | 出口信保 / 出口信用保险 | “Export Credit Insurance”
  -- investment promotion
  in_incentive [BCDGHI; invest devreform]
      县招商引资优惠政策若干措施 | 来咱这儿办厂有啥好处？ | 招商引资若干措施 / 招商优惠 | “Investment Incentives of the County”
  in_fastapprove [CDE; invest natres housing]
      工业项目“拿地即开工”审批服务 | 拿了地第二天能动土吗？ | 拿地即开工 / 极简审批 | “Fast-track Approval: Build upon Land Acquisition”
  in_park [CG; invest industry]
      川口工业园区入园企业扶持办法 | 进园子办厂房租能免几年？ | 园区扶持办法 / 入园扶持 | “Chuankou Industrial Park Support Measures”
  -- culture & tourism
  to_homestay [H; culture rural]
      乡村民宿（窑洞民宿）等级评定与管理 | 老窑改成客栈要办啥手续？ | 窑洞民宿 / 民宿评定 | 窑院民宿 | “Cave-dwelling Homestay Rating”
  to_red_service [HR; culture]
      红色旅游景区讲解与服务规范 | 给游客讲老故事有啥讲究？ | 红色讲解 / 红色旅游服务规范
  to_a_create [HNR; culture]
      A级旅游景区创建标准 | 景区评3A要啥条件？ | A级景区创建 / 景区评A
  to_a_review [HNR; culture]
      A级旅游景区年度复核 | 已经挂牌的景区今年咋过检查？ | A级景区复核 / 景区复核
  -- energy
  ep_pv [ACDF; devreform]
      分布式光伏发电并网与备案 | 房顶装板子发电划算吗？ | 分布式光伏 / 屋顶光伏 | “Distributed PV Grid Connection”
  ep_coal_smart [B; devreform industry]
      煤矿智能化建设 | 井下装了机器人能少几个人？ | 煤矿智能化 / 智能矿山
  -- industry & IT
  id_srdi [CIM; industry fic]
      专精特新中小企业认定 | 小厂子咋评上“小巨人”梯队？ | 专精特新认定 / 专精特新申报 | “Specialized and Sophisticated SME Recognition”
  id_srdi_review [CIM; industry]
      专精特新中小企业复核 | 评上以后三年到期咋续？ | 专精特新复核 / 到期复核
  id_arrears [CEFL; industry fic finance]
      保障中小企业款项支付条例 | 公家欠的工程款咋要回来？ | 清欠 / 款项支付条例
  -- rural revitalization
  ru_monitoring [all; rural]
      防止返贫动态监测和帮扶 | 家里收入突然降了能纳入吗？ | 防返贫监测 / 动态监测帮扶
  ru_consumption [AFH; rural commerce]
      消费帮扶（机关食堂采购脱贫地区农产品） | 单位食堂买咱的小米咋对接？ | 消费帮扶

Sibling pairs (hard negatives: alike titles and tags, different subject, never REDUNDANT together):
  小型微利 vs 西部大开发 企业所得税优惠; 小规模增值税减免 vs 增值税留抵退税; 企业所得税汇算 vs 个税汇算;
  失业保险稳岗返还 vs 失业保险技能提升补贴 (vs 技能等级认定); 农民工工资保证金 vs 工资专户;
  灵活就业养老保险 vs 城乡居民养老保险; 职工医保门诊共济 vs 居民医保缴费; 苹果种植保险 vs 苹果“保险+期货”;
  矮砧建园补贴 vs 老果园改造补贴; 地力补贴 vs 农机补贴; 母畜扩群补贴 vs 先打后补 vs 禁牧补助;
  水保补偿费 vs 水保方案; 食品安全主体责任 vs 食品小作坊; 经营主体年报 vs 合作社年报; 电商进农村 vs 直播带货;
  A级景区创建 vs A级景区复核; 专精特新认定 vs 专精特新复核; 招商引资措施 vs 园区扶持办法;
  燃气安全 vs 九小场所消防; 普惠小微贷款 vs 创业担保贷款.
  When a department explains one of a pair it often schedules the other for the same audience the same
  afternoon or within a week, with the very same title template.

What makes it hard
  * the same policy under formal / colloquial / abbreviated / local / English names, with generic heads,
    notices, 【报名】, quarters, （名额有限）, （线上）, 第3期, 第二场, dates and places in titles, 专场,
    直播预告, （改期）, 【已取消】;
  * tags: precise (different departments choose different precise tags), broad, mixed or empty;
  * towns in five spellings (old township names, nicknames, pinyin); sectors in four; [] vs ["全县"];
  * times in +08:00, Z and +00:00 (07:30 Beijing talks fall on the previous UTC day);
  * series of one department across towns (same title, disjoint audiences: no pair), 加场 in a town
    already visited, repeated periods, first/second sittings back to back (touching, not conflicting);
  * 6 hot policies per seed explained independently by 2-4 departments inside one fortnight, some at the
    very same hour; co-hosted records; rescheduled sessions (cancelled original + new record);
  * sibling policies scheduled next to each other, look-alike generic titles of unrelated subjects.

Truth: computed from the latent plan (policy id, kind, canonical town ids, sector letters, aware times),
never from the written strings.  CONFLICT: a.start < b.end and b.start < a.end with intersecting audiences;
REDUNDANT: same kind and policy, |a.start - b.start| <= 14 days, intersecting audiences.  Cancelled
sessions are in no pair.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

WINDOW_DAYS = 14
CST = timezone(timedelta(hours=8))
FIRST_DAY = date(2027, 3, 1)  # a Monday
SPAN_DAYS = 40  # 2027-03-01 .. 2027-04-09
HOLIDAYS = frozenset({date(2027, 4, 5)})  # Qingming (Mon); Apr 3-4 is the weekend
HOT_CLUSTERS = 6

TRAINING = "TRAINING"
PUBLICITY = "PUBLICITY"


# =========================================================================
# Towns
# =========================================================================
@dataclass(frozen=True)
class Town:
    tid: str
    full: str
    short: str
    old: str  # pre-merger township name, still used by older staff
    pinyin: str
    nick: str  # local nickname
    features: frozenset[str]


def _town(tid: str, full: str, short: str, old: str, pinyin: str, nick: str, features: str) -> Town:
    return Town(tid, full, short, old, pinyin, nick, frozenset(features.split()))


TOWNS: tuple[Town, ...] = (
    _town("chengguan", "城关镇", "城关", "东关乡", "Chengguan", "县城", "seat park"),
    _town("yuanshang", "塬上镇", "塬上", "高塬乡", "Yuanshang", "苹果塬", "apple millet"),
    _town("zaolin", "枣林镇", "枣林", "红枣乡", "Zaolin", "枣乡", "jujube homestay"),
    _town("chuankou", "川口镇", "川口", "河湾乡", "Chuankou", "川口街", "park logistics"),
    _town("shiyao", "石窑镇", "石窑", "窑坪乡", "Shiyao", "石窑沟", "coal homestay"),
    _town("hongya", "红崖镇", "红崖", "寨子湾乡", "Hongya", "红色小镇", "red homestay"),
    _town("youfang", "油坊镇", "油坊", "井沟乡", "Youfang", "油区", "oil"),
    _town("liuwan", "柳湾镇", "柳湾", "杨家坪乡", "Liuwan", "柳湾川", "apple cattle"),
    _town("baicaowa", "白草洼乡", "白草洼", "羊圈山乡", "Baicaowa", "草洼", "cattle forest dam"),
    _town("xinghe", "杏河镇", "杏河", "杏子川乡", "Xinghe", "杏河川", "millet dam"),
    _town("goumen", "沟门镇", "沟门", "双庙乡", "Goumen", "沟门街", "coal cattle"),
    _town("xinzhuang", "新庄镇", "新庄", "新庄乡", "Xinzhuang", "新庄塬", "apple"),
    _town("yangling", "杨岭镇", "杨岭", "古城乡", "Yangling", "杨岭梁", "oil forest jujube"),
)
TOWN_BY_ID: dict[str, Town] = {t.tid: t for t in TOWNS}


# =========================================================================
# Sectors (GB/T 4754-2017 sections)
# =========================================================================
SECTORS: dict[str, tuple[str, str]] = {
    "A": ("农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery"),
    "B": ("采矿业", "Mining"),
    "C": ("制造业", "Manufacturing"),
    "D": (
        "电力、热力、燃气及水生产和供应业",
        "Production and Supply of Electricity, Heat, Gas and Water",
    ),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and Retail Trades"),
    "G": ("交通运输、仓储和邮政业", "Transport, Storage and Post"),
    "H": ("住宿和餐饮业", "Accommodation and Catering"),
    "I": (
        "信息传输、软件和信息技术服务业",
        "Information Transmission, Software and Information Technology Services",
    ),
    "J": ("金融业", "Financial Intermediation"),
    "K": ("房地产业", "Real Estate"),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
    "N": (
        "水利、环境和公共设施管理业",
        "Management of Water Conservancy, Environment and Public Facilities",
    ),
    "O": ("居民服务、修理和其他服务业", "Services to Households, Repair and Other Services"),
    "P": ("教育", "Education"),
    "Q": ("卫生和社会工作", "Health and Social Work"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
    "S": (
        "公共管理、社会保障和社会组织",
        "Public Management, Social Security and Social Organization",
    ),
    "T": ("国际组织", "International Organizations"),
}
# how an industry "专场" is named in a Chinese title
SECTOR_AUDIENCE: dict[str, str] = {
    "A": "种养殖户",
    "B": "煤矿油气企业",
    "C": "制造业企业",
    "D": "电力燃气企业",
    "E": "建筑施工企业",
    "F": "商贸流通企业",
    "G": "物流运输企业",
    "H": "餐饮住宿",
    "I": "软件信息企业",
    "J": "金融机构",
    "K": "房地产企业",
    "L": "商务服务企业",
    "M": "科技服务企业",
    "N": "水利环卫单位",
    "O": "家政维修服务业",
    "P": "培训机构",
    "Q": "医药机构",
    "R": "文旅企业",
    "S": "社会组织",
}


# =========================================================================
# Policies
# =========================================================================
@dataclass(frozen=True)
class Policy:
    pid: str
    area: str
    formal: str
    casual: tuple[str, ...]  # everyday question-style names
    abbr: tuple[str, ...]
    english: str | None
    tags: tuple[str, ...]  # precise tags, different departments pick different ones
    sectors: frozenset[str]  # natural audience; empty = every sector
    owners: tuple[str, ...]  # departments that explain it
    training_share: float
    features: frozenset[str]
    hot: bool
    local: tuple[str, ...]


def _p(
    pid: str,
    area: str,
    formal: str,
    casual: Sequence[str],
    abbr: Sequence[str],
    english: str | None,
    tags: Sequence[str],
    sectors: str,
    owners: str,
    train: float = 0.5,
    features: str = "",
    hot: bool = False,
    local: Sequence[str] = (),
) -> Policy:
    return Policy(
        pid,
        area,
        formal,
        tuple(casual),
        tuple(abbr),
        english,
        tuple(tags),
        frozenset(sectors),
        tuple(owners.split()),
        train,
        frozenset(features.split()),
        hot,
        tuple(local),
    )


POLICY_LIST: tuple[Policy, ...] = (
    # ---------------------------------------------------------------- tax
    _p(
        "tax_cit_small",
        "tax",
        "小型微利企业所得税优惠政策",
        ["利润不到三百万的小老板能省多少？", "小本买卖赚了钱，年底少交多少？"],
        ["小微企业所得税优惠", "小微所得税减半"],
        "CIT Relief for Small Low-profit Enterprises",
        ["小型微利企业", "企业所得税优惠", "小微企业"],
        "",
        "tax fic industry",
        0.3,
        hot=True,
    ),
    _p(
        "tax_cit_west",
        "tax",
        "西部大开发企业所得税优惠政策",
        ["在咱这儿办厂按15%交咋申请？", "鼓励类产业目录里有我家吗？"],
        ["西部大开发15%税率", "西部大开发税收优惠"],
        "Western Development CIT Preferential Rate (15%)",
        ["西部大开发", "鼓励类产业", "企业所得税优惠"],
        "BCDI",
        "tax invest devreform",
        0.3,
    ),
    _p(
        "tax_vat_small",
        "tax",
        "小规模纳税人增值税减免政策",
        ["月销售额10万以下的个体户还用交吗？", "开小卖部、小饭馆，开票咋免？"],
        ["小规模减免", "增值税小规模优惠"],
        "VAT Exemption for Small-scale Taxpayers",
        ["小规模纳税人", "增值税优惠"],
        "",
        "tax market fic",
        0.35,
        hot=True,
        local=["个体户免征"],
    ),
    _p(
        "tax_vat_refund",
        "tax",
        "增值税留抵退税政策",
        ["进项多销项少，压着的钱能拿回来吗？"],
        ["留抵退税", "增量留抵退税"],
        "VAT Credit Refund",
        ["留抵退税", "增值税"],
        "BCDI",
        "tax industry finance",
        0.4,
    ),
    _p(
        "tax_cit_annual",
        "tax",
        "2026年度企业所得税汇算清缴",
        ["公司年底总账怎么报？", "五月底前企业要补报哪些表？"],
        ["企业所得税汇缴", "所得税年度汇算"],
        "2026 Annual CIT Reconciliation",
        ["汇算清缴", "企业所得税"],
        "",
        "tax fic",
        0.8,
        hot=True,
    ),
    _p(
        "tax_iit_annual",
        "tax",
        "2026年度个人所得税综合所得汇算清缴",
        ["工资里多扣的钱怎么退回来？", "手机上点一点就能退钱？"],
        ["个税年度汇算", "个税汇算"],
        "2026 Individual Income Tax Annual Reconciliation",
        ["个税汇算", "个人所得税"],
        "",
        "tax fic hrss",
        0.6,
    ),
    _p(
        "tax_six",
        "tax",
        "“六税两费”减征政策",
        ["城建、教育附加这些小项能减一半？"],
        ["六税两费", "六税两费减半"],
        None,
        ["六税两费", "地方税费"],
        "",
        "tax",
        0.3,
    ),
    _p(
        "tax_agri_input",
        "tax",
        "农产品增值税进项税额核定扣除",
        ["收购苹果、红枣的票怎么抵？", "从农户手里收货没票咋办？"],
        ["农产品核定扣除", "核定扣除"],
        None,
        ["农产品进项核定", "核定扣除"],
        "CF",
        "tax agri",
        0.7,
        "apple jujube",
    ),
    _p(
        "tax_einvoice",
        "tax",
        "全面数字化的电子发票推广应用",
        ["新版票据咋开？", "手机上开票一步步教你"],
        ["数电票", "全电发票"],
        "Fully Digitalized E-invoice",
        ["数电票", "电子发票"],
        "",
        "tax",
        0.9,
    ),
    _p(
        "tax_resource",
        "tax",
        "资源税从价计征申报",
        ["挖煤卖煤按啥算钱？", "矿上每月交的那笔怎么报？"],
        ["资源税申报"],
        None,
        ["资源税", "煤炭"],
        "B",
        "tax devreform",
        0.8,
        "coal oil",
    ),
    # ----------------------------------------------------- human resources
    _p(
        "hr_stable_return",
        "social",
        "失业保险稳岗返还",
        ["不裁员，年底能拿回多少钱？", "企业不减人，国家返钱吗？"],
        ["稳岗返还", "稳岗资金"],
        "Job Retention Refund of Unemployment Insurance",
        ["稳岗返还", "失业保险"],
        "",
        "hrss fic industry finance",
        0.25,
        hot=True,
    ),
    _p(
        "hr_skill_subsidy",
        "social",
        "失业保险技能提升补贴",
        ["考个证能领多少钱？", "电工证、焊工证拿到手有奖励吗？"],
        ["技能提升补贴", "考证补贴"],
        None,
        ["技能提升补贴", "失业保险"],
        "",
        "hrss",
        0.35,
    ),
    _p(
        "hr_skill_cert",
        "employment",
        "职业技能等级认定",
        ["评个技工要考啥？", "干了十年厨师能评高级工吗？"],
        ["技能等级认定", "等级认定"],
        None,
        ["技能人才", "等级认定"],
        "CEHO",
        "hrss",
        0.8,
    ),
    _p(
        "hr_grad_hire",
        "employment",
        "吸纳高校毕业生一次性扩岗补助",
        ["招个大学生给补多少？", "新招应届生，单位能领钱吗？"],
        ["一次性扩岗补助", "扩岗补助"],
        "One-off Subsidy for Hiring Graduates",
        ["扩岗补助", "高校毕业生就业"],
        "",
        "hrss fic industry",
        0.25,
        hot=True,
    ),
    _p(
        "hr_startup_loan",
        "employment",
        "创业担保贷款及贴息政策",
        ["想开店没本钱，找谁借？", "返乡开个农家乐，能借多少、利息谁出？"],
        ["创业担保贷", "创贷"],
        "Start-up Guaranteed Loans",
        ["创业担保贷款", "贴息"],
        "",
        "hrss pboc finance rural",
        0.3,
        hot=True,
    ),
    _p(
        "hr_wage_deposit",
        "social",
        "工程建设领域农民工工资保证金制度",
        ["包工程先押的那笔钱啥时候退？"],
        ["工资保证金"],
        None,
        ["工资保证金", "根治欠薪"],
        "E",
        "hrss housing",
        0.5,
    ),
    _p(
        "hr_wage_account",
        "social",
        "农民工工资专用账户管理",
        ["工地发工资必须走专门的卡？", "总包代发怎么弄？"],
        ["工资专户", "农民工工资专户"],
        None,
        ["工资专户", "根治欠薪"],
        "E",
        "hrss housing pboc",
        0.55,
    ),
    _p(
        "hr_pension_flex",
        "social",
        "灵活就业人员参加企业职工基本养老保险",
        ["打零工、跑外卖的咋交？老了能领多少？"],
        ["灵活就业参保", "个人参保"],
        None,
        ["灵活就业", "养老保险"],
        "",
        "hrss",
        0.3,
    ),
    _p(
        "hr_pension_rural",
        "social",
        "城乡居民基本养老保险缴费",
        ["农民一年交多少档划算？", "六十岁以后每月能领多少？"],
        ["城乡居保", "居民养老缴费"],
        None,
        ["城乡居民养老保险", "养老保险"],
        "",
        "hrss rural",
        0.25,
    ),
    _p(
        "hr_labour_export",
        "employment",
        "劳务输出组织化补贴及跨省务工交通补助",
        ["出门打工的路费能报吗？", "组团去新疆摘棉花有补助？"],
        ["劳务输出补贴", "务工交通补助"],
        None,
        ["劳务输出", "稳岗就业"],
        "",
        "hrss rural",
        0.3,
        hot=True,
        local=["后生女子出门务工补助"],
    ),
    _p(
        "hr_contract",
        "employment",
        "劳动合同签订与劳动用工风险防范",
        ["试用期不签协议行不行？", "员工说走就走，老板咋办？"],
        ["劳动用工合规"],
        "Labour Contract Compliance",
        ["劳动用工", "劳动关系"],
        "",
        "hrss fic",
        0.6,
    ),
    # --------------------------------------------------- medical insurance
    _p(
        "med_employee",
        "medical",
        "职工基本医疗保险门诊共济保障",
        ["单位那张卡里的钱家里人能用吗？", "看门诊能报多少？"],
        ["门诊共济", "个人账户家庭共济"],
        None,
        ["门诊共济", "职工医保"],
        "",
        "medins",
        0.3,
    ),
    _p(
        "med_resident",
        "medical",
        "城乡居民基本医疗保险集中参保缴费",
        ["新农合今年交多少？", "娃娃上学了在哪交看病的钱？"],
        ["居民医保缴费", "居民参保"],
        None,
        ["居民医保", "参保缴费"],
        "",
        "medins rural",
        0.25,
    ),
    _p(
        "med_fraud",
        "medical",
        "打击欺诈骗取医疗保障基金专项整治",
        ["药店刷卡买米面油算违规吗？", "诊所挂床住院会咋处理？"],
        ["医保基金监管", "打击欺诈骗保"],
        None,
        ["医保基金监管"],
        "FQ",
        "medins market",
        0.4,
    ),
    # ---------------------------------------------------------- agriculture
    _p(
        "ag_apple_ins",
        "agri",
        "苹果政策性种植保险",
        ["果园遭了冰雹能赔多少？", "冻花了有人管吗？"],
        ["苹果保险", "果树保险"],
        None,
        ["苹果保险", "农业保险"],
        "A",
        "agri finance pboc",
        0.3,
        "apple",
    ),
    _p(
        "ag_apple_futures",
        "agri",
        "苹果“保险+期货”试点",
        ["果子价钱跌了有人兜底吗？", "收果子前能先把价锁住？"],
        ["保险+期货", "苹果价格险"],
        None,
        ["保险+期货", "苹果价格保险"],
        "A",
        "agri finance",
        0.35,
        "apple",
    ),
    _p(
        "ag_apple_dwarf",
        "agri",
        "矮砧密植苹果园建园补贴",
        ["新栽一亩果树补多少？", "起垄、立架子公家给钱吗？"],
        ["矮砧建园补贴", "新建果园补贴"],
        None,
        ["矮砧密植", "果业补贴"],
        "A",
        "agri",
        0.6,
        "apple",
        local=["矮化果园补助"],
    ),
    _p(
        "ag_orchard_renew",
        "agri",
        "老果园提质改造补贴",
        ["老树挖了重栽补不补？", "二十年的树还留不留？"],
        ["老果园改造", "果园更新改造"],
        None,
        ["老果园改造", "果业补贴"],
        "A",
        "agri",
        0.6,
        "apple",
    ),
    _p(
        "ag_jujube",
        "agri",
        "红枣病虫害绿色防控与提质增效",
        ["枣子裂口、落果咋办？", "枣树冬天咋修剪？"],
        ["红枣提质增效", "枣树防控"],
        None,
        ["红枣", "绿色防控"],
        "A",
        "agri forestry",
        0.9,
        "jujube",
    ),
    _p(
        "ag_land_protect",
        "agri",
        "耕地地力保护补贴",
        ["种地的钱今年啥时候发？", "地撂荒了还能领吗？"],
        ["地力补贴", "种粮补贴"],
        None,
        ["地力补贴", "惠农补贴"],
        "A",
        "agri finance",
        0.2,
    ),
    _p(
        "ag_machine",
        "agri",
        "农机购置与应用补贴",
        ["买个拖拉机能补多少？", "果园打药机在不在目录里？"],
        ["农机补贴", "农机购置补贴"],
        None,
        ["农机购置补贴", "惠农补贴"],
        "A",
        "agri",
        0.35,
    ),
    _p(
        "ag_millet",
        "agri",
        "谷子糜子等杂粮良种推广与旱作技术",
        ["谷子种啥品种产量高？", "旱地咋保墒？"],
        ["杂粮良种", "旱作农业"],
        None,
        ["杂粮", "旱作农业"],
        "A",
        "agri",
        0.9,
        "millet",
        local=["小杂粮"],
    ),
    _p(
        "ag_cattle",
        "agri",
        "肉牛肉羊基础母畜扩群补贴",
        ["多养一头母牛补多少？", "羊圈扩大了有钱拿吗？"],
        ["母畜扩群补贴", "牛羊增量提质"],
        None,
        ["母畜扩群", "草畜产业"],
        "A",
        "agri rural finance",
        0.35,
        "cattle",
        hot=True,
        local=["养牛羊奖补"],
    ),
    _p(
        "ag_vaccine",
        "agri",
        "动物疫病强制免疫“先打后补”",
        ["牛羊打针自己买药能报吗？"],
        ["先打后补", "强制免疫"],
        None,
        ["强制免疫", "动物防疫"],
        "A",
        "agri",
        0.6,
        "cattle",
    ),
    _p(
        "ag_hsfarmland",
        "agri",
        "高标准农田建设",
        ["坡地修成平台地谁出钱？", "村里地块咋连成片？"],
        ["高标准农田", "高标准农田项目"],
        None,
        ["高标准农田"],
        "A",
        "agri",
        0.3,
    ),
    _p(
        "ag_coop",
        "agri",
        "农民专业合作社规范提升（年报公示与“空壳社”清理）",
        ["村里那个社不报账会被注销吗？"],
        ["合作社规范提升", "合作社年报"],
        None,
        ["合作社", "新型经营主体"],
        "A",
        "agri market",
        0.5,
    ),
    _p(
        "ag_pesticide",
        "agri",
        "农药经营许可与禁限用农药管理",
        ["剧毒药还能卖吗？", "农资店进货要查啥？"],
        ["农药经营许可", "禁限用农药"],
        None,
        ["农药管理", "农资"],
        "AF",
        "agri market",
        0.5,
    ),
    _p(
        "ag_manure",
        "agri",
        "畜禽粪污资源化利用",
        ["羊粪牛粪咋变成钱？", "养殖场臭味邻居有意见咋办？"],
        ["粪污资源化", "粪污治理"],
        None,
        ["粪污资源化利用"],
        "A",
        "agri ecology",
        0.6,
        "cattle",
    ),
    _p(
        "ag_facility_land",
        "land",
        "设施农业用地管理",
        ["盖冷库、大棚占地要批吗？"],
        ["设施农业用地"],
        None,
        ["设施农业用地", "用地审批"],
        "A",
        "natres agri",
        0.4,
        "apple",
    ),
    # ------------------------------------------------------------ forestry
    _p(
        "fo_grain_to_green",
        "forestry",
        "退耕还林后续政策与成果巩固",
        ["当年退的那些坡地，钱还发不发？"],
        ["退耕还林", "退耕成果巩固"],
        None,
        ["退耕还林"],
        "A",
        "forestry",
        0.2,
        "forest",
    ),
    _p(
        "fo_fire",
        "forestry",
        "森林草原防灭火",
        ["清明上坟能不能烧纸？", "山上冒烟了打哪个电话？"],
        ["森林防火", "草原防火"],
        None,
        ["森林防火", "防灭火"],
        "",
        "forestry emergency natres rural",
        0.25,
        "forest",
        hot=True,
    ),
    _p(
        "fo_econ_forest",
        "forestry",
        "花椒核桃等经济林提质增效",
        ["花椒树冻了还能缓过来吗？"],
        ["经济林提质", "经济林管护"],
        None,
        ["经济林", "林下经济"],
        "A",
        "forestry",
        0.85,
        "forest jujube",
    ),
    _p(
        "fo_grazing_ban",
        "forestry",
        "封山禁牧与草原生态保护补助奖励",
        ["羊能不能赶上山？", "舍饲圈养给补多少？"],
        ["禁牧补助", "草原补奖"],
        None,
        ["禁牧", "草原生态补奖"],
        "A",
        "forestry agri",
        0.3,
        "cattle forest",
        local=["圈养羊补助"],
    ),
    _p(
        "fo_afforest",
        "forestry",
        "国土绿化与义务植树",
        ["春天栽树去哪领苗子？"],
        ["国土绿化", "义务植树"],
        None,
        ["植树造林"],
        "",
        "forestry",
        0.3,
        "forest",
    ),
    # --------------------------------------------------------------- water
    _p(
        "wa_swc_fee",
        "water",
        "水土保持补偿费征收",
        ["开矿修路要交的那笔生态钱怎么算？"],
        ["水保补偿费"],
        None,
        ["水土保持补偿费", "水保"],
        "BDE",
        "water tax",
        0.4,
    ),
    _p(
        "wa_swc_plan",
        "water",
        "生产建设项目水土保持方案审批（告知承诺制）",
        ["建项目前要报哪些表？", "承诺制下动土前要做啥？"],
        ["水保方案", "水土保持方案"],
        None,
        ["水保方案", "告知承诺", "水保"],
        "BDE",
        "water",
        0.6,
    ),
    _p(
        "wa_checkdam",
        "water",
        "淤地坝安全度汛",
        ["雨季沟里的坝会不会垮？"],
        ["淤地坝度汛"],
        None,
        ["淤地坝", "防汛"],
        "AN",
        "water emergency",
        0.5,
        "dam",
    ),
    # -------------------------------------------------------------- safety
    _p(
        "sa_law",
        "safety",
        "安全生产法与全员安全生产责任制",
        ["出了事老板要担啥责？", "车间里谁该管啥？"],
        ["新安法", "全员安全责任制"],
        "Work Safety Law Briefing",
        ["安全生产法", "主体责任"],
        "",
        "emergency housing industry fic market",
        0.45,
        hot=True,
    ),
    _p(
        "sa_coal",
        "safety",
        "煤矿重大事故隐患判定标准",
        ["井下啥情况必须停产？"],
        ["煤矿重大隐患判定", "重大隐患判定标准"],
        None,
        ["煤矿安全", "重大隐患"],
        "B",
        "emergency devreform",
        0.7,
        "coal",
    ),
    _p(
        "sa_gas_dining",
        "safety",
        "餐饮场所燃气安全",
        ["饭馆液化气罐咋放才放心？", "后厨报警器要装吗？"],
        ["燃气安全", "瓶装液化气安全"],
        None,
        ["燃气安全", "餐饮"],
        "FH",
        "emergency housing market",
        0.5,
        hot=True,
    ),
    _p(
        "sa_fire_small",
        "safety",
        "“九小场所”消防安全",
        ["小超市灭火器放哪？", "出租屋住人又开店行不行？"],
        ["九小场所消防", "消防安全"],
        None,
        ["消防安全"],
        "FHO",
        "emergency",
        0.55,
    ),
    _p(
        "sa_hazchem",
        "safety",
        "危险化学品及油气管道安全",
        ["油气管道边上能不能盖房？"],
        ["危化品安全", "油气管道保护"],
        None,
        ["危化品", "油气管道"],
        "BCG",
        "emergency devreform",
        0.6,
        "oil",
    ),
    _p(
        "sa_confined",
        "safety",
        "有限空间作业安全",
        ["下果窖、进化粪池要注意啥？"],
        ["有限空间作业"],
        None,
        ["有限空间"],
        "ACN",
        "emergency agri",
        0.75,
        "apple",
    ),
    _p(
        "sa_special_equip",
        "safety",
        "特种设备安全（锅炉、电梯、叉车）",
        ["烧锅炉的要持证吗？", "冷库叉车要不要年检？"],
        ["特种设备安全"],
        None,
        ["特种设备"],
        "CFGH",
        "market",
        0.7,
    ),
    _p(
        "sa_geohazard",
        "land",
        "地质灾害防治与窑洞安全排查",
        ["窑洞裂缝了咋办？", "下雨后崖边住着危险吗？"],
        ["地灾防治", "窑洞排查"],
        None,
        ["地质灾害", "窑洞安全"],
        "",
        "natres emergency",
        0.35,
        "homestay",
        local=["窑洞安全"],
    ),
    _p(
        "sa_construction",
        "construction",
        "建筑施工危大工程安全管理",
        ["脚手架、塔吊出问题谁负责？"],
        ["危大工程", "施工安全"],
        None,
        ["危大工程", "建筑施工安全"],
        "E",
        "housing",
        0.7,
    ),
    # --------------------------------------------------------- environment
    _p(
        "en_permit",
        "env",
        "排污许可管理",
        ["排放污水废气要办啥证？"],
        ["排污许可", "排污证"],
        None,
        ["排污许可"],
        "BCD",
        "ecology",
        0.6,
    ),
    _p(
        "en_dust",
        "env",
        "建筑工地扬尘治理",
        ["工地上要盖网、冲车轮？"],
        ["扬尘治理", "六个百分百"],
        None,
        ["扬尘治理", "大气污染防治"],
        "E",
        "ecology housing",
        0.5,
    ),
    _p(
        "en_gangue",
        "env",
        "煤矸石等工业固体废物规范处置",
        ["煤渣子能往沟里倒吗？"],
        ["煤矸石处置", "固废处置"],
        None,
        ["固体废物", "煤矸石"],
        "BC",
        "ecology",
        0.5,
        "coal",
    ),
    _p(
        "en_eia",
        "env",
        "环评审批告知承诺制改革",
        ["建厂前环保手续咋办快？"],
        ["环评告知承诺", "环评审批"],
        "EIA Approval by Commitment",
        ["环评"],
        "BCDE",
        "ecology invest",
        0.5,
    ),
    # -------------------------------------------------------------- market
    _p(
        "mk_food_resp",
        "market",
        "落实食品安全主体责任（食品安全总监和安全员）",
        ["小饭馆也要设专人管吃的吗？", "每天每周每月要查啥？"],
        ["食品安全主体责任", "日管控周排查月调度"],
        None,
        ["食品安全", "主体责任"],
        "CFH",
        "market",
        0.6,
    ),
    _p(
        "mk_food_workshop",
        "market",
        "食品小作坊登记管理",
        ["自家做挂面、压粉条要办啥证？", "油坊、醋坊咋合法开？"],
        ["小作坊登记", "食品小作坊"],
        None,
        ["小作坊", "食品安全"],
        "C",
        "market",
        0.5,
    ),
    _p(
        "mk_registration",
        "market",
        "经营主体登记管理条例",
        ["营业执照网上咋办？", "个体户变公司要跑几趟？"],
        ["登记管理条例", "经营主体登记"],
        "Business Registration Regulations",
        ["商事登记", "经营主体登记"],
        "",
        "market invest",
        0.45,
    ),
    _p(
        "mk_annual_report",
        "market",
        "经营主体年度报告公示",
        ["执照年检不报会怎样？", "6月30日前要在网上填啥？"],
        ["年报公示", "企业年报"],
        None,
        ["年报", "信用监管"],
        "",
        "market fic",
        0.55,
        hot=True,
    ),
    _p(
        "mk_gi",
        "market",
        "地理标志商标注册与保护",
        ["咱家苹果能挂自己县的牌子吗？", "小米卖出好价钱靠啥招牌？"],
        ["地理标志", "地标保护"],
        "Geographical Indication Protection",
        ["地理标志", "知识产权"],
        "ACF",
        "market agri commerce",
        0.35,
        "apple millet",
    ),
    _p(
        "mk_price",
        "market",
        "明码标价和禁止价格欺诈规定",
        ["景区、饭馆价目牌咋挂？"],
        ["明码标价", "价格欺诈"],
        None,
        ["价格监管"],
        "FHR",
        "market culture",
        0.35,
    ),
    # ------------------------------------------------------------- finance
    _p(
        "fi_poverty_loan",
        "finance",
        "脱贫人口小额信贷",
        ["脱贫户能贷五万吗？", "借钱三年不要利息？"],
        ["小额信贷", "脱贫户信贷"],
        None,
        ["小额信贷", "金融帮扶"],
        "A",
        "rural pboc finance",
        0.25,
    ),
    _p(
        "fi_inclusive",
        "finance",
        "普惠小微企业贷款（首贷续贷）",
        ["企业没抵押能借到钱吗？", "到期了不还本能续上吗？"],
        ["普惠小微贷款", "首贷续贷", "无还本续贷"],
        "Inclusive SME Loans",
        ["普惠金融", "融资服务"],
        "",
        "pboc finance fic industry",
        0.25,
        hot=True,
    ),
    _p(
        "fi_procurement",
        "finance",
        "政府采购支持中小企业发展（预留份额）",
        ["小企业能接公家的单吗？"],
        ["政采预留份额", "政府采购支持中小企业"],
        None,
        ["政府采购"],
        "",
        "finance",
        0.5,
    ),
    _p(
        "fi_illegal_fund",
        "finance",
        "防范和处置非法集资",
        ["月息三分的理财靠不靠谱？", "养老项目拉人入股是不是骗局？"],
        ["防非宣传", "防范非法集资"],
        None,
        ["防范非法集资", "金融风险"],
        "",
        "finance pboc rural market",
        0.1,
        hot=True,
    ),
    # ------------------------------------------------------------ commerce
    _p(
        "co_rural_ec",
        "commerce",
        "电子商务进农村综合示范",
        ["网上卖苹果咋开店？", "快递进村一件多少钱？"],
        ["电商进农村", "农村电商"],
        "Rural E-commerce Demonstration Programme",
        ["农村电商", "电商进农村"],
        "AFG",
        "commerce rural",
        0.5,
        "apple jujube millet",
    ),
    _p(
        "co_livestream",
        "commerce",
        "农产品直播电商带货技能",
        ["手机镜头前咋吆喝？", "一场卖出一千单有啥窍门？"],
        ["直播带货", "直播电商"],
        "Livestream Selling for Farm Produce",
        ["直播带货", "电商人才"],
        "AF",
        "commerce hrss rural",
        0.95,
        "apple jujube",
    ),
    _p(
        "co_trade_in",
        "commerce",
        "消费品以旧换新补贴",
        ["旧冰箱换新的能省多少？", "买新电动车旧的怎么折？"],
        ["以旧换新", "以旧换新补贴"],
        "Consumer Goods Trade-in Subsidy",
        ["以旧换新", "促消费"],
        "F",
        "commerce market fic finance",
        0.25,
        hot=True,
    ),
    _p(
        "co_cold_chain",
        "commerce",
        "县域商业体系建设（冷链物流补助）",
        ["建个冷库公家给多少？", "果子存到过年不烂咋弄？"],
        ["冷链物流补助", "县域商业体系"],
        "County Commercial System & Cold-chain Support",
        ["冷链物流", "县域商业"],
        "AFG",
        "commerce",
        0.35,
        "apple logistics",
    ),
    _p(
        "co_export",
        "commerce",
        "出口信用保险与农产品出口",
        ["苹果卖到东南亚收不回钱咋办？"],
        ["出口信保", "出口信用保险"],
        "Export Credit Insurance",
        ["外贸", "出口信保"],
        "ACF",
        "commerce invest",
        0.4,
        "apple",
    ),
    # ---------------------------------------------------------- investment
    _p(
        "in_incentive",
        "invest",
        "县招商引资优惠政策若干措施",
        ["来咱这儿办厂有啥好处？", "外地老板落户能给多少奖励？"],
        ["招商引资若干措施", "招商优惠"],
        "Investment Incentives of the County",
        ["招商引资", "投资优惠"],
        "BCDGHI",
        "invest devreform",
        0.2,
    ),
    _p(
        "in_fastapprove",
        "invest",
        "工业项目“拿地即开工”审批服务",
        ["拿了地第二天能动土吗？"],
        ["拿地即开工", "极简审批"],
        "Fast-track Approval: Build upon Land Acquisition",
        ["审批改革", "项目服务"],
        "CDE",
        "invest natres housing",
        0.4,
    ),
    _p(
        "in_park",
        "invest",
        "川口工业园区入园企业扶持办法",
        ["进园子办厂房租能免几年？"],
        ["园区扶持办法", "入园扶持"],
        "Chuankou Industrial Park Support Measures",
        ["工业园区", "入园扶持"],
        "CG",
        "invest industry",
        0.2,
        "park",
    ),
    # ------------------------------------------------------------- tourism
    _p(
        "to_homestay",
        "tourism",
        "乡村民宿（窑洞民宿）等级评定与管理",
        ["老窑改成客栈要办啥手续？", "窑院接待游客要啥条件？"],
        ["窑洞民宿", "民宿评定"],
        "Cave-dwelling Homestay Rating",
        ["民宿", "窑洞民宿"],
        "H",
        "culture rural",
        0.5,
        "homestay",
        local=["窑院民宿"],
    ),
    _p(
        "to_red_service",
        "tourism",
        "红色旅游景区讲解与服务规范",
        ["给游客讲老故事有啥讲究？"],
        ["红色讲解", "红色旅游服务规范"],
        None,
        ["红色旅游", "讲解员"],
        "HR",
        "culture",
        0.85,
        "red",
    ),
    _p(
        "to_a_create",
        "tourism",
        "A级旅游景区创建标准",
        ["景区评3A要啥条件？"],
        ["A级景区创建", "景区评A"],
        None,
        ["A级景区", "景区创建"],
        "HNR",
        "culture",
        0.5,
        "red homestay",
    ),
    _p(
        "to_a_review",
        "tourism",
        "A级旅游景区年度复核",
        ["已经挂牌的景区今年咋过检查？"],
        ["A级景区复核", "景区复核"],
        None,
        ["A级景区", "复核"],
        "HNR",
        "culture",
        0.5,
        "red homestay",
    ),
    # -------------------------------------------------------------- energy
    _p(
        "ep_pv",
        "energy",
        "分布式光伏发电并网与备案",
        ["房顶装板子发电划算吗？", "多发的电卖给谁？"],
        ["分布式光伏", "屋顶光伏"],
        "Distributed PV Grid Connection",
        ["分布式光伏", "新能源"],
        "ACDF",
        "devreform",
        0.4,
    ),
    _p(
        "ep_coal_smart",
        "energy",
        "煤矿智能化建设",
        ["井下装了机器人能少几个人？"],
        ["煤矿智能化", "智能矿山"],
        None,
        ["煤矿智能化"],
        "B",
        "devreform industry",
        0.5,
        "coal",
    ),
    # ------------------------------------------------------------ industry
    _p(
        "id_srdi",
        "industry",
        "专精特新中小企业认定",
        ["小厂子咋评上“小巨人”梯队？"],
        ["专精特新认定", "专精特新申报"],
        "Specialized and Sophisticated SME Recognition",
        ["专精特新", "优质中小企业"],
        "CIM",
        "industry fic",
        0.5,
    ),
    _p(
        "id_srdi_review",
        "industry",
        "专精特新中小企业复核",
        ["评上以后三年到期咋续？"],
        ["专精特新复核", "到期复核"],
        None,
        ["专精特新", "复核"],
        "CIM",
        "industry",
        0.5,
    ),
    _p(
        "id_arrears",
        "industry",
        "保障中小企业款项支付条例",
        ["公家欠的工程款咋要回来？"],
        ["清欠", "款项支付条例"],
        None,
        ["清理拖欠", "中小企业"],
        "CEFL",
        "industry fic finance",
        0.3,
    ),
    # --------------------------------------------------------------- rural
    _p(
        "ru_monitoring",
        "rural",
        "防止返贫动态监测和帮扶",
        ["家里收入突然降了能纳入吗？", "生病欠了账有人管吗？"],
        ["防返贫监测", "动态监测帮扶"],
        None,
        ["防返贫监测", "巩固衔接"],
        "",
        "rural",
        0.3,
    ),
    _p(
        "ru_consumption",
        "rural",
        "消费帮扶（机关食堂采购脱贫地区农产品）",
        ["单位食堂买咱的小米咋对接？"],
        ["消费帮扶"],
        None,
        ["消费帮扶"],
        "AFH",
        "rural commerce",
        0.3,
        "millet",
    ),
)
POLICIES: dict[str, Policy] = {p.pid: p for p in POLICY_LIST}

# Sibling policies: alike titles, different subjects (never REDUNDANT with each other).
SIBLING_PAIRS: tuple[tuple[str, str], ...] = (
    ("tax_cit_small", "tax_cit_west"),
    ("tax_vat_small", "tax_vat_refund"),
    ("tax_cit_annual", "tax_iit_annual"),
    ("hr_stable_return", "hr_skill_subsidy"),
    ("hr_skill_subsidy", "hr_skill_cert"),
    ("hr_wage_deposit", "hr_wage_account"),
    ("hr_pension_flex", "hr_pension_rural"),
    ("med_employee", "med_resident"),
    ("ag_apple_ins", "ag_apple_futures"),
    ("ag_apple_dwarf", "ag_orchard_renew"),
    ("ag_land_protect", "ag_machine"),
    ("ag_cattle", "ag_vaccine"),
    ("ag_cattle", "fo_grazing_ban"),
    ("wa_swc_fee", "wa_swc_plan"),
    ("mk_food_resp", "mk_food_workshop"),
    ("mk_annual_report", "ag_coop"),
    ("co_rural_ec", "co_livestream"),
    ("to_a_create", "to_a_review"),
    ("id_srdi", "id_srdi_review"),
    ("in_incentive", "in_park"),
    ("sa_gas_dining", "sa_fire_small"),
    ("fi_inclusive", "hr_startup_loan"),
)


def _sibling_map() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for a, b in SIBLING_PAIRS:
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    return {k: tuple(v) for k, v in out.items()}


SIBLINGS: dict[str, tuple[str, ...]] = _sibling_map()

AREA_BROAD: dict[str, tuple[str, ...]] = {
    "tax": ("税收优惠", "惠企"),
    "social": ("社保", "惠企"),
    "employment": ("就业创业",),
    "medical": ("医保", "民生"),
    "agri": ("乡村振兴", "强农惠农"),
    "forestry": ("生态建设", "林草"),
    "water": ("生态建设", "水利"),
    "safety": ("安全生产", "防风险"),
    "env": ("生态环保", "绿色发展"),
    "market": ("营商环境", "市场监管"),
    "finance": ("金融服务", "惠企"),
    "commerce": ("促消费", "商贸流通"),
    "invest": ("招商引资", "营商环境"),
    "tourism": ("文旅融合",),
    "energy": ("能源", "双碳"),
    "industry": ("工业经济", "惠企"),
    "construction": ("建筑业", "安全生产"),
    "rural": ("乡村振兴", "巩固衔接"),
    "land": ("自然资源", "防灾减灾"),
}
# generic look-alike heads: "惠企政策宣讲会（稳岗返还）" vs "惠企政策宣讲会（扩岗补助）"
GENERIC_HEAD: dict[str, str] = {
    "tax": "惠企税费政策",
    "social": "人社惠企政策",
    "employment": "就业创业政策",
    "medical": "医保政策",
    "agri": "强农惠农政策",
    "forestry": "林草政策",
    "water": "水利政策",
    "safety": "安全生产",
    "env": "生态环境政策",
    "market": "市场监管政策",
    "finance": "金融惠企政策",
    "commerce": "商务惠企政策",
    "invest": "招商政策",
    "tourism": "文旅政策",
    "energy": "能源政策",
    "industry": "惠企政策",
    "construction": "建筑安全",
    "rural": "乡村振兴政策",
    "land": "自然资源",
}


# =========================================================================
# Departments
# =========================================================================
@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    short: str
    key_fmt: Callable[[int, date], str]
    volume: int
    wording: Mapping[str, float]  # formal / abbr / casual / local / english
    modes: Mapping[str, float]  # series / county / town / industry / live
    town_style: Mapping[str, float]  # full / short / old / pinyin / nick / combined
    sector_style: Mapping[str, float]  # letter / zh / both / en
    tag_style: Mapping[str, float]  # precise / broad / mixed / empty
    broad_tags: tuple[str, ...]
    tz: Mapping[str, float]  # local / Z / utc
    everyone_word: float  # probability of writing ["全县"] rather than []
    decorations: Mapping[str, float]  # none / signup / quarter / notice / limited
    focus_sectors: str
    cohost_rate: float = 0.06
    weekend_rate: float = 0.0
    train_bias: float = 0.0


def _w(**kw: float) -> dict[str, float]:
    return dict(kw)


DEPT_LIST: tuple[Dept, ...] = (
    Dept(
        "tax",
        "国家税务总局延塬县税务局",
        "县税务局",
        lambda n, d: f"延塬税宣〔2027〕{n}号",
        40,
        _w(formal=0.5, abbr=0.33, casual=0.12, local=0.05),
        _w(series=0.12, county=0.45, town=0.18, industry=0.17, live=0.08),
        _w(full=0.6, short=0.4),
        _w(both=0.6, zh=0.4),
        _w(precise=0.55, mixed=0.3, broad=0.1, empty=0.05),
        ("税费服务", "减税降费", "惠企"),
        _w(local=1.0),
        0.7,
        _w(none=0.45, signup=0.2, quarter=0.2, notice=0.1, limited=0.05),
        "CFH",
        0.08,
        0.0,
        0.05,
    ),
    Dept(
        "hrss",
        "延塬县人力资源和社会保障局",
        "县人社局",
        lambda n, d: f"HRSS-{n:03d}",
        40,
        _w(casual=0.45, formal=0.25, abbr=0.25, local=0.05),
        _w(series=0.35, county=0.3, town=0.15, industry=0.1, live=0.1),
        _w(full=0.4, short=0.4, old=0.2),
        _w(zh=1.0),
        _w(mixed=0.45, precise=0.25, broad=0.2, empty=0.1),
        ("就业创业", "稳就业", "惠企", "社保"),
        _w(Z=1.0),
        0.2,
        _w(none=0.6, signup=0.25, limited=0.15),
        "CEH",
        0.1,
        0.05,
    ),
    Dept(
        "medins",
        "延塬县医疗保障局",
        "县医保局",
        lambda n, d: f"YB2027{n:04d}",
        12,
        _w(formal=0.5, casual=0.3, abbr=0.2),
        _w(county=0.5, town=0.3, series=0.2),
        _w(full=0.5, short=0.5),
        _w(zh=0.7, letter=0.3),
        _w(precise=0.6, mixed=0.2, empty=0.2),
        ("医保", "民生"),
        _w(local=1.0),
        0.5,
        _w(none=0.7, notice=0.3),
        "FQ",
    ),
    Dept(
        "agri",
        "延塬县农业农村局",
        "县农业农村局",
        lambda n, d: f"NY-2027-{n:03d}",
        54,
        _w(formal=0.35, casual=0.35, abbr=0.2, local=0.1),
        _w(series=0.45, town=0.3, county=0.2, live=0.05),
        _w(full=0.3, short=0.2, old=0.35, combined=0.15),
        _w(letter=0.5, zh=0.5),
        _w(broad=0.4, mixed=0.3, precise=0.2, empty=0.1),
        ("乡村振兴", "三农", "强农惠农"),
        _w(local=1.0),
        0.5,
        _w(none=0.7, quarter=0.1, notice=0.1, limited=0.1),
        "A",
        0.08,
        0.2,
        0.2,
    ),
    Dept(
        "forestry",
        "延塬县林业和草原局",
        "县林草局",
        lambda n, d: f"LCJ{n:03d}",
        26,
        _w(formal=0.5, abbr=0.3, casual=0.15, local=0.05),
        _w(series=0.35, county=0.35, town=0.3),
        _w(full=0.5, old=0.3, short=0.2),
        _w(letter=0.6, zh=0.4),
        _w(precise=0.5, broad=0.3, empty=0.2),
        ("生态建设", "林草"),
        _w(local=1.0),
        0.8,
        _w(none=0.7, notice=0.3),
        "A",
        0.06,
        0.1,
        0.1,
    ),
    Dept(
        "water",
        "延塬县水务局",
        "县水务局",
        lambda n, d: f"延水保字第{n}号",
        13,
        _w(formal=0.6, abbr=0.3, casual=0.1),
        _w(county=0.5, town=0.3, industry=0.2),
        _w(full=1.0),
        _w(letter=1.0),
        _w(precise=0.6, broad=0.2, empty=0.2),
        ("水利", "生态建设"),
        _w(local=0.5, utc=0.5),
        0.5,
        _w(none=0.6, notice=0.4),
        "BE",
    ),
    Dept(
        "emergency",
        "延塬县应急管理局",
        "县应急局",
        lambda n, d: f"延应急〔2027〕{n}号",
        34,
        _w(formal=0.45, abbr=0.35, casual=0.2),
        _w(county=0.35, industry=0.3, town=0.2, series=0.15),
        _w(full=0.7, short=0.3),
        _w(both=1.0),
        _w(broad=0.5, mixed=0.3, precise=0.2),
        ("安全生产", "防风险"),
        _w(local=1.0),
        0.6,
        _w(none=0.5, notice=0.35, signup=0.15),
        "BCEH",
        0.12,
    ),
    Dept(
        "market",
        "延塬县市场监督管理局",
        "县市场监管局",
        lambda n, d: f"SCJG-27-{n:04d}",
        30,
        _w(formal=0.4, abbr=0.35, casual=0.25),
        _w(county=0.3, industry=0.3, town=0.25, series=0.15),
        _w(full=0.5, short=0.5),
        _w(both=0.5, en=0.2, zh=0.3),
        _w(precise=0.4, mixed=0.4, broad=0.2),
        ("营商环境", "市场监管"),
        _w(local=1.0),
        0.4,
        _w(none=0.6, signup=0.2, limited=0.2),
        "CFH",
        0.06,
    ),
    Dept(
        "ecology",
        "延塬县生态环境分局",
        "生态环境分局",
        lambda n, d: f"HBFJ-{d:%Y%m%d}-{n:02d}",
        16,
        _w(formal=0.5, abbr=0.4, casual=0.1),
        _w(county=0.4, industry=0.4, town=0.2),
        _w(full=1.0),
        _w(letter=1.0),
        _w(precise=0.5, broad=0.3, mixed=0.2),
        ("生态环保", "绿色发展"),
        _w(local=1.0),
        0.6,
        _w(none=0.6, notice=0.4),
        "BCD",
    ),
    Dept(
        "commerce",
        "延塬县商务局",
        "县商务局",
        lambda n, d: f"COM-2027-{n:03d}",
        28,
        _w(english=0.4, formal=0.3, casual=0.2, abbr=0.1),
        _w(county=0.35, live=0.25, town=0.2, industry=0.2),
        _w(pinyin=0.5, full=0.5),
        _w(en=1.0),
        _w(mixed=0.4, broad=0.4, precise=0.2),
        ("促消费", "商贸流通", "E-commerce"),
        _w(Z=1.0),
        0.0,
        _w(none=0.7, signup=0.3),
        "FH",
        0.08,
        0.1,
    ),
    Dept(
        "invest",
        "延塬县招商服务中心",
        "县招商中心",
        lambda n, d: f"IPC/27/{n:03d}",
        12,
        _w(english=0.6, formal=0.3, abbr=0.1),
        _w(county=0.5, industry=0.3, town=0.2),
        _w(pinyin=0.6, full=0.4),
        _w(en=1.0),
        _w(broad=0.6, precise=0.2, empty=0.2),
        ("招商引资", "Investment"),
        _w(utc=1.0),
        0.0,
        _w(none=1.0),
        "CDG",
        0.1,
    ),
    Dept(
        "culture",
        "延塬县文化和旅游局",
        "县文旅局",
        lambda n, d: f"WLJ-{d:%m%d}-{n:02d}",
        26,
        _w(formal=0.4, casual=0.3, abbr=0.3),
        _w(town=0.4, series=0.3, county=0.3),
        _w(pinyin=0.3, short=0.3, nick=0.2, full=0.2),
        _w(zh=1.0),
        _w(precise=0.5, broad=0.3, mixed=0.2),
        ("文旅融合", "红色旅游"),
        _w(local=1.0),
        0.5,
        _w(none=0.6, signup=0.3, limited=0.1),
        "HR",
        0.06,
        0.2,
    ),
    Dept(
        "devreform",
        "延塬县发展和改革局",
        "县发改局",
        lambda n, d: f"延发改〔2027〕{n}号",
        17,
        _w(formal=0.6, abbr=0.3, casual=0.1),
        _w(county=0.5, industry=0.3, town=0.2),
        _w(full=1.0),
        _w(both=1.0),
        _w(precise=0.5, broad=0.5),
        ("能源", "双碳", "营商环境"),
        _w(local=1.0),
        0.8,
        _w(none=0.4, notice=0.6),
        "BCD",
    ),
    Dept(
        "industry",
        "延塬县工业和信息化局",
        "县工信局",
        lambda n, d: f"GXJ-{n:03d}",
        18,
        _w(formal=0.5, abbr=0.3, casual=0.1, english=0.1),
        _w(county=0.5, industry=0.3, town=0.2),
        _w(full=0.6, short=0.4),
        _w(letter=1.0),
        _w(precise=0.4, broad=0.4, empty=0.2),
        ("工业经济", "惠企", "中小企业"),
        _w(local=1.0),
        0.5,
        _w(none=0.6, signup=0.2, quarter=0.2),
        "CI",
        0.1,
    ),
    Dept(
        "finance",
        "延塬县财政局",
        "县财政局",
        lambda n, d: f"CZ2027-{n:03d}",
        14,
        _w(formal=0.6, abbr=0.3, casual=0.1),
        _w(county=0.6, town=0.4),
        _w(full=1.0),
        _w(zh=1.0),
        _w(precise=0.5, broad=0.5),
        ("财政惠企", "惠企"),
        _w(local=1.0),
        0.6,
        _w(none=0.5, notice=0.5),
        "CF",
        0.12,
    ),
    Dept(
        "rural",
        "延塬县乡村振兴局",
        "县乡村振兴局",
        lambda n, d: f"XZ-{n:03d}",
        26,
        _w(casual=0.45, abbr=0.3, formal=0.25),
        _w(series=0.4, town=0.35, county=0.25),
        _w(nick=0.3, short=0.3, old=0.2, full=0.2),
        _w(letter=0.5, zh=0.5),
        _w(broad=0.6, mixed=0.3, empty=0.1),
        ("乡村振兴", "巩固衔接"),
        _w(local=1.0),
        1.0,
        _w(none=0.8, notice=0.2),
        "A",
        0.08,
        0.15,
    ),
    Dept(
        "pboc",
        "中国人民银行延塬县支行",
        "人行延塬支行",
        lambda n, d: f"PBC-YY-{n:03d}",
        14,
        _w(formal=0.4, casual=0.4, abbr=0.2),
        _w(county=0.4, town=0.4, live=0.2),
        _w(full=0.5, short=0.5),
        _w(zh=1.0),
        _w(precise=0.4, broad=0.4, empty=0.2),
        ("金融服务", "普惠金融", "金融知识"),
        _w(local=1.0),
        0.3,
        _w(none=0.8, signup=0.2),
        "AF",
        0.08,
    ),
    Dept(
        "housing",
        "延塬县住房和城乡建设局",
        "县住建局",
        lambda n, d: f"ZJ〔2027〕{n}",
        18,
        _w(formal=0.5, abbr=0.4, casual=0.1),
        _w(county=0.5, town=0.3, industry=0.2),
        _w(full=1.0),
        _w(both=1.0),
        _w(precise=0.5, broad=0.5),
        ("建筑业", "安全生产"),
        _w(local=1.0),
        0.7,
        _w(none=0.4, notice=0.6),
        "EK",
        0.08,
    ),
    Dept(
        "natres",
        "延塬县自然资源局",
        "县自然资源局",
        lambda n, d: f"ZRZY-{n:03d}",
        13,
        _w(formal=0.5, casual=0.3, abbr=0.2),
        _w(series=0.4, town=0.4, county=0.2),
        _w(full=0.4, old=0.4, short=0.2),
        _w(letter=1.0),
        _w(precise=0.6, broad=0.4),
        ("自然资源", "防灾减灾"),
        _w(local=1.0),
        0.6,
        _w(none=0.7, notice=0.3),
        "AE",
    ),
    Dept(
        "fic",
        "延塬县工商业联合会",
        "县工商联",
        lambda n, d: f"GSL2027-{n:02d}",
        8,
        _w(casual=0.3, formal=0.4, abbr=0.3),
        _w(county=0.6, industry=0.4),
        _w(full=0.5, short=0.5),
        _w(zh=0.5, both=0.5),
        _w(broad=0.5, mixed=0.3, empty=0.2),
        ("惠企", "民营经济", "营商环境"),
        _w(local=1.0),
        0.5,
        _w(none=0.5, signup=0.5),
        "CFH",
        0.15,
    ),
)
DEPTS: dict[str, Dept] = {d.slug: d for d in DEPT_LIST}
DEPT_INDEX: dict[str, int] = {d.slug: i for i, d in enumerate(DEPT_LIST)}


# =========================================================================
# Title vocabulary
# =========================================================================
KIND_WORDS: dict[str, tuple[str, ...]] = {
    TRAINING: ("培训会", "培训班", "业务培训", "专题培训", "实操辅导", "操作辅导会"),
    PUBLICITY: ("宣讲会", "政策宣讲", "解读会", "政策解读会", "宣传活动", "进企业宣讲"),
}
SHORT_KIND: dict[str, tuple[str, ...]] = {
    TRAINING: ("培训会", "培训班"),
    PUBLICITY: ("宣讲会", "解读会"),
}
EN_KIND: dict[str, tuple[str, ...]] = {
    TRAINING: ("Workshop", "Training", "Hands-on Training"),
    PUBLICITY: ("Briefing", "Policy Briefing", "Info Session"),
}
CASUAL_SUFFIX: dict[str, tuple[str, ...]] = {
    TRAINING: ("", "——手把手教你", "｜实操课堂", "（培训）", "——{short}业务培训"),
    PUBLICITY: ("", "——{short}政策面对面", "｜政策明白人", "——一场会讲清楚", "（宣讲）"),
}
CN_NUM = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    return "十" + CN_NUM[n - 10] if n < 20 else str(n)


# =========================================================================
# Latent plan
# =========================================================================
@dataclass(frozen=True)
class TitleCtx:
    seed: int  # shared by a series and by sibling twins, so their titles look alike
    town: str | None = None
    series_no: int | None = None
    period_no: int | None = None
    special: str | None = None  # "town" | "industry"
    industry: str | None = None
    online: bool = False
    live: bool = False
    extra: bool = False  # 加场
    part: int | None = None  # 第一场 / 第二场
    rescheduled_from: date | None = None
    cancel_note: bool = False


@dataclass(frozen=True)
class Plan:
    lead: str
    policy: str
    kind: str
    start: datetime  # naive, Beijing time
    end: datetime
    towns: frozenset[str]  # empty = whole county
    sectors: frozenset[str]  # empty = every sector
    ctx: TitleCtx
    cohosts: tuple[str, ...] = ()
    cancelled: bool = False
    late_post: bool = False


def _pick(rng: random.Random, weights: Mapping[str, float]) -> str:
    keys = [k for k, w in weights.items() if w > 0]
    return rng.choices(keys, weights=[weights[k] for k in keys], k=1)[0]


def _pick_u(u: float, weights: Mapping[str, float]) -> str:
    keys = [k for k, w in weights.items() if w > 0]
    total = sum(weights[k] for k in keys)
    acc = 0.0
    for k in keys:
        acc += weights[k] / total
        if u < acc:
            return k
    return keys[-1]


# =========================================================================
# Calendar helpers
# =========================================================================
MORNING: tuple[tuple[int, int, float], ...] = (
    (8, 30, 1),
    (9, 0, 3),
    (9, 30, 3),
    (10, 0, 2),
    (10, 30, 1.5),
    (11, 0, 0.5),
)
AFTERNOON: tuple[tuple[int, int, float], ...] = (
    (14, 30, 3),
    (15, 0, 3),
    (15, 30, 2),
    (16, 0, 1.5),
    (16, 30, 0.5),
)
EVENING: tuple[tuple[int, int, float], ...] = ((19, 30, 1), (20, 0, 2))
DURATIONS: tuple[tuple[int, float], ...] = ((60, 4), (90, 5), (120, 2), (150, 0.5), (180, 0.3))
HALF_END: dict[str, time] = {
    "am": time(12, 30),
    "pm": time(18, 0),
    "eve": time(22, 0),
    "early": time(9, 30),
}


def _all_days() -> list[date]:
    return [FIRST_DAY + timedelta(days=i) for i in range(SPAN_DAYS)]


def _working_days() -> list[date]:
    return [d for d in _all_days() if d.weekday() < 5 and d not in HOLIDAYS]


# =========================================================================
# Planner: builds the latent month
# =========================================================================
class Planner:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.days = _working_days()
        self.weekends = [d for d in _all_days() if d.weekday() >= 5 or d in HOLIDAYS]
        self.plans: list[Plan] = []

    # ---------------------------------------------------------- primitives
    def seed(self) -> int:
        return self.rng.getrandbits(31)

    def slot(self, half: str) -> tuple[time, int]:
        if half == "early":
            return time(7, 30), 90
        table = {"am": MORNING, "pm": AFTERNOON, "eve": EVENING}[half]
        h, m, _ = self.rng.choices(table, weights=[w for *_, w in table], k=1)[0]
        start = time(h, m)
        latest = HALF_END[half]
        limit = (latest.hour * 60 + latest.minute) - (h * 60 + m)
        options = (
            [(d, w) for d, w in DURATIONS if d <= limit]
            if half != "eve"
            else [(60, 2.0), (90, 2.0)]
        )
        minutes = self.rng.choices([d for d, _ in options], weights=[w for _, w in options], k=1)[0]
        return start, minutes

    def day(self, dept: Dept, lo: int = 0, hi: int | None = None) -> date:
        if dept.weekend_rate and self.rng.random() < dept.weekend_rate:
            return self.rng.choice(self.weekends)
        top = len(self.days) if hi is None else max(lo + 1, min(hi, len(self.days)))
        return self.days[self.rng.randrange(lo, top)]

    def shift(self, day: date, working_days: int) -> date:
        if day in self.days:
            i = self.days.index(day) + working_days
            return self.days[min(i, len(self.days) - 1)]
        return min(day + timedelta(days=working_days), _all_days()[-1])

    def kind(self, dept: Dept, policy: Policy) -> str:
        p = min(0.95, max(0.05, policy.training_share + dept.train_bias))
        return TRAINING if self.rng.random() < p else PUBLICITY

    def towns(self, policy: Policy, k: int) -> list[str]:
        pool = list(TOWNS)
        weights = [1.0 + 4.0 * len(policy.features & t.features) for t in pool]
        if policy.features & {"coal", "oil", "red", "park"}:
            weights = [w if w > 1 else 0.15 for w in weights]
        chosen: list[str] = []
        while len(chosen) < min(k, len(pool)):
            t = self.rng.choices(pool, weights=weights, k=1)[0]
            if t.tid not in chosen:
                chosen.append(t.tid)
        return chosen

    def sectors(self, dept: Dept, policy: Policy) -> frozenset[str]:
        r = self.rng.random()
        if not policy.sectors:
            if r < 0.45:  # an all-sector policy explained to the department's own clientele
                letters = sorted(dept.focus_sectors)
                return frozenset(self.rng.sample(letters, self.rng.randint(1, len(letters))))
            return frozenset()
        if r < 0.1:
            return frozenset()  # the department did not bother restricting
        if r < 0.25 and len(policy.sectors) > 1:
            letters = sorted(policy.sectors)
            return frozenset(self.rng.sample(letters, len(letters) - 1))
        return policy.sectors

    def industry(self, dept: Dept, policy: Policy) -> str:
        pool = sorted(policy.sectors) if policy.sectors else list(dept.focus_sectors)
        return self.rng.choice(pool)

    def emit(
        self,
        dept: Dept,
        policy: Policy,
        kind: str,
        day: date,
        slot: tuple[time, int],
        towns: Sequence[str],
        sectors: frozenset[str],
        ctx: TitleCtx,
    ) -> Plan:
        start = datetime.combine(day, slot[0])
        plan = Plan(
            dept.slug,
            policy.pid,
            kind,
            start,
            start + timedelta(minutes=slot[1]),
            frozenset(towns),
            sectors,
            ctx,
        )
        self.plans.append(plan)
        return plan

    def policy_for(self, dept: Dept) -> Policy:
        """Own policies first; a policy already explained this month is less likely again."""
        owned = [p for p in POLICY_LIST if dept.slug in p.owners]
        used = [
            sum(1 for x in self.plans if x.lead == dept.slug and x.policy == p.pid) for p in owned
        ]
        weights = [
            (1.0 if dept.slug == p.owners[0] else 0.45) * (0.7 if p.hot else 1.0) / (1 + 1.5 * u)
            for p, u in zip(owned, used, strict=True)
        ]
        return self.rng.choices(owned, weights=weights, k=1)[0]

    # --------------------------------------------------------------- modes
    def series(self, dept: Dept, policy: Policy) -> list[Plan]:
        n = self.rng.randint(3, 6)
        towns = self.towns(policy, n)
        kind, seed, sectors = self.kind(dept, policy), self.seed(), self.sectors(dept, policy)
        pattern = self.rng.choice(("daily", "alternate", "halfday"))
        am, pm = self.slot("am"), self.slot("pm")
        span = {"daily": n, "alternate": 2 * n, "halfday": (n + 1) // 2}[pattern]
        begin = self.rng.randrange(0, max(1, len(self.days) - span))
        out: list[Plan] = []
        for i, tid in enumerate(towns):
            if pattern == "daily":
                day, slot = self.days[min(begin + i, len(self.days) - 1)], am
            elif pattern == "alternate":
                day, slot = self.days[min(begin + 2 * i, len(self.days) - 1)], am
            else:
                day, slot = (
                    self.days[min(begin + i // 2, len(self.days) - 1)],
                    (am if i % 2 == 0 else pm),
                )
            stop = [tid]
            if self.rng.random() < 0.12:  # one stop gathers a neighbouring town too
                stop += [t for t in self.towns(policy, 2) if t != tid][:1]
            out.append(
                self.emit(
                    dept,
                    policy,
                    kind,
                    day,
                    slot,
                    stop,
                    sectors,
                    TitleCtx(seed, town=tid, series_no=i + 1),
                )
            )
        if self.rng.random() < 0.2:  # 加场 in the first town a few days after the last stop
            last = out[-1].start.date()
            day = self.shift(last, self.rng.randint(2, 5))
            out.append(
                self.emit(
                    dept,
                    policy,
                    kind,
                    day,
                    self.slot("pm"),
                    [towns[0]],
                    sectors,
                    TitleCtx(seed, town=towns[0], extra=True),
                )
            )
        return out

    def county(self, dept: Dept, policy: Policy) -> list[Plan]:
        kind, seed, sectors = self.kind(dept, policy), self.seed(), self.sectors(dept, policy)
        day = self.day(dept)
        slot = self.slot(self.rng.choice(("am", "pm")))
        online = self.rng.random() < 0.18
        if self.rng.random() < 0.08 and slot[0] <= time(9, 30):
            return self.two_parts(dept, policy, kind, day, slot, sectors, seed)
        periods = 1 + (self.rng.random() < 0.22) + (self.rng.random() < 0.06)
        out: list[Plan] = []
        for i in range(periods):
            d = day if i == 0 else self.shift(out[-1].start.date(), self.rng.randint(4, 9))
            ctx = TitleCtx(seed, period_no=i + 1 if periods > 1 else None, online=online)
            out.append(self.emit(dept, policy, kind, d, slot, [], sectors, ctx))
        return out

    def two_parts(
        self,
        dept: Dept,
        policy: Policy,
        kind: str,
        day: date,
        slot: tuple[time, int],
        sectors: frozenset[str],
        seed: int,
    ) -> list[Plan]:
        """第一场/第二场 back to back: the second starts exactly when the first ends."""
        minutes = min(slot[1], 90)
        first = self.emit(
            dept, policy, kind, day, (slot[0], minutes), [], sectors, TitleCtx(seed, part=1)
        )
        split = self.rng.random() < 0.5
        towns_a: list[str] = []
        towns_b: list[str] = []
        if split:  # first part for the eastern towns, second for the western ones
            picked = self.towns(policy, 4)
            towns_a, towns_b = picked[:2], picked[2:]
            self.plans.remove(first)
            first = self.emit(
                dept,
                policy,
                kind,
                day,
                (slot[0], minutes),
                towns_a,
                sectors,
                TitleCtx(seed, part=1, town=towns_a[0]),
            )
        second_start = (datetime.combine(day, slot[0]) + timedelta(minutes=minutes)).time()
        second = self.emit(
            dept,
            policy,
            kind,
            day,
            (second_start, minutes),
            towns_b,
            sectors,
            TitleCtx(seed, part=2, town=towns_b[0] if towns_b else None),
        )
        return [first, second]

    def town(self, dept: Dept, policy: Policy) -> list[Plan]:
        kind, seed, sectors = self.kind(dept, policy), self.seed(), self.sectors(dept, policy)
        towns = self.towns(policy, 1 if self.rng.random() < 0.8 else 2)
        slot = self.slot(self.rng.choice(("am", "pm")))
        ctx = TitleCtx(seed, town=towns[0], special="town" if self.rng.random() < 0.6 else None)
        return [self.emit(dept, policy, kind, self.day(dept), slot, towns, sectors, ctx)]

    def industry_special(self, dept: Dept, policy: Policy) -> list[Plan]:
        kind, seed = self.kind(dept, policy), self.seed()
        letter = self.industry(dept, policy)
        towns = [] if self.rng.random() < 0.7 else self.towns(policy, 1)
        slot = self.slot(self.rng.choice(("am", "pm")))
        ctx = TitleCtx(seed, special="industry", industry=letter, town=towns[0] if towns else None)
        return [self.emit(dept, policy, kind, self.day(dept), slot, towns, frozenset(letter), ctx)]

    def live(self, dept: Dept, policy: Policy) -> list[Plan]:
        kind = PUBLICITY if self.rng.random() < 0.8 else TRAINING
        day = self.rng.choice(self.days + self.weekends)
        ctx = TitleCtx(self.seed(), live=True)
        return [
            self.emit(
                dept, policy, kind, day, self.slot("eve"), [], self.sectors(dept, policy), ctx
            )
        ]

    def early_bus(self, dept: Dept) -> list[Plan]:
        """Labour-export talk at the bus station before the chartered coaches leave (07:30)."""
        policy = POLICIES["hr_labour_export"]
        seed = self.seed()
        out: list[Plan] = []
        for i, tid in enumerate(self.towns(policy, self.rng.randint(1, 2))):
            out.append(
                self.emit(
                    dept,
                    policy,
                    PUBLICITY,
                    self.day(dept, 0, 12),
                    self.slot("early"),
                    [tid],
                    frozenset(),
                    TitleCtx(seed, town=tid, series_no=i + 1),
                )
            )
        return out

    def sibling_twin(self, dept: Dept, plan: Plan) -> Plan | None:
        """Same department, same audience, alike title, *different* subject."""
        sibs = [s for s in SIBLINGS.get(plan.policy, ()) if dept.slug in POLICIES[s].owners]
        if not sibs or self.rng.random() > 0.45:
            return None
        sib = POLICIES[self.rng.choice(sibs)]
        day = plan.start.date()
        if self.rng.random() < 0.5 and plan.start.time() < time(12, 0):
            slot = self.slot("pm")
        else:
            day = self.shift(day, self.rng.randint(1, 6))
            slot = (plan.start.time(), int((plan.end - plan.start).total_seconds() // 60))
        twin = replace(
            plan,
            policy=sib.pid,
            start=datetime.combine(day, slot[0]),
            end=datetime.combine(day, slot[0]) + timedelta(minutes=slot[1]),
        )
        self.plans.append(twin)
        return twin

    # ----------------------------------------------------------- clusters
    def hot_cluster(self, policy: Policy) -> None:
        """Several departments independently explain the same hot policy in one fortnight."""
        owners = [DEPTS[o] for o in policy.owners]
        depts = self.rng.sample(owners, min(len(owners), self.rng.randint(3, 4)))
        w0 = self.rng.randrange(0, len(self.days) - 12)
        focus = self.towns(policy, 3)
        anchors: list[tuple[date, tuple[time, int]]] = []
        for dept in depts:
            kind, seed = self.kind(dept, policy), self.seed()
            count = self.rng.choice((1, 1, 2, 3))
            for j in range(count):
                if anchors and self.rng.random() < 0.3:  # same hour as another department
                    day, slot = self.rng.choice(anchors)
                else:
                    day, slot = (
                        self.days[w0 + self.rng.randrange(12)],
                        self.slot(self.rng.choice(("am", "pm"))),
                    )
                anchors.append((day, slot))
                towns = (
                    []
                    if self.rng.random() < 0.4
                    else self.rng.sample(focus, self.rng.randint(1, 2))
                )
                ctx = TitleCtx(
                    seed,
                    town=towns[0] if towns else None,
                    special="town" if towns and self.rng.random() < 0.5 else None,
                    period_no=j + 1 if count > 1 else None,
                )
                self.emit(dept, policy, kind, day, slot, towns, self.sectors(dept, policy), ctx)

    # ---------------------------------------------------- post-processing
    def cohost(self) -> None:
        out: list[Plan] = []
        for plan in self.plans:
            dept, policy = DEPTS[plan.lead], POLICIES[plan.policy]
            if self.rng.random() < dept.cohost_rate:
                pool = [o for o in policy.owners if o != plan.lead]
                if "fic" not in pool and plan.lead != "fic":
                    pool.append("fic")
                k = 1 if self.rng.random() < 0.8 or len(pool) < 2 else 2
                plan = replace(plan, cohosts=tuple(self.rng.sample(pool, k)))
            out.append(plan)
        self.plans = out

    def cancel_and_reschedule(self) -> None:
        out: list[Plan] = []
        for plan in self.plans:
            r = self.rng.random()
            if r < 0.022:
                moved = self.shift(plan.start.date(), self.rng.randint(1, 5))
                delta = datetime.combine(moved, plan.start.time()) - plan.start
                note = self.rng.random() < 0.4
                out.append(replace(plan, cancelled=True, ctx=replace(plan.ctx, cancel_note=note)))
                out.append(
                    replace(
                        plan,
                        start=plan.start + delta,
                        end=plan.end + delta,
                        late_post=True,
                        ctx=replace(plan.ctx, rescheduled_from=plan.start.date()),
                    )
                )
            elif r < 0.045:
                out.append(
                    replace(
                        plan,
                        cancelled=True,
                        ctx=replace(plan.ctx, cancel_note=self.rng.random() < 0.3),
                    )
                )
            else:
                out.append(plan)
        self.plans = out

    # ---------------------------------------------------------------- month
    def plan_month(self) -> list[Plan]:
        hot = [p for p in POLICY_LIST if p.hot]
        for policy in self.rng.sample(hot, HOT_CLUSTERS):
            self.hot_cluster(policy)
        for dept in DEPT_LIST:
            self.plan_department(dept)
        self.cohost()
        self.cancel_and_reschedule()
        return self.plans

    def plan_department(self, dept: Dept) -> None:
        budget = round(dept.volume * self.rng.uniform(0.85, 1.1))
        made = 0
        if dept.slug == "hrss" and self.rng.random() < 0.8:
            made += len(self.early_bus(dept))
        while made < budget:
            policy = self.policy_for(dept)
            mode = _pick(self.rng, dept.modes)
            plans = {
                "series": self.series,
                "county": self.county,
                "town": self.town,
                "industry": self.industry_special,
                "live": self.live,
            }[mode](dept, policy)
            made += len(plans)
            if (
                mode in ("county", "town", "industry")
                and self.sibling_twin(dept, plans[0]) is not None
            ):
                made += 1


# =========================================================================
# Rendering: how each department writes its sessions
# =========================================================================
class Draws:
    """Fixed-position uniform draws: a series and its sibling twins get identical title choices."""

    def __init__(self, seed: int) -> None:
        r = random.Random(seed)
        self.u = [r.random() for _ in range(16)]

    def idx(self, i: int, n: int) -> int:
        return min(n - 1, int(self.u[i] * n))

    def item(self, i: int, seq: Sequence[str]) -> str:
        return seq[self.idx(i, len(seq))]


def _wording_category(dept: Dept, policy: Policy, u: float) -> str:
    cat = _pick_u(u, dept.wording)
    if cat == "english" and not policy.english:
        return "formal"
    if cat == "local" and not policy.local:
        return "abbr"
    return cat


def _wordings(policy: Policy, cat: str) -> tuple[str, ...]:
    return {
        "formal": (policy.formal,),
        "abbr": policy.abbr,
        "casual": policy.casual,
        "local": policy.local,
    }.get(cat) or (policy.formal,)


def _join(core: str, kind_word: str) -> str:
    if core.endswith("政策") and kind_word.startswith("政策"):
        kind_word = kind_word[2:]
    return core + kind_word


def _town_name(town: Town, style: str) -> str:
    if style == "short":
        return town.short
    if style == "old":
        return town.old
    if style == "nick":
        return town.nick
    if style == "combined":
        return f"{town.full}（原{town.old}）"
    if style == "pinyin":
        unit = "Township" if town.full.endswith("乡") else "Town"
        return f"{town.pinyin} {unit}"
    return town.full


def _title_town(dept: Dept, tid: str, u: float) -> str:
    styles = {k: v for k, v in dept.town_style.items() if k not in ("pinyin", "combined")} or {
        "full": 1.0
    }
    return _town_name(TOWN_BY_ID[tid], _pick_u(u, styles))


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def _live_prefix(plan: Plan, d: Draws) -> str:
    t = plan.start
    hour = t.hour - 12 if t.hour > 12 else t.hour
    clock = f"{hour}点" + ("半" if t.minute == 30 else "")
    return ("直播预告｜", f"今晚{clock}直播：", "【直播】", "云课堂｜")[d.idx(12, 4)]


def _context(body: str, plan: Plan, dept: Dept, d: Draws) -> str:
    c = plan.ctx
    town = _title_town(dept, c.town, d.u[6]) if c.town else None
    md = _md(plan.start.date())
    if c.live:
        body = _live_prefix(plan, d) + body
    if c.series_no is not None and town:
        style = d.idx(5, 4)
        if style == 0:
            body = f"{body}（{town}站）" if "——" in body else f"{body}——{town}站"
        elif style == 1:
            body = f"{body}（{md}·{town}）"
        elif style == 2:
            body = f"{body}（第{_cn(c.series_no)}场·{town}）"
        else:
            body = f"走进{town}｜{body}"
    elif c.special == "town" and town:
        body = f"{town}专场｜{body}" if d.u[13] < 0.4 else f"{body}（{town}专场）"
    elif town:
        body = f"{body}（{md}·{town}）" if d.u[5] < 0.5 or "——" in body else f"{body}——{town}"
    if c.special == "industry" and c.industry:
        body = f"{body}（{SECTOR_AUDIENCE.get(c.industry, SECTORS[c.industry][0])}专场）"
    if c.extra:
        body += "（加场）"
    if c.period_no:
        body += f"（第{c.period_no}期）" if d.u[11] < 0.5 else f"第{_cn(c.period_no)}期"
    if c.part:
        body += f"（第{_cn(c.part)}场）"
    if c.online:
        body += d.item(10, ("（线上）", "（腾讯会议）", "（视频会议）"))
    return body


def _decorate(body: str, plan: Plan, dept: Dept, d: Draws) -> str:
    deco = _pick_u(d.u[3], dept.decorations)
    if deco == "notice" and not any(ch in body for ch in "｜？：】"):
        return f"关于开展{body}的通知"
    if deco == "signup":
        return f"【报名】{body}"
    if deco == "quarter":
        quarter = "一" if plan.start.month <= 3 else "二"
        return f"2027年第{quarter}季度{body}"
    if deco == "limited":
        return f"{body}（名额有限）"
    return body


def _marks(body: str, plan: Plan, d: Draws) -> str:
    c = plan.ctx
    if c.rescheduled_from is not None:
        style = d.idx(14, 3)
        body += ("（改期）", "【改期】", f"（改期，原定{_md(c.rescheduled_from)}）")[style]
    if c.cancel_note:
        body = ("【已取消】", "（取消）")[d.idx(15, 2)] + body
    return body


def _english_title(plan: Plan, policy: Policy, d: Draws) -> str:
    c = plan.ctx
    ek = d.item(2, EN_KIND[plan.kind])
    core = policy.english or policy.formal
    body = (f"{core} {ek}", f"{ek}: {core}", f"{core} – {ek}")[d.idx(8, 3)]
    if c.live:
        body = f"Livestream: {body}"
    if c.town:
        pin = TOWN_BY_ID[c.town].pinyin
        body += f" — {pin} Stop {c.series_no}" if c.series_no else f" ({pin})"
    if c.special == "industry" and c.industry:
        body += f" for {SECTORS[c.industry][1]}"
    if c.period_no:
        body += f" (Session {c.period_no})"
    if c.part:
        body += f" (Part {c.part})"
    if c.online:
        body += " (Online)"
    if c.rescheduled_from is not None:
        body += " (Rescheduled)"
    if c.cancel_note:
        body = "[CANCELLED] " + body
    return body


def render_title(plan: Plan) -> str:
    dept, policy = DEPTS[plan.lead], POLICIES[plan.policy]
    d = Draws(plan.ctx.seed)
    cat = _wording_category(dept, policy, d.u[0])
    if cat == "english":
        return _english_title(plan, policy, d)
    core = d.item(1, _wordings(policy, cat))
    if cat == "casual":
        body = core + d.item(4, CASUAL_SUFFIX[plan.kind]).format(short=dept.short)
    elif d.u[9] < 0.12 and policy.abbr:
        body = f"{GENERIC_HEAD[policy.area]}{d.item(2, SHORT_KIND[plan.kind])}（{policy.abbr[0]}）"
    else:
        body = _join(core, d.item(2, KIND_WORDS[plan.kind]))
    body = _decorate(_context(body, plan, dept, d), plan, dept, d)
    if plan.cohosts and d.u[7] < 0.35:
        body = f"【{'·'.join(DEPTS[s].short for s in (plan.lead, *plan.cohosts))}联合】{body}"
    return _marks(body, plan, d)


def render_topics(rng: random.Random, plan: Plan) -> list[str]:
    dept, policy = DEPTS[plan.lead], POLICIES[plan.policy]
    style = _pick(rng, dept.tag_style)
    offset = DEPT_INDEX[dept.slug]
    precise = policy.tags[offset % len(policy.tags)]
    broad_pool = list(dept.broad_tags) + [
        t for t in AREA_BROAD[policy.area] if t not in dept.broad_tags
    ]
    if style == "precise":
        tags = [precise]
        if len(policy.tags) > 1 and rng.random() < 0.3:
            tags.append(policy.tags[(offset + 1) % len(policy.tags)])
        return tags
    if style == "broad":
        return rng.sample(broad_pool, min(len(broad_pool), rng.randint(1, 2)))
    if style == "mixed":
        return [precise, rng.choice([t for t in broad_pool if t != precise])]
    return []


def render_regions(rng: random.Random, plan: Plan) -> list[str]:
    dept = DEPTS[plan.lead]
    if not plan.towns:
        return ["全县"] if rng.random() < dept.everyone_word else []
    names = [_town_name(TOWN_BY_ID[t], _pick(rng, dept.town_style)) for t in sorted(plan.towns)]
    rng.shuffle(names)
    return names


def _sector_name(letter: str, style: str) -> str:
    zh, en = SECTORS[letter]
    return {"letter": letter, "zh": zh, "both": f"{letter} {zh}", "en": en}[style]


def render_sectors(rng: random.Random, plan: Plan) -> list[str]:
    dept = DEPTS[plan.lead]
    return [_sector_name(s, _pick(rng, dept.sector_style)) for s in sorted(plan.sectors)]


def render_time(moment: datetime, style: str) -> str:
    aware = moment.replace(tzinfo=CST)
    if style == "local":
        return aware.isoformat()
    utc = aware.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ") if style == "Z" else utc.isoformat()


def assign_keys(rng: random.Random, plans: Sequence[Plan]) -> list[str]:
    """Each department numbers its postings roughly in date order; reschedules are posted last."""
    keys: list[str] = [""] * len(plans)
    for dept in DEPT_LIST:
        mine = [i for i, p in enumerate(plans) if p.lead == dept.slug]
        mine.sort(
            key=lambda i: (plans[i].late_post, plans[i].start + timedelta(days=rng.uniform(-3, 3)))
        )
        n = rng.randint(6, 60)
        for i in mine:
            keys[i] = dept.key_fmt(n, plans[i].start.date())
            n += 1 if rng.random() < 0.85 else 2
    return keys


def render_session(rng: random.Random, plan: Plan, key: str) -> dict[str, object]:
    style = _pick(rng, DEPTS[plan.lead].tz)
    return {
        "key": key,
        "kind": plan.kind,
        "title": render_title(plan),
        "start": render_time(plan.start, style),
        "end": render_time(plan.end, style),
        "topics": render_topics(rng, plan),
        "sectors": render_sectors(rng, plan),
        "regions": render_regions(rng, plan),
        "hosts": [plan.lead, *plan.cohosts],
        "cancelled": plan.cancelled,
    }


# =========================================================================
# Truth from the latent structure
# =========================================================================
def audiences_intersect(a: Plan, b: Plan) -> bool:
    sectors_ok = not a.sectors or not b.sectors or bool(a.sectors & b.sectors)
    towns_ok = not a.towns or not b.towns or bool(a.towns & b.towns)
    return sectors_ok and towns_ok


def truth_pairs(plans: Sequence[Plan], keys: Sequence[str]) -> dict[str, list[list[str]]]:
    window = timedelta(days=WINDOW_DAYS)
    conflict: list[list[str]] = []
    redundant: list[list[str]] = []
    live = [i for i, p in enumerate(plans) if not p.cancelled]
    for x, i in enumerate(live):
        a = plans[i]
        for j in live[x + 1 :]:
            b = plans[j]
            if not audiences_intersect(a, b):
                continue
            if a.start < b.end and b.start < a.end:
                conflict.append([keys[i], keys[j]])
            if a.kind == b.kind and a.policy == b.policy and abs(a.start - b.start) <= window:
                redundant.append([keys[i], keys[j]])
    return {"CONFLICT": conflict, "REDUNDANT": redundant}


def build(seed: int = 0) -> tuple[list[Plan], list[str], list[dict[str, object]]]:
    """The latent plans, their keys and the rendered sessions (same order)."""
    rng = random.Random(seed)
    plans = Planner(rng).plan_month()
    plans.sort(key=lambda p: (DEPT_INDEX[p.lead], p.start, p.policy, p.cancelled))
    keys = assign_keys(rng, plans)
    assert len(set(keys)) == len(keys), "duplicate session keys"
    sessions = [render_session(rng, p, k) for p, k in zip(plans, keys, strict=True)]
    return plans, keys, sessions


def generate(seed: int = 0) -> dict[str, Any]:
    plans, keys, sessions = build(seed)
    return {"windowDays": WINDOW_DAYS, "sessions": sessions, "pairs": truth_pairs(plans, keys)}


if __name__ == "__main__":
    for s in (0, 1, 2):
        out = generate(s)
        print(
            f"seed {s}: sessions={len(out['sessions'])} "
            f"CONFLICT={len(out['pairs']['CONFLICT'])} REDUNDANT={len(out['pairs']['REDUNDANT'])}"
        )
