package cn.jilin.laborbrand.training.base;

/** The level a cultivation base is designated at: none yet, 市级 by the city, 省级 by HRSS. */
public enum BaseLevel {
    NONE, MUNICIPAL, PROVINCIAL
}
