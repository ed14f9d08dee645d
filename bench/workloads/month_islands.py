"""Invented month of training and policy-publicity sessions: 岚礁县 (Lanjiao County).

A Zhoushan-type island county (海岛县) of Zhejiang. Everything is invented. Nine towns
and townships sit on islands; the economy is offshore fishing and mariculture (大黄鱼
deep-water cages), aquatic processing (鱼鲞, 鱼粉, 冷库), ship repair and shipbuilding
(the 大鳌岛 yards), marine tourism (渔家乐, 民宿, beaches, 海钓), offshore wind off
花礁/渔山, and the 洋礁 bonded port with oil storage and bunkering. The county tags 海洋 /
涉海 on nearly everything. Month: March 2027 (1 March is a Monday; 3·15 is a Monday).
Window: 14 days. No minority language here; towns carry island names, pre-merger
乡 names and Wu-dialect nicknames instead.

Towns (id: full / short / pinyin / English / island / old pre-merger name / nickname).
Every spelling maps to exactly one town:
  langang:  岚港镇 / 岚港 / Langang Zhen / Langang Town / 岚山岛 / 城关镇 / 港里 (county seat)
  aozhi:    鳌峙镇 / 鳌峙 / Aozhi Zhen / Aozhi Town / 大鳌岛 / 北岙乡 / 鳌山 (shipyards)
  shuangyu: 双屿镇 / 双屿 / Shuangyu Zhen / Shuangyu Town / 双屿岛 / 南浦乡 / 双屿门
  luomen:   螺门镇 / 螺门 / Luomen Zhen / Luomen Town / 螺门岛 / 东沙角乡 / 螺蛳门
  yangjiao: 洋礁镇 / 洋礁 / Yangjiao Zhen / Yangjiao Town / 外洋礁岛 / 大洋乡 / 外洋
  fengyu:   凤屿镇 / 凤屿 / Fengyu Zhen / Fengyu Town / 凤凰山岛 / 西岙乡 / 凤凰山
  yushan:   渔山乡 / 渔山 / Yushan Xiang / Yushan Township / 北渔山岛 / 南渔乡 / 渔山头
  baisha:   白沙乡 / 白沙 / Baisha Xiang / Baisha Township / 白沙岛 / 白沙山乡 / 沙头
  huajiao:  花礁乡 / 花礁 / Huajiao Xiang / Huajiao Township / 花礁山 / 东礁乡 / 花礁头
  渔区六镇 = aozhi shuangyu luomen fengyu yushan huajiao; 旅游五镇 = langang luomen
  yushan baisha huajiao; shipyards = langang aozhi yangjiao; processing = langang
  shuangyu fengyu; wind = yushan huajiao; bonded port = yangjiao.

Sectors are GB/T 4754-2017 sections: letter "C", name "制造业", "C 制造业", or the
official English name "Manufacturing". [] = all sectors; regions [] = whole county.

Departments (slug 中文名: regions / sectors / titles / topics / time):
  ocean-fishery 县海洋与渔业局: island names / letter / 【渔业政策】, formal, everyday,
      slogan 守护蓝色粮仓 / 渔业 + policy + 涉海 / +08:00, 08:30 starts, some evenings
  hrss 县人力资源和社会保障局: full / Chinese name / 关于举办…的通知 and questions
      (招一个本地人能补多少钱？) / policy words / +08:00; cancelled titles get 【取消】
  tax 国家税务总局岚礁县税务局: short / "C 制造业" / 【政策辅导】, 2027年第一季度…
      / always 政策解读 + 税费 / UTC "Z" (e-tax platform)
  commerce 县商务局: pinyin / English / English titles or 中文（English）说明会 /
      English area words / UTC without seconds ("2027-03-08T06:00Z")
  bonded-port 岚礁保税港区管委会: English town names / English / English titles /
      no topics / UTC "Z"
  econ-info 县经济和信息化局: full / letter / formal, 【惠企政策直通车】 / 惠企 always
  culture-tourism 县文化和广电旅游体育局: Wu nicknames / Chinese / everyday, slogan
      海岛民宿 向美而行 / 文旅 / evenings and weekends; 【活动取消】
  market-reg 县市场监督管理局: full / "F 批发和零售业" / 【放心消费】, formal / 市场监管
  emergency 县应急管理局: full / Chinese / formal, slogan 人人讲安全 个个会应急 /
      only 安全生产
  dev-reform 县发展和改革局: short / letter / formal, slogan 向海图强 / 海洋 on all
  natural-res 县自然资源和规划局: old pre-merger names / letter / formal only /
      自然资源 + 涉海
  eco-env 市生态环境局岚礁分局: full / Chinese / formal, slogan 守护碧海蓝湾 / none
  transport 县交通运输局（港航）: island names / "G 交通运输…" / formal, everyday / 港航
  finance 县金融工作服务中心: short / Chinese / everyday / 金融 惠企
  fic 县工商业联合会: short / "C 制造业" / everyday, 【民营经济政策直通车】 / 惠企 民营经济
  medical-ins 县医疗保障局: Wu nicknames / Chinese / everyday / 医保
  fire-rescue 县消防救援大队: full / Chinese / slogan 消防安全 你我同行 / 消防 / evenings
  sci-tech 县科学技术局: short / letter / formal, 【科技惠企】 / policy words
  justice 县司法局: short / Chinese / slogan 法治护航 海岛同行 / 普法 / weekends
  aozhi-gov 鳌峙镇人民政府: its own town only / Chinese / everyday, formal
  Keys are each department's own notice numbers in date order (岚人社〔2027〕12号,
  tax-ljx-0031, COM-2027-004, ...). Hosts: lead first, co-hosts after (1-3).

Policies: 88 in 33 areas. Each has a hidden id, a formal name, a short name, two everyday
names (often sharing no characters with the formal one) and an English name.
(sectors; towns; departments, lead first) -- 渔区六镇/旅游五镇 as above, else initials:
  [渔业补贴]
  fuel-general: 渔业油价补贴（一般性补贴） (A; 渔区六镇; ocean-fishery+aozhi-gov)
      = 油补今年怎么发？ / 柴油钱能补回来多少 / Fishery Fuel Subsidy (General Payment)
  fuel-renewal: 渔业油价补贴（渔船更新改造专项） (A; 渔区六镇; ocean-fishery+transport)
      = 老木船换钢质船补多少？ / 换新船国家贴钱吗 / Fishing Vessel Renewal Subsidy
  buyout: 海洋捕捞渔船减船转产补助 (A; 渔区六镇; ocean-fishery+hrss)
      = 拆船上岸给多少钱？ / 不捕鱼了以后干啥 / Fishing Fleet Buyback and Livelihood Transition
  [渔船管理]
  moratorium: 2027年海洋伏季休渔管理规定 (A; 渔区六镇; ocean-fishery+transport+justice)
      = 五一以后船还能出海吗？ / 休渔期注意点啥 / 2027 Summer Fishing Moratorium
  sanwu: 涉渔“三无”船舶清理整治 (A; 渔区六镇; ocean-fishery+justice)
      = 三无船怎么处理？ / 没证的小船还能开吗 / Crackdown on Unregistered Fishing Boats
  vessel-safety: 渔业船舶安全生产专项整治 (A; 渔区六镇; ocean-fishery+emergency+transport)
      = 出海保平安 / AIS不能关、救生衣要穿 / Fishing Vessel Safety Campaign
  crew-cert: 渔业职务船员证书考试培训 (A; 渔区六镇; ocean-fishery+hrss)
      = 考船老大证 / 轮机员证怎么考？ / Fishing Crew Certification Training
  [渔业保险]
  mutual-ins: 渔业互助保险保费补贴 (A; 渔区六镇; ocean-fishery+finance)
      = 渔民保险政府出多少？ / 船东互保怎么买 / Fishery Mutual Insurance Premium Subsidy
  aqua-ins: 海水养殖天气指数保险 (A; 双凤渔花; finance+ocean-fishery)
      = 台风刮坏网箱能赔吗？ / 大黄鱼养殖保险 / Mariculture Weather Index Insurance
  [海水养殖]
  deep-cage: 深远海养殖（深水网箱）建设补助 (A; 双凤渔花; ocean-fishery+dev-reform)
      = 网箱升级补贴 / 养鱼平台往外海搬 / Offshore Deep-Water Cage Aquaculture Grant
  sea-use-aqua: 养殖用海海域使用权确权登记 (A; 双凤渔花; natural-res+ocean-fishery)
      = 养殖海域办证 / 网箱那块海归谁？ / Aquaculture Sea-Area Use Rights Registration
  [水产加工]
  proc-upgrade: 水产品加工企业技术改造补助 (C; 岚双凤; econ-info+ocean-fishery)
      = 加工厂换设备有补助 / 鱼粉厂升级改造 / Seafood Processing Technology Upgrade Grant
  sc-license: 水产制品食品生产许可（SC）办理 (C; 岚双螺凤; market-reg)
      = 晒鱼鲞的作坊要办证吗？ / 小作坊办SC / Food Production Licence for Seafood Products
  cold-chain: 冷链物流设施建设补助 (CG; 岚双洋凤; commerce+dev-reform)
      = 冷库扩建补多少？ / 海鲜冷藏车补贴 / Cold Chain Logistics Facility Subsidy
  proc-discharge: 水产加工企业排污许可登记 (C; 岚双凤; eco-env)
      = 加工厂废水要办证 / 腥味废水怎么排？ / Discharge Permits for Seafood Processors
  [船舶修造]
  green-ship: 绿色智能船舶产业发展扶持政策 (C; 岚鳌洋; econ-info+dev-reform+commerce)
      = 修船厂转造新能源船 / LNG船订单有补助 / Green and Smart Shipbuilding Support Policy
  ship-hotwork: 船舶修造企业动火作业和有限空间作业安全规范
      (C; 岚鳌洋; emergency+fire-rescue+aozhi-gov)
      = 船坞动火先审批 / 舱里干活防中毒 / Hot-Work and Confined-Space Safety in Shipyards
  ship-labour: 船舶修造外包用工规范与工伤保险 (C; 岚鳌; hrss+emergency)
      = 修船临时工要上工伤保险 / 外包队出事谁负责？
      = Shipyard Subcontract Labour and Work-Injury Insurance
  [船舶税收]
  ship-vat-refund: 增值税期末留抵退税（船舶制造业） (C; 岚鳌洋; tax)
      = 船厂留抵退税 / 进项多了能退钱吗？ / VAT Credit Refund for Shipbuilders
  adv-mfg-vat: 先进制造业企业增值税加计抵减 (C; 全县; tax+econ-info)
      = 加计抵减5% / 先进制造业多抵税 / Additional VAT Deduction for Advanced Manufacturers
  env-tax: 环境保护税申报（船舶修造业） (C; 岚鳌洋; tax+eco-env)
      = 船厂喷漆要交环保税 / 环保税按什么算？ / Environmental Protection Tax for Shipyards
  [民宿]
  bnb-rating: 民宿（渔家乐）等级评定 (H; 旅游五镇; culture-tourism)
      = 民宿评星 / 渔家乐挂金牌 / Guesthouse Star Rating
  bnb-review: 等级民宿复核与摘牌整改 (H; 旅游五镇; culture-tourism)
      = 星级民宿年审 / 被摘牌还能评回来吗？ / Guesthouse Rating Review and Rectification
  bnb-fire: 民宿消防安全管理规范 (H; 旅游五镇; fire-rescue+culture-tourism)
      = 民宿装烟感、配灭火器 / 客房防火怎么弄？ / Guesthouse Fire Safety Code
  bnb-food: 渔家乐餐饮食品安全 (H; 旅游五镇; market-reg+culture-tourism)
      = 海鲜排档后厨卫生 / 游客吃坏肚子谁管？ / Food Safety for Fisherman's Family Restaurants
  [海岛旅游]
  tour-voucher: 2027年海岛文旅消费券 (HR; 全县; culture-tourism+commerce)
      = 旅游消费券怎么领？ / 来海岛玩有补贴 / 2027 Island Tourism Vouchers
  scenic-a: A级旅游景区创建 (R; 岚螺白; culture-tourism)
      = 景区评A / 沙滩想升4A / A-Grade Scenic Area Application
  leisure-boat: 海上休闲旅游船舶安全管理 (GR; 螺渔白; transport+culture-tourism)
      = 海钓船载客要什么证？ / 游艇出海要报备 / Safety Rules for Leisure Tourist Boats
  [能源]
  wind-sea-use: 海上风电项目用海用岛审批 (D; 渔花; natural-res+dev-reform)
      = 风电场用海怎么批？ / 风机占哪片海 / Sea-Area Approval for Offshore Wind
  wind-fish-comp: 海上风电涉渔补偿 (AD; 双渔花; ocean-fishery+dev-reform)
      = 风电场占了渔场怎么补？ / 风机底下还能下网吗 / Fishery Compensation for Offshore Wind
  green-power: 绿电交易与绿证 (CD; 全县; dev-reform+econ-info)
      = 用风电电费能便宜吗？ / 绿证怎么买 / Green Power Trading and Certificates
  wind-om: 海上风电运维产业配套 (DG; 岚渔花; dev-reform+commerce)
      = 给风电场跑运维船 / 风电运维招本地人 / Offshore Wind O&M Supply Chain
  [保税油储]
  bunkering: 保税船用燃料油加注业务 (FG; 洋; bonded-port+commerce)
      = 给外轮加油 / 保税油加注资质怎么拿 / Bonded Marine Fuel Bunkering
  oil-tank: 油品储运企业危险化学品重大危险源安全管理 (FG; 洋; emergency+fire-rescue+bonded-port)
      = 油罐区防爆 / 储罐区出事怎么办？ / Major Hazard Management at Oil Storage Terminals
  customs: 保税港区通关便利化措施 (FG; 岚洋; bonded-port+commerce)
      = 进出口货物快点放行 / 一次申报两地通关 / Customs Facilitation in the Bonded Port Zone
  oil-trade: 油气贸易企业落户扶持 (F; 洋; bonded-port+commerce)
      = 油品贸易公司落户奖励 / 来洋礁开油品公司 / Incentives for Oil and Gas Traders
  [就业]
  expand-jobs: 一次性扩岗补助 (全; 全县; hrss+fic)
      = 招一个本地人能补多少钱？ / 招应届生有补贴吗 / One-off Job Expansion Subsidy
  intern: 就业见习补贴 (全; 全县; hrss)
      = 见习生补贴 / 大学生来实习有钱补 / Graduate Traineeship Subsidy
  skill-sub: 职业技能提升补贴 (全; 全县; hrss)
      = 考证能报销 / 学电焊有补贴 / Vocational Skills Upgrading Subsidy
  startup-loan: 创业担保贷款及贴息 (全; 全县; hrss+finance)
      = 创业贷款免息 / 开店借钱政府贴息 / Start-up Guarantee Loans
  [社保]
  resident-pension: 城乡居民基本养老保险缴费 (全; 全县; hrss)
      = 养老保险交哪一档划算？ / 老了每月能领多少 / Resident Basic Pension Contributions
  flexible-ss: 灵活就业人员参加职工社会保险 (全; 全县; hrss+medical-ins)
      = 打零工怎么交社保？ / 跑船的自己交养老 / Social Insurance for Flexible Workers
  stable-return: 失业保险稳岗返还 (全; 全县; hrss)
      = 稳岗返还到账没？ / 不裁员能返钱 / Unemployment Insurance Job-Retention Refund
  [医保]
  resident-med: 2027年度城乡居民医保参保缴费 (全; 全县; medical-ins)
      = 医保交了没？ / 看病报销多少 / 2027 Resident Medical Insurance Enrolment
  med-fraud: 打击欺诈骗取医疗保障基金 (FQ; 全县; medical-ins+justice)
      = 医保卡不能借人 / 药店刷卡换东西违法 / Medical Insurance Fraud Crackdown
  [税费]
  six-two: 小微企业“六税两费”减免 (全; 全县; tax+fic)
      = 小店少交哪些税？ / 个体户税费减半 / Six Taxes and Two Fees Relief for Small Businesses
  iit-annual: 2026年度个人所得税综合所得汇算清缴 (全; 全县; tax+hrss)
      = 个税退税怎么弄？ / 手机上退个税 / 2026 Individual Income Tax Annual Reconciliation
  [纳税信用]
  credit-rating: 纳税信用评价 (全; 全县; tax)
      = 纳税信用A级有啥好处？ / 信用分被扣了 / Taxpayer Credit Rating
  credit-repair: 纳税信用修复 (全; 全县; tax+fic)
      = 信用等级能补救吗？ / 罚款交了信用能恢复吗 / Taxpayer Credit Restoration
  [渔业税收]
  vv-tax: 渔业船舶车船税减免 (A; 渔区六镇; tax+ocean-fishery)
      = 渔船要交车船税吗？ / 捕捞船免税 / Vehicle and Vessel Tax Exemption for Fishing Boats
  fish-vat: 农业生产者销售自产水产品免征增值税 (A; 渔区六镇; tax)
      = 自己捕的鱼卖了交不交税？ / 渔民卖鱼开票 / VAT Exemption on Self-Caught Seafood
  [税费]
  rd-deduct: 研发费用税前加计扣除 (CIM; 全县; tax+sci-tech)
      = 搞研发能少交税 / 研发费多扣一块 / R&D Expense Super Deduction
  e-invoice: 全面数字化的电子发票推广 (全; 全县; tax)
      = 数电票怎么开？ / 纸质发票不用了吗 / Fully Digitalised E-Invoices
  [消费维权]
  consumer-315: “3·15”国际消费者权益日宣传 (FH; 全县; market-reg+justice)
      = 买到缺斤短两的海鲜找谁？ / 消费维权 / World Consumer Rights Day Campaign
  [企业信用]
  ent-credit-repair: 企业信用修复（经营异常名录移出） (全; 全县; market-reg+fic)
      = 被列经营异常怎么移出？ / 公司上了黑名单咋办 / Business Credit Repair
  annual-report: 市场主体年度报告公示 (全; 全县; market-reg)
      = 个体户年报怎么填？ / 年报不报会怎样 / Annual Report Filing for Market Entities
  [消费维权]
  metrology: 集贸市场计量器具专项检查 (F; 全县; market-reg)
      = 渔港电子秤准不准？ / 鱼秤要检定 / Market Scale Inspection
  [安全生产]
  special-equip: 特种设备（船厂起重机械）安全管理 (CG; 岚鳌洋; market-reg+emergency)
      = 龙门吊要年检 / 叉车司机要持证 / Special Equipment Safety
  safety-resp: 2027年安全生产责任落实专项行动 (全; 全县; emergency)
      = 老板是安全第一责任人 / 安全员要持证上岗 / 2027 Work Safety Accountability Campaign
  [防汛防台]
  typhoon: 防汛防台应急预案 (全; 全县; emergency+ocean-fishery+transport)
      = 台风来了船往哪躲？ / 台风天民宿怎么办 / Typhoon and Flood Emergency Preparedness
  [消防]
  ebike-fire: 电动自行车消防安全 (全; 全县; fire-rescue)
      = 电瓶车别在楼道充电 / 电动车起火怎么办？ / E-bike Fire Safety
  [海洋生态]
  sea-sand: 严厉打击非法采运海砂 (BG; 全县; natural-res+transport+justice)
      = 海砂不能随便挖 / 运砂船查得严吗？ / Crackdown on Illegal Sea-Sand Mining
  blue-bay: 海洋垃圾清理与“蓝色海湾”整治 (N; 全县; eco-env+dev-reform)
      = 净滩 / 海漂垃圾谁来捡？ / Blue Bay Marine Litter Clean-up
  ship-pollution: 船舶污染物接收转运处置 (AG; 全县; eco-env+transport)
      = 船上垃圾靠岸交 / 油污水不能偷排 / Ship Pollutant Reception and Disposal
  [海域海岛]
  island-use: 无居民海岛开发利用审批 (KR; 全县; natural-res)
      = 小岛能租来开发吗？ / 荒岛搞旅游 / Uninhabited Island Use Approval
  [金融]
  fisher-loan: “渔民贷”普惠信用贷款 (A; 渔区六镇; finance+ocean-fishery)
      = 渔民贷款不用抵押 / 打鱼的也能贷款？ / Fisher Microcredit Loans
  vessel-mortgage: 船舶抵押融资 (ACG; 全县; finance)
      = 船能抵押贷款吗？ / 修船厂拿船抵押 / Vessel-Backed Financing
  guarantee: 政策性融资担保降费 (全; 全县; finance+fic)
      = 担保费降到1%以下 / 贷款担保便宜了 / Lower Fees for Government Financing Guarantees
  [科技企业]
  hi-tech: 高新技术企业认定 (CIM; 全县; sci-tech+tax)
      = 高企申报 / 评上高新能少交税？ / High-Tech Enterprise Accreditation
  sci-sme: 科技型中小企业评价 (CIM; 全县; sci-tech)
      = 科小入库 / 科技型中小企业怎么评？ / Tech-Based SME Evaluation
  marine-tech: 海洋科技成果转化奖补 (CM; 全县; sci-tech+dev-reform)
      = 海洋新技术落地有奖 / 科研成果卖给企业 / Marine Tech Commercialisation Awards
  [工业]
  srdi: 专精特新中小企业培育 (C; 全县; econ-info+fic)
      = 小巨人怎么评？ / 专精特新有啥好处 / Specialised and Innovative SMEs
  [共同富裕]
  strong-village: 海岛强村公司（村级集体经济）发展 (AL; 全县; dev-reform+aozhi-gov)
      = 村里年底分红 / 强村公司咋办？ / Island Village Collective Enterprises
  fishing-village: 美丽渔村人居环境整治 (全; 渔区六镇; aozhi-gov+eco-env)
      = 村里厕所改造 / 渔村变好看 / Beautiful Fishing Village Programme
  [交通港航]
  ferry-safety: 海岛客渡运安全管理 (G; 全县; transport)
      = 坐船买票要实名 / 大风天停航怎么通知 / Island Ferry Safety
  ferry-fare: 海岛居民乘船票价优惠 (全; 全县; transport)
      = 岛上居民坐船半价 / 渡轮优惠卡怎么办？ / Ferry Fare Discounts for Islanders
  [商务]
  export-ins: 出口信用保险保费扶持 (CF; 全县; commerce)
      = 外贸订单怕收不到钱 / 出口信保补贴 / Export Credit Insurance Support
  trade-in: 消费品以旧换新补贴 (F; 全县; commerce+market-reg)
      = 换冰箱能补多少？ / 以旧换新补贴怎么领 / Consumer Goods Trade-in Subsidy
  live-ecom: 海鲜直播电商扶持 (AFI; 全县; commerce+fic)
      = 直播卖海鲜 / 网上卖鱼鲞 / Seafood Live-Streaming E-Commerce Support
  invest-marine: 海洋装备产业招商引资优惠政策 (C; 全县; commerce+econ-info)
      = 来岛上办厂给啥优惠？ / 项目落地奖励 / Investment Incentives for Marine Equipment
  [就业]
  talent: 海岛人才新政（住房补贴） (全; 全县; hrss+sci-tech)
      = 来海岛工作给房补 / 大学生上岛补贴 / Island Talent Housing Allowance
  [普法]
  civil-code: 民法典进渔村 (全; 全县; justice)
      = 借钱不打欠条吃亏 / 家里那点事民法典怎么说 / Civil Code Outreach
  fishery-law: 新修订《渔业法》学习宣传 (A; 全县; justice+ocean-fishery)
      = 新渔业法讲了啥？ / 违规捕捞怎么罚 / Revised Fisheries Law
  anti-fraud: 全民反诈宣传 (全; 全县; justice+finance+aozhi-gov)
      = 陌生电话别转账 / 刷单就是诈骗 / Anti-Fraud Awareness
  [营商环境]
  biz-env: 营商环境优化提升（增值化改革） (全; 全县; dev-reform+fic+market-reg)
      = 办事少跑腿 / 企业有事找谁？ / Business Environment Upgrade
  [海洋经济]
  marine-econ: 海洋经济高质量发展三年行动 (全; 全县; dev-reform+ocean-fishery+commerce)
      = 靠海吃海新路子 / 海洋经济怎么搞 / Marine Economy Action Plan
  [能源]
  energy-review: 重点用能单位节能审查 (CG; 全县; econ-info+dev-reform)
      = 用电大户要节能 / 船厂电费降下来 / Energy Conservation Review
  rooftop-pv: 屋顶分布式光伏推广 (CH; 全县; dev-reform+econ-info)
      = 厂房屋顶装光伏 / 民宿屋顶也能发电 / Rooftop Solar Promotion

Hard cases built in:
  * siblings titled alike, different policy ids: fuel-general/fuel-renewal (one 油补
    programme), ship-vat-refund/adv-mfg-vat (two VAT rules for shipyards), vv-tax/fish-vat
    (two taxes on fishing), credit-rating/credit-repair (a rating and its repair),
    credit-repair/ent-credit-repair (tax vs market-regulation 信用修复), expand-jobs/intern,
    hi-tech/sci-sme, bnb-rating/bnb-review, mutual-ins/aqua-ins -- same department, same
    audience, days apart or back to back (touching, 09:00-10:30 then 10:30-12:00).
  * twin titles: "养老保险宣讲会（3月9日·鳌峙镇）" vs "个税汇算宣讲会（3月9日·鳌峙）":
    same date, town and format, different subject; often the same hour (CONFLICT, never
    REDUNDANT).
  * echoes: the same policy told by two or three departments within 13 days in their own
    words (formal / everyday / English); same kind -> REDUNDANT, different kind -> not.
  * town specials: one campaign in 3-6 towns on different days (第一场…), never REDUNDANT
    among themselves; 3·15 in four towns at the same hour (no CONFLICT among them).
  * same hour, disjoint towns or disjoint sectors (no CONFLICT) next to a shared one.
  * 14-day edge: 第1期/第2期 exactly 14 days apart (REDUNDANT) or 14 days 30 minutes
    (not); 第1期/第2期 21 days apart (not).
  * time notation: UTC "Z" departments touching or overlapping +08:00 ones.
  * multi-day classes (三天船员培训班, 两天电焊班) overlapping everything in between.
  * cancelled sessions and their 改期 copies a week later; a few plain cancellations.
  * broad campaigns (海洋经济三年行动, 增值化改革, 安全生产专项行动) with [] sectors and
    [] regions meet everyone.

Labels come from the hidden truth (policy id, sector letters, town ids, aware datetimes).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

WINDOW_DAYS = 14
CST = timezone(timedelta(hours=8))
YEAR = 2027
MONTH = 3
TRAINING = "TRAINING"
PUBLICITY = "PUBLICITY"

# ---------------------------------------------------------------------------
# Towns
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    tid: str
    full: str
    short: str
    pinyin: str
    english: str
    island: str
    old: str
    nick: str

    def spell(self, style: str) -> str:
        if style == "full":
            return self.full
        if style == "short":
            return self.short
        if style == "pinyin":
            return self.pinyin
        if style == "english":
            return self.english
        if style == "island":
            return self.island
        if style == "old":
            return self.old
        if style == "nick":
            return self.nick
        raise ValueError(style)


TOWNS: tuple[Town, ...] = (
    Town("langang", "岚港镇", "岚港", "Langang Zhen", "Langang Town", "岚山岛", "城关镇", "港里"),
    Town("aozhi", "鳌峙镇", "鳌峙", "Aozhi Zhen", "Aozhi Town", "大鳌岛", "北岙乡", "鳌山"),
    Town(
        "shuangyu", "双屿镇", "双屿", "Shuangyu Zhen", "Shuangyu Town", "双屿岛", "南浦乡", "双屿门"
    ),
    Town("luomen", "螺门镇", "螺门", "Luomen Zhen", "Luomen Town", "螺门岛", "东沙角乡", "螺蛳门"),
    Town(
        "yangjiao", "洋礁镇", "洋礁", "Yangjiao Zhen", "Yangjiao Town", "外洋礁岛", "大洋乡", "外洋"
    ),
    Town("fengyu", "凤屿镇", "凤屿", "Fengyu Zhen", "Fengyu Town", "凤凰山岛", "西岙乡", "凤凰山"),
    Town(
        "yushan",
        "渔山乡",
        "渔山",
        "Yushan Xiang",
        "Yushan Township",
        "北渔山岛",
        "南渔乡",
        "渔山头",
    ),
    Town(
        "baisha", "白沙乡", "白沙", "Baisha Xiang", "Baisha Township", "白沙岛", "白沙山乡", "沙头"
    ),
    Town(
        "huajiao",
        "花礁乡",
        "花礁",
        "Huajiao Xiang",
        "Huajiao Township",
        "花礁山",
        "东礁乡",
        "花礁头",
    ),
)
TOWN_BY_ID: dict[str, Town] = {t.tid: t for t in TOWNS}
TOWN_ORDER: dict[str, int] = {t.tid: i for i, t in enumerate(TOWNS)}
ALL_TOWN_IDS: tuple[str, ...] = tuple(t.tid for t in TOWNS)

TOWN_VENUES: dict[str, tuple[str, ...]] = {
    "langang": ("县行政服务中心三楼会议室", "岚港镇便民服务中心", "县会展中心"),
    "aozhi": ("鳌峙镇文化礼堂", "大鳌岛修造船园区会议室", "鳌峙镇成人文化技术学校"),
    "shuangyu": ("双屿中心渔港码头", "双屿镇文化礼堂", "双屿水产加工园区"),
    "luomen": ("螺门渔家乐协会", "螺门镇文化礼堂", "螺门沙滩游客中心"),
    "yangjiao": ("洋礁港区综合服务大楼", "洋礁镇便民服务中心", "外洋礁油库区培训室"),
    "fengyu": ("凤屿镇文化礼堂", "凤屿深水网箱基地", "凤屿镇便民服务中心"),
    "yushan": ("渔山乡渔民之家", "北渔山码头", "渔山乡文化礼堂"),
    "baisha": ("白沙乡民宿学堂", "白沙岛游客中心", "白沙乡文化礼堂"),
    "huajiao": ("花礁乡文化礼堂", "花礁山渔港", "花礁乡便民服务中心"),
}
COUNTY_VENUES: tuple[str, ...] = (
    "县行政服务中心一楼大厅",
    "县会展中心二号厅",
    "线上·钉钉直播间",
    "“浙里办”直播间",
    "县委党校报告厅",
)

# ---------------------------------------------------------------------------
# GB/T 4754-2017 sections
# ---------------------------------------------------------------------------

SECTOR_CN: dict[str, str] = {
    "A": "农、林、牧、渔业",
    "B": "采矿业",
    "C": "制造业",
    "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业",
    "F": "批发和零售业",
    "G": "交通运输、仓储和邮政业",
    "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业",
    "J": "金融业",
    "K": "房地产业",
    "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业",
    "P": "教育",
    "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业",
    "S": "公共管理、社会保障和社会组织",
    "T": "国际组织",
}
SECTOR_EN: dict[str, str] = {
    "A": "Agriculture, Forestry, Animal Husbandry and Fishery",
    "B": "Mining",
    "C": "Manufacturing",
    "D": "Production and Supply of Electricity, Heat, Gas and Water",
    "E": "Construction",
    "F": "Wholesale and Retail Trades",
    "G": "Transport, Storage and Post",
    "H": "Hotels and Catering Services",
    "I": "Information Transmission, Software and Information Technology Services",
    "J": "Financial Intermediation",
    "K": "Real Estate",
    "L": "Leasing and Business Services",
    "M": "Scientific Research and Technical Services",
    "N": "Management of Water Conservancy, Environment and Public Facilities",
    "O": "Services to Households, Repair and Other Services",
    "P": "Education",
    "Q": "Health and Social Service",
    "R": "Culture, Sports and Entertainment",
    "S": "Public Management, Social Security and Social Organizations",
    "T": "International Organizations",
}

# ---------------------------------------------------------------------------
# Departments
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    town_style: str
    sector_style: str
    styles: tuple[tuple[str, int], ...]
    bracket: str
    slogan: str
    tags: tuple[str, ...]
    tag_mode: str  # "fixed+policy" | "policy" | "fixed" | "none" | "en"
    sea_tag: str
    sea_all: bool
    utc: bool
    seconds: bool
    starts: tuple[tuple[int, int], ...]
    durations: tuple[int, ...]
    evening: float
    weekend: float
    cancel_mark: str
    key_fmt: str
    home: str
    venue: str


def _d(
    slug: str,
    name: str,
    town_style: str,
    sector_style: str,
    styles: tuple[tuple[str, int], ...],
    *,
    bracket: str = "",
    slogan: str = "",
    tags: tuple[str, ...] = (),
    tag_mode: str = "policy",
    sea_tag: str = "",
    sea_all: bool = False,
    utc: bool = False,
    seconds: bool = True,
    starts: tuple[tuple[int, int], ...] = ((9, 0), (14, 30)),
    durations: tuple[int, ...] = (90, 120),
    evening: float = 0.0,
    weekend: float = 0.0,
    cancel_mark: str = "",
    key_fmt: str = "{n:03d}",
    home: str = "",
    venue: str = "",
) -> Dept:
    return Dept(
        slug,
        name,
        town_style,
        sector_style,
        styles,
        bracket,
        slogan,
        tags,
        tag_mode,
        sea_tag,
        sea_all,
        utc,
        seconds,
        starts,
        durations,
        evening,
        weekend,
        cancel_mark,
        key_fmt,
        home,
        venue,
    )


DEPTS: tuple[Dept, ...] = (
    _d(
        "ocean-fishery",
        "岚礁县海洋与渔业局",
        "island",
        "letter",
        (("bracket", 35), ("formal", 35), ("everyday", 20), ("slogan", 10)),
        bracket="渔业政策",
        slogan="守护蓝色粮仓",
        tags=("渔业",),
        tag_mode="fixed+policy",
        sea_tag="涉海",
        starts=((8, 30), (9, 0), (14, 0), (15, 30)),
        evening=0.15,
        weekend=0.05,
        key_fmt="LJHY-2027-{n:03d}",
        venue="县渔业安全生产指挥中心",
    ),
    _d(
        "hrss",
        "岚礁县人力资源和社会保障局",
        "full",
        "cn",
        (("formal", 55), ("everyday", 45)),
        starts=((9, 0), (9, 30), (14, 0), (14, 30)),
        durations=(90, 120, 180),
        evening=0.03,
        weekend=0.03,
        cancel_mark="【取消】",
        key_fmt="岚人社〔2027〕{n}号",
        venue="县人力资源市场",
    ),
    _d(
        "tax",
        "国家税务总局岚礁县税务局",
        "short",
        "both",
        (("bracket", 65), ("everyday", 15), ("formal", 20)),
        bracket="政策辅导",
        tags=("政策解读", "税费"),
        tag_mode="fixed+policy",
        utc=True,
        starts=((9, 30), (10, 0), (14, 30), (15, 0)),
        durations=(60, 90),
        evening=0.05,
        key_fmt="tax-ljx-{n:04d}",
        venue="县税务局办税服务厅",
    ),
    _d(
        "commerce",
        "岚礁县商务局",
        "pinyin",
        "en",
        (("english", 60), ("formal", 40)),
        tag_mode="en",
        utc=True,
        seconds=False,
        starts=((10, 0), (14, 0), (15, 0)),
        durations=(60, 90, 120),
        key_fmt="COM-2027-{n:03d}",
        venue="县商务大楼五楼",
    ),
    _d(
        "bonded-port",
        "岚礁保税港区管理委员会",
        "english",
        "en",
        (("english", 85), ("formal", 15)),
        tag_mode="none",
        utc=True,
        starts=((9, 0), (10, 0), (14, 30)),
        key_fmt="LJBP-{n:03d}",
        venue="洋礁港区综合服务大楼",
    ),
    _d(
        "econ-info",
        "岚礁县经济和信息化局",
        "full",
        "letter",
        (("formal", 80), ("bracket", 20)),
        bracket="惠企政策直通车",
        tags=("惠企",),
        tag_mode="fixed+policy",
        sea_tag="海洋",
        starts=((9, 0), (14, 30)),
        durations=(120, 150),
        key_fmt="JXJ-{n:03d}",
        venue="县经信局二楼会议室",
    ),
    _d(
        "culture-tourism",
        "岚礁县文化和广电旅游体育局",
        "nick",
        "cn",
        (("everyday", 50), ("slogan", 30), ("formal", 20)),
        slogan="海岛民宿 向美而行",
        tags=("文旅",),
        tag_mode="fixed+policy",
        starts=((9, 30), (14, 0), (15, 0)),
        evening=0.25,
        weekend=0.15,
        cancel_mark="【活动取消】",
        key_fmt="WGLT-{n:03d}",
        venue="县游客服务中心",
    ),
    _d(
        "market-reg",
        "岚礁县市场监督管理局",
        "full",
        "both",
        (("bracket", 30), ("formal", 50), ("everyday", 20)),
        bracket="放心消费",
        tags=("市场监管",),
        tag_mode="fixed+policy",
        starts=((9, 0), (14, 0), (14, 30)),
        weekend=0.05,
        key_fmt="SCJG-2027-{n:03d}",
        venue="县市场监管局三楼会议室",
    ),
    _d(
        "emergency",
        "岚礁县应急管理局",
        "full",
        "cn",
        (("formal", 60), ("slogan", 40)),
        slogan="人人讲安全 个个会应急",
        tags=("安全生产",),
        tag_mode="fixed",
        starts=((8, 30), (9, 0), (14, 0)),
        durations=(120, 180),
        key_fmt="岚应急〔2027〕{n}号",
        venue="县应急指挥中心",
    ),
    _d(
        "dev-reform",
        "岚礁县发展和改革局",
        "short",
        "letter",
        (("formal", 70), ("slogan", 30)),
        slogan="向海图强",
        sea_tag="海洋",
        sea_all=True,
        starts=((9, 0), (15, 0)),
        key_fmt="FGJ-{n:03d}",
        venue="县发改局一楼会议室",
    ),
    _d(
        "natural-res",
        "岚礁县自然资源和规划局",
        "old",
        "letter",
        (("formal", 100),),
        tags=("自然资源",),
        tag_mode="fixed+policy",
        sea_tag="涉海",
        starts=((9, 0), (14, 30)),
        durations=(120,),
        key_fmt="ZRZY-{n:03d}",
        venue="县不动产登记中心",
    ),
    _d(
        "eco-env",
        "东舟市生态环境局岚礁分局",
        "full",
        "cn",
        (("formal", 60), ("slogan", 40)),
        slogan="守护碧海蓝湾",
        tag_mode="none",
        starts=((9, 30), (14, 30)),
        key_fmt="STHJ-LJ-{n:03d}",
        venue="岚礁分局会议室",
    ),
    _d(
        "transport",
        "岚礁县交通运输局（县港航管理中心）",
        "island",
        "both",
        (("formal", 60), ("everyday", 40)),
        tags=("港航",),
        tag_mode="fixed+policy",
        sea_tag="涉海",
        starts=((8, 30), (13, 30), (15, 30)),
        durations=(60, 90),
        evening=0.05,
        key_fmt="JT-GH-{n:03d}",
        venue="岚山岛客运中心",
    ),
    _d(
        "finance",
        "岚礁县金融工作服务中心",
        "short",
        "cn",
        (("everyday", 60), ("formal", 40)),
        tags=("金融", "惠企"),
        tag_mode="fixed",
        starts=((9, 30), (14, 30)),
        durations=(90,),
        evening=0.1,
        key_fmt="JRB-{n:03d}",
        venue="县金融服务中心",
    ),
    _d(
        "fic",
        "岚礁县工商业联合会",
        "short",
        "both",
        (("everyday", 70), ("bracket", 30)),
        bracket="民营经济政策直通车",
        tags=("惠企", "民营经济"),
        tag_mode="fixed+policy",
        starts=((9, 0), (14, 0), (15, 0)),
        evening=0.1,
        cancel_mark="【取消】",
        key_fmt="GSL-{n:03d}",
        venue="县商会大厦",
    ),
    _d(
        "medical-ins",
        "岚礁县医疗保障局",
        "nick",
        "cn",
        (("everyday", 60), ("formal", 40)),
        tags=("医保",),
        tag_mode="fixed",
        starts=((9, 0), (14, 30)),
        durations=(60, 90),
        weekend=0.05,
        key_fmt="YBJ-{n:03d}",
        venue="县医保服务大厅",
    ),
    _d(
        "fire-rescue",
        "岚礁县消防救援大队",
        "full",
        "cn",
        (("slogan", 60), ("formal", 40)),
        slogan="消防安全 你我同行",
        tags=("消防",),
        tag_mode="fixed",
        starts=((9, 0), (14, 30)),
        durations=(90,),
        evening=0.3,
        key_fmt="XF-{n:03d}",
        venue="县消防救援大队训练塔",
    ),
    _d(
        "sci-tech",
        "岚礁县科学技术局",
        "short",
        "letter",
        (("formal", 80), ("bracket", 20)),
        bracket="科技惠企",
        starts=((9, 30), (14, 30)),
        durations=(120,),
        key_fmt="KJJ-{n:03d}",
        venue="县科创中心路演厅",
    ),
    _d(
        "justice",
        "岚礁县司法局",
        "short",
        "cn",
        (("slogan", 60), ("everyday", 40)),
        slogan="法治护航 海岛同行",
        tags=("普法",),
        tag_mode="fixed+policy",
        starts=((9, 0), (14, 0)),
        evening=0.15,
        weekend=0.15,
        key_fmt="SFJ-{n:03d}",
        venue="县公共法律服务中心",
    ),
    _d(
        "aozhi-gov",
        "鳌峙镇人民政府",
        "full",
        "cn",
        (("everyday", 50), ("formal", 50)),
        starts=((9, 0), (14, 0)),
        durations=(90,),
        evening=0.2,
        weekend=0.05,
        key_fmt="AZZ-{n:03d}",
        home="aozhi",
        venue="鳌峙镇文化礼堂",
    ),
)
DEPT_BY_SLUG: dict[str, Dept] = {d.slug: d for d in DEPTS}

# ---------------------------------------------------------------------------
# Policies
# ---------------------------------------------------------------------------

FISH = "aozhi shuangyu luomen yushan huajiao fengyu"
TOUR = "luomen baisha yushan huajiao langang"
SHIP = "aozhi langang yangjiao"
PROC = "shuangyu fengyu langang"
AQUA = "fengyu shuangyu huajiao yushan"
WIND = "huajiao yushan"
PORT = "yangjiao"


@dataclass(frozen=True)
class Policy:
    pid: str
    area: str
    formal: str
    short: str
    everyday: tuple[str, str]
    english: str
    sectors: tuple[str, ...]
    towns: tuple[str, ...]
    depts: tuple[str, ...]
    ptrain: float
    tags: tuple[str, ...]
    weight: int
    marine: bool


def _p(
    pid: str,
    area: str,
    formal: str,
    short: str,
    ev1: str,
    ev2: str,
    english: str,
    sectors: str,
    towns: str,
    depts: str,
    ptrain: float,
    tags: str,
    weight: int,
    marine: bool,
) -> Policy:
    return Policy(
        pid,
        area,
        formal,
        short,
        (ev1, ev2),
        english,
        tuple(sorted(sectors.split())),
        tuple(sorted(towns.split(), key=lambda t: TOWN_ORDER[t])),
        tuple(depts.split()),
        ptrain,
        tuple(tags.split()),
        weight,
        marine,
    )


# fmt: off
POLICIES: tuple[Policy, ...] = (
    # 渔业补贴 ------------------------------------------------------------
    _p("fuel-general", "渔业补贴", "渔业油价补贴（一般性补贴）", "油价补贴",
       "油补今年怎么发？", "柴油钱能补回来多少", "Fishery Fuel Subsidy (General Payment)",
       "A", FISH, "ocean-fishery aozhi-gov", 0.3, "油补 渔船", 4, True),
    _p("fuel-renewal", "渔业补贴", "渔业油价补贴（渔船更新改造专项）", "渔船更新改造补助",
       "老木船换钢质船补多少？", "换新船国家贴钱吗", "Fishing Vessel Renewal Subsidy",
       "A", FISH, "ocean-fishery transport", 0.3, "船改 渔船", 3, True),
    _p("buyout", "渔业补贴", "海洋捕捞渔船减船转产补助", "减船转产",
       "拆船上岸给多少钱？", "不捕鱼了以后干啥", "Fishing Fleet Buyback and Livelihood Transition",
       "A", FISH, "ocean-fishery hrss", 0.3, "减船转产", 3, True),
    # 休渔与渔船管理 ------------------------------------------------------
    _p("moratorium", "渔船管理", "2027年海洋伏季休渔管理规定", "伏季休渔",
       "五一以后船还能出海吗？", "休渔期注意点啥", "2027 Summer Fishing Moratorium",
       "A", FISH, "ocean-fishery transport justice", 0.2, "休渔", 4, True),
    _p("sanwu", "渔船管理", "涉渔“三无”船舶清理整治", "三无船舶整治",
       "三无船怎么处理？", "没证的小船还能开吗", "Crackdown on Unregistered Fishing Boats",
       "A", FISH, "ocean-fishery justice", 0.1, "三无船舶", 3, True),
    _p("vessel-safety", "渔船管理", "渔业船舶安全生产专项整治", "渔船安全生产",
       "出海保平安", "AIS不能关、救生衣要穿", "Fishing Vessel Safety Campaign",
       "A", FISH, "ocean-fishery emergency transport", 0.5, "渔船安全", 5, True),
    _p("crew-cert", "渔船管理", "渔业职务船员证书考试培训", "职务船员培训",
       "考船老大证", "轮机员证怎么考？", "Fishing Crew Certification Training",
       "A", FISH, "ocean-fishery hrss", 0.95, "船员 考证", 3, True),
    # 渔业保险 ------------------------------------------------------------
    _p("mutual-ins", "渔业保险", "渔业互助保险保费补贴", "渔业互保补贴",
       "渔民保险政府出多少？", "船东互保怎么买", "Fishery Mutual Insurance Premium Subsidy",
       "A", FISH, "ocean-fishery finance", 0.2, "互保 保险", 3, True),
    _p("aqua-ins", "渔业保险", "海水养殖天气指数保险", "养殖指数保险",
       "台风刮坏网箱能赔吗？", "大黄鱼养殖保险", "Mariculture Weather Index Insurance",
       "A", AQUA, "finance ocean-fishery", 0.2, "养殖保险", 3, True),
    # 海水养殖 ------------------------------------------------------------
    _p("deep-cage", "海水养殖", "深远海养殖（深水网箱）建设补助", "深水网箱补助",
       "网箱升级补贴", "养鱼平台往外海搬", "Offshore Deep-Water Cage Aquaculture Grant",
       "A", AQUA, "ocean-fishery dev-reform", 0.3, "深远海养殖", 3, True),
    _p("sea-use-aqua", "海水养殖", "养殖用海海域使用权确权登记", "养殖用海确权",
       "养殖海域办证", "网箱那块海归谁？", "Aquaculture Sea-Area Use Rights Registration",
       "A", AQUA, "natural-res ocean-fishery", 0.5, "海域确权", 3, True),
    # 水产加工 ------------------------------------------------------------
    _p("proc-upgrade", "水产加工", "水产品加工企业技术改造补助", "水产加工技改补助",
       "加工厂换设备有补助", "鱼粉厂升级改造", "Seafood Processing Technology Upgrade Grant",
       "C", PROC, "econ-info ocean-fishery", 0.3, "技改 水产加工", 3, True),
    _p("sc-license", "水产加工", "水产制品食品生产许可（SC）办理", "食品生产许可",
       "晒鱼鲞的作坊要办证吗？", "小作坊办SC", "Food Production Licence for Seafood Products",
       "C", "shuangyu fengyu langang luomen", "market-reg", 0.7, "食品生产许可", 3, True),
    _p("cold-chain", "水产加工", "冷链物流设施建设补助", "冷链补助",
       "冷库扩建补多少？", "海鲜冷藏车补贴", "Cold Chain Logistics Facility Subsidy",
       "C G", "shuangyu fengyu langang yangjiao", "commerce dev-reform", 0.2, "冷链", 3, True),
    _p("proc-discharge", "水产加工", "水产加工企业排污许可登记", "排污许可登记",
       "加工厂废水要办证", "腥味废水怎么排？", "Discharge Permits for Seafood Processors",
       "C", PROC, "eco-env", 0.7, "排污许可", 3, True),
    # 船舶修造 ------------------------------------------------------------
    _p("green-ship", "船舶修造", "绿色智能船舶产业发展扶持政策", "绿色船舶扶持",
       "修船厂转造新能源船", "LNG船订单有补助", "Green and Smart Shipbuilding Support Policy",
       "C", SHIP, "econ-info dev-reform commerce", 0.2, "船舶工业 绿色船舶", 4, True),
    _p("ship-hotwork", "船舶修造", "船舶修造企业动火作业和有限空间作业安全规范", "船厂动火作业安全",
       "船坞动火先审批", "舱里干活防中毒", "Hot-Work and Confined-Space Safety in Shipyards",
       "C", SHIP, "emergency fire-rescue aozhi-gov", 0.85, "动火作业 有限空间", 4, True),
    _p("ship-labour", "船舶修造", "船舶修造外包用工规范与工伤保险", "船厂外包用工",
       "修船临时工要上工伤保险", "外包队出事谁负责？",
       "Shipyard Subcontract Labour and Work-Injury Insurance",
       "C", "aozhi langang", "hrss emergency", 0.5, "工伤保险", 3, True),
    _p("ship-vat-refund", "船舶税收", "增值税期末留抵退税（船舶制造业）", "留抵退税",
       "船厂留抵退税", "进项多了能退钱吗？", "VAT Credit Refund for Shipbuilders",
       "C", SHIP, "tax", 0.6, "留抵退税 增值税", 3, True),
    _p("adv-mfg-vat", "船舶税收", "先进制造业企业增值税加计抵减", "增值税加计抵减",
       "加计抵减5%", "先进制造业多抵税", "Additional VAT Deduction for Advanced Manufacturers",
       "C", "", "tax econ-info", 0.6, "加计抵减 增值税", 3, False),
    _p("env-tax", "船舶税收", "环境保护税申报（船舶修造业）", "环保税申报",
       "船厂喷漆要交环保税", "环保税按什么算？", "Environmental Protection Tax for Shipyards",
       "C", SHIP, "tax eco-env", 0.6, "环保税", 2, True),
    # 海洋旅游 ------------------------------------------------------------
    _p("bnb-rating", "民宿", "民宿（渔家乐）等级评定", "民宿等级评定",
       "民宿评星", "渔家乐挂金牌", "Guesthouse Star Rating",
       "H", TOUR, "culture-tourism", 0.5, "民宿 等级评定", 4, True),
    _p("bnb-review", "民宿", "等级民宿复核与摘牌整改", "等级民宿复核",
       "星级民宿年审", "被摘牌还能评回来吗？", "Guesthouse Rating Review and Rectification",
       "H", TOUR, "culture-tourism", 0.5, "民宿 复核", 3, True),
    _p("bnb-fire", "民宿", "民宿消防安全管理规范", "民宿消防",
       "民宿装烟感、配灭火器", "客房防火怎么弄？", "Guesthouse Fire Safety Code",
       "H", TOUR, "fire-rescue culture-tourism", 0.6, "民宿 消防", 4, True),
    _p("bnb-food", "民宿", "渔家乐餐饮食品安全", "渔家乐食品安全",
       "海鲜排档后厨卫生", "游客吃坏肚子谁管？", "Food Safety for Fisherman's Family Restaurants",
       "H", TOUR, "market-reg culture-tourism", 0.5, "食品安全", 3, True),
    _p("tour-voucher", "海岛旅游", "2027年海岛文旅消费券", "文旅消费券",
       "旅游消费券怎么领？", "来海岛玩有补贴", "2027 Island Tourism Vouchers",
       "H R", "", "culture-tourism commerce", 0.1, "消费券", 3, True),
    _p("scenic-a", "海岛旅游", "A级旅游景区创建", "A级景区创建",
       "景区评A", "沙滩想升4A", "A-Grade Scenic Area Application",
       "R", "luomen baisha langang", "culture-tourism", 0.6, "景区", 2, True),
    _p("leisure-boat", "海岛旅游", "海上休闲旅游船舶安全管理", "休闲船舶安全",
       "海钓船载客要什么证？", "游艇出海要报备", "Safety Rules for Leisure Tourist Boats",
       "G R", "luomen baisha yushan", "transport culture-tourism", 0.5, "海钓 游艇", 3, True),
    # 海上风电 ------------------------------------------------------------
    _p("wind-sea-use", "能源", "海上风电项目用海用岛审批", "风电用海审批",
       "风电场用海怎么批？", "风机占哪片海", "Sea-Area Approval for Offshore Wind",
       "D", WIND, "natural-res dev-reform", 0.4, "海上风电 用海", 2, True),
    _p("wind-fish-comp", "能源", "海上风电涉渔补偿", "涉渔补偿",
       "风电场占了渔场怎么补？", "风机底下还能下网吗", "Fishery Compensation for Offshore Wind",
       "A D", "huajiao yushan shuangyu", "ocean-fishery dev-reform", 0.1, "涉渔补偿", 3, True),
    _p("green-power", "能源", "绿电交易与绿证", "绿电交易",
       "用风电电费能便宜吗？", "绿证怎么买", "Green Power Trading and Certificates",
       "C D", "", "dev-reform econ-info", 0.4, "绿电", 2, False),
    _p("wind-om", "能源", "海上风电运维产业配套", "风电运维配套",
       "给风电场跑运维船", "风电运维招本地人", "Offshore Wind O&M Supply Chain",
       "D G", "huajiao yushan langang", "dev-reform commerce", 0.3, "运维", 2, True),
    # 保税港与油储 --------------------------------------------------------
    _p("bunkering", "保税油储", "保税船用燃料油加注业务", "保税燃料油加注",
       "给外轮加油", "保税油加注资质怎么拿", "Bonded Marine Fuel Bunkering",
       "F G", PORT, "bonded-port commerce", 0.4, "保税油", 3, True),
    _p("oil-tank", "保税油储", "油品储运企业危险化学品重大危险源安全管理", "油库重大危险源管理",
       "油罐区防爆", "储罐区出事怎么办？", "Major Hazard Management at Oil Storage Terminals",
       "F G", PORT, "emergency fire-rescue bonded-port", 0.8, "危化品 油储", 3, True),
    _p("customs", "保税油储", "保税港区通关便利化措施", "通关便利化",
       "进出口货物快点放行", "一次申报两地通关", "Customs Facilitation in the Bonded Port Zone",
       "F G", "yangjiao langang", "bonded-port commerce", 0.3, "通关", 3, True),
    _p("oil-trade", "保税油储", "油气贸易企业落户扶持", "油气贸易扶持",
       "油品贸易公司落户奖励", "来洋礁开油品公司", "Incentives for Oil and Gas Traders",
       "F", PORT, "bonded-port commerce", 0.1, "油气贸易", 2, True),
    # 就业 ----------------------------------------------------------------
    _p("expand-jobs", "就业", "一次性扩岗补助", "扩岗补助",
       "招一个本地人能补多少钱？", "招应届生有补贴吗", "One-off Job Expansion Subsidy",
       "", "", "hrss fic", 0.2, "扩岗补助 稳就业", 4, False),
    _p("intern", "就业", "就业见习补贴", "见习补贴",
       "见习生补贴", "大学生来实习有钱补", "Graduate Traineeship Subsidy",
       "", "", "hrss", 0.3, "见习", 3, False),
    _p("skill-sub", "就业", "职业技能提升补贴", "技能提升补贴",
       "考证能报销", "学电焊有补贴", "Vocational Skills Upgrading Subsidy",
       "", "", "hrss", 0.7, "技能", 3, False),
    _p("startup-loan", "就业", "创业担保贷款及贴息", "创业担保贷款",
       "创业贷款免息", "开店借钱政府贴息", "Start-up Guarantee Loans",
       "", "", "hrss finance", 0.3, "创业贷", 3, False),
    # 社保 ----------------------------------------------------------------
    _p("resident-pension", "社保", "城乡居民基本养老保险缴费", "养老保险",
       "养老保险交哪一档划算？", "老了每月能领多少", "Resident Basic Pension Contributions",
       "", "", "hrss", 0.1, "养老保险", 3, False),
    _p("flexible-ss", "社保", "灵活就业人员参加职工社会保险", "灵活就业参保",
       "打零工怎么交社保？", "跑船的自己交养老", "Social Insurance for Flexible Workers",
       "", "", "hrss medical-ins", 0.2, "灵活就业", 3, False),
    _p("stable-return", "社保", "失业保险稳岗返还", "稳岗返还",
       "稳岗返还到账没？", "不裁员能返钱", "Unemployment Insurance Job-Retention Refund",
       "", "", "hrss", 0.3, "稳岗返还", 2, False),
    # 医保 ----------------------------------------------------------------
    _p("resident-med", "医保", "2027年度城乡居民医保参保缴费", "居民医保参保",
       "医保交了没？", "看病报销多少", "2027 Resident Medical Insurance Enrolment",
       "", "", "medical-ins", 0.1, "参保", 3, False),
    _p("med-fraud", "医保", "打击欺诈骗取医疗保障基金", "医保基金监管",
       "医保卡不能借人", "药店刷卡换东西违法", "Medical Insurance Fraud Crackdown",
       "F Q", "", "medical-ins justice", 0.2, "基金监管", 2, False),
    # 税费 ----------------------------------------------------------------
    _p("six-two", "税费", "小微企业“六税两费”减免", "六税两费",
       "小店少交哪些税？", "个体户税费减半", "Six Taxes and Two Fees Relief for Small Businesses",
       "", "", "tax fic", 0.4, "六税两费 减税降费", 4, False),
    _p("iit-annual", "税费", "2026年度个人所得税综合所得汇算清缴", "个税汇算",
       "个税退税怎么弄？", "手机上退个税", "2026 Individual Income Tax Annual Reconciliation",
       "", "", "tax hrss", 0.5, "个税", 4, False),
    _p("credit-rating", "纳税信用", "纳税信用评价", "纳税信用评价",
       "纳税信用A级有啥好处？", "信用分被扣了", "Taxpayer Credit Rating",
       "", "", "tax", 0.4, "纳税信用", 3, False),
    _p("credit-repair", "纳税信用", "纳税信用修复", "纳税信用修复",
       "信用等级能补救吗？", "罚款交了信用能恢复吗", "Taxpayer Credit Restoration",
       "", "", "tax fic", 0.4, "信用修复", 3, False),
    _p("vv-tax", "渔业税收", "渔业船舶车船税减免", "渔船车船税",
       "渔船要交车船税吗？", "捕捞船免税", "Vehicle and Vessel Tax Exemption for Fishing Boats",
       "A", FISH, "tax ocean-fishery", 0.3, "车船税", 2, True),
    _p("fish-vat", "渔业税收", "农业生产者销售自产水产品免征增值税", "自产水产品免税",
       "自己捕的鱼卖了交不交税？", "渔民卖鱼开票", "VAT Exemption on Self-Caught Seafood",
       "A", FISH, "tax", 0.3, "增值税 免税", 2, True),
    _p("rd-deduct", "税费", "研发费用税前加计扣除", "研发费用加计扣除",
       "搞研发能少交税", "研发费多扣一块", "R&D Expense Super Deduction",
       "C I M", "", "tax sci-tech", 0.6, "加计扣除", 3, False),
    _p("e-invoice", "税费", "全面数字化的电子发票推广", "数电发票",
       "数电票怎么开？", "纸质发票不用了吗", "Fully Digitalised E-Invoices",
       "", "", "tax", 0.8, "数电发票", 3, False),
    # 市场监管 ------------------------------------------------------------
    _p("consumer-315", "消费维权", "“3·15”国际消费者权益日宣传", "3·15消费维权",
       "买到缺斤短两的海鲜找谁？", "消费维权", "World Consumer Rights Day Campaign",
       "F H", "", "market-reg justice", 0.0, "消费维权", 2, False),
    _p("ent-credit-repair", "企业信用", "企业信用修复（经营异常名录移出）", "企业信用修复",
       "被列经营异常怎么移出？", "公司上了黑名单咋办", "Business Credit Repair",
       "", "", "market-reg fic", 0.4, "信用修复", 3, False),
    _p("annual-report", "企业信用", "市场主体年度报告公示", "年报公示",
       "个体户年报怎么填？", "年报不报会怎样", "Annual Report Filing for Market Entities",
       "", "", "market-reg", 0.6, "年报", 3, False),
    _p("metrology", "消费维权", "集贸市场计量器具专项检查", "计量专项检查",
       "渔港电子秤准不准？", "鱼秤要检定", "Market Scale Inspection",
       "F", "", "market-reg", 0.2, "计量", 2, False),
    _p("special-equip", "安全生产", "特种设备（船厂起重机械）安全管理", "特种设备安全",
       "龙门吊要年检", "叉车司机要持证", "Special Equipment Safety",
       "C G", SHIP, "market-reg emergency", 0.8, "特种设备", 3, True),
    # 安全生产 ------------------------------------------------------------
    _p("safety-resp", "安全生产", "2027年安全生产责任落实专项行动", "安全生产专项行动",
       "老板是安全第一责任人", "安全员要持证上岗", "2027 Work Safety Accountability Campaign",
       "", "", "emergency", 0.5, "安全生产", 4, False),
    _p("typhoon", "防汛防台", "防汛防台应急预案", "防汛防台",
       "台风来了船往哪躲？", "台风天民宿怎么办", "Typhoon and Flood Emergency Preparedness",
       "", "", "emergency ocean-fishery transport", 0.4, "防台", 3, True),
    _p("ebike-fire", "消防", "电动自行车消防安全", "电动车消防",
       "电瓶车别在楼道充电", "电动车起火怎么办？", "E-bike Fire Safety",
       "", "", "fire-rescue", 0.2, "电动车", 3, False),
    # 海洋生态 ------------------------------------------------------------
    _p("sea-sand", "海洋生态", "严厉打击非法采运海砂", "打击非法采砂",
       "海砂不能随便挖", "运砂船查得严吗？", "Crackdown on Illegal Sea-Sand Mining",
       "B G", "", "natural-res transport justice", 0.1, "海砂", 3, True),
    _p("blue-bay", "海洋生态", "海洋垃圾清理与“蓝色海湾”整治", "蓝色海湾整治",
       "净滩", "海漂垃圾谁来捡？", "Blue Bay Marine Litter Clean-up",
       "N", "", "eco-env dev-reform", 0.1, "海洋垃圾", 2, True),
    _p("ship-pollution", "海洋生态", "船舶污染物接收转运处置", "船舶污染物处置",
       "船上垃圾靠岸交", "油污水不能偷排", "Ship Pollutant Reception and Disposal",
       "A G", "", "eco-env transport", 0.4, "船舶污染", 3, True),
    # 海域海岛 ------------------------------------------------------------
    _p("island-use", "海域海岛", "无居民海岛开发利用审批", "无居民海岛审批",
       "小岛能租来开发吗？", "荒岛搞旅游", "Uninhabited Island Use Approval",
       "K R", "", "natural-res", 0.4, "无居民海岛", 2, True),
    # 金融 ----------------------------------------------------------------
    _p("fisher-loan", "金融", "“渔民贷”普惠信用贷款", "渔民贷",
       "渔民贷款不用抵押", "打鱼的也能贷款？", "Fisher Microcredit Loans",
       "A", FISH, "finance ocean-fishery", 0.1, "渔民贷", 3, True),
    _p("vessel-mortgage", "金融", "船舶抵押融资", "船舶抵押融资",
       "船能抵押贷款吗？", "修船厂拿船抵押", "Vessel-Backed Financing",
       "A C G", "", "finance", 0.2, "抵押", 2, True),
    _p("guarantee", "金融", "政策性融资担保降费", "融资担保降费",
       "担保费降到1%以下", "贷款担保便宜了", "Lower Fees for Government Financing Guarantees",
       "", "", "finance fic", 0.2, "担保", 2, False),
    # 科技 ----------------------------------------------------------------
    _p("hi-tech", "科技企业", "高新技术企业认定", "高企认定",
       "高企申报", "评上高新能少交税？", "High-Tech Enterprise Accreditation",
       "C I M", "", "sci-tech tax", 0.6, "高企", 3, False),
    _p("sci-sme", "科技企业", "科技型中小企业评价", "科技型中小企业评价",
       "科小入库", "科技型中小企业怎么评？", "Tech-Based SME Evaluation",
       "C I M", "", "sci-tech", 0.6, "科小", 2, False),
    _p("marine-tech", "科技企业", "海洋科技成果转化奖补", "海洋科技成果转化",
       "海洋新技术落地有奖", "科研成果卖给企业", "Marine Tech Commercialisation Awards",
       "C M", "", "sci-tech dev-reform", 0.3, "成果转化", 2, True),
    _p("srdi", "工业", "专精特新中小企业培育", "专精特新",
       "小巨人怎么评？", "专精特新有啥好处", "Specialised and Innovative SMEs",
       "C", "", "econ-info fic", 0.4, "专精特新", 3, False),
    # 共同富裕 ------------------------------------------------------------
    _p("strong-village", "共同富裕", "海岛强村公司（村级集体经济）发展", "强村公司",
       "村里年底分红", "强村公司咋办？", "Island Village Collective Enterprises",
       "A L", "", "dev-reform aozhi-gov", 0.3, "强村 共富", 2, True),
    _p("fishing-village", "共同富裕", "美丽渔村人居环境整治", "美丽渔村",
       "村里厕所改造", "渔村变好看", "Beautiful Fishing Village Programme",
       "", FISH, "aozhi-gov eco-env", 0.1, "美丽渔村", 2, True),
    # 交通港航 ------------------------------------------------------------
    _p("ferry-safety", "交通港航", "海岛客渡运安全管理", "客渡运安全",
       "坐船买票要实名", "大风天停航怎么通知", "Island Ferry Safety",
       "G", "", "transport", 0.5, "客渡运", 3, True),
    _p("ferry-fare", "交通港航", "海岛居民乘船票价优惠", "乘船优惠",
       "岛上居民坐船半价", "渡轮优惠卡怎么办？", "Ferry Fare Discounts for Islanders",
       "", "", "transport", 0.0, "船票优惠", 2, True),
    # 商务 ----------------------------------------------------------------
    _p("export-ins", "商务", "出口信用保险保费扶持", "出口信保扶持",
       "外贸订单怕收不到钱", "出口信保补贴", "Export Credit Insurance Support",
       "C F", "", "commerce", 0.2, "出口信保", 2, False),
    _p("trade-in", "商务", "消费品以旧换新补贴", "以旧换新",
       "换冰箱能补多少？", "以旧换新补贴怎么领", "Consumer Goods Trade-in Subsidy",
       "F", "", "commerce market-reg", 0.1, "以旧换新", 3, False),
    _p("live-ecom", "商务", "海鲜直播电商扶持", "直播电商扶持",
       "直播卖海鲜", "网上卖鱼鲞", "Seafood Live-Streaming E-Commerce Support",
       "A F I", "", "commerce fic", 0.6, "电商", 3, True),
    _p("invest-marine", "商务", "海洋装备产业招商引资优惠政策", "海洋装备招商政策",
       "来岛上办厂给啥优惠？", "项目落地奖励", "Investment Incentives for Marine Equipment",
       "C", "", "commerce econ-info", 0.1, "招商", 2, True),
    _p("talent", "就业", "海岛人才新政（住房补贴）", "人才住房补贴",
       "来海岛工作给房补", "大学生上岛补贴", "Island Talent Housing Allowance",
       "", "", "hrss sci-tech", 0.2, "人才", 2, False),
    # 普法 ----------------------------------------------------------------
    _p("civil-code", "普法", "民法典进渔村", "民法典宣传",
       "借钱不打欠条吃亏", "家里那点事民法典怎么说", "Civil Code Outreach",
       "", "", "justice", 0.0, "民法典", 2, False),
    _p("fishery-law", "普法", "新修订《渔业法》学习宣传", "渔业法宣传",
       "新渔业法讲了啥？", "违规捕捞怎么罚", "Revised Fisheries Law",
       "A", "", "justice ocean-fishery", 0.2, "渔业法", 3, True),
    _p("anti-fraud", "普法", "全民反诈宣传", "反诈宣传",
       "陌生电话别转账", "刷单就是诈骗", "Anti-Fraud Awareness",
       "", "", "justice finance aozhi-gov", 0.0, "反诈", 3, False),
    # 营商环境与海洋经济（大口径）----------------------------------------
    _p("biz-env", "营商环境", "营商环境优化提升（增值化改革）", "增值化改革",
       "办事少跑腿", "企业有事找谁？", "Business Environment Upgrade",
       "", "", "dev-reform fic market-reg", 0.1, "营商环境", 3, False),
    _p("marine-econ", "海洋经济", "海洋经济高质量发展三年行动", "海洋经济三年行动",
       "靠海吃海新路子", "海洋经济怎么搞", "Marine Economy Action Plan",
       "", "", "dev-reform ocean-fishery commerce", 0.1, "海洋经济", 3, True),
    # 节能 ----------------------------------------------------------------
    _p("energy-review", "能源", "重点用能单位节能审查", "节能审查",
       "用电大户要节能", "船厂电费降下来", "Energy Conservation Review",
       "C G", "", "econ-info dev-reform", 0.5, "节能", 2, False),
    _p("rooftop-pv", "能源", "屋顶分布式光伏推广", "分布式光伏",
       "厂房屋顶装光伏", "民宿屋顶也能发电", "Rooftop Solar Promotion",
       "C H", "", "dev-reform econ-info", 0.2, "光伏", 2, False),
)
# fmt: on
POLICY_BY_ID: dict[str, Policy] = {p.pid: p for p in POLICIES}

AREA_EN: dict[str, str] = {
    "渔业补贴": "fishery",
    "渔船管理": "fishing vessels",
    "税费": "tax",
    "能源": "energy",
    "渔业保险": "insurance",
    "海水养殖": "aquaculture",
    "水产加工": "seafood",
    "船舶修造": "shipbuilding",
    "船舶税收": "tax",
    "民宿": "tourism",
    "海岛旅游": "tourism",
    "保税油储": "bonded port",
    "就业": "employment",
    "社保": "social insurance",
    "医保": "health insurance",
    "纳税信用": "tax",
    "渔业税收": "tax",
    "消费维权": "consumers",
    "企业信用": "credit",
    "营商环境": "business environment",
    "安全生产": "safety",
    "防汛防台": "typhoon",
    "消防": "fire safety",
    "海洋生态": "marine ecology",
    "海域海岛": "sea use",
    "金融": "finance",
    "科技企业": "innovation",
    "工业": "industry",
    "共同富裕": "rural",
    "交通港航": "shipping",
    "商务": "trade",
    "普法": "law",
    "海洋经济": "blue economy",
}

# ---------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------

TRAIN_FMT: tuple[str, ...] = ("培训会", "培训班", "专题培训", "业务辅导", "实操培训", "辅导会")
PUB_FMT: tuple[str, ...] = ("宣讲会", "政策解读会", "宣传活动", "政策宣讲", "专场宣讲", "直播")
DEPT_FMT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tax": (("政策辅导", "操作辅导", "直播辅导", "培训会"), ("政策宣讲", "直播", "宣讲会")),
    "ocean-fishery": (
        ("培训班", "实操培训", "业务培训"),
        ("宣讲会", "进渔港宣传", "政策宣讲", "宣传活动"),
    ),
    "fire-rescue": (("实操培训", "演练培训", "培训会"), ("宣传活动", "进民宿宣传", "宣讲会")),
    "justice": (("业务培训", "培训会"), ("普法宣讲", "法治讲堂", "宣传活动")),
    "culture-tourism": (("培训班", "提升培训", "沙龙"), ("宣讲会", "推介会", "宣传活动")),
}
TRAIN_EN: tuple[str, ...] = ("Workshop", "Training", "Clinic")
PUB_EN: tuple[str, ...] = ("Briefing", "Info Session", "Roadshow", "Livestream")
MONTH_EN = "Mar"
CN_NUM = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")

TEMPLATES: dict[str, tuple[str, ...]] = {
    "formal": (
        "关于开展{name}{fmt}的通知",
        "关于举办{name}{fmt}的通知",
        "{name}{fmt}（{d}·{t}）",
        "2027年第一季度{name}{fmt}",
        "{t}{name}{fmt}",
        "{name}{fmt}（第{n}期）",
        "关于举办{name}{fmt}（第{cn}期）的通知",
    ),
    "bracket": (
        "【{br}】{name}",
        "【{br}】{name}{fmt}（{d}）",
        "【{br}】{ev}",
        "{name}{fmt}·{t}专场",
        "【{br}】{name}（第{n}期）",
        "2027年第一季度{name}{fmt}（第{n}期）",
    ),
    "everyday": (
        "{ev}",
        "{ev}｜{t}{fmt}",
        "【{t}】{ev}",
        "{ev}（{d}·{venue}）",
        "一次讲清：{ev}",
        "{ev}——{t}第{cn}场",
    ),
    "english": (
        "{en} {fe}",
        "{en} {fe} ({de}, {t})",
        "Policy Talk: {en}",
        "{en} {fe} No.{n}",
        "{formal}（{en}）{fmt}",
    ),
    "slogan": (
        "{slogan}——{name}{fmt}",
        "{slogan}｜{ev}",
        "“{slogan}”{name}{fmt}走进{t}",
        "{slogan}·{name}{fmt}第{cn}场",
    ),
}

# Town specials of one campaign: the title carries the number and the town.
SERIES_TEMPLATES: dict[str, tuple[str, ...]] = {
    "formal": ("{name}{fmt}（第{n}场·{t}）", "{t}{name}{fmt}（第{cn}场）"),
    "bracket": ("【{br}】{name}{fmt}第{cn}场·{t}", "{name}{fmt}·{t}专场（第{n}场）"),
    "everyday": ("{ev}——{t}第{cn}场", "【{t}站】{ev}"),
    "english": ("{en} {fe} No.{n} ({t})", "{en} Roadshow · {t}"),
    "slogan": ("{slogan}·{name}{fmt}第{cn}场（{t}）", "“{slogan}”{name}{fmt}走进{t}"),
}

# ---------------------------------------------------------------------------
# Hidden sessions
# ---------------------------------------------------------------------------


@dataclass
class Sess:
    lead: str
    pol: str
    kind: str
    sectors: tuple[str, ...]
    towns: tuple[str, ...]
    start: datetime
    end: datetime
    hosts: tuple[str, ...]
    title: str
    topics: list[str]
    cancelled: bool = False
    key: str = ""


def _sort_towns(towns: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    uniq: list[str] = []
    for t in towns:
        if t not in uniq:
            uniq.append(t)
    return tuple(sorted(uniq, key=lambda t: TOWN_ORDER[t]))


def _meets(a: Sess, b: Sess) -> bool:
    sec = not a.sectors or not b.sectors or bool(set(a.sectors) & set(b.sectors))
    twn = not a.towns or not b.towns or bool(set(a.towns) & set(b.towns))
    return sec and twn


def _cn(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    return str(n)


MONTH_DAYS: tuple[date, ...] = tuple(date(YEAR, MONTH, d) for d in range(1, 32))
WORKDAYS: tuple[date, ...] = tuple(d for d in MONTH_DAYS if d.weekday() < 5)
WEEKENDS: tuple[date, ...] = tuple(d for d in MONTH_DAYS if d.weekday() >= 5)


class Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.out: list[Sess] = []

    # -- choices ----------------------------------------------------------
    def style(self, dept: Dept) -> str:
        total = sum(w for _, w in dept.styles)
        r = self.rng.uniform(0, total)
        acc = 0.0
        for s, w in dept.styles:
            acc += w
            if r <= acc:
                return s
        return dept.styles[-1][0]

    def fmt(self, dept: Dept, kind: str) -> str:
        train, pub = DEPT_FMT.get(dept.slug, (TRAIN_FMT, PUB_FMT))
        return self.rng.choice(train if kind == TRAINING else pub)

    def day(self, dept: Dept, lo: int = 1, hi: int = 31) -> date:
        pool_w = [d for d in WORKDAYS if lo <= d.day <= hi]
        pool_e = [d for d in WEEKENDS if lo <= d.day <= hi]
        if pool_e and self.rng.random() < dept.weekend:
            return self.rng.choice(pool_e)
        if not pool_w:
            return self.rng.choice(pool_e)
        return self.rng.choice(pool_w)

    def slot(self, dept: Dept, day: date, evening: bool | None = None) -> tuple[datetime, datetime]:
        if evening is None:
            evening = self.rng.random() < dept.evening
        if evening:
            h, m = self.rng.choice(((18, 30), (19, 0), (19, 30)))
            dur = self.rng.choice((60, 90))
        else:
            h, m = self.rng.choice(dept.starts)
            dur = self.rng.choice(dept.durations)
        start = datetime(day.year, day.month, day.day, h, m, tzinfo=CST)
        return start, start + timedelta(minutes=dur)

    def kind(self, pol: Policy) -> str:
        return TRAINING if self.rng.random() < pol.ptrain else PUBLICITY

    def audience(self, pol: Policy, dept: Dept) -> tuple[tuple[str, ...], tuple[str, ...]]:
        rng = self.rng
        if not pol.sectors:
            sectors: tuple[str, ...] = ()
            if rng.random() < 0.2:
                sectors = tuple(sorted(rng.sample(("A", "C", "F", "G", "H"), rng.randint(1, 2))))
        else:
            r = rng.random()
            if r < 0.62 or len(pol.sectors) == 1:
                sectors = pol.sectors
            elif r < 0.95:
                k = rng.randint(1, len(pol.sectors) - 1)
                sectors = tuple(sorted(rng.sample(list(pol.sectors), k)))
            else:
                sectors = ()
            if len(pol.sectors) == 1 and rng.random() < 0.04:
                sectors = ()
        if dept.home:
            return sectors, (dept.home,)
        towns = self.audience_towns(pol)
        if not towns and not sectors and not pol.sectors and rng.random() < 0.3:
            sectors = tuple(sorted(rng.sample(("C", "F", "G", "H", "L"), rng.randint(1, 2))))
        return sectors, towns

    def audience_towns(self, pol: Policy) -> tuple[str, ...]:
        rng = self.rng
        r = rng.random()
        if pol.towns:
            if r < 0.3:
                towns = pol.towns
            elif r < 0.78:
                towns = (rng.choice(pol.towns),)
            elif r < 0.9:
                towns = _sort_towns(rng.sample(list(pol.towns), min(2, len(pol.towns))))
            else:
                towns = ()
        else:
            if r < 0.4:
                towns = ()
            elif r < 0.84:
                towns = (rng.choice(ALL_TOWN_IDS),)
            else:
                towns = _sort_towns(rng.sample(list(ALL_TOWN_IDS), 2))
        return towns

    # -- rendering --------------------------------------------------------
    def town_text(self, dept: Dept, towns: tuple[str, ...], english: bool) -> str:
        if not towns:
            return "County-wide" if english else "全县"
        sep = ", " if english else "、"
        return sep.join(TOWN_BY_ID[t].spell(dept.town_style) for t in towns)

    def venue(self, dept: Dept, towns: tuple[str, ...]) -> str:
        if towns:
            return self.rng.choice(TOWN_VENUES[towns[0]])
        if dept.venue and self.rng.random() < 0.5:
            return dept.venue
        return self.rng.choice(COUNTY_VENUES)

    def title(
        self,
        dept: Dept,
        pol: Policy,
        kind: str,
        towns: tuple[str, ...],
        day: date,
        series: int = 0,
        style: str = "",
        tmpl: str = "",
        fmt: str = "",
    ) -> str:
        rng = self.rng
        st = style or self.style(dept)
        english = bool(tmpl) and tmpl.isascii()
        if not tmpl:
            cands = list(TEMPLATES[st])
            if not towns:
                cands = [
                    c
                    for c in cands
                    if "走进" not in c
                    and "【{t}】" not in c
                    and "{t}专场" not in c
                    and "{t}第" not in c
                ]
            with_n = [c for c in cands if "{n}" in c or "{cn}" in c]
            without_n = [c for c in cands if c not in with_n]
            if series and towns and rng.random() < 0.75:
                tmpl = rng.choice(SERIES_TEMPLATES[st])
            elif series and with_n and rng.random() < 0.8:
                tmpl = rng.choice(with_n)
            else:
                tmpl = rng.choice(without_n)
            english = st == "english" and "{formal}" not in tmpl
        f = fmt or self.fmt(dept, kind)
        name = pol.formal if rng.random() < 0.72 else pol.short
        if tmpl.startswith("2027年") and name[:2] == "20":
            name = pol.short
        fe = rng.choice(TRAIN_EN if kind == TRAINING else PUB_EN)
        n = series or 1
        text = tmpl.format(
            name=name,
            formal=pol.formal,
            short=pol.short,
            fmt=f,
            fe=fe,
            d=f"{day.month}月{day.day}日",
            de=f"{day.day} {MONTH_EN}",
            t=self.town_text(dept, towns, english),
            n=n,
            cn=_cn(n),
            br=dept.bracket or "政策解读",
            ev=rng.choice(pol.everyday),
            en=pol.english,
            slogan=dept.slogan or "惠企政策进万家",
            venue=self.venue(dept, towns),
        )
        return text[:200]

    def topics(self, dept: Dept, pol: Policy) -> list[str]:
        rng = self.rng
        out: list[str] = []
        if dept.tag_mode == "none":
            return out
        if dept.tag_mode == "en":
            out.append(AREA_EN[pol.area])
            if rng.random() < 0.4:
                out.append("policy")
            return out
        if dept.tag_mode in ("fixed", "fixed+policy"):
            out.extend(dept.tags)
        if dept.tag_mode in ("policy", "fixed+policy") and rng.random() < 0.9:
            out.extend(pol.tags[: rng.randint(1, len(pol.tags))])
        if dept.sea_tag and (dept.sea_all or pol.marine):
            out.append(dept.sea_tag)
        uniq: list[str] = []
        for t in out:
            if t not in uniq:
                uniq.append(t)
        return uniq[:6]

    # -- adding -----------------------------------------------------------
    def add(
        self,
        lead: str,
        pid: str,
        kind: str,
        sectors: tuple[str, ...],
        towns: tuple[str, ...],
        start: datetime,
        end: datetime,
        *,
        co: tuple[str, ...] = (),
        series: int = 0,
        style: str = "",
        tmpl: str = "",
        fmt: str = "",
        note: str = "",
        cancelled: bool = False,
    ) -> Sess:
        dept = DEPT_BY_SLUG[lead]
        pol = POLICY_BY_ID[pid]
        hosts: list[str] = [lead]
        for c in co:
            if c not in hosts and len(hosts) < 3:
                hosts.append(c)
        title = self.title(dept, pol, kind, towns, start.date(), series, style, tmpl, fmt)
        if note:
            title = (title + note)[:200]
        s = Sess(
            lead=lead,
            pol=pid,
            kind=kind,
            sectors=tuple(sorted(sectors)),
            towns=_sort_towns(towns),
            start=start,
            end=end,
            hosts=tuple(hosts),
            title=title,
            topics=self.topics(dept, pol),
            cancelled=cancelled,
        )
        self.out.append(s)
        return s

    def other_depts(self, pol: Policy, lead: str) -> list[str]:
        return [d for d in pol.depts if d != lead]

    def pick_lead(self, pol: Policy) -> str:
        if len(pol.depts) == 1 or self.rng.random() < 0.55:
            return pol.depts[0]
        return self.rng.choice(pol.depts[1:])

    def co_hosts(self, pol: Policy, lead: str, towns: tuple[str, ...]) -> tuple[str, ...]:
        rng = self.rng
        co: list[str] = []
        others = [d for d in self.other_depts(pol, lead) if not DEPT_BY_SLUG[d].home]
        if others and rng.random() < 0.13:
            co.append(rng.choice(others))
            if len(others) > 1 and rng.random() < 0.25:
                co.append(next(d for d in others if d not in co))
        if towns == ("aozhi",) and lead != "aozhi-gov" and rng.random() < 0.3:
            co.append("aozhi-gov")
        return tuple(co[:2])


# ---------------------------------------------------------------------------
# Scenario pieces
# ---------------------------------------------------------------------------


def _background(b: Builder) -> None:
    rng = b.rng
    for pol in POLICIES:
        n = max(1, pol.weight + rng.choice((-1, 0, 0, 0, 1)))
        for _ in range(n):
            lead = b.pick_lead(pol)
            dept = DEPT_BY_SLUG[lead]
            sectors, towns = b.audience(pol, dept)
            day = b.day(dept)
            start, end = b.slot(dept, day)
            b.add(
                lead,
                pol.pid,
                b.kind(pol),
                sectors,
                towns,
                start,
                end,
                co=b.co_hosts(pol, lead, towns),
            )


SERIES_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("vessel-safety", "ocean-fishery"),
    ("bnb-fire", "fire-rescue"),
    ("resident-med", "medical-ins"),
    ("moratorium", "ocean-fishery"),
    ("bnb-rating", "culture-tourism"),
    ("anti-fraud", "justice"),
    ("sc-license", "market-reg"),
    ("fisher-loan", "finance"),
    ("typhoon", "emergency"),
    ("resident-pension", "hrss"),
    ("iit-annual", "tax"),
    ("ferry-fare", "transport"),
    ("fishery-law", "justice"),
)


def _series(b: Builder) -> None:
    """Town specials: one campaign, one town a day, never the same town twice."""
    rng = b.rng
    for pid, lead in rng.sample(list(SERIES_CANDIDATES), 8):
        pol = POLICY_BY_ID[pid]
        dept = DEPT_BY_SLUG[lead]
        pool = list(pol.towns or ALL_TOWN_IDS)
        k = min(len(pool), rng.randint(3, 6))
        towns = rng.sample(pool, k)
        kind = b.kind(pol)
        style = b.style(dept)
        fmt = b.fmt(dept, kind)
        idx = rng.randint(0, 8)
        h, m = rng.choice(dept.starts)
        dur = rng.choice(dept.durations)
        sectors = pol.sectors
        for i, tid in enumerate(towns):
            if idx >= len(WORKDAYS):
                break
            day = WORKDAYS[idx]
            start = datetime(day.year, day.month, day.day, h, m, tzinfo=CST)
            b.add(
                lead,
                pid,
                kind,
                sectors,
                (tid,),
                start,
                start + timedelta(minutes=dur),
                series=i + 1,
                style=style,
                fmt=fmt,
            )
            idx += rng.randint(1, 3)


def _echoes(b: Builder) -> None:
    """The same policy explained again by another department within two weeks."""
    rng = b.rng
    cands = [p for p in POLICIES if len(p.depts) >= 2]
    for pol in rng.sample(cands, min(len(cands), 30)):
        first = rng.choice(pol.depts)
        dept_a = DEPT_BY_SLUG[first]
        sectors, towns = b.audience(pol, dept_a)
        day_a = b.day(dept_a)
        start_a, end_a = b.slot(dept_a, day_a)
        kind_a = b.kind(pol)
        b.add(first, pol.pid, kind_a, sectors, towns, start_a, end_a)
        others = b.other_depts(pol, first)
        rng.shuffle(others)
        for j, second in enumerate(others[:2]):
            if j == 1 and rng.random() < 0.65:
                break
            dept_b = DEPT_BY_SLUG[second]
            if dept_b.home and dept_b.home not in (towns or ALL_TOWN_IDS):
                continue
            if dept_b.home:
                towns_b: tuple[str, ...] = (dept_b.home,)
            elif towns and rng.random() < 0.35:
                towns_b = _sort_towns([rng.choice(towns), rng.choice(pol.towns or ALL_TOWN_IDS)])
            elif rng.random() < 0.2:
                towns_b = ()
            else:
                towns_b = towns
            sectors_b = sectors if rng.random() < 0.8 else pol.sectors
            kind_b = (
                kind_a if rng.random() < 0.72 else (PUBLICITY if kind_a == TRAINING else TRAINING)
            )
            if rng.random() < 0.12:
                start_b, end_b = start_a, start_a + (end_a - start_a)
            else:
                lo = max(1, day_a.day - 13)
                hi = min(31, day_a.day + 13)
                start_b, end_b = b.slot(dept_b, b.day(dept_b, lo, hi))
            b.add(second, pol.pid, kind_b, sectors_b, towns_b, start_b, end_b)


TWINS: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (("resident-pension", "hrss"), ("iit-annual", "tax")),
    (("bnb-fire", "fire-rescue"), ("bnb-food", "market-reg")),
    (("ship-hotwork", "emergency"), ("special-equip", "market-reg")),
    (("expand-jobs", "hrss"), ("six-two", "tax")),
    (("vessel-safety", "emergency"), ("safety-resp", "emergency")),
    (("fisher-loan", "finance"), ("mutual-ins", "finance")),
)


def _twins(b: Builder) -> None:
    """Titles that differ only in the subject word: same date, town, format."""
    rng = b.rng
    for (pa, la), (pb, lb) in TWINS:
        pol_a = POLICY_BY_ID[pa]
        pool = list(pol_a.towns or ALL_TOWN_IDS)
        pol_b = POLICY_BY_ID[pb]
        pool = [t for t in pool if not pol_b.towns or t in pol_b.towns] or pool
        tid = rng.choice(pool)
        day = rng.choice(WORKDAYS)
        fmt = rng.choice(("宣讲会", "政策解读会", "培训会"))
        kind = TRAINING if fmt == "培训会" else PUBLICITY
        tmpl = "{short}" + fmt + "（{d}·{t}）"
        h = rng.choice((9, 14))
        start_a = datetime(day.year, day.month, day.day, h, 0, tzinfo=CST)
        same_time = rng.random() < 0.6
        start_b = start_a if same_time else start_a + timedelta(minutes=120)
        dur = timedelta(minutes=90)
        b.add(la, pa, kind, pol_a.sectors, (tid,), start_a, start_a + dur, tmpl=tmpl, fmt=fmt)
        b.add(lb, pb, kind, pol_b.sectors, (tid,), start_b, start_b + dur, tmpl=tmpl, fmt=fmt)


SIBLINGS: tuple[tuple[str, str, str], ...] = (
    ("fuel-general", "fuel-renewal", "ocean-fishery"),
    ("ship-vat-refund", "adv-mfg-vat", "tax"),
    ("credit-rating", "credit-repair", "tax"),
    ("credit-repair", "ent-credit-repair", "fic"),
    ("expand-jobs", "intern", "hrss"),
    ("hi-tech", "sci-sme", "sci-tech"),
    ("bnb-rating", "bnb-review", "culture-tourism"),
    ("vv-tax", "fish-vat", "tax"),
    ("mutual-ins", "aqua-ins", "finance"),
)


def _siblings(b: Builder) -> None:
    """Two policies of one programme, one department, same audience, days apart."""
    rng = b.rng
    for pa, pb, lead in SIBLINGS:
        dept = DEPT_BY_SLUG[lead]
        pol_a = POLICY_BY_ID[pa]
        pol_b = POLICY_BY_ID[pb]
        shared = [t for t in (pol_a.towns or ALL_TOWN_IDS) if not pol_b.towns or t in pol_b.towns]
        towns: tuple[str, ...] = () if rng.random() < 0.4 or not shared else (rng.choice(shared),)
        sectors = pol_a.sectors
        kind = b.kind(pol_a)
        style = "formal" if rng.random() < 0.5 else "bracket"
        if style not in dict(dept.styles):
            style = dept.styles[0][0]
        fmt = b.fmt(dept, kind)
        day_a = rng.choice([d for d in WORKDAYS if d.day <= 24])
        if rng.random() < 0.35:
            # back to back on one morning: touching, not overlapping
            start_a = datetime(day_a.year, day_a.month, day_a.day, 9, 0, tzinfo=CST)
            mid = start_a + timedelta(minutes=90)
            b.add(lead, pa, kind, sectors, towns, start_a, mid, style=style, fmt=fmt)
            b.add(
                lead,
                pb,
                kind,
                pol_b.sectors,
                towns,
                mid,
                mid + timedelta(minutes=90),
                style=style,
                fmt=fmt,
            )
            continue
        day_b = day_a + timedelta(days=rng.randint(1, 6))
        if day_b.weekday() >= 5:
            day_b += timedelta(days=7 - day_b.weekday())
        sa, ea = b.slot(dept, day_a, evening=False)
        sb = datetime(day_b.year, day_b.month, day_b.day, sa.hour, sa.minute, tzinfo=CST)
        b.add(lead, pa, kind, sectors, towns, sa, ea, style=style, fmt=fmt)
        b.add(lead, pb, kind, pol_b.sectors, towns, sb, sb + (ea - sa), style=style, fmt=fmt)


def _same_hour(b: Builder) -> None:
    """Several sessions at one hour: disjoint towns / disjoint sectors / shared."""
    rng = b.rng
    specific = [p for p in POLICIES if p.sectors]
    for _ in range(6):
        p0 = rng.choice(specific)
        lead0 = p0.depts[0]
        sec0 = set(p0.sectors)
        overlap = [p for p in specific if p.pid != p0.pid and sec0 & set(p.sectors)]
        if DEPT_BY_SLUG[lead0].home or not overlap:
            continue
        x = rng.choice(p0.towns or ALL_TOWN_IDS)
        day = rng.choice(WORKDAYS)
        h = rng.choice((9, 14))
        start = datetime(day.year, day.month, day.day, h, 0, tzinfo=CST)
        end = start + timedelta(minutes=120)
        b.add(lead0, p0.pid, b.kind(p0), p0.sectors, (x,), start, end)
        disjoint = [
            p for p in specific if not sec0 & set(p.sectors) and (not p.towns or x in p.towns)
        ]
        # 1) same sectors, another town: no CONFLICT
        p1 = rng.choice(overlap)
        ys = [t for t in (p1.towns or ALL_TOWN_IDS) if t != x]
        lead1 = next((d for d in p1.depts if not DEPT_BY_SLUG[d].home), "")
        if ys and lead1:
            y = rng.choice(ys)
            b.add(lead1, p1.pid, b.kind(p1), p1.sectors, (y,), start, end)
        # 2) same town, other sectors: no CONFLICT
        if disjoint:
            p2 = rng.choice(disjoint)
            lead2 = next((d for d in p2.depts if not DEPT_BY_SLUG[d].home), "")
            if lead2:
                b.add(lead2, p2.pid, b.kind(p2), p2.sectors, (x,), start, end)
        # 3) shared town and sector, half an hour later: CONFLICT
        p3 = rng.choice([p for p in overlap if not p.towns or x in p.towns] or overlap)
        lead3 = next((d for d in p3.depts if not DEPT_BY_SLUG[d].home), "")
        if lead3:
            s3 = start + timedelta(minutes=30)
            b.add(lead3, p3.pid, b.kind(p3), p3.sectors, _sort_towns([x]), s3, end)


def _edges(b: Builder) -> None:
    """14-day window edges, touching times across time-zone notations, long classes."""
    rng = b.rng
    # exactly 14 days apart (REDUNDANT) and 14 days + 30 minutes (not)
    for pid, lead, late in (
        ("six-two", "tax", False),
        ("safety-resp", "emergency", True),
        ("resident-med", "medical-ins", rng.random() < 0.5),
    ):
        pol = POLICY_BY_ID[pid]
        dept = DEPT_BY_SLUG[lead]
        sectors, towns = b.audience(pol, dept)
        kind = b.kind(pol)
        day = rng.choice([d for d in WORKDAYS if d.day <= 17])
        sa, ea = b.slot(dept, day, evening=False)
        b.add(lead, pid, kind, sectors, towns, sa, ea, series=1)
        sb = sa + timedelta(days=WINDOW_DAYS, minutes=30 if late else 0)
        b.add(lead, pid, kind, sectors, towns, sb, sb + (ea - sa), series=2)
    # first and second issue three weeks apart: not REDUNDANT
    for pid, lead in (("e-invoice", "tax"), ("annual-report", "market-reg")):
        pol = POLICY_BY_ID[pid]
        dept = DEPT_BY_SLUG[lead]
        sectors, towns = b.audience(pol, dept)
        day = rng.choice([d for d in WORKDAYS if d.day <= 8])
        sa, ea = b.slot(dept, day, evening=False)
        style = b.style(dept)
        b.add(lead, pid, TRAINING, sectors, towns, sa, ea, series=1, style=style)
        sb = sa + timedelta(days=21)
        b.add(lead, pid, TRAINING, sectors, towns, sb, sb + (ea - sa), series=2, style=style)
    # tax writes UTC; hrss writes +08:00. 09:00-10:30 then 10:30-12:00 county-wide: touching.
    day = rng.choice(WORKDAYS)
    s1 = datetime(day.year, day.month, day.day, 9, 0, tzinfo=CST)
    b.add("tax", "iit-annual", PUBLICITY, (), (), s1, s1 + timedelta(minutes=90))
    s2 = s1 + timedelta(minutes=90)
    b.add("hrss", "flexible-ss", PUBLICITY, (), (), s2, s2 + timedelta(minutes=90))
    # commerce (UTC) vs bonded-port (UTC) vs emergency (+08:00) at the oil port
    day = rng.choice(WORKDAYS)
    s3 = datetime(day.year, day.month, day.day, 14, 0, tzinfo=CST)
    b.add(
        "bonded-port",
        "bunkering",
        PUBLICITY,
        ("F", "G"),
        ("yangjiao",),
        s3,
        s3 + timedelta(minutes=60),
    )
    b.add(
        "emergency",
        "oil-tank",
        TRAINING,
        ("G",),
        ("yangjiao",),
        s3 + timedelta(minutes=60),
        s3 + timedelta(minutes=180),
    )
    b.add(
        "commerce",
        "oil-trade",
        PUBLICITY,
        ("F",),
        ("yangjiao",),
        s3 + timedelta(minutes=59),
        s3 + timedelta(minutes=120),
    )
    # multi-day classes
    d1 = rng.choice([d for d in WORKDAYS if d.weekday() == 0 and d.day <= 22])
    st = datetime(d1.year, d1.month, d1.day, 8, 30, tzinfo=CST)
    en = st + timedelta(days=2, hours=8, minutes=30)
    tid = rng.choice(("shuangyu", "yushan", "huajiao"))
    b.add(
        "ocean-fishery",
        "crew-cert",
        TRAINING,
        ("A",),
        (tid,),
        st,
        en,
        tmpl="2027年渔业职务船员培训班（{d}起·{t}·为期三天）",
        co=("hrss",),
    )
    d2 = rng.choice([d for d in WORKDAYS if d.weekday() == 1 and d.day <= 23])
    st2 = datetime(d2.year, d2.month, d2.day, 9, 0, tzinfo=CST)
    b.add(
        "hrss",
        "skill-sub",
        TRAINING,
        ("C",),
        ("aozhi",),
        st2,
        st2 + timedelta(days=1, hours=8),
        tmpl="船舶电焊工技能提升培训班（两天·{t}）",
    )


def _consumer_day(b: Builder) -> None:
    """3·15 on Monday 15 March: one campaign in several towns at the same hour."""
    rng = b.rng
    start = datetime(YEAR, MONTH, 15, 9, 0, tzinfo=CST)
    end = start + timedelta(minutes=150)
    towns = rng.sample(list(ALL_TOWN_IDS), 4)
    for i, tid in enumerate(towns):
        co: tuple[str, ...] = ("justice",) if i == 0 else ()
        b.add(
            "market-reg",
            "consumer-315",
            PUBLICITY,
            ("F", "H"),
            (tid,),
            start,
            end,
            co=co,
            tmpl="【放心消费】“3·15”集中宣传日·{t}站",
        )
    # county-wide livestream the same evening
    ev = datetime(YEAR, MONTH, 15, 19, 0, tzinfo=CST)
    b.add(
        "market-reg",
        "consumer-315",
        PUBLICITY,
        ("F", "H"),
        (),
        ev,
        ev + timedelta(minutes=60),
        tmpl="3·15直播间：" + "{ev}",
    )


def _reschedules(b: Builder) -> None:
    """Cancelled then re-posted a week later (改期)."""
    rng = b.rng
    base = [s for s in b.out if not s.cancelled and s.start.day <= 22]
    for s in rng.sample(base, 4):
        s.cancelled = True
        d = DEPT_BY_SLUG[s.lead]
        if d.cancel_mark:
            s.title = (d.cancel_mark + s.title)[:200]
        shift = timedelta(days=7)
        b.out.append(
            Sess(
                lead=s.lead,
                pol=s.pol,
                kind=s.kind,
                sectors=s.sectors,
                towns=s.towns,
                start=s.start + shift,
                end=s.end + shift,
                hosts=s.hosts,
                title=(s.title.removeprefix(d.cancel_mark) + "（改期）")[:200],
                topics=list(s.topics),
            )
        )


def _random_cancels(b: Builder) -> None:
    rng = b.rng
    for s in b.out:
        if not s.cancelled and rng.random() < 0.018:
            s.cancelled = True
            mark = DEPT_BY_SLUG[s.lead].cancel_mark
            if mark:
                s.title = (mark + s.title)[:200]


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def _iso(dept: Dept, dt: datetime) -> str:
    if dept.utc:
        utc = dt.astimezone(UTC)
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ" if dept.seconds else "%Y-%m-%dT%H:%MZ")
    local = dt.astimezone(CST)
    body = local.strftime("%Y-%m-%dT%H:%M:%S" if dept.seconds else "%Y-%m-%dT%H:%M")
    return body + "+08:00"


def _sector_text(dept: Dept, letter: str) -> str:
    if dept.sector_style == "letter":
        return letter
    if dept.sector_style == "cn":
        return SECTOR_CN[letter]
    if dept.sector_style == "both":
        return f"{letter} {SECTOR_CN[letter]}"
    return SECTOR_EN[letter]


def _record(s: Sess) -> dict[str, Any]:
    dept = DEPT_BY_SLUG[s.lead]
    return {
        "key": s.key,
        "kind": s.kind,
        "title": s.title,
        "start": _iso(dept, s.start),
        "end": _iso(dept, s.end),
        "topics": list(s.topics),
        "sectors": [_sector_text(dept, x) for x in s.sectors],
        "regions": [TOWN_BY_ID[t].spell(dept.town_style) for t in s.towns],
        "hosts": list(s.hosts),
        "cancelled": s.cancelled,
    }


def _pairs(sessions: list[Sess]) -> dict[str, list[list[str]]]:
    conflict: list[list[str]] = []
    redundant: list[list[str]] = []
    window = timedelta(days=WINDOW_DAYS)
    live = [s for s in sessions if not s.cancelled]
    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            if not _meets(a, b):
                continue
            pair = sorted([a.key, b.key])
            if a.start < b.end and b.start < a.end:
                conflict.append(pair)
            if a.kind == b.kind and a.pol == b.pol and abs(a.start - b.start) <= window:
                redundant.append(pair)
    conflict.sort()
    redundant.sort()
    return {"CONFLICT": conflict, "REDUNDANT": redundant}


def generate(seed: int = 0) -> dict[str, Any]:
    rng = random.Random(seed)
    b = Builder(rng)
    _background(b)
    _series(b)
    _echoes(b)
    _twins(b)
    _siblings(b)
    _same_hour(b)
    _edges(b)
    _consumer_day(b)
    _reschedules(b)
    _random_cancels(b)
    # keys: each department numbers its own notices in date order
    ordered = sorted(b.out, key=lambda s: (s.start, s.end, s.lead, s.title))
    counters: dict[str, int] = {}
    for s in ordered:
        counters[s.lead] = counters.get(s.lead, 0) + 1
        s.key = DEPT_BY_SLUG[s.lead].key_fmt.format(n=counters[s.lead])
    feed = list(ordered)
    rng.shuffle(feed)
    return {
        "windowDays": WINDOW_DAYS,
        "sessions": [_record(s) for s in feed],
        "pairs": _pairs(ordered),
    }
