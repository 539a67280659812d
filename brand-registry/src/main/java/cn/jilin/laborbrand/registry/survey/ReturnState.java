package cn.jilin.laborbrand.registry.survey;

/**
 * The states of a survey return; {@link SurveyReturnWorkflow#TABLE} says which step leads where and who may take it. A
 * return is <em>filed</em> once submitted and stays filed when accepted; a draft or a returned return is not.
 */
public enum ReturnState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether the region has filed: the return counts in the province's roll-up. */
    public boolean isFiled() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /** Whether the bureau may still change what the return says (while its round is open). */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
