package cn.jilin.laborbrand.registry.brand;

/** The twenty sections (门类) of GB/T 4754-2017, 国民经济行业分类; names are in the message bundles. */
public enum IndustrySection {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T
}
