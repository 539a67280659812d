package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.excel.TemplateColumns;
import java.util.List;

/** The columns of a roster file, in order: their Chinese headers (as the template has them) and their message keys. */
public final class RosterColumns {

    public static final List<String> HEADERS = List.of("姓名", "公民身份号码", "手机号码", "户籍地区代码", "重点群体", "就业单位", "就业时间");
    public static final List<String> KEYS = List.of("roster.column.name", "roster.column.residentId", "roster.column.phone",
            "roster.column.homeRegion", "roster.column.priorityGroups", "roster.column.employer", "roster.column.employedSince");
    /** The template as the reader and the checks see it (7 columns wide). */
    public static final TemplateColumns TEMPLATE = new TemplateColumns(HEADERS, KEYS);

    static final int NAME = 0;
    static final int RESIDENT_ID = 1;
    static final int PHONE = 2;
    static final int HOME_REGION = 3;
    static final int GROUPS = 4;
    static final int EMPLOYER = 5;
    static final int EMPLOYED_SINCE = 6;

    private RosterColumns() {
    }
}
