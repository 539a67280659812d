package cn.jilin.laborbrand.governance.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** A department a measure's closing bracket names (按职责分工负责: each is responsible; none leads by its place). */
@Entity
@Immutable
@Table(name = "plan_measure_department")
public class MeasureDepartment {

    @EmbeddedId
    private Key key;

    private int position;

    protected MeasureDepartment() {
    }

    public long getMeasureId() {
        return key.measureId;
    }

    public long getOrganisationId() {
        return key.organisationId;
    }

    public int getPosition() {
        return position;
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "measure_id")
        private long measureId;

        @Column(name = "organisation_id")
        private long organisationId;

        protected Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.measureId == measureId && k.organisationId == organisationId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(measureId) * 31 + Long.hashCode(organisationId);
        }
    }
}
