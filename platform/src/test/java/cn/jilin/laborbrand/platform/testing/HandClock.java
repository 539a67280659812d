package cn.jilin.laborbrand.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand: it stands at the instant given until {@link #travel(Duration)} moves it on. */
public final class HandClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public HandClock(String instant, ZoneId zone) {
        this.now = Instant.parse(instant);
        this.zone = zone;
    }

    public void travel(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
