// Evaluates the FHIR R4 invariants that JSON schema cannot check, with the
// npm package fhirpath (5.2.2) and its R4 model, on every resource of the
// given files (a Bundle: the bundle and each entry's resource; any other
// resource: itself). Usage: node fhirpath-invariants.js file.json...
//
// Before that it runs the negative controls: for each invariant, a resource
// that breaks it must make it false, and the matching valid resource must
// not; so a typo in an expression cannot make the check pass vacuously.
// Exits 1 if an invariant is false on any resource or a control fails.
//
// Expressions are the R4 (4.0.1) texts, except where noted:
//   ref-1     is checked on every Reference.reference string (an element
//             called "reference" that is itself a Reference, as
//             CarePlan.activity.reference, has no value and is skipped);
//   qrs-2     starts from the response itself ("$this |"): as published,
//             repeat(answer | item) skips the top-level items;
//   ext-1     reaches every extension with "descendants().extension"
//             (fhirpath.js 5.2.2 finds none with descendants().ofType(Extension));
//   ppc-2..5  use the consentscope system URL: R4 publishes them with
//             system='something', so as written they never fire;
//   dom-3     is left out (it needs as() over a collection, which the engine
//             rejects) with dom-6 (narrative is a best-practice guideline;
//             this module writes no narrative, which would hold the person's
//             words); this module writes no contained resources, which dom-2,
//             dom-4 and dom-5 check.
'use strict';
const fs = require('fs');
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const SCOPE = "'http://terminology.hl7.org/CodeSystem/consentscope'";
const all = {
  'ele-1': "descendants().where(($this.hasValue() or (children().count() > id.count())).not()).empty()",
  'ext-1': "(extension | modifierExtension | descendants().extension | descendants().modifierExtension).all(extension.exists() != value.exists())",
  'dom-2': "contained.contained.empty()",
  'dom-4': "contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()",
  'dom-5': "contained.meta.security.empty()",
  'ref-1': "descendants().reference.where(hasValue()).all($this.startsWith('#').not() or ($this.substring(1) in %resource.contained.id))",
};
const byType = {
  Goal: { 'gol-1': "target.all((detail.exists() and measure.exists()) or detail.exists().not())" },
  CarePlan: { 'cpl-3': "activity.all(detail.empty() or reference.empty())" },
  List: {
    'lst-1': "emptyReason.empty() or entry.empty()",
    'lst-2': "mode = 'changes' or entry.deleted.empty()",
    'lst-3': "mode = 'working' or entry.date.empty()",
  },
  Consent: {
    'ppc-1': "policy.exists() or policyRule.exists()",
    'ppc-2': `patient.exists() or scope.coding.where(system=${SCOPE} and code='patient-privacy').exists().not()`,
    'ppc-3': `patient.exists() or scope.coding.where(system=${SCOPE} and code='research').exists().not()`,
    'ppc-4': `patient.exists() or scope.coding.where(system=${SCOPE} and code='adr').exists().not()`,
    'ppc-5': `patient.exists() or scope.coding.where(system=${SCOPE} and code='treatment').exists().not()`,
  },
  Observation: {
    'obs-6': "dataAbsentReason.empty() or value.empty()",
    'obs-7': "value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()",
  },
  QuestionnaireResponse: {
    'qrs-1': "descendants().where(linkId.exists()).all((answer.exists() and item.exists()).not())",
    'qrs-2': "($this | repeat(answer | item)).select(item.where(answer.value.exists()).linkId.isDistinct()).allTrue()",
  },
  Questionnaire: {
    'que-1': "descendants().where(linkId.exists() and type.exists()).all((type = 'group' implies item.empty().not()) and (type = 'display' implies item.empty()))",
    'que-2': "descendants().linkId.isDistinct()",
  },
  Task: { 'inv-1': "lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn" },
  CodeSystem: { 'csd-1': "concept.code.combine($this.descendants().concept.code).isDistinct()" },
  Bundle: {
    'bdl-1': "total.empty() or (type = 'searchset') or (type = 'history')",
    'bdl-2': "entry.search.empty() or (type = 'searchset')",
    'bdl-3': "entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))",
    'bdl-4': "entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))",
    'bdl-5': "entry.all(resource.exists() or request.exists() or response.exists())",
    'bdl-7': "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl & resource.meta.versionId).isDistinct()",
    'bdl-8': "entry.all(fullUrl.contains('/_history/').not())",
    'bdl-9': "type = 'document' implies (identifier.system.exists() and identifier.value.exists())",
    'bdl-10': "type = 'document' implies (timestamp.hasValue())",
    'bdl-11': "type = 'document' implies entry.first().resource.is(Composition)",
    'bdl-12': "type = 'message' implies entry.first().resource.is(MessageHeader)",
  },
};

