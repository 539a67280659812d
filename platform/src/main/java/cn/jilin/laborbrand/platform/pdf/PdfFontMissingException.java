package cn.jilin.laborbrand.platform.pdf;

/** No font with Chinese glyphs could be found, so no PDF is produced rather than one full of empty boxes. */
public class PdfFontMissingException extends RuntimeException {

    public PdfFontMissingException(String message) {
        super(message);
    }
}
