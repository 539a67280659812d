package cn.jilin.laborbrand.training.trainee;

import static cn.jilin.laborbrand.platform.excel.TemplateColumns.text;

import cn.jilin.laborbrand.platform.code.InvalidCodeException;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.excel.ErrorCollector;
import cn.jilin.laborbrand.platform.excel.XlsxReader;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The checks of one roster row (二(二)1): what the import's first pass reports per cell, and its second pass stores. */
final class RosterRows {

    private RosterRows() {
    }

    /** One row as read, or null when it has errors (which are added to {@code errors}). */
    static RosterRow parse(int rowNumber, List<XlsxReader.Cell> cells, Set<String> regionCodes, ErrorCollector errors) {
        if (RosterColumns.TEMPLATE.refuseFormulas(rowNumber, cells, errors)) {
            return null;
        }
        boolean ok = true;
        String name = text(cells, RosterColumns.NAME);
        if (name == null) {
            errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.NAME), "roster.error.nameMissing");
            ok = false;
        } else if (name.length() > 50) {
            errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.NAME), "roster.error.nameTooLong");
            ok = false;
        }
        ResidentId id = null;
        String idText = text(cells, RosterColumns.RESIDENT_ID);
        if (idText == null) {
            // said without the exception, whose stack trace is most of a blank row's cost in a 200,000-row file
            errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.RESIDENT_ID), "code.residentId.required");
            ok = false;
        } else {
            try {
                id = ResidentId.of(idText);
            } catch (InvalidCodeException e) {
                errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.RESIDENT_ID), e.messageKey());
                ok = false;
            }
        }
        String phone = text(cells, RosterColumns.PHONE);
        if (phone != null) {
            phone = phone.replaceAll("[\\s-]", "");
            if (!InstitutionService.PHONE.matcher(phone).matches()) {
                errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.PHONE), "training.phone.format");
                ok = false;
            }
        }
        String home = text(cells, RosterColumns.HOME_REGION);
        if (home != null && !regionCodes.contains(home)) {
            errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.HOME_REGION), "trainee.homeRegion.unknown");
            ok = false;
        }
        Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
        String groupText = text(cells, RosterColumns.GROUPS);
        if (groupText != null) {
            for (String part : groupText.split("[、,，;；\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                PriorityGroup group = PriorityGroup.ofChinese(part.strip());
                if (group == null) {
                    errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.GROUPS), "roster.error.groupUnknown", part.strip());
                    ok = false;
                } else {
                    groups.add(group);
                }
            }
        }
        String employer = text(cells, RosterColumns.EMPLOYER);
        if (employer != null && employer.length() > 100) {
            errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.EMPLOYER), "roster.error.employerTooLong");
            ok = false;
        }
        LocalDate since = null;
        XlsxReader.Cell sinceCell = cells.get(RosterColumns.EMPLOYED_SINCE);
        if (!sinceCell.isBlank()) {
            since = sinceCell.date();
            if (since == null) {
                errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.EMPLOYED_SINCE), "import.cell.date");
                ok = false;
            } else if (employer == null) {
                errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.EMPLOYER), "trainee.employer.required");
                ok = false;
            }
        }
        return ok ? new RosterRow(name, id, phone, home, groups, employer, since) : null;
    }
}
