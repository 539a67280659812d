package cn.jilin.laborbrand.platform.excel;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses one XML part of the package with the JDK's own SAX parser, hardened (no DTD, no external entities, secure
 * processing), behind a {@link MarkupGuard}; handlers extend {@link Handler}, which refuses deep nesting. A refusal
 * from the guards or a handler comes out as itself; any other parse failure means a damaged file.
 */
final class BoundedXml {

    private BoundedXml() {
    }

    /** A handler that counts the nesting of elements and refuses it beyond the limit; subclasses see local names. */
    abstract static class Handler extends DefaultHandler {

        private final int maxDepth;
        private int depth;

        Handler(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        @Override
        public final void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (++depth > maxDepth) {
                throw new SpreadsheetRefusedException("import.file.tooDeep");
            }
            start(uri, localName == null || localName.isEmpty() ? qName : localName, attributes, depth);
        }

        @Override
        public final void endElement(String uri, String localName, String qName) throws SAXException {
            end(localName == null || localName.isEmpty() ? qName : localName, depth);
            depth--;
        }

        abstract void start(String uri, String name, Attributes attributes, int depth) throws SAXException;

        void end(String name, int depth) throws SAXException {
        }
    }

    /** Parses {@code in} (closed afterwards) with {@code handler}. */
    static void parse(InputStream in, SpreadsheetLimits limits, Handler handler) {
        try (InputStream guarded = new MarkupGuard(in, limits.maxMarkupBytes())) {
            XMLReader reader = parserFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SpreadsheetRefusedException("import.file.doctype");
            });
            reader.parse(new InputSource(guarded));
        } catch (SpreadsheetRefusedException | XlsxReader.HandlerFailure e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            SpreadsheetRefusedException refused = Refusal.in(e);
            if (refused != null) {
                throw refused;
            }
            XlsxReader.HandlerFailure failure = XlsxReader.HandlerFailure.in(e);
            if (failure != null) {
                throw failure;
            }
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
    }

    private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
        // the JDK's parser whatever else is on the class path, so that these features are known to hold
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }
}
