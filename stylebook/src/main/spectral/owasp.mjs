// The OWASP API Security rules for Spectral, held to no error on the three committed documents (bin/test), with the
// exceptions a rule cannot honestly be met by: each is a targeted override below, and listed with its reason in the
// README ("API documents"). The documents are found from here: this file lives in stylebook/src/main/spectral.
import owasp from "@stoplight/spectral-owasp-ruleset";

const DOCUMENTS = {
  "timeline-service": "../../../../timeline-service/src/main/openapi/openapi.yaml",
  "claims-service": "../../../../claims-service/src/main/openapi/openapi.yaml",
  gateway: "../../../../gateway/src/main/openapi/openapi.yaml",
};

// Schemas that only answers carry. What they hold was accepted through inputs that declare (and enforce) their
// limits, or is counted or built by the service: a length or count of their own would be a number made up. Where a
// bound is known and true (a page's items, a cursor, an id, a date) they declare it all the same. The rule
// "answers-only" below fails the lint if one of them turns up in a request.
const ANSWERS_ONLY = {
  "timeline-service": ["Article", "BiasCoverage", "Change", "Coverage", "Event", "FieldError", "LinkHeader",
    "LocationHeader", "Outlet", "OutletCoverage", "Problem", "Relation", "ResolvedDate", "ReviewItem", "ReviewReason",
    "Revision", "RevisionAuthor", "RevisionChange", "Story", "StoryCounts", "StoryWindow"],
  "claims-service": ["Actor", "ActorActivity", "ActorRef", "Appearance", "Change", "Claim", "ClaimStatusCounts",
    "ClaimToReview", "ClaimsWindow", "ClaimsWindowCounts", "Dispute", "FieldError", "LinkHeader", "LocationHeader",
    "Problem", "ReviewReason", "Revision", "RevisionAuthor", "RevisionChange", "Stance", "StanceOnClaim", "StancePage",
    "Verdict"],
  gateway: ["AcceptedFact", "ActorMention", "ActorProposal", "ActorRef", "ActorView", "BiasShare", "Candidate",
    "CandidateDecision", "CandidateOffsets", "Change", "ClaimProposal", "ClaimRef", "ClaimReviewAgent",
    "ClaimReviewClaim", "ClaimReviewDocument", "ClaimReviewRating", "ClaimReviewWork", "Coverage", "CoverageOutlet",
    "Dispute", "Editor", "EventProposal", "FieldError", "ImportRejection", "ImportReport", "ImportedItem",
    "IngestedArticle", "Ingestion", "LinkHeader", "LocationHeader", "PhraseAnchor", "Problem", "RelationView",
    "ReviewItem", "ReviewList", "ReviewReason", "StanceProposal", "StoryChanges", "StoryCounts", "StoryView",
    "TimelineEvent", "TimelineJsDate", "TimelineJsDocument", "TimelineJsSlide", "TimelineJsText", "Webhook",
    "WebhookAttempt", "WebhookDeliveries", "WebhookDelivery", "Webhooks"],
};

// The change feeds' Server-Sent Events: a stream has no length while its client listens.
const STREAMS = {
  "timeline-service": ["/api/timeline/changes/stream"],
  "claims-service": ["/api/claims/changes/stream"],
  gateway: [],
};

const pointer = (path) => path.replaceAll("~", "~0").replaceAll("/", "~1");
const modules = Object.keys(DOCUMENTS);

/** Every schema a request can carry: those its parameters and bodies refer to, and those they refer to in turn. */
function requestSchemas(document) {
  const found = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        const named = key === "$ref" && typeof value === "string" && value.match(/^#\/components\/schemas\/(.+)$/);
        if (named && !found.has(named[1])) {
          found.add(named[1]);
          visit(document.components?.schemas?.[named[1]]);
        } else if (key !== "$ref") {
          visit(value);
        }
      }
    }
  };
  for (const item of Object.values(document.paths ?? {})) {
    visit(item.parameters);
    for (const operation of Object.values(item)) {
      if (operation && typeof operation === "object" && !Array.isArray(operation)) {
        visit(operation.parameters);
        visit(operation.requestBody);
      }
    }
  }
  return found;
}

function answersOnly(document, options) {
  const title = document?.info?.title;
  const listed = options.byTitle[title] ?? [];
  const inRequests = requestSchemas(document);
  return listed.filter((name) => inRequests.has(name)).map((name) => ({
    message: `${name} is listed as carried by answers only (stylebook/src/main/spectral/owasp.mjs), but a request `
      + "carries it: give it limits of its own and take it off the list.",
    path: ["components", "schemas", name],
  }));
}

export default {
  extends: [owasp],
  rules: {
    "answers-only": {
      description: "The schemas excepted from the length and count rules as carried by answers only are in no request.",
      message: "{{error}}",
      severity: "error",
      resolved: false,
      given: "$",
      then: {
        function: answersOnly,
        functionOptions: {
          byTitle: {
            "Timeline service": ANSWERS_ONLY["timeline-service"],
            "Claims service": ANSWERS_ONLY["claims-service"],
            "Newsroom gateway": ANSWERS_ONLY.gateway,
          },
        },
      },
    },
  },
  overrides: [
    {
      // The services do not limit request rates and send no rate-limit headers: rates are limited in front of them,
      // by the ingress controller or API gateway the newsroom runs (k8s/base/ingress.yaml leaves it to the newsroom).
      files: modules.map((module) => DOCUMENTS[module]),
      rules: { "owasp:api4:2023-rate-limit": "off" },
    },
    {
      // The server named is where bin/run serves on a developer machine, plain HTTP on localhost. In production the
      // API is served over HTTPS at the newsroom's own host (k8s/overlays/prod/ingress-host.yaml), which no document
      // can name for every newsroom.
      files: modules.map((module) => `${DOCUMENTS[module]}#/servers`),
      rules: { "owasp:api8:2023-no-server-http": "off" },
    },
    {
      files: modules.flatMap((module) => ANSWERS_ONLY[module].map((name) => `${DOCUMENTS[module]}#/components/schemas/${name}`)),
      rules: {
        "owasp:api4:2023-string-limit": "off",
        "owasp:api4:2023-array-limit": "off",
        "owasp:api4:2023-integer-limit": "off",
      },
    },
    {
      // The calling page's origin sent back, as its browser wrote it.
      files: modules.map((module) => `${DOCUMENTS[module]}#/components/headers/Access-Control-Allow-Origin/schema`),
      rules: { "owasp:api4:2023-string-limit": "off" },
    },
    ...modules.filter((module) => STREAMS[module].length > 0).map((module) => ({
      files: STREAMS[module].map((path) => `${DOCUMENTS[module]}#/paths/${pointer(path)}/get/responses/200/content`),
      rules: { "owasp:api4:2023-string-limit": "off" },
    })),
  ],
};
