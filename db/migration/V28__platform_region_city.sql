-- Which prefecture-level units are the plan's 市（州） (issue 13). The plan addresses "各市（州）、长白山管委会、梅河口市":
-- its per-city targets ("每个市（州）建立1-2个劳务品牌培育基地") count the nine 市（州）, while 长白山管委会 (22X001) and
-- 梅河口市 (220581) are prefecture-level peers shown beside them and not counted. Nothing in V1 tells them apart (all
-- eleven are level PREFECTURE), hence this column; every other use of the eleven (scopes, roll-ups, filters) is unchanged.
-- So a PER_REGION plan_target (V13_2) counts the 市（州） within [region_min, region_max], and so does the value of its
-- target_snapshot; the breakdown beside it still has a row for each of the eleven.
alter table region add column city boolean not null default false;

update region set city = true
 where code in ('220100', '220200', '220300', '220400', '220500', '220600', '220700', '220800', '222400');

alter table region add constraint region_city_prefecture check (not city or level = 'PREFECTURE');
