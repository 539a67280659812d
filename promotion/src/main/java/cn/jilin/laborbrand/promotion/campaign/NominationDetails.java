package cn.jilin.laborbrand.promotion.campaign;

/**
 * A nomination as the city enters it: the category, the brand (nominated, or the one the person works in), and for a
 * person campaign the person's name, sex, year of birth; the story (事迹) in every case.
 */
public record NominationDetails(String category, long brandId, String personName, Nomination.Sex personSex, Integer personBirthYear,
                                String story) {
}
