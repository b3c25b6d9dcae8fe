package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an article page, read with a real HTML parser: the story's own paragraphs, without the
 * navigation, asides, footers, scripts, figure captions, forms and comment threads that surround it on a page.
 *
 * <p>The result is plain text with one block element (heading, paragraph, list item, quote) per paragraph,
 * paragraphs separated by a blank line and white space inside a block collapsed as a browser shows it. Offsets of
 * candidates from HTML index this text, which {@link Proposals#mainText()} returns, never the HTML source.
 */
public final class MainText {

    /** Page furniture: none of it is the reporter's copy. Captions are dropped because they repeat or caption images. */
    private static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, header, figure,"
            + " figcaption, form, button, iframe, svg, [hidden], [aria-hidden=true], [role=navigation],"
            + " [role=complementary], .comments, #comments, .related, .share, .newsletter, .advert, .ad";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt";

    private MainText() {
    }

    public static String fromHtml(String html) {
        Document page = Jsoup.parse(html);
        page.select(FURNITURE).remove();
        Element body = mainElement(page);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : body.select(BLOCKS)) {
            // A list item holding paragraphs is read through its paragraphs, so no text is taken twice.
            if (!block.select(BLOCKS).stream().filter(inner -> inner != block).findAny().isPresent()) {
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            String text = body.text().strip();
            return text;
        }
        return String.join("\n\n", paragraphs);
    }

    /** The article body when the page marks it, else the main region, else the whole body. */
    private static Element mainElement(Document page) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element found = page.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return page.body();
    }
}
