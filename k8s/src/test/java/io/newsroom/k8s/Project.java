package io.newsroom.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The build the manifests must agree with: the parent POM (image settings, version) and the
 * service modules (the ones that build a container image), read from the checkout itself so
 * the tests follow any change there.
 */
final class Project {

    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    private static final String IMAGE_EXTENSION = "quarkus-container-image-jib";

    private static Project instance;

    final Path root;
    final Map<String, String> pomProperties;
    final String version;
    final List<ServiceSettings> services;

    private Project(Path root) {
        this.root = root;
        Document pom = parseXml(root.resolve("pom.xml"));
        Element project = pom.getDocumentElement();
        this.version = childText(project, "version").orElseThrow(() -> new IllegalStateException("the parent POM has no version"));
        Map<String, String> properties = new LinkedHashMap<>();
        childElement(project, "properties").ifPresent(element -> {
            for (Element property : childElements(element)) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        });
        properties.put("project.version", version);
        this.pomProperties = resolveMavenReferences(properties);
        List<ServiceSettings> found = new ArrayList<>();
        for (String module : childElement(project, "modules").map(Project::childElements).orElse(List.of())
                .stream().map(Node::getTextContent).map(String::trim).toList()) {
            Path modulePom = root.resolve(module).resolve("pom.xml");
            if (Files.isRegularFile(modulePom) && buildsImage(modulePom)) {
                found.add(ServiceSettings.read(module, root.resolve(module)));
            }
        }
        this.services = List.copyOf(found);
    }

    static synchronized Project get() {
        if (instance == null) {
            // Surefire runs in the module's folder and names it in "basedir".
            Path moduleDir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
            instance = new Project(moduleDir.getParent());
        }
        return instance;
    }

    Path k8s() {
        return root.resolve("k8s");
    }

    Optional<String> pomProperty(String name) {
        return Optional.ofNullable(pomProperties.get(name));
    }

    ServiceSettings service(String applicationName) {
        return services.stream().filter(s -> s.applicationName().equals(applicationName)).findFirst()
                .orElseThrow(() -> new AssertionError("no service module builds an image named " + applicationName));
    }

    /** The image group/name the build produces for a service, without registry and tag. */
    String imageRepository(ServiceSettings service) {
        String name = service.imageName().orElse(service.applicationName());
        return pomProperty("quarkus.container-image.group").map(group -> group + "/" + name).orElse(name);
    }

    String imageTag() {
        return pomProperty("quarkus.container-image.tag").orElse(version);
    }

    private static boolean buildsImage(Path modulePom) {
        NodeList artifactIds = parseXml(modulePom).getElementsByTagName("artifactId");
        for (int i = 0; i < artifactIds.getLength(); i++) {
            if (IMAGE_EXTENSION.equals(artifactIds.item(i).getTextContent().trim())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> resolveMavenReferences(Map<String, String> raw) {
        Map<String, String> resolved = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            String current = value;
            for (int depth = 0; depth < 10 && current.contains("${"); depth++) {
                Matcher matcher = PROPERTY_REFERENCE.matcher(current);
                StringBuilder out = new StringBuilder();
                while (matcher.find()) {
                    String replacement = raw.getOrDefault(matcher.group(1), matcher.group(0));
                    matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
                }
                matcher.appendTail(out);
                current = out.toString();
            }
            resolved.put(key, current);
        });
        return resolved;
    }

    static Document parseXml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Element> childElement(Element parent, String name) {
        return childElements(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static Optional<String> childText(Element parent, String name) {
        return childElement(parent, name).map(e -> e.getTextContent().trim());
    }

    private static List<Element> childElements(Node parent) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
