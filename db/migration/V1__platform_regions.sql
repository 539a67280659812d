-- Regions of Jilin Province by GB/T 2260 (行政区划代码), as of the 2023 edition.
-- level: PROVINCE; PREFECTURE (市州 and the two units the plan treats as their peers); COUNTY (县、县级市、区).
-- parent_code is the region whose bureau oversees this one in the plan's chain of work, not always the GB/T parent:
-- 梅河口市 (220581) is a county-level city of 通化 in GB/T 2260, but the plan addresses it beside the prefectures,
-- so its parent here is the province and 通化's data scope does not cover it.
create table region (
    code        varchar(6)  primary key,
    name        varchar(32) not null,
    full_name   varchar(64) not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    parent_code varchar(6)  references region (code),
    sort_order  integer     not null,
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index region_parent_idx on region (parent_code);

insert into region (code, name, full_name, level, parent_code, sort_order) values
('220000', '吉林省', '吉林省', 'PROVINCE', null, 0),
('220100', '长春市', '吉林省长春市', 'PREFECTURE', '220000', 1),
('220200', '吉林市', '吉林省吉林市', 'PREFECTURE', '220000', 2),
('220300', '四平市', '吉林省四平市', 'PREFECTURE', '220000', 3),
('220400', '辽源市', '吉林省辽源市', 'PREFECTURE', '220000', 4),
('220500', '通化市', '吉林省通化市', 'PREFECTURE', '220000', 5),
('220600', '白山市', '吉林省白山市', 'PREFECTURE', '220000', 6),
('220700', '松原市', '吉林省松原市', 'PREFECTURE', '220000', 7),
('220800', '白城市', '吉林省白城市', 'PREFECTURE', '220000', 8),
('222400', '延边朝鲜族自治州', '吉林省延边朝鲜族自治州', 'PREFECTURE', '220000', 9),
-- 长白山管委会 (长白山保护开发区管理委员会) has no GB/T 2260 code: it administers parts of 安图, 抚松 and 长白
-- without being an administrative division. '22X001' is internal: GB/T 2260 codes are six digits, so a code with a
-- letter can never clash with a present or future one, and it still starts with the province's 22.
('22X001', '长白山管委会', '吉林省长白山保护开发区管理委员会', 'PREFECTURE', '220000', 10),
('220581', '梅河口市', '吉林省梅河口市', 'PREFECTURE', '220000', 11);

insert into region (code, name, full_name, level, parent_code, sort_order) values
-- 长春市
('220102', '南关区', '长春市南关区', 'COUNTY', '220100', 101),
('220103', '宽城区', '长春市宽城区', 'COUNTY', '220100', 102),
('220104', '朝阳区', '长春市朝阳区', 'COUNTY', '220100', 103),
('220105', '二道区', '长春市二道区', 'COUNTY', '220100', 104),
('220106', '绿园区', '长春市绿园区', 'COUNTY', '220100', 105),
('220112', '双阳区', '长春市双阳区', 'COUNTY', '220100', 106),
('220113', '九台区', '长春市九台区', 'COUNTY', '220100', 107),
('220122', '农安县', '长春市农安县', 'COUNTY', '220100', 108),
('220182', '榆树市', '长春市榆树市', 'COUNTY', '220100', 109),
('220183', '德惠市', '长春市德惠市', 'COUNTY', '220100', 110),
('220184', '公主岭市', '长春市公主岭市', 'COUNTY', '220100', 111),
-- 吉林市
('220202', '昌邑区', '吉林市昌邑区', 'COUNTY', '220200', 201),
('220203', '龙潭区', '吉林市龙潭区', 'COUNTY', '220200', 202),
('220204', '船营区', '吉林市船营区', 'COUNTY', '220200', 203),
('220211', '丰满区', '吉林市丰满区', 'COUNTY', '220200', 204),
('220221', '永吉县', '吉林市永吉县', 'COUNTY', '220200', 205),
('220281', '蛟河市', '吉林市蛟河市', 'COUNTY', '220200', 206),
('220282', '桦甸市', '吉林市桦甸市', 'COUNTY', '220200', 207),
('220283', '舒兰市', '吉林市舒兰市', 'COUNTY', '220200', 208),
('220284', '磐石市', '吉林市磐石市', 'COUNTY', '220200', 209),
-- 四平市 (公主岭市 moved to 长春 in 2020 as 220184)
('220302', '铁西区', '四平市铁西区', 'COUNTY', '220300', 301),
('220303', '铁东区', '四平市铁东区', 'COUNTY', '220300', 302),
('220322', '梨树县', '四平市梨树县', 'COUNTY', '220300', 303),
('220323', '伊通满族自治县', '四平市伊通满族自治县', 'COUNTY', '220300', 304),
('220382', '双辽市', '四平市双辽市', 'COUNTY', '220300', 305),
-- 辽源市
('220402', '龙山区', '辽源市龙山区', 'COUNTY', '220400', 401),
('220403', '西安区', '辽源市西安区', 'COUNTY', '220400', 402),
('220421', '东丰县', '辽源市东丰县', 'COUNTY', '220400', 403),
('220422', '东辽县', '辽源市东辽县', 'COUNTY', '220400', 404),
-- 通化市 (梅河口市 220581 is listed above as a prefecture peer)
('220502', '东昌区', '通化市东昌区', 'COUNTY', '220500', 501),
('220503', '二道江区', '通化市二道江区', 'COUNTY', '220500', 502),
('220521', '通化县', '通化市通化县', 'COUNTY', '220500', 503),
('220523', '辉南县', '通化市辉南县', 'COUNTY', '220500', 504),
('220524', '柳河县', '通化市柳河县', 'COUNTY', '220500', 505),
('220582', '集安市', '通化市集安市', 'COUNTY', '220500', 506),
-- 白山市
('220602', '浑江区', '白山市浑江区', 'COUNTY', '220600', 601),
('220605', '江源区', '白山市江源区', 'COUNTY', '220600', 602),
('220621', '抚松县', '白山市抚松县', 'COUNTY', '220600', 603),
('220622', '靖宇县', '白山市靖宇县', 'COUNTY', '220600', 604),
('220623', '长白朝鲜族自治县', '白山市长白朝鲜族自治县', 'COUNTY', '220600', 605),
('220681', '临江市', '白山市临江市', 'COUNTY', '220600', 606),
-- 松原市
('220702', '宁江区', '松原市宁江区', 'COUNTY', '220700', 701),
('220721', '前郭尔罗斯蒙古族自治县', '松原市前郭尔罗斯蒙古族自治县', 'COUNTY', '220700', 702),
('220722', '长岭县', '松原市长岭县', 'COUNTY', '220700', 703),
('220723', '乾安县', '松原市乾安县', 'COUNTY', '220700', 704),
('220781', '扶余市', '松原市扶余市', 'COUNTY', '220700', 705),
-- 白城市
('220802', '洮北区', '白城市洮北区', 'COUNTY', '220800', 801),
('220821', '镇赉县', '白城市镇赉县', 'COUNTY', '220800', 802),
('220822', '通榆县', '白城市通榆县', 'COUNTY', '220800', 803),
('220881', '洮南市', '白城市洮南市', 'COUNTY', '220800', 804),
('220882', '大安市', '白城市大安市', 'COUNTY', '220800', 805),
-- 延边朝鲜族自治州
('222401', '延吉市', '延边州延吉市', 'COUNTY', '222400', 901),
('222402', '图们市', '延边州图们市', 'COUNTY', '222400', 902),
('222403', '敦化市', '延边州敦化市', 'COUNTY', '222400', 903),
('222404', '珲春市', '延边州珲春市', 'COUNTY', '222400', 904),
('222405', '龙井市', '延边州龙井市', 'COUNTY', '222400', 905),
('222406', '和龙市', '延边州和龙市', 'COUNTY', '222400', 906),
('222424', '汪清县', '延边州汪清县', 'COUNTY', '222400', 907),
('222426', '安图县', '延边州安图县', 'COUNTY', '222400', 908);
