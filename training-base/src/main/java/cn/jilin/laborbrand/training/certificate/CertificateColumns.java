package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.excel.TemplateColumns;
import java.util.List;

/** The columns of a certificate import file, in order: Chinese headers and message keys. */
public final class CertificateColumns {

    public static final List<String> HEADERS = List.of("证书编号", "公民身份号码", "证书类型", "职业编码", "等级", "发证日期", "发证机构");
    public static final List<String> KEYS = List.of("certificate.field.number", "certificate.column.residentId", "certificate.field.kind",
            "certificate.column.occupationCode", "certificate.field.level", "certificate.field.issueDate", "certificate.field.issuer");
    /** The template as the reader and the checks see it (7 columns wide). */
    public static final TemplateColumns TEMPLATE = new TemplateColumns(HEADERS, KEYS);

    private CertificateColumns() {
    }
}
