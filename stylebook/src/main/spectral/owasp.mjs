import owasp from "@stoplight/spectral-owasp-ruleset";
export default {
  extends: [owasp],
  overrides: [
    { files: ["../../../../timeline-service/src/main/openapi/openapi.yaml#/components/schemas/Article"], rules: { "owasp:api4:2023-string-limit": "off" } },
  ],
};
