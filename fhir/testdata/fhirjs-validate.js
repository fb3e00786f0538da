// Validates FHIR R4 JSON bundles and resources with FHIR.js (npm package
// "fhir"), an validator independent of this module, with errorOnUnexpected
// so unknown properties fail. Usage: node fhirjs-validate.js file.json...
// A file holds a Bundle, whose entries are checked too, or one resource.
// Negative controls run on the first resource of each type read: a copy with
// an unknown property, and one with a status code outside its value set,
// must each be reported, or the run fails.
// Warnings (codes outside extensible or example bindings) are counted, not
// failures. Every resource of each bundle is validated on its own as well as inside the
// bundle. Exits 1 if any message has severity error or fatal.
'use strict';
const fs = require('fs');
const { Fhir } = require('fhir');

const fhir = new Fhir();
let failed = false;
let checked = 0;
let notes = 0;

function errors(resource) {
  const res = fhir.validate(resource, { errorOnUnexpected: true });
  return !res.valid || res.messages.some((m) => m.severity === 'error' || m.severity === 'fatal');
}

const samples = {};
function check(label, resource) {
  if (resource && !samples[resource.resourceType]) samples[resource.resourceType] = resource;
  const res = fhir.validate(resource, { errorOnUnexpected: true });
  checked++;
  for (const m of res.messages) {
    const bad = m.severity === 'error' || m.severity === 'fatal';
    if (bad) {
      failed = true;
      console.log(`FAIL ${label} ${m.severity} ${m.location}: ${m.message}`);
    } else {
      notes++; // warnings and information: codes from extensible or example bindings
      if (process.env.FHIRJS_VERBOSE) console.log(`note ${label} ${m.severity} ${m.location}: ${m.message}`);
    }
  }
  if (!res.valid) failed = true;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node fhirjs-validate.js bundle.json...');
  process.exit(2);
}
for (const file of files) {
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (bundle.resourceType !== 'Bundle') {
    check(file, bundle);
    continue;
  }
  if (!Array.isArray(bundle.entry) || bundle.entry.length === 0) {
    console.log(`FAIL ${file}: a Bundle without entries`);
    failed = true;
    continue;
  }
  check(file, bundle);
  bundle.entry.forEach((e, i) => check(`${file} entry[${i}] ${e.resource && e.resource.resourceType}`, e.resource));
}
let controls = 0;
for (const [type, sample] of Object.entries(samples)) {
  const breaks = [['unknown property', (r) => { r.notAnElement = true; }]];
  if (typeof sample.status === 'string') breaks.push(['status not in its value set', (r) => { r.status = 'bogus'; }]);
  for (const [what, f] of breaks) {
    const r = JSON.parse(JSON.stringify(sample));
    f(r);
    controls++;
    if (!errors(r)) {
      failed = true;
      console.log(`FAIL control: FHIR.js accepts a ${type} with ${what}`);
    }
  }
}
console.log(`FHIR.js: ${checked} resources checked, ${controls} negative controls, ${failed ? 'errors found' : 'all valid'} (${notes} warnings or notes; FHIRJS_VERBOSE=1 lists them)`);
process.exit(failed ? 1 : 0);
