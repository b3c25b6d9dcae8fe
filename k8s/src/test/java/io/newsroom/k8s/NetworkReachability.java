package io.newsroom.k8s;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Kubernetes' NetworkPolicy semantics over the rendered policies, enough to answer "may this pod
 * open this port on that pod?": a connection needs the egress policies of the source (if any
 * select it) and the ingress policies of the destination (if any select it) to allow it.
 */
final class NetworkReachability {

    /** A pod as policies see it: its namespace (with that namespace's labels), its labels, its named ports. */
    record Pod(String description, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
            Map<String, Integer> namedPorts) {

        static Pod in(String namespace, String description, Map<String, String> labels, Map<String, Integer> namedPorts) {
            return new Pod(description, namespace, Map.of("kubernetes.io/metadata.name", namespace), labels, namedPorts);
        }

        /** Something outside the cluster (no namespace): only an ipBlock peer matches it. */
        static Pod outside(String description, Map<String, Integer> namedPorts) {
            return new Pod(description, null, Map.of(), Map.of(), namedPorts);
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkReachability(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    boolean allows(Pod from, Pod to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    private boolean ingressAllows(Pod from, Pod to, int port, String protocol) {
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream()
                .map(rule -> peersMatch(rule.getFrom(), p, from) && portsMatch(rule.getPorts(), to, port, protocol)))
                .anyMatch(Boolean::booleanValue);
    }

    private boolean egressAllows(Pod from, Pod to, int port, String protocol) {
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream()
                .map(rule -> peersMatch(rule.getTo(), p, to) && portsMatch(rule.getPorts(), to, port, protocol)))
                .anyMatch(Boolean::booleanValue);
    }

    private List<NetworkPolicy> selecting(Pod pod, String direction) {
        return policies.stream()
                .filter(p -> Objects.equals(p.getMetadata().getNamespace(), pod.namespace()))
                .filter(p -> types(p).contains(direction))
                .filter(p -> selects(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    /** policyTypes as Kubernetes defaults them: Ingress always, Egress when egress rules are given. */
    private static List<String> types(NetworkPolicy policy) {
        if (!policy.getSpec().getPolicyTypes().isEmpty()) {
            return policy.getSpec().getPolicyTypes();
        }
        return policy.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private static boolean peersMatch(List<NetworkPolicyPeer> peers, NetworkPolicy policy, Pod peer) {
        if (peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer candidate : peers) {
            if (candidate.getIpBlock() != null) {
                // Outside addresses only: a policy's ipBlock is not meant for pods (their IPs change).
                if (peer.namespace() == null) {
                    return true;
                }
                continue;
            }
            if (peer.namespace() == null) {
                continue;
            }
            boolean namespaceOk = candidate.getNamespaceSelector() == null
                    ? Objects.equals(policy.getMetadata().getNamespace(), peer.namespace())
                    : selects(candidate.getNamespaceSelector(), peer.namespaceLabels());
            boolean podOk = candidate.getPodSelector() == null || selects(candidate.getPodSelector(), peer.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Pod destination, int port, String protocol) {
        if (ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort candidate : ports) {
            String candidateProtocol = Optional.ofNullable(candidate.getProtocol()).orElse("TCP");
            if (!candidateProtocol.equals(protocol)) {
                continue;
            }
            IntOrString value = candidate.getPort();
            if (value == null) {
                return true;
            }
            Integer number = value.getIntVal() != null ? value.getIntVal() : destination.namedPorts().get(value.getStrVal());
            Integer end = candidate.getEndPort();
            if (number != null && (number == port || end != null && port >= number && port <= end)) {
                return true;
            }
        }
        return false;
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> matchLabels = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of());
        if (!labels.entrySet().containsAll(matchLabels.entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            String value = labels.get(requirement.getKey());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && requirement.getValues().contains(value);
                case "NotIn" -> value == null || !requirement.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
