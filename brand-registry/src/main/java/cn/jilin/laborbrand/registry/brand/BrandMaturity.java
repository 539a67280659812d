package cn.jilin.laborbrand.registry.brand;

/**
 * The three situations of measure 二(一)1: a mature operation (成熟品牌); known and large but without a brand name
 * (有名无牌); skilled but scattered (分散未成型).
 */
public enum BrandMaturity {
    ESTABLISHED, UNNAMED, EMERGING
}
