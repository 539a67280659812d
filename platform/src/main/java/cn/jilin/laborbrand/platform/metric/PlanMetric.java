package cn.jilin.laborbrand.platform.metric;

import java.util.function.Supplier;

/**
 * A figure of the plan's targets, read live from the module that owns the data (the port through which governance
 * reads brands, bases and training without depending on those modules). Each module registers its metrics as beans.
 */
public interface PlanMetric {

    /** The stable code a plan target refers to, e.g. {@code brand.national}. */
    String code();

    /** The figure now, province-wide, with its breakdown by prefecture where it has one. */
    MetricReading read();

    static PlanMetric of(String code, Supplier<MetricReading> reading) {
        return new PlanMetric() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public MetricReading read() {
                return reading.get();
            }

            @Override
            public String toString() {
                return "PlanMetric[" + code + "]";
            }
        };
    }
}
