package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of a progress report (佐证材料): files the department attaches while the report is a draft or returned,
 * read by whoever may read the report.
 */
@Service
public class ReportEvidenceService {

    static final Set<FileType> FILE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX);
    static final String EVIDENCE = "EVIDENCE";

    private final ProgressReportRepository reports;
    private final AttachmentService attachments;

    ReportEvidenceService(ProgressReportRepository reports, AttachmentService attachments) {
        this.reports = reports;
        this.attachments = attachments;
    }

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public List<StoredFile> files(long reportId, DataScope scope) {
        return attachments.files(ProgressReport.SUBJECT_TYPE, reports.getById(reportId, scope).getId());
    }

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public FileContent file(long reportId, long attachmentId, DataScope scope) {
        return attachments.content(ProgressReport.SUBJECT_TYPE, reports.getById(reportId, scope).getId(), attachmentId);
    }

    /** Adds a piece of evidence: PDF, JPEG, PNG, DOCX or XLSX (by its bytes), at most 20 MB. */
    @PreAuthorize("hasAuthority('task:report')")
    @Transactional
    public StoredFile attach(long reportId, String filename, byte[] content, DataScope scope) {
        ReportService.requireEditable(reports.getById(reportId, scope));
        return attachments.store(ProgressReport.SUBJECT_TYPE, reportId, EVIDENCE, filename, content, FILE_TYPES, AttachmentService.MAX_BYTES, "file");
    }

    @PreAuthorize("hasAuthority('task:report')")
    @Transactional
    public void detach(long reportId, long attachmentId, DataScope scope) {
        ReportService.requireEditable(reports.getById(reportId, scope));
        attachments.delete(ProgressReport.SUBJECT_TYPE, reportId, attachmentId);
    }
}