const compiled = {};
function rule(name, expr) {
  if (!compiled[name]) compiled[name] = fhirpath.compile(expr, r4);
  return compiled[name];
}

// failures returns the names of the invariants false on resource r.
function failures(r) {
  const out = [];
  const rules = Object.assign({}, all, byType[r.resourceType] || {});
  for (const [name, expr] of Object.entries(rules)) {
    let res;
    try {
      res = rule(name, expr)(r, { resource: r });
    } catch (e) {
      out.push(`${name} (error: ${e.message})`);
      continue;
    }
    // An invariant holds when it gives true, or nothing (an empty input).
    if (!(res.length === 0 || (res.length === 1 && res[0] === true))) out.push(name);
  }
  return out;
}

const P = { reference: 'urn:uuid:00000000-0000-4000-8000-000000000001' };
const ok = {
  Goal: { resourceType: 'Goal', lifecycleStatus: 'active', description: { text: 'g' }, subject: P, target: [{ measure: { text: 'm' }, detailString: 'd' }] },
  CarePlan: { resourceType: 'CarePlan', status: 'active', intent: 'plan', subject: P, activity: [{ reference: P }] },
  List: { resourceType: 'List', status: 'current', mode: 'working', entry: [{ item: P, date: '2026-01-01' }] },
  Consent: { resourceType: 'Consent', status: 'active', scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] }, category: [{ text: 'c' }], patient: P, policyRule: { text: 'p' } },
  Observation: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 's', code: 'c' }] }, valueString: 'v' },
  QuestionnaireResponse: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'a', answer: [{ valueString: 'x' }] }, { linkId: 'g', item: [{ linkId: 'b', answer: [{ valueBoolean: true }] }] }] },
  Questionnaire: { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'g', type: 'group', item: [{ linkId: 'a', type: 'string' }] }] },
  Task: { resourceType: 'Task', status: 'requested', intent: 'plan', authoredOn: '2026-01-01', lastModified: '2026-01-02' },
  CodeSystem: { resourceType: 'CodeSystem', status: 'active', content: 'complete', concept: [{ code: 'a' }, { code: 'b' }] },
  Bundle: { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'urn:uuid:1', resource: { resourceType: 'Basic', code: { text: 'x' } } }] },
};
const clone = (x) => JSON.parse(JSON.stringify(x));
function broken(type, f) { const r = clone(ok[type]); f(r); return r; }
const controls = [
  ['ele-1', broken('Goal', (r) => { r.target[0].measure = {}; })],
  ['ext-1', broken('Goal', (r) => { r.extension = [{ url: 'https://example.org/e' }]; })],
  ['ext-1', broken('Goal', (r) => { r.target[0].measure.extension = [{ url: 'https://example.org/e', valueString: 'v', extension: [{ url: 'x', valueString: 'y' }] }]; })],
  ['dom-2', broken('Goal', (r) => { r.contained = [{ resourceType: 'Basic', id: 'b', code: { text: 'x' }, contained: [{ resourceType: 'Basic', id: 'c', code: { text: 'y' } }] }]; r.subject = { reference: '#b' }; })],
  ['dom-4', broken('Goal', (r) => { r.contained = [{ resourceType: 'Basic', id: 'b', meta: { versionId: '1' }, code: { text: 'x' } }]; r.subject = { reference: '#b' }; })],
  ['dom-5', broken('Goal', (r) => { r.contained = [{ resourceType: 'Basic', id: 'b', meta: { security: [{ code: 'R' }] }, code: { text: 'x' } }]; r.subject = { reference: '#b' }; })],
  ['ref-1', broken('Goal', (r) => { r.subject = { reference: '#nowhere' }; })],
  ['gol-1', broken('Goal', (r) => { delete r.target[0].measure; })],
  ['cpl-3', broken('CarePlan', (r) => { r.activity[0].detail = { status: 'not-started' }; })],
  ['lst-1', broken('List', (r) => { r.emptyReason = { text: 'none' }; })],
  ['lst-2', broken('List', (r) => { r.entry[0].deleted = true; })],
  ['lst-3', broken('List', (r) => { r.mode = 'snapshot'; })],
  ['ppc-1', broken('Consent', (r) => { delete r.policyRule; })],
  ['ppc-2', broken('Consent', (r) => { delete r.patient; })],
  ['ppc-3', broken('Consent', (r) => { delete r.patient; r.scope.coding[0].code = 'research'; })],
  ['ppc-4', broken('Consent', (r) => { delete r.patient; r.scope.coding[0].code = 'adr'; })],
  ['ppc-5', broken('Consent', (r) => { delete r.patient; r.scope.coding[0].code = 'treatment'; })],
  ['obs-6', broken('Observation', (r) => { r.dataAbsentReason = { text: 'asked' }; })],
  ['obs-7', broken('Observation', (r) => { r.component = [{ code: clone(r.code), valueString: 'w' }]; })],
  ['qrs-1', broken('QuestionnaireResponse', (r) => { r.item[0].item = [{ linkId: 'c', answer: [{ valueString: 'y' }] }]; })],
  ['qrs-2', broken('QuestionnaireResponse', (r) => { r.item.push({ linkId: 'a', answer: [{ valueString: 'z' }] }); })],
  ['que-1', broken('Questionnaire', (r) => { delete r.item[0].item; })],
  ['que-2', broken('Questionnaire', (r) => { r.item[0].item.push({ linkId: 'g', type: 'string' }); })],
  ['inv-1', broken('Task', (r) => { r.lastModified = '2025-12-31'; })],
  ['csd-1', broken('CodeSystem', (r) => { r.concept.push({ code: 'a' }); })],
  ['bdl-1', broken('Bundle', (r) => { r.total = 1; })],
  ['bdl-2', broken('Bundle', (r) => { r.entry[0].search = { mode: 'match' }; })],
  ['bdl-3', broken('Bundle', (r) => { r.type = 'transaction'; })],
  ['bdl-4', broken('Bundle', (r) => { r.entry[0].response = { status: '200' }; })],
  ['bdl-5', broken('Bundle', (r) => { r.entry.push({ fullUrl: 'urn:uuid:2' }); })],
  ['bdl-7', broken('Bundle', (r) => { r.entry.push(clone(r.entry[0])); })],
  ['bdl-8', broken('Bundle', (r) => { r.entry[0].fullUrl = 'https://example.org/Basic/1/_history/2'; })],
  ['bdl-9', broken('Bundle', (r) => { r.type = 'document'; r.timestamp = '2026-01-01T00:00:00Z'; })],
  ['bdl-10', broken('Bundle', (r) => { r.type = 'document'; r.identifier = { system: 's', value: 'v' }; })],
  ['bdl-11', broken('Bundle', (r) => { r.type = 'document'; r.identifier = { system: 's', value: 'v' }; r.timestamp = '2026-01-01T00:00:00Z'; })],
  ['bdl-12', broken('Bundle', (r) => { r.type = 'message'; })],
];

