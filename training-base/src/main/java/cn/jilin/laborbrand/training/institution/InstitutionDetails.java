package cn.jilin.laborbrand.training.institution;

/** What a city officer enters about an organisation of the directory that trains; a blank phone keeps the stored one. */
public record InstitutionDetails(Long organisationId, InstitutionKind kind, String address, String contactName, String contactPhone) {
}
