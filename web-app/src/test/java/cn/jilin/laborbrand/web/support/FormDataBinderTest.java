package cn.jilin.laborbrand.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** The portal's binder, without the portal: what each kind of bad input leaves on the form. */
class FormDataBinderTest {

    /** A form record whose constructor refuses what a failed conversion leaves behind. */
    record Strict(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, int hours, long version) {
        Strict {
            Objects.requireNonNull(since, "since");
        }
    }

    record Lines(String title, List<Long> ids, Map<String, Integer> scores, List<BigDecimal> amounts) {
    }

    /** A form that binds through setters, with lines (like the progress report). */
    public static class Report {
        private String narrative;
        private List<Line> lines = new ArrayList<>();

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public List<Line> getLines() {
            return lines;
        }

        public void setLines(List<Line> lines) {
            this.lines = lines;
        }
    }

    public static class Line {
        private String name;
        private BigDecimal value;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }
    }

    private static MockHttpServletRequest post(String... namesAndValues) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    private static FormDataBinder constructed(Class<?> type, MockHttpServletRequest request) {
        FormDataBinder binder = new FormDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.construct(request);
        return binder;
    }

    private static FormDataBinder bound(Object form, MockHttpServletRequest request) {
        FormDataBinder binder = new FormDataBinder(form, "form");
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.bind(request);
        return binder;
    }

    private static List<String> globalCodes(BindingResult result) {
        return result.getGlobalErrors().stream().map(ObjectError::getCode).toList();
    }

    @Test
    void aRecordWhoseConstructorRefusesTheLeftoversIsStillThereWithWhatWasTyped() {
        FormDataBinder binder = constructed(Strict.class, post("name", "张三", "since", "<svg/onload=alert(1)>", "hours", "40", "version", "3"));

        BindingResult result = binder.getBindingResult();
        assertThat(binder.getTarget()).isInstanceOf(Strict.class);
        assertThat(result.getTarget()).isSameAs(binder.getTarget());
        assertThat(result.getFieldError("since")).extracting(FieldError::getCode).isEqualTo("typeMismatch");
        assertThat(result.getFieldValue("since")).isEqualTo("<svg/onload=alert(1)>");
        assertThat(result.getFieldValue("name")).isEqualTo("张三");
        assertThat(String.valueOf(result.getFieldValue("hours"))).isEqualTo("40");
        assertThat(String.valueOf(result.getFieldValue("version"))).isEqualTo("3");
        // a controller may still reject a field by name (Spring would throw: no instance)
        assertThatNoException().isThrownBy(() -> result.rejectValue("name", "NotBlank"));
    }

    @Test
    void aRecordThatBuildsDespiteAMismatchIsTheOneOnTheBindingResult() {
        FormDataBinder binder = constructed(Lines.class, post("title", "标题", "ids", "1", "ids", "x"));

        assertThat(binder.getBindingResult().getTarget()).isSameAs(binder.getTarget()).isNotNull();
        assertThat(binder.getBindingResult().getFieldValue("title")).isEqualTo("标题");
        assertThat(binder.getBindingResult().hasFieldErrors("ids")).isTrue();
    }

    @Test
    void indexesARecordCannotTakeAreAFormErrorNotAnException() {
        for (String name : List.of("ids[__i__]", "ids[99999999]", "ids[-1]", "ids[0", "ids[].x", "ids[0]]", "title[0]")) {
            FormDataBinder binder = constructed(Lines.class, post("title", "标题", name, "1"));

            assertThat(globalCodes(binder.getBindingResult())).as(name).containsExactly(FormDataBinder.MALFORMED_FIELD);
            assertThat(binder.getBindingResult().getFieldValue("title")).as(name).isEqualTo("标题");
        }
    }

    @Test
    void mapKeysAndSoundIndexesStillBind() {
        FormDataBinder binder = constructed(Lines.class, post("ids[0]", "7", "ids[2]", "9", "scores[K01]", "80", "scores['a.b']", "70"));

        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        Lines lines = (Lines) binder.getTarget();
        assertThat(lines.ids()).containsExactly(7L, null, 9L);
        assertThat(lines.scores()).containsEntry("K01", 80).containsEntry("a.b", 70);
    }

    @Test
    void unknownFieldsAreIgnored() {
        FormDataBinder binder = constructed(Lines.class, post("title", "标题", "unknownField", "x", "_csrf", "t",
                "class.module.classLoader.x", "y", "ids[0].name", "z", "title.x", "w"));

        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        assertThat(((Lines) binder.getTarget()).title()).isEqualTo("标题");
    }

    @Test
    void setterFormsRefuseBadIndexesAndKeepTheGoodLines() {
        for (String name : List.of("lines[__i__].name", "lines[99999999].name", "lines[-1].name", "lines[0]x", "narrative[0]")) {
            Report report = new Report();
            FormDataBinder binder = bound(report, post("narrative", "进展", "lines[0].name", "资金", name, "x"));

            assertThat(globalCodes(binder.getBindingResult())).as(name).containsExactly(FormDataBinder.MALFORMED_FIELD);
            assertThat(report.getNarrative()).as(name).isEqualTo("进展");
            assertThat(report.getLines()).as(name).hasSize(1);
            assertThat(report.getLines().get(0).getName()).as(name).isEqualTo("资金");
        }
    }

    @Test
    void aDecimalOfAbsurdMagnitudeIsATypeMismatch() {
        Report report = new Report();
        BindingResult result = bound(report, post("lines[0].value", "1E999999999", "lines[1].value", "12.5")).getBindingResult();

        assertThat(result.getFieldError("lines[0].value")).extracting(FieldError::getCode).isEqualTo("typeMismatch");
        assertThat(report.getLines().get(1).getValue()).isEqualByComparingTo("12.5");
        FormDataBinder record = constructed(Lines.class, post("amounts[0]", "-1E+999999999"));
        assertThat(record.getBindingResult().hasFieldErrors("amounts")).isTrue();
    }

    @Test
    void textWithControlCharactersIsRefusedOnItsFieldAndShownWithoutThem() {
        BindingResult record = constructed(Strict.class, post("name", "张\u0000三", "since", "2025-06-30")).getBindingResult();
        assertThat(record.getFieldError("name")).extracting(FieldError::getCode).isEqualTo(FormDataBinder.CONTROL_CHARACTERS);
        assertThat(record.getFieldValue("name")).isEqualTo("张三");

        Report report = new Report();
        BindingResult bean = bound(report, post("narrative", "a\u0007b\tc")).getBindingResult();
        assertThat(bean.getFieldError("narrative")).extracting(FieldError::getCode).isEqualTo(FormDataBinder.CONTROL_CHARACTERS);
        assertThat(report.getNarrative()).isNull();

        Report fine = new Report();
        assertThat(bound(fine, post("narrative", "第一行\r\n第二行\t完")).getBindingResult().hasErrors()).isFalse();
    }
}
