package cn.jilin.laborbrand.promotion.figure;

/** 品牌带头人 / 创立人 / 传承人 / 领军人 / 形象代言人: what a typical figure is to their brand (三(三)). */
public enum FigureRole {
    LEADER, FOUNDER, INHERITOR, PACESETTER, AMBASSADOR
}
