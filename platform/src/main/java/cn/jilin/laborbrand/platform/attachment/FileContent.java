package cn.jilin.laborbrand.platform.attachment;

/** The bytes of an attachment, with what a download needs to send them. */
public record FileContent(String filename, String contentType, byte[] bytes) {
}
