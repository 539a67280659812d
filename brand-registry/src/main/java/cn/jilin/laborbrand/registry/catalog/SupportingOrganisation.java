package cn.jilin.laborbrand.registry.catalog;

/** An institution supporting a catalogue entry, as a page shows it: the directory's public facts and its role. */
public record SupportingOrganisation(long id, long organisationId, String name, String regionCode, SupportKind kind, String note) {
}
