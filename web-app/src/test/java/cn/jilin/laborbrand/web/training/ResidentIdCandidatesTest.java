package cn.jilin.laborbrand.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.code.ResidentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The candidate count agrees with brute force, and shows why the old masking leaked. */
class ResidentIdCandidatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final List<String> CHANGCHUN = List.of("220102", "220103", "220104", "220105", "220106", "220112", "220113", "220122",
            "220182", "220183", "220184");

    @Test
    void aVisibleCheckCharacterIsCountedExactly() {
        String body = "22010219900907";
        for (char check : "0123456789X".toCharArray()) {
            long brute = 0;
            for (int n = 1; n < 1000; n += 2) {
                if (ResidentId.checkCharacter(body + String.format("%03d", n)) == check) {
                    brute++;
                }
            }
            var shown = new ResidentIdCandidates.Shown(body + "***" + check, ResidentId.Sex.MALE, null, null, null);
            assertThat(ResidentIdCandidates.count(shown, CHANGCHUN, TODAY)).as("check %s", check).isEqualTo(brute);
        }
    }

    @Test
    void hiddenCharactersMultiplyRegionsDatesAndSequences() {
        var shown = new ResidentIdCandidates.Shown("22****************", ResidentId.Sex.FEMALE, 35, null, null);
        // the birth dates that make someone 35 on 2026-05-20: 1990-05-21 … 1991-05-20
        assertThat(ResidentIdCandidates.count(shown, CHANGCHUN, TODAY)).isEqualTo(11L * 365 * 500);
        var oneRegion = new ResidentIdCandidates.Shown("22****************", null, null, LocalDate.of(1990, 9, 7), Set.of("220104"));
        assertThat(ResidentIdCandidates.count(oneRegion, CHANGCHUN, TODAY)).isEqualTo(1000);
    }

    @Test
    void theOldMaskBesideABirthDateAndSexLeftAHandful() {
        // issue 8: 2201**********2018 beside 1990-09-07 and 男 — the city's counties, one date, and the check character
        var shown = new ResidentIdCandidates.Shown("2201**********2018", ResidentId.Sex.MALE, null, LocalDate.of(1990, 9, 7), null);
        long left = ResidentIdCandidates.count(shown, CHANGCHUN, TODAY);
        assertThat(left).isLessThan(20L);
    }
}