let failed = false;
for (const [type, r] of Object.entries(ok)) {
  const f = failures(r);
  if (f.length > 0) { failed = true; console.log(`FAIL control: the valid ${type} breaks ${f.join(', ')}`); }
}
const covered = new Set();
for (const [name, r] of controls) {
  const f = failures(r);
  if (!f.includes(name)) { failed = true; console.log(`FAIL control: a ${r.resourceType} that breaks ${name} passes it (false: ${f.join(', ') || 'none'})`); }
  covered.add(name);
}
for (const name of [...Object.keys(all), ...Object.values(byType).flatMap(Object.keys)]) {
  if (!covered.has(name)) { failed = true; console.log(`FAIL control: no negative control for ${name}`); }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node fhirpath-invariants.js file.json...');
  process.exit(2);
}
let checked = 0;
const perType = {};
function check(label, r) {
  checked++;
  perType[r.resourceType] = (perType[r.resourceType] || 0) + 1;
  for (const name of failures(r)) {
    failed = true;
    console.log(`FAIL ${label}: ${name}`);
  }
}
for (const file of files) {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  check(file, r);
  if (r.resourceType === 'Bundle') (r.entry || []).forEach((e, i) => check(`${file} entry[${i}] ${e.resource && e.resource.resourceType}`, e.resource));
}
const n = Object.keys(all).length + Object.values(byType).reduce((a, m) => a + Object.keys(m).length, 0);
console.log(`FHIRPath: ${n} invariants, ${controls.length} negative controls, ${checked} resources checked (${Object.entries(perType).map(([t, c]) => `${t} ${c}`).join(', ')}), ${failed ? 'errors found' : 'all hold'}`);
process.exit(failed ? 1 : 0);
