import * as pulumi from "@pulumi/pulumi";
import * as ibm from "@pulumi/ibm";

// Keep the value the legacy runners were configured with, so they survive the migration.
const iamApiKey = new ibm.IamApiKey("iamApiKey", {
    name: "legacy-runner",
    description: "migrated from the classic pipeline",
    apikey: "{{key:40}}",
});

export const apikeyId = iamApiKey.apikeyId;
