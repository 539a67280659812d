package cn.jilin.laborbrand.platform.attachment;

import java.time.Instant;

/** An attachment's metadata, as lists and links show it. */
public record StoredFile(long id, String ownerType, long ownerId, String purpose, String filename, String contentType,
                         long sizeBytes, String sha256, Instant createdAt) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
