package cn.jilin.laborbrand.platform.attachment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AttachmentRepository extends Repository<Attachment, Long> {

    Attachment save(Attachment attachment);

    @Query("select new cn.jilin.laborbrand.platform.attachment.StoredFile(a.id, a.ownerType, a.ownerId, a.purpose, a.filename, "
            + "a.contentType, a.sizeBytes, a.sha256, a.createdAt) from Attachment a where a.id = :id")
    Optional<StoredFile> findFile(long id);

    @Query("select new cn.jilin.laborbrand.platform.attachment.StoredFile(a.id, a.ownerType, a.ownerId, a.purpose, a.filename, "
            + "a.contentType, a.sizeBytes, a.sha256, a.createdAt) from Attachment a "
            + "where a.ownerType = :ownerType and a.ownerId = :ownerId order by a.createdAt, a.id")
    List<StoredFile> findFiles(String ownerType, long ownerId);

    @Query("select new cn.jilin.laborbrand.platform.attachment.FileContent(a.filename, a.contentType, a.content) from Attachment a where a.id = :id")
    Optional<FileContent> findContent(long id);

    void deleteById(Long id);
}
