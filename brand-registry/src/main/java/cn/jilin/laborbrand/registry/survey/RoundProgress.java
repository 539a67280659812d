package cn.jilin.laborbrand.registry.survey;

/**
 * How far a round has come within a scope: the prefecture-level units it covers, how many have filed and how many of
 * those returns HRSS has accepted, and the return of the caller's own region, if it has started one.
 */
public record RoundProgress(int prefectures, long filed, long accepted, SurveyReturn own) {

    /** The units that have not filed (no return, a draft or a returned one). */
    public long notFiled() {
        return prefectures - filed;
    }
}
