package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.ResidentId.Sex;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.coverage.CoverageDetails;
import cn.jilin.laborbrand.promotion.coverage.CoverageKind;
import cn.jilin.laborbrand.promotion.coverage.CoverageService;
import cn.jilin.laborbrand.promotion.event.EventDetails;
import cn.jilin.laborbrand.promotion.event.EventKind;
import cn.jilin.laborbrand.promotion.event.EventService;
import cn.jilin.laborbrand.promotion.figure.FigureDetails;
import cn.jilin.laborbrand.promotion.figure.FigureRole;
import cn.jilin.laborbrand.promotion.figure.FigureService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Promotion records of 延边 for the authorisation matrix, made through the promotion services: a typical figure with a
 * photo and a signed consent covering name, photo and story, published (so that its public page and photo answer
 * everyone); a public event that has begun (its outcome form applies); a report.
 */
@Component
class PromotionMatrixRecords {

    private static final String[] ALL = {"promotion:view", "promotion:manage", "promotion:publish", "brand:view", "brand:edit"};
    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MatrixRecords records;
    private final FigureService figures;
    private final EventService events;
    private final CoverageService coverage;

    PromotionMatrixRecords(MatrixRecords records, FigureService figures, EventService events, CoverageService coverage) {
        this.records = records;
        this.figures = figures;
        this.events = events;
        this.coverage = coverage;
    }

    /** A published figure of a 延边 brand, with photo and consent. */
    Map<String, String> figure() {
        long brand = Long.parseLong(records.brand().get("id"));
        long id = as(() -> {
            DataScope all = DataScope.province();
            long figure = figures.create(new FigureDetails("矩阵人物" + SEQUENCE.incrementAndGet(), Sex.MALE, 1980, FigureRole.LEADER, brand, null,
                    "矩阵简介", "矩阵事迹"), all);
            figures.replacePhoto(figure, "p.png", png(), all);
            figures.recordConsent(figure, "c.pdf", PDF, LocalDate.of(2025, 1, 2), true, true, true, all);
            figures.publish(figure, figures.get(figure, all).getVersion(), all);
            return figure;
        });
        return Map.of("id", String.valueOf(id));
    }

    /** A public 延边 event that began in 2025. */
    Map<String, String> event() {
        long brand = Long.parseLong(records.brand().get("id"));
        long id = as(() -> events.create(new EventDetails(EventKind.EXHIBITION, "矩阵活动" + SEQUENCE.incrementAndGet(), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 2), "延吉", "延边州人社局", MatrixRecords.YANBIAN, true, null, Set.of(brand)), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }

    /** A report of 延边. */
    Map<String, String> coverage() {
        long brand = Long.parseLong(records.brand().get("id"));
        long id = as(() -> coverage.create(new CoverageDetails("延边日报", CoverageKind.NEWSPAPER, LocalDate.of(2025, 5, 3),
                "矩阵报道" + SEQUENCE.incrementAndGet(), null, Set.of(brand), MatrixRecords.YANBIAN, null), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }

    private static <T> T as(Supplier<T> action) {
        return SystemActor.call(action, ALL);
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
