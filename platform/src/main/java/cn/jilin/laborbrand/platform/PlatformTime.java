package cn.jilin.laborbrand.platform;

import java.time.ZoneId;

/**
 * The platform's time zone, in one place: what users see is Beijing time (the database keeps {@code timestamptz}).
 * The platform's {@link java.time.Clock} bean runs in it, so {@code LocalDate.now(clock)} is today in Jilin.
 */
public final class PlatformTime {

    /** Its name, for annotations that take a constant ({@code @Scheduled(zone = PlatformTime.ZONE_NAME)}). */
    public static final String ZONE_NAME = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    private PlatformTime() {
    }
}
