package cn.jilin.laborbrand.subsidy.batch;

import cn.jilin.laborbrand.platform.excel.TemplateColumns;
import java.util.List;

/** The columns of the file sent to the bank and of the file the bank sends back (one row per line of the batch). */
final class BankFiles {

    static final List<String> PAYMENT_HEADERS = List.of("序号", "申请编号", "收款人", "账户类别", "账号", "开户行", "金额（元）");

    static final TemplateColumns RETURN = new TemplateColumns(List.of("序号", "申请编号", "金额（元）", "结果", "失败原因"),
            List.of("batch.return.column.line", "batch.return.column.claim", "batch.return.column.amount", "batch.return.column.result",
                    "batch.return.column.reason"));

    static final String PAID = "成功";
    static final String FAILED = "失败";

    private BankFiles() {
    }
}
