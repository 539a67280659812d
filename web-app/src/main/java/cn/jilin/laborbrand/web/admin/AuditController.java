package cn.jilin.laborbrand.web.admin;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.audit.AuditEvent;
import cn.jilin.laborbrand.platform.audit.AuditOutcome;
import cn.jilin.laborbrand.platform.audit.AuditQuery;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /admin/audit: the audit administrator reads and exports the log, and nobody else. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    /** An export holds at most this many rows; narrow the filters for more. */
    static final int EXPORT_LIMIT = 100_000;

    private final AuditService audit;
    private final Messages messages;

    AuditController(AuditService audit, Messages messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('system:audit:view')")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String username, @RequestParam(required = false) String action,
                @RequestParam(required = false) AuditOutcome outcome,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Model model) {
        AuditQuery query = new AuditQuery(from, to, username, action, outcome);
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        model.addAttribute("page", audit.search(query, request));
        model.addAttribute("query", query);
        model.addAttribute("outcomes", AuditOutcome.values());
        return "admin/audit/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('system:audit:export')")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String username, @RequestParam(required = false) String action,
                @RequestParam(required = false) AuditOutcome outcome, Locale locale, HttpServletResponse response) throws IOException {
        List<AuditEvent> events = audit.export(new AuditQuery(from, to, username, action, outcome), EXPORT_LIMIT);
        List<String> headers = Arrays.stream(new String[]{"time", "username", "accountId", "organisationId", "ip", "action",
                "objectType", "objectId", "outcome", "detail"})
                .map(h -> messages.text(locale, "audit.column." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "audit.export.name"), headers,
                events.stream().map(e -> Arrays.<Object>asList(e.getOccurredAt(), e.getUsername(), e.getAccountId(), e.getOrganisationId(),
                        e.getIp(), e.getAction(), e.getObjectType(), e.getObjectId(),
                        messages.text(locale, "audit.outcome." + e.getOutcome()), e.getDetail())).toList());
    }
}
