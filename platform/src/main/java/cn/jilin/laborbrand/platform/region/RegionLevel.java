package cn.jilin.laborbrand.platform.region;

/** PROVINCE; PREFECTURE (市州, plus 长白山管委会 and 梅河口市 as the plan's peers); COUNTY (县、县级市、区). */
public enum RegionLevel {
    PROVINCE, PREFECTURE, COUNTY
}
