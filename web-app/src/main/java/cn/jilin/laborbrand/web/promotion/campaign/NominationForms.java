package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.promotion.campaign.Nomination;
import cn.jilin.laborbrand.promotion.campaign.NominationDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of a nomination's pages. */
final class NominationForms {

    private NominationForms() {
    }

    /** A nomination as posted: the brand, and for a person campaign the person's name, sex and year of birth; the story. */
    record NominationForm(@NotNull Long campaignId, @Size(max = 100) String category, @NotNull Long brandId, @Size(max = 50) String personName,
                          Nomination.Sex personSex, @Min(1920) @Max(2020) Integer personBirthYear, @NotBlank @Size(max = 5000) String story,
                          long version) {

        NominationDetails details() {
            return new NominationDetails(category, brandId, personName, personSex, personBirthYear, story);
        }
    }

    /** The consent form's details (the file comes beside them). */
    record ConsentForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn, Boolean coversName, Boolean coversPhoto,
                       Boolean coversStory, long version, org.springframework.web.multipart.MultipartFile file) {

        /** An unticked box posts nothing: it covers nothing. */
        boolean name() {
            return Boolean.TRUE.equals(coversName);
        }

        boolean photo() {
            return Boolean.TRUE.equals(coversPhoto);
        }

        boolean story() {
            return Boolean.TRUE.equals(coversStory);
        }
    }

    /** An objection the province received. */
    record ObjectionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, @NotBlank @Size(max = 100) String objector,
                         @NotBlank @Size(max = 2000) String content) {
    }
}
