package cn.jilin.laborbrand.training.partner;

import java.util.List;

/**
 * 二(二)2 in one prefecture: labour input bases with an agreement in force and resident offices outside the province
 * (now); vacancies posted, places offered, placements of trained brand workers (persons counted once), follow-up
 * services and workers dispatched who are not platform trainees (in the year, or ever). Counts, never persons.
 */
public record CooperationFigures(String prefectureCode, long inboundBases, long offices, long vacancies, long places, long placed,
                                 long followUps, long otherHeadcount) {

    /** A prefecture with nothing recorded. */
    public static CooperationFigures none(String prefectureCode) {
        return new CooperationFigures(prefectureCode, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The province's row: the prefectures' figures added up (its code null; a person placed in two prefectures counts in each). */
    public static CooperationFigures total(List<CooperationFigures> rows) {
        CooperationFigures t = none(null);
        for (CooperationFigures f : rows) {
            t = new CooperationFigures(null, t.inboundBases + f.inboundBases, t.offices + f.offices, t.vacancies + f.vacancies,
                    t.places + f.places, t.placed + f.placed, t.followUps + f.followUps, t.otherHeadcount + f.otherHeadcount);
        }
        return t;
    }
}
