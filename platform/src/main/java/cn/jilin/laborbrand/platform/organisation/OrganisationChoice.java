package cn.jilin.laborbrand.platform.organisation;

/** An organisation as a choice in a form: nothing beyond what its name already says publicly. */
public record OrganisationChoice(Long id, String name, OrganisationKind kind, String regionCode) {
}
