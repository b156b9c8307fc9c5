// The TypeScript types of diplo documents, generated from the graph's
// JSON Schema (schema/diplo.schema.json) with json-schema-to-typescript
// and committed as schema/diplo.d.ts. gen-typescript writes the file;
// check-typescript regenerates it and compares.
"use strict";
const fs = require("fs");
const { compile } = require("json-schema-to-typescript");

const schemaFile = "schema/diplo.schema.json";
const typesFile = "schema/diplo.d.ts";

const banner = `/* eslint-disable */
/**
 * TypeScript types of diplo documents: DiploGraph is a whole record
 * (diplo.schema.json), ActorPerson, EventEvent, AccordAccord, ... its nodes.
 * Generated from ${schemaFile} by json-schema-to-typescript
 * (.ci/consumers/gen-typescript); do not edit. A test regenerates it and
 * fails when it differs.
 *
 * The types say what TypeScript can: members, their types and the allowed
 * values of each controlled vocabulary. Patterns, formats, lengths and the
 * rules between fields are the schema's: validate with it (ajv) as well.
 */`;

async function generate() {
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  return compile(schema, "DiploGraph", {
    bannerComment: banner,
    additionalProperties: false,
    unknownAny: true,
    format: true,
  });
}

module.exports = { generate, schemaFile, typesFile };
