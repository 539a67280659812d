package cn.jilin.laborbrand.training.institution;

/** An institution's id and name, as lists of bases and courses show them. */
record InstitutionName(long id, String name) {
}
