package cn.jilin.laborbrand.registry.partner;

/** The filters of the department's park view: a prefecture (its counties included), part of the name, the figures' year. */
public record PartnerParkFilter(String regionCode, String name, Integer year) {

    public static PartnerParkFilter none() {
        return new PartnerParkFilter(null, null, null);
    }
}
